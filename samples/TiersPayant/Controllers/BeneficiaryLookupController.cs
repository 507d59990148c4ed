using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TiersPayant.Data;

namespace TiersPayant.Controllers;

/// <summary>
/// VULNERABLE on purpose: the 2024 tiers payant breach in one action. Any signed-in practitioner reads any
/// beneficiary (NIR, birth date, marital status, mutuelle, guarantees) by walking the ids. <c>[Authorize]</c>
/// checks who the caller is, not whether this patient is theirs. See <see cref="MyPatientsController"/> for the fix.
/// </summary>
[ApiController]
[Route("practitioners/beneficiaries")]
[Authorize(Policy = PortalIdentity.PractitionerPolicy)]
public sealed class BeneficiaryLookupController(TiersPayantDbContext db) : ControllerBase
{
    [HttpGet("{id:int}")]
    public async Task<ActionResult<BeneficiaryDto>> Get(int id, CancellationToken cancellationToken)
    {
        var beneficiary = await db.Beneficiaries
            .Include(b => b.Contrat!).ThenInclude(c => c.Mutuelle)
            .Include(b => b.Contrat!).ThenInclude(c => c.Garanties)
            .FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

        return beneficiary is null ? NotFound() : BeneficiaryDto.From(beneficiary);
    }
}
