using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// Loads a solution or project with <see cref="MSBuildWorkspace"/>, without restoring or building it. A project that
/// MSBuild cannot evaluate (not restored, private feed, broken reference, Windows-only SDK) is compiled source-only
/// instead, and the target says why.
/// </summary>
internal static class MSBuildLoader
{
    private static readonly object Gate = new();

    public static async Task<IReadOnlyList<ScanTarget>> LoadAsync(string path, string? preset, Action<string> progress, CancellationToken cancellationToken)
    {
        EnsureMSBuild();
        return await LoadCoreAsync(path, preset, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Microsoft.Build.Locator must register the SDK's MSBuild before any MSBuild type is loaded.</summary>
    private static void EnsureMSBuild()
    {
        lock (Gate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<IReadOnlyList<ScanTarget>> LoadCoreAsync(string path, string? preset, Action<string> progress, CancellationToken cancellationToken)
    {
        progress($"loading {Path.GetFileName(path)} with MSBuild");
        using var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                lock (failures)
                {
                    failures.Add(e.Diagnostic.Message);
                }
            }
        });

        Solution solution;
        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            solution = extension == ".csproj"
                ? (await workspace.OpenProjectAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false)).Solution
                : await workspace.OpenSolutionAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (extension != ".csproj")
            {
                throw new ScanLoader.LoadException($"cannot load '{Path.GetFileName(path)}': {FirstLine(exception.Message)}");
            }

            failures.Add(exception.Message);
            solution = workspace.CurrentSolution;
        }

        var targets = new List<ScanTarget>();
        var projectPaths = extension == ".csproj"
            ? new[] { path }
            : ProjectsOf(solution);
        foreach (var projectPath in projectPaths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var project = solution.Projects
                .Where(p => p.Language == LanguageNames.CSharp && SamePath(p.FilePath, projectPath))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            var name = Path.GetFileNameWithoutExtension(projectPath);
            var reason = project is null ? "MSBuild could not load it" : ProblemOf(project, failures);
            if (reason is null)
            {
                if (preset is not null)
                {
                    // The preset joins the project as one more global config, as the package's own preset would.
                    project = project!.AddAnalyzerConfigDocument(
                        Presets.FileName,
                        SourceText.From(Presets.Text(preset)),
                        filePath: Path.Combine(Path.GetDirectoryName(projectPath)!, Presets.FileName)).Project;
                }

                var compilation = await project!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                if (compilation is not null)
                {
                    targets.Add(new ScanTarget(project.Name, compilation, project.AnalyzerOptions, SourceOnly: false, Note: null));
                    continue;
                }

                reason = "MSBuild produced no compilation";
            }

            var folder = Path.GetDirectoryName(projectPath)!;
            var files = SourceOnlyCompiler.FindSources(folder);
            if (files.Count == 0)
            {
                progress($"{name}: {reason}; no .cs files to scan source-only");
                continue;
            }

            progress($"{name}: {reason}; falling back to a source-only scan");
            targets.Add(await SourceOnlyCompiler.CompileAsync(name, folder, files, $"source-only fallback: {reason}", preset, cancellationToken).ConfigureAwait(false));
        }

        return targets;
    }

    /// <summary>The C# projects of a solution, once each (multi-targeted projects appear once per framework).</summary>
    private static IReadOnlyList<string> ProjectsOf(Solution solution)
        => solution.Projects
            .Where(p => p.Language == LanguageNames.CSharp && p.FilePath is not null)
            .Select(p => p.FilePath!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>Why a loaded project cannot be trusted: a load failure naming it, no restore, or no framework at all.</summary>
    private static string? ProblemOf(Project project, List<string> failures)
    {
        // A failure names the project by full path, or by file name after a separator or quote (not App.csproj in MyApp.csproj).
        var path = project.FilePath!;
        var file = Path.GetFileName(path);
        string? failure;
        lock (failures)
        {
            failure = failures.FirstOrDefault(message => message.Contains(path, StringComparison.OrdinalIgnoreCase)
                || message.Contains(Path.DirectorySeparatorChar + file, StringComparison.OrdinalIgnoreCase)
                || message.Contains("'" + file, StringComparison.OrdinalIgnoreCase));
        }

        if (failure is not null)
        {
            return "MSBuild could not load it (" + FirstLine(failure) + ")";
        }

        if (IsSdkProject(path) && !IsRestored(path))
        {
            return "the project is not restored (no obj/project.assets.json; run dotnet restore for a full scan)";
        }

        if (!project.MetadataReferences.Any())
        {
            return "MSBuild resolved no references";
        }

        return null;
    }

    /// <summary>
    /// Whether restore wrote the project's assets file: in obj/ next to the project, or in the artifacts layout
    /// (<c>UseArtifactsOutput</c>: <c>artifacts/obj/&lt;project&gt;/</c> in a folder above it).
    /// </summary>
    private static bool IsRestored(string projectPath)
    {
        var folder = Path.GetDirectoryName(projectPath)!;
        if (File.Exists(Path.Combine(folder, "obj", "project.assets.json")))
        {
            return true;
        }

        var name = Path.GetFileNameWithoutExtension(projectPath);
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "artifacts", "obj", name, "project.assets.json")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSdkProject(string path)
    {
        try
        {
            return File.ReadAllText(path).Contains("Sdk=", StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool SamePath(string? left, string right)
        => left is not null && string.Equals(Path.GetFullPath(left), Path.GetFullPath(right), StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "..." : line;
    }
}
