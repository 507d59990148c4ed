using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0201: insert <c>.Take(N)</c> before the materialising call, N being the configured <c>pii_analyzers.max_rows</c>
/// of that file. Without an ordering in the chain, pages are not stable: the title says so.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTakeCodeFixProvider)), Shared]
public sealed class AddTakeCodeFixProvider : DocumentCodeFix
{
    public const string Key = "PII0201.AddTake";

    private static readonly string[] Orderings = { "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnboundedQuery);

    protected override IEnumerable<(string Title, string EquivalenceKey)> Actions(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Target(root, diagnostic) is not { } access)
        {
            yield break;
        }

        var max = MaxRows(diagnostic);
        yield return (IsOrdered(access.Expression) ? $"Add .Take({max})" : $"Add .Take({max}) (add an OrderBy for stable pages)", Key);
    }

    protected override async Task<Document> FixAsync(
        Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = diagnostics
            .Select(d => (Access: Target(root, d), Max: MaxRows(d)))
            .Where(t => t.Access is not null)
            .GroupBy(t => t.Access!)
            .ToDictionary(g => g.Key, g => g.First().Max);
        if (targets.Count == 0)
        {
            return document;
        }

        // Nested targets (a materialiser inside another's receiver) are rewritten bottom-up by ReplaceNodes.
        var newRoot = root.ReplaceNodes(targets.Keys, (original, rewritten) =>
        {
            var max = targets[original];
            var take = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    rewritten.Expression,
                    rewritten.OperatorToken,
                    SyntaxFactory.IdentifierName("Take")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                    SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(max))))));
            return rewritten.WithExpression(take).WithOperatorToken(SyntaxFactory.Token(SyntaxKind.DotToken));
        });
        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The member access of the materialising call the diagnostic starts on (<c>query.ToList</c>).</summary>
    private static MemberAccessExpressionSyntax? Target(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.ContainsKey(UnboundedQueryAnalyzer.MaterialiserProperty))
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var invocation = node.FirstAncestorOrSelf<InvocationExpressionSyntax>(
            i => i.Expression is MemberAccessExpressionSyntax m && m.Name.SpanStart == diagnostic.Location.SourceSpan.Start);
        return invocation?.Expression as MemberAccessExpressionSyntax;
    }

    private static int MaxRows(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(UnboundedQueryAnalyzer.MaxRowsProperty, out var text)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) && max > 0
                ? max
                : 100;

    private static bool IsOrdered(ExpressionSyntax receiver)
        => receiver.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(i =>
            i.Expression is MemberAccessExpressionSyntax m && Orderings.Contains(m.Name.Identifier.ValueText));
}
