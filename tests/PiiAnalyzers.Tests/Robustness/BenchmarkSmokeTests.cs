using System.Linq;
using PiiAnalyzers.Benchmarks;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Keeps the benchmark code (linked from tests/PiiAnalyzers.Benchmarks) working in CI: the generator's sizes and one
/// short measurement of the three configurations. Asserts no timing: CI machines are too noisy for that.
/// </summary>
[Collection(RobustnessCollection.Name)]
public class BenchmarkSmokeTests
{
    private readonly ITestOutputHelper output;

    public BenchmarkSmokeTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Generator_1x_size_has_at_least_50000_lines_and_grows_linearly()
    {
        var one = HealthPaymentCodeGenerator.LineCount(HealthPaymentCodeGenerator.Generate(HealthPaymentCodeGenerator.ModulesPerUnit));
        var two = HealthPaymentCodeGenerator.LineCount(HealthPaymentCodeGenerator.Generate(2 * HealthPaymentCodeGenerator.ModulesPerUnit));
        output.WriteLine($"1x: {one} lines, 2x: {two} lines");
        Assert.True(one >= 50_000, $"1x has {one} lines");
        Assert.InRange(two, 2 * one - 100, 2 * one);
    }

    [Fact]
    public void Short_measurement_runs_the_three_configurations()
    {
        var errors = AnalyzerSets.Compile(AnalyzerSets.Parse(HealthPaymentCodeGenerator.Generate(2))).GetDiagnostics()
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the generated code does not compile:\n" + string.Join("\n", errors.Take(10)));

        var results = QuickMeasure.Run(2);
        output.WriteLine(QuickMeasure.Format(results));
        Assert.Equal(new[] { "no analyzers", "empty analyzer", "PiiAnalyzers" }, results.Select(r => r.Configuration));
        Assert.Equal(results[0].Diagnostics, results[1].Diagnostics);
        Assert.True(results[2].Diagnostics > results[0].Diagnostics, "the analyzers found nothing in the generated code");
        Assert.All(results, r => Assert.True(r.AllocatedBytes > 0));
    }

    [Fact]
    public void Profiling_modes_report_every_analyzer()
    {
        var perAnalyzer = PerAnalyzer.Run(2);
        output.WriteLine(perAnalyzer);
        foreach (var analyzer in AnalyzerSets.All)
        {
            // Listed twice: once with its time, once with its allocations on its own.
            Assert.Equal(2, perAnalyzer.Split('\n').Count(line => line.StartsWith(analyzer.GetType().Name + " ", System.StringComparison.Ordinal)));
        }

        var allocations = AllocationProfile.Run(2, "PractitionerEndpointAnalyzer");
        output.WriteLine(allocations);
        Assert.StartsWith("sampled MB by type, 2 modules, PractitionerEndpointAnalyzer", allocations, System.StringComparison.Ordinal);
        Assert.Equal("No analyzer named NoSuchAnalyzer.", AllocationProfile.Run(2, "NoSuchAnalyzer"));

        var cost = DiagnosticsCost.Run(2);
        output.WriteLine(cost);
        var lines = cost.Split('\n');
        Assert.Matches("^[1-9][0-9]* findings in 2 modules", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("replayed findings ", System.StringComparison.Ordinal));
    }
}
