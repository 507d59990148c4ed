using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading.Tasks;
using Dapper;
using PiiAnalyzers.Annotations;

namespace TiersPayant.Integration;

/// <summary>The monthly rights export a mutuelle receives, read from the platform's reporting database with Dapper.</summary>
public sealed class AmcExportQueries(DbConnection reporting)
{
    // PII0202: the SQL reads NIRs and birth dates with no TOP, LIMIT or FETCH, and the rows are returned: one call
    // hands out every member of the mutuelle.
    public Task<IEnumerable<AmcExportRow>> AllMembersAsync(int insurerId)
        => reporting.QueryAsync<AmcExportRow>(
            "SELECT b.Nir, b.DateNaissance, c.NiveauGarantie FROM Beneficiaries b JOIN Contracts c ON c.BeneficiaryId = b.Id WHERE c.ComplementaryInsurerId = @insurerId",
            new { insurerId });

    // PII0202 clean: the export is read one page of 100 rows at a time.
    public Task<IEnumerable<AmcExportRow>> MembersPageAsync(int insurerId, int skip)
        => reporting.QueryAsync<AmcExportRow>(
            "SELECT b.Nir, b.DateNaissance, c.NiveauGarantie FROM Beneficiaries b JOIN Contracts c ON c.BeneficiaryId = b.Id WHERE c.ComplementaryInsurerId = @insurerId ORDER BY b.Id OFFSET @skip ROWS FETCH NEXT 100 ROWS ONLY",
            new { insurerId, skip });
}

public sealed record AmcExportRow([Nir] string Nir, [BirthDate] DateOnly DateNaissance, [InsuranceGuarantee] string NiveauGarantie);
