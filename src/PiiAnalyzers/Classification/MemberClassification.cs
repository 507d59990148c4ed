namespace PiiAnalyzers.Classification;

/// <summary>Where a classification came from, strongest first (DESIGN.md, "Classification sources").</summary>
internal enum ClassificationSource
{
    None = 0,
    Attribute,
    Configuration,
    NameHeuristic,
}

/// <summary>The classification of one field, property, parameter or local.</summary>
internal readonly struct MemberClassification
{
    public static readonly MemberClassification NotPersonal = default;

    public static readonly MemberClassification OptedOut = new(PiiCategory.None, ClassificationSource.Attribute);

    public MemberClassification(PiiCategory categories, ClassificationSource source)
    {
        Categories = categories;
        Source = source;
    }

    public PiiCategory Categories { get; }

    public ClassificationSource Source { get; }

    public bool IsPersonalData => Categories != PiiCategory.None;

    /// <summary>Classified by an attribute (ours, a data classification, Identity), so no suggestion is needed.</summary>
    public bool IsExplicit => Source == ClassificationSource.Attribute;
}
