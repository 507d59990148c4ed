using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0101, PII0103: removes a logged argument together with its placeholder in a literal message template
/// (<c>"Claim for {Nir} accepted", nir</c> becomes <c>"Claim for accepted"</c>). Offered for named templates only:
/// numbered composite formats would need renumbering.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveLoggedArgumentCodeFix)), Shared]
public sealed class RemoveLoggedArgumentCodeFix : DocumentCodeFix
{
    public const string EquivalenceKey = "PiiAnalyzers.RemoveArgument";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.PersonalDataInLog, RuleIds.WholeObjectOutput);

    protected override IEnumerable<(string Title, string EquivalenceKey)> Actions(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Target.Find(root, diagnostic) is not null)
        {
            yield return ("Remove the argument and its placeholder", EquivalenceKey);
        }
    }

    protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey)
    {
        var byList = diagnostics
            .Select(d => Target.Find(root, d))
            .Where(t => t is not null)
            .Select(t => t!.Value)
            .GroupBy(t => t.List)
            .ToDictionary(g => g.Key, g => g.ToList());
        var newRoot = root.ReplaceNodes(byList.Keys, (original, _) => Rewrite(original, byList[original]));
        return newRoot;
    }

    private static ArgumentListSyntax Rewrite(ArgumentListSyntax list, List<Target> targets)
    {
        var template = targets[0].Template;
        var text = template.Token.ValueText;
        var holes = MessageTemplate.Parse(text);
        var removed = targets
            .Select(t => MessageTemplate.HoleFor(holes, t.HoleIndex))
            .Where(h => h is not null)
            .Select(h => h!.Value)
            .OrderByDescending(h => h.Start)
            .ToList();
        foreach (var hole in removed)
        {
            var start = hole.Start;
            var length = hole.Length;
            if (start > 0 && text[start - 1] == ' ')
            {
                start--;
                length++;
            }
            else if (start + length < text.Length && text[start + length] == ' ')
            {
                length++;
            }

            text = text.Remove(start, length);
        }

        var newLiteral = TemplateHoles.Literal(text, template);
        var arguments = list.Arguments;
        var templateIndex = arguments.IndexOf(a => a.Expression == template);
        var removedIndexes = targets.Select(t => arguments.IndexOf(t.Argument)).Where(i => i >= 0).Distinct().OrderByDescending(i => i).ToList();
        if (templateIndex >= 0)
        {
            arguments = arguments.Replace(arguments[templateIndex], arguments[templateIndex].WithExpression(newLiteral));
        }

        foreach (var index in removedIndexes)
        {
            arguments = arguments.RemoveAt(index);
        }

        return list.WithArguments(arguments);
    }

    private readonly struct Target
    {
        private Target(ArgumentListSyntax list, ArgumentSyntax argument, LiteralExpressionSyntax template, int holeIndex)
        {
            List = list;
            Argument = argument;
            Template = template;
            HoleIndex = holeIndex;
        }

        public ArgumentListSyntax List { get; }

        public ArgumentSyntax Argument { get; }

        public LiteralExpressionSyntax Template { get; }

        public int HoleIndex { get; }

        public static Target? Find(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(PersonalDataOutputAnalyzer.HoleIndexProperty, out var indexText)
                || !int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var holeIndex))
            {
                return null;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var argument = node as ArgumentSyntax ?? node.Parent as ArgumentSyntax;
            if (argument?.Parent is not ArgumentListSyntax list || argument.Expression.Span != diagnostic.Location.SourceSpan)
            {
                return null;
            }

            return TemplateHoles.NamedHole(list, holeIndex) is { } named ? new Target(list, argument, named.Template, holeIndex) : null;
        }
    }
}
