using System;
using System.Collections.Generic;
using System.Linq;
using PiiAnalyzers.Annotations;
using TiersPayant.Domain;

namespace TiersPayant.Controllers;

/// <summary>What the portal shows a practitioner about a patient's rights (droits) to tiers payant.</summary>
public sealed record BeneficiaryDto(
    int Id,
    [PersonalData] string Nom,
    [PersonalData] string Prenom,
    [Nir] string Nir,
    [BirthDate] DateOnly DateNaissance,
    [MaritalStatus] SituationFamiliale SituationFamiliale,
    [HealthInsurer] string? Mutuelle,
    [InsuranceGuarantee] string? NiveauGarantie,
    [InsuranceGuarantee] IReadOnlyList<GuaranteeDto> Garanties)
{
    public static BeneficiaryDto From(Beneficiary b) => new(
        b.Id,
        b.Nom,
        b.Prenom,
        b.Nir,
        b.DateNaissance,
        b.SituationFamiliale,
        b.Contrat?.Mutuelle?.Name,
        b.Contrat?.NiveauGarantie,
        b.Contrat?.Garanties.Select(g => new GuaranteeDto(g.Poste, g.TauxRemboursement)).ToList() ?? []);
}

public sealed record GuaranteeDto(string Poste, [InsuranceGuarantee] int TauxRemboursement);
