using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Endpoints;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>The shared endpoint model's answers: routes, HTTP methods, binding, authorization; built once per type.</summary>
public class EndpointModelTests
{
    private const string Source = """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using TiersPayant.Domain;

        [Route("api/practitioners/[controller]")]
        public abstract class PortalController : ControllerBase { }

        [ApiController]
        [Authorize(Roles = "Praticien")]
        public class PatientsController : PortalController
        {
            [HttpGet("{nir}")]
            public IActionResult Get(string nir, int page, [FromBody] RightsDto body, [FromServices] IBeneficiaryRepository repository) => NoContent();

            [HttpPost("~/api/rights"), AllowAnonymous]
            public Task<IActionResult> CheckAsync([FromQuery] string code) => Task.FromResult<IActionResult>(NoContent());
        }

        public static class Map
        {
            public static void Routes(WebApplication app)
            {
                var api = app.MapGroup("/api");
                var ps = api.MapGroup("ps").RequireAuthorization("Practitioner");
                ps.MapPut("/patients/{id:int}", (int id, string nir, RightsDto dto) => Results.NoContent());
            }
        }
        """;

    private static (EndpointModel Model, Compilation Compilation) Build()
    {
        var compilation = TestCompilation.Create(Source, PortalModel.Source);
        var model = EndpointModel.GetOrCreate(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
        Assert.NotNull(model);
        return (model!, compilation);
    }

    [Fact]
    public void Controller_action_routes_methods_binding_and_authorization()
    {
        var (model, compilation) = Build();
        var type = compilation.GetTypeByMetadataName("PatientsController")!;
        var get = model.GetMethodEndpoint(type.GetMembers("Get").OfType<IMethodSymbol>().Single())!;
        Assert.Equal(EndpointKind.ControllerAction, get.Kind);
        Assert.Equal(new[] { "/api/practitioners/Patients/{nir}" }, get.Routes);
        Assert.Equal(new[] { "GET" }, get.HttpMethods);
        Assert.Equal(
            new[] { BindingSource.Route, BindingSource.Query, BindingSource.Body, BindingSource.Services },
            get.Parameters.Select(p => p.Source));
        Assert.Equal(EndpointAccess.Authorized, get.Authorization.Access);
        Assert.Contains("Praticien", get.Authorization.Names);

        var check = model.GetMethodEndpoint(type.GetMembers("CheckAsync").OfType<IMethodSymbol>().Single())!;
        Assert.Equal(new[] { "/api/rights" }, check.Routes);
        Assert.Equal(new[] { "POST" }, check.HttpMethods);
        Assert.Equal(EndpointAccess.Anonymous, check.Authorization.Access);

        // Built once per type: asking again returns the same endpoint.
        Assert.Same(get, model.GetMethodEndpoint(type.GetMembers("Get").OfType<IMethodSymbol>().Single()));
        Assert.Null(model.GetMethodEndpoint(compilation.GetTypeByMetadataName("PortalController")!.GetMembers().OfType<IMethodSymbol>().First()));
    }

    [Fact]
    public void Minimal_api_group_prefixes_binding_and_conventions()
    {
        var (model, compilation) = Build();
        var tree = compilation.SyntaxTrees.First();
        var semanticModel = compilation.GetSemanticModel(tree);
        var mapPut = tree.GetRoot().DescendantNodes()
            .Select(n => semanticModel.GetOperation(n))
            .OfType<IInvocationOperation>()
            .Single(i => i.TargetMethod.Name == "MapPut");

        var endpoint = model.GetMappedEndpoint(mapPut)!;
        Assert.Equal(EndpointKind.MinimalApi, endpoint.Kind);
        Assert.Equal(new[] { "/api/ps/patients/{id:int}" }, endpoint.Routes);
        Assert.Equal(new[] { "PUT" }, endpoint.HttpMethods);
        Assert.Equal(new[] { BindingSource.Route, BindingSource.Query, BindingSource.Body }, endpoint.Parameters.Select(p => p.Source));
        Assert.Equal(EndpointAccess.Authorized, endpoint.Authorization.Access);
        Assert.Contains("Practitioner", endpoint.Authorization.Names);
        Assert.Same(endpoint, model.GetMappedEndpoint(mapPut));
    }

    [Fact]
    public void No_model_without_aspnetcore()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Batch",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public class PractitionerController { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        Assert.Null(EndpointModel.GetOrCreate(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)));
    }
}
