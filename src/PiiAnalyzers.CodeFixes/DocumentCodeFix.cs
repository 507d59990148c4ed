using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// The shape the document-level fixes share: the actions a diagnostic offers while its target is still in the
/// document, and a fix-all that edits each document once with all of its diagnostics, so that several fixes in one call,
/// one template or one declaration compose instead of overwriting each other.
/// </summary>
public abstract class DocumentCodeFix : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics)
            => await FixAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var (title, equivalenceKey) in Actions(root, diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), equivalenceKey, ct), equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The actions offered for <paramref name="diagnostic"/>: a title and an equivalence key each; none when its target is gone.</summary>
    protected abstract IEnumerable<(string Title, string EquivalenceKey)> Actions(SyntaxNode root, Diagnostic diagnostic);

    /// <summary>
    /// The document's root with <paramref name="diagnostics"/> fixed by the action of <paramref name="equivalenceKey"/>;
    /// <paramref name="root"/> itself when none of their targets is there.
    /// </summary>
    protected abstract SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey);

    private async Task<Document> FixAsync(
        Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var fixedRoot = Fix(root, diagnostics, equivalenceKey);
        return ReferenceEquals(fixedRoot, root) ? document : document.WithSyntaxRoot(fixedRoot);
    }
}
