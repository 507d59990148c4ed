using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Classification;

namespace PiiAnalyzers.Flow;

/// <summary>
/// Calls whose result no longer carries the personal data of their arguments: redaction, hashing, masking, and values
/// derived from the data (lengths, years, flags, counts, hash codes).
/// </summary>
internal static class Barriers
{
    /// <summary>Words that, in a method name, say the method hides its input (<c>MaskNir</c>, <c>HashSsn</c>, <c>Redact</c>).</summary>
    private static readonly ImmutableHashSet<string> HidingWords = ImmutableHashSet.Create(
        "redact", "redacted", "mask", "masked", "hash", "hashed", "anonymize", "anonymise", "anonymized", "anonymised",
        "pseudonymize", "pseudonymise", "pseudonymized", "pseudonymised", "encrypt", "encrypted", "obfuscate", "obfuscated",
        "scrub", "scrubbed", "sanitize", "sanitise", "sanitized", "protect", "protected", "tokenize", "tokenise", "masquer",
        "anonymiser", "chiffrer", "masque", "masquee", "anonymise", "anonymisee", "pseudonymisee", "hache", "chiffre");

    /// <summary>Members of the data that are derived values, not the data.</summary>
    public static readonly ImmutableHashSet<string> DerivedMembers = ImmutableHashSet.Create(
        "Length", "Year", "Month", "Day", "DayOfWeek", "DayOfYear", "HasValue", "Count", "LongCount", "Any", "All",
        "GetHashCode", "Kind", "Ticks", "IsEmpty", "Hour", "Minute", "Second", "Millisecond", "Offset", "GetType",
        "CompareTo", "Equals", "StartsWith", "EndsWith", "Contains", "IndexOf", "LastIndexOf", "IsNullOrEmpty",
        "IsNullOrWhiteSpace", "Age");

    /// <summary>Conversions that give the data back in another type (not derived values).</summary>
    private static readonly ImmutableHashSet<string> NumericParses = ImmutableHashSet.Create(
        "Parse", "TryParse", "ToInt64", "ToUInt64", "ToDecimal", "ToDouble", "ToInt32");

    public static bool IsBarrier(IMethodSymbol method, INamedTypeSymbol? redactor)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        if (type.Name == "Redact" && TypeShapes.IsInNamespace(type, KnownAttributes.AnnotationsNamespace))
        {
            return true;
        }

        if (redactor is not null)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, redactor))
                {
                    return true;
                }
            }
        }

        if (TypeShapes.IsInNamespace(type, "System.Security.Cryptography")
            && method.Name is "HashData" or "ComputeHash" or "TryHashData" or "HashDataAsync" or "ComputeHashAsync" or "TryComputeHash")
        {
            return true;
        }

        if (DerivedMembers.Contains(method.Name))
        {
            return true;
        }

        return HidesByName(method.Name);
    }

    /// <summary>The name says the member hides the data it is built from (<c>MaskNir</c>, <c>NirMasque</c>, <c>HashSsn</c>).</summary>
    public static bool HidesByName(string name)
    {
        foreach (var word in IdentifierWords.Split(name))
        {
            if (HidingWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A result type that is a derived value: a flag, or a number that is not a parse of the data.</summary>
    public static bool IsDerivedResult(IMethodSymbol method)
        => method.ReturnType.SpecialType == SpecialType.System_Boolean
            || (TypeShapes.IsNumeric(method.ReturnType) && !NumericParses.Contains(method.Name));
}
