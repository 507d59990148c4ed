using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Cli.Tests;

public sealed class PerformanceTests(ITestOutputHelper output)
{
    public const int TargetLines = 50_000;

    [Fact]
    [Trait("Category", "Performance")]
    public void A_50000_line_source_only_solution_is_scanned_in_under_a_minute()
    {
        using var folder = new TempFolder();
        var lines = Generate(folder, TargetLines);
        Assert.True(lines >= TargetLines);

        var stopwatch = Stopwatch.StartNew();
        var run = CliRunner.Run(folder.Path, "--quiet", "--fail-on", "none");
        stopwatch.Stop();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{lines} line(s)"), run.Stdout, StringComparison.Ordinal);
        Assert.Contains("PII0102", run.Stdout, StringComparison.Ordinal);
        output.WriteLine($"{lines} lines in {stopwatch.Elapsed.TotalSeconds:0.0} s, peak working set of the test process {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"the scan took {stopwatch.Elapsed}");
    }

    /// <summary>Realistic health-payment services: holders, lookups, and one console leak every ten methods.</summary>
    public static int Generate(TempFolder folder, int targetLines)
    {
        var total = 0;
        for (var file = 0; total < targetLines; file++)
        {
            var text = new StringBuilder();
            text.AppendLine("using System;");
            text.AppendLine("using System.Collections.Generic;");
            text.AppendLine("using System.Linq;");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"namespace Generated.Module{file};");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"public sealed class Beneficiary{file}");
            text.AppendLine("{");
            text.AppendLine("    public int Id { get; set; }");
            text.AppendLine("    public string Nir { get; set; } = \"\";");
            text.AppendLine("    public DateTime DateNaissance { get; set; }");
            text.AppendLine("    public string Mutuelle { get; set; } = \"\";");
            text.AppendLine("    public string Reference { get; set; } = \"\";");
            text.AppendLine("}");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"public sealed class Service{file}");
            text.AppendLine("{");
            text.AppendLine(CultureInfo.InvariantCulture, $"    private readonly List<Beneficiary{file}> store = new();");
            for (var method = 0; method < 13; method++)
            {
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"    public string Describe{method}(int id)");
                text.AppendLine("    {");
                text.AppendLine(CultureInfo.InvariantCulture, $"        var beneficiary = store.FirstOrDefault(b => b.Id == id + {method});");
                text.AppendLine("        if (beneficiary is null)");
                text.AppendLine("        {");
                text.AppendLine("            return \"none\";");
                text.AppendLine("        }");
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"        var label = beneficiary.Reference + \"-\" + {method};");
                text.AppendLine(method % 10 == 0 ? "        Console.WriteLine(beneficiary.Nir);" : "        Console.WriteLine(label);");
                text.AppendLine("        return label.ToUpperInvariant();");
                text.AppendLine("    }");
            }

            text.AppendLine("}");
            var content = text.ToString();
            folder.Write($"Module{file / 50}/Service{file}.cs", content);
            total += content.Split('\n').Length;
        }

        return total;
    }
}
