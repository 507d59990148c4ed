using System;
using System.IO;
using Xunit;

namespace PiiAnalyzers.Cli.Tests;

public sealed class BaselineTests
{
    private const string Model = """
        using System;

        namespace Portal;

        public sealed class Beneficiary
        {
            public string Nir { get; set; } = "";

            public DateTime DateNaissance { get; set; }
        }

        """;

    private const string Audit = """
        using System;

        namespace Portal;

        public static class Audit
        {
            public static void Print(Beneficiary beneficiary)
            {
                Console.WriteLine(beneficiary.Nir);
            }
        }
        """;

    // The same finding, moved down by a new method and re-indented: its fingerprint must not change.
    private const string AuditMoved = """
        using System;

        namespace Portal;

        public static class Audit
        {
            public static int Count(Beneficiary[] beneficiaries)
            {
                return beneficiaries.Length;
            }


            public static void Print(Beneficiary beneficiary)
            {
                    Console.WriteLine( beneficiary.Nir );
            }
        }
        """;

    private const string AuditWithNewLeak = """
        using System;

        namespace Portal;

        public static class Audit
        {
            public static int Count(Beneficiary[] beneficiaries)
            {
                return beneficiaries.Length;
            }


            public static void Print(Beneficiary beneficiary)
            {
                    Console.WriteLine( beneficiary.Nir );
            }

            public static void PrintBirth(Beneficiary beneficiary)
            {
                Console.WriteLine(beneficiary.DateNaissance);
            }
        }
        """;

    [Fact]
    public void Baseline_is_written_then_suppresses_known_findings_after_lines_move_and_reports_a_new_one()
    {
        using var folder = new TempFolder();
        folder.Write("src/Beneficiary.cs", Model);
        folder.Write("src/Audit.cs", Audit);
        var baseline = folder.File("pii-baseline.json");

        var first = CliRunner.Run(folder.File("src"), "--baseline", baseline, "--quiet");
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        Assert.True(File.Exists(baseline));
        Assert.Contains("PII0102|", File.ReadAllText(baseline), StringComparison.Ordinal);
        Assert.Contains("written to", first.Stdout, StringComparison.Ordinal);

        var withoutBaseline = CliRunner.Run(folder.File("src"), "--quiet");
        Assert.Equal(1, withoutBaseline.ExitCode);

        folder.Write("src/Audit.cs", AuditMoved);
        var moved = CliRunner.Run(folder.File("src"), "--baseline", baseline, "--quiet");
        Assert.True(moved.ExitCode == 0, moved.Stdout);
        Assert.Contains(", 0 new", moved.Stdout, StringComparison.Ordinal);

        folder.Write("src/Audit.cs", AuditWithNewLeak);
        var sarif = folder.File("scan.sarif");
        var added = CliRunner.Run(folder.File("src"), "--baseline", baseline, "--quiet", "--sarif", sarif);
        Assert.True(added.ExitCode == 1, added.Stdout);
        Assert.Contains(", 1 new", added.Stdout, StringComparison.Ordinal);
        var text = File.ReadAllText(sarif);
        Assert.Contains("\"baselineState\": \"new\"", text, StringComparison.Ordinal);
        Assert.Contains("\"baselineState\": \"unchanged\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_baseline_is_a_load_error()
    {
        using var folder = new TempFolder();
        folder.Write("src/Beneficiary.cs", Model);
        var baseline = folder.Write("baseline.json", "not json at all");

        var run = CliRunner.Run(folder.File("src"), "--baseline", baseline, "--quiet");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a pii-scan baseline", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
