using System;
using System.Text.Json.Serialization;
using PiiAnalyzers.Annotations;

namespace TiersPayant.Domain;

/// <summary>An insured person (assuré or ayant droit) covered by a complementary health contract.</summary>
public sealed class Beneficiary
{
    public int Id { get; set; }

    // PII0001 clean: the NIR is classified, so no suggestion. PII0003 clean: it is a string, which holds 2A/2B.
    [Nir]
    public required string Nir { get; set; }

    [PersonalData]
    public required string Nom { get; set; }

    [PersonalData]
    public required string Prenom { get; set; }

    [BirthDate]
    public DateOnly DateNaissance { get; set; }

    [MaritalStatus]
    public SituationFamiliale SituationFamiliale { get; set; }

    public Contract? Contrat { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<SituationFamiliale>))]
public enum SituationFamiliale
{
    Celibataire,
    Marie,
    Pacse,
    Divorce,
    Veuf,
}
