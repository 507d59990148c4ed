using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Cli.Analysis;

namespace PiiAnalyzers.Cli.Output;

/// <summary>
/// The personal-data inventory for security reviewers, in Markdown or JSON: where personal data lives (classified
/// members and holder types), where it flows (sink findings by rule), practitioner-facing endpoints (the PII03xx
/// findings, when those rules exist), and the hard-coded NIRs (masked). Built from names, locations and rule
/// messages only; the code's literals are never read.
/// </summary>
internal static class ReportWriter
{
    private static readonly (string Prefix, string Title, string Empty)[] Sections =
    {
        ("PII01", "Where personal data flows: logs, console, exceptions, telemetry", "No personal data reaches an output sink."),
        ("PII02", "Bulk exposure: unbounded queries and endpoints", "No unbounded query or endpoint over personal data."),
        ("PII03", "Practitioner-facing endpoints and their scoping", "No endpoint finding."),
        ("PII00", "Classification findings", "No classification finding."),
    };

    /// <summary>JSON for <c>.json</c>, a self-contained page for <c>.html</c>/<c>.htm</c>, Markdown otherwise.</summary>
    public static string Write(ScanResult result, string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Json(result);
        }

        return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? Masking.Mask(HtmlReport.FromMarkdown(Markdown(result)))
            : Markdown(result);
    }

    public static string Markdown(ScanResult result)
    {
        var md = new StringBuilder();
        md.AppendLine("# Personal-data inventory");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Scan of `{result.Input}` by pii-scan ({AnalyzerCatalog.Rules.Length} rules). Paths are relative to the scanned folder.");
        md.AppendLine("This report lists names and locations only: no value found in the code is copied here, and hard-coded NIRs are masked.");
        md.AppendLine();
        md.AppendLine("| project | mode | files | lines | notes |");
        md.AppendLine("| --- | --- | ---: | ---: | --- |");
        foreach (var project in result.Projects)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(project.Name)} | {project.Mode} | {project.Files} | {project.Lines} | {Cell(Notes(project))} |");
        }

        md.AppendLine();
        if (result.BaselineStatus is not null)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Baseline: {result.BaselineStatus}.");
            md.AppendLine();
        }

        md.AppendLine("## Summary");
        md.AppendLine();
        md.AppendLine("| rule | title | findings | new |");
        md.AppendLine("| --- | --- | ---: | ---: |");
        foreach (var group in result.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {Cell(Title(group.Key))} | {group.Count()} | {group.Count(f => f.IsNew)} |");
        }

        md.AppendLine();
        md.AppendLine("## Where personal data lives");
        md.AppendLine();
        var byCategory = result.Members.GroupBy(m => m.Category).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var category in Categories())
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {category}");
            md.AppendLine();
            var reached = Reached(result, category);
            if (reached.Length > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"Findings on this category: {reached}.");
                md.AppendLine();
            }

            if (!byCategory.TryGetValue(category, out var members))
            {
                md.AppendLine("No classified member.");
                md.AppendLine();
                continue;
            }

            md.AppendLine("| type | member | member type | location | classified by |");
            md.AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var member in members.OrderBy(m => m.Type, StringComparer.Ordinal).ThenBy(m => m.Member, StringComparer.Ordinal))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(member.Type)} | {Cell(member.Member)} | {Cell(member.MemberType)} | {Cell($"{member.File}:{member.Line}")} | {Cell(member.Source)} |");
            }

            md.AppendLine();
        }

        md.AppendLine("### Types holding personal data");
        md.AppendLine();
        if (result.Holders.Count == 0)
        {
            md.AppendLine("None.");
        }
        else
        {
            md.AppendLine("| type | categories (directly or through members) | location |");
            md.AppendLine("| --- | --- | --- |");
            foreach (var holder in result.Holders.OrderBy(h => h.Type, StringComparer.Ordinal))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(holder.Type)} | {Cell(holder.Categories)} | {Cell($"{holder.File}:{holder.Line}")} |");
            }
        }

        md.AppendLine();
        foreach (var (prefix, title, empty) in Sections)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
            md.AppendLine();
            var rules = AnalyzerCatalog.Rules.Where(rule => rule.Id.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (rules.Count == 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"The rules {prefix}xx are not part of this version of PiiAnalyzers: nothing was checked here.");
                md.AppendLine();
                continue;
            }

            var any = false;
            foreach (var rule in rules)
            {
                var findings = result.Findings.Where(f => f.RuleId == rule.Id).ToList();
                if (findings.Count == 0)
                {
                    continue;
                }

                any = true;
                md.AppendLine(CultureInfo.InvariantCulture, $"### {rule.Id}: {rule.Title} ({findings.Count})");
                md.AppendLine();
                md.AppendLine("| location | member | finding | status |");
                md.AppendLine("| --- | --- | --- | --- |");
                foreach (var finding in findings)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell($"{finding.File}:{finding.StartLine}")} | {Cell(ShortMember(finding.Member))} | {Cell(Describe(finding))} | {(finding.IsNew ? "new" : "baseline")} |");
                }

                md.AppendLine();
            }

            if (!any)
            {
                md.AppendLine(empty);
                md.AppendLine();
            }
        }

        var notices = result.Notices;
        if (notices.Count > 0)
        {
            md.AppendLine("## Notices");
            md.AppendLine();
            foreach (var notice in notices)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {notice}");
            }

            md.AppendLine();
        }

        return Masking.Mask(md.ToString());
    }

    public static string Json(ScanResult result)
    {
        var report = new JsonObject
        {
            ["tool"] = "pii-scan",
            ["input"] = result.Input,
            ["baseline"] = result.BaselineStatus,
            ["projects"] = new JsonArray(result.Projects.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name,
                ["mode"] = p.Mode,
                ["note"] = p.Note,
                ["files"] = p.Files,
                ["lines"] = p.Lines,
                ["syntaxErrors"] = p.SyntaxErrors,
                ["compilerErrors"] = p.CompilerErrors,
            }).ToArray()),
            ["classifiedMembers"] = new JsonArray(result.Members.Select(m => (JsonNode)new JsonObject
            {
                ["category"] = m.Category,
                ["type"] = m.Type,
                ["member"] = m.Member,
                ["memberType"] = m.MemberType,
                ["file"] = m.File,
                ["line"] = m.Line,
                ["source"] = m.Source,
                ["project"] = m.Project,
            }).ToArray()),
            ["holders"] = new JsonArray(result.Holders.Select(h => (JsonNode)new JsonObject
            {
                ["type"] = h.Type,
                ["categories"] = h.Categories,
                ["file"] = h.File,
                ["line"] = h.Line,
            }).ToArray()),
            ["findingsByCategory"] = new JsonObject(result.Findings.Where(f => f.Category is not null).GroupBy(f => f.Category!)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KeyValuePair<string, JsonNode?>(g.Key, new JsonObject(g.GroupBy(f => f.RuleId).OrderBy(r => r.Key, StringComparer.Ordinal)
                    .Select(r => new KeyValuePair<string, JsonNode?>(r.Key, r.Count())))))),
            ["findingsByRule"] = new JsonObject(result.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KeyValuePair<string, JsonNode?>(g.Key, new JsonObject
                {
                    ["title"] = Title(g.Key),
                    ["findings"] = new JsonArray(g.Select(f => (JsonNode)new JsonObject
                    {
                        ["file"] = f.File,
                        ["line"] = f.StartLine,
                        ["member"] = f.Member,
                        ["category"] = f.Category,
                        ["message"] = f.Message,
                        ["level"] = f.Level,
                        ["new"] = f.IsNew,
                        ["fingerprint"] = f.Fingerprint,
                    }).ToArray()),
                }))),
            ["notices"] = new JsonArray(result.Notices.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
        };
        return Masking.Mask(report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>The rule message; for a hard-coded NIR, a fixed mask stands where a reader would look for the value.</summary>
    private static string Describe(Finding finding)
        => finding.RuleId == "PII0002" ? $"{finding.Message} (value masked: `{Masking.NirMask}`)" : finding.Message;

    /// <summary>Which rules reported findings on a category, with counts: "PII0101 Personal data written to a log (2)".</summary>
    private static string Reached(ScanResult result, string category)
        => string.Join(", ", result.Findings
            .Where(f => f.Category == category)
            .GroupBy(f => f.RuleId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {Title(g.Key)} ({g.Count()})")));

    private static IEnumerable<string> Categories()
        => PiiAnalyzers.Classification.PiiCategoryExtensions.All.Select(category => category.ToString());

    private static string Title(string ruleId)
        => AnalyzerCatalog.Rules.FirstOrDefault(rule => rule.Id == ruleId)?.Title.ToString(CultureInfo.InvariantCulture) ?? ruleId;

    private static string Notes(ProjectSummary project)
    {
        var notes = new List<string>();
        if (project.Note is not null)
        {
            notes.Add(project.Note);
        }

        if (project.SyntaxErrors > 0)
        {
            notes.Add($"{project.SyntaxErrors} syntax error(s), scanned anyway");
        }

        if (project.CompilerErrors > 0)
        {
            notes.Add($"{project.CompilerErrors} compiler error(s): some findings may be missed");
        }

        return string.Join("; ", notes);
    }

    /// <summary><c>M:Ns.Type.Method(System.String)</c> → <c>Type.Method</c>: enough for a reader, the SARIF has the rest.</summary>
    public static string ShortMember(string id)
    {
        if (id.Length == 0)
        {
            return string.Empty;
        }

        var name = id.Length > 2 && id[1] == ':' ? id[2..] : id;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }

        var parts = name.Split('.');
        return parts.Length >= 2 ? $"{parts[^2]}.{parts[^1]}" : name;
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
}
