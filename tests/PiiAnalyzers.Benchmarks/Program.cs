using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/PiiAnalyzers.Benchmarks</c>: the full BenchmarkDotNet run.
/// <c>-- --short</c> (or <c>PII_BENCH_SHORT=1</c>): a one-shot smoke measurement of a small code base, in seconds.
/// <c>-- --per-analyzer</c>: the execution time of each analyzer, from the driver's log (PII_BENCH_MODULES sizes it).
/// <c>-- --allocations [AnalyzerName|empty]</c>: allocated bytes by type, sampled by the runtime.
/// <c>-- --diagnostics-cost</c>: the driver's cost of the findings alone, replayed by an analyzer that does no analysis.
/// Other arguments go to BenchmarkDotNet (for example <c>--filter</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--per-analyzer"))
        {
            var size = int.TryParse(Environment.GetEnvironmentVariable("PII_BENCH_MODULES"), out var count) && count > 0 ? count : HealthPaymentCodeGenerator.ModulesPerUnit;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Per-analyzer execution time, sequential analysis of {size} modules (best of three runs after a warm-up)."));
            Console.Write(PerAnalyzer.Run(size));
            return 0;
        }

        if (Array.IndexOf(args, "--allocations") is var at and >= 0)
        {
            var size = int.TryParse(Environment.GetEnvironmentVariable("PII_BENCH_MODULES"), out var count) && count > 0 ? count : HealthPaymentCodeGenerator.ModulesPerUnit;
            Console.Write(AllocationProfile.Run(size, at + 1 < args.Length ? args[at + 1] : null));
            return 0;
        }

        if (args.Contains("--diagnostics-cost"))
        {
            var size = int.TryParse(Environment.GetEnvironmentVariable("PII_BENCH_MODULES"), out var count) && count > 0 ? count : HealthPaymentCodeGenerator.ModulesPerUnit;
            Console.Write(DiagnosticsCost.Run(size));
            return 0;
        }

        if (args.Contains("--short") || Environment.GetEnvironmentVariable("PII_BENCH_SHORT") == "1")
        {
            // PII_BENCH_MODULES sizes the smoke pass, for example to profile it under a tracer.
            var modules = int.TryParse(Environment.GetEnvironmentVariable("PII_BENCH_MODULES"), out var requested) && requested > 0 ? requested : 5;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Short smoke pass: {modules} modules, one measurement each (not a benchmark)."));
            Console.Write(QuickMeasure.Format(QuickMeasure.Run(modules)));
            var errors = AnalyzerSets.Compile(AnalyzerSets.Parse(HealthPaymentCodeGenerator.Generate(modules))).GetDiagnostics()
                .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compiler errors in the generated code: {errors.Count}"));
            foreach (var error in errors.Take(10))
            {
                Console.WriteLine("  " + error);
            }
            return 0;
        }

        // In process (no generated project to build), one launch, monitoring strategy: each iteration is one
        // GetDiagnostics of a fresh compilation, seconds long, so BenchmarkDotNet's pilot and unrolling are not needed;
        // its jitting invocation (one full GetDiagnostics) and the benchmark's own warm-up (AnalyzerBenchmarks.Setup)
        // come first. Server GC as in csc and VBCSCompiler (the project sets it for this process; the job states it).
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(5)
            .WithGcServer(true);
        var config = DefaultConfig.Instance.AddJob(job.AsDefault()).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        // Without arguments, run every benchmark: the switcher would otherwise wait for a choice on standard input.
        var switcherArgs = args.Length == 0 ? new[] { "--filter", "*" } : args;
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs, config);
        return 0;
    }
}
