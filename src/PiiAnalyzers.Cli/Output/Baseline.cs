using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using PiiAnalyzers.Cli.Analysis;

namespace PiiAnalyzers.Cli.Output;

/// <summary>
/// A baseline: the fingerprints of accepted findings. Written when the file does not exist (every current finding is
/// then accepted), read otherwise; with a baseline only findings it does not hold are new and count for the exit code.
/// </summary>
internal static class Baseline
{
    public static string Apply(string path, ScanResult result)
    {
        if (!File.Exists(path))
        {
            var document = new JsonObject
            {
                ["tool"] = "pii-scan",
                ["version"] = 1,
                ["comment"] = "Fingerprints of accepted findings: rule|member|hash of the normalised code|occurrence. No code or values.",
                ["fingerprints"] = new JsonArray(result.Findings.Select(f => f.Fingerprint).Distinct().OrderBy(f => f, StringComparer.Ordinal).Select(f => (JsonNode)JsonValue.Create(f)).ToArray()),
            };
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine);
            foreach (var finding in result.Findings)
            {
                finding.IsNew = false;
            }

            return $"written to {path} with {result.Findings.Count} accepted finding(s)";
        }

        HashSet<string> known;
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path));
            known = node?["fingerprints"]?.AsArray().Select(item => item?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal)
                ?? throw new InvalidDataException("no \"fingerprints\" array");
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or InvalidOperationException or FormatException)
        {
            throw new Loading.ScanLoader.LoadException($"the baseline '{path}' is not a pii-scan baseline ({exception.Message.Split('\n')[0]})");
        }

        foreach (var finding in result.Findings)
        {
            finding.IsNew = !known.Contains(finding.Fingerprint);
        }

        var fresh = result.Findings.Count(f => f.IsNew);
        return $"read from {path}: {result.Findings.Count - fresh} known finding(s) suppressed, {fresh} new";
    }
}
