using System;
using System.Globalization;

namespace PiiAnalyzers.Annotations;

/// <summary>
/// Redaction helpers for personal data that must appear in a log, a trace or an exception message.
/// The PiiAnalyzers code fixes insert these calls; the analyzers treat their results as harmless.
/// </summary>
/// <remarks>
/// Nothing returned here depends on the identifying part of the input: a masked NIR has the same text for every
/// person (it does not even reveal the length or the sex digit), a redacted birth date keeps at most the year.
/// </remarks>
public static class Redact
{
    /// <summary>The text written in place of a redacted value.</summary>
    public const string Token = "[redacted]";

    /// <summary>The text written in place of a NIR: the NIR's layout with every character masked.</summary>
    public const string NirMask = "* ** ** ** *** *** **";

    /// <summary>The text written in place of a birth date.</summary>
    public const string BirthDateMask = "****-**-**";

    /// <summary>The text written in place of an absent value, so that logs still tell "missing" from "present".</summary>
    public const string Missing = "(none)";

    /// <summary>Masks a NIR entirely. Returns <see cref="Missing"/> for a null or blank value.</summary>
    public static string Nir(string? nir) => string.IsNullOrWhiteSpace(nir) ? Missing : NirMask;

    /// <summary>Masks a NIR held in a numeric type. Returns <see cref="Missing"/> for zero.</summary>
    public static string Nir(long nir) => nir == 0 ? Missing : NirMask;

    /// <summary>Masks a NIR held in a nullable numeric type.</summary>
    public static string Nir(long? nir) => nir is null ? Missing : Nir(nir.Value);

    /// <summary>Removes a birth date entirely.</summary>
    public static string BirthDate(DateTime birthDate) => BirthDateMask;

    /// <summary>Removes a birth date entirely. Returns <see cref="Missing"/> when there is none.</summary>
    public static string BirthDate(DateTime? birthDate) => birthDate is null ? Missing : BirthDateMask;

    /// <summary>Removes a birth date entirely.</summary>
    public static string BirthDate(DateTimeOffset birthDate) => BirthDateMask;

    /// <summary>Removes a birth date entirely. Returns <see cref="Missing"/> when there is none.</summary>
    public static string BirthDate(DateTimeOffset? birthDate) => birthDate is null ? Missing : BirthDateMask;

    /// <summary>Removes a birth date held as text. Returns <see cref="Missing"/> for a null or blank value.</summary>
    public static string BirthDate(string? birthDate) => string.IsNullOrWhiteSpace(birthDate) ? Missing : BirthDateMask;

    /// <summary>Reduces a birth date to its year, for statistics that need an age band and nothing more.</summary>
    public static string BirthYear(DateTime birthDate) => birthDate.Year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>Reduces a birth date to its year. Returns <see cref="Missing"/> when there is none.</summary>
    public static string BirthYear(DateTime? birthDate) => birthDate is null ? Missing : BirthYear(birthDate.Value);

    /// <summary>Reduces a birth date to its year.</summary>
    public static string BirthYear(DateTimeOffset birthDate) => BirthYear(birthDate.Date);

    /// <summary>
    /// Replaces any personal value (guarantees, insurer, marital status, anything classified) with
    /// <see cref="Token"/>. Returns <see cref="Missing"/> for null.
    /// </summary>
    public static string Value<T>(T value) => value is null ? Missing : Token;
}
