using System;
using System.Collections.Generic;

namespace PiiAnalyzers.Cli.Analysis;

/// <summary>How one project was scanned.</summary>
internal sealed record ProjectSummary(string Name, string Mode, string? Note, int Files, int Lines, int SyntaxErrors, int CompilerErrors);

/// <summary>Everything a scan found, ready for the outputs. Holds no value of personal data from the code.</summary>
internal sealed class ScanResult
{
    /// <summary>The folder that paths are relative to (the scanned folder, or the solution's or project's folder).</summary>
    public required string Root { get; init; }

    public required string Input { get; init; }

    public List<ProjectSummary> Projects { get; } = new();

    public List<Finding> Findings { get; } = new();

    public List<ClassifiedMember> Members { get; } = new();

    public List<HolderType> Holders { get; } = new();

    /// <summary>Analyzer failures (AD0001) and other notices, one line each.</summary>
    public List<string> Notices { get; } = new();

    public TimeSpan Elapsed { get; set; }

    /// <summary>What the baseline did: null without one, else a one-line description.</summary>
    public string? BaselineStatus { get; set; }
}
