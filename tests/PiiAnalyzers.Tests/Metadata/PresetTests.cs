using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PiiAnalyzers.Tests.Metadata;

/// <summary>
/// The presets shipped in the package select rules by category where they can, so a new rule in a known category needs
/// no edit; these tests resolve every descriptor of <see cref="Descriptors.All"/> against each preset as the compiler
/// does (an id entry beats a category entry, which beats the default) and fail, by rule id, when a new rule or a new
/// category is not covered as the README documents. The end-to-end tests check the same presets in a real build.
/// </summary>
public class PresetTests
{
    private static readonly string ConfigDirectory = Path.Combine(
        RepositoryRoot(), "src", "PiiAnalyzers.Package", "buildTransitive", "config");

    public static TheoryData<string> Presets => new() { "recommended", "strict", "review" };

    public static TheoryData<string> DescriptorIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var descriptor in Descriptors.All)
            {
                data.Add(descriptor.Id);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_is_a_global_config_that_a_project_config_overrides(string preset)
    {
        var entries = Entries(preset);
        Assert.Equal("true", entries.GetValueOrDefault("is_global"));
        Assert.True(int.Parse(entries.GetValueOrDefault("global_level") ?? "100", System.Globalization.CultureInfo.InvariantCulture) < 0, $"{preset}: global_level must be negative");
        Assert.All(
            entries.Keys.Where(k => k.StartsWith("dotnet_", StringComparison.Ordinal)),
            key => Assert.True(
                key.StartsWith("dotnet_diagnostic.PII", StringComparison.Ordinal)
                    || Descriptors.All.Any(d => key == CategoryKey(d.Category)),
                $"{preset}: '{key}' configures something other than a PII rule or category"));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Recommended_keeps_the_default_severity(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        Assert.Equal(Default(descriptor), Effective("recommended", descriptor));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Strict_turns_warnings_into_errors_and_leaves_suggestions_alone(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var expected = descriptor.DefaultSeverity == DiagnosticSeverity.Warning ? "error" : Default(descriptor);
        Assert.True(
            expected == Effective("strict", descriptor),
            $"strict.globalconfig makes {id} ({descriptor.Category}, default {Default(descriptor)}) '{Effective("strict", descriptor)}', " +
            $"expected '{expected}': add '{CategoryKey(descriptor.Category)} = error' or a 'dotnet_diagnostic.{id}.severity' entry.");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Review_turns_every_rule_on_as_a_warning(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        Assert.True(
            Effective("review", descriptor) == "warning",
            $"review.globalconfig makes {id} ({descriptor.Category}) '{Effective("review", descriptor)}', expected 'warning': " +
            $"add '{CategoryKey(descriptor.Category)} = warning'.");
    }

    [Fact]
    public void Presets_set_only_declared_options_and_review_reads_caller_counts_strictly()
    {
        foreach (var preset in new[] { "recommended", "strict", "review" })
        {
            foreach (var key in Entries(preset).Keys.Where(k => k.StartsWith(PiiAnalyzers.Options.PiiOptions.Prefix, StringComparison.Ordinal)))
            {
                Assert.Contains(PiiAnalyzers.Options.PiiOptions.All, o => o.Key == key);
            }
        }

        Assert.Equal("unbounded", Entries("review").GetValueOrDefault(PiiAnalyzers.Options.PiiOptions.CallerRowCounts.Key));
        Assert.False(Entries("recommended").ContainsKey(PiiAnalyzers.Options.PiiOptions.CallerRowCounts.Key));
    }

    private static string CategoryKey(string category) => $"dotnet_analyzer_diagnostic.category-{category}.severity";

    private static string Default(DiagnosticDescriptor descriptor)
        => !descriptor.IsEnabledByDefault ? "none" : descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "suggestion",
            _ => "silent",
        };

    private static string Effective(string preset, DiagnosticDescriptor descriptor)
    {
        var entries = Entries(preset);
        var severity = entries.GetValueOrDefault($"dotnet_diagnostic.{descriptor.Id}.severity")
            ?? entries.GetValueOrDefault(CategoryKey(descriptor.Category))
            ?? "default";
        return severity == "default" ? Default(descriptor) : severity;
    }

    private static Dictionary<string, string> Entries(string preset)
        => File.ReadAllLines(Path.Combine(ConfigDirectory, preset + ".globalconfig"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith(';'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);

    private static string RepositoryRoot()
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
