using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Tests.Infrastructure;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Runs every analyzer of the PiiAnalyzers assembly (discovered by reflection, so rules added later are covered
/// without editing this file) over a compilation, the way the compiler does in a build, and records analyzer
/// exceptions both through <c>onAnalyzerException</c> and as AD0001 diagnostics.
/// </summary>
public static class AnalyzerHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(Discover);

    /// <summary>Every non-abstract <see cref="DiagnosticAnalyzer"/> in the analyzer assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers => Analyzers.Value;

    private static ImmutableArray<DiagnosticAnalyzer> Discover()
    {
        var assembly = typeof(PiiAnalyzers.Rules.HardCodedNirAnalyzer).Assembly;
        var analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException("No analyzer found in " + assembly.FullName);
        }

        return analyzers;
    }

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, string assemblyName = "HealthPayment")
        => CSharpCompilation.Create(
            assemblyName,
            trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static SyntaxTree Parse(string text, string path = "/src/Code.cs")
        => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>Analyzes the compilation with all analyzers; never throws for analyzer exceptions, records them.</summary>
    public static AnalysisRun Run(Compilation compilation, CancellationToken cancellationToken = default, AnalyzerOptions? options = null)
        => Run(compilation, AllAnalyzers, cancellationToken, options);

    public static AnalysisRun Run(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default, AnalyzerOptions? options = null)
    {
        var exceptions = new ConcurrentQueue<AnalyzerFailure>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(new AnalyzerFailure(analyzer.GetType().Name, exception, diagnostic)),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        stopwatch.Stop();
        var failures = exceptions.ToList();
        failures.AddRange(diagnostics
            .Where(d => d.Id is "AD0001" or "AD0002")
            .Where(d => !failures.Any(f => f.Diagnostic?.Id == d.Id && f.Diagnostic.GetMessage() == d.GetMessage()))
            .Select(d => new AnalyzerFailure("(reported as " + d.Id + ")", null, d)));
        return new AnalysisRun(diagnostics.Where(d => d.Id is not ("AD0001" or "AD0002")).ToImmutableArray(), failures, stopwatch.Elapsed);
    }

    /// <summary>The repository root: the first directory above the test binaries that holds PiiAnalyzers.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PiiAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PiiAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record AnalyzerFailure(string Analyzer, Exception? Exception, Diagnostic? Diagnostic)
{
    public override string ToString()
        => $"{Analyzer}: {(Exception is null ? Diagnostic?.GetMessage() : Exception.ToString())}";
}

public sealed record AnalysisRun(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<AnalyzerFailure> Failures, TimeSpan Elapsed);
