using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Cli.Analysis;

namespace PiiAnalyzers.Cli.Output;

/// <summary>
/// SARIF 2.1.0, written with System.Text.Json (the SARIF SDK does not restore here): the rules with the package's
/// titles and help links, results with locations relative to the scanned root (<c>%SRCROOT%</c>), and
/// <c>partialFingerprints</c> from <see cref="Fingerprints"/>. No code snippets: the flagged code may hold a NIR.
/// </summary>
internal static class SarifWriter
{
    public const string FingerprintKey = "piiScan/v1";

    public static string Write(ScanResult result)
    {
        var rules = AnalyzerCatalog.Rules;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        var rulesArray = new JsonArray();
        foreach (var rule in rules)
        {
            rulesArray.Add(new JsonObject
            {
                ["id"] = rule.Id,
                ["name"] = RuleName(rule),
                ["shortDescription"] = new JsonObject { ["text"] = rule.Title.ToString(CultureInfo.InvariantCulture) },
                ["fullDescription"] = new JsonObject { ["text"] = rule.Description.ToString(CultureInfo.InvariantCulture) },
                ["helpUri"] = rule.HelpLinkUri,
                ["defaultConfiguration"] = new JsonObject
                {
                    ["level"] = Finding.SarifLevel(rule.DefaultSeverity),
                    ["enabled"] = rule.IsEnabledByDefault,
                },
                ["properties"] = new JsonObject { ["category"] = rule.Category },
            });
        }

        var results = new JsonArray();
        foreach (var finding in result.Findings)
        {
            var sarifResult = new JsonObject
            {
                ["ruleId"] = finding.RuleId,
                ["level"] = finding.Level,
                ["message"] = new JsonObject { ["text"] = finding.Message },
                ["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = Uri.EscapeDataString(finding.File).Replace("%2F", "/", StringComparison.Ordinal), ["uriBaseId"] = "SRCROOT" },
                        ["region"] = new JsonObject
                        {
                            ["startLine"] = finding.StartLine,
                            ["startColumn"] = finding.StartColumn,
                            ["endLine"] = finding.EndLine,
                            ["endColumn"] = finding.EndColumn,
                        },
                    },
                }),
                ["partialFingerprints"] = new JsonObject { [FingerprintKey] = finding.Fingerprint },
            };
            if (ruleIndex.TryGetValue(finding.RuleId, out var index))
            {
                sarifResult["ruleIndex"] = index;
            }

            if (finding.Member.Length > 0)
            {
                sarifResult["locations"]![0]!["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = finding.Member });
            }

            if (result.BaselineStatus is not null)
            {
                sarifResult["baselineState"] = finding.IsNew ? "new" : "unchanged";
            }

            var properties = new JsonObject { ["project"] = finding.Project };
            if (finding.Category is not null)
            {
                properties["category"] = finding.Category;
            }

            sarifResult["properties"] = properties;
            results.Add(sarifResult);
        }

        var notifications = new JsonArray();
        foreach (var project in result.Projects.Where(p => p.Note is not null))
        {
            notifications.Add(new JsonObject { ["level"] = "note", ["message"] = new JsonObject { ["text"] = $"{project.Name}: {project.Note}" } });
        }

        foreach (var notice in result.Notices)
        {
            notifications.Add(new JsonObject { ["level"] = "warning", ["message"] = new JsonObject { ["text"] = notice } });
        }

        var root = new Uri(result.Root.EndsWith(System.IO.Path.DirectorySeparatorChar) ? result.Root : result.Root + System.IO.Path.DirectorySeparatorChar);
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "pii-scan",
                        ["fullName"] = "PiiAnalyzers pii-scan",
                        ["version"] = version,
                        ["semanticVersion"] = version,
                        ["informationUri"] = "https://github.com/piianalyzers/piianalyzers",
                        ["rules"] = rulesArray,
                    },
                },
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = true,
                    ["toolExecutionNotifications"] = notifications,
                }),
                ["originalUriBaseIds"] = new JsonObject { ["SRCROOT"] = new JsonObject { ["uri"] = root.AbsoluteUri } },
                ["results"] = results,
                ["columnKind"] = "utf16CodeUnits",
            }),
        };

        return Masking.Mask(sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>A PascalCase name from the title, as SARIF viewers show it next to the id.</summary>
    private static string RuleName(DiagnosticDescriptor rule)
    {
        var words = rule.Title.ToString(CultureInfo.InvariantCulture)
            .Split(new[] { ' ', ',', '(', ')', '/', '-' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.All(char.IsLetterOrDigit));
        return string.Concat(words.Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
    }
}
