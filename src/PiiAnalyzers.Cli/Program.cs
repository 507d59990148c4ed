using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Cli.Analysis;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;

namespace PiiAnalyzers.Cli;

/// <summary>The <c>pii-scan</c> entry point. <see cref="Run"/> is what tests drive, in process.</summary>
public static class Program
{
    public const int Clean = 0;
    public const int FindingsFound = 1;
    public const int UsageOrLoadError = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs a scan; every failure becomes a one-line message on <paramref name="stderr"/> and exit code 2.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return RunAsync(args, stdout, stderr, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (ScanLoader.LoadException exception)
        {
            stderr.WriteLine($"pii-scan: error: {exception.Message}");
            return UsageOrLoadError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"pii-scan: error: {Masking.Mask(FirstLine(exception.Message))}");
            return UsageOrLoadError;
        }
        catch (Exception exception)
        {
            // Never a stack trace: one line that says what failed, for a bug report.
            stderr.WriteLine($"pii-scan: error: the scan failed ({exception.GetType().Name}: {Masking.Mask(FirstLine(exception.Message))})");
            return UsageOrLoadError;
        }
    }

    private static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var options = ScanOptions.Parse(args, out var error);
        if (options is null)
        {
            stderr.WriteLine($"pii-scan: error: {error}");
            stderr.WriteLine(ScanOptions.Usage);
            return UsageOrLoadError;
        }

        if (options.Help)
        {
            stdout.WriteLine(ScanOptions.Usage);
            stdout.WriteLine(Help);
            return Clean;
        }

        void Progress(string message)
        {
            if (!options.Quiet)
            {
                stderr.WriteLine($"pii-scan: {message}");
            }
        }

        var input = options.Path;
        if (input is null)
        {
            input = DefaultSamples() ?? throw new ScanLoader.LoadException("no path given and no samples/ folder found above the current folder; " + ScanOptions.Usage);
            Progress($"no path given: scanning the embedded default {input}");
        }

        var full = Path.GetFullPath(input);
        var root = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
        var targets = await ScanLoader.LoadAsync(input, options.SourceOnly, options.Preset, Progress, cancellationToken).ConfigureAwait(false);
        if (targets.Count == 0)
        {
            throw new ScanLoader.LoadException($"'{input}' holds no C# project or source file that could be loaded");
        }

        var result = await Scanner.ScanAsync(input, root, targets, Progress, cancellationToken).ConfigureAwait(false);
        if (options.BaselineFile is not null)
        {
            result.BaselineStatus = Baseline.Apply(options.BaselineFile, result);
        }

        if (options.SarifFile is not null)
        {
            await WriteAsync(options.SarifFile, SarifWriter.Write(result), cancellationToken).ConfigureAwait(false);
        }

        if (options.ReportFile is not null)
        {
            await WriteAsync(options.ReportFile, ReportWriter.Write(result, options.ReportFile), cancellationToken).ConfigureAwait(false);
        }

        stdout.Write(Masking.Mask(Summary.Write(result)));
        foreach (var project in result.Projects.Where(p => p.SyntaxErrors > 0))
        {
            stderr.WriteLine($"pii-scan: warning: {project.Name} has {project.SyntaxErrors} syntax error(s); it was scanned anyway and findings may be incomplete");
        }

        if (options.FailOn is not { } threshold)
        {
            return Clean;
        }

        return result.Findings.Any(f => f.IsNew && f.Severity >= threshold) ? FindingsFound : Clean;
    }

    private const string Help = """

        Scans a .sln, .slnx, .csproj or folder with every PiiAnalyzers rule.
          <path>                 what to scan (default: the repository's samples/ folder)
          --sarif FILE           write SARIF 2.1.0
          --report FILE          write the personal-data inventory (.md Markdown, .html self-contained page, .json JSON)
          --baseline FILE        write FILE if missing (accepting every current finding), else count only findings not in it
          --fail-on LEVEL        error | warning (default) | note | none: the lowest level of a new finding that exits with 1
          --preset NAME          recommended | strict | review: the package's severity preset, over the projects' own
          --source-only          do not use MSBuild: compile the .cs files against the running framework
          --quiet                no progress messages
        Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or load error.
        """;

    private static async Task WriteAsync(string path, string content, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The samples/ folder next to PiiAnalyzers.sln, looking up from the current folder and from the tool.</summary>
    private static string? DefaultSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var samples = Path.Combine(directory.FullName, "samples");
                if (File.Exists(Path.Combine(directory.FullName, "PiiAnalyzers.sln")) && Directory.Exists(samples))
                {
                    return samples;
                }
            }
        }

        return null;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
