using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PiiAnalyzers.Tests.Infrastructure;

/// <summary>
/// References for test compilations, taken from this test project's own framework (.NET, ASP.NET Core) and
/// packages (EF Core and its relational extensions, Serilog, NLog, log4net, Application Insights, Dapper, Microsoft.Extensions.Compliance and Telemetry, PiiAnalyzers.Annotations).
/// Nothing is downloaded while the tests run, so a fresh machine passes on the first run.
/// </summary>
public static class TestReferences
{
    /// <summary>An empty reference set: the references come from <see cref="All"/> instead of a NuGet download.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    private static readonly string[] Prefixes =
    {
        "System", "mscorlib", "netstandard", "Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.EntityFrameworkCore",
        "Microsoft.Net.Http.Headers", "Microsoft.JSInterop", "Microsoft.ApplicationInsights", "Serilog", "NLog", "log4net", "Dapper", "PiiAnalyzers.Annotations",
        "Microsoft.CSharp", "Microsoft.Win32", "Microsoft.VisualBasic",
    };

    public static ImmutableArray<MetadataReference> All { get; } = Load();

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
            throw new InvalidOperationException(
                "The test host's trusted platform assemblies do not hold the framework: test compilations would have no references.");
        }

        return references;
    }
}
