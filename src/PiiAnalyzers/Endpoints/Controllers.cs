using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Endpoints;

/// <summary>MVC and API controllers, discovered and routed as ASP.NET Core's application model does.</summary>
internal static class Controllers
{
    /// <summary>
    /// A controller is a public, non-abstract, non-generic class that is not [NonController] and either derives from
    /// ControllerBase, carries [Controller] (or [ApiController]) on itself or a base, or is named *Controller.
    /// </summary>
    public static bool IsController(EndpointModel model, INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic || type.TypeParameters.Length > 0
            || type.DeclaredAccessibility != Accessibility.Public || !SymbolFacts.InSource(type))
        {
            return false;
        }

        var attributes = EndpointModel.TypeAttributes(type).ToList();
        if (attributes.Any(a => EndpointModel.AttributeIs(a, "NonControllerAttribute")))
        {
            return false;
        }

        return AspNetSymbols.DerivesFrom(type, model.Symbols.ControllerBase)
            || type.Name.EndsWith("Controller", StringComparison.OrdinalIgnoreCase)
            || attributes.Any(a => EndpointModel.AttributeIs(a, "ControllerAttribute") || EndpointModel.AttributeIs(a, "ApiControllerAttribute"));
    }

    public static ImmutableDictionary<IMethodSymbol, Endpoint> Build(EndpointModel model, INamedTypeSymbol type)
    {
        var builder = ImmutableDictionary.CreateBuilder<IMethodSymbol, Endpoint>(SymbolEqualityComparer.Default);
        var typeAttributes = EndpointModel.TypeAttributes(type).ToList();
        var controllerName = StripSuffix(type.Name, "Controller");
        var area = typeAttributes.Where(a => EndpointModel.AttributeIs(a, "AreaAttribute")).Select(EndpointModel.FirstStringArgument).FirstOrDefault();
        var isApi = typeAttributes.Any(a => EndpointModel.AttributeIs(a, "ApiControllerAttribute"))
            || type.ContainingAssembly.GetAttributes().Any(a => EndpointModel.AttributeIs(a, "ApiControllerAttribute"));
        var controllerTemplates = typeAttributes.Where(IsRouteProvider).Select(Template).Where(t => t is not null).Select(t => t!).Distinct().ToList();

        foreach (var member in type.GetMembers())
        {
            if (member is not IMethodSymbol method || !IsAction(method))
            {
                continue;
            }

            var methodAttributes = EndpointModel.MethodAttributes(method).ToList();
            var actionName = methodAttributes.Where(a => EndpointModel.AttributeIs(a, "ActionNameAttribute")).Select(EndpointModel.FirstStringArgument).FirstOrDefault()
                ?? StripSuffix(method.Name, "Async");

            var routes = new List<string>();
            var actionRouteAttributes = methodAttributes.Where(IsRouteProvider).ToList();
            var actionTemplates = actionRouteAttributes.Select(Template).Where(t => t is not null).Select(t => t!).ToList();
            if (actionTemplates.Count > 0)
            {
                foreach (var template in actionTemplates)
                {
                    if (controllerTemplates.Count == 0 || template.StartsWith("/", StringComparison.Ordinal) || template.StartsWith("~/", StringComparison.Ordinal))
                    {
                        routes.Add(RouteTemplates.Combine(null, template));
                    }
                    else
                    {
                        routes.AddRange(controllerTemplates.Select(c => RouteTemplates.Combine(c, template)));
                    }
                }
            }
            else if (controllerTemplates.Count > 0)
            {
                routes.AddRange(controllerTemplates.Select(c => RouteTemplates.Combine(c, null)));
            }
            else
            {
                // Conventional routing: {controller=Home}/{action=Index}/{id?}.
                routes.Add(RouteTemplates.Combine(area, controllerName + "/" + actionName + "/{id?}"));
            }

            var finalRoutes = routes.Select(r => RouteTemplates.ReplaceTokens(r, controllerName, actionName, area)).Distinct().ToImmutableArray();

            var httpMethods = methodAttributes.SelectMany(HttpMethods).Distinct().ToImmutableArray();

            var authorization = new EndpointModel.AuthorizationBuilder();
            EndpointModel.CollectAuthorization(typeAttributes, authorization);
            EndpointModel.CollectAuthorization(methodAttributes, authorization);

            var routeNames = RouteTemplates.ParameterNames(finalRoutes);
            var postsForm = !isApi && !httpMethods.IsEmpty && httpMethods.All(m => m is "POST" or "PUT" or "PATCH");
            var parameters = method.Parameters
                .Select(p => new EndpointParameter(p, model.InferBinding(p, routeNames, complexFromBody: isApi, simpleFromForm: postsForm)))
                .ToImmutableArray();

            var location = method.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
            var display = type.Name + "." + method.Name;
            builder[method.OriginalDefinition] = new Endpoint(
                EndpointKind.ControllerAction, display, method, handlerOperation: null, location, finalRoutes, httpMethods,
                parameters, authorization.Build(), type);
        }

        return builder.ToImmutable();
    }

    private static bool IsAction(IMethodSymbol method)
        => method.MethodKind == MethodKind.Ordinary
            && method.DeclaredAccessibility == Accessibility.Public
            && !method.IsStatic && !method.IsAbstract && !method.IsGenericMethod
            && !method.IsImplicitlyDeclared
            && !(method.Name == "Dispose" && method.Parameters.IsEmpty)
            && !EndpointModel.MethodAttributes(method).Any(a => EndpointModel.AttributeIs(a, "NonActionAttribute"));

    internal static bool IsRouteProvider(AttributeData attribute)
        => EndpointModel.AttributeIs(attribute, "RouteAttribute")
            || EndpointModel.AttributeIs(attribute, "HttpMethodAttribute")
            || (attribute.AttributeClass is { } attributeClass && SymbolFacts.AllInterfaces(attributeClass).Any(i => i.Name == "IRouteTemplateProvider"))
            || (attribute.AttributeClass is { TypeKind: TypeKind.Error, Name: var name } && name.StartsWith("Http", StringComparison.Ordinal));

    internal static string? Template(AttributeData attribute)
        => EndpointModel.NamedString(attribute, "Template") ?? EndpointModel.FirstStringArgument(attribute);

    private static IEnumerable<string> HttpMethods(AttributeData attribute)
    {
        for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
        {
            switch (type.Name)
            {
                case "HttpGetAttribute": return new[] { "GET" };
                case "HttpPostAttribute": return new[] { "POST" };
                case "HttpPutAttribute": return new[] { "PUT" };
                case "HttpDeleteAttribute": return new[] { "DELETE" };
                case "HttpPatchAttribute": return new[] { "PATCH" };
                case "HttpHeadAttribute": return new[] { "HEAD" };
                case "HttpOptionsAttribute": return new[] { "OPTIONS" };
                case "AcceptVerbsAttribute":
                    return attribute.ConstructorArguments
                        .SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : ImmutableArray.Create(a))
                        .Select(v => v.Value as string)
                        .Where(v => v is not null)
                        .Select(v => v!.ToUpperInvariant());
            }
        }

        return Array.Empty<string>();
    }

    internal static string StripSuffix(string name, string suffix)
        => name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            ? name.Substring(0, name.Length - suffix.Length)
            : name;
}

/// <summary>Razor Pages: the OnGet/OnPost... handlers of a PageModel.</summary>
internal static class RazorPages
{
    private static readonly string[] Verbs = { "Get", "Post", "Put", "Delete", "Patch", "Head" };

    public static ImmutableDictionary<IMethodSymbol, Endpoint> Build(EndpointModel model, INamedTypeSymbol type)
    {
        var builder = ImmutableDictionary.CreateBuilder<IMethodSymbol, Endpoint>(SymbolEqualityComparer.Default);
        var typeAttributes = EndpointModel.TypeAttributes(type).ToList();

        // The page's route lives in its .cshtml (@page); the namespace under "Pages" and the model's name say it.
        var segments = new List<string>();
        var afterPages = false;
        foreach (var part in (TypeShapes.NamespaceName(type.ContainingNamespace) ?? string.Empty).Split('.'))
        {
            if (afterPages)
            {
                segments.Add(part);
            }
            else if (part == "Pages")
            {
                afterPages = true;
            }
        }

        segments.Add(Controllers.StripSuffix(Controllers.StripSuffix(type.Name, "Model"), "Page"));
        var route = RouteTemplates.Combine(null, string.Join("/", segments));

        foreach (var member in type.GetMembers())
        {
            if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsAbstract: false } method
                || !method.Name.StartsWith("On", StringComparison.Ordinal))
            {
                continue;
            }

            var verb = Verbs.FirstOrDefault(v => method.Name.Substring(2).StartsWith(v, StringComparison.Ordinal));
            if (verb is null)
            {
                continue;
            }

            var authorization = new EndpointModel.AuthorizationBuilder();
            EndpointModel.CollectAuthorization(typeAttributes, authorization);
            var routes = ImmutableArray.Create(route);
            var postsForm = verb is "Post" or "Put" or "Patch";
            var parameters = method.Parameters
                .Select(p => new EndpointParameter(p, model.InferBinding(p, new HashSet<string>(), complexFromBody: false, simpleFromForm: postsForm)))
                .ToImmutableArray();
            var location = method.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
            builder[method.OriginalDefinition] = new Endpoint(
                EndpointKind.RazorPageHandler, type.Name + "." + method.Name, method, handlerOperation: null, location, routes,
                ImmutableArray.Create(verb.ToUpperInvariant()), parameters, authorization.Build(), type);
        }

        return builder.ToImmutable();
    }
}
