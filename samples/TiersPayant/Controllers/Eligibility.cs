using System;
using PiiAnalyzers.Annotations;

namespace TiersPayant.Controllers;

/// <summary>A rights check (consultation des droits) sent by a practitioner before applying tiers payant.</summary>
public sealed class EligibilityRequest
{
    // PII0001: the name says NIR but nothing classifies it, so redaction pipelines and reviewers may miss it.
    // The fix is to add [Nir] (or [NotPersonalData("why")] when the name misleads).
    public required string NumeroSecu { get; init; }

    [BirthDate]
    public DateOnly DateNaissance { get; init; }

    /// <summary>The care category to check, e.g. "Optique".</summary>
    public required string Poste { get; init; }
}

/// <summary>Whether the mutuelle pays the practitioner directly, and at which rate.</summary>
public sealed record EligibilityResponse(
    bool TiersPayant,
    [HealthInsurer] string? Mutuelle,
    [InsuranceGuarantee] int? TauxRemboursement);

/// <summary>The rights card shown at the front desk: which mutuelle covers the patient, at which level.</summary>
public sealed record RightsCard([HealthInsurer] string? Mutuelle, [InsuranceGuarantee] string NiveauGarantie);

public sealed record SignInRequest(string Rpps);
