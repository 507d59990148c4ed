using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.CodeFixes;

/// <summary>Adds <c>using PiiAnalyzers.Annotations;</c> to a file that does not have it yet.</summary>
internal static class AnnotationsUsing
{
    public const string Namespace = "PiiAnalyzers.Annotations";

    public static CompilationUnitSyntax AddIfMissing(CompilationUnitSyntax root)
    {
        if (root.Usings.Any(u => u.Name?.ToString() == Namespace)
            || root.DescendantNodes().OfType<UsingDirectiveSyntax>().Any(u => u.Name?.ToString() == Namespace))
        {
            return root;
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace))
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
        if (root.Usings.Count == 0)
        {
            // Keep the file's leading trivia (comments, #nullable) above the new directive.
            var leading = root.GetLeadingTrivia();
            var stripped = root.WithoutLeadingTrivia();
            var withUsing = stripped.AddUsings(directive.WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n")));
            return withUsing.WithLeadingTrivia(leading);
        }

        // Insert in order after the last using that sorts before it, so the block stays sorted.
        var usings = root.Usings;
        var index = 0;
        while (index < usings.Count && string.CompareOrdinal(usings[index].Name?.ToString(), Namespace) < 0
            && usings[index].Alias is null && usings[index].StaticKeyword.IsKind(SyntaxKind.None))
        {
            index++;
        }

        var eol = usings[0].GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        directive = directive.WithTrailingTrivia(eol.IsKind(SyntaxKind.EndOfLineTrivia) ? eol : SyntaxFactory.EndOfLine("\n"));
        return root.WithUsings(usings.Insert(index, directive));
    }
}
