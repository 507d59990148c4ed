using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// References for the benchmark compilations, taken from the running process's own framework (.NET, ASP.NET Core)
/// and packages (EF Core, Serilog, PiiAnalyzers.Annotations), like the tests' TestReferences: nothing is downloaded.
/// </summary>
public static class BenchmarkReferences
{
    private static readonly string[] Prefixes =
    {
        "System", "mscorlib", "netstandard", "Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.EntityFrameworkCore",
        "Microsoft.Net.Http.Headers", "Serilog", "PiiAnalyzers.Annotations", "Microsoft.CSharp", "Microsoft.Win32",
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> Loaded = new(Load);

    public static ImmutableArray<MetadataReference> All => Loaded.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var references = trusted
            .Where(path => Prefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
            .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        if (references.Length < 100)
        {
            throw new InvalidOperationException("The host's trusted platform assemblies do not hold the framework: compilations would have no references.");
        }

        return references;
    }
}
