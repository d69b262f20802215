namespace EcoAnalytics.Internal;

/// <summary>Levenshtein distance for did-you-mean suggestions.</summary>
internal static class EditDistance
{
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>The closest candidates within a distance proportional to the word's length, best first.</summary>
    public static IReadOnlyList<string> Suggest(string word, IEnumerable<string> candidates, int max = 3)
    {
        var limit = Math.Max(2, word.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Between(word, c)))
            .Where(x => x.Distance <= limit || x.Candidate.Contains(word, StringComparison.OrdinalIgnoreCase) || (word.Length >= 4 && word.Contains(x.Candidate, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .Distinct(StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }
}
