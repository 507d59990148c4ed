using System.Collections.Immutable;

namespace PiiAnalyzers.Classification;

/// <summary>
/// Attributes that classify members, by full metadata name, so that source-declared copies work as well as the
/// PiiAnalyzers.Annotations package.
/// </summary>
internal static class KnownAttributes
{
    public const string AnnotationsNamespace = "PiiAnalyzers.Annotations";

    public static readonly ImmutableDictionary<string, PiiCategory> Categories = ImmutableDictionary.CreateRange(new[]
    {
        Pair(AnnotationsNamespace + ".NirAttribute", PiiCategory.Nir),
        Pair(AnnotationsNamespace + ".BirthDateAttribute", PiiCategory.BirthDate),
        Pair(AnnotationsNamespace + ".InsuranceGuaranteeAttribute", PiiCategory.InsuranceGuarantee),
        Pair(AnnotationsNamespace + ".HealthInsurerAttribute", PiiCategory.HealthInsurer),
        Pair(AnnotationsNamespace + ".MaritalStatusAttribute", PiiCategory.MaritalStatus),
        Pair(AnnotationsNamespace + ".PersonalDataAttribute", PiiCategory.PersonalData),

        // ASP.NET Core Identity: personal data downloaded and deleted with the user's account.
        Pair("Microsoft.AspNetCore.Identity.PersonalDataAttribute", PiiCategory.PersonalData),
        Pair("Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute", PiiCategory.PersonalData),

        // Microsoft.Extensions.Compliance: unknown data is treated as sensitive.
        Pair("Microsoft.Extensions.Compliance.Classification.UnknownDataClassificationAttribute", PiiCategory.PersonalData),
    });

    /// <summary>Attributes that say a member is not personal data.</summary>
    public static readonly ImmutableHashSet<string> OptOuts = ImmutableHashSet.Create(
        AnnotationsNamespace + ".NotPersonalDataAttribute",
        "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute");

    /// <summary>Base of every data classification attribute; subclasses classify as the name of the subclass says.</summary>
    public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

    public const string PractitionerFacing = AnnotationsNamespace + ".PractitionerFacingAttribute";

    public const string ScopedToCaller = AnnotationsNamespace + ".ScopedToCallerAttribute";

    private static System.Collections.Generic.KeyValuePair<string, PiiCategory> Pair(string name, PiiCategory category) => new(name, category);
}
