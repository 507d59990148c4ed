using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// The package's severity presets (<c>src/PiiAnalyzers.Package/buildTransitive/config/*.globalconfig</c>, embedded at
/// build time so they cannot drift), for <c>--preset</c>: a reviewer can scan with <c>review</c> a project that does
/// not use the package, or a folder scanned source-only.
/// </summary>
internal static class Presets
{
    private const string Prefix = "preset.";
    private const string Suffix = ".globalconfig";

    /// <summary>The file name the preset takes in a project; it never exists on disk.</summary>
    public const string FileName = "pii-scan-preset.globalconfig";

    public static IReadOnlyList<string> Names { get; } = typeof(Presets).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal))
        .Select(name => name[Prefix.Length..^Suffix.Length])
        .OrderBy(name => name, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The preset's text. Its level is raised from the package's -50 to -40 so that it wins over the preset a project
    /// already gets from the package, while a project's own configuration still wins over both.
    /// </summary>
    public static string Text(string name)
    {
        using var stream = typeof(Presets).Assembly.GetManifestResourceStream(Prefix + name + Suffix)
            ?? throw new ScanLoader.LoadException($"unknown preset '{name}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("global_level = -50", "global_level = -40", StringComparison.Ordinal);
    }

    public static AnalyzerConfig Parse(string name, string folder) => AnalyzerConfig.Parse(Text(name), Path.Combine(folder, FileName));
}
