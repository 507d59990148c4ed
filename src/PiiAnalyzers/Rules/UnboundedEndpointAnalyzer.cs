using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Endpoints;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII0203: an endpoint (MVC action, page handler, minimal-API handler) that returns a collection of holders of
/// personal data with no bounding operator in the handler (or the in-source calls it makes), no paging parameter
/// and no OData page size. Shares the endpoint model with PII0301–PII0303.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnboundedEndpointAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.PII0203UnboundedEndpoint);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        context.RegisterCompilationStartAction(start =>
        {
            var model = EndpointModel.GetOrCreate(start.Compilation, start.Options);
            if (model is null)
            {
                return;
            }

            EndpointActions.Register(start, model, (endpoint, body, report) => Analyze(model, endpoint, body, report));
        });
    }

    private static void Analyze(EndpointModel model, Endpoint endpoint, IOperation? body, System.Action<Diagnostic> report)
    {
        if (Bounds.HasPagingParameter(endpoint) || Bounds.HasQueryLimitAttribute(endpoint))
        {
            return;
        }

        var served = ServedData.Of(model, endpoint, body);
        if (served.CollectionCategories == PiiCategory.None)
        {
            return;
        }

        var settings = model.SettingsFor(endpoint.Location.SourceTree);
        if (Bounds.IsBounded(model, body, served.Producers(body, throughLambdas: false), settings.MaxRows))
        {
            return;
        }

        report(Diagnostic.Create(
            Descriptors.PII0203UnboundedEndpoint,
            endpoint.Location,
            endpoint.DisplayName,
            served.CollectionCategories.DisplayName()));
    }
}
