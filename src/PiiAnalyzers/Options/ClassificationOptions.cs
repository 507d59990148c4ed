using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Options;

/// <summary>The classification options of one configuration, parsed once and shared.</summary>
internal sealed class ClassificationOptions
{
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, ClassificationOptions> ByOptions = new();
    private static readonly BoundedCache<string, ClassificationOptions> ByText = new(capacity: 64);

    public static readonly ClassificationOptions Default = new(
        heuristics: true,
        ignoredMembers: ImmutableHashSet<string>.Empty,
        personContainers: ImmutableHashSet<string>.Empty,
        names: NameClassifier.Default);

    private ClassificationOptions(
        bool heuristics,
        ImmutableHashSet<string> ignoredMembers,
        ImmutableHashSet<string> personContainers,
        NameClassifier names,
        NameClassifier? configuredNames = null)
    {
        ConfiguredNames = configuredNames ?? NameClassifier.Empty;
        Heuristics = heuristics;
        IgnoredMembers = ignoredMembers;
        PersonContainers = personContainers;
        Names = names;
    }

    public bool Heuristics { get; }

    public ImmutableHashSet<string> IgnoredMembers { get; }

    public ImmutableHashSet<string> PersonContainers { get; }

    /// <summary>The lexicon plus the configured names.</summary>
    public NameClassifier Names { get; }

    /// <summary>The configured names alone: they classify even with heuristics off.</summary>
    public NameClassifier ConfiguredNames { get; }

    public static ClassificationOptions From(AnalyzerConfigOptions options)
        => ByOptions.GetValue(options, static o => Parse(o));

    private static ClassificationOptions Parse(AnalyzerConfigOptions options)
    {
        var heuristics = Read(options, PiiOptions.Heuristics);
        var ignored = Read(options, PiiOptions.IgnoredMembers);
        var containers = Read(options, PiiOptions.PersonContainers);
        var extra = PiiOptions.ExtraNames.Select(p => Read(options, p.Value)).ToArray();
        if (heuristics == PiiOptions.Heuristics.DefaultValue && ignored.Length == 0 && containers.Length == 0
            && extra.All(e => e.Length == 0))
        {
            return Default;
        }

        // Several trees usually share one configuration: parse each distinct text once.
        var text = string.Join("\u0001", new[] { heuristics, ignored, containers }.Concat(extra));
        return ByText.GetOrAdd(text, _ =>
        {
            var extraNames = PiiOptions.ExtraNames.ToImmutableDictionary(p => p.Key, p => List(Read(options, p.Value)).ToImmutableArray());
            return new ClassificationOptions(
                heuristics: !string.Equals(heuristics, "false", StringComparison.OrdinalIgnoreCase),
                ignoredMembers: List(ignored).ToImmutableHashSet(StringComparer.Ordinal),
                personContainers: List(containers).SelectMany(c => IdentifierWords.Split(c)).ToImmutableHashSet(StringComparer.Ordinal),
                names: new NameClassifier(extraNames),
                configuredNames: new NameClassifier(extraNames, includeLexicon: false));
        });
    }

    private static string Read(AnalyzerConfigOptions options, PiiOption option)
        => options.TryGetValue(option.Key, out var value) ? value.Trim() : option.DefaultValue;

    private static IEnumerable<string> List(string value)
        => value.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0);

    public bool IsIgnored(Microsoft.CodeAnalysis.ISymbol symbol)
    {
        if (IgnoredMembers.Count == 0)
        {
            return false;
        }

        if (IgnoredMembers.Contains(symbol.Name))
        {
            return true;
        }

        var type = symbol.ContainingType;
        if (type is null)
        {
            return false;
        }

        return IgnoredMembers.Contains(type.Name + "." + symbol.Name)
            || IgnoredMembers.Contains(type.ToDisplayString(Microsoft.CodeAnalysis.SymbolDisplayFormat.CSharpErrorMessageFormat) + "." + symbol.Name);
    }
}
