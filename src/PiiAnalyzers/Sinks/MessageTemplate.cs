using System.Collections.Generic;

namespace PiiAnalyzers.Sinks;

/// <summary>The holes of a message template (MEL, Serilog, NLog, composite format): <c>{Nir}</c>, <c>{@Beneficiary}</c>, <c>{0}</c>.</summary>
internal static class MessageTemplate
{
    /// <summary>A hole: its text span in the template and its name (with a leading <c>@</c> or <c>$</c> when present).</summary>
    public readonly struct Hole
    {
        public Hole(int start, int length, string name)
        {
            Start = start;
            Length = length;
            Name = name;
        }

        public int Start { get; }

        public int Length { get; }

        public string Name { get; }

        public bool Destructures => Name.StartsWith("@", System.StringComparison.Ordinal);

        public string PlainName => Name.TrimStart('@', '$');
    }

    public static List<Hole> Parse(string template)
    {
        var holes = new List<Hole>();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{')
            {
                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    break;
                }

                var content = template.Substring(i + 1, end - i - 1);
                var cut = content.IndexOfAny(new[] { ',', ':' });
                holes.Add(new Hole(i, end - i + 1, (cut >= 0 ? content.Substring(0, cut) : content).Trim()));
                i = end;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                i++;
            }
        }

        return holes;
    }

    /// <summary>
    /// The hole an argument fills: composite formats (<c>{0}</c>) by number, named templates by position.
    /// </summary>
    public static Hole? HoleFor(List<Hole> holes, int argumentIndex)
    {
        var numbered = holes.Count > 0 && int.TryParse(holes[0].PlainName, out _);
        if (numbered)
        {
            foreach (var hole in holes)
            {
                if (int.TryParse(hole.PlainName, out var number) && number == argumentIndex)
                {
                    return hole;
                }
            }

            return null;
        }

        // Named holes: arguments fill distinct names in order of first appearance.
        var seen = new List<string>();
        foreach (var hole in holes)
        {
            if (!seen.Contains(hole.PlainName))
            {
                if (seen.Count == argumentIndex)
                {
                    return hole;
                }

                seen.Add(hole.PlainName);
            }
        }

        return null;
    }
}
