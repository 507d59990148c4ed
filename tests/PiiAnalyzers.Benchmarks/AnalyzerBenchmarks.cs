using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// GetDiagnostics of a fresh compilation (trees parsed once, outside the measurement) at 1x, 2x and 4x the base
/// size, without analyzers (the baseline), with an empty analyzer, and with every PiiAnalyzers analyzer. The Ratio
/// and Alloc Ratio columns are relative to the baseline of the same size.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private static bool warmed;

    private IReadOnlyList<SyntaxTree> trees = new List<SyntaxTree>();

    [Params(1, 2, 4)]
    public int Size { get; set; }

    public int Lines { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = HealthPaymentCodeGenerator.Generate(Size * HealthPaymentCodeGenerator.ModulesPerUnit);
        Lines = HealthPaymentCodeGenerator.LineCount(files);
        trees = AnalyzerSets.Parse(files);
        _ = BenchmarkReferences.All;
        if (!warmed)
        {
            // The compiler's own code is shared by the three configurations and tiered compilation keeps optimising
            // it over the first compilations: run each configuration twice before the first measurement, so that the
            // baseline is not charged for a colder JIT than the configurations measured after it.
            warmed = true;
            for (var i = 0; i < 2; i++)
            {
                NoAnalyzers();
                EmptyAnalyzer();
                AllAnalyzers();
            }
        }
    }

    [Benchmark(Baseline = true, Description = "no analyzers")]
    public int NoAnalyzers() => AnalyzerSets.WithoutAnalyzers(AnalyzerSets.Compile(trees));

    [Benchmark(Description = "empty analyzer")]
    public int EmptyAnalyzer() => AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), AnalyzerSets.Empty);

    [Benchmark(Description = "PiiAnalyzers")]
    public int AllAnalyzers() => AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), AnalyzerSets.All);
}
