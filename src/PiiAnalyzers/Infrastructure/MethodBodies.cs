using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.Infrastructure;

/// <summary>
/// The operation trees of another method's own declarations, for the rules that follow calls (handlers and
/// repositories, query methods, logging wrappers). This binds the method a second time: callers cache what they
/// compute from it, and test the method's text first where they can (<see cref="Endpoints.CalleeText"/>).
/// </summary>
internal static class MethodBodies
{
    /// <summary>
    /// Each body of <paramref name="method"/> declared in this compilation, bound when enumerated: methods,
    /// constructors, operators and local functions, and with <paramref name="includeAccessors"/> property accessors
    /// and expression-bodied properties too.
    /// </summary>
    public static IEnumerable<IOperation> Bind(Compilation compilation, IMethodSymbol method, bool includeAccessors)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            var accepted = syntax is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax
                || (includeAccessors && syntax is AccessorDeclarationSyntax or ArrowExpressionClauseSyntax);
            if (!accepted || !compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                continue;
            }

#pragma warning disable RS1030 // The body lives in another method, often another tree: bound on request, and callers cache their answers.
            var semanticModel = compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            if (semanticModel.GetOperation(syntax) is { } body)
            {
                yield return body;
            }
        }
    }
}
