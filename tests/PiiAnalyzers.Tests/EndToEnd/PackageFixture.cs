using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Xunit;

namespace PiiAnalyzers.Tests.EndToEnd;

/// <summary>The end-to-end tests run one at a time, after the other tests, sharing one pack of the packages.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "EndToEnd";
}

/// <summary>
/// Packs <c>PiiAnalyzers</c> and <c>PiiAnalyzers.Annotations</c> once per test run into a temporary feed, with a
/// version unique to the run so that the NuGet global packages folder can never serve a stale copy. The packs reuse
/// this test run's build of the analyzers (same configuration; only the package version differs, which does not
/// change the assemblies). Dispose deletes the feed, the consumers and the run's copies in the global packages folder.
/// </summary>
public sealed class PackageFixture : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public PackageFixture()
    {
        Version = "0.0.0-e2e." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        Root = Path.Combine(Path.GetTempPath(), "piianalyzers-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        RepositoryRoot = FindRepositoryRoot();

        var stopwatch = Stopwatch.StartNew();
        Pack(Path.Combine(RepositoryRoot, "src", "PiiAnalyzers.Package", "PiiAnalyzers.Package.csproj"));
        Pack(Path.Combine(RepositoryRoot, "src", "PiiAnalyzers.Annotations", "PiiAnalyzers.Annotations.csproj"));
        PackDuration = stopwatch.Elapsed;
    }

    public string Version { get; }

    /// <summary>A temporary folder for this run: the feed and every consumer live under it.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string RepositoryRoot { get; }

    public TimeSpan PackDuration { get; }

    public string AnalyzersPackage => Path.Combine(Feed, $"PiiAnalyzers.{Version}.nupkg");

    public string AnnotationsPackage => Path.Combine(Feed, $"PiiAnalyzers.Annotations.{Version}.nupkg");

    public void Dispose()
    {
        TryDelete(Root);
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(globalPackages))
        {
            globalPackages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        TryDelete(Path.Combine(globalPackages, "piianalyzers", Version));
        TryDelete(Path.Combine(globalPackages, "piianalyzers.annotations", Version));
    }

    private void Pack(string project)
    {
        var result = DotNet.Run(
            RepositoryRoot,
            Timeout,
            [
                "pack", project, "-c", Configuration, "-o", Feed, $"-p:PackageVersion={Version}", "-tl:off", "-v:minimal",
                .. DotNet.NoServers,
            ]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.ToString());
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a temporary folder left behind is not worth failing the run for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PiiAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PiiAnalyzers.sln above {AppContext.BaseDirectory}.");
    }
}
