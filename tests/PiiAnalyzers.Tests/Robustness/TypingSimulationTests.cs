using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Code being typed is incomplete code. For every C# source the suite has (the TiersPayant sample and the realistic
/// sources below), analyses the project with one document replaced by a truncation (at statement and member
/// boundaries, and at seeded arbitrary character positions) or by a seeded random deletion of tokens, with every
/// analyzer enabled and every reference present. Fails on any analyzer exception (onAnalyzerException or AD0001) and
/// on any variant that takes longer than <see cref="PerDocumentLimit"/>.
/// <para>
/// Reproducible: the variants depend only on <see cref="Seed"/> and the budget. The default budget keeps the test
/// near a minute on a CI machine; set <c>PII_TYPING_BUDGET</c> to a number of variants for a long run
/// (<c>PII_TYPING_BUDGET=100000</c> covers every statement boundary of every file).
/// </para>
/// </summary>
[Collection(RobustnessCollection.Name)]
public class TypingSimulationTests
{
    public const int Seed = 20240205;
    public const int DefaultBudget = 150;
    public static readonly TimeSpan PerDocumentLimit = TimeSpan.FromSeconds(10);

    private readonly ITestOutputHelper output;

    public TypingSimulationTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Every_analyzer_tolerates_code_being_typed()
    {
        var budget = Budget();
        var sources = Sources();
        Assert.True(sources.Count(s => s.Path.Contains("TiersPayant", StringComparison.Ordinal)) >= 10, "The sample's sources were not found.");
        var trees = sources.Select(s => AnalyzerHarness.Parse(s.Text, s.Path)).ToArray();

        // Warm-up: the first run pays for loading the references' metadata, which is not the analyzers' time.
        var baseline = AnalyzerHarness.Run(AnalyzerHarness.Compile(trees));
        Assert.Empty(baseline.Failures);

        var perFile = Math.Max(3, budget / sources.Count);
        var timings = new List<(string Variant, TimeSpan Elapsed)>();
        var failures = new List<string>();
        var count = 0;
        for (var index = 0; index < sources.Count; index++)
        {
            var random = new Random(Seed + index);
            foreach (var variant in Variants(sources[index], trees[index], perFile, random))
            {
                var variantTrees = trees.ToArray();
                variantTrees[index] = AnalyzerHarness.Parse(variant.Text, sources[index].Path);
                var run = AnalyzerHarness.Run(AnalyzerHarness.Compile(variantTrees));
                count++;
                timings.Add((variant.Description, run.Elapsed));
                if (run.Failures.Count > 0)
                {
                    failures.Add($"{variant.Description}: analyzer exception\n  {string.Join("\n  ", run.Failures)}\n  input ends with: {Tail(variant.Text)}");
                }

                if (run.Elapsed > PerDocumentLimit)
                {
                    failures.Add($"{variant.Description}: took {run.Elapsed.TotalSeconds:F1} s (limit {PerDocumentLimit.TotalSeconds} s)");
                }
            }
        }

        output.WriteLine($"seed {Seed}, budget {budget}, {sources.Count} files, {count} variants analysed, total {timings.Sum(t => t.Elapsed.TotalSeconds):F1} s");
        output.WriteLine("slowest variants:");
        foreach (var (variant, elapsed) in timings.OrderByDescending(t => t.Elapsed).Take(10))
        {
            output.WriteLine($"  {elapsed.TotalMilliseconds,8:F0} ms  {variant}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Analyzers_are_discovered_by_reflection()
    {
        var names = AnalyzerHarness.AllAnalyzers.Select(a => a.GetType().Name).ToArray();
        output.WriteLine(string.Join(", ", names));
        Assert.Contains("HardCodedNirAnalyzer", names);
        Assert.Contains("UnclassifiedPersonalDataAnalyzer", names);
    }

    private static int Budget()
    {
        var value = Environment.GetEnvironmentVariable("PII_TYPING_BUDGET");
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var budget) && budget > 0 ? budget : DefaultBudget;
    }

    private sealed record Source(string Path, string Text);

    private sealed record Variant(string Description, string Text);

    private static List<Source> Sources()
    {
        var sample = Path.Combine(AnalyzerHarness.RepositoryRoot(), "samples", "TiersPayant");
        var files = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                        && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new Source("/samples/TiersPayant/" + Path.GetRelativePath(sample, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        files.AddRange(RealisticSources.All.Select(s => new Source("/src/Embedded/" + s.Name, s.Text)));
        return files;
    }

    /// <summary>
    /// About 40% truncations at statement/member boundaries (all of them when the share allows, else an even spread
    /// starting at a seeded offset), 30% truncations at random characters, 30% random deletions of one to three tokens.
    /// </summary>
    private static IEnumerable<Variant> Variants(Source source, SyntaxTree tree, int count, Random random)
    {
        var text = source.Text;
        var root = tree.GetRoot();
        var boundaries = root.DescendantNodes()
            .Where(n => n is StatementSyntax or MemberDeclarationSyntax or UsingDirectiveSyntax)
            .SelectMany(n => new[] { n.SpanStart, n.Span.End })
            .Distinct()
            .OrderBy(p => p)
            .ToArray();
        var boundaryShare = Math.Max(1, count * 4 / 10);
        var randomShare = Math.Max(1, count * 3 / 10);
        var deletionShare = Math.Max(1, count - boundaryShare - randomShare);

        if (boundaries.Length <= boundaryShare)
        {
            foreach (var position in boundaries)
            {
                yield return Truncation(source, position, "statement boundary");
            }
        }
        else
        {
            var step = (double)boundaries.Length / boundaryShare;
            var offset = random.NextDouble() * step;
            for (var i = 0; i < boundaryShare; i++)
            {
                yield return Truncation(source, boundaries[Math.Min(boundaries.Length - 1, (int)(offset + i * step))], "statement boundary");
            }
        }

        for (var i = 0; i < randomShare; i++)
        {
            yield return Truncation(source, random.Next(text.Length), "character");
        }

        var tokens = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0).ToArray();
        for (var i = 0; i < deletionShare && tokens.Length > 0; i++)
        {
            var deleted = Enumerable.Range(0, random.Next(1, 4)).Select(_ => tokens[random.Next(tokens.Length)].Span).Distinct().OrderByDescending(s => s.Start).ToArray();
            var builder = new StringBuilder(text);
            foreach (var span in deleted)
            {
                builder.Remove(span.Start, span.Length);
            }

            yield return new Variant(
                $"{source.Path}: deleted tokens at {string.Join(", ", deleted.Select(s => Location(text, s.Start) + " '" + text.Substring(s.Start, s.Length) + "'"))}",
                builder.ToString());
        }
    }

    private static Variant Truncation(Source source, int position, string kind)
        => new($"{source.Path}: truncated at {kind} {Location(source.Text, position)} (offset {position})", source.Text.Substring(0, position));

    private static string Location(string text, int position)
    {
        var line = SourceText.From(text).Lines.GetLinePosition(position);
        return $"({line.Line + 1},{line.Character + 1})";
    }

    private static string Tail(string text)
        => text.Length <= 120 ? text : "..." + text.Substring(text.Length - 120).Replace("\n", "\\n", StringComparison.Ordinal);
}
