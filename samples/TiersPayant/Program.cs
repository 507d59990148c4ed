using System.Linq;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TiersPayant.Controllers;
using TiersPayant.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<TiersPayantDbContext>(options => options
    .UseInMemoryDatabase("tiers-payant")
    .UseSeeding((context, _) => SeedData.Populate(context)));
builder.Services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme).AddBearerToken();
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(PortalIdentity.PractitionerPolicy, policy => policy.RequireClaim(PortalIdentity.PractitionerIdClaim));
builder.Services.AddScoped<PatientRepository>();
builder.Services.AddControllers();

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<TiersPayantDbContext>().Database.EnsureCreated();
}

app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

// Demo sign-in for trying the API locally: it trusts the RPPS it is given. A real portal signs practitioners in with
// Pro Santé Connect (e-CPS / CPS card); do not ship this endpoint.
app.MapPost("/auth/sign-in", async (SignInRequest request, TiersPayantDbContext db) =>
{
    var practitioner = await db.Practitioners.FirstOrDefaultAsync(p => p.Rpps == request.Rpps);
    if (practitioner is null)
    {
        return Results.Unauthorized();
    }

    var identity = new ClaimsIdentity(
        [
            new Claim(PortalIdentity.PractitionerIdClaim, practitioner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(PortalIdentity.RppsClaim, practitioner.Rpps),
            new Claim(ClaimTypes.Name, practitioner.Nom),
        ],
        BearerTokenDefaults.AuthenticationScheme);
    return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
}).AllowAnonymous();

// Rights check: the practitioner holds the patient's carte Vitale, so the lookup is by NIR and birth date.
app.MapPost("/practitioners/eligibility", async (EligibilityRequest request, TiersPayantDbContext db, ILogger<Program> logger) =>
{
    // Unsafe on purpose: the NIR goes to the log in clear (compare MyPatientsController, which logs Redact.Nir).
    logger.LogInformation("Eligibility check for NIR {Nir}", request.NumeroSecu);

    var contract = await db.Contracts
        .Include(c => c.Mutuelle)
        .Include(c => c.Garanties)
        .Where(c => db.Beneficiaries.Any(b =>
            b.Id == c.BeneficiaryId && b.Nir == request.NumeroSecu && b.DateNaissance == request.DateNaissance))
        .FirstOrDefaultAsync();

    var guarantee = contract?.Garanties.FirstOrDefault(g => g.Poste == request.Poste);
    var response = new EligibilityResponse(guarantee is not null, contract?.Mutuelle?.Name, guarantee?.TauxRemboursement);

    // PII0103: a record logged whole prints every member, so the mutuelle and the reimbursement rate reach the log.
    logger.LogDebug("Eligibility answer {Response}", response);
    // PII0103 clean: log the one member that is not personal data.
    logger.LogInformation("Eligibility answer: tiers payant {TiersPayant}", response.TiersPayant);

    return Results.Ok(response);
}).RequireAuthorization(PortalIdentity.PractitionerPolicy);

// PII0302 (and PII0301): the rights card for the front desk, mapped with no RequireAuthorization. The app sets no
// fallback policy, so anyone who finds the URL reads any patient's mutuelle and level of cover; and the lookup is
// not scoped to a caller either.
app.MapGet("/practitioners/rights/{beneficiaryId:int}", async (int beneficiaryId, TiersPayantDbContext db) =>
{
    var contract = await db.Contracts.Include(c => c.Mutuelle).FirstOrDefaultAsync(c => c.BeneficiaryId == beneficiaryId);
    return contract is null ? Results.NotFound() : Results.Ok(new RightsCard(contract.Mutuelle?.Name, contract.NiveauGarantie));
});

// PII0302 clean (and PII0301 clean): the same card for signed-in practitioners, and only for their own patients.
app.MapGet("/practitioners/me/rights/{beneficiaryId:int}", async (int beneficiaryId, ClaimsPrincipal user, TiersPayantDbContext db) =>
{
    var practitionerId = user.PractitionerId();
    var contract = await db.Contracts.Include(c => c.Mutuelle).FirstOrDefaultAsync(c => c.BeneficiaryId == beneficiaryId
        && db.CareRelationships.Any(r => r.BeneficiaryId == beneficiaryId && r.PractitionerId == practitionerId));
    return contract is null ? Results.NotFound() : Results.Ok(new RightsCard(contract.Mutuelle?.Name, contract.NiveauGarantie));
}).RequireAuthorization(PortalIdentity.PractitionerPolicy);

app.Run();
