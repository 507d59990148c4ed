using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The data tables of the bulk family (PII0201–PII0203): which LINQ and data-access calls materialise a query, which
/// bound it, and which raw-SQL entry points read rows. Names, not symbols: the same operator exists in
/// <c>Queryable</c>, <c>Enumerable</c>, EF Core and System.Linq.Async, and user paging helpers have any owner.
/// </summary>
internal static class QuerySources
{
    /// <summary>Calls that run a query and hold all its rows (or stream all of them to the caller).</summary>
    public static readonly ImmutableHashSet<string> Materialisers = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "ToDictionary", "ToDictionaryAsync", "ToHashSet",
        "ToHashSetAsync", "ToLookup", "ToLookupAsync", "AsAsyncEnumerable", "ToImmutableList", "ToImmutableArray",
        "ToImmutableHashSet", "ToImmutableDictionary", "ToFrozenSet", "ToFrozenDictionary", "ToObservableCollection");

    /// <summary>Operators that return one row, or a value computed over the rows: never a bulk of personal data.</summary>
    public static readonly ImmutableHashSet<string> SingleRowOrAggregate = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "First", "FirstOrDefault", "FirstAsync", "FirstOrDefaultAsync",
        "Single", "SingleOrDefault", "SingleAsync", "SingleOrDefaultAsync",
        "Last", "LastOrDefault", "LastAsync", "LastOrDefaultAsync",
        "ElementAt", "ElementAtOrDefault", "ElementAtAsync", "ElementAtOrDefaultAsync",
        "Find", "FindAsync",
        "Count", "CountAsync", "LongCount", "LongCountAsync", "Any", "AnyAsync", "All", "AllAsync",
        "Sum", "SumAsync", "Average", "AverageAsync", "Min", "MinAsync", "Max", "MaxAsync", "MinBy", "MaxBy",
        "Contains", "ContainsAsync", "Aggregate", "ExecuteDelete", "ExecuteDeleteAsync", "ExecuteUpdate",
        "ExecuteUpdateAsync");

    /// <summary>Operators whose row count is their argument: bounded when it is at most the configured maximum.</summary>
    public static readonly ImmutableHashSet<string> RowLimits = ImmutableHashSet.Create(StringComparer.Ordinal, "Take", "TakeLast");

    public static readonly ImmutableHashSet<string> Offsets = ImmutableHashSet.Create(StringComparer.Ordinal, "Skip", "SkipLast");

    /// <summary>Paging helpers of common libraries (X.PagedList, Gridify, Sieve, home-made extensions).</summary>
    public static readonly ImmutableArray<string> DefaultPagingMethods = ImmutableArray.Create(
        "ToPagedList", "ToPagedListAsync", "Paginate", "PaginateAsync", "PageAsync", "ToPageAsync", "ToPagedResult",
        "ToPagedResultAsync", "ToPaginatedList", "ToPaginatedListAsync", "GetPage", "GetPageAsync", "ApplyPaging",
        "WithPaging", "TakePage", "Page", "Paged");

    /// <summary>Words that make any method name a paging helper (<c>ToPagedResponseAsync</c>, <c>ApplyPagination</c>).</summary>
    public static readonly ImmutableHashSet<string> PagingWords = ImmutableHashSet.Create(
        StringComparer.Ordinal, "page", "paged", "paging", "paginate", "paginated", "pagination", "keyset", "seek");

    /// <summary>Dapper's multi-row reads; <c>QuerySingle*</c> and <c>QueryFirst*</c> read one row.</summary>
    public static readonly ImmutableHashSet<string> DapperMultiRow = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Query", "QueryAsync", "QueryUnbufferedAsync", "QueryMultiple", "QueryMultipleAsync",
        "ExecuteReader", "ExecuteReaderAsync");

    public const string DapperSqlMapper = "Dapper.SqlMapper";

    /// <summary>EF Core raw SQL entry points, on <c>DbSet&lt;T&gt;</c> (relational extensions) or <c>DatabaseFacade</c>.</summary>
    public static readonly ImmutableHashSet<string> EfRawSql = ImmutableHashSet.Create(
        StringComparer.Ordinal, "FromSqlRaw", "FromSqlInterpolated", "FromSql", "SqlQuery", "SqlQueryRaw");

    public const string DbSet = "Microsoft.EntityFrameworkCore.DbSet`1";

    public const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";

    public const string DbCommand = "System.Data.Common.DbCommand";

    public const string IDbCommand = "System.Data.IDbCommand";

    /// <summary>The SQL text argument of a raw SQL call (Dapper, EF Core <c>FromSql*</c>, ADO.NET), by parameter name.</summary>
    public static IOperation? SqlArgument(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name is "sql" or "commandText" or "selectCommandText")
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The OData attribute whose <c>PageSize</c> bounds what an action returns, in both OData packages.</summary>
    public static readonly ImmutableArray<string> EnableQueryAttributes = ImmutableArray.Create(
        "Microsoft.AspNetCore.OData.Query.EnableQueryAttribute", "Microsoft.AspNet.OData.EnableQueryAttribute");

    /// <summary>Results that wrap what an action returns (<c>Ok(list)</c>, <c>Results.Ok(list)</c>, <c>Json(list)</c>).</summary>
    public static readonly ImmutableHashSet<string> ResultWrappers = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Ok", "Json", "Created", "CreatedAtAction", "CreatedAtRoute", "Accepted", "AcceptedAtAction",
        "AcceptedAtRoute", "FromResult", "Success", "View", "PartialView");

    /// <summary>Dapper's single-row reads (<c>QueryFirst*</c>, <c>QuerySingle*</c>).</summary>
    public static bool IsDapperSingleRow(string name)
        => name.StartsWith("QueryFirst", StringComparison.Ordinal) || name.StartsWith("QuerySingle", StringComparison.Ordinal);

    /// <summary>
    /// A call that bounds the rows by its name alone, for the syntax-level tests that run before anything is bound: a
    /// row limit (<c>Take</c>, <c>TakeLast</c>, whose count is checked where it is read), one row or an aggregate, a
    /// Dapper single-row read, a paging helper. PII0201 and PII0203 share it.
    /// </summary>
    public static bool IsBoundingName(string name)
        => RowLimits.Contains(name) || SingleRowOrAggregate.Contains(name) || IsDapperSingleRow(name)
            || IsPagingName(name, BulkOptions.Default);

    public static bool IsPagingName(string name, BulkOptions options)
    {
        if (DefaultPagingMethods.Contains(name) || options.PagingMethods.Contains(name))
        {
            return true;
        }

        foreach (var word in IdentifierWords.Split(name))
        {
            if (PagingWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The bulk options of one configuration: the row maximum and the extra paging helpers.</summary>
internal sealed class BulkOptions
{
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, BulkOptions> ByOptions = new();

    public static readonly BulkOptions Default = new(100, ImmutableHashSet<string>.Empty, callerRowCountsBound: true);

    private BulkOptions(int maxRows, ImmutableHashSet<string> pagingMethods, bool callerRowCountsBound)
    {
        MaxRows = maxRows;
        PagingMethods = pagingMethods;
        CallerRowCountsBound = callerRowCountsBound;
    }

    public int MaxRows { get; }

    /// <summary><c>pii_analyzers.caller_row_counts</c>: whether <c>Take(count)</c> with a caller's value bounds a query.</summary>
    public bool CallerRowCountsBound { get; }

    public ImmutableHashSet<string> PagingMethods { get; }

    public static BulkOptions From(AnalyzerConfigOptions options) => ByOptions.GetValue(options, static o => Parse(o));

    private static BulkOptions Parse(AnalyzerConfigOptions options)
    {
        var max = options.TryGetValue(PiiOptions.MaxRows.Key, out var text)
            && int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            && parsed > 0
                ? parsed
                : int.Parse(PiiOptions.MaxRows.DefaultValue, System.Globalization.CultureInfo.InvariantCulture);
        var paging = options.TryGetValue(PiiOptions.PagingMethods.Key, out var list)
            ? list.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()).Where(n => n.Length > 0)
                .ToImmutableHashSet(StringComparer.Ordinal)
            : ImmutableHashSet<string>.Empty;
        var callerBound = !(options.TryGetValue(PiiOptions.CallerRowCounts.Key, out var counts)
            && string.Equals(counts.Trim(), "unbounded", StringComparison.OrdinalIgnoreCase));
        return max == Default.MaxRows && paging.IsEmpty && callerBound ? Default : new BulkOptions(max, paging, callerBound);
    }
}
