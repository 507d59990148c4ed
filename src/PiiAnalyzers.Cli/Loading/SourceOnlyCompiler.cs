using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// The fallback when MSBuild cannot load or restore a project, and the mode for plain folders: every .cs file of a
/// folder (except bin/ and obj/) compiled against the running .NET and ASP.NET Core frameworks and the classification
/// attributes shipped with the tool. Package types (EF Core, Serilog...) do not resolve, so some findings can be missed.
/// </summary>
internal static class SourceOnlyCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static IReadOnlyList<string> FindSources(string folder)
        => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(folder, path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    public static bool IsBuildOutput(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return relative.Take(relative.Length - 1).Any(part => part is "bin" or "obj" || part.StartsWith(".", StringComparison.Ordinal));
    }

    public static async Task<ScanTarget> CompileAsync(string name, string folder, IReadOnlyList<string> files, string? note, string? preset, CancellationToken cancellationToken)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new SyntaxTree[files.Count];
        await Task.Run(
            () => Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                using var stream = File.OpenRead(files[i]);
                var text = SourceText.From(stream, Encoding.UTF8);
                trees[i] = CSharpSyntaxTree.ParseText(text, parseOptions, files[i], cancellationToken);
            }),
            cancellationToken).ConfigureAwait(false);

        var configs = ReadConfigs(folder).ToList();
        if (preset is not null)
        {
            configs.Add(Presets.Parse(preset, folder));
        }

        var config = new ConfigOptions(configs, trees);
        var compilationOptions = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: true)
            .WithSyntaxTreeOptionsProvider(config.TreeOptions);
        var compilation = CSharpCompilation.Create(name, trees, References.Value, compilationOptions);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, config.AnalyzerOptions);
        return new ScanTarget(name, compilation, options, SourceOnly: true, note);
    }

    /// <summary>The .editorconfig files from the file system root down to the folder and below it, and its .globalconfig files.</summary>
    private static IEnumerable<AnalyzerConfig> ReadConfigs(string folder)
    {
        var paths = new List<string>();
        for (var directory = Directory.GetParent(folder); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ".editorconfig");
            if (File.Exists(candidate))
            {
                paths.Add(candidate);
            }
        }

        paths.AddRange(Directory.EnumerateFiles(folder, ".editorconfig", SearchOption.AllDirectories).Where(path => !IsBuildOutput(folder, path)));
        paths.AddRange(Directory.EnumerateFiles(folder, "*.globalconfig", SearchOption.AllDirectories).Where(path => !IsBuildOutput(folder, path)));
        foreach (var path in paths)
        {
            AnalyzerConfig? config;
            try
            {
                config = AnalyzerConfig.Parse(File.ReadAllText(path), path);
            }
            catch (IOException)
            {
                config = null;
            }

            if (config is not null)
            {
                yield return config;
            }
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The running framework (Microsoft.NETCore.App), ASP.NET Core's shared framework of the same version when it is
        // installed (controllers and minimal APIs then bind), and the annotations assembly shipped with the tool.
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var folders = new List<string> { runtime };
        var version = new DirectoryInfo(runtime.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var shared = Directory.GetParent(runtime.TrimEnd(Path.DirectorySeparatorChar))?.Parent?.FullName;
        if (shared is not null)
        {
            var aspNet = Path.Combine(shared, "Microsoft.AspNetCore.App", version);
            if (Directory.Exists(aspNet))
            {
                folders.Add(aspNet);
            }
        }

        var files = folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll")).ToList();
        var tool = AppContext.BaseDirectory;
        files.AddRange(Directory.EnumerateFiles(tool, "PiiAnalyzers.Annotations.dll"));
        files.AddRange(Directory.EnumerateFiles(tool, "Microsoft.Extensions.Compliance.Abstractions.dll"));

        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (!seen.Add(Path.GetFileName(file)) || !IsManagedAssembly(file))
            {
                continue;
            }

            references.Add(MetadataReference.CreateFromFile(file));
        }

        return references.ToImmutable();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
