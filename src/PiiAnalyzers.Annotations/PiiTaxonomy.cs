using Microsoft.Extensions.Compliance.Classification;

namespace PiiAnalyzers.Annotations;

/// <summary>
/// The data classifications of French health-payment personal data, in one taxonomy.
/// Microsoft's redaction pipeline (<c>AddRedaction</c>, <c>[LoggerMessage]</c> with <c>LogProperties</c>) can map a
/// redactor to each of them, because the category attributes derive from <see cref="DataClassificationAttribute"/>.
/// </summary>
public static class PiiTaxonomy
{
    /// <summary>The taxonomy name shared by every classification below.</summary>
    public const string TaxonomyName = "PiiAnalyzers";

    /// <summary>French social security number (NIR / NIA / numéro INSEE) or insured person's number.</summary>
    public static DataClassification Nir => new(TaxonomyName, nameof(Nir));

    /// <summary>Date of birth.</summary>
    public static DataClassification BirthDate => new(TaxonomyName, nameof(BirthDate));

    /// <summary>Guarantees or coverage of a health-insurance contract.</summary>
    public static DataClassification InsuranceGuarantee => new(TaxonomyName, nameof(InsuranceGuarantee));

    /// <summary>Name or identifier of the (complementary) health insurer.</summary>
    public static DataClassification HealthInsurer => new(TaxonomyName, nameof(HealthInsurer));

    /// <summary>Civil or marital status.</summary>
    public static DataClassification MaritalStatus => new(TaxonomyName, nameof(MaritalStatus));

    /// <summary>Any other personal data.</summary>
    public static DataClassification PersonalData => new(TaxonomyName, nameof(PersonalData));
}
