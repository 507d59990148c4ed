using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Tests.EndToEnd;

/// <summary>The result of one <c>dotnet</c> command: exit code and the interleaved standard output and error.</summary>
public sealed record DotNetResult(string Command, int ExitCode, string Output, TimeSpan Duration)
{
    public override string ToString() => $"{Command} exited with {ExitCode} after {Duration.TotalSeconds:F1}s:\n{Output}";
}

/// <summary>
/// Runs the <c>dotnet</c> CLI as users do, with a timeout, and leaves no build server behind: no node reuse, no
/// shared compilation server, build servers disabled. The child gets this process's environment minus the MSBuild
/// variables that <c>dotnet test</c> sets for its own build, so it resolves the SDK the way a fresh shell would.
/// </summary>
public static class DotNet
{
    /// <summary>Arguments that keep every build in-process and short-lived.</summary>
    public static readonly string[] NoServers = { "-nodeReuse:false", "-p:UseSharedCompilation=false", "--disable-build-servers" };

    public static DotNetResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(IsInheritedBuildVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var command = "dotnet " + string.Join(" ", arguments);
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{command} did not finish within {timeout.TotalSeconds:F0}s:\n{Text(output)}");
        }

        process.WaitForExit(); // drains the redirected streams
        return new DotNetResult(command, process.ExitCode, Text(output), stopwatch.Elapsed);
    }

    private static bool IsInheritedBuildVariable(string name)
        => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
            || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>Every <c>warning PIIxxxx</c> / <c>error PIIxxxx</c> the build printed, as (severity, id) pairs.</summary>
    public static IReadOnlySet<(string Severity, string Id)> PiiDiagnostics(string buildOutput)
        => System.Text.RegularExpressions.Regex.Matches(buildOutput, @"\b(?<severity>warning|error) (?<id>PII\d{4})\b")
            .Select(m => (m.Groups["severity"].Value, m.Groups["id"].Value))
            .ToHashSet();
}
