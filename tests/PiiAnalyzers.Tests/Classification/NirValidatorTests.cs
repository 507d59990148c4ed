using System.Linq;
using CsCheck;
using PiiAnalyzers.Classification;
using Xunit;

namespace PiiAnalyzers.Tests.Classification;

public class NirValidatorTests
{
    /// <summary>Valid NIRs by construction: layout of DESIGN.md, key computed from the first 13 characters.</summary>
    internal static readonly Gen<string> ValidNir =
        from sex in Gen.Int[0, 5].Select(i => "123478"[i])
        from year in Gen.Int[0, 99]
        from month in Gen.OneOf(Gen.Int[1, 12], Gen.Int[20, 42], Gen.Int[50, 99])
        from place in Gen.OneOf(
            from department in Gen.Int[1, 95] from commune in Gen.Int[1, 999] select $"{department:00}{commune:000}",
            from corsica in Gen.Int[0, 1].Select(i => i == 0 ? "2A" : "2B") from commune in Gen.Int[1, 999] select $"{corsica}{commune:000}",
            from overseas in Gen.Int[970, 989] from commune in Gen.Int[1, 99] select $"{overseas:000}{commune:00}")
        from order in Gen.Int[1, 999]
        let body = $"{sex}{year:00}{month:00}{place}{order:000}"
        select body + NirValidator.ComputeKey(body).ToString("00");

    [Theory]
    [InlineData("185057800608491")]
    [InlineData("1 85 05 78 006 084 91")]
    [InlineData("269014958815716")]
    [InlineData("185052A00608435")]
    [InlineData("1 85 05 2A 006 084 35")]
    [InlineData("185052a00608435")]
    [InlineData("192079712304564")]
    [InlineData("299122B04500395")]
    public void Accepts_valid_numbers(string nir) => Assert.True(NirValidator.IsValid(nir));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("185057800608492")] // wrong key
    [InlineData("18505780060849")] // 14 characters
    [InlineData("1850578006084911")] // 16 characters
    [InlineData("585057800608491")] // sex digit 5
    [InlineData("185137800608491")] // month 13
    [InlineData("185050000608491")] // department 00
    [InlineData("185057800000091")] // order 000
    [InlineData("185052C00608435")] // 2C is no department
    [InlineData("18505A200608435")] // A before the 2
    [InlineData("1  85 05 78 006 084 91")] // double space
    [InlineData(" 185057800608491")] // leading space
    [InlineData("185057800608491 ")] // trailing space
    [InlineData("1-85-05-78-006-084-91")] // dashes are not the layout
    [InlineData("ABCDEFGHIJKLMNO")]
    public void Rejects_invalid_numbers(string? nir) => Assert.False(NirValidator.IsValid(nir));

    [Fact]
    public void Every_generated_valid_nir_is_accepted_with_or_without_spaces()
        => ValidNir.Sample(nir =>
            NirValidator.IsValid(nir)
            && NirValidator.IsValid($"{nir[0]} {nir.Substring(1, 2)} {nir.Substring(3, 2)} {nir.Substring(5, 2)} {nir.Substring(7, 3)} {nir.Substring(10, 3)} {nir.Substring(13, 2)}"),
            iter: 5_000, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void Changing_any_single_digit_of_a_valid_nir_is_rejected()
        => Gen.Select(ValidNir, Gen.Int[0, 14], Gen.Int[1, 9]).Sample((nir, position, delta) =>
        {
            if (!char.IsDigit(nir[position]))
            {
                return true; // the A or B of Corsica is not a digit
            }

            var changed = (char)('0' + ((nir[position] - '0' + delta) % 10));
            var mutated = nir.Substring(0, position) + changed + nir.Substring(position + 1);
            return !NirValidator.IsValid(mutated);
        }, iter: 20_000, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void Finds_nirs_inside_longer_text_and_not_glued_to_other_characters()
    {
        Assert.Single(NirValidator.FindIn("Assuré NIR=1 85 05 78 006 084 91, né en 1985"));
        Assert.Single(NirValidator.FindIn("{\"nir\":\"185057800608491\"}"));
        Assert.Empty(NirValidator.FindIn("REF9185057800608491"));
        Assert.Empty(NirValidator.FindIn("1850578006084910"));
        Assert.Empty(NirValidator.FindIn("185057800608492"));
        Assert.Equal(2, NirValidator.FindIn("185057800608491 et 269014958815716").Count());
    }

    [Fact]
    public void Scanning_a_very_long_text_is_linear()
    {
        var text = string.Concat(Enumerable.Repeat("Assuré 1 85 05 78 006 084 92, ", 200_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(NirValidator.FindIn(text));
        Assert.True(watch.Elapsed.TotalSeconds < 5, $"FindIn took {watch.Elapsed}");
    }
}
