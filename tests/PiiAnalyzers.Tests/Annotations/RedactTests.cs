using System;
using Microsoft.Extensions.Compliance.Classification;
using PiiAnalyzers.Annotations;
using Xunit;

namespace PiiAnalyzers.Tests.Annotations;

public class RedactTests
{
    [Theory]
    [InlineData("185057800608491")]
    [InlineData("1 85 05 78 006 084 91")]
    [InlineData("2 69 01 2A 588 157 16")]
    [InlineData("not even a nir")]
    public void A_masked_nir_reveals_nothing_of_the_input(string nir)
    {
        var masked = Redact.Nir(nir);
        Assert.Equal(Redact.NirMask, masked);
        Assert.DoesNotContain(nir.Replace(" ", "").Substring(0, 1) + nir.Replace(" ", "").Substring(1, 2), masked.Replace(" ", ""));
        Assert.DoesNotMatch("[0-9AB]", masked);
    }

    [Fact]
    public void Absent_values_stay_distinguishable_from_present_ones()
    {
        Assert.Equal(Redact.Missing, Redact.Nir((string?)null));
        Assert.Equal(Redact.Missing, Redact.Nir("  "));
        Assert.Equal(Redact.Missing, Redact.Nir((long?)null));
        Assert.Equal(Redact.Missing, Redact.BirthDate((DateTime?)null));
        Assert.Equal(Redact.Missing, Redact.Value<string?>(null));
        Assert.Equal(Redact.NirMask, Redact.Nir(185057800608491L));
    }

    [Fact]
    public void Birth_dates_are_removed_or_reduced_to_the_year()
    {
        var birthDate = new DateTime(1985, 5, 17);
        Assert.Equal(Redact.BirthDateMask, Redact.BirthDate(birthDate));
        Assert.Equal(Redact.BirthDateMask, Redact.BirthDate(new DateTimeOffset(birthDate)));
        Assert.Equal(Redact.BirthDateMask, Redact.BirthDate("17/05/1985"));
        Assert.DoesNotContain("17", Redact.BirthDate(birthDate));
        Assert.Equal("1985", Redact.BirthYear(birthDate));
        Assert.Equal("1985", Redact.BirthYear((DateTime?)birthDate));
    }

    [Fact]
    public void Other_values_become_a_generic_token()
    {
        Assert.Equal(Redact.Token, Redact.Value("Mutuelle Générale"));
        Assert.Equal(Redact.Token, Redact.Value(new { Niveau = 3 }));
    }

    [Theory]
    [InlineData(typeof(NirAttribute), "Nir")]
    [InlineData(typeof(BirthDateAttribute), "BirthDate")]
    [InlineData(typeof(InsuranceGuaranteeAttribute), "InsuranceGuarantee")]
    [InlineData(typeof(HealthInsurerAttribute), "HealthInsurer")]
    [InlineData(typeof(MaritalStatusAttribute), "MaritalStatus")]
    [InlineData(typeof(PersonalDataAttribute), "PersonalData")]
    public void Category_attributes_are_data_classifications_that_microsofts_redaction_pipeline_honours(Type attributeType, string value)
    {
        var attribute = Assert.IsAssignableFrom<DataClassificationAttribute>(Activator.CreateInstance(attributeType));
        Assert.Equal(new DataClassification(PiiTaxonomy.TaxonomyName, value), attribute.Classification);
    }

    [Fact]
    public void Opt_out_and_endpoint_attributes_keep_their_explanations()
    {
        Assert.Equal("product code", new NotPersonalDataAttribute("product code").Justification);
        Assert.Equal("filtered by practitioner id claim", new ScopedToCallerAttribute("filtered by practitioner id claim").How);
        Assert.NotNull(new PractitionerFacingAttribute());
    }
}
