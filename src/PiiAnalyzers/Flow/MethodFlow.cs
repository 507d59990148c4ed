using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Sinks;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Flow;

/// <summary>
/// Intra-procedural taint over one method body's operation tree: does a value carry personal data?
/// </summary>
/// <remarks>
/// Locals and parameters are followed through their writes in source order: the value a reference sees is the last
/// write before it (a write in a branch that does not enclose the reference is merged with the write before it). The
/// index of writes is built lazily, only when a candidate sink needs it. Recursion is depth-bounded, so incomplete or
/// cyclic code cannot hang the analysis.
/// </remarks>
internal sealed class MethodFlow
{
    private const int MaxDepth = 160;

    private readonly IOperation root;
    private readonly OutputModel model;
    private readonly IMethodSymbol? analysedMethod;
    // Made on first use: most bodies are asked about no value at all.
    private ConcurrentDictionary<IOperation, Taint>? memo;
    private readonly object gate = new();
    private Dictionary<ISymbol, List<Write>>? writes;

    public MethodFlow(IOperation root, OutputModel model, IMethodSymbol? analysedMethod)
    {
        this.root = root;
        this.model = model;
        this.analysedMethod = analysedMethod;
    }

    private PiiClassifier Classifier => model.Classifier;

    /// <summary>The pieces of a sink argument that carry personal data, split at interpolations, concatenations, etc.</summary>
    public void CollectLeaves(IOperation? operation, List<TaintLeaf> leaves, int depth = 0)
    {
        if (operation is null || depth > MaxDepth)
        {
            return;
        }

        switch (operation)
        {
            case IConversionOperation conversion when conversion.Operand.Syntax is not null:
                CollectLeaves(conversion.Operand, leaves, depth + 1);
                return;
            case IParenthesizedOperation parenthesized:
                CollectLeaves(parenthesized.Operand, leaves, depth + 1);
                return;
            case IInterpolatedStringHandlerCreationOperation handler:
                CollectLeaves(handler.Content, leaves, depth + 1);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    CollectLeaves(HoleValue(part), leaves, depth + 1);
                }

                return;
            case IBinaryOperation { Type.SpecialType: SpecialType.System_String } concatenation:
                CollectLeaves(concatenation.LeftOperand, leaves, depth + 1);
                CollectLeaves(concatenation.RightOperand, leaves, depth + 1);
                return;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                CollectLeaves(conditional.WhenTrue, leaves, depth + 1);
                CollectLeaves(whenFalse, leaves, depth + 1);
                return;
            case ICoalesceOperation coalesce:
                CollectLeaves(coalesce.Value, leaves, depth + 1);
                CollectLeaves(coalesce.WhenNull, leaves, depth + 1);
                return;
            case IInvocationOperation invocation when IsStringComposition(invocation.TargetMethod) || IsContainerFactory(invocation.TargetMethod):
                foreach (var argument in invocation.Arguments)
                {
                    CollectLeaves(argument.Value, leaves, depth + 1);
                }

                return;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    CollectLeaves(element, leaves, depth + 1);
                }

                return;
            case { Kind: OperationTree.CollectionExpression }:
                foreach (var element in operation.ChildOperations)
                {
                    CollectLeaves(element, leaves, depth + 1);
                }

                return;
            case ITupleOperation tuple:
                foreach (var element in tuple.Elements)
                {
                    CollectLeaves(element, leaves, depth + 1);
                }

                return;
            case IObjectCreationOperation creation when IsFrameworkContainer(creation.Type):
                foreach (var argument in creation.Arguments)
                {
                    CollectLeaves(argument.Value, leaves, depth + 1);
                }

                CollectInitializerLeaves(creation.Initializer, leaves, depth + 1);
                return;
        }

        var taint = Evaluate(operation, depth);
        if (taint.IsInteresting)
        {
            leaves.Add(new TaintLeaf(operation, taint));
        }
    }

    private void CollectInitializerLeaves(IObjectOrCollectionInitializerOperation? initializer, List<TaintLeaf> leaves, int depth)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case ISimpleAssignmentOperation assignment:
                    CollectLeaves(assignment.Value, leaves, depth);
                    break;
                case IInvocationOperation add:
                    foreach (var argument in add.Arguments)
                    {
                        CollectLeaves(argument.Value, leaves, depth);
                    }

                    break;
            }
        }
    }

    /// <summary>What a value carries.</summary>
    public Taint Evaluate(IOperation? operation, int depth = 0)
    {
        if (operation is null || depth > MaxDepth)
        {
            return Taint.None;
        }

        var values = memo ?? System.Threading.Interlocked.CompareExchange(ref memo, new ConcurrentDictionary<IOperation, Taint>(), null) ?? memo;
        if (values.TryGetValue(operation, out var known))
        {
            return known;
        }

        var taint = EvaluateCore(operation, depth + 1);
        if (!taint.IsPersonal && !taint.IsSanitized && IsReferenceLike(operation)
            && model.Displayed.Of(operation.Type) is var shown && shown != PiiCategory.None)
        {
            taint = taint.Union(new Taint(shown, NameOf(operation), wholeObject: true));
        }

        // Memoised: a value read many times (x = x + x) is evaluated once, so the cost stays linear.
        values.TryAdd(operation, taint);
        return taint;
    }

    private Taint EvaluateCore(IOperation operation, int depth)
    {
        switch (operation)
        {
            case IConversionOperation conversion:
                return conversion.Type?.SpecialType == SpecialType.System_Boolean ? Taint.Sanitized : Evaluate(conversion.Operand, depth);
            case IParenthesizedOperation parenthesized:
                return Evaluate(parenthesized.Operand, depth);
            case ILiteralOperation or INameOfOperation or ITypeOfOperation or ISizeOfOperation or IDefaultValueOperation
                or IIsPatternOperation or IIsTypeOperation or IUnaryOperation:
                return Taint.Sanitized;
            case IFieldReferenceOperation field:
                return field.Field.IsConst ? Taint.Sanitized : Member(field.Field, field.Instance, depth);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } && TypeShapes.IsKeyedRecord(indexer.Property.ContainingType):
                // row["NIR"], reader["DateNaissance"], Request.Query["nir"]: the key names the column.
                return Key(key, operation);
            case IPropertyReferenceOperation { Property.Name: "CurrentValue" or "OriginalValue", Instance: IInvocationOperation { TargetMethod.Name: "Property", Arguments.Length: 1 } property }
                when TypeShapes.IsInNamespace(property.TargetMethod.ContainingType, "Microsoft.EntityFrameworkCore.ChangeTracking"):
                // entry.Property("Nir").CurrentValue, entry.Property(b => b.Nir).OriginalValue: EF Core's tracked value
                // of the property it names.
                return TrackedProperty(property.Arguments[0].Value, operation, depth);
            case IPropertyReferenceOperation property:
                return Member(property.Property, property.Instance, depth);
            case IDynamicMemberReferenceOperation dynamicMember:
                // A Dapper dynamic row: row.Nir.
                return Key(dynamicMember.MemberName, operation);
            case IParameterReferenceOperation parameter:
                return Symbol(parameter.Parameter, parameter, depth);
            case ILocalReferenceOperation local:
                return Symbol(local.Local, local, depth);
            case IInterpolatedStringOperation interpolated:
            {
                var result = Taint.Sanitized;
                foreach (var part in interpolated.Parts)
                {
                    result = result.Union(Evaluate(HoleValue(part), depth));
                }

                return result;
            }

            case IInterpolatedStringHandlerCreationOperation handler:
                return Evaluate(handler.Content, depth);

            case IBinaryOperation binary:
                return binary.Type?.SpecialType == SpecialType.System_String
                    ? Evaluate(binary.LeftOperand, depth).Union(Evaluate(binary.RightOperand, depth))
                    : Taint.Sanitized;
            case IConditionalOperation conditional:
                return conditional.WhenFalse is null
                    ? Taint.None
                    : Evaluate(conditional.WhenTrue, depth).Union(Evaluate(conditional.WhenFalse, depth));
            case ICoalesceOperation coalesce:
                return Evaluate(coalesce.Value, depth).Union(Evaluate(coalesce.WhenNull, depth));
            case IConditionalAccessOperation conditionalAccess:
                return Evaluate(conditionalAccess.WhenNotNull, depth);
            case IConditionalAccessInstanceOperation instance:
                for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IConditionalAccessOperation access)
                    {
                        return Evaluate(access.Operation, depth);
                    }
                }

                return Taint.None;
            case IInvocationOperation invocation:
                return Invocation(invocation, depth);
            case IObjectCreationOperation creation:
                return IsFrameworkContainer(creation.Type) ? Arguments(creation.Arguments, depth).Union(Initializer(creation.Initializer, depth)) : Taint.None;
            case IAnonymousObjectCreationOperation anonymous:
            {
                var result = Taint.None;
                foreach (var initializer in anonymous.Initializers)
                {
                    result = result.Union(Evaluate(initializer is ISimpleAssignmentOperation a ? a.Value : initializer, depth));
                }

                return result.IsPersonal ? new Taint(result.Categories, result.Member, wholeObject: true, result.Parameters) : result;
            }

            case ITupleOperation tuple:
            {
                var result = Taint.None;
                foreach (var element in tuple.Elements)
                {
                    result = result.Union(Evaluate(element, depth));
                }

                return result;
            }

            case IArrayCreationOperation array:
                return array.Initializer is null ? Taint.None : Elements(array.Initializer.ElementValues, depth);
            case { Kind: OperationTree.CollectionExpression }:
            {
                var result = Taint.None;
                foreach (var element in operation.ChildOperations)
                {
                    result = result.Union(Evaluate(element, depth));
                }

                return result;
            }
            case IArrayElementReferenceOperation element:
                return Evaluate(element.ArrayReference, depth).AsValue();
            case IImplicitIndexerReferenceOperation { Argument.Type.Name: "Range" } slice when slice.Instance.Type is { } sliced && IsDataValueType(sliced):
            {
                // nir[..5] is nir.Substring(0, 5): part of the data, as Substring is; a slice of a hash is a hash.
                var whole = Evaluate(slice.Instance, depth);
                return whole.IsSanitized ? whole : whole.AsValue();
            }

            case IAwaitOperation awaited:
                return Evaluate(awaited.Operation, depth);
            case ISwitchExpressionOperation switchExpression:
            {
                var result = Taint.None;
                foreach (var arm in switchExpression.Arms)
                {
                    result = result.Union(Evaluate(arm.Value, depth));
                }

                return result;
            }

            case IDelegateCreationOperation delegateCreation:
                return Evaluate(delegateCreation.Target, depth);
            case IAnonymousFunctionOperation function:
                return Returns(function.Body, depth);
            case ISimpleAssignmentOperation assignment:
                return Evaluate(assignment.Value, depth);
            default:
                return Taint.None;
        }
    }

    /// <summary>The value of an interpolation hole, with or without an interpolated string handler.</summary>
    private static IOperation? HoleValue(IInterpolatedStringContentOperation part) => part switch
    {
        // {birthDate:yyyy} shows the year only, a derived value as birthDate.Year is.
        IInterpolationOperation interpolation when IsYearOnly(interpolation.Expression, interpolation.FormatString) => null,
        IInterpolationOperation interpolation => interpolation.Expression,
        IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { TargetMethod.Name: "AppendFormatted" } call }
            when call.Arguments.Length > 1 && IsYearOnly(call.Arguments[0].Value, call.Arguments[1].Value) => null,
        IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { TargetMethod.Name: "AppendFormatted" } call }
            when call.Arguments.Length > 0 => call.Arguments[0].Value,
        _ => null,
    };

    /// <summary>A date formatted with a year-only format (<c>yyyy</c>, <c>yy</c>): the year, not the date.</summary>
    private static bool IsYearOnly(IOperation? value, IOperation? format)
    {
        if (format?.ConstantValue is not { HasValue: true, Value: string text } || text.Length == 0 || text.Length > 5)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c != 'y')
            {
                return false;
            }
        }

        var type = (value is IConversionOperation conversion ? conversion.Operand : value)?.Type;
        return type is not null && TypeShapes.IsDateLike(TypeShapes.UnwrapNullable(type));
    }

    /// <summary>
    /// The column a data reader's typed getter reads, by name (<c>GetString("Nir")</c>, the extensions of
    /// <c>System.Data.DataReaderExtensions</c>) or by an ordinal looked up by name (<c>GetOrdinal("Nir")</c>).
    /// </summary>
    private static string? ColumnRead(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!method.Name.StartsWith("Get", System.StringComparison.Ordinal) || method.Name == "GetOrdinal" || invocation.Arguments.Length == 0)
        {
            return null;
        }

        var receiver = method.IsExtensionMethod ? invocation.Arguments[0].Value : invocation.Instance;
        var column = invocation.Arguments[method.IsExtensionMethod ? invocation.Arguments.Length - 1 : 0].Value;
        if (receiver?.Type is not INamedTypeSymbol readerType || !TypeShapes.Implements(readerType, "IDataRecord", "System.Data"))
        {
            return null;
        }

        column = column is IConversionOperation conversion ? conversion.Operand : column;
        if (column is IInvocationOperation { TargetMethod.Name: "GetOrdinal", Arguments.Length: 1 } ordinal)
        {
            column = ordinal.Arguments[0].Value;
        }

        return column.ConstantValue is { HasValue: true, Value: string name } ? name : null;
    }

    private Taint TrackedProperty(IOperation selector, IOperation read, int depth)
    {
        if (selector.ConstantValue is { HasValue: true, Value: string name })
        {
            return Key(name, read);
        }

        return QueryProjections.SelectedMember(selector) is { } member ? Member(member, null, depth) : Taint.None;
    }

    private Taint Key(string name, IOperation operation)
        => Classifier.ClassifyKey(name, operation.Syntax.SyntaxTree) is var categories && categories != PiiCategory.None
            ? new Taint(categories, name)
            : Taint.None;

    private Taint Member(ISymbol member, IOperation? instance, int depth)
    {
        var classification = Classifier.Classify(member);
        if (classification.IsPersonalData)
        {
            return new Taint(classification.Categories, member.Name);
        }

        if (classification.Source != Classification.ClassificationSource.None)
        {
            return Taint.Sanitized;
        }

        // A computed property that shows the data (Affichage => $"{Nom} ({Nir})"), unless its name says it hides it
        // (NirMasque => Nir[..5] + "**********").
        if (member is IPropertySymbol { GetMethod: { } getter } computed && IsDataValueType(computed.Type) && SymbolFacts.InSource(getter)
            && !getter.IsImplicitlyDeclared)
        {
            if (Barriers.HidesByName(computed.Name))
            {
                return Taint.Sanitized;
            }

            if (model.ReturnedData(getter) is { IsPersonal: true } shown)
            {
                return shown;
            }
        }

        if (instance is null || instance is IInstanceReferenceOperation)
        {
            return Taint.None;
        }

        // birthDate.Value, birthDate.Date are the data; birthDate.Year, nir.Length are derived values.
        if (member.Name is "Value" or "Date" or "DateTime" or "UtcDateTime" or "LocalDateTime")
        {
            return Evaluate(instance, depth).AsValue();
        }

        var carried = Evaluate(instance, depth);
        return carried.IsPersonal && !carried.WholeObject ? Taint.Sanitized : Taint.None;
    }

    private Taint Symbol(ISymbol symbol, IOperation reference, int depth)
    {
        var position = reference.Syntax.SpanStart;
        var result = Taint.None;
        if (Writes().TryGetValue(symbol, out var list))
        {
            var last = -1;
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Position <= position && !list[i].Value.Syntax.Span.Contains(position))
                {
                    last = i;
                }
            }

            // Merge writes backwards while the later one might not have happened (a branch) or adds to the earlier one.
            for (var i = last; i >= 0; i--)
            {
                var write = list[i];
                result = result.Union(WriteTaint(write, depth));
                if (!write.Accumulates && !IsConditionalFor(write.Value, position))
                {
                    break;
                }
            }

            if (result.IsInteresting)
            {
                return result;
            }
        }

        if (!result.IsSanitized)
        {
            var classification = Classifier.Classify(symbol);
            if (classification.IsPersonalData)
            {
                result = new Taint(classification.Categories, symbol.Name);
            }
        }

        if (symbol is IParameterSymbol parameter && analysedMethod is not null
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, analysedMethod) && !result.IsSanitized)
        {
            result = result.Union(Taint.Parameter(parameter.Ordinal));
        }

        return result;
    }

    private Taint WriteTaint(Write write, int depth)
        => write.IsElement ? Evaluate(write.Value, depth).AsValue() : Evaluate(write.Value, depth);

    /// <summary>A write inside a branch or loop that does not also enclose the reading position may not have happened.</summary>
    private bool IsConditionalFor(IOperation write, int position)
    {
        for (var parent = write.Parent; parent is not null && parent != root; parent = parent.Parent)
        {
            if (parent is IConditionalOperation or ISwitchCaseOperation or ICatchClauseOperation or IWhileLoopOperation
                    or IForLoopOperation or IForEachLoopOperation
                && !parent.Syntax.Span.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    private Taint Invocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (Barriers.IsBarrier(method, model.Sinks.Redactor) || Barriers.IsDerivedResult(method))
        {
            return Taint.Sanitized;
        }

        if (method.ReturnsVoid)
        {
            return Taint.None;
        }

        if (ColumnRead(invocation) is { } column)
        {
            // reader.GetString("Nir"), reader.GetDateTime(reader.GetOrdinal("DATE_NAISSANCE")).
            return Key(column, invocation);
        }

        if (IsSerializer(method))
        {
            var result = Taint.None;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.OriginalDefinition.Type is { } declared
                    && (declared.SpecialType == SpecialType.System_Object || declared.TypeKind == TypeKind.TypeParameter))
                {
                    var value = argument.Value is IConversionOperation c ? c.Operand : argument.Value;
                    var carried = Classifier.GetCarriedCategories(value.Type);
                    result = result.Union(Evaluate(value, depth));
                    if (carried != PiiCategory.None)
                    {
                        result = result.Union(new Taint(carried, NameOf(value), wholeObject: true));
                    }
                }
            }

            return result;
        }

        if (IsStringComposition(method) || IsSameTypeBuilder(method) || IsLinq(method))
        {
            return Arguments(invocation.Arguments, depth).Union(Evaluate(invocation.Instance, depth));
        }

        if (method.Name == "ToString" && invocation.Instance is { } receiver)
        {
            // birthDate.ToString("yyyy") is the year, as birthDate.Year is.
            return invocation.Arguments.Length > 0 && IsYearOnly(receiver, invocation.Arguments[0].Value)
                ? Taint.Sanitized
                : Evaluate(receiver, depth);
        }

        if (invocation.Instance is { Type: { } receiverType } instance && IsDataValueType(receiverType) && ReturnsData(method))
        {
            return Evaluate(instance, depth).AsValue();
        }

        // KeyValuePair.Create("nir", nir), Tuple.Create(...), ImmutableArray.Create(...): the factories of the framework
        // containers keep what they are built from, as their constructors do.
        if (IsContainerFactory(method))
        {
            return Arguments(invocation.Arguments, depth);
        }

        // An in-source helper returning text built from the data (FormatNir(nir)) still carries it; one whose every
        // return passes through a barrier (HacherNir(nir) => Convert.ToHexString(SHA256.HashData(...))) does not.
        if (SymbolFacts.InSource(method) && ReturnsData(method))
        {
            // The helper's body is read only when what it is given is personal data.
            var carried = Arguments(invocation.Arguments, depth);
            if (carried.IsInteresting && model.ReturnsOnlySanitized(method))
            {
                return Taint.Sanitized;
            }

            // Cle(beneficiaire) => beneficiaire.Nir + "-" + beneficiaire.Id: the helper reads the data itself.
            var read = model.ReturnedData(method);
            return (carried.WholeObject ? Taint.None : carried).Union(read);
        }

        return Taint.None;
    }

    private Taint Arguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int depth)
    {
        var result = Taint.None;
        foreach (var argument in arguments)
        {
            result = result.Union(Evaluate(argument.Value, depth));
        }

        return result;
    }

    private Taint Elements(System.Collections.Immutable.ImmutableArray<IOperation> elements, int depth)
    {
        var result = Taint.None;
        foreach (var element in elements)
        {
            result = result.Union(Evaluate(element, depth));
        }

        return result;
    }

    private Taint Initializer(IObjectOrCollectionInitializerOperation? initializer, int depth)
    {
        var result = Taint.None;
        if (initializer is null)
        {
            return result;
        }

        foreach (var item in initializer.Initializers)
        {
            result = item switch
            {
                ISimpleAssignmentOperation assignment => result.Union(Evaluate(assignment.Value, depth)),
                IInvocationOperation add => result.Union(Arguments(add.Arguments, depth)),
                _ => result,
            };
        }

        return result;
    }

    private Taint Returns(IOperation? body, int depth)
    {
        var result = Taint.None;
        if (body is null)
        {
            return result;
        }

        foreach (var returned in OperationTree.OwnReturns(body))
        {
            result = result.Union(Evaluate(returned.ReturnedValue, depth));
        }

        return result;
    }

    private static bool IsReferenceLike(IOperation operation)
        => operation is IFieldReferenceOperation or IPropertyReferenceOperation or IParameterReferenceOperation
            or ILocalReferenceOperation or IInvocationOperation or IObjectCreationOperation or IInstanceReferenceOperation
            or IArrayElementReferenceOperation or IAwaitOperation or IConditionalAccessOperation;

    private static string NameOf(IOperation operation) => operation switch
    {
        IFieldReferenceOperation f => f.Field.Name,
        IPropertyReferenceOperation p => p.Property.Name,
        IParameterReferenceOperation p => p.Parameter.Name,
        ILocalReferenceOperation l => l.Local.Name,
        IConversionOperation c => NameOf(c.Operand),
        IInvocationOperation i => i.TargetMethod.Name,
        _ => operation.Type?.Name ?? "value",
    };

    /// <summary>string.Format, string.Concat, string.Join, Convert.ToString, FormattableString.Invariant.</summary>
    internal static bool IsStringComposition(IMethodSymbol method)
        => method.IsStatic
            && (method.ContainingType?.SpecialType == SpecialType.System_String && method.Name is "Format" or "Concat" or "Join" or "Create"
                || method.ContainingType is { Name: "Convert" or "FormattableString" or "FormattableStringFactory" } type
                    && TypeShapes.IsInNamespace(type, type.Name == "FormattableStringFactory" ? "System.Runtime.CompilerServices" : "System"));

    private bool IsSameTypeBuilder(IMethodSymbol method)
        => !method.IsStatic && method.ContainingType is { } type
            && (SymbolEqualityComparer.Default.Equals(type, model.Sinks.StringBuilder)
                || (type.Name == "StringBuilder" && TypeShapes.IsInNamespace(type, "System.Text")));

    private static bool IsLinq(IMethodSymbol method)
        => method.IsStatic && method.ContainingType is { Name: "Enumerable" or "Queryable" or "ImmutableArray" or "AsyncEnumerable" } type
            && TypeShapes.NamespaceName(type.ContainingNamespace) is "System.Linq" or "System.Collections.Immutable";

    private static bool IsSerializer(IMethodSymbol method)
        => method.ContainingType is { } type
            && ((type.Name == "JsonSerializer" && method.Name.StartsWith("Serialize", System.StringComparison.Ordinal))
                || (type.Name == "JsonConvert" && method.Name == "SerializeObject")
                || (type.Name == "JToken" && method.Name == "FromObject")
                || (type.Name == "JObject" && method.Name == "FromObject"));

    /// <summary>Receivers whose text- or date-returning methods give the data back (Substring, Trim, ToShortDateString).</summary>
    private static bool IsDataValueType(ITypeSymbol type)
    {
        type = TypeShapes.UnwrapNullable(type);
        return TypeShapes.IsTextual(type) || TypeShapes.IsDateLike(type) || type.SpecialType is SpecialType.System_Int64 or SpecialType.System_Object;
    }

    private static bool ReturnsData(IMethodSymbol method)
    {
        var type = TypeShapes.UnwrapNullable(method.ReturnType);
        if (type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task)
        {
            type = task.TypeArguments[0];
        }

        return TypeShapes.IsTextual(type) || TypeShapes.IsDateLike(type)
            || (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String });
    }

    /// <summary><c>KeyValuePair.Create</c>, <c>Tuple.Create</c>, <c>ImmutableArray.Create</c>: a container built from its arguments.</summary>
    private static bool IsContainerFactory(IMethodSymbol method)
        => method.IsStatic && method.Name == "Create" && IsFrameworkContainer(method.ReturnType);

    /// <summary>Framework values that keep what they are built from: pairs, tuples, collections, tags, builders.</summary>
    internal static bool IsFrameworkContainer(ITypeSymbol? type)
    {
        if (type is null || !TypeShapes.IsFrameworkType(type))
        {
            return false;
        }

        return type.Name is "KeyValuePair" or "Tuple" or "ValueTuple" or "ActivityEvent" or "ActivityTagsCollection" or "TagList"
                or "StringBuilder" or "Dictionary" or "List" or "HashSet" or "ActivityLink" or "ReadOnlyCollection"
            || TypeShapes.ElementType(type) is not null;
    }

    private Dictionary<ISymbol, List<Write>> Writes()
    {
        lock (gate)
        {
            return writes ??= IndexWrites();
        }
    }

    private Dictionary<ISymbol, List<Write>> IndexWrites()
    {

        var index = new Dictionary<ISymbol, List<Write>>(SymbolEqualityComparer.Default);
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    Add(index, declarator.Symbol, initializer.Value, declarator.Syntax.Span.End, accumulates: false);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } assignment:
                    Add(index, Target(assignment.Target), assignment.Value, assignment.Syntax.Span.End, accumulates: false);
                    break;
                case ICompoundAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } compound:
                    Add(index, Target(compound.Target), compound.Value, compound.Syntax.Span.End, accumulates: true);
                    break;
                case ICoalesceAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } coalesce:
                    Add(index, Target(coalesce.Target), coalesce.Value, coalesce.Syntax.Span.End, accumulates: true);
                    break;
                case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation variable } loop:
                    Add(index, variable.Symbol, loop.Collection, loop.Collection.Syntax.Span.End, accumulates: false, isElement: true);
                    break;
                case IInvocationOperation append when IsBuilderCall(append) && !IsBuilderCall(append.Parent)
                    && BuilderLocal(append) is { } builder:
                    // sb.Append(x).Append(y) adds x and y to what the builder holds.
                    Add(index, builder, append, append.Syntax.Span.End, accumulates: true);
                    break;
            }
        }

        foreach (var list in index.Values)
        {
            list.Sort((a, b) => a.Position.CompareTo(b.Position));
        }

        return index;
    }

    private static bool IsBuilderCall(IOperation? operation)
        => operation is IInvocationOperation { Instance.Type.Name: "StringBuilder", TargetMethod.Name: not "ToString" };

    private static ILocalSymbol? BuilderLocal(IInvocationOperation call)
    {
        IOperation? receiver = call.Instance;
        while (receiver is IInvocationOperation inner && IsBuilderCall(inner))
        {
            receiver = inner.Instance;
        }

        return (receiver as ILocalReferenceOperation)?.Local;
    }

    private static ISymbol? Target(IOperation target) => target switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    private static void Add(Dictionary<ISymbol, List<Write>> index, ISymbol? symbol, IOperation value, int position, bool accumulates, bool isElement = false)
    {
        if (symbol is null)
        {
            return;
        }

        if (!index.TryGetValue(symbol, out var list))
        {
            index[symbol] = list = new List<Write>();
        }

        list.Add(new Write(value, position, accumulates, isElement));
    }

    private readonly struct Write
    {
        public Write(IOperation value, int position, bool accumulates, bool isElement)
        {
            Value = value;
            Position = position;
            Accumulates = accumulates;
            IsElement = isElement;
        }

        public IOperation Value { get; }

        public int Position { get; }

        public bool Accumulates { get; }

        public bool IsElement { get; }
    }
}
