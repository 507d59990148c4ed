using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.CodeFixes;

/// <summary>PII0003: hold the NIR as <c>string</c> (<c>string?</c> when the numeric type was nullable).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NirToStringCodeFixProvider)), Shared]
public sealed class NirToStringCodeFixProvider : DocumentCodeFix
{
    public const string Key = "PII0003.ToString";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NumericNir);

    protected override IEnumerable<(string Title, string EquivalenceKey)> Actions(SyntaxNode root, Diagnostic diagnostic)
    {
        yield return ("Hold the NIR as string", Key);
    }

    protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey)
    {
        var types = diagnostics
            .Select(d => root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true))
            .Select(n => n as TypeSyntax ?? n.FirstAncestorOrSelf<TypeSyntax>())
            .Where(t => t is not null)
            .Cast<TypeSyntax>()
            .Distinct()
            .ToList();

        var newRoot = root.ReplaceNodes(types, (original, _) =>
        {
            TypeSyntax replacement = SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword));
            if (original is NullableTypeSyntax)
            {
                replacement = SyntaxFactory.NullableType(replacement);
            }

            return replacement.WithTriviaFrom(original);
        });
        return newRoot;
    }
}
