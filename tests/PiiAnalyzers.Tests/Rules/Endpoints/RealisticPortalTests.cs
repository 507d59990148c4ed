using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>Whole portal code paths: where the served data comes from decides scoping and bounds.</summary>
public class RealisticPortalTests
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
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.Filters;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.EntityFrameworkCore;
        using TiersPayant.Domain;

        """;

    private static Task Verify(string source)
        => Verify<PractitionerEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source);

    private static Task VerifyBulk(string source)
        => Verify<UnboundedEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source);

    [Fact]
    public Task Caller_lookup_unrelated_to_the_served_data_is_not_scoping()
        => Verify("""
            public interface IPractitionerDirectory { Task<string?> RppsOfAsync(string userId); }

            [ApiController]
            [Authorize]
            [Route("api/practitioners/rights")]
            public class RightsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                private readonly IPractitionerDirectory directory;
                public RightsController(IBeneficiaryRepository repository, IPractitionerDirectory directory) { this.repository = repository; this.directory = directory; }

                [HttpPost]
                public async Task<IActionResult> {|PII0301:Check|}([FromBody] string nir)
                {
                    var rpps = await directory.RppsOfAsync(User.FindFirstValue("sub")!);
                    if (rpps is null)
                    {
                        return Forbid();
                    }

                    var beneficiary = await repository.FindByNirAsync(nir);
                    return Ok(beneficiary);
                }
            }
            """);

    [Fact]
    public Task Audit_call_with_the_caller_is_not_scoping()
        => Verify("""
            public interface IAccessAudit { Task RecordAsync(string practitioner, int beneficiaryId); }

            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                private readonly IAccessAudit audit;
                public PatientsController(PortalDb db, IAccessAudit audit) { this.db = db; this.audit = audit; }

                [HttpGet("{id}")]
                public async Task<ActionResult<Beneficiary>> {|PII0301:Get|}(int id)
                {
                    var beneficiary = await db.Beneficiaries.FindAsync(id);
                    await audit.RecordAsync(User.Identity!.Name!, id);
                    return beneficiary!;
                }
            }
            """);

    [Fact]
    public Task Query_built_in_steps_with_the_caller_is_scoped()
        => Verify("""
            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet]
                public async Task<IActionResult> Search(string? {|PII0303:mutuelle|}, int page = 0)
                {
                    var query = db.Beneficiaries.AsQueryable();
                    if (mutuelle is not null)
                    {
                        query = query.Where(b => b.Mutuelle == mutuelle);
                    }

                    var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
                    query = query.Where(b => b.PractitionerId == me);
                    var list = new List<RightsDto>();
                    foreach (var b in await query.Skip(page * 20).Take(20).ToListAsync())
                    {
                        list.Add(new RightsDto(b.Id, b.Nir, b.DateNaissance, ""));
                    }

                    return Ok(list);
                }
            }
            """);

    [Fact]
    public Task Created_record_returned_to_its_author_is_no_lookup()
        => Verify("""
            [ApiController]
            [Authorize(Roles = "Practitioner")]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpPost]
                public async Task<IActionResult> Create([FromBody] Beneficiary beneficiary)
                {
                    db.Add(beneficiary);
                    await db.SaveChangesAsync();
                    return CreatedAtAction("Get", new { id = beneficiary.Id }, beneficiary);
                }
            }
            """);

    [Fact]
    public Task Mvc_view_model_is_served()
        => Verify("""
            [Authorize]
            public class PraticienController : Controller
            {
                private readonly PortalDb db;
                public PraticienController(PortalDb db) => this.db = db;

                public IActionResult {|PII0301:Patient|}(int id) => View(db.Beneficiaries.Find(id));

                public IActionResult Index() => View();
            }
            """);

    [Fact]
    public Task Group_prefix_crosses_a_mapping_extension_method()
        => Verify("""
            public static class PatientEndpoints
            {
                public static RouteGroupBuilder MapPatients(this RouteGroupBuilder group)
                {
                    group.{|PII0301:MapGet|}("/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id));
                    return group;
                }
            }

            public static class Routes
            {
                public static void Map(WebApplication app)
                    => app.MapGroup("/api/ps").RequireAuthorization().MapPatients();
            }
            """);

    [Fact]
    public Task Group_prefix_crosses_a_generic_mapping_extension_method()
        => Verify("""
            public sealed class PortailPs { }

            public static class PatientEndpoints
            {
                public static RouteGroupBuilder MapPatients<TArea>(this RouteGroupBuilder group)
                {
                    group.{|PII0301:MapGet|}("/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id));
                    return group;
                }
            }

            public static class Routes
            {
                public static void Map(WebApplication app)
                    => app.MapGroup("/api/ps").RequireAuthorization().MapPatients<PortailPs>();
            }
            """);

    [Fact]
    public Task Custom_authorization_filter_attribute_is_authorization()
        => Verify("""
            public sealed class RppsCheckAttribute : Attribute, IAsyncAuthorizationFilter
            {
                public Task OnAuthorizationAsync(AuthorizationFilterContext context) => Task.CompletedTask;
            }

            [ApiController]
            [RppsCheck]
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
    public Task Global_authorize_filter_and_map_controllers_require_authorization_protect_controllers()
        => Verify("""
            public static class Startup
            {
                public static void Configure(Microsoft.AspNetCore.Mvc.MvcOptions options)
                    => options.Filters.Add(new Microsoft.AspNetCore.Mvc.Authorization.AuthorizeFilter());
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
    public Task Query_object_with_classified_members_is_in_the_url()
        => Verify("""
            public class EligibilityQuery { public string Nir { get; set; } = ""; public DateTime DateNaissance { get; set; } }
            public class SlotQuery { public DateTime From { get; set; } public int Room { get; set; } }

            [ApiController]
            [Route("api/eligibility")]
            public class EligibilityController : ControllerBase
            {
                [HttpGet]
                public IActionResult Check([FromQuery] EligibilityQuery {|PII0303:query|}) => NoContent();

                [HttpGet("slots")]
                public IActionResult Slots([FromQuery] SlotQuery query) => NoContent();

                [HttpPost]
                public IActionResult Post([FromBody] EligibilityQuery query) => NoContent();
            }
            """);

    [Fact]
    public Task Unrelated_single_lookup_does_not_bound_the_list()
        => VerifyBulk("""
            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("by-slot/{slotId}")]
                public List<Beneficiary> {|PII0203:BySlot|}(int slotId)
                {
                    var slot = db.Slots.First(s => s.Id == slotId);
                    return db.Beneficiaries.Where(b => b.Id != slot.Id).ToList();
                }

                [HttpGet("{id}/family")]
                public List<Beneficiary> Family(int id)
                {
                    var beneficiary = db.Beneficiaries.Find(id);
                    return new List<Beneficiary> { beneficiary! };
                }
            }
            """);

    [Fact]
    public Task Caller_predicate_on_another_table_is_not_scoping()
        => Verify("""
            public class Practitioner { public int Id { get; set; } public string UserName { get; set; } = ""; }

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
                    var practitioners = db.Set<Practitioner>();
                    if (!practitioners.Any(p => p.UserName == User.Identity!.Name))
                    {
                        return Forbid();
                    }

                    return Ok(db.Beneficiaries.Find(id));
                }

                [HttpGet("mine/{id}")]
                public IActionResult Mine(int id)
                {
                    var practitioner = db.Set<Practitioner>().First(p => p.UserName == User.Identity!.Name);
                    var beneficiary = db.Beneficiaries.Find(id);
                    if (beneficiary is null || beneficiary.PractitionerId != practitioner.Id.ToString())
                    {
                        return NotFound();
                    }

                    return Ok(beneficiary);
                }
            }
            """);

    [Fact]
    public Task View_bag_and_view_data_are_served()
        => Verify("""
            [Authorize]
            [Route("praticien/dossiers")]
            public class DossiersController : Controller
            {
                private readonly PortalDb db;
                public DossiersController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public IActionResult {|PII0301:Details|}(int id)
                {
                    ViewBag.Patient = db.Beneficiaries.Find(id);
                    return View();
                }

                [HttpGet("{id}/droits")]
                public IActionResult {|PII0301:Droits|}(int id)
                {
                    ViewData["Nir"] = db.Beneficiaries.Find(id)?.Nir;
                    return View();
                }

                [HttpGet("aide")]
                public IActionResult Aide()
                {
                    ViewData["Title"] = "Aide";
                    return View();
                }
            }
            """);

    private const string Mediator = """

        namespace Portal.Mediation
        {
            using System.Threading;
            using System.Threading.Tasks;

            public interface IRequest<TResponse> { }
            public interface IRequestHandler<TRequest, TResponse> where TRequest : IRequest<TResponse>
            {
                Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
            }
            public interface ISender { Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default); }
        }
        """;

    [Fact]
    public Task Mediator_handler_is_followed()
        => Verify("""
            namespace Portal.Application
            {
                using System.Threading;
                using Portal.Mediation;

                public record GetPatientQuery(int Id) : IRequest<Beneficiary?>;
                public record GetMyPatientQuery(int Id) : IRequest<Beneficiary?>;

                public class GetPatientHandler : IRequestHandler<GetPatientQuery, Beneficiary?>
                {
                    private readonly PortalDb db;
                    public GetPatientHandler(PortalDb db) => this.db = db;
                    public Task<Beneficiary?> Handle(GetPatientQuery request, CancellationToken cancellationToken)
                        => db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == request.Id, cancellationToken);
                }

                public class GetMyPatientHandler : IRequestHandler<GetMyPatientQuery, Beneficiary?>
                {
                    private readonly PortalDb db;
                    private readonly ICurrentPractitioner current;
                    public GetMyPatientHandler(PortalDb db, ICurrentPractitioner current) { this.db = db; this.current = current; }
                    public Task<Beneficiary?> Handle(GetMyPatientQuery request, CancellationToken cancellationToken)
                        => db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == request.Id && b.PractitionerId == current.PractitionerId, cancellationToken);
                }

                [ApiController]
                [Authorize]
                [Route("api/practitioners/patients")]
                public class PatientsController : ControllerBase
                {
                    private readonly ISender sender;
                    public PatientsController(ISender sender) => this.sender = sender;

                    [HttpGet("{id}")]
                    public async Task<ActionResult<Beneficiary?>> {|PII0301:Get|}(int id) => await sender.Send(new GetPatientQuery(id));

                    [HttpGet("mine/{id}")]
                    public async Task<ActionResult<Beneficiary?>> Mine(int id) => await sender.Send(new GetMyPatientQuery(id));
                }
            }
            """ + Mediator);
}
