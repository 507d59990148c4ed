using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// The personal data an endpoint serves: what its handler returns, unwrapping <c>Task</c>/<c>ValueTask</c>,
/// <c>ActionResult&lt;T&gt;</c>, <c>Ok(x)</c>, <c>new OkObjectResult(x)</c>, <c>Json(x)</c>, <c>Results.Ok(x)</c>,
/// <c>TypedResults.Ok(x)</c> and <c>Results&lt;Ok&lt;T&gt;, NotFound&gt;</c> unions; what a Razor page handler puts in the
/// page model's properties; and what a handler writes with <c>WriteAsJsonAsync</c>.
/// </summary>
internal readonly struct ServedData
{
    private ServedData(PiiCategory categories, PiiCategory collectionCategories)
    {
        Categories = categories;
        CollectionCategories = collectionCategories;
    }

    /// <summary>Every category served, in single values or collections.</summary>
    public PiiCategory Categories { get; }

    /// <summary>The categories served as a collection of holders (<c>List&lt;Beneficiary&gt;</c>, <c>IQueryable</c>...).</summary>
    public PiiCategory CollectionCategories { get; }

    public bool IsPersonal => Categories != PiiCategory.None;

    public static ServedData Of(EndpointModel model, Endpoint endpoint, IOperation? body)
    {
        var collector = new Collector(model.Classifier);
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
                        foreach (var value in Values(returned))
                        {
                            collector.AddValue(value);
                        }

                        break;
                    case IInvocationOperation { TargetMethod.Name: "WriteAsJsonAsync" or "WriteAsJson" } write:
                        var written = write.Arguments.FirstOrDefault(a => a.Parameter?.Name == "value")?.Value;
                        if (written is not null)
                        {
                            collector.AddValue(Strip(written));
                        }

                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: IInstanceReferenceOperation, Property: var property } } assignment
                        when endpoint.Kind == EndpointKind.RazorPageHandler && property.DeclaredAccessibility == Accessibility.Public:
                        collector.AddValue(Strip(assignment.Value));
                        collector.AddSymbol(property);
                        break;
                }
            }
        }

        return new ServedData(collector.Categories, collector.CollectionCategories);
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
            var ns = named.ContainingNamespace?.ToDisplayString();
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
    public static IEnumerable<IOperation> Values(IOperation operation, int depth = 0)
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
                foreach (var value in Values(conditional.WhenTrue, depth + 1).Concat(Values(conditional.WhenFalse, depth + 1)))
                {
                    yield return value;
                }

                yield break;
            case ICoalesceOperation coalesce:
                foreach (var value in Values(coalesce.Value, depth + 1).Concat(Values(coalesce.WhenNull, depth + 1)))
                {
                    yield return value;
                }

                yield break;
            case ISwitchExpressionOperation switchExpression:
                foreach (var value in switchExpression.Arms.SelectMany(a => Values(a.Value, depth + 1)))
                {
                    yield return value;
                }

                yield break;
            case IInvocationOperation invocation when IsResultFactory(invocation.TargetMethod):
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name is "value" or "data" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        foreach (var value in Values(argument.Value, depth + 1))
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
                        foreach (var value in Values(argument.Value, depth + 1))
                        {
                            yield return value;
                        }
                    }
                }

                foreach (var assignment in creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>() ?? Enumerable.Empty<ISimpleAssignmentOperation>())
                {
                    if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Value" })
                    {
                        foreach (var value in Values(assignment.Value, depth + 1))
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

        var ns = type.ContainingNamespace?.ToDisplayString();
        return (type.Name is "ControllerBase" or "Controller" && ns == "Microsoft.AspNetCore.Mvc")
            || (type.Name is "PageModel" or "PageBase" && ns == "Microsoft.AspNetCore.Mvc.RazorPages")
            || (type.Name is "Results" or "TypedResults" && ns == "Microsoft.AspNetCore.Http");
    }

    private static bool IsFrameworkResult(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns == "Microsoft.AspNetCore.Mvc" || ns == "Microsoft.AspNetCore.Http.HttpResults" || ns == "Microsoft.AspNetCore.Http";
    }

    internal static bool IsAsyncEnumerable(ITypeSymbol type, out ITypeSymbol? element)
    {
        element = null;
        if (type is INamedTypeSymbol { Name: "IAsyncEnumerable", TypeArguments.Length: 1 } named
            && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
        {
            element = named.TypeArguments[0];
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate is { Name: "IAsyncEnumerable", TypeArguments.Length: 1 } && candidate.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
            {
                element = candidate.TypeArguments[0];
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
    }
}
