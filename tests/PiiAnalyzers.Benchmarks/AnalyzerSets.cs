using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Benchmarks;

/// <summary>The three configurations compared: no analyzers, an empty analyzer, and every PiiAnalyzers analyzer.</summary>
public static class AnalyzerSets
{
    /// <summary>Every non-abstract analyzer of the PiiAnalyzers assembly, discovered by reflection.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
        typeof(PiiAnalyzers.Rules.HardCodedNirAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> Empty { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());

    public static IReadOnlyList<SyntaxTree> Parse(IEnumerable<(string Path, string Text)> files)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        return files.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path)).ToList();
    }

    /// <summary>A fresh compilation over already parsed trees: nothing bound yet, so each measurement binds everything.</summary>
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(
            "HealthPaymentBenchmark",
            trees,
            BenchmarkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

    /// <summary>The compiler's diagnostics (declarations and method bodies), no analyzer.</summary>
    public static int WithoutAnalyzers(Compilation compilation, CancellationToken cancellationToken = default)
        => compilation.GetDiagnostics(cancellationToken).Length;

    /// <summary>The compiler's diagnostics plus those of the analyzers, as a build computes them. Throws on an analyzer exception.</summary>
    public static int WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
    {
        Exception? failure = null;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => failure ??= new InvalidOperationException(analyzer.GetType().Name + " threw", exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        if (failure is not null)
        {
            throw failure;
        }

        return diagnostics.Length;
    }
}

/// <summary>
/// An analyzer that registers the same kinds of actions as the PiiAnalyzers rules and does nothing: compilation
/// start; symbol actions on fields and properties; operation-block start with operation actions inside it; operation
/// blocks; operation actions on invocations and literals. The cost of the analyzer driver itself (building operation
/// trees, dispatching actions), which the rules cannot avoid.
/// </summary>
#pragma warning disable RS1036, RS1038, RS1041, RS2008 // a measuring stick run in process, never shipped or loaded by a compiler
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "EMPTY0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(_ => { }, SymbolKind.Field, SymbolKind.Property);
            start.RegisterOperationBlockStartAction(block => block.RegisterOperationAction(
                _ => { },
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment,
                OperationKind.Return,
                OperationKind.YieldReturn));
            start.RegisterOperationBlockAction(_ => { });
            start.RegisterOperationAction(_ => { }, OperationKind.Literal, OperationKind.Invocation);
        });
    }
}
#pragma warning restore RS1036, RS1038, RS1041, RS2008
