using System.Linq;
using System.Collections.Immutable;
using PiiAnalyzers.Classification;

namespace PiiAnalyzers.Options;

/// <summary>Every option PiiAnalyzers reads, declared once with its default.</summary>
internal static class PiiOptions
{
    public const string Prefix = "pii_analyzers.";

    private static readonly string[] ClassificationRules =
    {
        RuleIds.UnclassifiedPersonalData, RuleIds.NumericNir,
    };

    public static readonly PiiOption Heuristics = new(
        Prefix + "heuristics", "true",
        "Classify members by their names (`true`) or by attributes and configured names only (`false`).",
        ClassificationRules);

    public static readonly PiiOption IgnoredMembers = new(
        Prefix + "ignored_members", "",
        "Comma-separated members that are never personal data: `Name`, `Type.Name` or `Namespace.Type.Name`.",
        ClassificationRules);

    public static readonly PiiOption PersonContainers = new(
        Prefix + "person_containers", "",
        "Comma-separated extra words that make a type person-like (raising confidence for weak names such as `Numero`).",
        ClassificationRules);

    /// <summary>The largest row count a query may return and still count as bounded. Shared by the bulk family.</summary>
    public static readonly PiiOption MaxRows = new(
        Prefix + "max_rows", "100",
        "The largest number of rows a query over personal data may return: `Take(n)` with a constant `n` above it is unbounded, and the row-limit fix inserts it.",
        RuleIds.UnboundedQuery, RuleIds.UnboundedRawSql, "PII0203");

    public static readonly PiiOption PagingMethods = new(
        Prefix + "paging_methods", "",
        "Comma-separated extra names of paging or bounding helper methods (besides `ToPagedList`, `ToPagedListAsync`, `Paginate`, `PageAsync`, `ToPageAsync` and names made of the words page, paged or paginate).",
        RuleIds.UnboundedQuery);

    public static readonly ImmutableDictionary<PiiCategory, PiiOption> ExtraNames = ImmutableDictionary.CreateRange(new[]
    {
        ExtraNamesFor(PiiCategory.Nir, "nir"),
        ExtraNamesFor(PiiCategory.BirthDate, "birth_date"),
        ExtraNamesFor(PiiCategory.InsuranceGuarantee, "insurance_guarantee"),
        ExtraNamesFor(PiiCategory.HealthInsurer, "health_insurer"),
        ExtraNamesFor(PiiCategory.MaritalStatus, "marital_status"),
        ExtraNamesFor(PiiCategory.PersonalData, "personal_data"),
    });

    /// <summary>All options, in documentation order.</summary>
    public static ImmutableArray<PiiOption> All { get; } = ImmutableArray.Create(Heuristics, IgnoredMembers, PersonContainers, MaxRows, PagingMethods)
        .AddRange(PiiCategoryExtensions.All.Select(c => ExtraNames[c]));

    private static System.Collections.Generic.KeyValuePair<PiiCategory, PiiOption> ExtraNamesFor(PiiCategory category, string suffix)
        => new(category, new PiiOption(
            Prefix + "extra_names." + suffix, "",
            $"Comma-separated extra member names (any casing, words matched as by the lexicon) classified as `{category}`.",
            ClassificationRules));
}
