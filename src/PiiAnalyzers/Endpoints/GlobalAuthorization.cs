using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// Authorization applied to every endpoint (or every controller or page) of the application: a fallback policy
/// (<c>AuthorizationOptions.FallbackPolicy = ...</c>, <c>SetFallbackPolicy(...)</c>), a global
/// <c>AuthorizeFilter</c>, <c>MapControllers().RequireAuthorization()</c>, Razor Pages authorization conventions.
/// </summary>
/// <remarks>
/// Found once per compilation, and only when an endpoint without authorization metadata needs it. A text test keeps
/// the syntax walk to the few files (usually Program.cs) that mention these names; the rest is syntax only, so this
/// never binds a tree.
/// </remarks>
internal sealed class GlobalAuthorization
{
    private GlobalAuthorization(bool fallback, bool controllers, bool pages, ImmutableDictionary<string, ImmutableArray<string>> policies)
    {
        Policies = policies;
        FallbackPolicy = fallback;
        Controllers = controllers || fallback;
        Pages = pages || fallback;
    }

    /// <summary>A non-null fallback policy protects every endpoint with no authorization metadata.</summary>
    public bool FallbackPolicy { get; }

    public bool Controllers { get; }

    public bool Pages { get; }

    /// <summary>The role and claim strings each named policy requires (<c>AddPolicy("Soins", p =&gt; p.RequireRole("Praticien"))</c>).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Policies { get; }

    public bool Protects(EndpointKind kind)
        => kind switch
        {
            EndpointKind.ControllerAction => Controllers,
            EndpointKind.RazorPageHandler => Pages,
            _ => FallbackPolicy,
        };

    /// <summary>The words near which authorization is configured (each contained in the names the syntax tests below match).</summary>
    private static readonly string[] Anchors = { "FallbackPolicy", "AuthorizeFilter", "RequireAuthorization", "AuthorizeFolder", "AuthorizeAreaFolder", "AddPolicy" };

    public static GlobalAuthorization Find(Compilation compilation, Func<SyntaxTree, string> textOf)
    {
        bool fallback = false, controllers = false, pages = false;
        var policies = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var candidates = new List<SyntaxNode>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            // Only the statements around the words that configure authorization are read, found from the file's
            // text: no walk of whole files (every minimal-API module says RequireAuthorization).
            var text = textOf(tree);
            SyntaxNode? root = null;
            candidates.Clear();
            foreach (var anchor in Anchors)
            {
                for (var at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = text.IndexOf(anchor, at + anchor.Length, StringComparison.Ordinal))
                {
                    root ??= tree.GetRoot();
                    var node = root.FindToken(at).Parent;
                    for (var level = 0; node is not null && level < 6; level++, node = node.Parent)
                    {
                        if (node is AssignmentExpressionSyntax or InvocationExpressionSyntax)
                        {
                            candidates.Add(node);
                            break;
                        }
                    }
                }
            }

            candidates.Sort((a, b) => a.SpanStart.CompareTo(b.SpanStart));
            SyntaxNode? previous = null;
            foreach (var node in candidates)
            {
                if (node == previous)
                {
                    continue;
                }

                previous = node;
                switch (node)
                {
                    case AssignmentExpressionSyntax { Left: var left, Right: var right }
                        when SyntaxNames.Rightmost(left) == "FallbackPolicy" && !right.IsKind(SyntaxKind.NullLiteralExpression):
                        fallback = true;
                        break;
                    case InvocationExpressionSyntax invocation:
                        var name = SyntaxNames.Rightmost(invocation.Expression);
                        if (name == "SetFallbackPolicy" && invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is { } policy
                            && !policy.IsKind(SyntaxKind.NullLiteralExpression))
                        {
                            fallback = true;
                        }
                        else if (name == "RequireAuthorization" && invocation.Expression is MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax inner })
                        {
                            var mapped = SyntaxNames.Rightmost(inner.Expression);
                            controllers |= mapped is "MapControllers" or "MapDefaultControllerRoute" or "MapControllerRoute" or "MapAreaControllerRoute";
                            pages |= mapped is "MapRazorPages";
                        }
                        else if (name == "AddPolicy"
                            && invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { Token.Value: string policyName }
                            && !policies.ContainsKey(policyName))
                        {
                            policies[policyName] = invocation.ArgumentList.Arguments.Skip(1)
                                .SelectMany(a => a.DescendantNodes().OfType<LiteralExpressionSyntax>())
                                .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
                                .Select(l => l.Token.ValueText)
                                .Take(16)
                                .ToImmutableArray();
                        }
                        else if (name is "AuthorizeFolder" or "AuthorizeAreaFolder")
                        {
                            pages = true;
                        }
                        else if (name is "Add" && invocation.Expression is MemberAccessExpressionSyntax { Expression: var filters }
                            && SyntaxNames.Rightmost(filters) == "Filters"
                            && invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is ObjectCreationExpressionSyntax { Type: var type }
                            && SyntaxNames.Rightmost(type) == "AuthorizeFilter")
                        {
                            controllers = true;
                            pages = true;
                        }
                        else if (invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Add" } generic, Expression: var genericFilters }
                            && SyntaxNames.Rightmost(genericFilters) == "Filters"
                            && generic.TypeArgumentList.Arguments.Any(a => SyntaxNames.Rightmost(a) == "AuthorizeFilter"))
                        {
                            controllers = true;
                            pages = true;
                        }

                        break;
                }
            }
        }

        return new GlobalAuthorization(fallback, controllers, pages, policies.ToImmutable());
    }
}
