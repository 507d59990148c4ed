using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PiiAnalyzers.Classification;
using Xunit;

namespace PiiAnalyzers.Cli.Tests;

/// <summary>One scan of samples/TiersPayant with every output, shared by the tests that read them.</summary>
public sealed class SampleScan : IDisposable
{
    private readonly TempFolder output = new();

    public SampleScan()
    {
        Sarif = output.File("scan.sarif");
        Markdown = output.File("inventory.md");
        Json = output.File("inventory.json");
        Run = CliRunner.Run(CliRunner.Sample, "--sarif", Sarif, "--report", Markdown, "--quiet");
        JsonRun = CliRunner.Run(CliRunner.Sample, "--report", Json, "--quiet", "--source-only");
        Html = output.File("inventory.html");
        CliRunner.Run(CliRunner.Sample, "--report", Html, "--quiet", "--source-only");
    }

    public string Html { get; }

    public CliRun Run { get; }

    public CliRun JsonRun { get; }

    public string Sarif { get; }

    public string Markdown { get; }

    public string Json { get; }

    public void Dispose() => output.Dispose();
}

public sealed class SampleScanTests(SampleScan scan) : IClassFixture<SampleScan>
{
    [Fact]
    public void Sample_has_warnings_so_the_scan_exits_with_1()
    {
        Assert.True(scan.Run.ExitCode == 1, scan.Run.Stderr + scan.Run.Stdout);
        Assert.Contains("PII0101", scan.Run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", scan.Run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_has_the_2_1_0_shape_with_rules_and_help_links()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(scan.Sarif));
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray().ToList());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("pii-scan", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        foreach (var descriptor in Descriptors.All)
        {
            var rule = Assert.Single(rules, r => r.GetProperty("id").GetString() == descriptor.Id);
            Assert.Equal(descriptor.HelpLinkUri, rule.GetProperty("helpUri").GetString());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
        }

        Assert.Equal(rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count(), rules.Count);
    }

    [Fact]
    public void Sarif_results_carry_the_expected_rules_relative_locations_and_fingerprints()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(scan.Sarif));
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var ids = results.Select(r => r.GetProperty("ruleId").GetString()).ToHashSet();
        Assert.Superset(new[] { "PII0001", "PII0002", "PII0003", "PII0101" }.ToHashSet(), ids!);
        foreach (var result in results)
        {
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            var physical = Assert.Single(result.GetProperty("locations").EnumerateArray().ToList()).GetProperty("physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.False(Path.IsPathRooted(uri), uri);
            Assert.DoesNotContain("..", uri, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(CliRunner.Sample, uri)), uri);
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.False(string.IsNullOrEmpty(result.GetProperty("partialFingerprints").GetProperty("piiScan/v1").GetString()));
        }

        var srcRoot = run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        Assert.StartsWith("file://", srcRoot, StringComparison.Ordinal);
        Assert.EndsWith("/", srcRoot, StringComparison.Ordinal);
    }

    [Fact]
    public void No_output_contains_a_valid_nir_although_the_sample_hard_codes_one()
    {
        var sources = Directory.EnumerateFiles(CliRunner.Sample, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText);
        Assert.Contains(sources, source => NirValidator.FindIn(source).Any());

        foreach (var text in new[] { File.ReadAllText(scan.Sarif), File.ReadAllText(scan.Markdown), File.ReadAllText(scan.Json), File.ReadAllText(scan.Html), scan.Run.Stdout, scan.Run.Stderr })
        {
            Assert.Empty(NirValidator.FindIn(text));
        }
    }

    [Fact]
    public void Markdown_inventory_lists_the_classified_members_by_category_with_their_source()
    {
        var report = File.ReadAllText(scan.Markdown);
        Assert.Contains("### Nir", report, StringComparison.Ordinal);
        Assert.Contains("| Beneficiary | Nir | string | Domain/Beneficiary.cs:", report, StringComparison.Ordinal);
        Assert.Contains("attribute [Nir]", report, StringComparison.Ordinal);
        Assert.Contains("| Beneficiary | DateNaissance |", report, StringComparison.Ordinal);
        Assert.Contains("| EligibilityRequest | NumeroSecu | string | Controllers/Eligibility.cs:", report, StringComparison.Ordinal);
        Assert.Contains("name heuristic", report, StringComparison.Ordinal);
        Assert.Contains("### Types holding personal data", report, StringComparison.Ordinal);
        Assert.Contains("| Contract | InsuranceGuarantee, HealthInsurer |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_inventory_groups_the_flows_by_rule()
    {
        var report = File.ReadAllText(scan.Markdown);
        Assert.Contains("## Where personal data flows", report, StringComparison.Ordinal);
        Assert.Contains("### PII0101: Personal data written to a log (1)", report, StringComparison.Ordinal);
        Assert.Contains("| Program.cs:", report, StringComparison.Ordinal);
        Assert.Contains("### PII0002: Hard-coded NIR in source", report, StringComparison.Ordinal);
        Assert.Contains("Findings on this category: PII0001 ", report, StringComparison.Ordinal);
        Assert.Contains("PII0101 Personal data written to a log (1)", report, StringComparison.Ordinal);
        Assert.Contains("## Practitioner-facing endpoints", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_inventory_is_valid_and_lists_Beneficiary_Nir()
    {
        Assert.True(scan.JsonRun.ExitCode == 1, scan.JsonRun.Stderr);
        using var document = JsonDocument.Parse(File.ReadAllText(scan.Json));
        var members = document.RootElement.GetProperty("classifiedMembers").EnumerateArray();
        Assert.Contains(members, m => m.GetProperty("type").GetString() == "Beneficiary" && m.GetProperty("member").GetString() == "Nir"
            && m.GetProperty("category").GetString() == "Nir");
        Assert.True(document.RootElement.GetProperty("findingsByRule").TryGetProperty("PII0101", out _));
        Assert.True(document.RootElement.GetProperty("findingsByCategory").GetProperty("Nir").GetProperty("PII0101").GetInt32() >= 1);
        Assert.Equal("source-only", document.RootElement.GetProperty("projects")[0].GetProperty("mode").GetString());
    }

    [Fact]
    public void Html_inventory_is_one_self_contained_page()
    {
        var html = File.ReadAllText(scan.Html);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Beneficiary</td><td>Nir</td><td>string</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html.Replace("https://github.com/piianalyzers", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_none_and_error_exit_0_on_the_warnings_of_the_sample()
    {
        Assert.Equal(0, CliRunner.Run(CliRunner.Sample, "--fail-on", "none", "--quiet", "--source-only").ExitCode);
        Assert.Equal(0, CliRunner.Run(CliRunner.Sample, "--fail-on", "error", "--quiet", "--source-only").ExitCode);
    }

    [Fact]
    public void Without_a_path_the_samples_folder_is_scanned_and_the_tool_says_so()
    {
        var run = CliRunner.Run();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no path given: scanning the embedded default", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("TiersPayant", run.Stdout, StringComparison.Ordinal);
    }
}
