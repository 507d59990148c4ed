using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using CsCheck;
using PiiAnalyzers.Sinks.Sql;
using Xunit;

namespace PiiAnalyzers.Tests.Sql;

/// <summary>The SQL tokenizer and select parser behind PII0202: tokens, malformed input, and size.</summary>
public class SqlTokenizerTests
{
    [Fact]
    public void Tokenizes_words_quoted_identifiers_strings_numbers_and_parameters()
    {
        var tokens = SqlTokenizer.Tokenize("SELECT [Date de naissance], \"Nir\", `x``y`, 'l''été', N'é', 12.5e3, @p, :name, ?, $1 FROM t -- comment\n/* block /* nested */ still */ ;");
        Assert.Equal(
            new[]
            {
                "Word SELECT", "QuotedIdentifier Date de naissance", "Comma ,", "QuotedIdentifier Nir", "Comma ,", "QuotedIdentifier x`y",
                "Comma ,", "String l'été", "Comma ,", "String é", "Comma ,", "Number 12.5e3", "Comma ,", "Parameter @p", "Comma ,",
                "Parameter :name", "Comma ,", "Parameter ?", "Comma ,", "Parameter $1", "Word FROM", "Word t", "Semicolon ;",
            },
            tokens.Select(t => t.ToString()));
    }

    [Fact]
    public void Casts_and_comparisons_are_operators_not_parameters()
    {
        var tokens = SqlTokenizer.Tokenize("SELECT x::text FROM t WHERE a <= 1 AND b <> 2");
        Assert.Contains(tokens, t => t.Kind == SqlTokenKind.Operator && t.Text == "::");
        Assert.DoesNotContain(tokens, t => t.Kind == SqlTokenKind.Parameter);
        Assert.Contains(tokens, t => t.Text == "<=");
        Assert.Contains(tokens, t => t.Text == "<>");
    }

    [Theory]
    [InlineData("SELECT 'unterminated")]
    [InlineData("SELECT [unterminated")]
    [InlineData("SELECT \"unterminated")]
    [InlineData("SELECT /* unterminated /* nested")]
    [InlineData("SELECT -- only a comment")]
    [InlineData("'")]
    [InlineData("[")]
    [InlineData("/*")]
    [InlineData("--")]
    [InlineData("@")]
    [InlineData("N'")]
    [InlineData("SELECT TOP")]
    [InlineData("SELECT TOP (")]
    [InlineData("SELECT * FROM (")]
    [InlineData("SELECT * FROM (SELECT")]
    [InlineData(")))) SELECT ((((")]
    [InlineData("SELECT a AS FROM")]
    [InlineData("SELECT , , FROM , JOIN ON WHERE Id =")]
    [InlineData("")]
    public void Malformed_sql_never_throws(string sql)
    {
        var tokens = SqlTokenizer.Tokenize(sql);
        Assert.All(tokens, t => Assert.InRange(t.Start + t.Length, 0, sql.Length));
        _ = SqlSelect.Parse(sql);
    }

    [Fact]
    public void Random_text_never_throws_and_tokens_stay_in_bounds()
    {
        var alphabet = Gen.OneOf(Gen.Char, Gen.Char["'\"[]`*/-@:?$(),.;#\n\r\t N0aZ_é\u0001"]);
        alphabet.Array[0, 400].Select(chars => new string(chars)).Sample(sql =>
        {
            var tokens = SqlTokenizer.Tokenize(sql);
            foreach (var token in tokens)
            {
                Assert.InRange(token.Start, 0, sql.Length);
                Assert.InRange(token.Start + token.Length, token.Start, sql.Length);
            }

            _ = SqlSelect.Parse(sql);
        }, iter: 2000);
    }

    [Fact]
    public void Random_bytes_decoded_as_text_never_throw()
    {
        var random = new Random(20240201);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);
            var sql = Encoding.UTF8.GetString(bytes);
            _ = SqlTokenizer.Tokenize(sql);
            _ = SqlSelect.Parse(sql);
        }
    }

    [Theory]
    [InlineData("SELECT Nir FROM Beneficiaries WHERE Note = '")]
    [InlineData("SELECT Nir FROM Beneficiaries /*")]
    [InlineData("SELECT Nir, ")]
    [InlineData("SELECT * FROM (")]
    [InlineData("((((")]
    public void One_megabyte_texts_are_handled_in_linear_time(string prefix)
    {
        var filler = prefix.EndsWith("(", StringComparison.Ordinal) ? "(SELECT * FROM " : "x, ";
        var builder = new StringBuilder(prefix);
        while (builder.Length < 1 << 20)
        {
            builder.Append(filler);
        }

        var sql = builder.ToString();
        var watch = Stopwatch.StartNew();
        _ = SqlTokenizer.Tokenize(sql);
        _ = SqlSelect.Parse(sql);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"1 MB took {watch.Elapsed}");
    }

    [Fact]
    public void Time_grows_linearly_with_the_text()
    {
        // Best of five runs per size, so that a garbage collection or a busy CI core cannot fake a trend; sizes 16x
        // apart, so that quadratic work (256x) stands far above the bound (64x) while linear work (16x) stays below.
        static TimeSpan Best(int size)
        {
            var sql = "SELECT " + string.Concat(Enumerable.Repeat("b.Nir, 'it''s', [x], /* c */ 1, ", size / 30)) + " FROM t";
            _ = SqlSelect.Parse(sql);
            var best = TimeSpan.MaxValue;
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                _ = SqlSelect.Parse(sql);
                watch.Stop();
                best = watch.Elapsed < best ? watch.Elapsed : best;
            }

            return best;
        }

        var small = Best(100_000);
        var large = Best(1_600_000);
        Assert.True(large.Ticks < Math.Max(small.Ticks, TimeSpan.FromMilliseconds(10).Ticks) * 64, $"100 KB: {small}, 1.6 MB: {large}");
    }

    [Theory]
    [InlineData("SELECT TOP 10 Nir FROM Beneficiaries", true)]
    [InlineData("SELECT TOP(@n) Nir FROM Beneficiaries", true)]
    [InlineData("SELECT Nir FROM Beneficiaries LIMIT 10", true)]
    [InlineData("SELECT Nir FROM Beneficiaries ORDER BY Id OFFSET 0 ROWS FETCH NEXT 10 ROWS ONLY", true)]
    [InlineData("SELECT Nir FROM Beneficiaries FETCH FIRST 10 ROWS ONLY", true)]
    [InlineData("SELECT Nir FROM Beneficiaries WHERE ROWNUM <= 5", true)]
    [InlineData("SELECT Nir FROM Beneficiaries -- LIMIT 10", false)]
    [InlineData("SELECT Nir FROM Beneficiaries /* TOP 10 */", false)]
    [InlineData("SELECT Nir, 'TOP 10' FROM Beneficiaries", false)]
    [InlineData("SELECT Nir, TopCustomers FROM Beneficiaries", false)]
    [InlineData("SELECT Nir FROM Beneficiaries WHERE Id IN (SELECT TOP 10 Id FROM Claims)", false)]
    [InlineData("SELECT [Limit], [Top] FROM Beneficiaries", false)]
    [InlineData("SELECT Nir FROM Beneficiaries ORDER BY Id OFFSET 20 ROWS", false)]
    public void Row_limits_are_read_from_tokens(string sql, bool limited)
        => Assert.Equal(limited, SqlSelect.Parse(sql)!.IsLimited);

    [Fact]
    public void Select_list_and_tables()
    {
        var select = SqlSelect.Parse("WITH x AS (SELECT 1) SELECT b.Nir AS Ssn, dbo.b.date_naissance dob, p.*, UPPER(b.nom), COUNT(*) FROM dbo.Beneficiaries AS b INNER JOIN Practices p ON p.Id = b.PractitionerId, Contracts c WHERE b.Id > 0 ORDER BY b.nom, c.Id")!;
        Assert.Equal(new[] { "Nir", "date_naissance", null, "nom", null }, select.Columns.Select(c => c.Name));
        Assert.Equal(new[] { "Ssn", "dob", null, null, null }, select.Columns.Select(c => c.Alias));
        Assert.True(select.Columns[2].IsStar);
        Assert.Equal("p", select.Columns[2].Qualifier);
        Assert.True(select.Columns[4].IsAggregate);
        Assert.Equal(new[] { ("Beneficiaries", (string?)"b"), ("Practices", "p"), ("Contracts", "c") }, select.Tables);
    }

    [Theory]
    [InlineData("INSERT INTO Beneficiaries (Nir) VALUES (@nir)")]
    [InlineData("UPDATE Beneficiaries SET Nir = @nir")]
    [InlineData("EXEC dbo.ExportBeneficiaries")]
    [InlineData("-- SELECT Nir FROM Beneficiaries")]
    public void Statements_that_are_not_queries(string sql) => Assert.Null(SqlSelect.Parse(sql));
}
