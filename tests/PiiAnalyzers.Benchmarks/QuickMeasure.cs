using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// One Stopwatch measurement per configuration, without BenchmarkDotNet's statistics: the <c>--short</c> smoke pass
/// and the test that keeps this code working in CI. Allocations are counted for every thread
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>), since analysis runs concurrently.
/// </summary>
public static class QuickMeasure
{
    public sealed record Result(string Configuration, int Modules, int Lines, TimeSpan Elapsed, long AllocatedBytes, int Diagnostics);

    public static IReadOnlyList<Result> Run(int modules)
    {
        var files = HealthPaymentCodeGenerator.Generate(modules);
        var lines = HealthPaymentCodeGenerator.LineCount(files);
        var trees = AnalyzerSets.Parse(files);
        var results = new List<Result>
        {
            Measure("no analyzers", modules, lines, () => AnalyzerSets.WithoutAnalyzers(AnalyzerSets.Compile(trees))),
            Measure("empty analyzer", modules, lines, () => AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), AnalyzerSets.Empty)),
            Measure("PiiAnalyzers", modules, lines, () => AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), AnalyzerSets.All)),
        };
        return results;
    }

    public static string Format(IReadOnlyList<Result> results)
    {
        var builder = new StringBuilder();
        var baseline = results[0];
        builder.AppendLine(CultureInfo.InvariantCulture, $"{"configuration",-16} {"lines",8} {"time ms",9} {"ratio",6} {"alloc MB",9} {"ratio",6} {"diagnostics",11}");
        foreach (var r in results)
        {
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"{r.Configuration,-16} {r.Lines,8} {r.Elapsed.TotalMilliseconds,9:F0} {r.Elapsed.TotalMilliseconds / baseline.Elapsed.TotalMilliseconds,6:F2} {r.AllocatedBytes / 1048576.0,9:F1} {(double)r.AllocatedBytes / baseline.AllocatedBytes,6:F2} {r.Diagnostics,11}");
        }

        return builder.ToString();
    }

    private static Result Measure(string configuration, int modules, int lines, Func<int> action)
    {
        action(); // warm-up: JIT and the references' metadata, shared by every configuration
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = action();
        stopwatch.Stop();
        return new Result(configuration, modules, lines, stopwatch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated, diagnostics);
    }
}
