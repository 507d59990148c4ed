using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>Whole practitioner-portal code paths, as users write them.</summary>
public class PortalScenarioTests
{
    [Fact]
    public Task Practitioner_rights_controller()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public record RightsResponse(int BeneficiaryId, [property: InsuranceGuarantee] string Guarantees, bool Eligible);

            public interface IBeneficiaryRepository
            {
                Task<Beneficiary?> FindByNirAsync(string nir);
            }

            [ApiController]
            [Route("api/practitioners/rights")]
            public class PractitionerRightsController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                private readonly ILogger<PractitionerRightsController> logger;

                public PractitionerRightsController(IBeneficiaryRepository repository, ILogger<PractitionerRightsController> logger)
                {
                    this.repository = repository;
                    this.logger = logger;
                }

                [HttpGet]
                public async Task<ActionResult<RightsResponse>> Get([FromQuery] string nir)
                {
                    logger.LogInformation("Rights requested by {Practitioner} for {Nir}", User.Identity?.Name, {|PII0101:nir|});
                    var beneficiary = await repository.FindByNirAsync(nir);
                    if (beneficiary is null)
                    {
                        logger.LogWarning("No beneficiary for {Nir}", Redact.Nir(nir));
                        return NotFound();
                    }

                    var response = new RightsResponse(beneficiary.Id, beneficiary.Contract.Guarantee, true);
                    logger.LogInformation("Returning {Response}", {|PII0103:response|});
                    logger.LogInformation("Returning rights for beneficiary {Id}", beneficiary.Id);
                    return response;
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Minimal_api_handlers()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;
            using Serilog;

            public static class ClaimEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapPost("/claims", (Claim claim, ILogger<Claim> logger) =>
                    {
                        logger.LogInformation("Claim {ClaimId} received", claim.Id);
                        logger.LogDebug("Claim for {Nir} born {BirthDate}", {|PII0101:claim.BeneficiaryNir|}, {|PII0101:claim.DateOfBirth|});
                        Log.ForContext("Claim", {|PII0103:claim|}, destructureObjects: true).Information("Received");
                        Log.ForContext("ClaimId", claim.Id, destructureObjects: true).Information("Received");
                        return Results.Accepted();
                    });
                }
            }

            public class Claim
            {
                public int Id { get; set; }
                public string BeneficiaryNir { get; set; } = "";
                public DateOnly DateOfBirth { get; set; }
                public decimal Amount { get; set; }
            }
            """);
}
