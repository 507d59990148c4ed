using System.Threading.Tasks;
using Xunit;
using Verifier = PiiAnalyzers.Tests.Infrastructure.Verify<PiiAnalyzers.Rules.PractitionerEndpointAnalyzer, PiiAnalyzers.CodeFixes.RequireAuthorizationCodeFix>;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

public class RequireAuthorizationCodeFixTests
{
    [Fact]
    public Task Adds_authorize_to_an_action_with_the_using()
        => Verifier.CodeFix(
            """
            using Microsoft.AspNetCore.Mvc;
            using TiersPayant.Domain;

            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:{|PII0302:Get|}|}(int id) => db.Beneficiaries.Find(id);
            }
            """ + PortalModel.Source,
            """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;
            using TiersPayant.Domain;

            [ApiController]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                [Authorize]
                public Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);
            }
            """ + PortalModel.Source);

    [Fact]
    public Task Replaces_allow_anonymous_on_the_action()
        => Verifier.CodeFix(
            """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;
            using TiersPayant.Domain;

            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [AllowAnonymous]
                [HttpGet("{id}")]
                public Beneficiary? {|PII0301:{|PII0302:Get|}|}(int id) => db.Beneficiaries.Find(id);
            }
            """ + PortalModel.Source,
            """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;
            using TiersPayant.Domain;

            [ApiController]
            [Authorize]
            [Route("api/practitioners/patients")]
            public class PatientsController : ControllerBase
            {
                private readonly PortalDb db;
                public PatientsController(PortalDb db) => this.db = db;

                [HttpGet("{id}")]
                [Authorize]
                public Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);
            }
            """ + PortalModel.Source);

    [Fact]
    public Task Fix_all_appends_require_authorization_to_minimal_apis()
        => Verifier.CodeFix(
            """
            using Microsoft.AspNetCore.Builder;
            using TiersPayant.Domain;

            public static class PortalEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.{|PII0301:{|PII0302:MapGet|}|}("/api/ps/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id));
                    app.{|PII0301:{|PII0302:MapPost|}|}("/api/ps/patients/search", (int id, PortalDb db) => db.Beneficiaries.Find(id)).AllowAnonymous();
                    app.{|PII0301:{|PII0302:MapGet|}|}("/api/ps/rights/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id)).WithName("Rights");
                }
            }
            """ + PortalModel.Source,
            """
            using Microsoft.AspNetCore.Builder;
            using TiersPayant.Domain;

            public static class PortalEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.{|PII0301:MapGet|}("/api/ps/patients/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id)).RequireAuthorization();
                    app.{|PII0301:MapPost|}("/api/ps/patients/search", (int id, PortalDb db) => db.Beneficiaries.Find(id)).RequireAuthorization();
                    app.{|PII0301:MapGet|}("/api/ps/rights/{id}", (int id, PortalDb db) => db.Beneficiaries.Find(id)).RequireAuthorization().WithName("Rights");
                }
            }
            """ + PortalModel.Source);

    [Fact]
    public Task Fix_all_adds_authorize_to_page_model_and_actions()
        => Verifier.CodeFix(
            """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.RazorPages;
            using TiersPayant.Domain;

            namespace Portal.Pages.Praticiens
            {
                public class PatientModel : PageModel
                {
                    private readonly PortalDb db;
                    public PatientModel(PortalDb db) => this.db = db;

                    public IActionResult {|PII0301:{|PII0302:OnGet|}|}(int id) => new JsonResult(db.Beneficiaries.Find(id));
                }

                [Route("api/ps/[controller]")]
                public class DossiersController : ControllerBase
                {
                    private readonly PortalDb db;
                    public DossiersController(PortalDb db) => this.db = db;

                    [HttpGet("{id}")]
                    public Beneficiary? {|PII0301:{|PII0302:Get|}|}(int id) => db.Beneficiaries.Find(id);

                    [HttpGet("{id}/rights")]
                    public Beneficiary? {|PII0301:{|PII0302:Rights|}|}(int id) => db.Beneficiaries.Find(id);
                }
            }
            """ + PortalModel.Source,
            """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.RazorPages;
            using TiersPayant.Domain;

            namespace Portal.Pages.Praticiens
            {
                [Authorize]
                public class PatientModel : PageModel
                {
                    private readonly PortalDb db;
                    public PatientModel(PortalDb db) => this.db = db;

                    public IActionResult {|PII0301:OnGet|}(int id) => new JsonResult(db.Beneficiaries.Find(id));
                }

                [Route("api/ps/[controller]")]
                public class DossiersController : ControllerBase
                {
                    private readonly PortalDb db;
                    public DossiersController(PortalDb db) => this.db = db;

                    [HttpGet("{id}")]
                    [Authorize]
                    public Beneficiary? {|PII0301:Get|}(int id) => db.Beneficiaries.Find(id);

                    [HttpGet("{id}/rights")]
                    [Authorize]
                    public Beneficiary? {|PII0301:Rights|}(int id) => db.Beneficiaries.Find(id);
                }
            }
            """ + PortalModel.Source);
}
