using System.Threading.Tasks;
using Xunit;
using Verifier = PiiAnalyzers.Tests.Infrastructure.Verify<PiiAnalyzers.Rules.NumericNirAnalyzer, PiiAnalyzers.CodeFixes.NirToStringCodeFixProvider>;

namespace PiiAnalyzers.Tests.CodeFixes;

public class NirToStringCodeFixTests
{
    [Fact]
    public Task Changes_the_type_to_string()
        => Verifier.CodeFix(
            """
            public sealed class AssureEntity
            {
                public {|PII0003:long|} Nir { get; set; }
            }
            """,
            """
            public sealed class AssureEntity
            {
                public string Nir { get; set; }
            }
            """);

    [Fact]
    public Task Fix_all_keeps_nullability()
        => Verifier.CodeFix(
            """
            public sealed class AssureEntity
            {
                private {|PII0003:long?|} _nir;
                public {|PII0003:decimal|} NumeroSecu { get; set; }
            }

            public sealed record AssureRow({|PII0003:long|} Nir);
            """,
            """
            public sealed class AssureEntity
            {
                private string? _nir;
                public string NumeroSecu { get; set; }
            }

            public sealed record AssureRow(string Nir);
            """);
}
