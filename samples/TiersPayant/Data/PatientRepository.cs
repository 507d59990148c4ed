using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using TiersPayant.Domain;

namespace TiersPayant.Data;

/// <summary>The patients a practitioner follows, as <see cref="Controllers.PatientSearchController"/> reads them.</summary>
public sealed class PatientRepository(TiersPayantDbContext db)
{
    // PII0201: every patient of the practitioner, materialised with no row limit and returned. The warning is on
    // ToListAsync; the light bulb inserts .Take(100) before it.
    public Task<List<Beneficiary>> AllPatientsAsync(int practitionerId, CancellationToken cancellationToken)
        => PatientsOf(practitionerId).OrderBy(b => b.Nom).ToListAsync(cancellationToken);

    // PII0201 clean: the same query, cut at 50 rows.
    public Task<List<Beneficiary>> RecentPatientsAsync(int practitionerId, CancellationToken cancellationToken)
        => PatientsOf(practitionerId).OrderByDescending(b => b.Id).Take(50).ToListAsync(cancellationToken);

    public Task<Beneficiary?> FindByNirAsync(int practitionerId, string nir, CancellationToken cancellationToken)
        => PatientsOf(practitionerId).FirstOrDefaultAsync(b => b.Nir == nir, cancellationToken);

    // Not flagged: a private helper that returns a query is composition; its callers are checked.
    private IQueryable<Beneficiary> PatientsOf(int practitionerId)
        => db.Beneficiaries
            .Include(b => b.Contrat!).ThenInclude(c => c.Mutuelle)
            .Include(b => b.Contrat!).ThenInclude(c => c.Garanties)
            .Where(b => db.CareRelationships.Any(r => r.BeneficiaryId == b.Id && r.PractitionerId == practitionerId));
}
