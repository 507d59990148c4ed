using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>PII0301/PII0302 on minimal APIs (groups, conventions, method groups) and Razor Pages handlers.</summary>
public class MinimalApiAndPagesTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.HttpResults;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.EntityFrameworkCore;
        using TiersPayant.Domain;

        """;

    private static Task Verify(string source, string? editorConfig = null)
        => Verify<PractitionerEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source, editorConfig);

    [Fact]
    public Task Flags_lambda_under_nested_groups_through_locals()
        => Verify("""
            public static class PortalEndpoints
            {
                public static void Map(WebApplication app)
                {
                    var api = app.MapGroup("/api");
                    var ps = api.MapGroup("/ps").RequireAuthorization();
                    var patients = ps.MapGroup("patients");
                    patients.{|PII0301:MapGet|}("/{id:int}", async (int id, PortalDb db) => await db.Beneficiaries.FindAsync(id));
                }
            }
            """);

    [Fact]
    public Task Flags_results_ok_and_typed_results_union()
        => Verify("""
            public static class PortalEndpoints
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    var group = app.MapGroup("/api/practitioners");
                    group.RequireAuthorization();
                    group.{|PII0301:MapGet|}("/patients/{id}", (int id, PortalDb db) => Results.Ok(db.Beneficiaries.Find(id)));
                    group.{|PII0301:MapPost|}("/rights", async Task<Results<Ok<RightsDto>, NotFound>> ([FromBody] int id, PortalDb db) =>
                    {
                        var b = await db.Beneficiaries.FindAsync(id);
                        return b is null ? TypedResults.NotFound() : TypedResults.Ok(new RightsDto(b.Id, b.Nir, b.DateNaissance, ""));
                    });
                }
            }
            """);

    [Fact]
    public Task Flags_method_group_handler_with_policy_name()
        => Verify("""
            public static class RightsEndpoints
            {
                public static void Map(WebApplication app)
                    => app.{|PII0301:MapGet|}("/api/rights/{id}", GetRights).RequireAuthorization("Praticien");

                private static async Task<IResult> GetRights(int id, PortalDb db)
                {
                    var beneficiary = await db.Beneficiaries.SingleAsync(b => b.Id == id);
                    return Results.Json(beneficiary);
                }
            }
            """);

    [Fact]
    public Task Flags_map_methods_with_practitioner_facing_assembly_marker()
        => Verify("""
            [assembly: PiiAnalyzers.Annotations.PractitionerFacing]

            public static class DossierEndpoints
            {
                public static void Map(WebApplication app)
                    => app.{|PII0301:MapMethods|}("/api/dossiers/{id}", new[] { "GET", "HEAD" }, (int id, PortalDb db) => db.Beneficiaries.Find(id))
                        .RequireAuthorization();
            }
            """);

    [Fact]
    public Task Flags_allow_anonymous_on_endpoint_under_authorized_group()
        => Verify("""
            public static class PortalEndpoints
            {
                public static void Map(WebApplication app)
                {
                    var ps = app.MapGroup("/portail-ps").RequireAuthorization("Practitioner");
                    ps.{|PII0301:{|PII0302:MapGet|}|}("/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id)).AllowAnonymous();
                }
            }
            """);

    [Fact]
    public Task Flags_minimal_api_without_authorization()
        => Verify("""
            public static class PortalEndpoints
            {
                public static void Map(WebApplication app)
                    => app.{|PII0301:{|PII0302:MapGet|}|}("/api/providers/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id));
            }
            """);

    [Fact]
    public Task Set_fallback_policy_protects_minimal_apis()
        => Verify("""
            public static class PortalEndpoints
            {
                public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                    => Microsoft.Extensions.DependencyInjection.PolicyServiceCollectionExtensions.AddAuthorizationBuilder(services)
                        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

                public static void Map(WebApplication app)
                    => app.{|PII0301:MapGet|}("/api/providers/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id));
            }
            """);

    [Fact]
    public Task Authorize_attribute_on_lambda_is_authorization()
        => Verify("""
            public static class PortalEndpoints
            {
                public static void Map(WebApplication app)
                    => app.{|PII0301:MapGet|}("/api/ps/patients/{id}", [Authorize] (int id, PortalDb db) => db.Beneficiaries.Find(id));
            }
            """);

    [Fact]
    public Task Not_flagged_when_claims_principal_parameter_scopes_the_query()
        => Verify("""
            public static class PortalEndpoints
            {
                public static void Map(WebApplication app)
                {
                    var ps = app.MapGroup("/api/ps").RequireAuthorization();
                    ps.MapGet("/patients", (ClaimsPrincipal user, PortalDb db) =>
                    {
                        var me = user.FindFirstValue("practitioner_id");
                        return db.Beneficiaries.Where(b => b.PractitionerId == me).Take(20).ToList();
                    });
                    ps.MapGet("/patients/{id}", (int id, HttpContext context, PortalDb db) =>
                        db.Beneficiaries.FirstOrDefault(b => b.Id == id && b.PractitionerId == context.User.Identity!.Name));
                }
            }
            """);

    [Fact]
    public Task Not_flagged_with_caller_context_in_method_group()
        => Verify("""
            public static class PortalEndpoints
            {
                public static void Map(WebApplication app)
                    => app.MapGroup("/api/practitioners").RequireAuthorization().MapGet("/patients", Mine);

                private static Task<List<Beneficiary>> Mine(IBeneficiaryRepository repository, ICurrentPractitioner current)
                    => repository.ListForPractitionerAsync(current.PractitionerId);
            }
            """);

    [Fact]
    public Task Not_flagged_for_public_reference_data_and_non_practitioner_routes()
        => Verify("""
            public static class PublicEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/api/practitioners/slots/{id}", (int id, PortalDb db) => db.Slots.Find(id));
                    app.MapGet("/api/practitioners/ping", () => "pong");
                    app.MapGet("/api/insurees/me", (int id, PortalDb db) => db.Beneficiaries.Find(id)).RequireAuthorization("Insuree");
                    app.MapPost("/api/practitioners/feedback", (AppointmentSlot slot) => Results.Accepted());
                }
            }
            """);

    [Fact]
    public Task Flags_razor_page_handler_in_practitioner_folder()
        => Verify("""
            namespace Portal.Pages.Praticiens
            {
                [Authorize]
                public class PatientModel : PageModel
                {
                    private readonly PortalDb db;
                    public PatientModel(PortalDb db) => this.db = db;

                    public Beneficiary? Patient { get; private set; }

                    public async Task<IActionResult> {|PII0301:OnGetAsync|}(int id)
                    {
                        Patient = await db.Beneficiaries.FindAsync(id);
                        return Page();
                    }
                }
            }
            """);

    [Fact]
    public Task Flags_anonymous_razor_page()
        => Verify("""
            namespace Portal.Pages.Praticiens
            {
                [AllowAnonymous]
                public class PatientModel : PageModel
                {
                    private readonly PortalDb db;
                    public PatientModel(PortalDb db) => this.db = db;

                    public IActionResult {|PII0301:{|PII0302:OnGetExport|}|}(int id) => new JsonResult(db.Beneficiaries.Find(id));
                }
            }
            """);

    [Fact]
    public Task Not_flagged_for_scoped_razor_page_and_page_without_data()
        => Verify("""
            namespace Portal.Pages.Praticiens
            {
                [Authorize]
                public class PatientModel : PageModel
                {
                    private readonly PortalDb db;
                    public PatientModel(PortalDb db) => this.db = db;

                    public Beneficiary? Patient { get; private set; }

                    public async Task OnGetAsync(int id)
                    {
                        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
                        Patient = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id && b.PractitionerId == me);
                    }
                }

                [Authorize]
                public class AgendaModel : PageModel
                {
                    public string Message { get; private set; } = "";

                    public void OnGet() => Message = "Bonjour";

                    public void Helper() { }
                }
            }
            """);

    [Fact]
    public Task Razor_pages_authorize_folder_protects_pages()
        => Verify("""
            public static class Startup
            {
                public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                    => Microsoft.Extensions.DependencyInjection.MvcRazorPagesMvcBuilderExtensions.AddRazorPagesOptions(
                        Microsoft.Extensions.DependencyInjection.MvcServiceCollectionExtensions.AddRazorPages(services),
                        options => Microsoft.Extensions.DependencyInjection.PageConventionCollectionExtensions.AuthorizeFolder(options.Conventions, "/Praticiens"));
            }

            namespace Portal.Pages.Praticiens
            {
                public class PatientModel : PageModel
                {
                    private readonly PortalDb db;
                    public PatientModel(PortalDb db) => this.db = db;

                    public IActionResult {|PII0301:OnGet|}(int id) => new JsonResult(db.Beneficiaries.Find(id));
                }
            }
            """);

    [Fact]
    public Task Top_level_program_with_groups_and_fallback_policy()
        => Verify<PractitionerEndpointAnalyzer>.IncompleteCode("""
            using System.Linq;
            using System.Security.Claims;
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.DependencyInjection;
            using TiersPayant.Domain;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAuthorization(options =>
                options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
            var app = builder.Build();

            var ps = app.MapGroup("/api/ps");
            ps.{|PII0301:MapGet|}("/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id));
            ps.MapGet("/mine", (ClaimsPrincipal user, PortalDb db) =>
                db.Beneficiaries.Where(b => b.PractitionerId == user.FindFirstValue("rpps")).Take(20).ToList());
            ps.{|PII0301:{|PII0302:MapGet|}|}("/public/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id)).AllowAnonymous();

            app.Run();
            """ + PortalModel.Source);

    [Fact]
    public Task Typed_results_union_of_a_list_is_a_collection()
        => Verify<UnboundedEndpointAnalyzer>.Analyzer(Usings + """
            public static class Export
            {
                public static void Map(WebApplication app)
                    => app.{|PII0203:MapGet|}("/api/export", async Task<Results<Ok<List<Beneficiary>>, NotFound>> (PortalDb db) =>
                        TypedResults.Ok(await db.Beneficiaries.ToListAsync()));
            }
            """ + PortalModel.Source);

    [Fact]
    public Task Group_returned_by_an_in_source_helper()
        => Verify("""
            public static class PortalGroups
            {
                public static RouteGroupBuilder MapPractitionerApi(this IEndpointRouteBuilder app)
                    => app.MapGroup("/api/practitioners").RequireAuthorization();
            }

            public static class PatientEndpoints
            {
                public static void Map(WebApplication app)
                {
                    var api = app.MapPractitionerApi();
                    api.{|PII0301:MapGet|}("/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id));
                }
            }
            """);
}
