using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.CodeFixes;

/// <summary>Adds <c>using PiiAnalyzers.Annotations;</c> to a file that does not have it yet.</summary>
internal static class AnnotationsImport
{
    public const string Namespace = "PiiAnalyzers.Annotations";

    public static SyntaxNode Ensure(SyntaxNode root)
    {
        if (root is not CompilationUnitSyntax unit || HasImport(unit))
        {
            return root;
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace))
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);

        // System usings first, then the others in order: insert before the first non-System using that sorts after ours.
        var index = 0;
        while (index < unit.Usings.Count
            && unit.Usings[index].Alias is null
            && unit.Usings[index].StaticKeyword.IsKind(SyntaxKind.None)
            && (IsSystem(unit.Usings[index]) || string.CompareOrdinal(unit.Usings[index].Name?.ToString(), Namespace) < 0))
        {
            index++;
        }

        if (unit.Usings.Count == 0)
        {
            var newUnit = unit.AddUsings(directive.WithTrailingTrivia(SyntaxFactory.LineFeed, SyntaxFactory.LineFeed));
            return newUnit;
        }

        return unit.WithUsings(unit.Usings.Insert(index, directive.WithTrailingTrivia(SyntaxFactory.LineFeed)));
    }

    private static bool HasImport(CompilationUnitSyntax unit)
        => unit.Usings.Any(IsAnnotations)
            || unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(ns => ns.Usings.Any(IsAnnotations)
                || ns.Name.ToString() == Namespace || ns.Name.ToString().StartsWith(Namespace + ".", System.StringComparison.Ordinal));

    private static bool IsSystem(UsingDirectiveSyntax directive)
        => directive.Name?.ToString() is { } name && (name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal));

    private static bool IsAnnotations(UsingDirectiveSyntax directive)
        => directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name?.ToString() == Namespace;
}
