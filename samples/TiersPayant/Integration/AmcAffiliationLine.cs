using System;
using System.Globalization;
using PiiAnalyzers.Annotations;
using TiersPayant.Domain;

namespace TiersPayant.Integration;

/// <summary>One line of the nightly affiliation file a mutuelle sends in its legacy fixed-width format.</summary>
public sealed class AmcAffiliationLine
{
    // PII0003: the NIR is read into a long. A Corsican NIR (département 2A/2B) cannot be parsed at all, and the
    // warning points at `long`; the fix is `string`, as on Beneficiary.Nir.
    [Nir]
    public long NumeroSecuriteSociale { get; init; }

    [PersonalData]
    public required string NomPrenom { get; init; }

    [BirthDate]
    public DateOnly DateNaissance { get; init; }

    public Beneficiary ToBeneficiary()
    {
        var parts = NomPrenom.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return new Beneficiary
        {
            Nir = NumeroSecuriteSociale.ToString("D15", CultureInfo.InvariantCulture),
            Nom = parts[0],
            Prenom = parts.Length > 1 ? parts[1] : string.Empty,
            DateNaissance = DateNaissance,
        };
    }
}
