using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Cli;

/// <summary>The command line of <c>pii-scan</c>, parsed by hand: a handful of options do not need a parser library.</summary>
internal sealed class ScanOptions
{
    public const string Usage =
        "usage: pii-scan [<path>] [--sarif FILE] [--report FILE.md|.html|.json] [--baseline FILE] " +
        "[--fail-on error|warning|note|none] [--preset recommended|strict|review] [--source-only] [--quiet]";

    /// <summary>A .sln, .slnx, .csproj or folder; null means the repository's samples/ folder (the embedded default).</summary>
    public string? Path { get; private set; }

    public string? SarifFile { get; private set; }

    public string? ReportFile { get; private set; }

    public string? BaselineFile { get; private set; }

    /// <summary>The lowest severity that fails the scan; null means never fail (<c>--fail-on none</c>).</summary>
    public DiagnosticSeverity? FailOn { get; private set; } = DiagnosticSeverity.Warning;

    /// <summary>Skip MSBuild and compile the .cs files against the running framework only.</summary>
    public bool SourceOnly { get; private set; }

    /// <summary>A package preset applied on top of the projects' configuration; null keeps the projects' own.</summary>
    public string? Preset { get; private set; }

    public bool Quiet { get; private set; }

    public bool Help { get; private set; }

    /// <summary>Parses the arguments; returns null and sets <paramref name="error"/> on a usage error.</summary>
    public static ScanOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new ScanOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h":
                case "--help":
                case "-?":
                    options.Help = true;
                    break;
                case "--sarif":
                    options.SarifFile = Value(args, ref i, arg, ref error);
                    break;
                case "--report":
                    options.ReportFile = Value(args, ref i, arg, ref error);
                    break;
                case "--baseline":
                    options.BaselineFile = Value(args, ref i, arg, ref error);
                    break;
                case "--fail-on":
                    var level = Value(args, ref i, arg, ref error);
                    switch (level?.ToLowerInvariant())
                    {
                        case "error": options.FailOn = DiagnosticSeverity.Error; break;
                        case "warning": options.FailOn = DiagnosticSeverity.Warning; break;
                        case "note": case "info": options.FailOn = DiagnosticSeverity.Info; break;
                        case "none": options.FailOn = null; break;
                        case null: break;
                        default: error ??= $"--fail-on expects error, warning, note or none, not '{level}'"; break;
                    }

                    break;
                case "--preset":
                    var preset = Value(args, ref i, arg, ref error);
                    if (preset is not null && !Loading.Presets.Names.Contains(preset.ToLowerInvariant()))
                    {
                        error ??= $"--preset expects {string.Join(", ", Loading.Presets.Names)}, not '{preset}'";
                    }

                    options.Preset = preset?.ToLowerInvariant();
                    break;
                case "--source-only":
                    options.SourceOnly = true;
                    break;
                case "-q":
                case "--quiet":
                    options.Quiet = true;
                    break;
                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
                    {
                        error ??= $"unknown option '{arg}'";
                    }
                    else if (options.Path is null)
                    {
                        options.Path = arg;
                    }
                    else
                    {
                        error ??= $"only one path can be scanned, got '{options.Path}' and '{arg}'";
                    }

                    break;
            }
        }

        return error is null ? options : null;
    }

    private static string? Value(IReadOnlyList<string> args, ref int i, string option, ref string? error)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            error ??= $"{option} expects a value";
            return null;
        }

        return args[++i];
    }
}
