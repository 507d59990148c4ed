using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PiiAnalyzers.Tests.EndToEnd;

/// <summary>
/// A project that consumes the packed PiiAnalyzers the way users do: a PackageReference restored from a feed. The
/// feed is the fixture's temporary folder alone (nuget.config clears every other source), so restore needs no
/// network: the package has no dependencies and net10.0's targeting pack ships with the SDK. A Directory.Build.props
/// and .targets stop MSBuild from importing anything above the temporary folder.
/// </summary>
public sealed class Consumer
{
    private readonly PackageFixture package;

    public Consumer(PackageFixture package, string name)
    {
        this.package = package;
        Directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Directory { get; }

    public string Project => Path.Combine(Directory, "Consumer.csproj");

    public string Sarif => Path.Combine(Directory, "pii.sarif");

    /// <summary>Writes the project file; <paramref name="properties"/> go into its PropertyGroup.</summary>
    public Consumer WithProject(string properties = "")
    {
        File.WriteAllText(Project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PiiAnalyzers" Version="{package.Version}" PrivateAssets="all" IncludeAssets="runtime; build; native; contentfiles; analyzers; buildtransitive" />
              </ItemGroup>
            </Project>
            """);
        return this;
    }

    public Consumer WithFile(string name, string text)
    {
        File.WriteAllText(Path.Combine(Directory, name), text);
        return this;
    }

    /// <summary><c>dotnet build</c> with restore, asking the compiler for a SARIF 2.1 log.</summary>
    public DotNetResult Build(params string[] properties)
        => DotNet.Run(
            Directory,
            PackageFixture.Timeout,
            [
                "build", Project, "-tl:off", "-v:minimal", "-clp:NoSummary", $"-p:ErrorLog={Sarif}%2Cversion=2.1",
                .. properties.Select(p => "-p:" + p),
                .. DotNet.NoServers,
            ]);

    /// <summary>The results of the compiler's SARIF log, as (ruleId, level) pairs.</summary>
    public IReadOnlyList<(string RuleId, string Level)> SarifResults()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Sarif));
        var results = new List<(string, string)>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var runResults))
            {
                continue;
            }

            foreach (var result in runResults.EnumerateArray())
            {
                var level = result.TryGetProperty("level", out var l) ? l.GetString() ?? "" : "warning";
                results.Add((result.GetProperty("ruleId").GetString() ?? "", level));
            }
        }

        return results;
    }

    public IReadOnlyList<(string RuleId, string Level)> PiiSarifResults()
        => SarifResults().Where(r => r.RuleId.StartsWith("PII", StringComparison.Ordinal)).ToList();
}
