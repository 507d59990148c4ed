using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>Must-not-flag: correctly scoped, protected, paged or harmless endpoints, as real portals write them.</summary>
public class EndpointNotFlaggedTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Claims;
        using System.Threading;
        using System.Threading.Tasks;
        using Dapper;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.EntityFrameworkCore;
        using TiersPayant.Domain;

        """;

    private static Task Endpoints(string source)
        => Verify<PractitionerEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source);

    private static Task Bulk(string source)
        => Verify<UnboundedEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source);

    [Fact]
    public Task Own_profile_through_user_manager()
        => Endpoints("""
            public class PractitionerUser : IdentityUser { public DateTime DateNaissance { get; set; } }

            [ApiController]
            [Authorize(Roles = "Practitioner")]
            [Route("api/practitioners/me")]
            public class ProfileController : ControllerBase
            {
                private readonly UserManager<PractitionerUser> users;
                public ProfileController(UserManager<PractitionerUser> users) => this.users = users;

                [HttpGet]
                public async Task<ActionResult<PractitionerUser?>> Get() => await users.GetUserAsync(User);
            }
            """);

    [Fact]
    public Task Mediator_query_built_from_a_claims_helper()
        => Endpoints("""
            public static class ClaimsExtensions
            {
                public static string GetPractitionerId(this ClaimsPrincipal user) => user.FindFirstValue("rpps") ?? "";
            }

            public record GetPatientsQuery(string PractitionerId);

            public interface IMediator { Task<List<Beneficiary>> Send(GetPatientsQuery query); }

            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IMediator mediator;
                public PatientsController(IMediator mediator) => this.mediator = mediator;

                [HttpGet]
                public Task<List<Beneficiary>> Mine() => mediator.Send(new GetPatientsQuery(User.GetPractitionerId()));
            }
            """);

    [Fact]
    public Task Db_context_with_a_query_filter_on_the_current_practitioner()
        => Endpoints("""
            public class ScopedPortalDb : DbContext
            {
                private readonly ICurrentPractitioner current;
                public ScopedPortalDb(ICurrentPractitioner current) => this.current = current;

                public DbSet<Beneficiary> Patients => Set<Beneficiary>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                    => modelBuilder.Entity<Beneficiary>().HasQueryFilter(b => b.PractitionerId == current.PractitionerId);
            }

            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly ScopedPortalDb db;
                public PatientsController(ScopedPortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Task<Beneficiary?> Get(int id) => db.Patients.FirstOrDefaultAsync(b => b.Id == id);
            }
            """);

    [Fact]
    public Task Db_context_with_primary_constructor_and_query_filters_unless_ignored()
        => Endpoints("""
            public class PortailDbContext(DbContextOptions<PortailDbContext> options, ICurrentPractitioner current) : DbContext(options)
            {
                public DbSet<Beneficiary> Beneficiaires => Set<Beneficiary>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Beneficiary>().HasQueryFilter(b => b.PractitionerId == current.PractitionerId);
                }
            }

            [ApiController]
            [Authorize(Roles = "Praticien")]
            [Route("api/ps/beneficiaires")]
            public class BeneficiairesController(PortailDbContext db) : ControllerBase
            {
                [HttpGet("{id:int}")]
                public async Task<IActionResult> Get(int id)
                {
                    var beneficiaire = await db.Beneficiaires.FirstOrDefaultAsync(x => x.Id == id);
                    return beneficiaire is null ? NotFound() : Ok(beneficiaire);
                }

                [HttpGet("{id:int}/complet")]
                public async Task<IActionResult> {|PII0301:Complet|}(int id)
                    => Ok(await db.Beneficiaires.IgnoreQueryFilters().FirstOrDefaultAsync(x => x.Id == id));
            }
            """);

    [Fact]
    public Task Claim_value_read_from_the_claims_collection()
        => Endpoints("""
            [ApiController]
            [Authorize(Policy = "PS")]
            [Route("api/rights")]
            public class RightsController : ControllerBase
            {
                private readonly PortalDb db;
                public RightsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? Get(int id)
                {
                    var rpps = User.Claims.First(c => c.Type == "rpps").Value;
                    return db.Beneficiaries.Where(b => b.PractitionerId == rpps).SingleOrDefault(b => b.Id == id);
                }
            }
            """);

    [Fact]
    public Task Ownership_check_with_a_caller_context_local()
        => Endpoints("""
            public interface ICurrentUser { string Id { get; } }

            [ApiController]
            [Authorize]
            [Route("api/professionnels/dossiers")]
            public class DossiersController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                private readonly ICurrentUser currentUser;
                public DossiersController(IBeneficiaryRepository repository, ICurrentUser currentUser) { this.repository = repository; this.currentUser = currentUser; }

                [HttpPost("search")]
                public async Task<IActionResult> Search([FromBody] string nir)
                {
                    var beneficiary = await repository.FindByNirAsync(nir);
                    var me = currentUser.Id;
                    if (beneficiary is null || beneficiary.PractitionerId != me)
                    {
                        return NotFound();
                    }

                    return Ok(beneficiary);
                }
            }
            """);

    [Fact]
    public Task Dapper_query_with_the_caller_as_a_parameter()
        => Endpoints("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly System.Data.IDbConnection connection;
                public PatientsController(System.Data.IDbConnection connection) => this.connection = connection;

                [HttpGet("{id}")]
                public Task<Beneficiary?> Get(int id)
                    => connection.QueryFirstOrDefaultAsync<Beneficiary?>(
                        "select * from beneficiaries where id = @id and practitioner_id = @practitionerId",
                        new { id, practitionerId = User.FindFirstValue(ClaimTypes.NameIdentifier) });
            }
            """);

    [Fact]
    public Task Practitioner_endpoint_returning_no_personal_data()
        => Endpoints("""
            public record EligibilityResult(bool Eligible, string Message);

            [ApiController]
            [Route("api/practitioners/eligibility")]
            public class EligibilityController : ControllerBase
            {
                private readonly PortalDb db;
                public EligibilityController(PortalDb db) => this.db = db;

                [HttpPost]
                public EligibilityResult Check([FromBody] int beneficiaryId)
                    => new(db.Beneficiaries.Any(b => b.Id == beneficiaryId), "ok");

                [HttpGet("health"), AllowAnonymous]
                public IActionResult Health() => Ok("up");
            }
            """);

    [Fact]
    public Task Back_office_admin_controller_is_not_practitioner_facing()
        => Endpoints("""
            [ApiController]
            [Authorize(Roles = "Admin,Support")]
            [Route("api/admin/beneficiaries")]
            public class BackOfficeController : ControllerBase
            {
                private readonly PortalDb db;
                public BackOfficeController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? Get(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Insuree_self_service_is_not_practitioner_facing()
        => Endpoints("""
            public static class InsureeEndpoints
            {
                public static void Map(WebApplication app)
                {
                    var me = app.MapGroup("/api/assures/me").RequireAuthorization("Insuree");
                    me.MapGet("/rights/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id));
                }
            }
            """);

    [Fact]
    public Task Minimal_api_scoped_by_an_injected_caller_context()
        => Endpoints("""
            public interface IPractitionerContext { string Rpps { get; } }

            public static class PatientEndpoints
            {
                public static void Map(WebApplication app)
                {
                    var ps = app.MapGroup("/api/practitioners").RequireAuthorization("Practitioner");
                    ps.MapGet("/patients", async (IPractitionerContext context, PortalDb db) =>
                        await db.Beneficiaries.Where(b => b.PractitionerId == context.Rpps).Take(50).ToListAsync());
                }
            }
            """);

    [Fact]
    public Task Fallback_policy_and_scoped_lookup_leave_nothing_to_report()
        => Endpoints("""
            public static class Startup
            {
                public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                    => Microsoft.Extensions.DependencyInjection.PolicyServiceCollectionExtensions.AddAuthorizationBuilder(services)
                        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
            }

            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                public PatientsController(IBeneficiaryRepository repository) => this.repository = repository;

                [HttpGet]
                public Task<List<Beneficiary>> Mine() => repository.ListForPractitionerAsync(User.Identity!.Name!);
            }
            """);

    [Fact]
    public Task Map_controllers_require_authorization_protects_controllers()
        => Endpoints("""
            public static class Routes
            {
                public static void Map(WebApplication app) => app.MapControllers().RequireAuthorization();
            }

            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                public PatientsController(IBeneficiaryRepository repository) => this.repository = repository;

                [HttpGet]
                public Task<List<Beneficiary>> Mine() => repository.ListForPractitionerAsync(User.FindFirstValue("sub")!);
            }
            """);

    [Fact]
    public Task Map_methods_of_other_libraries_are_not_endpoints()
        => Endpoints("""
            public class Router
            {
                public void MapGet(string pattern, Func<int, Beneficiary?> handler) { }
            }

            public static class Setup
            {
                public static void Configure(Router router, PortalDb db)
                    => router.MapGet("/api/practitioners/patients/{nir}", id => db.Beneficiaries.Find(id));
            }
            """);

    [Fact]
    public Task Framework_supplied_parameters_are_not_urls()
        => Endpoints("""
            public interface INirValidator { bool IsValid(string nir); }

            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/api/check", (HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken, INirValidator nirValidator) => Results.NoContent());
                    app.MapPost("/api/check", ([FromHeader(Name = "X-Nir")] string nir, [FromServices] INirValidator validator) => Results.NoContent());
                }
            }
            """);

    [Fact]
    public Task Methods_outside_endpoints_are_not_bulk_endpoints()
        => Bulk("""
            public class ExportService
            {
                private readonly PortalDb db;
                public ExportService(PortalDb db) => this.db = db;

                public List<Beneficiary> All() => db.Beneficiaries.ToList();
            }

            public class NightlyJob
            {
                public async Task RunAsync(PortalDb db)
                {
                    foreach (var b in await db.Beneficiaries.ToListAsync())
                    {
                        await Task.Yield();
                    }
                }
            }
            """);

    [Fact]
    public Task Paged_wrapper_is_not_a_raw_collection()
        => Bulk("""
            public record Page<T>(IReadOnlyList<T> Items, int Total, string? Next);

            public interface IPatientSearch { Task<Page<Beneficiary>> SearchAsync(string? mutuelle); }

            [ApiController]
            [Route("api/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IPatientSearch search;
                public PatientsController(IPatientSearch search) => this.search = search;

                [HttpGet]
                public Task<Page<Beneficiary>> Search(string? mutuelle) => search.SearchAsync(mutuelle);
            }
            """);

    [Fact]
    public Task Odata_page_size_bounds_the_endpoint()
        => Bulk("""
            [AttributeUsage(AttributeTargets.Method)]
            public class EnableQueryAttribute : Attribute { public int PageSize { get; set; } }

            [ApiController]
            [Route("odata/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly PortalDb db;
                public BeneficiariesController(PortalDb db) => this.db = db;

                [HttpGet]
                [EnableQuery(PageSize = 50)]
                public IQueryable<Beneficiary> Get() => db.Beneficiaries;
            }
            """);

    [Fact]
    public Task Odata_attribute_subclass_that_sets_a_page_size_bounds_the_endpoint()
        => Bulk("""
            namespace Microsoft.AspNetCore.OData.Query
            {
                public class EnableQueryAttribute : Attribute { public int PageSize { get; set; } }
            }

            public sealed class PagedEnableQueryAttribute : Microsoft.AspNetCore.OData.Query.EnableQueryAttribute
            {
                public PagedEnableQueryAttribute() { PageSize = 100; }
            }

            [ApiController]
            [Route("odata/contrats")]
            public class ContratsController : ControllerBase
            {
                private readonly PortalDb db;
                public ContratsController(PortalDb db) => this.db = db;

                [HttpGet]
                [PagedEnableQuery]
                public IQueryable<Beneficiary> GetBeneficiaires() => db.Beneficiaries;
            }
            """);

    [Fact]
    public Task Variable_take_and_paging_helper_bound_the_endpoint()
        => Bulk("""
            public static class PagingExtensions
            {
                public static Task<List<T>> ToPagedListAsync<T>(this IQueryable<T> source, int page, int size)
                    => source.Skip(page * size).Take(size).ToListAsync();
            }

            public class PortalSettings { public int MaxResults { get; set; } = 25; }

            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly PortalDb db;
                private readonly PortalSettings settings;
                public BeneficiariesController(PortalDb db, PortalSettings settings) { this.db = db; this.settings = settings; }

                [HttpGet("recent")]
                public Task<List<Beneficiary>> Recent() => db.Beneficiaries.OrderByDescending(b => b.Id).Take(settings.MaxResults).ToListAsync();

                [HttpGet("first")]
                public Task<List<Beneficiary>> First() => db.Beneficiaries.OrderBy(b => b.Id).ToPagedListAsync(0, 20);
            }
            """);

    [Fact]
    public Task Async_stream_of_slots_has_no_personal_data()
        => Bulk("""
            public static class SlotEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/api/slots", (PortalDb db) => db.Slots.AsAsyncEnumerable());
                    app.MapGet("/api/slots/ids", (PortalDb db) => db.Beneficiaries.Select(b => b.Id).ToListAsync());
                    app.MapGet("/api/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.FindAsync(id));
                }
            }
            """);

    [Fact]
    public Task Practitioner_page_handler_with_scoped_lookup()
        => Endpoints("""
            namespace Portal.Pages.Practitioners
            {
                [Authorize]
                public class PatientsModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
                {
                    private readonly PortalDb db;
                    public PatientsModel(PortalDb db) => this.db = db;

                    public List<Beneficiary> Patients { get; private set; } = new();

                    public async Task OnGetAsync()
                        => Patients = await db.Beneficiaries.Where(b => b.PractitionerId == User.Identity!.Name).Take(20).ToListAsync();
                }
            }
            """);

    [Fact]
    public Task Resource_authorization_through_a_handler_parameter()
        => Endpoints("""
            public static class PatientEndpoints
            {
                public static void Map(WebApplication app)
                    => app.MapGet("/api/ps/patients/{id}", async (int id, ClaimsPrincipal user, PortalDb db, IAuthorizationService authorization) =>
                    {
                        var patient = await db.Beneficiaries.FindAsync(id);
                        if (patient is null || !(await authorization.AuthorizeAsync(user, patient, "TreatingPractitioner")).Succeeded)
                        {
                            return Results.Forbid();
                        }

                        return Results.Ok(patient);
                    }).RequireAuthorization();
            }
            """);

    [Fact]
    public Task Abstract_and_generic_controllers_are_not_endpoints()
        => Endpoints("""
            [Route("api/practitioners/[controller]")]
            public abstract class PractitionerCrudController<T> : ControllerBase where T : class
            {
                [HttpGet("{nir}")]
                public virtual T? Get(string nir) => null;
            }

            [Route("api/practitioners/base")]
            public abstract class PatientsBase : ControllerBase
            {
                [HttpGet("{nir}")]
                public abstract Beneficiary? Find(string nir);
            }
            """);

    [Fact]
    public Task Base_controller_property_reading_the_caller()
        => Endpoints("""
            [ApiController]
            [Authorize]
            public abstract class PortalController : ControllerBase
            {
                protected string PractitionerId => User.FindFirstValue("rpps") ?? throw new InvalidOperationException();
            }

            [Route("api/practitioners/patients")]
            public class PatientsController : PortalController
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Task<Beneficiary?> Get(int id) => db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id && b.PractitionerId == PractitionerId);
            }
            """);

    [Fact]
    public Task Current_user_service_named_after_a_configured_type()
        => Endpoints("""
            public interface ICurrentUserService { string? UserId { get; } }

            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                private readonly ICurrentUserService currentUser;
                public PatientsController(IBeneficiaryRepository repository, ICurrentUserService currentUser) { this.repository = repository; this.currentUser = currentUser; }

                [HttpGet]
                public Task<List<Beneficiary>> Mine() => repository.ListForPractitionerAsync(currentUser.UserId!);
            }
            """);

    [Fact]
    public Task Repository_implementation_bounds_the_list()
        => Bulk("""
            public interface IRecentPatients { Task<List<Beneficiary>> RecentAsync(); }

            public class RecentPatients : IRecentPatients
            {
                private readonly PortalDb db;
                public RecentPatients(PortalDb db) => this.db = db;
                public Task<List<Beneficiary>> RecentAsync() => db.Beneficiaries.OrderByDescending(b => b.Id).Take(30).ToListAsync();
            }

            [ApiController]
            [Route("api/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IRecentPatients recent;
                public PatientsController(IRecentPatients recent) => this.recent = recent;

                [HttpGet("recent")]
                public Task<List<Beneficiary>> Recent() => recent.RecentAsync();
            }
            """);

    [Fact]
    public Task Policy_without_practitioner_words_is_not_a_signal()
        => Endpoints("""
            [ApiController]
            [Authorize(Policy = "CanReadClaims")]
            [Route("api/claims")]
            public class ClaimsController : ControllerBase
            {
                private readonly PortalDb db;
                public ClaimsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? Get(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task String_equals_with_the_caller_in_the_predicate()
        => Endpoints("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet]
                public Task<List<Beneficiary>> Mine()
                {
                    var me = User.Identity?.Name;
                    return db.Beneficiaries.Where(b => string.Equals(b.PractitionerId, me)).Take(50).ToListAsync();
                }
            }
            """);

    [Fact]
    public Task Anonymous_practitioner_directory_without_personal_data()
        => Endpoints("""
            public record Pharmacy(string Finess, string Name, string City);

            [ApiController]
            [AllowAnonymous]
            [Route("api/ps/pharmacies")]
            public class PharmaciesController : ControllerBase
            {
                [HttpGet("{finess}")]
                public Pharmacy Get(string finess) => new(finess, "Pharmacie du Centre", "Lyon");
            }
            """);

    [Fact]
    public Task Technical_route_identifiers_are_not_personal_data()
        => Endpoints("""
            [ApiController]
            [Route("api/claims")]
            public class ClaimsController : ControllerBase
            {
                [HttpGet("{beneficiaryId:guid}/{claimNumber}")]
                public IActionResult Get([FromRoute] Guid beneficiaryId, string claimNumber, [FromQuery] DateOnly? since) => NoContent();
            }
            """);

    [Fact]
    public Task Distinct_insurer_names_are_not_holders()
        => Bulk("""
            [ApiController]
            [Route("api/insurers")]
            public class InsurersController : ControllerBase
            {
                private readonly PortalDb db;
                public InsurersController(PortalDb db) => this.db = db;

                [HttpGet]
                public Task<List<string>> Names() => db.Beneficiaries.Select(b => b.Mutuelle).Distinct().ToListAsync();

                [HttpGet("count")]
                public Task<int> Count() => db.Beneficiaries.CountAsync();
            }
            """);

    [Fact]
    public Task Custom_authorize_data_attribute_protects_the_endpoint()
        => Endpoints("""
            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
            public sealed class RequiresPortalLoginAttribute : Attribute, IAuthorizeData
            {
                public string? Policy { get; set; }
                public string? Roles { get; set; }
                public string? AuthenticationSchemes { get; set; }
            }

            [ApiController]
            [RequiresPortalLogin]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                public PatientsController(IBeneficiaryRepository repository) => this.repository = repository;

                [HttpGet]
                public Task<List<Beneficiary>> Mine() => repository.ListForPractitionerAsync(User.FindFirstValue("sub")!);
            }
            """);

    [Fact]
    public Task Ops_and_apps_routes_are_not_ps()
        => Endpoints("""
            [ApiController]
            [Authorize(Roles = "Ops")]
            [Route("api/ops/apps/beneficiaries")]
            public class OpsController : ControllerBase
            {
                private readonly PortalDb db;
                public OpsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? Get(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Paged_async_stream_with_a_query_object()
        => Bulk("""
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                    => app.MapGet("/api/beneficiaries", ([AsParameters] PagedQuery query, PortalDb db) =>
                        db.Beneficiaries.OrderBy(b => b.Id).AsAsyncEnumerable());
            }
            """);

    [Fact]
    public Task Practitioner_commands_that_return_no_data()
        => Endpoints("""
            public record UpdateAddress(int BeneficiaryId, string Street);

            public static class CommandEndpoints
            {
                public static void Map(WebApplication app)
                {
                    var ps = app.MapGroup("/api/ps").RequireAuthorization("Practitioner");
                    ps.MapPut("/patients/address", async ([FromBody] UpdateAddress command, PortalDb db) =>
                    {
                        var patient = await db.Beneficiaries.FindAsync(command.BeneficiaryId);
                        await db.SaveChangesAsync();
                        return Results.NoContent();
                    });
                    ps.MapDelete("/patients/{id:int}/consent", (int id) => Results.Accepted());
                }
            }
            """);

    [Fact]
    public Task Practitioner_action_returning_only_an_id()
        => Endpoints("""
            [ApiController]
            [Authorize(Roles = "Practitioner")]
            [Route("api/practitioners/lookup")]
            public class LookupController : ControllerBase
            {
                private readonly PortalDb db;
                public LookupController(PortalDb db) => this.db = db;

                [HttpPost]
                public ActionResult<int> Resolve([FromBody] string nir)
                    => db.Beneficiaries.Where(b => b.Nir == nir).Select(b => b.Id).FirstOrDefault();
            }
            """);

    [Fact]
    public Task Reference_data_dictionaries_are_not_bulk_personal_data()
        => Bulk("""
            [ApiController]
            [Route("api/reference")]
            public class ReferenceController : ControllerBase
            {
                private readonly PortalDb db;
                public ReferenceController(PortalDb db) => this.db = db;

                [HttpGet("rooms")]
                public Dictionary<int, string> Rooms() => db.Slots.ToDictionary(s => s.Id, s => s.Room);

                [HttpGet("slots")]
                public IEnumerable<AppointmentSlot> Slots() => db.Slots;
            }
            """);

    [Fact]
    public Task Guid_and_numeric_route_values_are_not_personal_data()
        => Endpoints("""
            public static class ClaimEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/api/claims/{id:guid}", (Guid id) => Results.NoContent());
                    app.MapGet("/api/claims", (int? year, string? status, DateTime? receivedAfter) => Results.NoContent());
                }
            }
            """);
}
