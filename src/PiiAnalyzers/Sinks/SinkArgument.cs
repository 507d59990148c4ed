using Microsoft.CodeAnalysis;
using PiiAnalyzers.Classification;

namespace PiiAnalyzers.Sinks;

/// <summary>An argument of a sink call: the value written, where it goes, and how.</summary>
internal readonly struct SinkArgument
{
    public SinkArgument(
        IOperation value, SinkKind kind, bool destructured, int holeIndex = -1, IOperation? template = null, bool enumerated = false,
        PiiCategory shown = PiiCategory.None)
    {
        Shown = shown;
        Value = value;
        Kind = kind;
        Destructured = destructured;
        HoleIndex = holeIndex;
        Template = template;
        Enumerated = enumerated;
    }

    public IOperation Value { get; }

    public SinkKind Kind { get; }

    /// <summary>Written member by member (<c>{@X}</c>, <c>destructureObjects: true</c>): a holder shows its members.</summary>
    public bool Destructured { get; }

    /// <summary>
    /// For a destructured argument, the categories of what is written when that is not every member of the value: a
    /// <c>[LogProperties]</c> parameter's members classified by an attribute go through the redactor. None: every member.
    /// </summary>
    public PiiCategory Shown { get; }

    /// <summary>
    /// A message-template argument of a structured logger (Microsoft.Extensions.Logging, Serilog, NLog), which writes a
    /// collection element by element, each with its own text: a list of records shows every record's members.
    /// </summary>
    public bool Enumerated { get; }

    /// <summary>For a template argument whose template is a literal: the index of the hole it fills, else -1.</summary>
    public int HoleIndex { get; }

    /// <summary>The template argument's value, when <see cref="HoleIndex"/> is known.</summary>
    public IOperation? Template { get; }
}
