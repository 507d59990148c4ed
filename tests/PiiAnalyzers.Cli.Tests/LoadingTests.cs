using System;
using System.IO;
using Xunit;

namespace PiiAnalyzers.Cli.Tests;

/// <summary>Source-only fallback and bad inputs: clear one-line messages, the right exit codes, never a stack trace.</summary>
public sealed class LoadingTests
{
    private const string Leak = """
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
        """;

    [Fact]
    public void Unrestorable_project_falls_back_to_a_source_only_scan_and_says_so()
    {
        using var folder = new TempFolder();
        using var emptyFeed = new TempFolder();
        folder.Write("Portal/Portal.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestoreSources>{emptyFeed.Path}</RestoreSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PiiScan.Tests.Package.That.Does.Not.Exist" Version="9.9.9" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("Portal/Audit.cs", Leak);

        var run = CliRunner.Run(folder.Path);

        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        Assert.Contains("Portal: source-only fallback", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("falling back to a source-only scan", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("PII0102", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_file_that_MSBuild_cannot_read_falls_back_to_a_source_only_scan()
    {
        using var folder = new TempFolder();
        folder.Write("Portal/Portal.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
        folder.Write("Portal/Audit.cs", Leak);

        var run = CliRunner.Run(folder.File("Portal/Portal.csproj"));

        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        Assert.Contains("source-only fallback", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Restored_project_with_a_broken_project_reference_falls_back_and_names_the_reference()
    {
        using var folder = new TempFolder();
        using var emptyFeed = new TempFolder();
        var project = folder.Write("Portal/Portal.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestoreSources>{emptyFeed.Path}</RestoreSources>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="..\Missing\Missing.csproj" />
              </ItemGroup>
            </Project>
            """);
        folder.Write("Portal/Audit.cs", Leak);
        CliRunner.Restore(project);

        var run = CliRunner.Run(folder.Path, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("Portal: source-only fallback: MSBuild could not load it", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Missing.csproj", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("PII0102", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Solution_file_that_MSBuild_cannot_read_exits_with_2()
    {
        using var folder = new TempFolder();
        var solution = folder.Write("Portal.sln", "this is not a solution");

        var run = CliRunner.Run(solution);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pii-scan: error: cannot load 'Portal.sln'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_folder_is_scanned_source_only()
    {
        using var folder = new TempFolder();
        folder.Write("Audit.cs", Leak);

        var run = CliRunner.Run(folder.Path, "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("source-only (no project in the folder)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_exits_with_2_and_one_line()
    {
        var missing = Path.Combine(Path.GetTempPath(), "pii-scan-tests", "does-not-exist-" + Guid.NewGuid().ToString("N"));

        var run = CliRunner.Run(missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"pii-scan: error: '{missing}' does not exist", run.Stderr.Trim());
    }

    [Fact]
    public void Empty_folder_exits_with_2()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", "nothing to scan");

        var run = CliRunner.Run(folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("contains no .cs files to scan", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_with_syntax_errors_is_scanned_anyway_with_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("Broken.cs", """
            using System;

            public sealed class Beneficiary
            {
                public string Nir { get; set; } = "";

                public void Print(
                {
                    Console.WriteLine(Nir)
            """);

        var run = CliRunner.Run(folder.Path, "--quiet");

        Assert.NotEqual(2, run.ExitCode);
        Assert.Contains("syntax error(s); it was scanned anyway", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--fail-on", "sometimes")]
    [InlineData("--sarif")]
    [InlineData("--preset", "lenient")]
    public void Usage_errors_exit_with_2_and_show_the_usage(params string[] args)
    {
        var run = CliRunner.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("pii-scan: error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("usage: pii-scan", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_solution_or_project_exits_with_2()
    {
        using var folder = new TempFolder();
        var file = folder.Write("Audit.cs", Leak);

        var run = CliRunner.Run(file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a .sln, .slnx, .csproj or folder", run.Stderr, StringComparison.Ordinal);
    }
}
