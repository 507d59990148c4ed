using System;

namespace PiiAnalyzers.Classification;

/// <summary>The categories of health-payment personal data (DESIGN.md, "Personal-data categories").</summary>
[Flags]
internal enum PiiCategory
{
    None = 0,
    Nir = 1 << 0,
    BirthDate = 1 << 1,
    InsuranceGuarantee = 1 << 2,
    HealthInsurer = 1 << 3,
    MaritalStatus = 1 << 4,
    PersonalData = 1 << 5,
}

internal static class PiiCategoryExtensions
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PiiCategory, string> DisplayNames = new();

    /// <summary>The categories in a stable order, strongest signal first.</summary>
    public static readonly PiiCategory[] All =
    {
        PiiCategory.Nir, PiiCategory.BirthDate, PiiCategory.InsuranceGuarantee,
        PiiCategory.HealthInsurer, PiiCategory.MaritalStatus, PiiCategory.PersonalData,
    };

    /// <summary>The first (most specific) single category of a set, or <see cref="PiiCategory.None"/>.</summary>
    public static PiiCategory Primary(this PiiCategory categories)
    {
        foreach (var category in All)
        {
            if ((categories & category) != 0)
            {
                return category;
            }
        }

        return PiiCategory.None;
    }

    /// <summary>The name users see in messages and reports, which is also the attribute name without its suffix.</summary>
    /// <summary>The categories' names, comma-separated, built once per combination (every diagnostic message uses one).</summary>
    public static string DisplayName(this PiiCategory categories)
        => DisplayNames.GetOrAdd(categories, ComputeDisplayName);

    private static string ComputeDisplayName(PiiCategory categories)
    {
        if (categories == PiiCategory.None)
        {
            return "None";
        }

        var names = new System.Collections.Generic.List<string>();
        foreach (var category in All)
        {
            if ((categories & category) != 0)
            {
                names.Add(category.ToString());
            }
        }

        return string.Join(", ", names);
    }

    public static bool TryParse(string text, out PiiCategory category)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                category = candidate;
                return true;
            }
        }

        category = PiiCategory.None;
        return false;
    }
}
