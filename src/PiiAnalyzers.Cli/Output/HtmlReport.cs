using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace PiiAnalyzers.Cli.Output;

/// <summary>
/// The inventory as one self-contained HTML page (inline style, no script, nothing fetched), rendered from the
/// Markdown report: it only has to understand the headings, paragraphs and tables <see cref="ReportWriter"/> writes.
/// </summary>
internal static class HtmlReport
{
    private const string Style = "body{font-family:system-ui,sans-serif;margin:2em;max-width:80em;color:#222}" +
        "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}" +
        "th{background:#f3f3f3}code{background:#f6f6f6;padding:0 .2em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em}";

    public static string FromMarkdown(string markdown)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Personal-data inventory</title><style>")
            .Append(Style).Append("</style></head><body>\n");
        var lines = markdown.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                var level = Math.Min(line.TakeWhileCount('#'), 6);
                html.Append($"<h{level}>").Append(Inline(line[level..].Trim())).Append($"</h{level}>\n");
            }
            else if (line.StartsWith('|'))
            {
                var rows = new List<string>();
                while (i < lines.Length && lines[i].StartsWith('|'))
                {
                    rows.Add(lines[i++]);
                }

                i--;
                html.Append("<table>\n");
                for (var r = 0; r < rows.Count; r++)
                {
                    if (r == 1)
                    {
                        continue; // the | --- | separator
                    }

                    var tag = r == 0 ? "th" : "td";
                    html.Append("<tr>");
                    foreach (var cell in Cells(rows[r]))
                    {
                        html.Append('<').Append(tag).Append('>').Append(Inline(cell)).Append("</").Append(tag).Append('>');
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</table>\n");
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                html.Append("<p>&bull; ").Append(Inline(line[2..])).Append("</p>\n");
            }
            else if (line.Length > 0)
            {
                html.Append("<p>").Append(Inline(line)).Append("</p>\n");
            }
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static int TakeWhileCount(this string text, char c)
    {
        var count = 0;
        while (count < text.Length && text[count] == c)
        {
            count++;
        }

        return count;
    }

    /// <summary>Splits a Markdown table row on unescaped pipes.</summary>
    private static IEnumerable<string> Cells(string row)
    {
        var cell = new StringBuilder();
        var cells = new List<string>();
        for (var i = 1; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length && row[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (row[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(row[i]);
            }
        }

        return cells;
    }

    /// <summary>Encodes the text and turns `code` spans into &lt;code&gt;.</summary>
    private static string Inline(string text)
    {
        var parts = text.Split('`');
        var result = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var encoded = WebUtility.HtmlEncode(parts[i]);
            result.Append(i % 2 == 1 && i < parts.Length - 1 ? $"<code>{encoded}</code>" : encoded);
        }

        return result.ToString();
    }
}
