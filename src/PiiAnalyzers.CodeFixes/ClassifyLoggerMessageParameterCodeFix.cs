using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0101 on an argument of a <c>[LoggerMessage]</c> method: classifies the method's parameter (<c>[Nir]</c>,
/// <c>[BirthDate]</c>...), so that the logging generator's redaction support redacts it wherever it is called.
/// </summary>
/// <remarks>No fix-all: several diagnostics often point at the same parameter, in another document.</remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassifyLoggerMessageParameterCodeFix)), Shared]
public sealed class ClassifyLoggerMessageParameterCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "PiiAnalyzers.ClassifyLoggerMessageParameter";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PersonalDataInLog);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(PersonalDataOutputAnalyzer.LoggerMessageParameterProperty, out var ordinalText)
                || !int.TryParse(ordinalText, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
                || !diagnostic.Properties.TryGetValue(PersonalDataOutputAnalyzer.CategoryProperty, out var category)
                || category is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Classify the logged parameter as [{category}]",
                    ct => FixAsync(context.Document, diagnostic, ordinal, category, ct),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> FixAsync(Document document, Diagnostic diagnostic, int ordinal, string category, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var invocation = root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (invocation is null || model?.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return solution;
        }

        var definition = method.PartialDefinitionPart ?? method;
        if (ordinal >= definition.Parameters.Length
            || definition.Parameters[ordinal].DeclaringSyntaxReferences.FirstOrDefault() is not { } reference
            || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not ParameterSyntax parameter
            || solution.GetDocument(reference.SyntaxTree) is not { } target)
        {
            return solution;
        }

        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(category))))
            .WithTrailingTrivia(SyntaxFactory.Space);
        var classified = parameter.WithAttributeLists(parameter.AttributeLists.Add(attribute.WithLeadingTrivia(parameter.GetLeadingTrivia())))
            .WithLeadingTrivia(parameter.GetLeadingTrivia());
        if (parameter.AttributeLists.Count == 0)
        {
            classified = parameter.WithoutLeadingTrivia()
                .WithAttributeLists(SyntaxFactory.SingletonList(attribute))
                .WithLeadingTrivia(parameter.GetLeadingTrivia());
        }

        var targetRoot = await target.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (targetRoot is null)
        {
            return solution;
        }

        var newRoot = targetRoot.ReplaceNode(parameter, classified);
        newRoot = UsingDirectives.Ensure(newRoot);

        return solution.WithDocumentSyntaxRoot(target.Id, newRoot);
    }
}
