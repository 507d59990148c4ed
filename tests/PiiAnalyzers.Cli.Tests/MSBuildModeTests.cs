using System;
using System.IO;
using Xunit;

namespace PiiAnalyzers.Cli.Tests;

/// <summary>
/// A generated project that MSBuild can load: restored offline (no package, an empty restore source), so pii-scan uses
/// MSBuildWorkspace and the project's own .editorconfig severities.
/// </summary>
public sealed class MSBuildModeTests
{
    [Fact]
    public void Restored_project_is_loaded_with_MSBuild_and_its_editorconfig_severities_apply()
    {
        using var folder = new TempFolder();
        using var emptyFeed = new TempFolder();
        var project = folder.Write("Portal/Portal.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestoreSources>{emptyFeed.Path}</RestoreSources>
              </PropertyGroup>
            </Project>
            """);
        folder.Write("Portal/.editorconfig", """
            [*.cs]
            dotnet_diagnostic.PII0102.severity = error
            """);
        folder.Write("Portal/Audit.cs", """
            using System;

            namespace Portal;

            public sealed class Beneficiary
            {
                public string Nir { get; set; } = "";
            }

            public static class Audit
            {
                public static void Print(Beneficiary beneficiary) => Console.WriteLine(beneficiary.Nir);
            }
            """);
        CliRunner.Restore(project);

        var sarif = folder.File("scan.sarif");
        var run = CliRunner.Run(project, "--fail-on", "error", "--sarif", sarif);

        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        Assert.Contains("Portal: MSBuild", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("source-only", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"level\": \"error\"", File.ReadAllText(sarif), StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_preset_applies_to_a_project_loaded_with_MSBuild()
    {
        using var folder = new TempFolder();
        using var emptyFeed = new TempFolder();
        var project = folder.Write("Portal/Portal.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestoreSources>{emptyFeed.Path}</RestoreSources>
              </PropertyGroup>
            </Project>
            """);
        folder.Write("Portal/Audit.cs", UnclassifiedLeak);
        CliRunner.Restore(project);

        var recommended = CliRunner.Run(project, "--fail-on", "error", "--quiet");
        var strict = CliRunner.Run(project, "--fail-on", "error", "--quiet", "--preset", "strict");

        Assert.True(recommended.ExitCode == 0, recommended.Stdout + recommended.Stderr);
        Assert.True(strict.ExitCode == 1, strict.Stdout + strict.Stderr);
        Assert.Contains("Portal: MSBuild", strict.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"PII0102\s+error", strict.Stdout);
    }

    [Fact]
    public void Review_preset_turns_the_unclassified_member_suggestion_into_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("Audit.cs", UnclassifiedLeak);

        var recommended = CliRunner.Run(folder.Path, "--quiet");
        var review = CliRunner.Run(folder.Path, "--quiet", "--preset", "review");

        Assert.Matches(@"PII0001\s+note", recommended.Stdout);
        Assert.Matches(@"PII0001\s+warning", review.Stdout);
    }

    private const string UnclassifiedLeak = """
        using System;

        namespace Portal;

        public sealed class Beneficiary
        {
            public string NumeroSecu { get; set; } = "";

            public void Print() => Console.WriteLine(NumeroSecu);
        }
        """;

    [Fact]
    public void Source_only_scans_honour_editorconfig_severities_too()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.PII0102.severity = none
            """);
        folder.Write("Audit.cs", """
            using System;

            public sealed class Beneficiary
            {
                [PiiAnalyzers.Annotations.Nir]
                public string Nir { get; set; } = "";

                public void Print() => Console.WriteLine(Nir);
            }
            """);

        var run = CliRunner.Run(folder.Path, "--quiet");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.DoesNotContain("PII0102", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 classified member(s)", run.Stdout, StringComparison.Ordinal);
    }
}
