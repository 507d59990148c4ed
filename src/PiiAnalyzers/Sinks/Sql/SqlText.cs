using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Sinks.Sql;

/// <summary>
/// The text of a SQL argument as far as the code shows it: constants, const fields, concatenations, interpolated and
/// <c>string.Format</c> strings (holes become <see cref="SqlTokenizer.Hole"/>), and locals built from those, including
/// <c>sql += " WHERE ..."</c>. Null when nothing of the text is known.
/// </summary>
internal sealed class SqlText
{
    private const int MaxDepth = 8;
    private const int MaxLength = 1 << 20;

    private static readonly Regex FormatItem = new(@"\{\d+[^{}]*\}", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    private readonly IOperation root;
    private Dictionary<ILocalSymbol, List<(IOperation Value, bool Append)>>? writes;

    public SqlText(IOperation root) => this.root = root;

    public string? Resolve(IOperation? operation) => Resolve(operation, 0);

    private string? Resolve(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Resolve(conversion.Operand, depth + 1);
            case IParenthesizedOperation parenthesized:
                return Resolve(parenthesized.Operand, depth + 1);
            case IArgumentOperation argument:
                return Resolve(argument.Value, depth + 1);
            case IInterpolatedStringOperation interpolated:
                var builder = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation text)
                    {
                        builder.Append(text.Text.ConstantValue.Value as string);
                    }
                    else if (part is IInterpolationOperation hole)
                    {
                        builder.Append(hole.Expression.ConstantValue.Value as string ?? SqlTokenizer.Hole.ToString());
                    }

                    if (builder.Length > MaxLength)
                    {
                        break;
                    }
                }

                return builder.ToString();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                // "SELECT " + a + " FROM " + b + ...: a left-leaning chain, flattened so that long ones keep their start.
                var operands = new List<IOperation>();
                IOperation current = binary;
                while (current is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && add.Type?.SpecialType == SpecialType.System_String
                    && !add.ConstantValue.HasValue && operands.Count < 10_000)
                {
                    operands.Add(add.RightOperand);
                    current = add.LeftOperand;
                }

                operands.Add(current);
                operands.Reverse();
                var known = false;
                var concatenated = new StringBuilder();
                foreach (var operand in operands)
                {
                    var piece = Resolve(operand, depth + 1);
                    known |= piece is not null;
                    concatenated.Append(piece ?? SqlTokenizer.Hole.ToString());
                    if (concatenated.Length > MaxLength)
                    {
                        break;
                    }
                }

                return known ? Cap(concatenated.ToString()) : null;
            case IInvocationOperation { TargetMethod: { Name: "Format", ContainingType.SpecialType: SpecialType.System_String } } format:
                var template = format.Arguments.FirstOrDefault(a => a.Parameter?.Name == "format");
                var templateText = Resolve(template?.Value, depth + 1);
                return templateText is null ? null : ReplaceFormatItems(templateText);
            case IInvocationOperation { TargetMethod: { Name: "Concat", ContainingType.SpecialType: SpecialType.System_String } } concat:
                var parts = concat.Arguments.Select(a => Resolve(a.Value, depth + 1)).ToList();
                return parts.All(p => p is null) ? null : Cap(string.Concat(parts.Select(p => p ?? SqlTokenizer.Hole.ToString())));
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: ILocalReferenceOperation stringBuilder }
                when stringBuilder.Local.Type?.Name == "StringBuilder":
                return ResolveBuilder(stringBuilder.Local, depth);
            case ILocalReferenceOperation local:
                return ResolveLocal(local.Local, depth);
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                return ResolveReadOnlyField(field, depth);
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>var sql = new StringBuilder("SELECT ..."); sql.Append(" WHERE ...");</c>: the constructor's text, then every
    /// <c>Append</c>/<c>AppendLine</c> on the builder (chained or not) in source order; other pieces are holes.
    /// </summary>
    private string? ResolveBuilder(ILocalSymbol builder, int depth)
    {
        var pieces = new List<(int Position, string? Text)>();
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: IObjectCreationOperation creation } declarator
                    when SymbolEqualityComparer.Default.Equals(declarator.Symbol, builder):
                    var initial = creation.Arguments.FirstOrDefault(a => a.Value.Type?.SpecialType == SpecialType.System_String);
                    if (initial is not null)
                    {
                        pieces.Add((creation.Syntax.SpanStart, Resolve(initial.Value, depth + 1)));
                    }

                    break;
                case IInvocationOperation { TargetMethod.Name: "Append" or "AppendLine" or "AppendFormat" } append
                    when RootLocal(append) is { } local && SymbolEqualityComparer.Default.Equals(local, builder):
                    var argument = append.Arguments.FirstOrDefault();
                    var text = argument is null ? string.Empty : Resolve(argument.Value, depth + 1);
                    if (text is not null && append.TargetMethod.Name == "AppendFormat")
                    {
                        text = ReplaceFormatItems(text);
                    }

                    pieces.Add((append.Syntax.Span.End, (text ?? SqlTokenizer.Hole.ToString()) + (append.TargetMethod.Name == "AppendLine" ? "\n" : string.Empty)));
                    break;
            }

            if (pieces.Count > 4096)
            {
                break;
            }
        }

        if (pieces.Count == 0)
        {
            return null;
        }

        // A chained call's outer Append ends after its inner one: ordering by end keeps the text in order.
        pieces.Sort((a, b) => a.Position.CompareTo(b.Position));
        return Cap(string.Concat(pieces.Select(p => p.Text ?? SqlTokenizer.Hole.ToString())));
    }

    private static ILocalSymbol? RootLocal(IInvocationOperation invocation)
    {
        IOperation? current = invocation.Instance;
        for (var steps = 0; steps < 64 && current is IInvocationOperation inner; steps++)
        {
            current = inner.Instance;
        }

        return (current as ILocalReferenceOperation)?.Local;
    }

    /// <summary>A <c>static readonly string Sql = "..."</c>: its initializer, read from syntax (it is often in another tree).</summary>
    private static string? ResolveReadOnlyField(IFieldSymbol field, int depth)
    {
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                return FromSyntax(value, depth + 1);
            }
        }

        return null;
    }

    private static string? FromSyntax(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal when literal.Token.Value is string text:
                return text;
            case Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax parenthesized:
                return FromSyntax(parenthesized.Expression, depth + 1);
            case Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax binary
                when binary.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AddExpression):
                var left = FromSyntax(binary.Left, depth + 1);
                var right = FromSyntax(binary.Right, depth + 1);
                return left is null && right is null ? null : Cap((left ?? SqlTokenizer.Hole.ToString()) + (right ?? SqlTokenizer.Hole.ToString()));
            case Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringExpressionSyntax interpolated:
                var builder = new StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    builder.Append(content is Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringTextSyntax text
                        ? text.TextToken.ValueText
                        : SqlTokenizer.Hole.ToString());
                }

                return Cap(builder.ToString());
            default:
                return null;
        }
    }

    /// <summary><c>{0}</c>, <c>{1,-10:N2}</c> become holes. The pattern is linear; the timeout is a guard, never an exception.</summary>
    private static string? ReplaceFormatItems(string text)
    {
        try
        {
            return FormatItem.Replace(text, SqlTokenizer.Hole.ToString());
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string Cap(string text) => text.Length > MaxLength ? text.Substring(0, MaxLength) : text;

    /// <summary>The last plain write of the local, followed by the <c>+=</c> appends after it, in source order.</summary>
    private string? ResolveLocal(ILocalSymbol local, int depth)
    {
        IndexWrites();
        if (!writes!.TryGetValue(local, out var list))
        {
            return null;
        }

        string? text = null;
        foreach (var (value, append) in list)
        {
            var piece = Resolve(value, depth + 1);
            text = append ? Cap((text ?? string.Empty) + (piece ?? SqlTokenizer.Hole.ToString())) : piece;
        }

        return text;
    }

    private void IndexWrites()
    {
        if (writes is not null)
        {
            return;
        }

        writes = new Dictionary<ILocalSymbol, List<(IOperation, bool)>>(SymbolEqualityComparer.Default);
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    Add(declarator.Symbol, initializer.Value, append: false);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(target.Local, assignment.Value, append: false);
                    break;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: ILocalReferenceOperation target } compound:
                    Add(target.Local, compound.Value, append: true);
                    break;
            }
        }

        foreach (var list in writes.Values)
        {
            list.Sort((a, b) => a.Item1.Syntax.SpanStart.CompareTo(b.Item1.Syntax.SpanStart));
        }
    }

    private void Add(ILocalSymbol local, IOperation value, bool append)
    {
        if (!writes!.TryGetValue(local, out var list))
        {
            writes[local] = list = new List<(IOperation, bool)>();
        }

        list.Add((value, append));
    }
}
