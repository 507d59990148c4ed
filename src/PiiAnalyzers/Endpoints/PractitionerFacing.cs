using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// Is an endpoint used by health professionals? Its route names a practitioner segment, its [Authorize] or
/// RequireAuthorization names a practitioner role or policy, its controller, page, mapping class or namespace names
/// practitioners, or it is marked [PractitionerFacing] (method, class or assembly).
/// </summary>
internal static class PractitionerFacing
{
    public static bool Is(Endpoint endpoint, EndpointSettings settings, GlobalAuthorization global)
    {
        if (EndpointModel.MethodAttributes(endpoint.Handler).Any(IsMarker)
            || (endpoint.DeclaringType is { } type && EndpointModel.TypeAttributes(type).Any(IsMarker))
            || endpoint.Handler.ContainingAssembly?.GetAttributes().Any(IsMarker) == true)
        {
            return true;
        }

        if (endpoint.Routes.Any(settings.RouteIsPractitionerFacing))
        {
            return true;
        }

        // A role or policy name, or the roles a named policy requires where the compilation declares it.
        if (endpoint.Authorization.Names.Any(name => settings.RoleIsPractitioner(name)
            || (global.Policies.TryGetValue(name, out var required) && required.Any(settings.RoleIsPractitioner))))
        {
            return true;
        }

        var declaring = endpoint.DeclaringType;
        if (declaring is not null && declaring.Name != "Program" && settings.NameIsPractitionerFacing(declaring.Name))
        {
            return true;
        }

        // An MVC area ([Area("Praticiens")]) is part of the application's structure even when routes omit it.
        if (declaring is not null && EndpointModel.TypeAttributes(declaring)
            .Where(a => EndpointModel.AttributeIs(a, "AreaAttribute"))
            .Select(EndpointModel.FirstStringArgument)
            .Any(area => settings.NameIsPractitionerFacing(area)))
        {
            return true;
        }

        var ns = (declaring?.ContainingNamespace ?? endpoint.Handler.ContainingNamespace)?.ToDisplayString();
        return ns is not null && ns.Split('.').Any(settings.NameIsPractitionerFacing);
    }

    private static bool IsMarker(AttributeData attribute) => EndpointModel.AttributeIs(attribute, "PractitionerFacingAttribute");
}
