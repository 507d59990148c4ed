using PiiAnalyzers.Classification;

namespace PiiAnalyzers.Flow;

/// <summary>
/// What a value carries: the categories of personal data, the member they came from, whether the value is a whole
/// object that shows its members when printed, and which parameters of the analysed method reach it (for wrappers).
/// </summary>
internal readonly struct Taint
{
    public static readonly Taint None = default;

    /// <summary>A value that went through a barrier (redaction, hash, derived value): known to be harmless.</summary>
    public static readonly Taint Sanitized = new(PiiCategory.None, null, wholeObject: false, parameters: 0, sanitized: true);

    public Taint(PiiCategory categories, string? member, bool wholeObject = false, ulong parameters = 0, bool sanitized = false)
    {
        Categories = categories;
        Member = member;
        WholeObject = wholeObject;
        Parameters = parameters;
        IsSanitized = sanitized;
    }

    public PiiCategory Categories { get; }

    public string? Member { get; }

    public bool WholeObject { get; }

    /// <summary>Bit i: parameter i of the analysed method flows into this value.</summary>
    public ulong Parameters { get; }

    public bool IsSanitized { get; }

    public bool IsPersonal => Categories != PiiCategory.None;

    /// <summary>Carries personal data or a parameter of the analysed method: worth reporting or summarising.</summary>
    public bool IsInteresting => IsPersonal || Parameters != 0;

    public static Taint Parameter(int ordinal) => ordinal is >= 0 and < 64 ? new Taint(PiiCategory.None, null, parameters: 1UL << ordinal) : None;

    public Taint Union(Taint other)
    {
        if (!other.IsInteresting)
        {
            return IsInteresting || !other.IsSanitized ? this : other;
        }

        if (!IsInteresting)
        {
            return other;
        }

        return new Taint(
            Categories | other.Categories,
            Member ?? other.Member,
            (WholeObject && IsPersonal) || (other.WholeObject && other.IsPersonal),
            Parameters | other.Parameters);
    }

    public Taint AsWholeObject() => new(Categories, Member, wholeObject: true, Parameters);

    public Taint AsValue() => new(Categories, Member, wholeObject: false, Parameters);
}
