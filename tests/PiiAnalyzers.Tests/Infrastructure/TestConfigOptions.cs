using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Tests.Infrastructure;

/// <summary>An <c>.editorconfig</c> as the compiler hands it to analyzers, for tests that drive the engine directly.</summary>
public sealed class TestConfigOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> values;

    public TestConfigOptions(IEnumerable<KeyValuePair<string, string>> values)
        => this.values = values.ToImmutableDictionary(KeyComparer);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

    public override IEnumerable<string> Keys => values.Keys;

    public static AnalyzerOptions Options(params (string Key, string Value)[] values)
        => new(ImmutableArray<AdditionalText>.Empty, new Provider(new TestConfigOptions(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)))));

    private sealed class Provider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions options;

        public Provider(AnalyzerConfigOptions options) => this.options = options;

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }
}
