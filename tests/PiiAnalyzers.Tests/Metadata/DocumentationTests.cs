using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Options;
using Xunit;

namespace PiiAnalyzers.Tests.Metadata;

/// <summary>
/// Keeps the documentation in step with the code: one page per rule with the descriptor's title, category and
/// severity, a help link to that page, a README row, a release-tracking entry, and every option a rule reads
/// documented where users look for it. A rule added without its documentation fails here, by name.
/// </summary>
public class DocumentationTests
{
    private static readonly string[] PageSections =
    {
        "## What it flags", "## Why it matters", "## Flagged", "## Not flagged", "## Options", "## Code fix", "## Suppressing",
    };

    private static readonly Regex ReadmeRuleRow = new(@"^\| \[(?<id>[^\]]+)\]\((?<link>[^)]+)\) \|", RegexOptions.CultureInvariant);

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

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
    [MemberData(nameof(DescriptorIds))]
    public void Rule_page_starts_with_id_and_title(string id)
    {
        var descriptor = Descriptor(id);
        var lines = PageLines(id);
        Assert.Equal($"# {id}: {Title(descriptor)}", lines[0]);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Rule_page_property_table_matches_descriptor(string id)
    {
        var descriptor = Descriptor(id);
        var properties = PropertyTable(PageLines(id));
        Assert.Equal(id, Property(properties, "Id", id));
        Assert.Equal(descriptor.Category, Property(properties, "Category", id));
        Assert.Equal(descriptor.DefaultSeverity.ToString(), Property(properties, "Default severity", id));
        var codeFix = Property(properties, "Code fix", id);
        Assert.True(codeFix == "no" || codeFix.StartsWith("yes: ", StringComparison.Ordinal), $"{id}: Code fix is '{codeFix}', expected 'no' or 'yes: ...'.");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Rule_page_has_every_section_in_order(string id)
    {
        var lines = PageLines(id);
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(PageSections, headings);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Help_link_points_to_rule_page(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal(RuleIds.HelpLink(id), descriptor.HelpLinkUri);
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Readme_has_rule_row(string id)
    {
        var descriptor = Descriptor(id);
        var prefix = $"| [{id}](docs/rules/{id}.md) | {Title(descriptor)} | {descriptor.DefaultSeverity} |";
        var row = ReadLines("README.md").SingleOrDefault(l => l.StartsWith($"| [{id}](", StringComparison.Ordinal));
        Assert.True(row is not null, $"README.md has no rule row for {id}; expected a row starting with: {prefix}");
        Assert.StartsWith(prefix, row, StringComparison.Ordinal);

        // The README's fix column and the page's "Code fix" property must tell the same story.
        var readmeFix = Cells(row!).Last();
        var pageFix = Property(PropertyTable(PageLines(id)), "Code fix", id);
        Assert.True((readmeFix == "—") == (pageFix == "no"), $"{id}: README fix '{readmeFix}' disagrees with the page's '{pageFix}'.");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Release_tracking_has_rule_with_same_category_and_severity(string id)
    {
        var descriptor = Descriptor(id);
        var rows = ReleaseRows("AnalyzerReleases.Shipped.md").Concat(ReleaseRows("AnalyzerReleases.Unshipped.md"))
            .Where(r => r[0] == id)
            .ToList();
        Assert.True(rows.Count > 0, $"{id} is in neither AnalyzerReleases.Shipped.md nor AnalyzerReleases.Unshipped.md.");
        Assert.Contains(rows, r => r.Length > 2 && r[1] == descriptor.Category && r[2] == descriptor.DefaultSeverity.ToString());
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Every_option_the_rule_reads_is_documented_with_its_default(string id)
    {
        var page = PageLines(id);
        var readme = ReadLines("README.md");
        foreach (var option in PiiOptions.All.Where(o => o.ReadBy.Contains(id)))
        {
            AssertOptionRow(page, option, $"docs/rules/{id}.md");
            AssertOptionRow(readme, option, "README.md");
        }
    }

    [Fact]
    public void Readme_documents_every_option()
    {
        var readme = ReadLines("README.md");
        foreach (var option in PiiOptions.All)
        {
            AssertOptionRow(readme, option, "README.md");
        }
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_texts_contain_no_nir(string id)
    {
        var descriptor = Descriptor(id);
        var texts = new[] { descriptor.Title, descriptor.MessageFormat, descriptor.Description }
            .Select(t => t.ToString(CultureInfo.InvariantCulture));
        foreach (var text in texts)
        {
            Assert.Empty(NirValidator.FindIn(text));
            Assert.DoesNotMatch(@"\d(?: ?\d){12}", text);
        }
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_descriptor()
    {
        var ids = Descriptors.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(Path.Combine(Root.Value, "docs", "rules"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();
        Assert.All(pages, page => Assert.Contains(page!, ids));
    }

    [Fact]
    public void Every_readme_rule_row_belongs_to_a_descriptor()
    {
        var ids = Descriptors.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var rows = ReadLines("README.md").Select(l => ReadmeRuleRow.Match(l)).Where(m => m.Success).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            var rowId = row.Groups["id"].Value;
            Assert.Contains(rowId, ids);
            Assert.Equal($"docs/rules/{rowId}.md", row.Groups["link"].Value);
        });
        Assert.Equal(rows.Count, rows.Select(r => r.Groups["id"].Value).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Analyzers_report_only_known_descriptors()
    {
        foreach (var analyzer in Analyzers())
        {
            Assert.NotEmpty(analyzer.SupportedDiagnostics);
            foreach (var supported in analyzer.SupportedDiagnostics)
            {
                Assert.True(
                    Descriptors.All.Contains(supported),
                    $"{analyzer.GetType().Name} supports {supported.Id}, which is not one of Descriptors.All.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_is_supported_by_exactly_one_analyzer(string id)
    {
        var supporters = Analyzers()
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id == id))
            .Select(a => a.GetType().Name)
            .ToList();
        Assert.True(supporters.Count == 1, $"{id} is supported by {supporters.Count} analyzers: [{string.Join(", ", supporters)}].");
    }

    private static IEnumerable<DiagnosticAnalyzer> Analyzers()
        => typeof(Descriptors).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.IsClass)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t =>
            {
                Assert.True(
                    t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0,
                    $"{t.Name} is a DiagnosticAnalyzer without [DiagnosticAnalyzer].");
                return (DiagnosticAnalyzer)Activator.CreateInstance(t)!;
            })
            .ToList();

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.All.Single(d => d.Id == id);

    private static string Title(DiagnosticDescriptor descriptor) => descriptor.Title.ToString(CultureInfo.InvariantCulture);

    private static string[] PageLines(string id)
    {
        var path = Path.Combine(Root.Value, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"{id} has no page: docs/rules/{id}.md is missing.");
        return File.ReadAllLines(path);
    }

    private static string[] ReadLines(params string[] relativePath)
    {
        var path = Path.Combine(new[] { Root.Value }.Concat(relativePath).ToArray());
        Assert.True(File.Exists(path), $"{string.Join("/", relativePath)} is missing.");
        return File.ReadAllLines(path);
    }

    /// <summary>The rows of the property table: the first table of the page, before its first section.</summary>
    private static Dictionary<string, string> PropertyTable(string[] lines)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (!line.StartsWith("|", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = Cells(line);
            if (cells.Length == 2 && !cells[0].StartsWith("---", StringComparison.Ordinal) && cells[0] != "Property")
            {
                table[cells[0]] = cells[1];
            }
        }

        return table;
    }

    private static string Property(Dictionary<string, string> properties, string name, string id)
    {
        Assert.True(properties.TryGetValue(name, out var value), $"The property table of {id} has no '{name}' row.");
        return value!;
    }

    private static string[] Cells(string row)
        => row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();

    /// <summary>The rule rows of a release-tracking file, without the removed rules.</summary>
    private static IEnumerable<string[]> ReleaseRows(string file)
    {
        var removed = false;
        foreach (var line in ReadLines("src", "PiiAnalyzers", file))
        {
            if (line.StartsWith("###", StringComparison.Ordinal))
            {
                removed = line.IndexOf("Removed", StringComparison.OrdinalIgnoreCase) >= 0;
                continue;
            }

            if (removed || line.StartsWith(";", StringComparison.Ordinal) || !line.Contains('|'))
            {
                continue;
            }

            yield return line.Split('|').Select(c => c.Trim()).ToArray();
        }
    }

    /// <summary>A row <c>| `key` | default | meaning |</c> whose default is the option's (<c>(empty)</c> for none).</summary>
    private static void AssertOptionRow(string[] lines, PiiOption option, string where)
    {
        var row = lines.FirstOrDefault(l => l.StartsWith($"| `{option.Key}` |", StringComparison.Ordinal));
        Assert.True(row is not null, $"{where} does not document the option {option.Key} in a '| Key | Default | Meaning |' row.");
        var expected = option.DefaultValue.Length == 0 ? "(empty)" : $"`{option.DefaultValue}`";
        var cells = Cells(row!);
        Assert.True(cells.Length >= 3, $"{where}: the row of {option.Key} has no Default and Meaning columns.");
        Assert.True(cells[1] == expected, $"{where}: {option.Key} is documented with default {cells[1]}, but its default is {expected}.");
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
