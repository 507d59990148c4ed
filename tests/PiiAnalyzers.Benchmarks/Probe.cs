using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
namespace PiiAnalyzers.Benchmarks;
#pragma warning disable RS1036, RS1038, RS1041, RS2008, CA1812
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProbeBlockAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("PROBE1", "x", "x", "x", DiagnosticSeverity.Warning, true);
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterOperationBlockAction(_ => { });
            start.RegisterOperationAction(_ => { }, OperationKind.Invocation);
        });
    }
}
