using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Classification;

/// <summary>What the name heuristics found in an identifier.</summary>
internal readonly struct NameMatch
{
    public NameMatch(PiiCategory categories, bool needsPersonContainer)
    {
        Categories = categories;
        NeedsPersonContainer = needsPersonContainer;
    }

    public PiiCategory Categories { get; }

    /// <summary>True when only weak entries matched: the name classifies only inside a person-like container.</summary>
    public bool NeedsPersonContainer { get; }

    public bool IsMatch => Categories != PiiCategory.None;
}

/// <summary>
/// Matches identifiers against <see cref="NameLexicon"/> plus user-configured names. Immutable and thread-safe; one
/// instance per distinct configuration.
/// </summary>
internal sealed class NameClassifier
{
    private const int MaxRun = 5;

    public static readonly NameClassifier Default = new(ImmutableDictionary<PiiCategory, ImmutableArray<string>>.Empty);

    /// <summary>Matches nothing: the configured names when none are configured.</summary>
    public static readonly NameClassifier Empty = new(ImmutableDictionary<PiiCategory, ImmutableArray<string>>.Empty, includeLexicon: false);

    private readonly Dictionary<string, PiiCategory> strong;
    private readonly Dictionary<string, PiiCategory> weak;
    private readonly HashSet<string> blockers;
    private readonly HashSet<string> personWords;
    private readonly HashSet<string> neutralWords;
    private readonly HashSet<string> notTheData;
    private readonly Dictionary<PiiCategory, HashSet<string>> notTheDataByCategory;

    /// <summary>
    /// Answers per identifier: the same names (<c>id</c>, <c>cancellationToken</c>, <c>beneficiary</c>) come back in
    /// every method, and splitting them into words allocates. Bounded by the distinct identifiers of the code base.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NameMatch> matches = new(System.StringComparer.Ordinal);

    /// <summary>A classifier lives as long as its configuration (shared across compilations in an IDE session).</summary>
    private const int MaxRememberedNames = 50_000;

    private int rememberedNames;

    public NameClassifier(ImmutableDictionary<PiiCategory, ImmutableArray<string>> extraNames, bool includeLexicon = true)
    {
        strong = BuildTable(includeLexicon ? NameLexicon.Strong : System.Array.Empty<(PiiCategory, string[])>());
        weak = BuildTable(includeLexicon ? NameLexicon.Weak : System.Array.Empty<(PiiCategory, string[])>());
        foreach (var pair in extraNames)
        {
            foreach (var name in pair.Value)
            {
                var key = Compact(name);
                if (key.Length > 0)
                {
                    strong[key] = strong.TryGetValue(key, out var existing) ? existing | pair.Key : pair.Key;
                }
            }
        }

        blockers = new HashSet<string>(NameLexicon.Blockers.Select(Compact), StringComparer.Ordinal);
        personWords = new HashSet<string>(NameLexicon.PersonWords, StringComparer.Ordinal);
        neutralWords = new HashSet<string>(NameLexicon.NeutralWords, StringComparer.Ordinal);
        notTheData = new HashSet<string>(NameLexicon.NotTheDataWords, StringComparer.Ordinal);
        notTheDataByCategory = NameLexicon.NotTheDataWordsByCategory.ToDictionary(
            e => e.Category, e => new HashSet<string>(e.Words, StringComparer.Ordinal));
    }

    /// <summary>Whether a word names a person (for person-like containers: Beneficiary, Assure, Patient...).</summary>
    public bool IsPersonWord(string word) => personWords.Contains(word) || personWords.Contains(Singular(word));

    public bool IsPersonLikeName(string typeName)
    {
        foreach (var word in IdentifierWords.Split(typeName))
        {
            if (IsPersonWord(word))
            {
                return true;
            }
        }

        return false;
    }

    public NameMatch Match(string identifier)
    {
        if (matches.TryGetValue(identifier, out var known))
        {
            return known;
        }

        var match = Match(IdentifierWords.Split(identifier));
        // ConcurrentDictionary.Count takes every lock: the size is counted here instead.
        if (rememberedNames < MaxRememberedNames && matches.TryAdd(identifier, match))
        {
            System.Threading.Interlocked.Increment(ref rememberedNames);
        }

        return match;
    }

    public NameMatch Match(ImmutableArray<string> words)
    {
        if (words.IsDefaultOrEmpty)
        {
            return default;
        }

        var used = new bool[words.Length];
        MarkRuns(words, used, (key, _, _) => blockers.Contains(key) || blockers.Contains(Singular(key)));

        var strongCategories = PiiCategory.None;
        var weakCategories = PiiCategory.None;
        var matched = new bool[words.Length];

        // Longest runs first, so that "marital status" wins over "marital" and leaves no stray "status" behind.
        for (var length = Math.Min(MaxRun, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (AnyUsed(used, start, length))
                {
                    continue;
                }

                var key = Concat(words, start, length);
                if (Lookup(strong, key, out var category))
                {
                    strongCategories |= category;
                }
                else if (Lookup(weak, key, out category))
                {
                    weakCategories |= category;
                }
                else
                {
                    continue;
                }

                for (var i = start; i < start + length; i++)
                {
                    used[i] = true;
                    matched[i] = true;
                }
            }
        }

        if (strongCategories == PiiCategory.None && weakCategories == PiiCategory.None)
        {
            return default;
        }

        // Leftover words decide whether the member is the data or something about it.
        var leftoverArePersonOrNeutral = true;
        var personWordInName = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (matched[i])
            {
                continue;
            }

            var word = words[i];
            if (IsPersonWord(word))
            {
                personWordInName = true;
            }
            else if (!neutralWords.Contains(word) && !IsDigits(word))
            {
                leftoverArePersonOrNeutral = false;
            }
        }

        strongCategories = RemoveDescribed(strongCategories, words, matched);
        weakCategories = RemoveDescribed(weakCategories, words, matched) & ~strongCategories;

        if (strongCategories != PiiCategory.None)
        {
            return new NameMatch(strongCategories, needsPersonContainer: false);
        }

        if (weakCategories != PiiCategory.None && leftoverArePersonOrNeutral)
        {
            return new NameMatch(weakCategories, needsPersonContainer: !personWordInName);
        }

        return default;
    }

    private PiiCategory RemoveDescribed(PiiCategory categories, ImmutableArray<string> words, bool[] matched)
    {
        if (categories == PiiCategory.None)
        {
            return categories;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (matched[i])
            {
                continue;
            }

            var word = words[i];
            if (notTheData.Contains(word))
            {
                return PiiCategory.None;
            }

            foreach (var pair in notTheDataByCategory)
            {
                if ((categories & pair.Key) != 0 && pair.Value.Contains(word))
                {
                    categories &= ~pair.Key;
                }
            }
        }

        return categories;
    }

    private static void MarkRuns(ImmutableArray<string> words, bool[] used, Func<string, int, int, bool> predicate)
    {
        for (var length = Math.Min(MaxRun, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (AnyUsed(used, start, length) || !predicate(Concat(words, start, length), start, length))
                {
                    continue;
                }

                for (var i = start; i < start + length; i++)
                {
                    used[i] = true;
                }
            }
        }
    }

    private static bool Lookup(Dictionary<string, PiiCategory> table, string key, out PiiCategory category)
        => table.TryGetValue(key, out category) || (key.Length > 3 && table.TryGetValue(Singular(key), out category));

    private static string Singular(string word)
        => word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's' ? word.Substring(0, word.Length - 1) : word;

    private static bool AnyUsed(bool[] used, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (used[i])
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Concat(ImmutableArray<string> words, int start, int length)
        => length == 1 ? words[start] : string.Concat(words.Skip(start).Take(length));

    /// <summary>The lookup key of an entry or a configured name: its words, concatenated.</summary>
    internal static string Compact(string entry) => string.Concat(IdentifierWords.Split(entry));

    private static Dictionary<string, PiiCategory> BuildTable((PiiCategory Category, string[] Entries)[] source)
    {
        var table = new Dictionary<string, PiiCategory>(StringComparer.Ordinal);
        foreach (var (category, entries) in source)
        {
            foreach (var entry in entries)
            {
                var key = Compact(entry);
                table[key] = table.TryGetValue(key, out var existing) ? existing | category : category;
            }
        }

        return table;
    }
}
