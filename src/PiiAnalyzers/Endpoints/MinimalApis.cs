using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// Minimal APIs: a Map* call, its handler (lambda or method group), the prefixes of the MapGroup calls it hangs from
/// (through locals, nested any depth) and the authorization conventions on the endpoint and on every group.
/// </summary>
internal static class MinimalApis
{
    private const int MaxGroupDepth = 16;

    public static Endpoint? Build(EndpointModel model, IInvocationOperation invocation)
    {
        try
        {
            return BuildCore(model, invocation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private static Endpoint? BuildCore(EndpointModel model, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var pattern = Argument(invocation, "pattern")?.ConstantValue is { HasValue: true, Value: string text } ? text : string.Empty;
        var handlerArgument = Argument(invocation, "handler") ?? Argument(invocation, "requestDelegate");
        var (handler, handlerOperation) = Handler(handlerArgument);
        if (handler is null)
        {
            return null;
        }

        var httpMethods = method.Name switch
        {
            "MapGet" => ImmutableArray.Create("GET"),
            "MapPost" => ImmutableArray.Create("POST"),
            "MapPut" => ImmutableArray.Create("PUT"),
            "MapDelete" => ImmutableArray.Create("DELETE"),
            "MapPatch" => ImmutableArray.Create("PATCH"),
            "MapMethods" => (Argument(invocation, "httpMethods")?.DescendantsAndSelf()
                    .Where(o => o.ConstantValue is { HasValue: true, Value: string })
                    .Select(o => ((string)o.ConstantValue.Value!).ToUpperInvariant()) ?? Enumerable.Empty<string>()).ToImmutableArray(),
            _ => ImmutableArray<string>.Empty,
        };

        var authorization = new EndpointModel.AuthorizationBuilder();
        EndpointModel.CollectAuthorization(handler.GetAttributes(), authorization);
        if (handlerOperation is null)
        {
            // A method group: [Authorize] on the method or its class counts, as the framework reads both.
            if (handler.ContainingType is { } containing)
            {
                EndpointModel.CollectAuthorization(EndpointModel.TypeAttributes(containing), authorization);
            }
        }

        // Conventions chained on the endpoint itself: app.MapGet(...).RequireAuthorization("Practitioner").
        var current = (IOperation)invocation;
        for (var i = 0; i < MaxGroupDepth && ReceiverOf(current) is { } outer; i++)
        {
            ApplyConvention(outer, authorization);
            current = outer;
        }

        var prefixes = new List<string>();
        var root = OperationTree.Root(invocation);
        WalkGroups(model, invocation.Arguments.FirstOrDefault()?.Value, root, prefixes, authorization, 0);
        prefixes.Reverse();

        string? prefix = null;
        foreach (var groupPrefix in prefixes)
        {
            prefix = RouteTemplates.Combine(prefix, groupPrefix, slashOverrides: false);
        }

        var route = RouteTemplates.Combine(prefix, pattern, slashOverrides: false);
        var routes = ImmutableArray.Create(route);
        var routeNames = RouteTemplates.ParameterNames(routes);
        var parameters = handler.Parameters
            .Select(p => new EndpointParameter(p, model.InferBinding(p, routeNames, complexFromBody: true)))
            .ToImmutableArray();

        var location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            ? access.Name.GetLocation()
            : invocation.Syntax.GetLocation();
        var display = (httpMethods.IsEmpty ? "ANY" : string.Join(",", httpMethods)) + " " + route;
        var declaringType = invocation.SemanticModel?.GetEnclosingSymbol(invocation.Syntax.SpanStart)?.ContainingType;
        return new Endpoint(
            EndpointKind.MinimalApi, display, handler, handlerOperation, location, routes, httpMethods, parameters,
            authorization.Build(), declaringType);
    }

    private static IOperation? Argument(IInvocationOperation invocation, string name)
        => invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == name)?.Value;

    private static (IMethodSymbol? Handler, IOperation? Operation) Handler(IOperation? argument)
    {
        var value = argument;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value is IDelegateCreationOperation creation)
        {
            value = creation.Target;
        }

        return value switch
        {
            IAnonymousFunctionOperation lambda => (lambda.Symbol, lambda),
            IMethodReferenceOperation reference => (reference.Method, null),
            _ => (null, null),
        };
    }

    /// <summary>The invocation that receives this one as its builder (<c>x.RequireAuthorization()</c> for <c>x</c>).</summary>
    private static IInvocationOperation? ReceiverOf(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation { Parent: IInvocationOperation outer } argument when outer.Arguments.Length > 0 && outer.Arguments[0] == argument
                && outer.TargetMethod.IsExtensionMethod => outer,
            IInvocationOperation outer when outer.Instance is not null => outer,
            _ => null,
        };
    }

    private static void ApplyConvention(IInvocationOperation convention, EndpointModel.AuthorizationBuilder authorization)
    {
        switch (convention.TargetMethod.Name)
        {
            case "AllowAnonymous":
                authorization.Anonymous = true;
                break;
            case "RequireAuthorization":
                authorization.Authorized = true;
                foreach (var argument in convention.Arguments.Skip(convention.TargetMethod.IsExtensionMethod ? 1 : 0))
                {
                    foreach (var constant in argument.Value.DescendantsAndSelf())
                    {
                        if (constant.ConstantValue is { HasValue: true, Value: string text })
                        {
                            authorization.Names.Add(text);
                        }
                        else if (constant is IObjectCreationOperation { Type: INamedTypeSymbol created } && created.Name != "AuthorizeAttribute")
                        {
                            authorization.Names.Add(created.Name);
                        }
                    }
                }

                break;
            case "WithMetadata":
                foreach (var created in convention.Arguments.SelectMany(a => a.Value.DescendantsAndSelf()).OfType<IObjectCreationOperation>())
                {
                    var name = created.Type?.Name;
                    if (name is "AllowAnonymousAttribute")
                    {
                        authorization.Anonymous = true;
                    }
                    else if (name is "AuthorizeAttribute")
                    {
                        authorization.Authorized = true;
                    }
                }

                break;
        }
    }

    /// <summary>Follows the builder a Map* call is made on back through MapGroup calls, conventions and locals.</summary>
    private static void WalkGroups(
        EndpointModel model, IOperation? builder, IOperation root, List<string> prefixes, EndpointModel.AuthorizationBuilder authorization, int depth,
        bool stopAtParameters = false)
    {
        while (builder is not null && depth++ < MaxGroupDepth)
        {
            while (builder is IConversionOperation conversion)
            {
                builder = conversion.Operand;
            }

            switch (builder)
            {
                case IInvocationOperation { TargetMethod.Name: "MapGroup" } group:
                    if (Argument(group, "prefix")?.ConstantValue is { HasValue: true, Value: string prefix })
                    {
                        prefixes.Add(prefix);
                    }

                    builder = group.Arguments.FirstOrDefault()?.Value;
                    break;
                case IInvocationOperation convention when convention.TargetMethod.IsExtensionMethod && convention.Arguments.Length > 0:
                    ApplyConvention(convention, authorization);
                    if (!stopAtParameters && SymbolFacts.InSource(convention.TargetMethod)
                        && model.GetBody(convention.TargetMethod) is { } helper)
                    {
                        // An in-source helper returning a group (app.MapPractitionerApi()): its prefixes and
                        // conventions come first, then the builder it was called on.
                        foreach (var returned in ServedData.OwnOperations(helper).OfType<IReturnOperation>().Take(1))
                        {
                            WalkGroups(model, returned.ReturnedValue, helper, prefixes, authorization, depth + 1, stopAtParameters: true);
                        }
                    }

                    builder = convention.Arguments[0].Value;
                    break;
                case IInvocationOperation { Instance: { } instance } convention:
                    ApplyConvention(convention, authorization);
                    builder = instance;
                    break;
                case ILocalReferenceOperation local:
                    builder = FollowLocal(model, local.Local, root, authorization);
                    break;
                case IParameterReferenceOperation when stopAtParameters:
                    return;
                case IParameterReferenceOperation parameter when depth < MaxGroupDepth / 2:
                    // A mapping method called with a group: follow its first in-source call site.
                    var argument = model.CallSiteArguments(parameter.Parameter).FirstOrDefault();
                    if (argument is null)
                    {
                        return;
                    }

                    builder = argument;
                    root = OperationTree.Root(argument);
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary>
    /// The value a builder local was initialised with; conventions applied to the local in separate statements
    /// (<c>group.RequireAuthorization();</c>) are recorded on the way. The method body is read once per local, not
    /// once per endpoint mapped on it.
    /// </summary>
    private static IOperation? FollowLocal(EndpointModel model, ILocalSymbol local, IOperation root, EndpointModel.AuthorizationBuilder authorization)
    {
        var builder = model.GetBuilderLocal(local, root);
        foreach (var convention in builder.Conventions)
        {
            ApplyConvention(convention, authorization);
        }

        return builder.Initializer;
    }

    internal static BuilderLocal ScanLocal(ILocalSymbol local, IOperation root)
    {
        IOperation? initializer = null;
        var conventions = ImmutableArray.CreateBuilder<IInvocationOperation>();
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    initializer ??= declarator.Initializer?.Value;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    initializer ??= assignment.Value;
                    break;
                case IExpressionStatementOperation { Operation: IInvocationOperation statement }:
                    var receiver = statement.TargetMethod.IsExtensionMethod && statement.Arguments.Length > 0 ? statement.Arguments[0].Value : statement.Instance;
                    while (receiver is IConversionOperation conversion)
                    {
                        receiver = conversion.Operand;
                    }

                    if (receiver is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                    {
                        conventions.Add(statement);
                    }

                    break;
            }
        }

        return new BuilderLocal(initializer, conventions.ToImmutable());
    }

    /// <summary>A builder local (<c>var group = app.MapGroup("/ps")</c>): its value and the conventions applied to it.</summary>
    internal sealed class BuilderLocal
    {
        public BuilderLocal(IOperation? initializer, ImmutableArray<IInvocationOperation> conventions)
        {
            Initializer = initializer;
            Conventions = conventions;
        }

        public IOperation? Initializer { get; }

        public ImmutableArray<IInvocationOperation> Conventions { get; }
    }
}
