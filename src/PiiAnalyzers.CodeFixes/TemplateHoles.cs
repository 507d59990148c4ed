using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.CodeFixes;

/// <summary>The literal message template of a logging call and the named hole an argument fills, for fixes that edit both.</summary>
internal static class TemplateHoles
{
    /// <summary>
    /// The first plain string literal among the arguments (a template a fix can rewrite without changing its escapes),
    /// and its hole at <paramref name="holeIndex"/> when that hole is named: composite formats (<c>{0}</c>) would need
    /// renumbering.
    /// </summary>
    public static (LiteralExpressionSyntax Template, MessageTemplate.Hole Hole)? NamedHole(ArgumentListSyntax list, int holeIndex)
    {
        var template = list.Arguments
            .Select(a => a.Expression)
            .OfType<LiteralExpressionSyntax>()
            .FirstOrDefault(l => l.IsKind(SyntaxKind.StringLiteralExpression) && l.Token.Text.StartsWith("\"", System.StringComparison.Ordinal));
        if (template is null || template.Token.Text != SyntaxFactory.Literal(template.Token.ValueText).Text)
        {
            return null;
        }

        var holes = MessageTemplate.Parse(template.Token.ValueText);
        if (MessageTemplate.HoleFor(holes, holeIndex) is not { } hole || int.TryParse(hole.PlainName, out _))
        {
            return null;
        }

        return (template, hole);
    }

    /// <summary>A string literal with the given text, keeping the trivia of the literal it replaces.</summary>
    public static LiteralExpressionSyntax Literal(string text, LiteralExpressionSyntax replaced)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)).WithTriviaFrom(replaced);
}
