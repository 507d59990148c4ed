using Microsoft.CodeAnalysis;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Endpoints;

/// <summary>The ASP.NET Core types the endpoint model needs, resolved once per compilation.</summary>
internal sealed class AspNetSymbols
{
    private AspNetSymbols(Compilation compilation)
    {
        ControllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
        PageModel = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RazorPages.PageModel");
        EndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
        ClaimsPrincipal = compilation.GetTypeByMetadataName("System.Security.Claims.ClaimsPrincipal");
        ClaimsIdentity = compilation.GetTypeByMetadataName("System.Security.Claims.ClaimsIdentity");
        Claim = compilation.GetTypeByMetadataName("System.Security.Claims.Claim");
        Identity = compilation.GetTypeByMetadataName("System.Security.Principal.IIdentity");
        AuthorizationService = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.IAuthorizationService");
        DbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
    }

    public INamedTypeSymbol? ControllerBase { get; }

    public INamedTypeSymbol? PageModel { get; }

    public INamedTypeSymbol? EndpointRouteBuilderExtensions { get; }

    public INamedTypeSymbol? ClaimsPrincipal { get; }

    public INamedTypeSymbol? ClaimsIdentity { get; }

    public INamedTypeSymbol? Claim { get; }

    public INamedTypeSymbol? Identity { get; }

    public INamedTypeSymbol? AuthorizationService { get; }

    public INamedTypeSymbol? DbContext { get; }

    /// <summary>Null when ASP.NET Core is not referenced: the endpoint rules have nothing to do.</summary>
    public static AspNetSymbols? Create(Compilation compilation)
    {
        var symbols = new AspNetSymbols(compilation);
        return symbols.ControllerBase is null && symbols.PageModel is null && symbols.EndpointRouteBuilderExtensions is null
            ? null
            : symbols;
    }

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    public static bool DerivesFromName(ITypeSymbol? type, string name, string ns)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == name && TypeShapes.NamespaceName(current.ContainingNamespace) == ns)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type is (or derives from, or implements) an identity type: ClaimsPrincipal, ClaimsIdentity, IIdentity, Claim.</summary>
    public bool IsIdentityType(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (DerivesFrom(type, ClaimsPrincipal) || DerivesFrom(type, ClaimsIdentity) || DerivesFrom(type, Claim))
        {
            return true;
        }

        if (Identity is not null)
        {
            if (SymbolEqualityComparer.Default.Equals(type, Identity))
            {
                return true;
            }

            foreach (var i in SymbolFacts.InterfaceDefinitions(type))
            {
                if (SymbolEqualityComparer.Default.Equals(i, Identity))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
