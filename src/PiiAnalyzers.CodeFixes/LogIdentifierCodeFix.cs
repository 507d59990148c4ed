using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0103: writes the object's key instead of the whole object, when the analyzer found one that holds no personal
/// data: <c>"Beneficiary {@Beneficiary} updated", beneficiary</c> becomes
/// <c>"Beneficiary {BeneficiaryId} updated", beneficiary.Id</c>; <c>$"Updated {beneficiary}"</c> becomes
/// <c>$"Updated {beneficiary.Id}"</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LogIdentifierCodeFix)), Shared]
public sealed class LogIdentifierCodeFix : DocumentCodeFix
{
    public const string EquivalenceKey = "PiiAnalyzers.LogIdentifier";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.WholeObjectOutput);

    protected override IEnumerable<(string Title, string EquivalenceKey)> Actions(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Target.Find(root, diagnostic) is { } target)
        {
            yield return ($"Write '{target.Object}.{target.Member}' instead of the whole object", EquivalenceKey);
        }
    }

    protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey)
    {
        var targets = diagnostics.Select(d => Target.Find(root, d)).Where(t => t is not null).Select(t => t!.Value).ToList();
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var target in targets)
        {
            replacements[target.Object] = SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression, target.Object.WithoutTrivia(), SyntaxFactory.IdentifierName(target.Member))
                .WithTriviaFrom(target.Object);
        }

        foreach (var group in targets.Where(t => t.Template is not null).GroupBy(t => t.Template!))
        {
            var text = group.Key.Token.ValueText;
            foreach (var target in group.OrderByDescending(t => t.Hole.Start))
            {
                text = text.Remove(target.Hole.Start, target.Hole.Length).Insert(target.Hole.Start, Renamed(text, target.Hole, target.Member));
            }

            replacements[group.Key] = TemplateHoles.Literal(text, group.Key);
        }

        return root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
    }

    /// <summary><c>{@Beneficiary}</c> becomes <c>{BeneficiaryId}</c>: the key's name, without destructuring; alignment and format kept.</summary>
    private static string Renamed(string template, MessageTemplate.Hole hole, string member)
    {
        var holeText = template.Substring(hole.Start, hole.Length);
        var afterName = holeText.IndexOf(hole.Name, System.StringComparison.Ordinal) + hole.Name.Length;
        var plain = hole.PlainName;
        var name = member != "Id" ? member : plain.EndsWith("Id", System.StringComparison.Ordinal) ? plain : plain + "Id";
        return "{" + name + holeText.Substring(afterName);
    }

    private readonly struct Target
    {
        private Target(ExpressionSyntax @object, string member, LiteralExpressionSyntax? template, MessageTemplate.Hole hole)
        {
            Object = @object;
            Member = member;
            Template = template;
            Hole = hole;
        }

        /// <summary>The whole object as written: a name, a member, an element, a call's result.</summary>
        public ExpressionSyntax Object { get; }

        public string Member { get; }

        /// <summary>The literal template whose hole the object fills, when there is one to rename.</summary>
        public LiteralExpressionSyntax? Template { get; }

        public MessageTemplate.Hole Hole { get; }

        public static Target? Find(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(PersonalDataOutputAnalyzer.IdentifierMemberProperty, out var member) || member is null)
            {
                return null;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var expression = node is ArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
            if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }
                    or ThisExpressionSyntax or ElementAccessExpressionSyntax or InvocationExpressionSyntax)
                || expression.Span != diagnostic.Location.SourceSpan)
            {
                return null;
            }

            if (diagnostic.Properties.TryGetValue(PersonalDataOutputAnalyzer.HoleIndexProperty, out var indexText)
                && int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var holeIndex)
                && expression.Parent is ArgumentSyntax { Parent: ArgumentListSyntax list }
                && TemplateHoles.NamedHole(list, holeIndex) is { } named)
            {
                return new Target(expression, member, named.Template, named.Hole);
            }

            return new Target(expression, member, null, default);
        }
    }
}
