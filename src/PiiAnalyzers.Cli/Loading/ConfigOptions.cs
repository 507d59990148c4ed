using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// The <c>.editorconfig</c> / <c>.globalconfig</c> options of a source-only compilation, computed once per tree
/// with Roslyn's own <see cref="AnalyzerConfigSet"/>: analyzer options for the rules, severities for the compiler.
/// </summary>
internal sealed class ConfigOptions
{
    private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> perTree = new();
    private readonly AnalyzerConfigOptionsResult global;

    public ConfigOptions(IEnumerable<AnalyzerConfig> configs, IEnumerable<SyntaxTree> trees)
    {
        var set = AnalyzerConfigSet.Create(configs.ToList());
        global = set.GlobalConfigOptions;
        foreach (var tree in trees)
        {
            perTree[tree] = set.GetOptionsForSourcePath(tree.FilePath);
        }
    }

    public AnalyzerConfigOptionsProvider AnalyzerOptions => new Provider(this);

    public SyntaxTreeOptionsProvider TreeOptions => new TreeProvider(this);

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }

    private sealed class Provider(ConfigOptions owner) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(owner.global.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
            => owner.perTree.TryGetValue(tree, out var result) ? new Options(result.AnalyzerOptions) : GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class TreeProvider(ConfigOptions owner) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            if (owner.perTree.TryGetValue(tree, out var result) && result.TreeOptions.TryGetValue(diagnosticId, out severity))
            {
                return true;
            }

            severity = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => owner.global.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
