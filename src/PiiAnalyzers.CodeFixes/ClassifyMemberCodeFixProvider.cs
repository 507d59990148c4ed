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
/// PII0001: classify the member with its category attribute (<c>[Nir]</c>, <c>[BirthDate]</c>...), or opt it out with
/// <c>[NotPersonalData("...")]</c>. A record's positional parameter gets <c>[property: ...]</c> so that the attribute
/// lands on the property, where Microsoft's redaction pipeline also looks.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassifyMemberCodeFixProvider)), Shared]
public sealed class ClassifyMemberCodeFixProvider : DocumentCodeFix
{
    public const string ClassifyKey = "PII0001.Classify";
    public const string OptOutKey = "PII0001.NotPersonalData";

    /// <summary>The justification placeholder of the opt-out, for the developer to replace.</summary>
    public const string Justification = "TODO: explain why this is not personal data";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnclassifiedPersonalData);

    protected override IEnumerable<(string Title, string EquivalenceKey)> Actions(SyntaxNode root, Diagnostic diagnostic)
    {
        if (FindTarget(root, diagnostic) is null)
        {
            yield break;
        }

        var category = CategoryOf(diagnostic);
        yield return ($"Classify as {category} ([{category}])", ClassifyKey);
        yield return ("Mark as not personal data ([NotPersonalData])", OptOutKey);
    }

    protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey)
    {
        var optOut = equivalenceKey == OptOutKey;
        var targets = new Dictionary<SyntaxNode, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindTarget(root, diagnostic) is { } target && !targets.ContainsKey(target))
            {
                targets.Add(target, CategoryOf(diagnostic));
            }
        }

        var newRoot = root.ReplaceNodes(targets.Keys, (original, rewritten) => AddAttribute(rewritten, original, targets[original], optOut));
        return UsingDirectives.Ensure(newRoot);
    }

    /// <summary>The declaration that receives the attribute: a property, a single-variable field, or a record parameter.</summary>
    private static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return node.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or ParameterSyntax
            or FieldDeclarationSyntax { Declaration.Variables.Count: 1 });
    }

    private static SyntaxNode AddAttribute(SyntaxNode rewritten, SyntaxNode original, string category, bool optOut)
    {
        var attribute = optOut
            ? SyntaxFactory.Attribute(
                SyntaxFactory.IdentifierName("NotPersonalData"),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(
                        SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Justification))))))
            : SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(category));

        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
        switch (rewritten)
        {
            case ParameterSyntax parameter:
                list = list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword)))
                    .WithTrailingTrivia(SyntaxFactory.Space);
                var leading = parameter.GetLeadingTrivia();
                return parameter.WithoutLeadingTrivia().AddAttributeLists(list.WithLeadingTrivia(leading));

            case MemberDeclarationSyntax member:
                var indentation = original.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
                var memberLeading = member.GetLeadingTrivia();
                list = list.WithLeadingTrivia(memberLeading)
                    .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
                var stripped = member.WithLeadingTrivia(indentation == default ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(indentation));
                return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list));

            default:
                return rewritten;
        }
    }

    private static string CategoryOf(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(UnclassifiedPersonalDataAnalyzer.CategoryProperty, out var category) && category is not null
            ? category
            : "PersonalData";
}
