using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>A portal file cut at many points, as while it is being typed: the endpoint analyzers never throw.</summary>
public class EndpointTruncationTests
{
    private const string Portal = """
        using System.Linq;
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.EntityFrameworkCore;
        using TiersPayant.Domain;

        public sealed class PractitionerOnlyAttribute : AuthorizeAttribute { public PractitionerOnlyAttribute() => Roles = "Praticien"; }

        [ApiController]
        [PractitionerOnly]
        [Route("api/practitioners/[controller]")]
        public class PatientsController : ControllerBase
        {
            private readonly PortalDb db;
            public PatientsController(PortalDb db) => this.db = db;

            [HttpGet("{nir}")]
            public async Task<ActionResult<Beneficiary>> Get(string nir, [FromQuery] int page = 0)
            {
                var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
                var beneficiary = await db.Beneficiaries.Where(b => b.Nir == nir && b.PractitionerId == me).Skip(page).Take(20).FirstOrDefaultAsync();
                return beneficiary is null ? NotFound() : Ok(beneficiary);
            }
        }

        public static class PortalEndpoints
        {
            public static void Map(WebApplication app)
            {
                var ps = app.MapGroup("/api/ps").RequireAuthorization("Practitioner");
                ps.MapGet("/patients/{id:int}", async (int id, PortalDb db) => Results.Ok(await db.Beneficiaries.FindAsync(id))).AllowAnonymous();
                ps.MapMethods("/export", new[] { "GET" }, (PortalDb db) => db.Beneficiaries.ToList());
            }
        }
        """;

    [Fact]
    public async Task No_exception_at_any_cut()
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PractitionerEndpointAnalyzer(), new UnboundedEndpointAnalyzer());
        for (var cut = 0; cut < Portal.Length; cut += 41)
        {
            var exceptions = new ConcurrentBag<Exception>();
            var compilation = TestCompilation.Create(Portal.Substring(0, cut), PortalModel.Source);
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);

            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

            Assert.True(exceptions.IsEmpty, $"cut at {cut}: {string.Join("\n", exceptions)}");
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }
}
