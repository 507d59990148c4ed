using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Cli.Analysis;

/// <summary>One diagnostic of a PiiAnalyzers rule, with what the outputs need and nothing of the code's values.</summary>
internal sealed class Finding
{
    public required string RuleId { get; init; }

    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>The diagnostic message: it names members and categories, never values (DESIGN.md).</summary>
    public required string Message { get; init; }

    /// <summary>The path relative to the scanned root, with forward slashes.</summary>
    public required string File { get; init; }

    public required int StartLine { get; init; }

    public required int StartColumn { get; init; }

    public required int EndLine { get; init; }

    public required int EndColumn { get; init; }

    /// <summary>The documentation id of the member (or type) that contains the finding, or empty at file level.</summary>
    public required string Member { get; init; }

    /// <summary>The personal-data category the rule reported, when it says.</summary>
    public required string? Category { get; init; }

    public required string Project { get; init; }

    /// <summary>Rule, member and a hash of the normalised code around the finding: stable when lines move.</summary>
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>The hash input before the occurrence number is added (see <see cref="Fingerprints"/>).</summary>
    internal string FingerprintKey { get; init; } = string.Empty;

    /// <summary>False when a baseline already holds the finding.</summary>
    public bool IsNew { get; set; } = true;

    public string Level => SarifLevel(Severity);

    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
