using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.EndToEnd;

/// <summary>
/// The package as users get it: packed, restored from a feed into a consumer project, built with the .NET SDK, with
/// diagnostics read from the build output and from the compiler's own SARIF log. Slow (each test is a real build):
/// run them alone with <c>dotnet test --filter Category=EndToEnd</c>, or skip them with <c>Category!=EndToEnd</c>.
/// </summary>
[Collection(EndToEndCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PackageEndToEndTests
{
    /// <summary>A valid NIR (key 91): it must reach neither the build output nor the SARIF log.</summary>
    private const string Nir = "185057800608491";

    private const string LeakyCode = $$"""
        namespace Consumer;

        public sealed class Beneficiaire
        {
            public string Nom { get; set; } = "";
            public string NumeroSecuriteSociale { get; set; } = "";
            public long Nir { get; set; }
        }

        public static class DonneesDeDemo
        {
            public const string NirDeDemo = "{{Nir}}";
        }
        """;

    /// <summary>
    /// Classified members, with source-declared copies of the attributes (recognised by full name). Not the
    /// PiiAnalyzers.Annotations package: its dependencies would have to come from nuget.org, and these tests must not
    /// need the network.
    /// </summary>
    private const string CleanCode = """
        using System;
        using PiiAnalyzers.Annotations;

        namespace Consumer
        {
            public sealed class Beneficiaire
            {
                public string Nom { get; set; } = "";
                [Nir] public string NumeroSecuriteSociale { get; set; } = "";
                [BirthDate] public DateOnly DateNaissance { get; set; }
                public int NirCount { get; set; }
            }
        }

        namespace PiiAnalyzers.Annotations
        {
            [AttributeUsage(AttributeTargets.All)] public sealed class NirAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] public sealed class BirthDateAttribute : Attribute { }
        }
        """;

    private readonly PackageFixture package;
    private readonly ITestOutputHelper output;

    public PackageEndToEndTests(PackageFixture package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
        output.WriteLine($"Packed {package.Version} in {package.PackDuration.TotalSeconds:F1}s");
    }

    [Fact]
    public void Analyzers_package_contains_exactly_the_analyzers_presets_and_readme()
    {
        Assert.Equal(
            new[]
            {
                "README.md",
                "analyzers/dotnet/cs/PiiAnalyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/PiiAnalyzers.dll",
                "buildTransitive/PiiAnalyzers.props",
                "buildTransitive/PiiAnalyzers.targets",
                "buildTransitive/config/recommended.globalconfig",
                "buildTransitive/config/review.globalconfig",
                "buildTransitive/config/strict.globalconfig",
            },
            Entries(package.AnalyzersPackage));
    }

    [Fact]
    public void Annotations_package_contains_the_library_its_documentation_and_readme()
    {
        Assert.Equal(
            new[]
            {
                "README.md",
                "lib/netstandard2.0/PiiAnalyzers.Annotations.dll",
                "lib/netstandard2.0/PiiAnalyzers.Annotations.xml",
            },
            Entries(package.AnnotationsPackage));
    }

    [Fact]
    public void Recommended_is_the_default_and_reports_warnings_in_the_output_and_the_sarif_log()
    {
        var consumer = new Consumer(package, "recommended").WithProject().WithFile("Beneficiaire.cs", LeakyCode);

        var build = Build(consumer);

        Assert.Equal(0, build.ExitCode);
        var printed = DotNet.PiiDiagnostics(build.Output);
        Assert.Contains(("warning", "PII0002"), printed);
        Assert.Contains(("warning", "PII0003"), printed);
        Assert.DoesNotContain(printed, d => d.Id == "PII0001");
        Assert.DoesNotContain(printed, d => d.Severity == "error");

        var sarif = consumer.PiiSarifResults();
        Assert.Contains(("PII0002", "warning"), sarif);
        Assert.Contains(("PII0003", "warning"), sarif);
        Assert.Contains(("PII0001", "note"), sarif); // a suggestion: in the log for code scanning, not in the build output
        AssertNoNir(consumer, build);
    }

    [Fact]
    public void Strict_turns_the_warnings_into_errors_and_fails_the_build()
    {
        var consumer = new Consumer(package, "strict")
            .WithProject("<PiiAnalyzersMode>strict</PiiAnalyzersMode>")
            .WithFile("Beneficiaire.cs", LeakyCode);

        var build = Build(consumer);

        Assert.NotEqual(0, build.ExitCode);
        var printed = DotNet.PiiDiagnostics(build.Output);
        Assert.Contains(("error", "PII0002"), printed);
        Assert.Contains(("error", "PII0003"), printed);
        Assert.DoesNotContain(printed, d => d.Id == "PII0001");
        Assert.DoesNotContain(printed, d => d.Severity == "warning");

        var sarif = consumer.PiiSarifResults();
        Assert.Contains(("PII0002", "error"), sarif);
        Assert.Contains(("PII0003", "error"), sarif);
        AssertNoNir(consumer, build);
    }

    [Fact]
    public void The_projects_own_editorconfig_and_globalconfig_win_over_the_preset()
    {
        // strict.globalconfig sets PII0001 to suggestion itself: the project's .globalconfig (default global_level
        // 100) must win over the preset's negative level, not conflict with it.
        var consumer = new Consumer(package, "override")
            .WithProject("<PiiAnalyzersMode>strict</PiiAnalyzersMode>")
            .WithFile("Beneficiaire.cs", LeakyCode)
            .WithFile(".editorconfig", """
                root = true

                [*.cs]
                dotnet_diagnostic.PII0002.severity = warning
                dotnet_diagnostic.PII0003.severity = none
                """)
            .WithFile(".globalconfig", """
                is_global = true
                dotnet_diagnostic.PII0001.severity = warning
                """);

        var build = Build(consumer);

        Assert.Equal(0, build.ExitCode);
        var printed = DotNet.PiiDiagnostics(build.Output);
        Assert.Contains(("warning", "PII0001"), printed);
        Assert.Contains(("warning", "PII0002"), printed);
        Assert.DoesNotContain(printed, d => d.Id == "PII0003");
        Assert.DoesNotContain(printed, d => d.Severity == "error");
        Assert.DoesNotContain("MultipleGlobalAnalyzerKeys", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_reports_unclassified_members_as_warnings()
    {
        var consumer = new Consumer(package, "review").WithProject().WithFile("Beneficiaire.cs", LeakyCode);

        var build = Build(consumer, "PiiAnalyzersMode=review");

        Assert.Equal(0, build.ExitCode);
        var printed = DotNet.PiiDiagnostics(build.Output);
        Assert.Contains(("warning", "PII0001"), printed);
        Assert.Contains(("warning", "PII0002"), printed);
        Assert.Contains(("warning", "PII0003"), printed);
        Assert.DoesNotContain(printed, d => d.Severity == "error");
        Assert.Contains(("PII0001", "warning"), consumer.PiiSarifResults());
        AssertNoNir(consumer, build);
    }

    [Fact]
    public void Clean_code_has_no_pii_diagnostics_even_in_review()
    {
        var consumer = new Consumer(package, "clean")
            .WithProject("<PiiAnalyzersMode>review</PiiAnalyzersMode>")
            .WithFile("Beneficiaire.cs", CleanCode);

        var build = Build(consumer);

        Assert.Equal(0, build.ExitCode);
        Assert.Empty(DotNet.PiiDiagnostics(build.Output));
        Assert.Empty(consumer.PiiSarifResults());
    }

    [Fact]
    public void An_unknown_mode_fails_the_build_naming_the_valid_values()
    {
        var consumer = new Consumer(package, "unknown").WithProject().WithFile("Beneficiaire.cs", LeakyCode);

        var build = Build(consumer, "PiiAnalyzersMode=paranoid");

        Assert.NotEqual(0, build.ExitCode);
        var line = build.Output.Split('\n').FirstOrDefault(l => l.Contains("error PIIMODE", StringComparison.Ordinal));
        Assert.True(line is not null, build.ToString());
        Assert.Contains("'paranoid'", line, StringComparison.Ordinal);
        Assert.Contains("recommended", line, StringComparison.Ordinal);
        Assert.Contains("strict", line, StringComparison.Ordinal);
        Assert.Contains("review", line, StringComparison.Ordinal);
    }

    private DotNetResult Build(Consumer consumer, params string[] properties)
    {
        var build = consumer.Build(properties);
        output.WriteLine(build.ToString());
        return build;
    }

    private static void AssertNoNir(Consumer consumer, DotNetResult build)
    {
        Assert.DoesNotContain(Nir, File.ReadAllText(consumer.Sarif), StringComparison.Ordinal);
        Assert.DoesNotContain(Nir, build.Output, StringComparison.Ordinal);
    }

    private static string[] Entries(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        return zip.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/services/", StringComparison.Ordinal)
                && name != "[Content_Types].xml"
                && !name.EndsWith(".nuspec", StringComparison.Ordinal)
                && !name.EndsWith(".signature.p7s", StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
    }
}
