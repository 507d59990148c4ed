using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// What the compiler charges for the findings themselves (<c>-- --diagnostics-cost</c>): the rules' diagnostics of the
/// generated code are recorded once, then replayed by an analyzer that does no analysis and reports the same ids at the
/// same places, with the same action kinds as the empty analyzer. Its cost over the empty analyzer is the driver's
/// per-diagnostic work (storing, sorting, the [SuppressMessage] check that binds the members the findings are in),
/// which no rule can avoid except by finding less.
/// </summary>
public static class DiagnosticsCost
{
    public static string Run(int modules)
    {
        var trees = AnalyzerSets.Parse(HealthPaymentCodeGenerator.Generate(modules));
        var found = AnalyzerSets.Compile(trees).WithAnalyzers(AnalyzerSets.All)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var replay = ImmutableArray.Create<DiagnosticAnalyzer>(new ReplayAnalyzer(found));
        var rows = new List<(string Name, double Ms, double Mb)>();
        foreach (var (name, analyzers) in new[] { ("empty analyzer", AnalyzerSets.Empty), ("replayed findings", replay), ("PiiAnalyzers", AnalyzerSets.All) })
        {
            AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), analyzers);
            var best = double.MaxValue;
            var allocated = 0L;
            for (var i = 0; i < 3; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var stopwatch = Stopwatch.StartNew();
                AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), analyzers);
                stopwatch.Stop();
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
            }

            rows.Add((name, best, allocated / 1048576.0));
        }

        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"{found.Length} findings in {modules} modules; best of three runs each");
        builder.AppendLine(CultureInfo.InvariantCulture, $"{"configuration",-20} {"time ms",9} {"alloc MB",9}");
        foreach (var (name, ms, mb) in rows)
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"{name,-20} {ms,9:F0} {mb,9:F1}");
        }

        return builder.ToString();
    }

#pragma warning disable RS1036, RS1038, RS1041, RS2008 // a measuring stick run in process, never shipped or loaded by a compiler
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ReplayAnalyzer : DiagnosticAnalyzer
    {
        private static readonly object[] Placeholders = Enumerable.Repeat<object>("x", 8).ToArray();

        private readonly ILookup<string, (string Id, TextSpan Span)> byFile;

        public ReplayAnalyzer(ImmutableArray<Diagnostic> found)
        {
            byFile = found.Where(d => d.Location.IsInSource)
                .ToLookup(d => d.Location.SourceTree!.FilePath, d => (d.Id, d.Location.SourceSpan));
            SupportedDiagnostics = found.Select(d => d.Descriptor).GroupBy(d => d.Id).Select(g => g.First()).ToImmutableArray();
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            var descriptors = SupportedDiagnostics.ToDictionary(d => d.Id);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterSymbolAction(_ => { }, SymbolKind.Field, SymbolKind.Property);
                start.RegisterOperationBlockStartAction(block => block.RegisterOperationAction(
                    _ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment, OperationKind.Return, OperationKind.YieldReturn));
                start.RegisterOperationBlockAction(_ => { });
                start.RegisterOperationAction(_ => { }, OperationKind.Literal, OperationKind.Invocation);
                start.RegisterSemanticModelAction(model =>
                {
                    foreach (var (id, span) in byFile[model.SemanticModel.SyntaxTree.FilePath])
                    {
                        model.ReportDiagnostic(Diagnostic.Create(descriptors[id], Location.Create(model.SemanticModel.SyntaxTree, span), Placeholders));
                    }
                });
            });
        }
    }
#pragma warning restore RS1036, RS1038, RS1041, RS2008
}
