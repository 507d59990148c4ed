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
        RuleIds.UnboundedQuery, RuleIds.UnboundedRawSql, RuleIds.UnboundedEndpoint);

    /// <summary>How a row count the caller chooses counts: DESIGN lists <c>Take</c> among the bounding operators.</summary>
    public static readonly PiiOption CallerRowCounts = new(
        Prefix + "caller_row_counts", "bounded",
        "How `Take(n)` counts when `n` is chosen by the caller (a parameter, or a value computed from one, that nothing clamps): " +
        "`bounded` (`Take` is a bounding operator) or `unbounded` (a caller can ask for every row; a constant up to `max_rows`, " +
        "a setting, `Math.Min`/`Math.Clamp`, a guard or `[Range]` still bound). The review preset sets `unbounded`.",
        RuleIds.UnboundedQuery, RuleIds.UnboundedRawSql);

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

    private static readonly string[] PractitionerRules =
    {
        RuleIds.UnscopedPractitionerEndpoint, RuleIds.AnonymousPractitionerEndpoint,
    };

    public static readonly PiiOption PractitionerRouteSegments = new(
        Prefix + "practitioner_route_segments", "",
        "Comma-separated extra route segments (and controller or namespace words) that make an endpoint practitioner-facing; " +
        "they extend the defaults `practitioner(s)`, `professionnel(s)`, `praticien(s)`, `ps`, `provider(s)`, `portail-ps`.",
        PractitionerRules);

    public static readonly PiiOption PractitionerRoles = new(
        Prefix + "practitioner_roles", "",
        "Comma-separated extra role or policy names (whole words, any casing) that make an endpoint practitioner-facing; " +
        "they extend the defaults `Practitioner`, `HealthProfessional`, `ProfessionnelDeSante`, `Praticien`, `PS`, `Provider`.",
        PractitionerRules);

    public static readonly PiiOption CallerContextTypes = new(
        Prefix + "caller_context_types", "",
        "Comma-separated extra type names whose members give the calling user's identity (scoping a lookup); " +
        "they extend the defaults `ICurrentUser`, `ICurrentPractitioner`, `IUserContext`, `IPractitionerContext`.",
        RuleIds.UnscopedPractitionerEndpoint);

    /// <summary>All options, in documentation order.</summary>
    public static ImmutableArray<PiiOption> All { get; } = ImmutableArray.Create(Heuristics, IgnoredMembers, PersonContainers)
        .AddRange(PiiCategoryExtensions.All.Select(c => ExtraNames[c]))
        .AddRange(new[] { MaxRows, CallerRowCounts, PagingMethods, PractitionerRouteSegments, PractitionerRoles, CallerContextTypes });

    private static System.Collections.Generic.KeyValuePair<PiiCategory, PiiOption> ExtraNamesFor(PiiCategory category, string suffix)
        => new(category, new PiiOption(
            Prefix + "extra_names." + suffix, "",
            $"Comma-separated extra member names (any casing, words matched as by the lexicon) classified as `{category}`.",
            ClassificationRules));
}
