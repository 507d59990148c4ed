using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Classification;

namespace PiiAnalyzers.Cli.Analysis;

/// <summary>
/// Every rule of the analyzer assembly, found by reflection: each non-abstract <see cref="DiagnosticAnalyzer"/>.
/// Rules are added in parallel by several people; listing them here would go stale.
/// </summary>
internal static class AnalyzerCatalog
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new(Load);

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

    /// <summary>The descriptors of every rule, once per id, ordered by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Rules { get; } = Analyzers
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .GroupBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .Select(group => group.First())
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static Assembly AnalyzerAssembly => typeof(PiiClassifier).Assembly;

    private static ImmutableArray<DiagnosticAnalyzer> Load()
    {
        Type[] types;
        try
        {
            types = AnalyzerAssembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            types = exception.Types.Where(type => type is not null).ToArray()!;
        }

        return types
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
    }
}
