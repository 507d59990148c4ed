using System.Collections.Immutable;

namespace PiiAnalyzers.Options;

/// <summary>
/// One <c>.editorconfig</c> / <c>.globalconfig</c> key: its name, its default, what it means and which rules read it.
/// The documentation test checks that every option appears on the page of every rule that reads it.
/// </summary>
internal sealed class PiiOption
{
    public PiiOption(string key, string defaultValue, string description, params string[] readBy)
    {
        Key = key;
        DefaultValue = defaultValue;
        Description = description;
        ReadBy = ImmutableArray.Create(readBy);
    }

    public string Key { get; }

    public string DefaultValue { get; }

    public string Description { get; }

    public ImmutableArray<string> ReadBy { get; }
}
