using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>Code being typed: the endpoint analyzers never throw and report nothing they cannot stand behind.</summary>
public class EndpointIncompleteCodeTests
{
    private const string Source = """
        using System.Linq;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using TiersPayant.Domain;

        public static class HalfTyped
        {
            public static void Map(WebApplication app)
            {
                app.MapGet(
                app.MapGet("/api/ps/patients/{id", (int id, PortalDb db) => db.Beneficiaries.Find(id)
                app.MapGroup().MapPost("/x", Missing);
                var g = app.MapGroup("/api/ps");
                g.MapGet("/p", (UnknownType t) => t.Load());
                g.RequireAuthorization(;
            }
        }

        [ApiController]
        [Route]
        [Authorize(Roles = )]
        [HttpGetx("x")]
        public class PractitionerPatientsController : ControllerBase
        {
            [HttpGet("{id}")]
            [Unresolved]
            public UnknownDto Get(int id, [FromQuery] string nir) => Missing.Find(id);

            [HttpGet("all")]
            public System.Collections.Generic.List<Beneficiary> All(PortalDb db) => db.Beneficiaries.Where(b => b.).ToList(
        }

        namespace Portal.Pages.Praticiens
        {
            public class PatientModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
            {
                public void OnGet(int id) => Patient = ;
            }
        }
        """;

    [Fact]
    public Task Practitioner_rules_tolerate_incomplete_code()
        => Verify<PractitionerEndpointAnalyzer>.IncompleteCode(
            Source.Replace(" All(", " {|PII0301:All|}(").Replace("string nir", "string {|PII0303:nir|}") + PortalModel.Source);

    [Fact]
    public Task Unbounded_rule_tolerates_incomplete_code()
        => Verify<UnboundedEndpointAnalyzer>.IncompleteCode(Source.Replace(" All(", " {|PII0203:All|}(") + PortalModel.Source);

    [Fact]
    public Task Poco_controller_by_name_is_an_endpoint_and_other_classes_are_not()
        => Verify<PractitionerEndpointAnalyzer>.Analyzer("""
            using System.Collections.Generic;

            public class PractitionerController
            {
                public List<string> Nirs(string {|PII0303:nir|}) => new() { nir };
            }

            public class PractitionerDirectory
            {
                public List<string> Nirs(string nir) => new() { nir };
            }

            internal class InternalController
            {
                public List<string> Nirs(string nir) => new() { nir };
            }
            """);
}
