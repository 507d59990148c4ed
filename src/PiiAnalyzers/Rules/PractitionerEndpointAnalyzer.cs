using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Endpoints;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII0301–PII0303: practitioner-facing endpoints that serve personal data without scoping the lookup to the caller
/// or with anonymous access, and personal data bound from a URL on any endpoint. One analyzer for the family: the
/// three rules share the endpoint model, built once per type or Map* call.
/// </summary>
/// <remarks>
/// Cheap first: a method is looked up in its type's endpoint table (built once per type), a Map* call is recognised
/// by name and containing type. What the endpoint serves is read from its own body; only a practitioner-facing
/// endpoint serving personal data pays for the scoping analysis, which follows in-source calls.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PractitionerEndpointAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Where the PII0302 fix goes: "Method", "Type" (Razor page model) or "Map" (minimal API).</summary>
    public const string FixTargetProperty = "FixTarget";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.PII0301UnscopedPractitionerEndpoint,
        Descriptors.PII0302AnonymousPractitionerEndpoint,
        Descriptors.PII0303PersonalDataInUrl);

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
            start.RegisterSymbolAction(c => AnalyzeBoundProperty(model, c), SymbolKind.Property);
        });
    }

    private static string? BoundName(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if ((EndpointModel.AttributeIs(attribute, "FromRouteAttribute") || EndpointModel.AttributeIs(attribute, "FromQueryAttribute"))
                && EndpointModel.NamedString(attribute, "Name") is { Length: > 0 } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// PII0303 on a bound property of a controller or page model: <c>[FromQuery]</c>, <c>[FromRoute]</c>,
    /// <c>[BindProperty(SupportsGet = true)]</c> (which binds GET requests from the route and the query string), or a
    /// type's <c>[BindProperties(SupportsGet = true)]</c>.
    /// </summary>
    private static void AnalyzeBoundProperty(EndpointModel model, SymbolAnalysisContext context)
    {
        if (context.IsGeneratedCode)
        {
            return;
        }

        if (context.Symbol is not IPropertySymbol { IsStatic: false, ContainingType: { } type } property)
        {
            return;
        }

        var attributes = property.GetAttributes();
        var declared = EndpointModel.ExplicitBinding(attributes);
        var bindProperty = attributes.FirstOrDefault(a => EndpointModel.AttributeIs(a, "BindPropertyAttribute"));
        var source = declared switch
        {
            BindingSource.Query => "query string",
            BindingSource.Route => "route",
            null when bindProperty is not null => SupportsGet(bindProperty) ? "query string" : null,

            // [BindProperties(SupportsGet = true)] on the page model or controller (or a base): every public settable
            // property without a binding of its own binds GET requests too.
            null when !attributes.Any(a => EndpointModel.AttributeIs(a, "BindNeverAttribute"))
                && property is { DeclaredAccessibility: Accessibility.Public, SetMethod.DeclaredAccessibility: Accessibility.Public }
                && BindsEveryPropertyOnGet(type) => "query string",
            _ => null,
        };

        if (source is null || !model.IsEndpointType(type))
        {
            return;
        }

        var categories = model.Classifier.Classify(property).Categories;
        var location = property.Locations.FirstOrDefault(l => l.IsInSource);
        if (categories != PiiCategory.None && location is not null)
        {
            context.ReportDiagnostic(InUrl(location, property.Name, categories, type.Name, source));
        }
    }

    private static bool SupportsGet(AttributeData attribute)
        => attribute.NamedArguments.Any(a => a.Key == "SupportsGet" && a.Value.Value is true);

    private static bool BindsEveryPropertyOnGet(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (EndpointModel.AttributeIs(attribute, "BindPropertiesAttribute"))
                {
                    return SupportsGet(attribute);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <c>([AsParameters] BeneficiaireQuery query)</c>: each member of the type binds as a handler parameter would, from
    /// its constructor's parameters (a record) or else its settable properties. Reported on the handler's parameter.
    /// </summary>
    private static void AnalyzeAsParameters(EndpointModel model, Endpoint endpoint, IParameterSymbol parameter, System.Action<Diagnostic> report)
    {
        if (TypeShapes.UnwrapNullable(parameter.Type) is not INamedTypeSymbol type
            || parameter.Locations.FirstOrDefault(l => l.IsInSource) is not { } location)
        {
            return;
        }

        var routeNames = RouteTemplates.ParameterNames(endpoint.Routes);
        var constructor = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length > 0)
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
        var members = constructor is not null
            ? constructor.Parameters.Select(p => ((ISymbol)p, model.InferBinding(p, routeNames, complexFromBody: true)))
            : type.GetMembers().OfType<IPropertySymbol>()
                .Where(p => !p.IsStatic && p.SetMethod is not null && p.DeclaredAccessibility == Accessibility.Public)
                .Select(p => ((ISymbol)p, model.InferBinding(p.GetAttributes(), p.Name, p.Type, routeNames, complexFromBody: true)));
        foreach (var (member, source) in members)
        {
            if (source is not (BindingSource.Route or BindingSource.Query))
            {
                continue;
            }

            var categories = model.Classifier.Classify(member).Categories;
            if (categories != PiiCategory.None)
            {
                report(InUrl(location, parameter.Name + "." + member.Name, categories, endpoint.DisplayName, UrlPart(source)));
            }
        }
    }

    /// <summary>PII0303 for a value bound from <paramref name="urlPart"/> ("route" or "query string").</summary>
    private static Diagnostic InUrl(Location location, string name, PiiCategory categories, string endpoint, string urlPart)
        => Diagnostic.Create(Descriptors.PII0303PersonalDataInUrl, location, name, categories.DisplayName(), endpoint, urlPart);

    private static string UrlPart(BindingSource source) => source == BindingSource.Route ? "route" : "query string";

    private static void Analyze(EndpointModel model, Endpoint endpoint, IOperation? body, System.Action<Diagnostic> report)
    {
        foreach (var parameter in endpoint.Parameters)
        {
            if (parameter.Source == BindingSource.Unknown && endpoint.Kind == EndpointKind.MinimalApi
                && parameter.Symbol.GetAttributes().Any(a => EndpointModel.AttributeIs(a, "AsParametersAttribute")))
            {
                AnalyzeAsParameters(model, endpoint, parameter.Symbol, report);
                continue;
            }

            if (parameter.Source is not (BindingSource.Route or BindingSource.Query))
            {
                continue;
            }

            var categories = model.Classifier.Classify(parameter.Symbol).Categories;
            var type = TypeShapes.UnwrapNullable(parameter.Symbol.Type);
            if (categories == PiiCategory.None && BoundName(parameter.Symbol) is { } boundName)
            {
                // [FromRoute(Name = "nir")] string id: the URL says what the value is.
                var match = model.Classifier.OptionsFor(parameter.Symbol).Names.Match(boundName);
                if (match.IsMatch && !match.NeedsPersonContainer && EndpointModel.IsSimple(type))
                {
                    categories = match.Categories;
                }
            }

            if (categories == PiiCategory.None && parameter.Source == BindingSource.Query && !EndpointModel.IsSimple(type))
            {
                // [FromQuery] SearchRequest request: every classified member of the object is a query-string value.
                categories = model.Classifier.GetHolderCategories(type);
            }

            var location = parameter.Symbol.Locations.FirstOrDefault(l => l.IsInSource);
            if (categories != PiiCategory.None && location is not null)
            {
                report(InUrl(location, parameter.Symbol.Name, categories, endpoint.DisplayName, UrlPart(parameter.Source)));
            }
        }

        // Cheap first: who the endpoint is for is read from its route, roles and names; what it serves needs its body.
        var settings = model.SettingsFor(endpoint.Location.SourceTree);
        if (!PractitionerFacing.Is(endpoint, settings, model.Global))
        {
            return;
        }

        var served = ServedData.Of(model, endpoint, body);
        if (!served.IsPersonal)
        {
            return;
        }

        var access = endpoint.Authorization.Access;
        var anonymous = access == EndpointAccess.Anonymous
            || (access == EndpointAccess.Unspecified && !model.Global.Protects(endpoint.Kind));
        if (anonymous)
        {
            var target = endpoint.Kind switch
            {
                EndpointKind.MinimalApi => "Map",
                EndpointKind.RazorPageHandler => "Type",
                _ => "Method",
            };
            report(Diagnostic.Create(
                Descriptors.PII0302AnonymousPractitionerEndpoint,
                endpoint.Location,
                ImmutableDictionary<string, string?>.Empty.Add(FixTargetProperty, target),
                endpoint.DisplayName,
                served.Categories.DisplayName()));

            // Anonymous access and an unscoped lookup are two defects (DESIGN defines each on its own): adding
            // [Authorize] fixes the first, and the lookup below is still judged.
        }

        // Data that only echoes the request (a created record returned to its author) comes from no lookup to scope.
        var producers = served.Producers(body, throughLambdas: true);
        if (!producers.IsEmpty && !ServedData.HasLookup(producers))
        {
            return;
        }

        if (!model.Scoping.IsScoped(endpoint, body, settings, producers))
        {
            report(Diagnostic.Create(
                Descriptors.PII0301UnscopedPractitionerEndpoint,
                endpoint.Location,
                endpoint.DisplayName,
                served.Categories.DisplayName()));
        }
    }
}
