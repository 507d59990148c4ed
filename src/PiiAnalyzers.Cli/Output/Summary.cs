using System;
using System.Globalization;
using System.Linq;
using System.Text;
using PiiAnalyzers.Cli.Analysis;

namespace PiiAnalyzers.Cli.Output;

/// <summary>The readable summary printed after a scan: projects, findings per rule and category, top files.</summary>
internal static class Summary
{
    public static string Write(ScanResult result)
    {
        var text = new StringBuilder();
        var files = result.Projects.Sum(p => p.Files);
        var lines = result.Projects.Sum(p => p.Lines);
        var fresh = result.Findings.Count(f => f.IsNew);
        text.AppendLine(CultureInfo.InvariantCulture, $"pii-scan: {result.Projects.Count} project(s), {files} file(s), {lines} line(s) in {result.Elapsed.TotalSeconds:0.0} s");
        foreach (var project in result.Projects)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {project.Name}: {project.Note ?? project.Mode}");
        }

        if (result.BaselineStatus is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  baseline {result.BaselineStatus}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{result.Findings.Count} finding(s), {fresh} new; {result.Members.Count} classified member(s) in {result.Holders.Count} holder type(s)");
        if (result.Findings.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{"rule",-9}{"level",-9}{"new",6}{"all",6}  title");
            foreach (var group in result.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var title = AnalyzerCatalog.Rules.FirstOrDefault(r => r.Id == group.Key)?.Title.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"{group.Key,-9}{group.First().Level,-9}{group.Count(f => f.IsNew),6}{group.Count(),6}  {title}");
            }

            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{"category",-20}{"new",6}{"all",6}");
            foreach (var group in result.Findings.GroupBy(f => f.Category ?? "(other)").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{group.Key,-20}{group.Count(f => f.IsNew),6}{group.Count(),6}");
            }

            text.AppendLine();
            text.AppendLine("top files");
            foreach (var group in result.Findings.GroupBy(f => f.File).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(5))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{group.Count(),6}  {group.Key}");
            }
        }

        foreach (var notice in result.Notices)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"notice: {notice}");
        }

        return text.ToString();
    }
}
