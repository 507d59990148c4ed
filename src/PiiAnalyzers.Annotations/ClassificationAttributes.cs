using System;
using Microsoft.Extensions.Compliance.Classification;

namespace PiiAnalyzers.Annotations;

// The category attributes derive from DataClassificationAttribute so that Microsoft's logging source generator and
// redaction pipeline honour them as well as PiiAnalyzers does. They target what DataClassificationAttribute targets
// for data: fields, properties, parameters and return values.

/// <summary>The member holds a French social security number (NIR, NIA, numéro INSEE) or an insured person's number.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class NirAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member as <see cref="PiiTaxonomy.Nir"/>.</summary>
    public NirAttribute() : base(PiiTaxonomy.Nir) { }
}

/// <summary>The member holds a date of birth.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class BirthDateAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member as <see cref="PiiTaxonomy.BirthDate"/>.</summary>
    public BirthDateAttribute() : base(PiiTaxonomy.BirthDate) { }
}

/// <summary>The member holds guarantees or coverage of a health-insurance contract.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class InsuranceGuaranteeAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member as <see cref="PiiTaxonomy.InsuranceGuarantee"/>.</summary>
    public InsuranceGuaranteeAttribute() : base(PiiTaxonomy.InsuranceGuarantee) { }
}

/// <summary>The member holds the name or identifier of a person's (complementary) health insurer.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class HealthInsurerAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member as <see cref="PiiTaxonomy.HealthInsurer"/>.</summary>
    public HealthInsurerAttribute() : base(PiiTaxonomy.HealthInsurer) { }
}

/// <summary>The member holds a civil or marital status (not a title such as <c>Civilite</c>).</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class MaritalStatusAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member as <see cref="PiiTaxonomy.MaritalStatus"/>.</summary>
    public MaritalStatusAttribute() : base(PiiTaxonomy.MaritalStatus) { }
}

/// <summary>The member holds personal data of another kind than the specific categories.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class PersonalDataAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member as <see cref="PiiTaxonomy.PersonalData"/>.</summary>
    public PersonalDataAttribute() : base(PiiTaxonomy.PersonalData) { }
}

/// <summary>
/// Opt-out: the member's name looks like personal data but it is not (a count, a product setting, a reference number of
/// something else). The justification is required so that reviewers can check it.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class NotPersonalDataAttribute : Attribute
{
    /// <summary>Marks the member as not personal data.</summary>
    /// <param name="justification">Why the member is not personal data.</param>
    public NotPersonalDataAttribute(string justification) => Justification = justification;

    /// <summary>Why the member is not personal data.</summary>
    public string Justification { get; }
}

/// <summary>
/// The endpoint, controller or assembly is used by health professionals (practitioner portal), even when its route,
/// roles and names do not say so.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class PractitionerFacingAttribute : Attribute
{
}

/// <summary>
/// The endpoint restricts the data it serves to what the calling practitioner may see, in a way the analyzers cannot
/// follow. The explanation is required so that reviewers can check it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ScopedToCallerAttribute : Attribute
{
    /// <summary>Marks the endpoint as scoped to its caller.</summary>
    /// <param name="how">How the data is restricted to the caller.</param>
    public ScopedToCallerAttribute(string how) => How = how;

    /// <summary>How the data is restricted to the caller.</summary>
    public string How { get; }
}
