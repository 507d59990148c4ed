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
/// PII0302: require an authenticated caller. On an action, <c>[Authorize]</c> replaces the action's own
/// <c>[AllowAnonymous]</c> (which would win) or is added to it; on a Razor page handler it goes on the page model
/// (Razor Pages ignores handler-level attributes); on a minimal API, <c>.RequireAuthorization()</c> is appended to
/// the Map* call and an <c>.AllowAnonymous()</c> chained on it is removed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequireAuthorizationCodeFix)), Shared]
public sealed class RequireAuthorizationCodeFix : DocumentCodeFix
{
    public const string EquivalenceKey = "PII0302.RequireAuthorization";

    private const string AuthorizationNamespace = "Microsoft.AspNetCore.Authorization";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.AnonymousPractitionerEndpoint);

    protected override IEnumerable<(string Title, string EquivalenceKey)> Actions(SyntaxNode root, Diagnostic diagnostic)
    {
        if (FindTarget(root, diagnostic) is null)
        {
            yield break;
        }

        yield return (Target(diagnostic) == "Map" ? "Require authorization (.RequireAuthorization())" : "Require authorization ([Authorize])", EquivalenceKey);
    }

    protected override SyntaxNode Fix(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey)
    {
        var targets = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindTarget(root, diagnostic) is { } target)
            {
                targets.Add(target);
            }
        }

        if (targets.Count == 0)
        {
            return root;
        }

        var needsUsing = targets.Any(t => t is not InvocationExpressionSyntax);
        var newRoot = root.ReplaceNodes(targets, (original, rewritten) => rewritten switch
        {
            InvocationExpressionSyntax map => RequireAuthorization(map),
            MemberDeclarationSyntax member => Authorize(member),
            _ => rewritten,
        });

        if (needsUsing)
        {
            newRoot = UsingDirectives.Ensure(newRoot, AuthorizationNamespace);
        }

        return newRoot;
    }

    private static string? Target(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(PractitionerEndpointAnalyzer.FixTargetProperty, out var target) ? target : null;

    private static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        switch (Target(diagnostic))
        {
            case "Map":
                var invocation = node.FirstAncestorOrSelf<InvocationExpressionSyntax>();
                if (invocation is null)
                {
                    return null;
                }

                // Extend over an .AllowAnonymous() chained directly on the mapping: it goes, since it would win.
                return invocation.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AllowAnonymous", Parent: InvocationExpressionSyntax anonymous }
                    ? anonymous
                    : invocation;
            case "Type":
                return node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            default:
                return node.FirstAncestorOrSelf<MethodDeclarationSyntax>();
        }
    }

    private static SyntaxNode RequireAuthorization(InvocationExpressionSyntax invocation)
    {
        var mapping = invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AllowAnonymous", Expression: var inner }
            ? inner
            : invocation;
        var trailing = mapping.GetTrailingTrivia();
        return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    mapping.WithoutTrailingTrivia(),
                    SyntaxFactory.IdentifierName("RequireAuthorization")))
            .WithTrailingTrivia(invocation.GetTrailingTrivia().Any() ? invocation.GetTrailingTrivia() : trailing);
    }

    private static SyntaxNode Authorize(MemberDeclarationSyntax member)
    {
        // [AllowAnonymous] on the member itself would win over [Authorize]: replace it.
        var lists = new List<AttributeListSyntax>();
        foreach (var list in member.AttributeLists)
        {
            var kept = list.Attributes.Where(a => !IsNamed(a, "AllowAnonymous")).ToList();
            if (kept.Count == list.Attributes.Count)
            {
                lists.Add(list);
            }
            else if (kept.Count > 0)
            {
                lists.Add(list.WithAttributes(SyntaxFactory.SeparatedList(kept)));
            }
        }

        var leading = member.GetLeadingTrivia();
        var indentation = SyntaxFactory.TriviaList(leading.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Skip(leading.Count(t => t.IsKind(SyntaxKind.WhitespaceTrivia)) - 1));
        // Keep the file's line endings.
        var existing = member.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var eol = existing.IsKind(SyntaxKind.EndOfLineTrivia) ? existing : SyntaxFactory.EndOfLine("\n");
        lists.Add(SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("Authorize")))));
        var rebuilt = lists
            .Select((list, i) => list.WithLeadingTrivia(i == 0 ? leading : indentation).WithTrailingTrivia(eol))
            .ToList();

        var result = member.WithoutLeadingTrivia().WithAttributeLists(SyntaxFactory.List(rebuilt));
        return result switch
        {
            MethodDeclarationSyntax { Modifiers.Count: > 0 } method
                => method.WithModifiers(method.Modifiers.Replace(method.Modifiers[0], method.Modifiers[0].WithLeadingTrivia(indentation))),
            TypeDeclarationSyntax { Modifiers.Count: > 0 } type
                => type.WithModifiers(type.Modifiers.Replace(type.Modifiers[0], type.Modifiers[0].WithLeadingTrivia(indentation))),
            TypeDeclarationSyntax type => type.WithKeyword(type.Keyword.WithLeadingTrivia(indentation)),
            _ => result,
        };
    }

    private static bool IsNamed(AttributeSyntax attribute, string name)
    {
        var text = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        return text == name || text == name + "Attribute";
    }
}
