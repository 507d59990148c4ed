using System;
using System.Collections.Generic;
using PiiAnalyzers.Annotations;

namespace TiersPayant.Domain;

/// <summary>A complementary health contract (contrat responsable) between a beneficiary and a mutuelle.</summary>
public sealed class Contract
{
    public int Id { get; set; }

    public required string NumeroContrat { get; set; }

    public int BeneficiaryId { get; set; }

    [HealthInsurer]
    public int ComplementaryInsurerId { get; set; }

    [HealthInsurer]
    public ComplementaryInsurer? Mutuelle { get; set; }

    /// <summary>The commercial level of cover, e.g. "Essentiel", "Confort", "Renfort".</summary>
    [InsuranceGuarantee]
    public required string NiveauGarantie { get; set; }

    public DateOnly DateEffet { get; set; }

    [InsuranceGuarantee]
    public List<Guarantee> Garanties { get; set; } = [];
}

/// <summary>One line of a contract's table of guarantees: a care category and what the mutuelle reimburses.</summary>
public sealed class Guarantee
{
    public int Id { get; set; }

    public int ContractId { get; set; }

    /// <summary>The care category (poste de soins): "Pharmacie", "Optique", "Dentaire"...</summary>
    public required string Poste { get; set; }

    /// <summary>Percentage of the Sécurité sociale base rate (BR) covered, e.g. 100, 200, 300.</summary>
    [InsuranceGuarantee]
    public int TauxRemboursement { get; set; }
}
