using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// Where the rules spend their time: one sequential analysis of the generated code base with the driver's execution
/// time log, reported per analyzer (<c>-- --per-analyzer</c>). Sequential so that the times add up; a profile, not a
/// benchmark.
/// </summary>
public static class PerAnalyzer
{
    private static long Allocated(IReadOnlyList<SyntaxTree> trees, System.Collections.Immutable.ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), analyzers);
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    public static string Run(int modules)
    {
        var trees = AnalyzerSets.Parse(HealthPaymentCodeGenerator.Generate(modules));
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        for (var round = 0; round < 4; round++)
        {
            // The first round jits the analyzers; the best of the next three is reported (a shared machine is noisy).
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true);
            var withAnalyzers = AnalyzerSets.Compile(trees).WithAnalyzers(AnalyzerSets.All, options);
            var result = withAnalyzers.GetAnalysisResultAsync(default).GetAwaiter().GetResult();
            if (round == 0)
            {
                continue;
            }

            foreach (var (analyzer, telemetry) in result.AnalyzerTelemetryInfo)
            {
                var name = analyzer.GetType().Name;
                if (round == 1 || telemetry.ExecutionTime < times[name])
                {
                    times[name] = telemetry.ExecutionTime;
                }
            }
        }

        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"{"analyzer",-40} {"time ms",9}");
        foreach (var (name, time) in times.OrderByDescending(p => p.Value))
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"{name,-40} {time.TotalMilliseconds,9:F0}");
        }

        builder.AppendLine(CultureInfo.InvariantCulture, $"{"total",-40} {times.Values.Sum(t => t.TotalMilliseconds),9:F0}");

        // Allocations: each analyzer alone against the empty analyzer (shared caches such as the classifier are
        // counted in every analyzer that uses them).
        var empty = Allocated(trees, AnalyzerSets.Empty);
        builder.AppendLine(CultureInfo.InvariantCulture, $"{"analyzer alone",-40} {"alloc MB over the empty analyzer",9}");
        foreach (var analyzer in AnalyzerSets.All)
        {
            var allocated = Allocated(trees, System.Collections.Immutable.ImmutableArray.Create(analyzer)) - empty;
            builder.AppendLine(CultureInfo.InvariantCulture, $"{analyzer.GetType().Name,-40} {allocated / 1048576.0,9:F1}");
        }

        builder.AppendLine(CultureInfo.InvariantCulture, $"{"all together",-40} {(Allocated(trees, AnalyzerSets.All) - empty) / 1048576.0,9:F1}");
        return builder.ToString();
    }
}
