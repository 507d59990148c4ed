using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;
using PiiAnalyzers.Sinks;
using PiiAnalyzers.Sinks.Sql;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// Row limits for endpoints (PII0203): a bounding operator in the handler or in the in-source calls it makes (one or
/// two levels), a paging parameter, or OData's [EnableQuery(PageSize = ...)].
/// </summary>
internal static class Bounds
{
    private const int MaxCalleeDepth = 2;

    /// <summary>Words of parameter (or parameter-type member) names that take a page or a row count from the caller.</summary>
    private static readonly ImmutableHashSet<string> PagingParameterWords = ImmutableHashSet.Create(
        StringComparer.Ordinal, "page", "pagesize", "limit", "top", "take", "skip", "offset", "cursor", "continuation", "pagination", "paging");

    private static readonly ConditionalWeakTableCache Cache = new();

    public static bool HasPagingParameter(Endpoint endpoint)
    {
        foreach (var parameter in endpoint.Parameters)
        {
            if (parameter.Source is BindingSource.Services or BindingSource.Special)
            {
                continue;
            }

            if (IsPagingName(parameter.Symbol.Name))
            {
                return true;
            }

            var type = TypeShapes.UnwrapNullable(parameter.Symbol.Type);
            if (type.TypeKind is TypeKind.Class or TypeKind.Struct && !TypeShapes.IsFrameworkType(type)
                && (IsPagingName(type.Name) || AllMembers(type).Any(m => m is IPropertySymbol or IFieldSymbol && IsPagingName(m.Name))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// OData's <c>[EnableQuery(PageSize = n)]</c> or <c>MaxTop</c>, on the handler or a method it overrides, or a
    /// subclass of the attribute that sets its own page size (the same test as PII0201's).
    /// </summary>
    public static bool HasQueryLimitAttribute(Endpoint endpoint)
        => EndpointModel.MethodAttributes(endpoint.Handler).Any(a => EndpointModel.AttributeIs(a, "EnableQueryAttribute")
                && a.NamedArguments.Any(n => n.Key is "PageSize" or "MaxTop"))
            || QueryModel.HasODataPageSize(endpoint.Handler)
            || (endpoint.Handler.OverriddenMethod is { } overridden && QueryModel.HasODataPageSize(overridden));

    /// <summary>
    /// A bounding operator applies to the rows served: in the operations that produce them (not in unrelated lookups
    /// or inside predicates), or in the in-source methods those operations call.
    /// </summary>
    public static bool IsBounded(EndpointModel model, IOperation? body, ImmutableArray<IOperation> producers, int maxRows)
    {
        if (body is null)
        {
            return false;
        }

        var roots = producers.IsEmpty ? ImmutableArray.Create(body) : producers;
        return roots.Any(root => Bounded(model, root, maxRows, 0));
    }

    private static bool Bounded(EndpointModel model, IOperation body, int maxRows, int depth)
    {
        foreach (var invocation in ServedData.OwnOperations(body).OfType<IInvocationOperation>())
        {
            var method = invocation.TargetMethod;
            if (QuerySources.RowLimits.Contains(method.Name))
            {
                var count = invocation.Arguments.LastOrDefault()?.Value;
                if (count?.ConstantValue is { HasValue: true, Value: int n } && n > maxRows)
                {
                    continue;
                }

                return true;
            }

            // Raw SQL that limits its own rows (SELECT TOP 100 ..., LIMIT, OFFSET ... FETCH), as PII0202 reads it.
            if (IsRawSql(method.Name) && LimitsItsRows(invocation))
            {
                return true;
            }

            // The same operator tables as PII0201: one row, an aggregate, a Dapper single-row read, or a paging helper
            // (a row limit was read above).
            if (QuerySources.IsBoundingName(method.Name))
            {
                return true;
            }

            if (depth < MaxCalleeDepth && !method.ReturnsVoid)
            {
                foreach (var target in model.Scoping.Targets(invocation))
                {
                    var key = (target, maxRows, depth + 1);
                    if (Cache.GetOrAdd(model, key, () => CalleeBounded(model, target, maxRows, depth + 1)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool CalleeBounded(EndpointModel model, IMethodSymbol callee, int maxRows, int depth)
    {
        // A bounding call in the callee's own syntax answers without binding it; otherwise only a body that calls
        // in-source code that might bound is bound and read.
        if (BoundingCalls.CallsBoundingOperator(callee, maxRows))
        {
            return true;
        }

        if (!model.Text.MayBound(callee, name => QuerySources.IsBoundingName(name) || IsRawSql(name), followCalls: depth < MaxCalleeDepth))
        {
            return false;
        }

        var body = model.GetBody(callee);
        return body is not null && Bounded(model, body, maxRows, depth);
    }

    private static bool IsRawSql(string name) => QuerySources.DapperMultiRow.Contains(name) || QuerySources.EfRawSql.Contains(name);

    private static bool LimitsItsRows(IInvocationOperation invocation)
    {
        var sql = QuerySources.SqlArgument(invocation.Arguments);
        if (sql is null)
        {
            return false;
        }

        return SqlSelect.Parse(new SqlText(OperationTree.Root(invocation)).Resolve(sql)) is { IsLimited: true };
    }

    private static bool IsPagingName(string name)
    {
        var words = IdentifierWords.Split(name);
        foreach (var word in words)
        {
            if (PagingParameterWords.Contains(word) || word is "paged" or "paginate" or "paginated" or "pages")
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<ISymbol> AllMembers(ITypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                yield return member;
            }
        }
    }

    /// <summary>Callee answers, per compilation's model.</summary>
    private sealed class ConditionalWeakTableCache
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<EndpointModel, ConcurrentDictionary<(IMethodSymbol, int, int), bool>> table = new();

        public bool GetOrAdd(EndpointModel model, (IMethodSymbol Method, int Max, int Depth) key, Func<bool> compute)
        {
            var cache = table.GetValue(model, _ => new ConcurrentDictionary<(IMethodSymbol, int, int), bool>(new KeyComparer()));
            if (cache.TryGetValue(key, out var known))
            {
                return known;
            }

            var value = compute();
            cache.TryAdd(key, value);
            return value;
        }

        private sealed class KeyComparer : IEqualityComparer<(IMethodSymbol, int, int)>
        {
            public bool Equals((IMethodSymbol, int, int) x, (IMethodSymbol, int, int) y)
                => x.Item2 == y.Item2 && x.Item3 == y.Item3 && SymbolEqualityComparer.Default.Equals(x.Item1, y.Item1);

            public int GetHashCode((IMethodSymbol, int, int) obj)
                => (((SymbolEqualityComparer.Default.GetHashCode(obj.Item1) * 31) + obj.Item2) * 31) + obj.Item3;
        }
    }
}
