using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Sinks;

/// <summary>Row bounds read from a method's syntax alone, before anything is bound (PII0201 and PII0203).</summary>
internal static class BoundingCalls
{
    /// <summary>
    /// The body itself calls a bounding operator, read from syntax: a call (outside lambdas and local functions, as
    /// the operation-based test reads it) whose name bounds its rows (<see cref="QuerySources.IsBoundingName"/>),
    /// where a <c>Take</c> or <c>TakeLast</c> with an integer literal above <paramref name="maxRows"/> does not count.
    /// A yes needs no binding; a no proves nothing about the calls the body makes.
    /// </summary>
    public static bool CallsBoundingOperator(IMethodSymbol method, int maxRows)
    {
        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is not InvocationExpressionSyntax invocation)
                {
                    continue;
                }

                var name = SyntaxNames.Rightmost(invocation.Expression);
                if (name is null || !QuerySources.IsBoundingName(name))
                {
                    continue;
                }

                if (QuerySources.RowLimits.Contains(name)
                    && invocation.ArgumentList.Arguments.LastOrDefault()?.Expression is LiteralExpressionSyntax { Token.Value: int count }
                    && count > maxRows)
                {
                    continue;
                }

                return true;
            }
        }

        return false;
    }
}
