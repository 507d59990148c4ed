using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>One compilation to analyse: a project loaded by MSBuild, or a source-only compilation of a folder.</summary>
/// <param name="Name">The project name (or folder name in source-only mode).</param>
/// <param name="Compilation">The compilation, with the project's own severities (<c>.editorconfig</c>).</param>
/// <param name="Options">What analyzers read: <c>.editorconfig</c> options and additional files.</param>
/// <param name="SourceOnly">True when compiled from the .cs files against the running framework only.</param>
/// <param name="Note">Why the scan fell back to source-only, or another remark for the report; null when none.</param>
internal sealed record ScanTarget(string Name, Compilation Compilation, AnalyzerOptions Options, bool SourceOnly, string? Note)
{
    public string Mode => SourceOnly ? "source-only" : "MSBuild";
}
