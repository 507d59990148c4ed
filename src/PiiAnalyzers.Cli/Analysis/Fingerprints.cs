using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Cli.Analysis;

/// <summary>
/// Finding fingerprints for baselines and SARIF <c>partialFingerprints</c>: the rule id, the containing member's
/// documentation id and a hash of the code of the finding's lines with every whitespace removed. No line number
/// enters, so moving code (or re-indenting it) keeps the fingerprint; editing the flagged line changes it. Only the
/// hash of the code is kept, never the code (which may hold a hard-coded NIR).
/// </summary>
internal static class Fingerprints
{
    public static string KeyOf(string ruleId, string member, SourceText text, TextSpan span)
    {
        var lines = text.Lines;
        var first = lines.GetLineFromPosition(span.Start).LineNumber;
        var last = lines.GetLineFromPosition(Math.Max(span.Start, span.End)).LineNumber;
        var code = new StringBuilder();
        for (var line = first; line <= last; line++)
        {
            foreach (var c in lines[line].ToString())
            {
                if (!char.IsWhiteSpace(c))
                {
                    code.Append(c);
                }
            }
        }

        return $"{ruleId}|{member}|{Hash(code.ToString())}";
    }

    /// <summary>
    /// Numbers findings with the same key (same rule, member and line text) in source order. The result stays readable
    /// (<c>PII0101|M:Ns.Type.Method(System.String)|hash|0</c>) so that a reviewer can see what a baseline accepts.
    /// </summary>
    public static void Assign(IEnumerable<Finding> findings)
    {
        foreach (var group in findings.GroupBy(finding => finding.FingerprintKey, StringComparer.Ordinal))
        {
            var occurrence = 0;
            foreach (var finding in group.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn))
            {
                finding.Fingerprint = $"{finding.FingerprintKey}|{occurrence++}";
            }
        }
    }

    private static string Hash(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
