using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII0002: a string or numeric literal that contains a valid NIR. The diagnostic points at the literal and never
/// repeats the number.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedNirAnalyzer : DiagnosticAnalyzer
{
    /// <summary>NIRs have 15 characters; a shorter literal cannot hold one.</summary>
    private const int MinimumLength = NirValidator.Length;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.PII0002HardCodedNir);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        context.RegisterOperationAction(AnalyzeLiteral, OperationKind.Literal);
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        var literal = (ILiteralOperation)context.Operation;
        if (!literal.ConstantValue.HasValue || literal.Syntax.Span.Length < MinimumLength)
        {
            return;
        }

        var containsNir = literal.ConstantValue.Value switch
        {
            string text => ContainsNir(text),
            long number => NirValidator.IsValid(number.ToString(CultureInfo.InvariantCulture)),
            ulong number => NirValidator.IsValid(number.ToString(CultureInfo.InvariantCulture)),
            decimal number => NirValidator.IsValid(number.ToString(CultureInfo.InvariantCulture)),
            _ => false,
        };

        if (containsNir)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PII0002HardCodedNir, literal.Syntax.GetLocation()));
        }
    }

    private static bool ContainsNir(string text)
    {
        if (text.Length < MinimumLength)
        {
            return false;
        }

        foreach (var _ in NirValidator.FindIn(text))
        {
            return true;
        }

        return false;
    }
}
