namespace TiersPayant.Domain;

/// <summary>A complementary health insurer (AMC: mutuelle, institution de prévoyance, assureur).</summary>
/// <remarks>The insurer itself is reference data; it becomes personal data once linked to a beneficiary's contract.</remarks>
public sealed class ComplementaryInsurer
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The AMC number used on tiers payant claims.</summary>
    public required string Code { get; set; }
}
