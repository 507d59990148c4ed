using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Sinks.Sql;

/// <summary>One item of a select list: <c>b.Nir</c>, <c>num_secu AS Nir</c>, <c>*</c>, <c>b.*</c>, <c>UPPER(nom)</c>.</summary>
internal readonly struct SqlColumn
{
    public SqlColumn(string? name, string? alias, bool isStar, string? qualifier, bool isAggregate = false)
    {
        IsAggregate = isAggregate;
        Name = name;
        Alias = alias;
        IsStar = isStar;
        Qualifier = qualifier;
    }

    /// <summary>The source column (last part of a dotted name), or null for an expression.</summary>
    public string? Name { get; }

    public string? Alias { get; }

    public bool IsStar { get; }

    /// <summary><c>COUNT(*)</c>, <c>SUM(x)</c>: a value computed over rows.</summary>
    public bool IsAggregate { get; }

    /// <summary>The table or alias before the column (<c>b</c> in <c>b.*</c>).</summary>
    public string? Qualifier { get; }
}

/// <summary>
/// The shape of the outermost SELECT of a SQL text: its columns, its tables and whether it limits its rows. Built from
/// <see cref="SqlTokenizer"/> tokens, in one pass over them.
/// </summary>
internal sealed class SqlSelect
{
    private static readonly ImmutableHashSet<string> Aggregates = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "count", "count_big", "sum", "avg", "min", "max", "exists", "stddev", "variance");

    private static readonly ImmutableHashSet<string> ClauseEnds = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "where", "group", "order", "having", "limit", "offset", "fetch", "union", "except",
        "intersect", "window", "for", "option", "into", "returning", "on", "using", "cross", "inner", "left", "right", "full",
        "join", "outer", "natural", "lateral", "qualify");

    private SqlSelect(ImmutableArray<SqlColumn> columns, ImmutableArray<(string Table, string? Alias)> tables, bool limited, ImmutableArray<string> equalities)
    {
        Columns = columns;
        Tables = tables;
        IsLimited = limited;
        WhereEqualities = equalities;
    }

    public ImmutableArray<SqlColumn> Columns { get; }

    /// <summary><c>SELECT DISTINCT</c>: the distinct values of the columns, not one row per person.</summary>
    public bool IsDistinct { get; private set; }

    /// <summary>The select list aggregates: its rows are groups or totals, not people.</summary>
    public bool IsAggregate => Columns.Any(c => c.IsAggregate);

    public ImmutableArray<(string Table, string? Alias)> Tables { get; }

    /// <summary>TOP, LIMIT, FETCH FIRST/NEXT, OFFSET ... FETCH or ROWNUM on the outer query.</summary>
    public bool IsLimited { get; }

    /// <summary>
    /// The columns the WHERE clause requires equal to one value (<c>Id = @id</c>, <c>b.Nir = @nir</c>), when it has no
    /// top-level OR: a lookup by such a key reads one row.
    /// </summary>
    public ImmutableArray<string> WhereEqualities { get; }

    /// <summary>The outer SELECT of the text, or null when the text is not a query (INSERT, EXEC, DDL, empty).</summary>
    public static SqlSelect? Parse(string? sql) => Parse(sql, nesting: 0);

    private static SqlSelect? Parse(string? sql, int nesting)
    {
        var tokens = SqlTokenizer.Tokenize(sql);
        var select = -1;
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            depth += kind == SqlTokenKind.OpenParen ? 1 : kind == SqlTokenKind.CloseParen ? -1 : 0;
            if (depth == 0 && tokens[i].IsWord("select"))
            {
                select = i;
                break;
            }

            if (depth == 0 && (tokens[i].IsWord("insert") || tokens[i].IsWord("update") || tokens[i].IsWord("delete")
                || tokens[i].IsWord("exec") || tokens[i].IsWord("execute") || tokens[i].IsWord("merge")))
            {
                return null;
            }
        }

        if (select < 0)
        {
            return null;
        }

        var limited = false;
        var distinct = false;
        var i2 = select + 1;
        while (i2 < tokens.Count && (tokens[i2].IsWord("distinct") || tokens[i2].IsWord("all")))
        {
            distinct |= tokens[i2].IsWord("distinct");
            i2++;
        }

        if (i2 < tokens.Count && tokens[i2].IsWord("top"))
        {
            limited = true;
            i2++;
            if (i2 < tokens.Count && tokens[i2].Kind == SqlTokenKind.OpenParen)
            {
                i2 = SkipParens(tokens, i2);
            }
            else if (i2 < tokens.Count)
            {
                i2++;
            }

            while (i2 < tokens.Count && (tokens[i2].IsWord("percent") || tokens[i2].IsWord("with") || tokens[i2].IsWord("ties")))
            {
                i2++;
            }
        }

        // Select list: up to FROM at depth 0.
        var columns = ImmutableArray.CreateBuilder<SqlColumn>();
        var itemStart = i2;
        var from = -1;
        depth = 0;
        for (var i = i2; i <= tokens.Count; i++)
        {
            if (i == tokens.Count)
            {
                columns.Add(Column(tokens, itemStart, i));
                break;
            }

            var token = tokens[i];
            if (token.Kind == SqlTokenKind.OpenParen)
            {
                depth++;
            }
            else if (token.Kind == SqlTokenKind.CloseParen)
            {
                depth--;
            }
            else if (depth == 0 && token.Kind == SqlTokenKind.Comma)
            {
                columns.Add(Column(tokens, itemStart, i));
                itemStart = i + 1;
            }
            else if (depth == 0 && (token.IsWord("from") || token.Kind == SqlTokenKind.Semicolon || token.IsWord("into")))
            {
                columns.Add(Column(tokens, itemStart, i));
                from = token.IsWord("from") ? i : -1;
                break;
            }
        }

        // Tables, and the row limits of the outer query (depth 0 after FROM).
        var tables = ImmutableArray.CreateBuilder<(string, string?)>();
        var equalities = ImmutableArray.CreateBuilder<string>();
        var whereHasOr = false;
        if (from >= 0)
        {
            depth = 0;
            var expectTable = true;
            var inFrom = true;
            var inWhere = false;
            for (var i = from + 1; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Kind == SqlTokenKind.OpenParen)
                {
                    if (expectTable && depth == 0)
                    {
                        // A derived table: a limit inside it limits what the outer query reads.
                        var inner = nesting < 4 ? Parse(Slice(sql!, tokens, i + 1, SkipParens(tokens, i) - 1), nesting + 1) : null;
                        limited |= inner?.IsLimited == true;
                        i = SkipParens(tokens, i) - 1;
                        expectTable = false;
                        continue;
                    }

                    depth++;
                    continue;
                }

                if (token.Kind == SqlTokenKind.CloseParen)
                {
                    depth--;
                    if (depth < 0)
                    {
                        break;
                    }

                    continue;
                }

                if (depth != 0)
                {
                    continue;
                }

                if (token.Kind == SqlTokenKind.Semicolon || token.IsWord("union") || token.IsWord("except") || token.IsWord("intersect"))
                {
                    break;
                }

                if (token.IsWord("limit") || token.IsWord("rownum") || token.IsWord("top"))
                {
                    limited = true;
                }
                else if (token.IsWord("fetch") && i + 1 < tokens.Count && (tokens[i + 1].IsWord("first") || tokens[i + 1].IsWord("next")))
                {
                    limited = true;
                }
                else if (token.IsWord("join") || (token.Kind == SqlTokenKind.Comma && inFrom))
                {
                    inFrom = true;
                    expectTable = true;
                }
                else if (token.IsWord("where"))
                {
                    inWhere = true;
                    inFrom = false;
                    expectTable = false;
                }
                else if (token.IsWord("on") || token.IsWord("using"))
                {
                    expectTable = false;
                }
                else if (ClauseEnds.Contains(token.Text) && token.Kind == SqlTokenKind.Word)
                {
                    expectTable = false;
                    if (token.IsWord("group") || token.IsWord("order") || token.IsWord("having") || token.IsWord("window"))
                    {
                        inFrom = false;
                        inWhere = false;
                    }
                }
                else if (expectTable && token.IsName)
                {
                    var end = i;
                    while (end + 2 < tokens.Count && tokens[end + 1].Kind == SqlTokenKind.Dot && tokens[end + 2].IsName)
                    {
                        end += 2;
                    }

                    var nameIndex = end;
                    string? alias = null;
                    var next = end + 1;
                    if (next < tokens.Count && tokens[next].IsWord("as"))
                    {
                        next++;
                    }

                    if (next < tokens.Count && tokens[next].IsName && !ClauseEnds.Contains(tokens[next].Text))
                    {
                        alias = tokens[next].Text;
                        end = next;
                    }

                    tables.Add((tokens[nameIndex].Text, alias));
                    i = end;
                    expectTable = false;
                }
                else if (inWhere && token.IsWord("or"))
                {
                    whereHasOr = true;
                }
                else if (inWhere && IsEquality(tokens, i))
                {
                    equalities.Add(token.Text);
                }
            }
        }

        return new SqlSelect(
            columns.ToImmutable(), tables.ToImmutable(), limited, whereHasOr ? ImmutableArray<string>.Empty : equalities.ToImmutable())
        {
            IsDistinct = distinct,
        };
    }

    /// <summary><c>Id = @id</c>, <c>b.Nir = 'x'</c>: an equality between a column and one value.</summary>
    private static bool IsEquality(List<SqlToken> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsName)
        {
            return false;
        }

        if (i + 2 >= tokens.Count || tokens[i + 1].Text != "=" || tokens[i + 1].Kind != SqlTokenKind.Operator)
        {
            return false;
        }

        var value = tokens[i + 2];
        var single = value.Kind is SqlTokenKind.Parameter or SqlTokenKind.Number or SqlTokenKind.String;
        var followedByOr = i + 3 < tokens.Count && tokens[i + 3].IsWord("or");
        return single && !followedByOr;
    }

    private static int SkipParens(List<SqlToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == SqlTokenKind.OpenParen)
            {
                depth++;
            }
            else if (tokens[i].Kind == SqlTokenKind.CloseParen && --depth == 0)
            {
                return i + 1;
            }
        }

        return tokens.Count;
    }

    private static string Slice(string sql, List<SqlToken> tokens, int first, int endExclusive)
    {
        if (first >= endExclusive || first >= tokens.Count)
        {
            return string.Empty;
        }

        var last = tokens[Math.Min(endExclusive, tokens.Count) - 1];
        var start = tokens[first].Start;
        return sql.Substring(start, last.Start + last.Length - start);
    }

    private static SqlColumn Column(List<SqlToken> tokens, int start, int end)
    {
        if (start >= end)
        {
            return default;
        }

        // alias.* or *
        if (tokens[end - 1].Kind == SqlTokenKind.Star && (end - start == 1 || tokens[end - 2].Kind == SqlTokenKind.Dot))
        {
            return new SqlColumn(null, null, isStar: true, qualifier: end - start >= 3 ? tokens[end - 3].Text : null);
        }

        string? alias = null;
        var exprEnd = end;
        if (end - start >= 3 && tokens[end - 2].IsWord("as") && tokens[end - 1].IsName)
        {
            alias = tokens[end - 1].Text;
            exprEnd = end - 2;
        }
        else if (end - start >= 2 && tokens[end - 1].IsName && tokens[end - 2].IsName)
        {
            alias = tokens[end - 1].Text; // "nom_assure nom"
            exprEnd = end - 1;
        }

        // A plain (dotted) column name.
        var plain = true;
        for (var i = start; i < exprEnd; i++)
        {
            var expected = (i - start) % 2 == 0;
            if (expected ? !tokens[i].IsName : tokens[i].Kind != SqlTokenKind.Dot)
            {
                plain = false;
                break;
            }
        }

        if (plain && exprEnd > start)
        {
            return new SqlColumn(tokens[exprEnd - 1].Text, alias, isStar: false, qualifier: exprEnd - start >= 3 ? tokens[exprEnd - 3].Text : null);
        }

        // An expression: an aggregate is not personal data; other functions (UPPER(nir), COALESCE(dob, ...)) pass
        // their first column through.
        if (tokens[start].IsName && start + 1 < exprEnd && tokens[start + 1].Kind == SqlTokenKind.OpenParen && Aggregates.Contains(tokens[start].Text))
        {
            return new SqlColumn(null, null, isStar: false, qualifier: null, isAggregate: true);
        }

        for (var i = start; i < exprEnd; i++)
        {
            if (tokens[i].IsName && (i + 1 >= exprEnd || tokens[i + 1].Kind != SqlTokenKind.OpenParen)
                && (i + 1 >= exprEnd || tokens[i + 1].Kind != SqlTokenKind.Dot) && !IsKeyword(tokens[i].Text))
            {
                return new SqlColumn(tokens[i].Text, alias, isStar: false, qualifier: null);
            }
        }

        return new SqlColumn(null, alias, isStar: false, qualifier: null);
    }

    private static bool IsKeyword(string word)
        => word.Equals("case", StringComparison.OrdinalIgnoreCase) || word.Equals("when", StringComparison.OrdinalIgnoreCase)
            || word.Equals("then", StringComparison.OrdinalIgnoreCase) || word.Equals("else", StringComparison.OrdinalIgnoreCase)
            || word.Equals("end", StringComparison.OrdinalIgnoreCase) || word.Equals("null", StringComparison.OrdinalIgnoreCase)
            || word.Equals("as", StringComparison.OrdinalIgnoreCase) || word.Equals("distinct", StringComparison.OrdinalIgnoreCase);
    }
