using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>PII0303: classified parameters bound from the route or the query string, on any endpoint.</summary>
public class PersonalDataInUrlTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using PiiAnalyzers.Annotations;
        using TiersPayant.Domain;

        """;

    private static Task Verify(string source)
        => Verify<PractitionerEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source);

    [Fact]
    public Task Flags_route_and_query_parameters_of_a_controller()
        => Verify("""
            [ApiController]
            [Route("api/eligibility")]
            public class EligibilityController : ControllerBase
            {
                [HttpGet("{nir}")]
                public IActionResult ByRoute(string {|PII0303:nir|}) => NoContent();

                [HttpGet]
                public IActionResult ByQuery(string {|PII0303:numeroSecu|}, DateTime {|PII0303:dateNaissance|}) => NoContent();

                [HttpGet("explicit")]
                public IActionResult Explicit([FromQuery(Name = "id")][Nir] string {|PII0303:id|}) => NoContent();

                [HttpPost("check/{nir}")]
                public IActionResult FromRoute([FromRoute] string {|PII0303:nir|}) => NoContent();
            }
            """);

    [Fact]
    public Task Flags_minimal_api_route_and_query_parameters()
        => Verify("""
            public static class EligibilityEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/eligibility/{nir}", (string {|PII0303:nir|}) => Results.NoContent());
                    app.MapGet("/eligibility", (string {|PII0303:nir|}, DateOnly {|PII0303:birthDate|}) => Results.NoContent());
                    app.MapGet("/eligibility/conventional", Check);
                }

                private static IResult Check(string {|PII0303:ssn|}) => Results.NoContent();
            }
            """);

    [Fact]
    public Task Flags_conventional_mvc_action_and_razor_page_handler()
        => Verify("""
            public class DroitsController : Controller
            {
                public IActionResult Verifier(string {|PII0303:nir|}) => View();
            }

            namespace Portal.Pages
            {
                public class EligibiliteModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
                {
                    public void OnGet(string {|PII0303:nir|}) { }
                }
            }
            """);

    [Fact]
    public Task Not_flagged_when_bound_from_body_form_header_or_services()
        => Verify("""
            public record EligibilityRequest([property: Nir] string Nir, DateTime BirthDate);

            [ApiController]
            [Route("api/eligibility")]
            public class EligibilityController : ControllerBase
            {
                [HttpPost]
                public IActionResult Body([FromBody] string nir) => NoContent();

                [HttpPost("form")]
                public IActionResult Form([FromForm] string nir, [FromHeader(Name = "X-Birth-Date")] DateTime dateNaissance) => NoContent();

                [HttpPost("request")]
                public IActionResult Request(EligibilityRequest request) => NoContent();
            }

            public static class EligibilityEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapPost("/eligibility", (EligibilityRequest request) => Results.NoContent());
                    app.MapPost("/eligibility/raw", ([FromBody] string nir) => Results.NoContent());
                }
            }
            """);

    [Fact]
    public Task Flags_members_of_as_parameters_types_bound_from_the_url()
        => Verify("""
            public record struct RechercheParNir([FromQuery] string? Nir, int Page);

            public sealed record DroitsRequest(string NumeroSecu, [FromHeader(Name = "X-Correlation")] string Correlation);

            public sealed class FiltreBeneficiaires
            {
                public DateTime? DateNaissance { get; set; }
                public string? Statut { get; set; }
                [FromBody] public string? Commentaire { get; set; }
            }

            public sealed record EchangeRequest([FromBody] string Nir, int Id);

            public static class PortailEndpoints
            {
                public static void Map(WebApplication app)
                {
                    var ps = app.MapGroup("/api/ps");
                    ps.MapGet("/recherche", ([AsParameters] RechercheParNir {|PII0303:recherche|}) => Results.NoContent());
                    ps.MapGet("/droits/{numeroSecu}", ([AsParameters] DroitsRequest {|PII0303:request|}) => Results.NoContent());
                    ps.MapGet("/beneficiaires", ([AsParameters] FiltreBeneficiaires {|PII0303:filtre|}) => Results.NoContent());
                    ps.MapPost("/echanges", ([AsParameters] EchangeRequest echange) => Results.NoContent());
                }
            }
            """);

    [Fact]
    public Task Flags_insurer_and_guarantee_filters_in_the_query_string()
        => Verify("""
            [ApiController]
            [Route("api/backoffice/beneficiaires")]
            public class BeneficiairesController : ControllerBase
            {
                [HttpGet]
                public IActionResult Search(string? {|PII0303:mutuelle|}, string? {|PII0303:niveauGarantie|}, int page = 1) => NoContent();

                [HttpGet("organismes/{organismeComplementaire}")]
                public IActionResult ByInsurer(string {|PII0303:organismeComplementaire|}) => NoContent();
            }
            """);

    [Fact]
    public Task Not_flagged_for_technical_ids_and_non_endpoints()
        => Verify("""
            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                [HttpGet("{id:int}")]
                public IActionResult Get(int id, string? sort, DateTime createdAfter) => NoContent();

                [HttpGet("by-status")]
                public IActionResult ByStatus(string? statutDossier, int? codeActe, bool? tiersPayantActif) => NoContent();

                [NonAction]
                public IActionResult Helper(string nir) => NoContent();

                private IActionResult Private(string nir) => NoContent();
            }

            public class NirService
            {
                public bool Check(string nir, DateTime dateNaissance) => nir.Length == 15;
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app)
                    => app.MapGet("/beneficiaries/{id}", (int id, [NotPersonalData("Portal login, not a NIR")] string numero) => Results.NoContent());
            }
            """);

    [Fact]
    public Task Flags_get_bound_page_properties()
        => Verify("""
            namespace Portal.Pages
            {
                public class RechercheModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
                {
                    [BindProperty(SupportsGet = true)]
                    public string {|PII0303:Nir|} { get; set; } = "";

                    [BindProperty]
                    public DateTime DateNaissance { get; set; }

                    [BindProperty(SupportsGet = true)]
                    public int Page { get; set; }

                    public void OnGet() { }
                }
            }

            public class NotAPage
            {
                [FromQuery]
                public string Nir { get; set; } = "";
            }
            """);

    [Fact]
    public Task Flags_properties_of_a_page_model_that_binds_all_of_them_on_get()
        => Verify("""
            namespace Portal.Pages
            {
                [BindProperties(SupportsGet = true)]
                public class RechercheAssureModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
                {
                    public string {|PII0303:NumeroSecu|} { get; set; } = "";
                    public DateTime? {|PII0303:DateNaissance|} { get; set; }
                    public int Page { get; set; }

                    public void OnGet() { }
                }

                [BindProperties(SupportsGet = true)]
                public abstract class RecherchePageBase : Microsoft.AspNetCore.Mvc.RazorPages.PageModel { }

                public class RechercheAyantDroitModel : RecherchePageBase
                {
                    public string {|PII0303:Nir|} { get; set; } = "";
                    public void OnGet() { }
                }
            }
            """);

    [Fact]
    public Task Page_model_properties_bound_otherwise_than_by_get()
        => Verify("""
            namespace Portal.Pages
            {
                [BindProperties]
                public class SaisieModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
                {
                    public string Nir { get; set; } = "";
                    public void OnPost() { }
                }

                [BindProperties(SupportsGet = true)]
                public class RechercheModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
                {
                    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
                    public string Nir { get; set; } = "";

                    [BindProperty]
                    public DateTime DateNaissance { get; set; }

                    [FromHeader(Name = "X-Numero-Secu")]
                    public string NumeroSecu { get; set; } = "";

                    public string Mutuelle { get; private set; } = "";

                    public string? Recherche { get; set; }

                    public void OnGet() { }
                }
            }
            """);

    [Fact]
    public Task Posted_forms_of_mvc_and_razor_pages_are_not_urls()
        => Verify("""
            public class EligibiliteController : Controller
            {
                [HttpPost]
                public IActionResult Verifier(string nir, DateTime dateNaissance) => View();
            }

            namespace Portal.Pages
            {
                public class EligibiliteModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
                {
                    public void OnPost(string nir) { }
                }
            }
            """);

    [Fact]
    public Task Flags_values_whose_url_name_is_personal_data()
        => Verify("""
            [ApiController]
            [Route("api/rights")]
            public class RightsController : ControllerBase
            {
                [HttpGet("{nir}")]
                public IActionResult Get([FromRoute(Name = "nir")] string {|PII0303:value|}) => NoContent();

                [HttpGet]
                public IActionResult Search([FromQuery(Name = "date_naissance")] DateTime {|PII0303:d|}, [FromQuery(Name = "sort")] string order) => NoContent();
            }
            """);
}
