using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Endpoints;

internal enum EndpointKind
{
    ControllerAction,
    RazorPageHandler,
    MinimalApi,
}

/// <summary>Where ASP.NET Core binds a handler parameter from.</summary>
internal enum BindingSource
{
    Unknown,
    Route,
    Query,
    Body,
    Form,
    Header,
    Services,

    /// <summary>HttpContext, CancellationToken, ClaimsPrincipal and the other parameters the framework supplies.</summary>
    Special,
}

/// <summary>What the authorization metadata of an endpoint says, before any fallback policy.</summary>
internal enum EndpointAccess
{
    /// <summary>No [Authorize], no [AllowAnonymous], no RequireAuthorization: the fallback policy decides.</summary>
    Unspecified,
    Authorized,
    Anonymous,
}

internal sealed class EndpointParameter
{
    public EndpointParameter(IParameterSymbol symbol, BindingSource source)
    {
        Symbol = symbol;
        Source = source;
    }

    public IParameterSymbol Symbol { get; }

    public BindingSource Source { get; }
}

/// <summary>The effective authorization of an endpoint: access, and the role and policy names it requires.</summary>
internal sealed class EndpointAuthorization
{
    public static readonly EndpointAuthorization None = new(EndpointAccess.Unspecified, ImmutableArray<string>.Empty);

    public EndpointAuthorization(EndpointAccess access, ImmutableArray<string> names)
    {
        Access = access;
        Names = names;
    }

    public EndpointAccess Access { get; }

    /// <summary>Role and policy names, and names of [Authorize] subclasses, that the endpoint requires.</summary>
    public ImmutableArray<string> Names { get; }
}

/// <summary>
/// One endpoint: an MVC action, a Razor Pages handler or a minimal-API mapping. Built once per type (controllers,
/// page models) or per Map* call, and shared by every endpoint rule.
/// </summary>
internal sealed class Endpoint
{
    /// <summary>The served data of the last body analysed (see <see cref="ServedData.Of"/>), replaced as one reference.</summary>
    internal ServedData.Entry? LastServed { get; set; }

    public Endpoint(
        EndpointKind kind,
        string displayName,
        IMethodSymbol handler,
        IOperation? handlerOperation,
        Location location,
        ImmutableArray<string> routes,
        ImmutableArray<string> httpMethods,
        ImmutableArray<EndpointParameter> parameters,
        EndpointAuthorization authorization,
        INamedTypeSymbol? declaringType)
    {
        Kind = kind;
        DisplayName = displayName;
        Handler = handler;
        HandlerOperation = handlerOperation;
        Location = location;
        Routes = routes;
        HttpMethods = httpMethods;
        Parameters = parameters;
        Authorization = authorization;
        DeclaringType = declaringType;
    }

    public EndpointKind Kind { get; }

    /// <summary>How messages name the endpoint: its HTTP method and route, or controller and action.</summary>
    public string DisplayName { get; }

    /// <summary>The action, page handler, or the lambda or method a Map* call maps.</summary>
    public IMethodSymbol Handler { get; }

    /// <summary>The handler lambda of a minimal API (null for methods, whose body is found by symbol).</summary>
    public IOperation? HandlerOperation { get; }

    /// <summary>Where endpoint diagnostics go: the action's name, or the Map* method name.</summary>
    public Location Location { get; }

    /// <summary>Route templates, combined across controller, action and group prefixes, tokens replaced.</summary>
    public ImmutableArray<string> Routes { get; }

    /// <summary>Upper-case HTTP methods; empty when the endpoint accepts any.</summary>
    public ImmutableArray<string> HttpMethods { get; }

    public ImmutableArray<EndpointParameter> Parameters { get; }

    public EndpointAuthorization Authorization { get; }

    /// <summary>The controller or page model, or the type declaring the minimal-API mapping.</summary>
    public INamedTypeSymbol? DeclaringType { get; }
}
