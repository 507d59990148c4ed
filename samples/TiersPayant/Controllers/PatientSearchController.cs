using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PiiAnalyzers.Annotations;
using TiersPayant.Data;

namespace TiersPayant.Controllers;

/// <summary>
/// Finding a patient at the front desk. Signed-in and scoped to the caller's own patients (so PII0301 is silent),
/// but each pair of actions shows one more way to leak: the whole list, a NIR in the URL, a NIR in a trace.
/// </summary>
[ApiController]
[Route("practitioners/me/patients")]
[Authorize(Policy = PortalIdentity.PractitionerPolicy)]
public sealed class PatientSearchController(PatientRepository patients) : ControllerBase
{
    // PII0203: the whole patient list in one response, with no page parameter and no limit in the repository
    // (PII0201 points at the repository's ToListAsync).
    [HttpGet("export")]
    public async Task<ActionResult<IReadOnlyList<BeneficiaryDto>>> Export(CancellationToken cancellationToken)
    {
        var all = await patients.AllPatientsAsync(User.PractitionerId(), cancellationToken);
        return all.Select(BeneficiaryDto.From).ToList();
    }

    // PII0203 clean: the repository cuts the list at 50 rows (MyPatientsController.List pages it instead).
    [HttpGet("recent")]
    public async Task<ActionResult<IReadOnlyList<BeneficiaryDto>>> Recent(CancellationToken cancellationToken)
    {
        var recent = await patients.RecentPatientsAsync(User.PractitionerId(), cancellationToken);
        return recent.Select(BeneficiaryDto.From).ToList();
    }

    // PII0303: the NIR is a route parameter, so it lands in access logs, proxies and browser history.
    [HttpGet("by-nir/{nir}")]
    public async Task<ActionResult<BeneficiaryDto>> GetByNir([Nir] string nir, CancellationToken cancellationToken)
    {
        // PII0105: the NIR becomes a trace tag, exported to the tracing backend with every span.
        Activity.Current?.SetTag("patient.nir", nir);

        var patient = await patients.FindByNirAsync(User.PractitionerId(), nir, cancellationToken);
        return patient is null ? NotFound() : BeneficiaryDto.From(patient);
    }

    // PII0303 clean: the same lookup with the NIR in the POST body.
    [HttpPost("by-nir")]
    public async Task<ActionResult<BeneficiaryDto>> FindByNir(NirLookupRequest request, CancellationToken cancellationToken)
    {
        var patient = await patients.FindByNirAsync(User.PractitionerId(), request.Nir, cancellationToken);
        if (patient is null)
        {
            return NotFound();
        }

        // PII0105 clean: the trace carries the technical id, not the NIR.
        Activity.Current?.SetTag("patient.id", patient.Id);
        return BeneficiaryDto.From(patient);
    }
}

/// <summary>A lookup by the NIR read from the patient's carte Vitale.</summary>
public sealed record NirLookupRequest([Nir] string Nir);
