using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>The pages of PII0101–PII0105 match their descriptors, so titles and severities cannot drift.</summary>
public class OutputRuleDocumentationTests
{
    public static TheoryData<string> Ids => new() { "PII0101", "PII0102", "PII0103", "PII0104", "PII0105" };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_matches_descriptor(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var page = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md"));

        Assert.Equal($"# {id}: {descriptor.Title}", page[0]);
        Assert.Contains($"| Id | {id} |", page);
        Assert.Contains($"| Category | {descriptor.Category} |", page);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", page);
        foreach (var section in new[] { "## What it flags", "## Why it matters", "## Flagged", "## Not flagged", "## Options", "## Code fix", "## Suppressing" })
        {
            Assert.Contains(section, page);
        }

        Assert.Equal(RuleIds.HelpLink(id), descriptor.HelpLinkUri);
        var rows = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "README-rows-logging.md"));
        Assert.Contains($"| [{id}](docs/rules/{id}.md) | {descriptor.Title} | Warning |", rows, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PiiAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
