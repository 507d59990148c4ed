using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// The cheap test before binding a callee's body a second time: the identifiers its declaration contains. Following
/// a repository or service call (caller scoping, row bounds) needs the callee's operations, which the driver has
/// already built and released for its own tree; binding them again costs as much as compiling the method. A body
/// whose identifiers cannot lead to the answer (no identity word, no bounding operator, no call of an in-source
/// method that could hold one) is answered "no" without binding it.
/// </summary>
/// <remarks>
/// The identifier tests only rule bodies out: whatever passes is bound and analysed as before. The one test that
/// rules a body in, <see cref="CallsBoundingOperator"/>, accepts only the calls the operation-based test accepts by
/// name; it differs in one place, a <c>Take</c> whose count is a named constant above the maximum, which it counts
/// as a bound (it cannot evaluate the constant without binding).
/// </remarks>
internal sealed class CalleeText
{
    /// <summary>Identifiers through which a body can read the caller's identity without an in-source helper.</summary>
    private static readonly HashSet<string> IdentityWords = new(StringComparer.Ordinal)
    {
        "User", "HttpContext", "HttpContextAccessor", "ClaimsPrincipal", "ClaimsIdentity", "Claims", "Claim", "Identity",
        "Principal", "CurrentPrincipal", "FindFirst", "FindFirstValue", "GetUserId", "AuthorizeAsync", "ScopedToCaller",
    };

    private static readonly HashSet<string> NoNames = new(StringComparer.Ordinal);

    private readonly Lazy<HashSet<string>> sourceCallables;

    public CalleeText(Compilation compilation)
    {
        sourceCallables = new Lazy<HashSet<string>>(() => CollectSourceCallables(compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Names of the in-source methods and computed properties, read from the declarations (no symbol is created, no
    /// body is bound): a body that names none of them calls no in-source code. Read-only once built.
    /// </summary>
    public HashSet<string> SourceCallables => sourceCallables.Value;

    /// <summary>The body may read the caller's identity, or call in-source code that does.</summary>
    public bool MayReadIdentity(IMethodSymbol method, Func<string, bool> isIdentityCarrier)
    {
        var callables = SourceCallables;
        return SyntaxNames.Mentions(method, name => IdentityWords.Contains(name) || callables.Contains(name) || isIdentityCarrier(name));
    }

    /// <summary>The body may bound its rows itself, or (when <paramref name="followCalls"/>) call in-source code that does.</summary>
    public bool MayBound(IMethodSymbol method, Func<string, bool> isBoundingName, bool followCalls)
    {
        var callables = followCalls ? SourceCallables : NoNames;
        return SyntaxNames.Mentions(method, name => isBoundingName(name) || callables.Contains(name));
    }

    private static HashSet<string> CollectSourceCallables(Compilation compilation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            // Declarations only: never into a member's body.
            foreach (var node in tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                switch (node)
                {
                    case MethodDeclarationSyntax method:
                        names.Add(method.Identifier.ValueText);
                        break;
                    case PropertyDeclarationSyntax property when property.Type is not GenericNameSyntax && IsComputed(property):
                        names.Add(property.Identifier.ValueText);
                        break;
                }
            }
        }

        return names;
    }

    /// <summary>
    /// A property with code behind it (an expression body or an accessor body), as opposed to an auto-property. Only
    /// properties of a non-generic type count: an identity is a value or a principal, never a <c>DbSet&lt;T&gt;</c>.
    /// </summary>
    private static bool IsComputed(PropertyDeclarationSyntax property)
        => property.ExpressionBody is not null
            || (property.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) ?? false);
}
