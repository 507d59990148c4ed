using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>PII0301/PII0302 on MVC and API controllers: practitioner signals, scoping forms, authorization inheritance.</summary>
public class ControllerEndpointTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.EntityFrameworkCore;
        using TiersPayant.Domain;

        """;

    private static Task Verify(string source, string? editorConfig = null)
        => Verify<PractitionerEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source, editorConfig);

    [Fact]
    public Task Flags_rights_lookup_by_nir_for_any_practitioner()
        => Verify("""
            [ApiController]
            [Authorize(Roles = "Practitioner")]
            [Route("api/practitioners/rights")]
            public class RightsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                public RightsController(IBeneficiaryRepository repository) => this.repository = repository;

                [HttpPost("search")]
                public async Task<ActionResult<Beneficiary>> {|PII0301:Search|}([FromBody] string nir)
                {
                    var beneficiary = await repository.FindByNirAsync(nir);
                    return beneficiary is null ? NotFound() : Ok(beneficiary);
                }
            }
            """);

    [Fact]
    public Task A_list_of_nirs_served_to_any_practitioner_is_personal_data_a_list_of_their_own_is_scoped()
        => Verify("""
            [ApiController]
            [Authorize(Roles = "Practitioner")]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("nirs")]
                public async Task<List<string>> {|PII0301:Nirs|}(int page, int pageSize)
                    => await db.Beneficiaries.OrderBy(b => b.Id).Skip(page * pageSize).Take(pageSize).Select(b => b.Nir).ToListAsync();

                [HttpGet("mes-nirs")]
                public async Task<List<string>> MesNirs(int page, int pageSize)
                {
                    var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
                    return await db.Beneficiaries.Where(b => b.PractitionerId == me).OrderBy(b => b.Id).Skip(page * pageSize).Take(pageSize).Select(b => b.Nir).ToListAsync();
                }

                [HttpGet("ids")]
                public async Task<List<int>> Ids(int page, int pageSize)
                    => await db.Beneficiaries.OrderBy(b => b.Id).Skip(page * pageSize).Take(pageSize).Select(b => b.Id).ToListAsync();
            }
            """);

    [Fact]
    public Task Flags_db_query_by_id_in_practitioner_route()
        => Verify("""
            [Authorize]
            [Route("api/ps/beneficiaires")]
            public class BeneficiairesController : ControllerBase
            {
                private readonly PortalDb db;
                public BeneficiairesController(PortalDb db) => this.db = db;

                [HttpGet("{id:int}")]
                public async Task<IActionResult> {|PII0301:Get|}(int id)
                {
                    var beneficiary = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id);
                    return Ok(beneficiary);
                }
            }
            """);

    [Fact]
    public Task Flags_by_controller_name_and_new_ok_object_result()
        => Verify("""
            [Authorize]
            public class PractitionerPatientsController : Controller
            {
                private readonly PortalDb db;
                public PractitionerPatientsController(PortalDb db) => this.db = db;

                public IActionResult {|PII0301:Details|}(int id)
                    => new OkObjectResult(db.Beneficiaries.Find(id));
            }
            """);

    [Fact]
    public Task Flags_by_namespace_and_json_result()
        => Verify("""
            namespace TiersPayant.Praticiens.Api
            {
                [Authorize]
                public class DossiersController : Controller
                {
                    private readonly PortalDb db;
                    public DossiersController(PortalDb db) => this.db = db;

                    public JsonResult {|PII0301:Dossier|}(int id) => Json(db.Beneficiaries.Single(b => b.Id == id));
                }
            }
            """);

    [Fact]
    public Task Flags_by_policy_name_as_whole_word()
        => Verify("""
            [ApiController]
            [Route("api/rights")]
            [Authorize(Policy = "HealthProfessionalOnly")]
            public class RightsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                public RightsController(IBeneficiaryRepository repository) => this.repository = repository;

                [HttpPost]
                public async Task<RightsDto?> {|PII0301:Check|}([FromBody] int id)
                {
                    var b = (await repository.ListAsync()).FirstOrDefault(x => x.Id == id);
                    return b is null ? null : new RightsDto(b.Id, b.Nir, b.DateNaissance, "");
                }
            }
            """);

    [Fact]
    public Task Flags_by_practitioner_facing_attribute()
        => Verify("""
            [ApiController]
            [Route("api/dossiers")]
            [Authorize]
            [PiiAnalyzers.Annotations.PractitionerFacing]
            public class DossiersController : ControllerBase
            {
                private readonly PortalDb db;
                public DossiersController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Flags_with_configured_segment()
        => Verify("""
            [ApiController]
            [Route("api/officines/[controller]")]
            [Authorize]
            public class DossiersController : ControllerBase
            {
                private readonly PortalDb db;
                public DossiersController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);
            }
            """, "pii_analyzers.practitioner_route_segments = officines\n");

    [Fact]
    public Task Route_on_base_controller_and_controller_token()
        => Verify("""
            [Route("api/practitioners/[controller]")]
            public abstract class PractitionerApiController : ControllerBase { }

            [ApiController]
            [Authorize]
            public class PatientsController : PractitionerApiController
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public ActionResult<Beneficiary> {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id)!;
            }
            """);

    [Fact]
    public Task Not_flagged_when_scoped_by_claim_in_predicate()
        => Verify("""
            [ApiController]
            [Authorize(Roles = "Practitioner")]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public async Task<ActionResult<Beneficiary>> Get(int id)
                {
                    var practitionerId = User.FindFirstValue(ClaimTypes.NameIdentifier);
                    var beneficiary = await db.Beneficiaries
                        .Where(b => b.Id == id && b.PractitionerId == practitionerId)
                        .FirstOrDefaultAsync();
                    return beneficiary is null ? NotFound() : beneficiary;
                }
            }
            """);

    [Fact]
    public Task Not_flagged_when_identity_name_reaches_repository_call()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/ps/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                public PatientsController(IBeneficiaryRepository repository) => this.repository = repository;

                [HttpGet]
                public async Task<IActionResult> Mine()
                {
                    var mine = await repository.ListForPractitionerAsync(HttpContext.User.Identity!.Name!);
                    return Ok(mine.Take(50));
                }
            }
            """);

    [Fact]
    public Task Not_flagged_when_checked_against_caller_after_fetch()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public IActionResult Get(int id)
                {
                    var beneficiary = db.Beneficiaries.Find(id);
                    if (beneficiary is null || beneficiary.PractitionerId != User.FindFirst("practitioner_id")?.Value)
                    {
                        return Forbid();
                    }

                    return Ok(beneficiary);
                }
            }
            """);

    [Fact]
    public Task Not_flagged_with_resource_based_authorization()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                private readonly IAuthorizationService authorization;
                public PatientsController(PortalDb db, IAuthorizationService authorization) { this.db = db; this.authorization = authorization; }

                [HttpGet("{id}")]
                public async Task<IActionResult> Get(int id)
                {
                    var beneficiary = await db.Beneficiaries.FindAsync(id);
                    var result = await authorization.AuthorizeAsync(User, beneficiary, "TreatingPractitioner");
                    if (!result.Succeeded)
                    {
                        return Forbid();
                    }

                    return Ok(beneficiary);
                }
            }
            """);

    [Fact]
    public Task Flags_when_authorize_async_result_is_ignored()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                private readonly IAuthorizationService authorization;
                public PatientsController(PortalDb db, IAuthorizationService authorization) { this.db = db; this.authorization = authorization; }

                [HttpGet("{id}")]
                public async Task<IActionResult> {|PII0301:Get|}(int id)
                {
                    var beneficiary = await db.Beneficiaries.FindAsync(id);
                    await authorization.AuthorizeAsync(User, beneficiary, "TreatingPractitioner");
                    return Ok(beneficiary);
                }
            }
            """);

    [Fact]
    public Task Ownership_guard_before_the_lookup_scopes_but_a_guard_without_the_caller_does_not()
        => Verify("""
            public interface IPatientele
            {
                IQueryable<PatientLink> Liens { get; }
            }

            public sealed class PatientLink
            {
                public int BeneficiaryId { get; set; }
                public string PractitionerId { get; set; } = "";
            }

            [ApiController]
            [Authorize(Roles = "Praticien")]
            [Route("api/ps/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                private readonly IPatientele patientele;
                private readonly ICurrentPractitioner current;
                public PatientsController(PortalDb db, IPatientele patientele, ICurrentPractitioner current)
                {
                    this.db = db;
                    this.patientele = patientele;
                    this.current = current;
                }

                [HttpGet("{id:int}")]
                public async Task<IActionResult> Get(int id)
                {
                    if (!await patientele.Liens.AnyAsync(l => l.PractitionerId == current.PractitionerId && l.BeneficiaryId == id))
                    {
                        return Forbid();
                    }

                    return Ok(await db.Beneficiaries.FindAsync(id));
                }

                [HttpGet("{id:int}/resume")]
                public async Task<IActionResult> Resume(int id)
                    => await patientele.Liens.AnyAsync(l => l.BeneficiaryId == id && l.PractitionerId == current.PractitionerId)
                        ? Ok(await db.Beneficiaries.FindAsync(id))
                        : Forbid();

                [HttpGet("{id:int}/existe")]
                public async Task<IActionResult> {|PII0301:Existe|}(int id)
                {
                    if (!await patientele.Liens.AnyAsync(l => l.BeneficiaryId == id))
                    {
                        return NotFound();
                    }

                    return Ok(await db.Beneficiaries.FindAsync(id));
                }
            }
            """);

    [Fact]
    public Task Flags_data_returned_through_a_pattern_variable()
        => Verify("""
            [ApiController]
            [Authorize(Roles = "Praticien")]
            [Route("api/ps/beneficiaires")]
            public class PortailController : ControllerBase
            {
                private readonly PortalDb db;
                public PortailController(PortalDb db) => this.db = db;

                [HttpGet("{id:int}")]
                public async Task<ActionResult<Beneficiary>> {|PII0301:Get|}(int id)
                    => (await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id)) is { } beneficiary ? beneficiary : NotFound();

                [HttpGet("{id:int}/droits")]
                public async Task<IActionResult> {|PII0301:Droits|}(int id)
                {
                    if (await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id) is Beneficiary found)
                    {
                        return Ok(found);
                    }

                    return NotFound();
                }

                [HttpGet("mes-patients/{id:int}")]
                public async Task<IActionResult> Mine(int id)
                {
                    var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
                    return await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id && b.PractitionerId == me) is { } mine ? Ok(mine) : NotFound();
                }
            }
            """);

    [Fact]
    public Task Flags_authorize_async_with_a_policy_and_no_fetched_resource()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/ps/beneficiaires")]
            public class PortailBeneficiairesController : ControllerBase
            {
                private readonly PortalDb db;
                private readonly IAuthorizationService authorization;
                public PortailBeneficiairesController(PortalDb db, IAuthorizationService authorization) { this.db = db; this.authorization = authorization; }

                [HttpGet("{id}/carte")]
                public async Task<IActionResult> {|PII0301:Carte|}(int id)
                {
                    var auth = await authorization.AuthorizeAsync(User, "PortailPs");
                    if (!auth.Succeeded)
                    {
                        return Forbid();
                    }

                    var beneficiary = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id);
                    return Ok(beneficiary);
                }

                [HttpGet("{id}")]
                public async Task<IActionResult> {|PII0301:Get|}(int id)
                {
                    if (!(await authorization.AuthorizeAsync(User, id, "PortailPs")).Succeeded)
                    {
                        return Forbid();
                    }

                    return Ok(await db.Beneficiaries.FindAsync(id));
                }

                [HttpGet("{id}/droits")]
                public async Task<IActionResult> {|PII0301:Droits|}(int id)
                {
                    var result = await authorization.AuthorizeAsync(User, null, "PortailPs");
                    return result.Succeeded ? Ok(await db.Beneficiaries.FindAsync(id)) : Forbid();
                }
            }
            """);

    [Fact]
    public Task Not_flagged_with_caller_context_service()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                private readonly ICurrentPractitioner current;
                public PatientsController(IBeneficiaryRepository repository, ICurrentPractitioner current) { this.repository = repository; this.current = current; }

                [HttpGet]
                public Task<List<Beneficiary>> Mine() => repository.ListForPractitionerAsync(current.PractitionerId);
            }
            """);

    [Fact]
    public Task Not_flagged_with_configured_caller_context_type()
        => Verify("""
            public interface IOfficineSession { string Finess { get; } }

            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                private readonly IOfficineSession session;
                public PatientsController(IBeneficiaryRepository repository, IOfficineSession session) { this.repository = repository; this.session = session; }

                [HttpGet]
                public Task<List<Beneficiary>> Mine() => repository.ListForPractitionerAsync(session.Finess);
            }
            """, "pii_analyzers.caller_context_types = IOfficineSession\n");

    [Fact]
    public Task Not_flagged_when_in_source_repository_reads_the_caller()
        => Verify("""
            public class ScopedRepository
            {
                private readonly PortalDb db;
                private readonly ICurrentPractitioner current;
                public ScopedRepository(PortalDb db, ICurrentPractitioner current) { this.db = db; this.current = current; }

                public Task<Beneficiary?> GetAsync(int id)
                    => db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id && b.PractitionerId == current.PractitionerId);
            }

            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly ScopedRepository repository;
                public PatientsController(ScopedRepository repository) => this.repository = repository;

                [HttpGet("{id}")]
                public async Task<ActionResult<Beneficiary?>> Get(int id) => await repository.GetAsync(id);
            }
            """);

    [Fact]
    public Task Not_flagged_when_interface_implementation_reads_the_caller()
        => Verify("""
            public interface IPatientQueries { Task<Beneficiary?> GetAsync(int id); }

            public class PatientQueries : IPatientQueries
            {
                private readonly PortalDb db;
                private readonly Microsoft.AspNetCore.Http.IHttpContextAccessor accessor;
                public PatientQueries(PortalDb db, Microsoft.AspNetCore.Http.IHttpContextAccessor accessor) { this.db = db; this.accessor = accessor; }

                public Task<Beneficiary?> GetAsync(int id)
                {
                    var me = accessor.HttpContext!.User.FindFirstValue("sub");
                    return db.Beneficiaries.Where(b => b.PractitionerId == me).FirstOrDefaultAsync(b => b.Id == id);
                }
            }

            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly IPatientQueries queries;
                public PatientsController(IPatientQueries queries) => this.queries = queries;

                [HttpGet("{id}")]
                public async Task<ActionResult<Beneficiary?>> Get(int id) => await queries.GetAsync(id);
            }
            """);

    [Fact]
    public Task Not_flagged_with_scoped_to_caller_attribute()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                [PiiAnalyzers.Annotations.ScopedToCaller("Row-level security in the database filters on the session's practitioner")]
                public Beneficiary? Get(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Identity_used_only_in_a_log_is_not_scoping()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                private readonly Microsoft.Extensions.Logging.ILogger<PatientsController> logger;
                public PatientsController(PortalDb db, Microsoft.Extensions.Logging.ILogger<PatientsController> logger) { this.db = db; this.logger = logger; }

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:Get|}(int id)
                {
                    Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Lookup by {User}", User.Identity?.Name);
                    return db.Beneficiaries.Find(id);
                }
            }
            """);

    [Fact]
    public Task Role_check_is_not_scoping()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public IActionResult {|PII0301:Get|}(int id)
                {
                    if (!User.IsInRole("Practitioner"))
                    {
                        return Forbid();
                    }

                    return Ok(db.Beneficiaries.Find(id));
                }
            }
            """);

    [Fact]
    public Task Not_flagged_when_no_personal_data_is_served()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/agenda")]
            public class AgendaController : ControllerBase
            {
                private readonly PortalDb db;
                public AgendaController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public ActionResult<AppointmentSlot?> Get(int id) => db.Slots.Find(id);

                [HttpGet("count")]
                public int Count() => db.Beneficiaries.Count();

                [HttpPost("{id}/cancel")]
                public IActionResult Cancel(int id) => NoContent();
            }
            """);

    [Fact]
    public Task Not_flagged_when_not_practitioner_facing()
        => Verify("""
            [ApiController]
            [Authorize(Roles = "Beneficiary")]
            [Route("api/insurees/claims")]
            public class ClaimsController : ControllerBase
            {
                private readonly PortalDb db;
                public ClaimsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? Get(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Look_alike_words_are_not_practitioner_signals()
        => Verify("""
            [ApiController]
            [Authorize(Policy = "Psychologists")]
            [Route("api/psy/providerless/[controller]")]
            public class ReportsController : ControllerBase
            {
                private readonly PortalDb db;
                public ReportsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? Get(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Non_controller_and_non_action_are_not_endpoints()
        => Verify("""
            [NonController]
            public class PractitionerHelperController : ControllerBase
            {
                private readonly PortalDb db;
                public PractitionerHelperController(PortalDb db) => this.db = db;

                public Beneficiary? Get(int id) => db.Beneficiaries.Find(id);
            }

            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [NonAction]
                public Beneficiary? Load(int id) => db.Beneficiaries.Find(id);

                private Beneficiary? LoadPrivate(int id) => db.Beneficiaries.Find(id);
            }

            public class PractitionerService
            {
                private readonly PortalDb db;
                public PractitionerService(PortalDb db) => this.db = db;

                public Beneficiary? Get(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Flags_anonymous_action()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                [AllowAnonymous]
                public Beneficiary? {|PII0301:{|PII0302:Get|}|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Flags_no_authorization_and_no_fallback_policy()
        => Verify("""
            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:{|PII0302:Get|}|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Allow_anonymous_subclass_on_base_controller_wins()
        => Verify("""
            public sealed class PublicEndpointAttribute : AllowAnonymousAttribute { }

            [PublicEndpoint]
            public abstract class PortalControllerBase : ControllerBase { }

            [ApiController]
            [Authorize(Roles = "Practitioner")]
            [Route("api/rights")]
            public class RightsController : PortalControllerBase
            {
                private readonly PortalDb db;
                public RightsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:{|PII0302:Get|}|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Authorize_on_base_controller_is_inherited()
        => Verify("""
            [Authorize]
            public abstract class SecuredController : ControllerBase { }

            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : SecuredController
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Authorize_on_overridden_method_and_subclass_with_role_in_constructor()
        => Verify("""
            public sealed class PractitionerOnlyAttribute : AuthorizeAttribute
            {
                public PractitionerOnlyAttribute() => Roles = "Praticien";
            }

            public abstract class PatientsControllerBase : ControllerBase
            {
                [PractitionerOnly]
                public abstract Beneficiary? Get(int id);
            }

            [ApiController]
            [Route("api/dossiers")]
            public class PatientsController : PatientsControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public override Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Fallback_policy_protects_endpoints_without_attributes()
        => Verify("""
            public static class Startup
            {
                public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                    => Microsoft.Extensions.DependencyInjection.PolicyServiceCollectionExtensions.AddAuthorization(services, options =>
                    {
                        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
                    });
            }

            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Fallback_policy_does_not_override_allow_anonymous()
        => Verify("""
            public static class Startup
            {
                public static void Configure(AuthorizationOptions options)
                    => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }

            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}"), AllowAnonymous]
                public Beneficiary? {|PII0301:{|PII0302:Get|}|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Null_fallback_policy_protects_nothing()
        => Verify("""
            public static class Startup
            {
                public static void Configure(AuthorizationOptions options) => options.FallbackPolicy = null;
            }

            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:{|PII0302:Get|}|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Flags_by_roles_of_a_named_policy()
        => Verify("""
            public static class Startup
            {
                public static void Configure(AuthorizationOptions options)
                    => options.AddPolicy("LectureDossiers", policy => policy.RequireRole("Praticien", "Infirmier"));
            }

            [ApiController]
            [Authorize(Policy = "LectureDossiers")]
            [Route("api/dossiers")]
            public class DossiersController : ControllerBase
            {
                private readonly PortalDb db;
                public DossiersController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);
            }
            """);

    [Fact]
    public Task Flags_by_area_and_conventional_route()
        => Verify("""
            [Area("Praticiens")]
            [Authorize]
            public class DossiersController : Controller
            {
                private readonly PortalDb db;
                public DossiersController(PortalDb db) => this.db = db;

                public IActionResult {|PII0301:Details|}(int id) => View(db.Beneficiaries.Find(id));
            }

            [Area("Assures")]
            [Authorize]
            public class ContratsController : Controller
            {
                private readonly PortalDb db;
                public ContratsController(PortalDb db) => this.db = db;

                public IActionResult Details(int id) => View(db.Beneficiaries.Find(id));
            }
            """);

    [Fact]
    public Task Flags_by_plural_role_words_in_a_namespace()
        => Verify("""
            namespace Acme.HealthProfessionals.Api
            {
                [ApiController]
                [Authorize]
                [Route("api/records")]
                public class RecordsController : ControllerBase
                {
                    private readonly PortalDb db;
                    public RecordsController(PortalDb db) => this.db = db;

                    [HttpGet("{id}")]
                    public Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);
                }
            }
            """);

    [Fact]
    public Task Tilde_override_and_action_token_build_the_route()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/back-office/[controller]")]
            public class RecordsController : ControllerBase
            {
                private readonly PortalDb db;
                public RecordsController(PortalDb db) => this.db = db;

                [HttpGet("~/api/practitioners/records/{id}")]
                public Beneficiary? {|PII0301:Shared|}(int id) => db.Beneficiaries.Find(id);

                [HttpGet("[action]/{id}")]
                public Beneficiary? Internal(int id) => db.Beneficiaries.Find(id);
            }

            [ApiController]
            [Authorize]
            [Route("api/[controller]/[action]")]
            public class PortalController : ControllerBase
            {
                private readonly PortalDb db;
                public PortalController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                [ActionName("Praticien")]
                public Beneficiary? {|PII0301:ForPractitioner|}(int id) => db.Beneficiaries.Find(id);

                [HttpGet("{id}")]
                public Beneficiary? Archive(int id) => db.Beneficiaries.Find(id);
            }
            """);
}
