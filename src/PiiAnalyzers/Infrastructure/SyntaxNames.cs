using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.Infrastructure;

/// <summary>Names read from syntax alone, for the text-level tests that run before anything is bound.</summary>
internal static class SyntaxNames
{
    /// <summary>
    /// The rightmost simple name of a name or member access: <c>Add</c> for <c>options.Filters.Add</c>,
    /// <c>Add&lt;T&gt;</c>'s <c>Add</c>, <c>AuthorizeFilter</c> for <c>Mvc.Authorization.AuthorizeFilter</c>; null for
    /// anything else. Applied to an invocation's expression, it is the called method's name.
    /// </summary>
    public static string? Rightmost(SyntaxNode node)
        => node switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };

    /// <summary>Any identifier of the method's declarations satisfies <paramref name="predicate"/>; true when there is no syntax to read.</summary>
    public static bool Mentions(IMethodSymbol method, Func<string, bool> predicate)
    {
        var any = false;
        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            any = true;
            var syntax = reference.GetSyntax();
            // The method's own name is not something its body uses.
            var ownName = syntax is MethodDeclarationSyntax declaration ? declaration.Identifier : default;
            foreach (var token in syntax.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token != ownName && predicate(token.ValueText))
                {
                    return true;
                }
            }
        }

        return !any;
    }
}
