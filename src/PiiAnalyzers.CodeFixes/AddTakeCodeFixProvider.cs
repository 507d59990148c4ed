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

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0201: insert <c>.Take(N)</c> before the materialising call, or after the query a collection expression spreads,
/// N being the configured <c>pii_analyzers.max_rows</c> of that file. Without an ordering in the chain, pages are not
/// stable: the title says so.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTakeCodeFixProvider)), Shared]
public sealed class AddTakeCodeFixProvider : DocumentCodeFix
{
    public const string Key = "PII0201.AddTake";

    private static readonly string[] Orderings = { "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnboundedQuery);

    protected override IEnumerable<(string Title, string EquivalenceKey)> Actions(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Target(root, diagnostic) is not { } target)
        {
            yield break;
        }

        var max = MaxRows(diagnostic);
        yield return (IsOrdered(target.Rows) ? $"Add .Take({max})" : $"Add .Take({max}) (add an OrderBy for stable pages)", Key);
    }

    protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey)
    {
        var targets = diagnostics
            .Select(d => (Target: Target(root, d), Max: MaxRows(d)))
            .Where(t => t.Target is not null)
            .GroupBy(t => t.Target!.Value.Node)
            .ToDictionary(g => g.Key, g => (g.First().Max, g.First().Target!.Value.Spread));
        if (targets.Count == 0)
        {
            return root;
        }

        // Nested targets (a materialiser inside another's receiver) are rewritten bottom-up by ReplaceNodes.
        var newRoot = root.ReplaceNodes(targets.Keys, (original, rewritten) =>
        {
            var count = SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(targets[original].Max)))));
            if (!targets[original].Spread && rewritten is MemberAccessExpressionSyntax materialiser)
            {
                // rows.ToList() becomes rows.Take(100).ToList(); Take keeps the line break of the call it precedes.
                var take = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression, materialiser.Expression, materialiser.OperatorToken, SyntaxFactory.IdentifierName("Take")),
                    count);
                return materialiser.WithExpression(take).WithOperatorToken(SyntaxFactory.Token(SyntaxKind.DotToken));
            }

            // [.. rows] becomes [.. rows.Take(100)].
            var rows = (ExpressionSyntax)rewritten;
            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression, Parenthesized(rows.WithoutTrivia()), SyntaxFactory.IdentifierName("Take")),
                    count)
                .WithTriviaFrom(rows);
        });
        return newRoot;
    }

    /// <summary>
    /// What the fix rewrites: the member access of the materialising call the diagnostic starts on (<c>query.ToList</c>),
    /// or the query a reported collection expression spreads (<c>query</c> of <c>[.. query]</c>).
    /// </summary>
    private static (ExpressionSyntax Node, ExpressionSyntax Rows, bool Spread)? Target(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (!diagnostic.Properties.ContainsKey(UnboundedQueryAnalyzer.MaterialiserProperty))
        {
            return node is CollectionExpressionSyntax { Elements: { Count: 1 } elements } && elements[0] is SpreadElementSyntax spread
                ? (spread.Expression, spread.Expression, true)
                : null;
        }

        var invocation = node.FirstAncestorOrSelf<InvocationExpressionSyntax>(
            i => i.Expression is MemberAccessExpressionSyntax m && m.Name.SpanStart == diagnostic.Location.SourceSpan.Start);
        return invocation?.Expression is MemberAccessExpressionSyntax access ? (access, access.Expression, false) : null;
    }

    private static ExpressionSyntax Parenthesized(ExpressionSyntax expression)
        => expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or ThisExpressionSyntax
            ? expression
            : SyntaxFactory.ParenthesizedExpression(expression);

    private static int MaxRows(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(UnboundedQueryAnalyzer.MaxRowsProperty, out var text)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) && max > 0
                ? max
                : 100;

    private static bool IsOrdered(ExpressionSyntax receiver)
        => receiver.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(i =>
            i.Expression is MemberAccessExpressionSyntax m && Orderings.Contains(m.Name.Identifier.ValueText));
}
