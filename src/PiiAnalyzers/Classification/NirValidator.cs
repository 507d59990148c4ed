using System.Collections.Generic;

namespace PiiAnalyzers.Classification;

/// <summary>
/// Validates French social security numbers (NIR, and the temporary NIA): 15 characters, with or without spaces.
/// </summary>
/// <remarks>
/// Layout: sex (1, 2; 3, 4, 7, 8 for temporary numbers), year (2 digits), month (01–12, 20–42 or 50–99 for
/// unknown or special months), department (01–99, 2A, 2B) and commune (3 digits) — or, overseas (97x, 98x), a
/// three-digit department and a two-digit commune —, order number (3 digits, not 000), and a key equal to
/// 97 − (the first 13 characters as a number, 2A read as 19 and 2B as 18) mod 97.
/// </remarks>
internal static class NirValidator
{
    public const int Length = 15;

    /// <summary>Whether the text is exactly a valid NIR, spaces allowed between characters.</summary>
    public static bool IsValid(string? text)
        => text is not null && TryNormalize(text, 0, text.Length, out var normalized) && IsValidNormalized(normalized);

    /// <summary>Whether 15 characters (no spaces, upper-case A/B) form a valid NIR.</summary>
    public static bool IsValidNormalized(string nir)
    {
        if (nir.Length != Length)
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            if (i is 5 or 6)
            {
                continue;
            }

            if (!IsDigit(nir[i]))
            {
                return false;
            }
        }

        if (nir[0] is not ('1' or '2' or '3' or '4' or '7' or '8'))
        {
            return false;
        }

        var month = Number(nir, 3, 2);
        if (!(month is >= 1 and <= 12 || month is >= 20 and <= 42 || month is >= 50 and <= 99))
        {
            return false;
        }

        var corsica = nir[5] == '2' && nir[6] is 'A' or 'B';
        if (!corsica && !(IsDigit(nir[5]) && IsDigit(nir[6])))
        {
            return false;
        }

        if (!corsica && Number(nir, 5, 2) == 0)
        {
            return false;
        }

        // Overseas departments use three digits and leave two for the commune; elsewhere the commune has three.
        var overseas = !corsica && nir[5] == '9' && nir[6] is '7' or '8';
        var commune = overseas ? Number(nir, 8, 2) : Number(nir, 7, 3);
        if (commune == 0 || Number(nir, 10, 3) == 0)
        {
            return false;
        }

        var key = Number(nir, 13, 2);
        return key is >= 1 and <= 97 && key == ComputeKey(nir);
    }

    /// <summary>The control key of the first 13 characters of a normalised NIR.</summary>
    public static int ComputeKey(string nir)
    {
        long value = 0;
        for (var i = 0; i < 13; i++)
        {
            var digit = nir[i] switch
            {
                'A' => -1,
                'B' => -2,
                _ => nir[i] - '0',
            };

            if (digit < 0)
            {
                // 2A reads as 19 and 2B as 18: the '2' already appended becomes '1', and this digit 9 or 8.
                value = value - 1;
                digit = digit == -1 ? 9 : 8;
            }

            value = value * 10 + digit;
        }

        return (int)(97 - value % 97);
    }

    /// <summary>
    /// Reads the NIR starting at <paramref name="start"/> in <paramref name="text"/> within <paramref name="end"/>,
    /// allowing single spaces between characters, and returns it without spaces.
    /// </summary>
    public static bool TryNormalize(string text, int start, int end, out string normalized)
    {
        var buffer = new char[Length];
        var count = 0;
        var previousWasSpace = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == ' ' || c == '\u00A0')
            {
                if (count == 0 || previousWasSpace)
                {
                    normalized = string.Empty;
                    return false;
                }

                previousWasSpace = true;
                continue;
            }

            previousWasSpace = false;
            if (count == Length)
            {
                normalized = string.Empty;
                return false;
            }

            buffer[count++] = char.ToUpperInvariant(c);
        }

        normalized = new string(buffer, 0, count);
        return count == Length && !previousWasSpace;
    }

    /// <summary>
    /// Finds the valid NIRs inside a longer text (a message, a JSON sample, a SQL script): runs of 15 NIR characters,
    /// single spaces allowed, not glued to other letters or digits. Linear in the length of the text.
    /// </summary>
    public static IEnumerable<(int Start, int Length)> FindIn(string text)
    {
        for (var start = 0; start < text.Length; start++)
        {
            var first = text[start];
            if (first is not ('1' or '2' or '3' or '4' or '7' or '8') || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            var count = 0;
            var i = start;
            var lastSignificant = start;
            while (i < text.Length && count < Length)
            {
                var c = text[i];
                if (IsDigit(c) || c is 'A' or 'B' or 'a' or 'b')
                {
                    count++;
                    lastSignificant = i;
                    i++;
                }
                else if (c is ' ' or '\u00A0' && i + 1 < text.Length && text[i + 1] is not (' ' or '\u00A0'))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var end = lastSignificant + 1;
            if (count != Length || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            if (TryNormalize(text, start, end, out var normalized) && IsValidNormalized(normalized))
            {
                yield return (start, end - start);
                start = end - 1;
            }
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int Number(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = value * 10 + (text[i] - '0');
        }

        return value;
    }
}
