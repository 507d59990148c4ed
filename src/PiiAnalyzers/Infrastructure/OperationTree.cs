using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Infrastructure;

/// <summary>Where an operation sits in its tree: the top of the tree, and whether a lambda or local function lies between.</summary>
internal static class OperationTree
{
    /// <summary>
    /// <c>OperationKind.CollectionExpression</c>, newer than the Roslyn 4.8 API the analyzers compile against: a
    /// collection expression (<c>[nir, name]</c>), and the params collections of C# 13, which .NET 9 and later bind
    /// <c>Console.WriteLine(format, a, b, c, d)</c>, <c>string.Format</c> and NLog's <c>Error(exception, message, args)</c>
    /// to (<c>params ReadOnlySpan&lt;object?&gt;</c>). Its child operations are its elements.
    /// </summary>
    public const OperationKind CollectionExpression = (OperationKind)0x7F;

    /// <summary><c>OperationKind.Spread</c>: the <c>..rows</c> element of a collection expression; its one child is <c>rows</c>.</summary>
    public const OperationKind Spread = (OperationKind)0x80;

    /// <summary>The collections a collection expression spreads: <c>[.. query]</c> gives <c>query</c>.</summary>
    public static IEnumerable<IOperation> SpreadOperands(IOperation collectionExpression)
    {
        foreach (var element in collectionExpression.ChildOperations)
        {
            if (element.Kind == Spread)
            {
                foreach (var operand in element.ChildOperations)
                {
                    yield return operand;
                }
            }
        }
    }

    /// <summary>The topmost operation of the tree (the method body, or the block the driver analysed).</summary>
    public static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>
    /// A lambda or a local function lies between <paramref name="operation"/> and <paramref name="root"/> (or the top
    /// of the tree): a <c>return</c> there leaves that function, not the body.
    /// </summary>
    public static bool InNestedFunction(IOperation operation, IOperation? root = null)
    {
        for (var parent = operation.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The <c>return</c> and <c>yield return</c> operations of <paramref name="body"/> that carry a value and leave the
    /// body itself, not one of its lambdas or local functions.
    /// </summary>
    public static IEnumerable<IReturnOperation> OwnReturns(IOperation body)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation is IReturnOperation { ReturnedValue: not null } @return && !InNestedFunction(@return, body))
            {
                yield return @return;
            }
        }
    }

    /// <summary>
    /// What a one-expression lambda passed as an argument returns (<c>b =&gt; b.Nir</c> gives <c>b.Nir</c>), through the
    /// delegate creation and the conversion to an expression tree; null for anything else.
    /// </summary>
    public static IOperation? LambdaResult(IOperation argument)
    {
        while (argument is IConversionOperation or IDelegateCreationOperation)
        {
            argument = argument is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)argument).Target;
        }

        return argument is IAnonymousFunctionOperation { Body.Operations: { Length: 1 } operations }
            && operations[0] is IReturnOperation { ReturnedValue: { } result }
                ? result
                : null;
    }
}
