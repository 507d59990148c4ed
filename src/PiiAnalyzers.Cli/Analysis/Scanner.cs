using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Cli.Loading;

namespace PiiAnalyzers.Cli.Analysis;

/// <summary>Runs every PiiAnalyzers rule over the loaded compilations and collects findings and the inventory.</summary>
internal static class Scanner
{
    public static async Task<ScanResult> ScanAsync(string input, string root, IReadOnlyList<ScanTarget> targets, Action<string> progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = new ScanResult { Root = root, Input = input };
        string Relative(string path) => RelativePath(root, path);

        for (var index = 0; index < targets.Count; index++)
        {
            var target = targets[index];
            progress($"[{index + 1}/{targets.Count}] analysing {target.Name} ({target.Mode})");
            var compilation = target.Compilation;
            var trees = compilation.SyntaxTrees.Where(tree => File.Exists(tree.FilePath)).ToList();
            var lines = 0;
            var syntaxErrors = 0;
            foreach (var tree in trees)
            {
                var text = await tree.GetTextAsync(cancellationToken).ConfigureAwait(false);
                lines += text.Lines.Count;
                syntaxErrors += tree.GetDiagnostics(cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
            }

            var withAnalyzers = compilation.WithAnalyzers(
                AnalyzerCatalog.Analyzers,
                new CompilationWithAnalyzersOptions(target.Options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            // Compiler and analyzer diagnostics in one pass: the analyzers' compilation binds every body once, and a separate
            // compilation.GetDiagnostics() would bind them all again (it is a different compilation object).
            var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            progress(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{target.Name}: compiled and analysed in {stopwatch.Elapsed.TotalSeconds:0.0} s since the scan started"));
            var compilerErrors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("PII", StringComparison.Ordinal)) - syntaxErrors;
            var models = new Dictionary<SyntaxTree, SemanticModel>();

            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id == "AD0001")
                {
                    result.Notices.Add($"{target.Name}: an analyzer failed ({FirstLine(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))})");
                    continue;
                }

                if (diagnostic.IsSuppressed || diagnostic.Severity == DiagnosticSeverity.Hidden || !diagnostic.Location.IsInSource
                    || !diagnostic.Id.StartsWith("PII", StringComparison.Ordinal))
                {
                    continue;
                }

                var tree = diagnostic.Location.SourceTree!;
                var span = diagnostic.Location.GetLineSpan();
                if (!models.TryGetValue(tree, out var model))
                {
                    model = compilation.GetSemanticModel(tree);
                    models[tree] = model;
                }

                var member = MemberId(model.GetEnclosingSymbol(diagnostic.Location.SourceSpan.Start, cancellationToken));
                var text = await tree.GetTextAsync(cancellationToken).ConfigureAwait(false);
                result.Findings.Add(new Finding
                {
                    RuleId = diagnostic.Id,
                    Severity = diagnostic.Severity,
                    Message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                    File = Relative(tree.FilePath),
                    StartLine = span.StartLinePosition.Line + 1,
                    StartColumn = span.StartLinePosition.Character + 1,
                    EndLine = span.EndLinePosition.Line + 1,
                    EndColumn = span.EndLinePosition.Character + 1,
                    Member = member,
                    Category = CategoryOf(diagnostic),
                    Project = target.Name,
                    FingerprintKey = Fingerprints.KeyOf(diagnostic.Id, member, text, diagnostic.Location.SourceSpan),
                });
            }

            var classifier = PiiClassifier.GetOrCreate(compilation, target.Options);
            var (members, holders) = Inventory.Collect(compilation, classifier, target.Name, Relative);
            result.Members.AddRange(members);
            result.Holders.AddRange(holders);
            progress(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{target.Name}: findings and inventory collected at {stopwatch.Elapsed.TotalSeconds:0.0} s"));
            result.Projects.Add(new ProjectSummary(target.Name, target.Mode, target.Note, trees.Count, lines, syntaxErrors, Math.Max(0, compilerErrors)));
        }

        Fingerprints.Assign(result.Findings);
        result.Findings.Sort((a, b) =>
        {
            var byFile = string.CompareOrdinal(a.File, b.File);
            return byFile != 0 ? byFile : a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : a.StartColumn.CompareTo(b.StartColumn);
        });
        result.Elapsed = stopwatch.Elapsed;
        return result;
    }

    public static string RelativePath(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string MemberId(ISymbol? symbol)
    {
        // Lambdas and local functions are not stable ids of their own: use the member that declares them.
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } || symbol is ILocalSymbol)
        {
            symbol = symbol.ContainingSymbol;
        }

        if (symbol is null or INamespaceSymbol)
        {
            return string.Empty;
        }

        return symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString();
    }

    private static string? CategoryOf(Diagnostic diagnostic)
    {
        if (diagnostic.Properties.TryGetValue("Category", out var category) && !string.IsNullOrEmpty(category))
        {
            return category;
        }

        return diagnostic.Id is "PII0002" or "PII0003" ? nameof(PiiCategory.Nir) : null;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "..." : line;
    }
}
