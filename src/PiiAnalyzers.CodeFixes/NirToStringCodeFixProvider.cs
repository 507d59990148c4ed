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

namespace PiiAnalyzers.CodeFixes;

/// <summary>PII0003: hold the NIR as <c>string</c> (<c>string?</c> when the numeric type was nullable).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NirToStringCodeFixProvider)), Shared]
public sealed class NirToStringCodeFixProvider : CodeFixProvider
{
    public const string Key = "PII0003.ToString";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NumericNir);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Hold the NIR as string",
                    ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                    Key),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

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
        return document.WithSyntaxRoot(newRoot);
    }
}
