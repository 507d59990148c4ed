using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII0001: a field or property (including a record's positional parameter) that the heuristics or the configuration
/// classify, but that carries no classification attribute.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnclassifiedPersonalDataAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that carries the suggested category to the code fix.</summary>
    public const string CategoryProperty = "Category";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.PII0001UnclassifiedPersonalData);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        context.RegisterCompilationStartAction(start =>
        {
            var classifier = PiiClassifier.GetOrCreate(start.Compilation, start.Options);
            start.RegisterSymbolAction(c => Analyze(c, classifier), SymbolKind.Field, SymbolKind.Property);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, PiiClassifier classifier)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        var symbol = context.Symbol;
        // An override or an explicit interface implementation is classified where it is declared first: one suggestion.
        if (symbol.IsOverride || symbol is IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 }
            || symbol is IFieldSymbol { IsConst: true } || symbol.IsImplicitlyDeclared
            || symbol is IPropertySymbol { IsIndexer: true } || symbol.Locations.Length == 0 || !symbol.Locations[0].IsInSource)
        {
            return;
        }

        var classification = classifier.Classify(symbol);
        if (!classification.IsPersonalData || classification.IsExplicit)
        {
            return;
        }

        var category = classification.Categories.Primary();
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.PII0001UnclassifiedPersonalData,
            symbol.Locations[0],
            ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category.ToString()),
            symbol.Name,
            category.DisplayName()));
    }
}
