using System.Linq;
using System.Text;
using PiiAnalyzers.Classification;

namespace PiiAnalyzers.Cli.Output;

/// <summary>
/// The last line of defence: every output passes through <see cref="Mask"/>, which replaces anything shaped like a
/// valid NIR with a mask. Outputs are built from names and messages only, so this should never fire; if a member
/// name, path or analyzer message ever carries a number, the report still does not become one more copy of it.
/// </summary>
internal static class Masking
{
    public const string NirMask = "N-NN-NN-NN-NNN-NNN-NN";

    public static string Mask(string text)
    {
        var matches = NirValidator.FindIn(text).OrderBy(match => match.Start).ToList();
        if (matches.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, length) in matches)
        {
            if (start < position)
            {
                continue;
            }

            builder.Append(text, position, start - position).Append(NirMask);
            position = start + length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
