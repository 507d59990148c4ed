using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    private const int Rounds = 5;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Run(int modules)
    {
        var trees = AnalyzerSets.Parse(HealthPaymentCodeGenerator.Generate(modules));
        var found = AnalyzerSets.Compile(trees).WithAnalyzers(AnalyzerSets.All)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var replay = ImmutableArray.Create<DiagnosticAnalyzer>(new ReplayAnalyzer(found));
        var configurations = new List<(string, ImmutableArray<DiagnosticAnalyzer>)> { ("empty analyzer", AnalyzerSets.Empty), ("replayed findings", replay) };
        var counts = new List<string>();
        foreach (var group in found.GroupBy(Placement).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // The same replay, one placement at a time: where the [SuppressMessage] check has to bind a body again.
            configurations.Add(("  " + group.Key, ImmutableArray.Create<DiagnosticAnalyzer>(new ReplayAnalyzer(group.ToImmutableArray()))));
            counts.Add(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {group.Count()}"));
        }

        configurations.Add(("PiiAnalyzers", AnalyzerSets.All));
        foreach (var (_, analyzers) in configurations)
        {
            AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), analyzers); // warm-up
        }

        // Interleaved rounds, so that a slow patch of a shared machine or the JIT's later tiers do not favour one
        // configuration; the median of each is reported.
        var samples = configurations.Select(_ => new List<(double Ms, double Mb, double PauseMs)>()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var c = 0; c < configurations.Count; c++)
            {
                GC.Collect();
                var pause = GC.GetTotalPauseDuration();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var stopwatch = Stopwatch.StartNew();
                AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), configurations[c].Item2);
                stopwatch.Stop();
                samples[c].Add((stopwatch.Elapsed.TotalMilliseconds, (GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds));
            }
        }

        var rows = configurations.Select((c, i) => (Name: c.Item1, Ms: Median(samples[i].Select(s => s.Ms)), Mb: Median(samples[i].Select(s => s.Mb)), PauseMs: Median(samples[i].Select(s => s.PauseMs)))).ToList();

        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"{found.Length} findings in {modules} modules ({string.Join(", ", counts)}); median of {Rounds} interleaved rounds, server GC: {System.Runtime.GCSettings.IsServerGC}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"{"configuration",-20} {"time ms",9} {"GC pause ms",12} {"alloc MB",9}");
        foreach (var (name, ms, mb, pauseMs) in rows)
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"{name,-20} {ms,9:F0} {pauseMs,12:F0} {mb,9:F1}");
        }

        return builder.ToString();
    }

    /// <summary>
    /// Where a finding sits, as the compiler's [SuppressMessage] check sees it when it asks for the symbols declared by
    /// each node around the finding: on a declaration (a member, a parameter), in a body's statements, or under a
    /// lambda, a local declaration or a foreach, whose symbols exist only once the whole member is bound again.
    /// </summary>
    private static string Placement(Diagnostic diagnostic)
    {
        var node = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var inBody = false;
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax or VariableDeclaratorSyntax or ForEachStatementSyntax or LocalFunctionStatementSyntax:
                    return "in lambdas, locals, foreach";
                case BlockSyntax or ArrowExpressionClauseSyntax:
                    inBody = true;
                    break;
            }
        }

        return inBody ? "in statements" : "on declarations";
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
