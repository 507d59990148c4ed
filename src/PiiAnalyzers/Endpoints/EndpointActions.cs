using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// Registers the two places endpoints are met: the body of a method (controller action, page handler) and a
/// minimal-API Map* call. Each rule receives the endpoint with its handler body; building either is cheap to reject.
/// </summary>
internal static class EndpointActions
{
    public static void Register(
        CompilationStartAnalysisContext start,
        EndpointModel model,
        Action<Endpoint, IOperation?, Action<Diagnostic>> analyze)
    {
        start.RegisterOperationBlockAction(block =>
        {
            if (block.IsGeneratedCode || block.OwningSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
            {
                return;
            }

            var endpoint = model.GetMethodEndpoint(method);
            if (endpoint is null)
            {
                return;
            }

            var body = block.OperationBlocks.FirstOrDefault(b => b is IMethodBodyOperation or IBlockOperation);
            Guard(analyze, endpoint, body, block.ReportDiagnostic);
        });

        start.RegisterOperationAction(
            context =>
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (context.IsGeneratedCode || !model.IsMapCall(invocation.TargetMethod))
                {
                    return;
                }

                var endpoint = model.GetMappedEndpoint(invocation);
                if (endpoint is null)
                {
                    return;
                }

                Guard(analyze, endpoint, endpoint.HandlerOperation ?? model.GetBody(endpoint.Handler), context.ReportDiagnostic);
            },
            OperationKind.Invocation);
    }

    /// <summary>Runs one rule on one endpoint; a separate method so that no closure is allocated on the paths that return early.</summary>
    private static void Guard(Action<Endpoint, IOperation?, Action<Diagnostic>> analyze, Endpoint endpoint, IOperation? body, Action<Diagnostic> report)
    {
        try
        {
            analyze(endpoint, body, report);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Code being typed can break any assumption; an endpoint we cannot analyse is not reported.
        }
    }
}
