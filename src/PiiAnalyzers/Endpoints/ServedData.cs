using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// The personal data an endpoint serves: what its handler returns, unwrapping <c>Task</c>/<c>ValueTask</c>,
/// <c>ActionResult&lt;T&gt;</c>, <c>Ok(x)</c>, <c>new OkObjectResult(x)</c>, <c>Json(x)</c>, <c>Results.Ok(x)</c>,
/// <c>TypedResults.Ok(x)</c> and <c>Results&lt;Ok&lt;T&gt;, NotFound&gt;</c> unions; what a Razor page handler puts in the
/// page model's properties; and what a handler writes with <c>WriteAsJsonAsync</c>.
/// </summary>
internal sealed class ServedData
{
    private ServedData(PiiCategory categories, PiiCategory collectionCategories, ImmutableArray<IOperation> values)
    {
        Categories = categories;
        CollectionCategories = collectionCategories;
        Values = values;
    }

    /// <summary>The served expressions: returned values (result factories unwrapped), written or page-model values.</summary>
    public ImmutableArray<IOperation> Values { get; }

    /// <summary>Every category served, in single values or collections.</summary>
    public PiiCategory Categories { get; }

    /// <summary>The categories served as a collection of holders (<c>List&lt;Beneficiary&gt;</c>, <c>IQueryable</c>...).</summary>
    public PiiCategory CollectionCategories { get; }

    public bool IsPersonal => Categories != PiiCategory.None;

    /// <summary>
    /// What the endpoint serves, computed once for the rules that share the endpoint (PII0203 and PII0301–0303 both ask,
    /// about the same body).
    /// </summary>
    public static ServedData Of(EndpointModel model, Endpoint endpoint, IOperation? body)
    {
        if (endpoint.LastServed is { } last && ReferenceEquals(last.Body, body))
        {
            return last.Served;
        }

        var served = Compute(model, endpoint, body);
        endpoint.LastServed = new Entry(body, served);
        return served;
    }

    /// <summary>A body and what it serves.</summary>
    internal sealed class Entry
    {
        public Entry(IOperation? body, ServedData served)
        {
            Body = body;
            Served = served;
        }

        public IOperation? Body { get; }

        public ServedData Served { get; }
    }

    private static ServedData Compute(EndpointModel model, Endpoint endpoint, IOperation? body)
    {
        var collector = new Collector(model.Classifier);
        var values = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var declared in Unwrap(endpoint.Handler.ReturnType))
        {
            collector.AddType(declared);
        }

        if (body is not null)
        {
            foreach (var operation in OwnOperations(body))
            {
                switch (operation)
                {
                    case IReturnOperation { ReturnedValue: { } returned }:
                        foreach (var value in ServedValues(returned))
                        {
                            collector.AddValue(value);
                            values.Add(value);
                        }

                        break;
                    case IInvocationOperation { TargetMethod.Name: "WriteAsJsonAsync" or "WriteAsJson" } write:
                        var written = write.Arguments.FirstOrDefault(a => a.Parameter?.Name == "value")?.Value;
                        if (written is not null)
                        {
                            collector.AddValue(Strip(written));
                            values.Add(Strip(written));
                        }

                        break;
                    case ISimpleAssignmentOperation { Target: IDynamicMemberReferenceOperation { Instance: IPropertyReferenceOperation { Property.Name: "ViewBag" } } } viewBag:
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IPropertyReferenceOperation { Property.Name: "ViewData" or "TempData" } } } viewData:
                        // MVC views render what the action puts in ViewBag and ViewData.
                        foreach (var shown in ServedValues(((ISimpleAssignmentOperation)operation).Value))
                        {
                            collector.AddValue(shown);
                            values.Add(shown);
                        }

                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: IInstanceReferenceOperation, Property: var property } } assignment
                        when endpoint.Kind == EndpointKind.RazorPageHandler && property.DeclaredAccessibility == Accessibility.Public:
                        foreach (var shown in ServedValues(assignment.Value))
                        {
                            collector.AddValue(shown);
                            values.Add(shown);
                        }

                        collector.AddSymbol(property);
                        break;
                }
            }
        }

        if (collector.CollectionCategories == PiiCategory.None && body is not null)
        {
            // A list of NIRs (Select(b => b.Nir)) serves personal data although string holds none.
            foreach (var value in values)
            {
                collector.AddProjection(ProjectedMember(value, body, model.Classifier));
            }
        }

        return new ServedData(collector.Categories, collector.CollectionCategories, values.ToImmutable());
    }

    /// <summary>
    /// The identifying member a served sequence projects its rows to, read from the query that produces it, directly or
    /// through the local it was stored in: <c>return Ok(await db.X.Select(b =&gt; b.Nir).ToListAsync())</c>.
    /// </summary>
    private static ISymbol? ProjectedMember(IOperation value, IOperation body, PiiClassifier classifier)
    {
        // The served value's own type: once unwrapped, an awaited query is typed Task<List<T>>.
        if (value.Type is not { } type || CollectionElement(type) is null)
        {
            return null;
        }

        var current = QueryEvaluator.Unwrap(value);
        if (current is ILocalReferenceOperation { Local: var local })
        {
            IOperation? written = null;
            foreach (var operation in OwnOperations(body))
            {
                written = operation switch
                {
                    IVariableDeclaratorOperation { Initializer: { } initializer } declarator
                        when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => initializer.Value,
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                        when SymbolEqualityComparer.Default.Equals(target.Local, local) => assignment.Value,
                    _ => written,
                };
            }

            if (written is null)
            {
                return null;
            }

            current = written;
        }

        return QueryProjections.IdentifyingMember(current, classifier);
    }

    /// <summary>
    /// The operations that produce the served values: the values themselves and, through the locals they read, every
    /// value assigned to those locals (<c>query = query.Where(...)</c>), and what is added to a served list (with
    /// the collection of the enclosing <c>foreach</c>). <paramref name="throughLambdas"/> false ignores locals read
    /// inside lambdas, so that a predicate's captured value does not count as a source of the rows.
    /// </summary>
    public ImmutableArray<IOperation> Producers(IOperation? body, bool throughLambdas)
    {
        if (body is null || Values.IsEmpty)
        {
            return Values;
        }

        var root = body is IAnonymousFunctionOperation lambda ? lambda.Body : body;
        var writes = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: { } initializer } declarator:
                    Add(writes, declarator.Symbol, initializer);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(writes, target.Local, assignment.Value);
                    break;
                case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: { } element } } loop:
                    // await foreach (var b in query.Take(50).AsAsyncEnumerable()) yield return b;
                    Add(writes, element, loop.Collection);
                    break;
                case IIsPatternOperation { Value: { } matched } isPattern:
                    // (await query.FirstOrDefaultAsync()) is { } beneficiary ? Ok(beneficiary) : NotFound()
                    AddPatternLocals(writes, isPattern.Pattern, matched);
                    break;
                case ISwitchExpressionOperation { Value: { } switched } switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        AddPatternLocals(writes, arm.Pattern, switched);
                    }

                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" or "AddRange" or "Insert" or "Enqueue" or "Push", Instance: ILocalReferenceOperation list } add:
                    foreach (var argument in add.Arguments)
                    {
                        Add(writes, list.Local, argument.Value);
                    }

                    for (var parent = add.Parent; parent is not null; parent = parent.Parent)
                    {
                        if (parent is IForEachLoopOperation loop)
                        {
                            Add(writes, list.Local, loop.Collection);
                        }
                    }

                    break;
            }
        }

        var result = ImmutableArray.CreateBuilder<IOperation>();
        var seen = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var queue = new Queue<IOperation>(Values);
        while (queue.Count > 0 && result.Count < 256)
        {
            var current = queue.Dequeue();
            result.Add(current);
            foreach (var reference in Descendants(current, throughLambdas).OfType<ILocalReferenceOperation>())
            {
                if (seen.Add(reference.Local) && writes.TryGetValue(reference.Local, out var assigned))
                {
                    foreach (var value in assigned)
                    {
                        queue.Enqueue(value);
                    }
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The locals a pattern declares hold the matched value (or a member of it).</summary>
    private static void AddPatternLocals(Dictionary<ILocalSymbol, List<IOperation>> writes, IPatternOperation pattern, IOperation matched)
    {
        foreach (var operation in pattern.DescendantsAndSelf())
        {
            var declared = operation switch
            {
                IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
                IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
                _ => null,
            };

            if (declared is ILocalSymbol local)
            {
                Add(writes, local, matched);
            }
        }
    }

    /// <summary>The descendants of an operation, optionally without the bodies of lambdas and local functions.</summary>
    public static IEnumerable<IOperation> Descendants(IOperation operation, bool throughLambdas)
    {
        if (throughLambdas)
        {
            return operation.DescendantsAndSelf();
        }

        return OwnOperations(operation);
    }

    /// <summary>The served data comes from a lookup (a call, a member of a service or context), not only from the request.</summary>
    public static bool HasLookup(ImmutableArray<IOperation> producers)
    {
        foreach (var producer in producers)
        {
            foreach (var operation in producer.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation when !IsResultFactory(invocation.TargetMethod) && !IsBclHelper(invocation.TargetMethod):
                        return true;
                    case IFieldReferenceOperation { Field.IsStatic: false, Instance: IInstanceReferenceOperation }
                        when operation.Type is { } fieldType && CollectionElement(fieldType) is not null:
                        return true;
                    case IPropertyReferenceOperation { Property.IsStatic: false, Instance: IFieldReferenceOperation or IPropertyReferenceOperation or IInstanceReferenceOperation }
                        when operation.Type is { } type && CollectionElement(type) is not null:
                        return true;
                }
            }
        }

        return false;
    }

    private static bool IsBclHelper(IMethodSymbol method)
    {
        var ns = TypeShapes.NamespaceName(method.ContainingType?.ContainingNamespace) ?? string.Empty;
        return (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal))
            && !ns.StartsWith("System.Linq", System.StringComparison.Ordinal)
            && !ns.StartsWith("System.Data", System.StringComparison.Ordinal);
    }

    private static void Add(Dictionary<ILocalSymbol, List<IOperation>> writes, ILocalSymbol local, IOperation value)
    {
        if (!writes.TryGetValue(local, out var list))
        {
            list = new List<IOperation>();
            writes.Add(local, list);
        }

        list.Add(value);
    }

    /// <summary>The operations of a body, not those of lambdas and local functions nested in it.</summary>
    public static IEnumerable<IOperation> OwnOperations(IOperation body)
    {
        var start = body is IAnonymousFunctionOperation lambda ? lambda.Body : body;
        var stack = new Stack<IOperation>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in current.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>The data types inside a declared return type.</summary>
    public static IEnumerable<ITypeSymbol> Unwrap(ITypeSymbol? type, int depth = 0)
    {
        if (type is null || depth > 6 || type.SpecialType == SpecialType.System_Void)
        {
            yield break;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } named)
        {
            var ns = TypeShapes.NamespaceName(named.ContainingNamespace);
            var isWrapper = (named.Name is "Task" or "ValueTask" && ns == "System.Threading.Tasks")
                || (named.Name == "ActionResult" && ns == "Microsoft.AspNetCore.Mvc")
                || ns == "Microsoft.AspNetCore.Http.HttpResults";
            if (isWrapper)
            {
                foreach (var argument in named.TypeArguments)
                {
                    foreach (var inner in Unwrap(argument, depth + 1))
                    {
                        yield return inner;
                    }
                }

                yield break;
            }
        }

        if (type.TypeKind == TypeKind.Error || (TypeShapes.IsFrameworkType(type) && TypeShapes.ElementType(type) is null && !IsAsyncEnumerable(type, out _) && !IsQuery(type, out _)))
        {
            yield break;
        }

        yield return type;
    }

    /// <summary>The values a returned expression serves: the argument of a result factory, both arms of a conditional...</summary>
    public static IEnumerable<IOperation> ServedValues(IOperation operation, int depth = 0)
    {
        operation = Strip(operation);
        if (depth > 8)
        {
            yield return operation;
            yield break;
        }

        switch (operation)
        {
            case IConditionalOperation conditional when conditional.WhenFalse is not null:
                foreach (var value in ServedValues(conditional.WhenTrue, depth + 1).Concat(ServedValues(conditional.WhenFalse, depth + 1)))
                {
                    yield return value;
                }

                yield break;
            case IConditionalAccessOperation conditionalAccess:
                // patient?.Nir: the whole access produces the value, its member says what it is.
                yield return conditionalAccess;
                foreach (var value in ServedValues(conditionalAccess.WhenNotNull, depth + 1))
                {
                    yield return value;
                }

                yield break;
            case ICoalesceOperation coalesce:
                foreach (var value in ServedValues(coalesce.Value, depth + 1).Concat(ServedValues(coalesce.WhenNull, depth + 1)))
                {
                    yield return value;
                }

                yield break;
            case ISwitchExpressionOperation switchExpression:
                foreach (var value in switchExpression.Arms.SelectMany(a => ServedValues(a.Value, depth + 1)))
                {
                    yield return value;
                }

                yield break;
            case IInvocationOperation { TargetMethod.Name: "Serialize" or "SerializeObject" or "SerializeAsync", Arguments.Length: > 0 } serialize
                when TypeShapes.NamespaceName(serialize.TargetMethod.ContainingNamespace) is "System.Text.Json" or "Newtonsoft.Json":
                // return JsonSerializer.Serialize(beneficiary): the text is the object.
                foreach (var value in ServedValues(serialize.Arguments[0].Value, depth + 1))
                {
                    yield return value;
                }

                yield break;
            case IInvocationOperation invocation when IsResultFactory(invocation.TargetMethod):
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name is "value" or "data" or "model" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        foreach (var value in ServedValues(argument.Value, depth + 1))
                        {
                            yield return value;
                        }
                    }
                }

                yield break;
            case IObjectCreationOperation creation when creation.Type is { } created && IsFrameworkResult(created):
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Name is "value" or "data" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        foreach (var value in ServedValues(argument.Value, depth + 1))
                        {
                            yield return value;
                        }
                    }
                }

                foreach (var assignment in creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>() ?? Enumerable.Empty<ISimpleAssignmentOperation>())
                {
                    if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Value" })
                    {
                        foreach (var value in ServedValues(assignment.Value, depth + 1))
                        {
                            yield return value;
                        }
                    }
                }

                yield break;
            default:
                yield return operation;
                yield break;
        }
    }

    public static IOperation Strip(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>ControllerBase/Controller/PageModel helpers (Ok, Json, Created...) and Results/TypedResults factories.</summary>
    public static bool IsResultFactory(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        var ns = TypeShapes.NamespaceName(type.ContainingNamespace);
        return (type.Name is "ControllerBase" or "Controller" && ns == "Microsoft.AspNetCore.Mvc")
            || (type.Name is "PageModel" or "PageBase" && ns == "Microsoft.AspNetCore.Mvc.RazorPages")
            || (type.Name is "Results" or "TypedResults" && ns == "Microsoft.AspNetCore.Http");
    }

    private static bool IsFrameworkResult(ITypeSymbol type)
    {
        var ns = TypeShapes.NamespaceName(type.ContainingNamespace) ?? string.Empty;
        return ns == "Microsoft.AspNetCore.Mvc" || ns == "Microsoft.AspNetCore.Http.HttpResults" || ns == "Microsoft.AspNetCore.Http";
    }

    internal static bool IsAsyncEnumerable(ITypeSymbol type, out ITypeSymbol? element)
    {
        element = null;
        if (type is INamedTypeSymbol { Name: "IAsyncEnumerable", TypeArguments.Length: 1 } named
            && TypeShapes.NamespaceName(named.ContainingNamespace) == "System.Collections.Generic")
        {
            element = named.TypeArguments[0];
            return true;
        }

        foreach (var candidate in SymbolFacts.InterfaceDefinitions(type))
        {
            if (candidate is { Name: "IAsyncEnumerable", TypeArguments.Length: 1 } && TypeShapes.NamespaceName(candidate.ContainingNamespace) == "System.Collections.Generic")
            {
                element = SymbolFacts.InTermsOf(candidate.TypeArguments[0], type)
                    ?? SymbolFacts.AllInterfaces(type).First(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, candidate.OriginalDefinition)).TypeArguments[0];
                return true;
            }
        }

        return false;
    }

    internal static bool IsQuery(ITypeSymbol type, out ITypeSymbol? element)
    {
        element = null;
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named && TypeShapes.Implements(type, "IQueryable", "System.Linq"))
        {
            element = named.TypeArguments[0];
            return true;
        }

        return false;
    }

    /// <summary>The element of a collection, query or async stream; null for anything else.</summary>
    internal static ITypeSymbol? CollectionElement(ITypeSymbol type)
    {
        type = TypeShapes.UnwrapNullable(type);
        if (IsQuery(type, out var query))
        {
            return query;
        }

        if (IsAsyncEnumerable(type, out var stream))
        {
            return stream;
        }

        return TypeShapes.ElementType(type);
    }

    private sealed class Collector
    {
        private readonly PiiClassifier classifier;

        public Collector(PiiClassifier classifier) => this.classifier = classifier;

        public PiiCategory Categories { get; private set; }

        public PiiCategory CollectionCategories { get; private set; }

        public void AddType(ITypeSymbol type)
        {
            var element = CollectionElement(type);
            if (element is not null)
            {
                var unwrapped = TypeShapes.UnwrapNullable(element);
                var categories = classifier.GetHolderCategories(unwrapped);
                if (categories == PiiCategory.None && CollectionElement(unwrapped) is { } nested)
                {
                    categories = classifier.GetHolderCategories(TypeShapes.UnwrapNullable(nested));
                }

                Categories |= categories;
                CollectionCategories |= categories;
                return;
            }

            Categories |= classifier.GetHolderCategories(TypeShapes.UnwrapNullable(type));
        }

        public void AddValue(IOperation value)
        {
            if (value.Type is { } type)
            {
                foreach (var unwrapped in Unwrap(value is IAwaitOperation ? type : type))
                {
                    AddType(unwrapped);
                }
            }

            switch (value)
            {
                case IPropertyReferenceOperation property:
                    AddSymbol(property.Property);
                    break;
                case IFieldReferenceOperation field:
                    AddSymbol(field.Field);
                    break;
                case ILocalReferenceOperation local:
                    AddSymbol(local.Local);
                    break;
                case IParameterReferenceOperation parameter:
                    AddSymbol(parameter.Parameter);
                    break;
            }
        }

        public void AddSymbol(ISymbol symbol) => Categories |= classifier.Classify(symbol).Categories;

        /// <summary>A sequence of a projected identifying member: a collection of personal data.</summary>
        public void AddProjection(ISymbol? member)
        {
            if (member is not null)
            {
                var categories = classifier.Classify(member).Categories;
                Categories |= categories;
                CollectionCategories |= categories;
            }
        }
    }
}
