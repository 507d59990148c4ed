using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0101, PII0102, PII0104, PII0105: wraps the reported value in the matching helper of
/// <c>PiiAnalyzers.Annotations.Redact</c> (<c>Redact.Nir</c>, <c>Redact.BirthDate</c>, else <c>Redact.Value</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactPersonalDataCodeFix)), Shared]
public sealed class RedactPersonalDataCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "PiiAnalyzers.Redact";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.PersonalDataInLog, RuleIds.PersonalDataInConsole, RuleIds.PersonalDataInException, RuleIds.PersonalDataInTelemetry);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || FindValue(root, diagnostic) is null)
            {
                continue;
            }

            var helper = HelperOf(diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Redact with Redact.{helper}",
                    ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        => FixAsync(document, diagnostics, context.CancellationToken)!;

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = diagnostics
            .Select(d => (Node: FindValue(root, d), Helper: HelperOf(d)))
            .Where(t => t.Node is not null)
            .GroupBy(t => t.Node!)
            .ToDictionary(g => g.Key, g => g.First().Helper);
        if (targets.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(targets.Keys, (original, rewritten) => Wrap((ExpressionSyntax)rewritten, targets[original]));
        newRoot = UsingDirectives.Ensure(newRoot);

        return document.WithSyntaxRoot(newRoot);
    }

    private static ExpressionSyntax Wrap(ExpressionSyntax value, string helper)
        => SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.IdentifierName("Redact"),
                    SyntaxFactory.IdentifierName(helper)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value);

    private static string HelperOf(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(PersonalDataOutputAnalyzer.RedactorProperty, out var helper) && helper is "Nir" or "BirthDate"
            ? helper
            : "Value";

    private static ExpressionSyntax? FindValue(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        while (node is not null && node is not ExpressionSyntax && node.Span == diagnostic.Location.SourceSpan)
        {
            node = node.Parent;
        }

        return node is ExpressionSyntax expression && expression.Span == diagnostic.Location.SourceSpan ? expression : null;
    }
}
