using System;

namespace TiersPayant.Domain;

/// <summary>A health professional (professionnel de santé) who uses the practitioner portal.</summary>
public sealed class Practitioner
{
    public int Id { get; set; }

    /// <summary>The national practitioner identifier (RPPS), public in the Annuaire Santé.</summary>
    public required string Rpps { get; set; }

    public required string Nom { get; set; }

    public required string Specialite { get; set; }
}

/// <summary>A beneficiary in a practitioner's patient list (e.g. a declared médecin traitant or an ongoing treatment).</summary>
public sealed class CareRelationship
{
    public int Id { get; set; }

    public int PractitionerId { get; set; }

    public int BeneficiaryId { get; set; }

    public DateOnly Depuis { get; set; }
}
