using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII0003: a member classified as a NIR whose type is numeric. Reported on the type, once per declaration (a
/// record's positional parameter is reported as the parameter, not again as its property).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NumericNirAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.PII0003NumericNir);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        context.RegisterCompilationStartAction(start =>
        {
            var classifier = PiiClassifier.GetOrCreate(start.Compilation, start.Options);
            start.RegisterSymbolAction(
                c => Analyze(c, classifier),
                SymbolKind.Field, SymbolKind.Property, SymbolKind.Parameter);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, PiiClassifier classifier)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        var symbol = context.Symbol;
        var type = SymbolFacts.ValueType(symbol);

        if (type is null || symbol.IsOverride || symbol.IsImplicitlyDeclared
            || symbol.ContainingSymbol is IMethodSymbol { IsOverride: true }
            || !TypeShapes.IsNumeric(TypeShapes.UnwrapNullable(type)))
        {
            return;
        }

        var classification = classifier.Classify(symbol);
        if ((classification.Categories & PiiCategory.Nir) == 0)
        {
            return;
        }

        // A weak name (Numero, Rang) in a person-like type, held in an integer too small for 13 digits, is a rank or a
        // counter: no NIR ever fitted there. A strong name (Nir, NumeroSecu) in an int is still the bug this rule is for.
        if (classification.Source == ClassificationSource.NameHeuristic
            && TypeShapes.UnwrapNullable(type).SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte
            && classifier.OptionsFor(symbol).Names.Match(symbol.Name).NeedsPersonContainer)
        {
            return;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var typeSyntax = reference.GetSyntax(context.CancellationToken) switch
            {
                PropertyDeclarationSyntax property => property.Type,
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
                ParameterSyntax parameter when symbol is IParameterSymbol => parameter.Type,
                _ => null,
            };

            if (typeSyntax is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.PII0003NumericNir,
                    typeSyntax.GetLocation(),
                    symbol.Name,
                    type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
                return;
            }
        }
    }
}
