using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.CodeFixes;

/// <summary>Adds a <c>using</c> directive that a code fix needs, where a developer would have put it.</summary>
internal static class UsingDirectives
{
    public const string Annotations = "PiiAnalyzers.Annotations";

    /// <summary>
    /// Adds <c>using <paramref name="ns"/>;</c> unless the file (or the namespace it declares code in) already
    /// imports it: System usings stay first, the others in order, the file's own line endings and leading comments kept.
    /// </summary>
    public static SyntaxNode Ensure(SyntaxNode root, string ns = Annotations)
    {
        if (root is not CompilationUnitSyntax unit || Imports(unit, ns))
        {
            return root;
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns));
        if (unit.Usings.Count == 0)
        {
            // Keep the file's leading trivia (comments, #nullable) above the new directive.
            var leading = unit.GetLeadingTrivia();
            return unit.WithoutLeadingTrivia()
                .AddUsings(directive.WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n")))
                .WithLeadingTrivia(leading);
        }

        var usings = unit.Usings;
        var index = 0;
        while (index < usings.Count && IsPlain(usings[index])
            && (IsSystem(usings[index]) || string.CompareOrdinal(usings[index].Name?.ToString(), ns) < 0))
        {
            index++;
        }

        var eol = usings[0].GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return unit.WithUsings(usings.Insert(
            index,
            directive.WithTrailingTrivia(eol.IsKind(SyntaxKind.EndOfLineTrivia) ? eol : SyntaxFactory.EndOfLine("\n"))));
    }

    private static bool Imports(CompilationUnitSyntax unit, string ns)
        => unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
               .OfType<UsingDirectiveSyntax>()
               .Any(u => IsPlain(u) && u.Name?.ToString() == ns)
           || unit.Members.OfType<BaseNamespaceDeclarationSyntax>()
               .Any(n => n.Name.ToString() == ns || n.Name.ToString().StartsWith(ns + ".", System.StringComparison.Ordinal));

    private static bool IsPlain(UsingDirectiveSyntax directive)
        => directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None);

    private static bool IsSystem(UsingDirectiveSyntax directive)
        => directive.Name?.ToString() is { } name && (name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal));
}
