using Microsoft.CodeAnalysis;
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
}
