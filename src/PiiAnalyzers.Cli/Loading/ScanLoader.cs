using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>Turns the scanned path into compilations: MSBuild where it works, source-only where it does not.</summary>
internal static class ScanLoader
{
    /// <summary>Thrown for a path that cannot be scanned at all (exit code 2); its message is shown as is.</summary>
    public sealed class LoadException(string message) : Exception(message);

    public static async Task<IReadOnlyList<ScanTarget>> LoadAsync(string path, bool sourceOnly, string? preset, Action<string> progress, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var extension = Path.GetExtension(full).ToLowerInvariant();
            if (extension is not (".sln" or ".slnx" or ".csproj"))
            {
                throw new LoadException($"'{path}' is not a .sln, .slnx, .csproj or folder");
            }

            if (sourceOnly)
            {
                return await SourceOnlyAsync(Path.GetDirectoryName(full)!, "--source-only", preset, cancellationToken).ConfigureAwait(false);
            }

            return await MSBuildLoader.LoadAsync(full, preset, progress, cancellationToken).ConfigureAwait(false);
        }

        if (!Directory.Exists(full))
        {
            throw new LoadException($"'{path}' does not exist");
        }

        if (!sourceOnly)
        {
            var solutions = Directory.EnumerateFiles(full, "*.sln").Concat(Directory.EnumerateFiles(full, "*.slnx")).ToList();
            if (solutions.Count == 1)
            {
                return await MSBuildLoader.LoadAsync(solutions[0], preset, progress, cancellationToken).ConfigureAwait(false);
            }

            var projects = Directory.EnumerateFiles(full, "*.csproj", SearchOption.AllDirectories)
                .Where(project => !SourceOnlyCompiler.IsBuildOutput(full, project))
                .OrderBy(project => project, StringComparer.Ordinal)
                .ToList();
            if (projects.Count > 0)
            {
                var targets = new List<ScanTarget>();
                foreach (var project in projects)
                {
                    targets.AddRange(await MSBuildLoader.LoadAsync(project, preset, progress, cancellationToken).ConfigureAwait(false));
                }

                return targets.GroupBy(target => target.Compilation.AssemblyName).Select(group => group.First()).ToList();
            }
        }

        return await SourceOnlyAsync(full, sourceOnly ? "--source-only" : "no project in the folder", preset, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<ScanTarget>> SourceOnlyAsync(string folder, string reason, string? preset, CancellationToken cancellationToken)
    {
        var files = SourceOnlyCompiler.FindSources(folder);
        if (files.Count == 0)
        {
            throw new LoadException($"'{folder}' contains no .cs files to scan");
        }

        var name = new DirectoryInfo(folder).Name;
        return new[] { await SourceOnlyCompiler.CompileAsync(name, folder, files, $"source-only ({reason})", preset, cancellationToken).ConfigureAwait(false) };
    }
}
