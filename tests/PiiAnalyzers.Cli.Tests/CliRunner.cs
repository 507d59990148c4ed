using System;
using System.Diagnostics;
using System.IO;
using PiiAnalyzers.Cli;
using Xunit;

namespace PiiAnalyzers.Cli.Tests;

/// <summary>The outcome of one in-process run of pii-scan.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Drives <see cref="Program.Run"/> in process, and finds the repository and its sample.</summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = Program.Run(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Restores a generated project offline (its RestoreSources is an empty folder); asserts it worked.</summary>
    public static void Restore(string project)
    {
        var start = new ProcessStartInfo("dotnet", $"restore \"{project}\" --verbosity quiet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "dotnet restore did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, $"dotnet restore failed: {output.Result}{error.Result}");
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json")));
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Sample => Path.Combine(RepositoryRoot, "samples", "TiersPayant");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PiiAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PiiAnalyzers.sln not found above the test folder");
    }
}

/// <summary>A temporary folder for generated solutions, deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pii-scan-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a locked file in /tmp is not a test failure.
        }
    }
}
