using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Sinks;

/// <summary>What an expression's rows are: bounded, an unbounded query (and where it is materialised), or unknown.</summary>
internal readonly struct QueryResult
{
    public static readonly QueryResult Unknown = default;

    public static readonly QueryResult Bounded = new(Boundedness.Bounded, null, false, false);

    public QueryResult(Boundedness kind, IOperation? location, bool sawSkip, bool sawTake)
    {
        Kind = kind;
        Location = location;
        SawSkip = sawSkip;
        SawTake = sawTake;
    }

    public Boundedness Kind { get; }

    /// <summary>
    /// Where the rows are materialised: the materialising call, or the collection of a <c>foreach</c> that fills a
    /// returned collection; null when the query is returned as is (the returned expression is then the location).
    /// </summary>
    public IOperation? Location { get; }

    /// <summary>An unbounded <c>Take</c>/<c>Skip</c> was met: half of a Skip+Take page built across locals.</summary>
    public bool SawSkip { get; }

    public bool SawTake { get; }

    public static QueryResult Unbounded(IOperation? location, bool sawSkip = false, bool sawTake = false)
        => new(Boundedness.Unbounded, location, sawSkip, sawTake);

    /// <summary>Branches: one unbounded branch makes the whole unbounded.</summary>
    public static QueryResult Either(QueryResult a, QueryResult b)
        => a.Kind == Boundedness.Unbounded ? a : b.Kind == Boundedness.Unbounded ? b : a.Kind == Boundedness.Bounded ? a : b;
}

/// <summary>
/// Follows what a returned expression is made of, within one body: LINQ chains (through extension methods), locals
/// (every assignment), collections filled in a <c>foreach</c>, conditionals, awaits, and in-source query methods (through
/// <see cref="QueryModel.MethodResult"/>). Not thread-safe: one instance per body, used under the caller's lock.
/// </summary>
internal sealed class QueryEvaluator
{
    private static readonly HashSet<string> CollectionAdds = new(StringComparer.Ordinal)
    {
        "Add", "AddRange", "Insert", "InsertRange", "Enqueue", "Push", "TryAdd", "UnionWith",
    };

    private readonly QueryModel model;
    private readonly IOperation root;
    private readonly BulkOptions options;
    private readonly int depth;
    private readonly Dictionary<ISymbol, QueryResult> symbols = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> visiting = new(SymbolEqualityComparer.Default);
    private Dictionary<ISymbol, List<IOperation>>? writes;
    private Dictionary<ISymbol, List<IInvocationOperation>>? adds;

    public QueryEvaluator(QueryModel model, IOperation root, BulkOptions options, int depth)
    {
        this.model = model;
        this.root = root;
        this.options = options;
        this.depth = depth;
    }

    /// <summary>
    /// A return of the body itself (<paramref name="root"/> when given), not of a lambda or a local function inside it:
    /// what a local function returns leaves the method only if the method returns it, which its call site shows.
    /// </summary>
    public static bool BelongsToBody(IOperation operation, IOperation? root = null)
        => !OperationTree.InNestedFunction(operation, root);

    /// <summary>A <c>yield return</c> inside a <c>foreach</c>: the rows are those of the loop's collection.</summary>
    public QueryResult EvaluateYield(IReturnOperation yield)
    {
        for (var parent = yield.Parent; parent is not null && parent is not IAnonymousFunctionOperation; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation loop)
            {
                return LoopBreaksEarly(loop) ? QueryResult.Bounded : Evaluate(loop.Collection);
            }
        }

        return QueryResult.Unknown;
    }

    public QueryResult Evaluate(IOperation? operation)
    {
        var sawSkip = false;
        var sawTake = false;
        IInvocationOperation? materialiser = null;
        var steps = 0;
        while (operation is not null && steps++ < 64)
        {
            operation = Unwrap(operation);
            if (operation is not IInvocationOperation invocation)
            {
                var inner = EvaluateValue(operation);
                if (inner.Kind == Boundedness.Unbounded && ((sawTake && inner.SawSkip) || (sawSkip && inner.SawTake)))
                {
                    return QueryResult.Bounded;
                }

                return inner.Kind == Boundedness.Unbounded
                    ? QueryResult.Unbounded(inner.Location ?? materialiser, sawSkip || inner.SawSkip, sawTake || inner.SawTake)
                    : inner;
            }

            var method = invocation.TargetMethod;
            var name = method.Name;
            var receiver = invocation.Instance
                ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            if (QuerySources.SingleRowOrAggregate.Contains(name) && receiver is not null && model.IsSequence(receiver.Type)
                || QuerySources.IsPagingName(name, options))
            {
                return QueryResult.Bounded;
            }

            if (name == "Where" && IsKeyLookup(invocation))
            {
                return QueryResult.Bounded;
            }

            if (name is "GroupBy" or "CountBy" or "AggregateBy")
            {
                return QueryResult.Bounded; // groups and statistics, not rows of people
            }

            if (QuerySources.RowLimits.Contains(name))
            {
                var count = invocation.Arguments.Length > 0 ? invocation.Arguments[invocation.Arguments.Length - 1].Value : null;
                if (count is not null && IsBoundedCount(count, 0))
                {
                    return QueryResult.Bounded;
                }

                // A constant page above the maximum is no page: Skip(p * 5000).Take(5000) still reads 5000 rows a call.
                var tooLarge = count is not null && Unwrap(count).ConstantValue.HasValue;
                if (sawSkip && !tooLarge)
                {
                    return QueryResult.Bounded;
                }

                sawTake |= !tooLarge;
            }
            else if (QuerySources.Offsets.Contains(name))
            {
                if (sawTake)
                {
                    return QueryResult.Bounded;
                }

                sawSkip = true;
            }
            else if (QuerySources.EfRawSql.Contains(name))
            {
                return QueryResult.Unknown; // raw SQL: PII0202 reads its text
            }
            else if (QuerySources.Materialisers.Contains(name))
            {
                materialiser = invocation;
            }
            else if (name == "AsQueryable" && receiver is not null)
            {
                var source = Evaluate(receiver);
                return source.Kind == Boundedness.Bounded
                    ? source
                    : QueryResult.Unbounded(source.Location ?? materialiser, sawSkip, sawTake);
            }
            else if (name == "Set" && method.IsGenericMethod && model.IsDbSet(method.ReturnType))
            {
                return QueryResult.Unbounded(materialiser, sawSkip, sawTake);
            }
            else if (method.IsExtensionMethod && receiver is not null && model.IsSequence(receiver.Type))
            {
                // A query operator (Where, OrderBy, Include, Select, a project's own filter): the rows are the receiver's,
                // unless the project's own operator bounds them (query.Skip(...).Take(size) in its body).
                if (IsInSource(method) && model.MethodResult(method, depth) == Boundedness.Bounded)
                {
                    return QueryResult.Bounded;
                }
            }
            else if (!method.IsExtensionMethod && receiver is not null && model.IsSequence(receiver.Type) && model.IsSequence(method.ReturnType)
                && !IsInSource(method))
            {
                // An instance operator of a collection (List<T>.FindAll, GetRange): the rows are the receiver's.
            }
            else
            {
                return EvaluateMethod(invocation, materialiser, sawSkip, sawTake);
            }

            if (receiver is null || !model.IsSequence(receiver.Type))
            {
                return QueryResult.Unknown;
            }

            operation = receiver;
        }

        return QueryResult.Unknown;
    }

    private QueryResult EvaluateMethod(IInvocationOperation invocation, IInvocationOperation? materialiser, bool sawSkip, bool sawTake)
    {
        var method = invocation.TargetMethod;
        if (!model.IsSequence(method.ReturnType) || QuerySources.ResultWrappers.Contains(method.Name))
        {
            return QueryResult.Unknown;
        }

        var result = model.MethodResult(method, depth);
        if (result == Boundedness.Unknown)
        {
            // A mapping call (mapper.Map<List<Dto>>(rows), ToDtos(rows)): the rows are those of its sequence argument.
            foreach (var argument in invocation.Arguments)
            {
                var value = Unwrap(argument.Value); // Map<List<Dto>>(object source): the rows behind the conversion
                if (value.Type is { } type && model.IsSequence(type) && type.SpecialType != SpecialType.System_String)
                {
                    var rows = Evaluate(value);
                    if (rows.Kind == Boundedness.Unbounded)
                    {
                        return QueryResult.Unbounded(rows.Location ?? materialiser, sawSkip || rows.SawSkip, sawTake || rows.SawTake);
                    }
                }
            }
        }

        if (result == Boundedness.Unbounded && invocation.Arguments.Any(a => IsKeyPredicate(a.Value)))
        {
            // ListAsync(b => b.Id == id): the caller's filter selects one row of the repository's query.
            return QueryResult.Bounded;
        }

        return result switch
        {
            Boundedness.Unbounded => QueryResult.Unbounded(materialiser, sawSkip, sawTake),
            Boundedness.Bounded => QueryResult.Bounded,
            _ => QueryResult.Unknown,
        };
    }

    /// <summary>
    /// <c>Where(b =&gt; b.Id == id)</c>, <c>Where(b =&gt; b.Nir == nir &amp;&amp; b.Active)</c>: an equality on the row's key
    /// (<c>Id</c>, <c>&lt;Entity&gt;Id</c>) or its NIR selects one person.
    /// </summary>
    private bool IsKeyLookup(IInvocationOperation where) => where.Arguments.LastOrDefault()?.Value is { } lambda && IsKeyPredicate(lambda);

    /// <summary>A predicate lambda whose body is a key equality: <c>b =&gt; b.Id == id</c>.</summary>
    private bool IsKeyPredicate(IOperation lambda)
        => OperationTree.LambdaResult(lambda) is { } predicate && HasKeyEquality(Unwrap(predicate), 0);

    private bool HasKeyEquality(IOperation predicate, int level)
    {
        if (level > 8 || predicate is not IBinaryOperation binary)
        {
            return false;
        }

        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And:
                return HasKeyEquality(Unwrap(binary.LeftOperand), level + 1) || HasKeyEquality(Unwrap(binary.RightOperand), level + 1);
            case BinaryOperatorKind.Equals:
                return IsKeyMember(Unwrap(binary.LeftOperand)) && !IsParameterMember(Unwrap(binary.RightOperand))
                    || IsKeyMember(Unwrap(binary.RightOperand)) && !IsParameterMember(Unwrap(binary.LeftOperand));
            default:
                return false;
        }
    }

    private bool IsKeyMember(IOperation operation)
    {
        if (operation is not IPropertyReferenceOperation { Instance: IParameterReferenceOperation row } property || !IsLambdaParameter(row))
        {
            return false;
        }

        var name = property.Property.Name;
        return name == "Id"
            || string.Equals(name, row.Type?.Name + "Id", StringComparison.Ordinal)
            || (model.Classifier.Classify(property.Property).Categories & Classification.PiiCategory.Nir) != 0;
    }

    /// <summary>Another member of the same row (<c>b.Id == b.ParentId</c>) is no lookup.</summary>
    private static bool IsParameterMember(IOperation operation)
        => operation is IPropertyReferenceOperation { Instance: IParameterReferenceOperation row } && IsLambdaParameter(row);

    private static bool IsLambdaParameter(IParameterReferenceOperation reference)
        => reference.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction };

    private static bool IsInSource(IMethodSymbol method) => SymbolFacts.InSource(method);

    private QueryResult EvaluateValue(IOperation operation)
    {
        switch (operation)
        {
            case { Kind: OperationTree.CollectionExpression }:
            {
                // [.. query]: the collection expression materialises the rows it spreads (IDE0305 writes it for ToList()).
                var spread = QueryResult.Unknown;
                foreach (var source in OperationTree.SpreadOperands(operation))
                {
                    var rows = Evaluate(source);
                    spread = QueryResult.Either(spread, rows.Kind == Boundedness.Unbounded
                        ? QueryResult.Unbounded(rows.Location ?? operation, rows.SawSkip, rows.SawTake)
                        : rows);
                }

                return spread;
            }

            case ILocalReferenceOperation local:
                return EvaluateSymbol(local.Local);
            case IConditionalOperation { WhenFalse: not null } conditional:
                return QueryResult.Either(Evaluate(conditional.WhenTrue), Evaluate(conditional.WhenFalse));
            case ICoalesceOperation coalesce:
                return QueryResult.Either(Evaluate(coalesce.Value), Evaluate(coalesce.WhenNull));
            case ISwitchExpressionOperation @switch:
                var combined = QueryResult.Unknown;
                foreach (var arm in @switch.Arms)
                {
                    combined = QueryResult.Either(combined, Evaluate(arm.Value));
                }

                return combined;
            case IPropertyReferenceOperation or IFieldReferenceOperation when model.IsDbSet(operation.Type) || model.IsQueryable(operation.Type):
                // A DbSet, or a queryable member of a context or repository: a table.
                return QueryResult.Unbounded(null);
            case IObjectCreationOperation creation when model.IsSequence(creation.Type):
                // new List<Beneficiary>(query), new HashSet<T>(query)
                foreach (var argument in creation.Arguments)
                {
                    if (model.IsSequence(argument.Value.Type))
                    {
                        var rows = Evaluate(argument.Value);
                        return rows.Kind == Boundedness.Unbounded ? QueryResult.Unbounded(rows.Location ?? argument.Value, rows.SawSkip, rows.SawTake) : rows;
                    }
                }

                return QueryResult.Unknown;
            default:
                return QueryResult.Unknown;
        }
    }

    /// <summary>A local: bounded if any write bounds it (<c>query = query.Take(n)</c>), else unbounded if any write is.</summary>
    private QueryResult EvaluateSymbol(ISymbol symbol)
    {
        if (symbols.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        if (!visiting.Add(symbol))
        {
            return QueryResult.Unknown;
        }

        IndexWrites();
        var unbounded = QueryResult.Unknown;
        var bounded = false;
        if (writes!.TryGetValue(symbol, out var values))
        {
            foreach (var value in values)
            {
                var result = Evaluate(value);
                bounded |= result.Kind == Boundedness.Bounded;
                if (result.Kind == Boundedness.Unbounded && unbounded.Kind != Boundedness.Unbounded)
                {
                    unbounded = result;
                }
            }
        }

        if (adds!.TryGetValue(symbol, out var calls))
        {
            foreach (var call in calls)
            {
                var result = EvaluateAdd(call);
                bounded |= result.Kind == Boundedness.Bounded;
                if (result.Kind == Boundedness.Unbounded && unbounded.Kind != Boundedness.Unbounded)
                {
                    unbounded = result;
                }
            }
        }

        visiting.Remove(symbol);
        var final = bounded ? QueryResult.Bounded : unbounded;
        symbols[symbol] = final;
        return final;
    }

    /// <summary><c>result.AddRange(query)</c>, or <c>result.Add(x)</c> inside <c>foreach (var x in query)</c>.</summary>
    private QueryResult EvaluateAdd(IInvocationOperation call)
    {
        if (call.TargetMethod.Name is "AddRange" or "InsertRange" or "UnionWith")
        {
            var argument = call.Arguments.LastOrDefault()?.Value;
            var added = argument is null ? QueryResult.Unknown : Evaluate(argument);
            return added.Kind == Boundedness.Unbounded
                ? QueryResult.Unbounded(added.Location ?? Unwrap(argument!), added.SawSkip, added.SawTake)
                : added;
        }

        for (var parent = call.Parent; parent is not null && parent is not IAnonymousFunctionOperation; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation loop)
            {
                if (LoopBreaksEarly(loop))
                {
                    return QueryResult.Bounded;
                }

                var rows = Evaluate(loop.Collection);
                return rows.Kind == Boundedness.Unbounded
                    ? QueryResult.Unbounded(rows.Location ?? Unwrap(loop.Collection), rows.SawSkip, rows.SawTake)
                    : rows;
            }
        }

        return QueryResult.Unknown;
    }

    /// <summary>A loop that can stop early (<c>if (list.Count == max) break;</c>) fills a bounded collection.</summary>
    private static bool LoopBreaksEarly(IForEachLoopOperation loop)
        => loop.Body.DescendantsAndSelf().Any(o =>
            o is IBranchOperation { BranchKind: BranchKind.Break } branch && SameLoop(branch, loop)
            || o is IReturnOperation { Kind: OperationKind.Return } && BelongsToBody(o, loop));

    private static bool SameLoop(IBranchOperation branch, IForEachLoopOperation loop)
    {
        for (var parent = branch.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ILoopOperation or ISwitchOperation)
            {
                return ReferenceEquals(parent, loop);
            }
        }

        return false;
    }

    private void IndexWrites()
    {
        if (writes is not null)
        {
            return;
        }

        writes = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        adds = new Dictionary<ISymbol, List<IInvocationOperation>>(SymbolEqualityComparer.Default);
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    Add(writes, declarator.Symbol, initializer.Value);
                    break;
                case IVariableDeclaratorOperation { Parent: IVariableDeclarationOperation { Initializer: { } shared } } declarator:
                    Add(writes, declarator.Symbol, shared.Value);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(writes, target.Local, assignment.Value);
                    break;
                case IAssignmentOperation { Target: IParameterReferenceOperation target } assignment:
                    Add(writes, target.Parameter, assignment.Value);
                    break;
                case IInvocationOperation { Instance: ILocalReferenceOperation collection } call when CollectionAdds.Contains(call.TargetMethod.Name):
                    Add(adds, collection.Local, call);
                    break;
            }
        }
    }

    private static void Add<T>(Dictionary<ISymbol, List<T>> index, ISymbol symbol, T value)
    {
        if (!index.TryGetValue(symbol, out var list))
        {
            index[symbol] = list = new List<T>();
        }

        list.Add(value);
    }

    public bool IsBoundedCount(IOperation count) => IsBoundedCount(count, 0);

    /// <summary>
    /// A row count that bounds: a constant up to the maximum; any other value by default (<c>Take</c> is a bounding
    /// operator); with <c>caller_row_counts = unbounded</c>, only a count the server controls: <c>Math.Min</c>/
    /// <c>Math.Clamp</c> against such a bound, a field or setting, or a local or parameter that some write clamps
    /// (<c>if (size &gt; Max) size = Max;</c>).
    /// </summary>
    private bool IsBoundedCount(IOperation count, int level)
    {
        if (level > 4)
        {
            return false;
        }

        count = Unwrap(count);
        if (count.ConstantValue is { HasValue: true, Value: { } value })
        {
            try
            {
                return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) <= options.MaxRows;
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                return false;
            }
        }

        if (level == 0 && options.CallerRowCountsBound)
        {
            return true;
        }

        switch (count)
        {
            case IInvocationOperation { TargetMethod: { Name: "Min", ContainingType.Name: "Math" } } min:
                return min.Arguments.Any(a => IsBoundedCount(a.Value, level + 1) || IsServerSetting(a.Value));
            case IInvocationOperation { TargetMethod: { Name: "Clamp", ContainingType.Name: "Math" } } clamp when clamp.Arguments.Length == 3:
                return IsBoundedCount(clamp.Arguments[2].Value, level + 1) || IsServerSetting(clamp.Arguments[2].Value);
            case IConditionalOperation { WhenFalse: not null } conditional:
                return (IsBoundedCount(conditional.WhenTrue, level + 1) || IsServerSetting(conditional.WhenTrue))
                    && (IsBoundedCount(conditional.WhenFalse, level + 1) || IsServerSetting(conditional.WhenFalse)
                        || conditional.Condition is IBinaryOperation)
                    || (IsBoundedCount(conditional.WhenFalse, level + 1) || IsServerSetting(conditional.WhenFalse))
                        && conditional.Condition is IBinaryOperation;
            case ILocalReferenceOperation or IParameterReferenceOperation:
                var symbol = count is ILocalReferenceOperation l ? (ISymbol)l.Local : ((IParameterReferenceOperation)count).Parameter;
                IndexWrites();
                return HasBoundedRange(symbol)
                    || writes!.TryGetValue(symbol, out var values) && values.Any(v => IsBoundedCount(v, level + 1) || IsServerSetting(v))
                    || IsGuarded(symbol, level);
            case IPropertyReferenceOperation property when HasBoundedRange(property.Property):
                return true; // request.PageSize with [Range(1, 100)]
            default:
                return IsServerSetting(count);
        }
    }

    /// <summary><c>[Range(1, 100)] int pageSize</c>: model validation rejects larger values before the action runs.</summary>
    private bool HasBoundedRange(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "RangeAttribute" } && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[1].Value is { } max)
            {
                try
                {
                    return Convert.ToDouble(max, System.Globalization.CultureInfo.InvariantCulture) <= options.MaxRows;
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
                {
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <c>if (pageSize &gt; Max) throw ...;</c> or <c>return BadRequest();</c>: a guard that rejects a count above a bound.
    /// </summary>
    private bool IsGuarded(ISymbol symbol, int level)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation is not IConditionalOperation { WhenTrue: { } whenTrue } conditional || conditional.IsRef || conditional.Type is not null)
            {
                continue;
            }

            var rejects = whenTrue.DescendantsAndSelf().Any(o => o is IThrowOperation or IReturnOperation);
            if (rejects && Compares(conditional.Condition, symbol, level))
            {
                return true;
            }
        }

        return false;
    }

    private bool Compares(IOperation condition, ISymbol symbol, int level)
    {
        foreach (var operation in condition.DescendantsAndSelf())
        {
            if (operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual } binary)
            {
                continue;
            }

            var left = Unwrap(binary.LeftOperand);
            var right = Unwrap(binary.RightOperand);
            var greater = binary.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
            var (variable, bound) = greater ? (left, right) : (right, left);
            if (Refers(variable, symbol) && (IsBoundedConstantOrSetting(bound, level)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBoundedConstantOrSetting(IOperation bound, int level)
        => bound.ConstantValue.HasValue ? IsBoundedCount(bound, level + 1) : IsServerSetting(bound);

    private static bool Refers(IOperation operation, ISymbol symbol)
        => operation switch
        {
            ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
            IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
            _ => false,
        };

    /// <summary>A field, or a property read from a field, <c>this</c> or a static: configuration, not the caller's input.</summary>
    private static bool IsServerSetting(IOperation operation)
    {
        operation = Unwrap(operation);
        for (var steps = 0; steps < 6; steps++)
        {
            switch (operation)
            {
                case IFieldReferenceOperation:
                    return true;
                case IPropertyReferenceOperation { Instance: null }:
                    return true;
                case IPropertyReferenceOperation { Instance: { } instance }:
                    operation = Unwrap(instance);
                    continue;
                case IInstanceReferenceOperation:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    public static IOperation Unwrap(IOperation operation)
    {
        for (var steps = 0; steps < 32; steps++)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                case IAwaitOperation await:
                    operation = await.Operation;
                    continue;
                case IArgumentOperation argument:
                    operation = argument.Value;
                    continue;
                case ITranslatedQueryOperation query:
                    operation = query.Operation; // from b in db.Beneficiaries where ... select b
                    continue;
                case IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } awaited }:
                    operation = awaited;
                    continue;
                default:
                    return operation;
            }
        }

        return operation;
    }
}
