using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PiiAnalyzers.Annotations;
using TiersPayant.Data;
using TiersPayant.Domain;

namespace TiersPayant.Controllers;

/// <summary>
/// The corrected twin of <see cref="BeneficiaryLookupController"/>: every lookup is constrained by the calling
/// practitioner's id, read from <c>User</c>, so a practitioner sees only their own patients, one page at a time.
/// </summary>
[ApiController]
[Route("practitioners/me/patients")]
[Authorize(Policy = PortalIdentity.PractitionerPolicy)]
public sealed class MyPatientsController(TiersPayantDbContext db, ILogger<MyPatientsController> logger) : ControllerBase
{
    private const int MaxPageSize = 50;

    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<BeneficiaryDto>>> List(
        int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var patients = await MyPatients()
            .OrderBy(b => b.Nom).ThenBy(b => b.Id)
            .Skip((Math.Max(page, 1) - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);

        return patients.Select(BeneficiaryDto.From).ToList();
    }

    [HttpGet("{id:int}")]
    public async Task<ActionResult<BeneficiaryDto>> Get(int id, CancellationToken cancellationToken)
    {
        var beneficiary = await MyPatients().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (beneficiary is null)
        {
            // Same answer for "does not exist" and "not your patient": ids cannot be probed.
            return NotFound();
        }

        logger.LogInformation("Practitioner read patient {BeneficiaryId} (NIR {Nir})", id, Redact.Nir(beneficiary.Nir));
        return BeneficiaryDto.From(beneficiary);
    }

    private IQueryable<Beneficiary> MyPatients()
    {
        var practitionerId = User.PractitionerId();
        return db.Beneficiaries
            .Include(b => b.Contrat!).ThenInclude(c => c.Mutuelle)
            .Include(b => b.Contrat!).ThenInclude(c => c.Garanties)
            .Where(b => db.CareRelationships.Any(r => r.BeneficiaryId == b.Id && r.PractitionerId == practitionerId));
    }
}
