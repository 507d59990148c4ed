using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PiiAnalyzers.Classification;

/// <summary>
/// Splits identifiers into lower-case ASCII words: camelCase, PascalCase, ACRONYMWord, snake_case, kebab-case and
/// digits all split, and accents are removed so that <c>numéroSécu</c> and <c>numeroSecu</c> read alike.
/// Matching on whole words is what keeps <c>Nirvana</c> and <c>Dobby</c> out.
/// </summary>
internal static class IdentifierWords
{
    /// <summary>Words already split, per identifier: method, member and type names come back all over a code base.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<string>> Known = new(System.StringComparer.Ordinal);

    /// <summary>Bounded, since the table lives as long as the process (an IDE session sees many code bases).</summary>
    private const int MaxKnown = 50_000;

    private static int knownCount;

    public static ImmutableArray<string> Split(string identifier)
    {
        if (string.IsNullOrEmpty(identifier))
        {
            return ImmutableArray<string>.Empty;
        }

        if (Known.TryGetValue(identifier, out var known))
        {
            return known;
        }

        var words = SplitCore(identifier);
        // ConcurrentDictionary.Count takes every lock: the size is counted here instead.
        if (knownCount < MaxKnown && Known.TryAdd(identifier, words))
        {
            System.Threading.Interlocked.Increment(ref knownCount);
        }

        return words;
    }

    private static ImmutableArray<string> SplitCore(string identifier)
    {
        var text = RemoveDiacritics(identifier);
        var words = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0)
            {
                var previous = text[i - 1];
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                var boundary =
                    (char.IsLower(previous) && char.IsUpper(c)) ||
                    (char.IsDigit(previous) != char.IsDigit(c)) ||
                    (char.IsUpper(previous) && char.IsUpper(c) && char.IsLower(next));
                if (boundary)
                {
                    Flush(words, current);
                }
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words.ToImmutable();
    }

    private static void Flush(ImmutableArray<string>.Builder words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private static string RemoveDiacritics(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
