using System.Collections.Generic;

namespace PiiAnalyzers.Sinks.Sql;

internal enum SqlTokenKind
{
    /// <summary>A bare word: keyword or identifier (<c>SELECT</c>, <c>Beneficiaries</c>, <c>#temp</c>).</summary>
    Word,

    /// <summary>A delimited identifier: <c>[x]</c>, <c>"x"</c> or <c>`x`</c>; its text is unquoted.</summary>
    QuotedIdentifier,

    /// <summary><c>'...'</c> (and <c>N'...'</c>, <c>E'...'</c>) with doubled quotes; its text is the content.</summary>
    String,

    Number,

    /// <summary><c>@p</c>, <c>:p</c>, <c>?</c>, <c>$1</c>, or a hole of an interpolated string.</summary>
    Parameter,

    Star,
    Comma,
    Dot,
    OpenParen,
    CloseParen,
    Semicolon,

    /// <summary>Any other character or operator (<c>=</c>, <c>&lt;=</c>, <c>::</c>).</summary>
    Operator,
}

internal readonly struct SqlToken
{
    public SqlToken(SqlTokenKind kind, int start, int length, string text)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
    }

    public SqlTokenKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The word, the unquoted identifier, the string content, or the operator.</summary>
    public string Text { get; }

    public bool IsWord(string keyword)
        => Kind == SqlTokenKind.Word && string.Equals(Text, keyword, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>A name: a bare word or a delimited identifier.</summary>
    public bool IsName => Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier;

    public override string ToString() => $"{Kind} {Text}";
}

/// <summary>
/// A tokenizer for the SQL dialects reached through Dapper, EF Core and ADO.NET (T-SQL, PostgreSQL, MySQL, SQLite,
/// Oracle). Comments are dropped, strings and delimited identifiers are single tokens, so that <c>-- TOP 10</c>,
/// <c>'LIMIT'</c> or <c>TopCustomers</c> never read as row limits. One pass, linear in the length of the text; never
/// throws: unterminated strings, identifiers and comments run to the end of the text, and any other character is an
/// operator token.
/// </summary>
internal static class SqlTokenizer
{
    /// <summary>Holes of interpolated or concatenated SQL are replaced by this character before tokenizing.</summary>
    public const char Hole = '\u0001';

    public static List<SqlToken> Tokenize(string? sql)
    {
        var tokens = new List<SqlToken>();
        if (sql is null)
        {
            return tokens;
        }

        var text = sql;
        var length = text.Length;
        var i = 0;
        while (i < length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '-' && Next(text, i) == '-')
            {
                i = SkipLine(text, i + 2);
                continue;
            }

            if (c == '#' && (i + 1 >= length || !IsWordPart(text[i + 1])))
            {
                i = SkipLine(text, i + 1); // MySQL line comment
                continue;
            }

            if (c == '/' && Next(text, i) == '*')
            {
                i = SkipBlockComment(text, i + 2);
                continue;
            }

            if (c == '\'')
            {
                i = ReadDelimited(text, i + 1, '\'', out var content);
                tokens.Add(new SqlToken(SqlTokenKind.String, start, i - start, content));
                continue;
            }

            if ((c is 'N' or 'n' or 'E' or 'e' or 'X' or 'x' or 'B' or 'b') && Next(text, i) == '\'')
            {
                i = ReadDelimited(text, i + 2, '\'', out var content);
                tokens.Add(new SqlToken(SqlTokenKind.String, start, i - start, content));
                continue;
            }

            if (c is '"' or '`' or '[')
            {
                i = ReadDelimited(text, i + 1, c == '[' ? ']' : c, out var name);
                tokens.Add(new SqlToken(SqlTokenKind.QuotedIdentifier, start, i - start, name));
                continue;
            }

            if (char.IsDigit(c) || (c == '.' && char.IsDigit(Next(text, i))))
            {
                i = ReadNumber(text, i);
                tokens.Add(new SqlToken(SqlTokenKind.Number, start, i - start, text.Substring(start, i - start)));
                continue;
            }

            if (c == '@' || (c == ':' && IsWordStart(Next(text, i)) && !(i > 0 && text[i - 1] == ':')) || (c == '$' && char.IsDigit(Next(text, i))))
            {
                i++;
                while (i < length && (IsWordPart(text[i]) || text[i] == '@'))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Parameter, start, i - start, text.Substring(start, i - start)));
                continue;
            }

            if (c == '?' || c == Hole)
            {
                i++;
                tokens.Add(new SqlToken(SqlTokenKind.Parameter, start, 1, c.ToString()));
                continue;
            }

            if (IsWordStart(c))
            {
                i++;
                while (i < length && IsWordPart(text[i]))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Word, start, i - start, text.Substring(start, i - start)));
                continue;
            }

            var kind = c switch
            {
                '*' => SqlTokenKind.Star,
                ',' => SqlTokenKind.Comma,
                '.' => SqlTokenKind.Dot,
                '(' => SqlTokenKind.OpenParen,
                ')' => SqlTokenKind.CloseParen,
                ';' => SqlTokenKind.Semicolon,
                _ => SqlTokenKind.Operator,
            };
            i++;
            if (kind == SqlTokenKind.Operator)
            {
                // Two-character comparison and cast operators stay together: <=, >=, <>, !=, ::
                if (i < length && IsOperatorPair(c, text[i]))
                {
                    i++;
                }
            }

            tokens.Add(new SqlToken(kind, start, i - start, text.Substring(start, i - start)));
        }

        return tokens;
    }

    private static char Next(string text, int i) => i + 1 < text.Length ? text[i + 1] : '\0';

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_' || c == '#';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '#';

    private static bool IsOperatorPair(char first, char second)
        => (first, second) is ('<', '=') or ('>', '=') or ('<', '>') or ('!', '=') or (':', ':') or ('|', '|');

    private static int SkipLine(string text, int i)
    {
        while (i < text.Length && text[i] != '\n' && text[i] != '\r')
        {
            i++;
        }

        return i;
    }

    /// <summary>Block comments nest (T-SQL, PostgreSQL); an unterminated one runs to the end.</summary>
    private static int SkipBlockComment(string text, int i)
    {
        var depth = 1;
        while (i < text.Length)
        {
            if (text[i] == '*' && Next(text, i) == '/')
            {
                i += 2;
                if (--depth == 0)
                {
                    return i;
                }

                continue;
            }

            if (text[i] == '/' && Next(text, i) == '*')
            {
                i += 2;
                depth++;
                continue;
            }

            i++;
        }

        return i;
    }

    /// <summary>Reads up to the closing delimiter; a doubled delimiter is one literal character.</summary>
    private static int ReadDelimited(string text, int i, char close, out string content)
    {
        var builder = new System.Text.StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == close)
            {
                if (Next(text, i) == close)
                {
                    builder.Append(close);
                    i += 2;
                    continue;
                }

                content = builder.ToString();
                return i + 1;
            }

            builder.Append(c);
            i++;
        }

        content = builder.ToString();
        return i;
    }

    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.'
            || ((text[i] is '+' or '-') && i > 0 && text[i - 1] is 'e' or 'E')))
        {
            i++;
        }

        return i;
    }
}
