using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
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
public sealed class RedactPersonalDataCodeFix : DocumentCodeFix
{
    public const string EquivalenceKey = "PiiAnalyzers.Redact";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.PersonalDataInLog, RuleIds.PersonalDataInConsole, RuleIds.PersonalDataInException, RuleIds.PersonalDataInTelemetry);

    protected override IEnumerable<(string Title, string EquivalenceKey)> Actions(SyntaxNode root, Diagnostic diagnostic)
    {
        if (FindValue(root, diagnostic) is not null)
        {
            yield return ($"Redact with Redact.{HelperOf(diagnostic)}", EquivalenceKey);
        }
    }

    protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey)
    {
        var targets = diagnostics
            .Select(d => (Node: FindValue(root, d), Helper: HelperOf(d)))
            .Where(t => t.Node is not null)
            .GroupBy(t => t.Node!)
            .ToDictionary(g => g.Key, g => g.First().Helper);
        if (targets.Count == 0)
        {
            return root;
        }

        var newRoot = root.ReplaceNodes(targets.Keys, (original, rewritten) => Wrap((ExpressionSyntax)rewritten, targets[original]));
        newRoot = UsingDirectives.Ensure(newRoot);

        return newRoot;
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
