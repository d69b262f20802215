using EcoAnalytics.Internal;

namespace EcoAnalytics.Diagnostics;

/// <summary>"Did you mean" for names a user types: counties, indicators, rules, threshold sets, options.</summary>
public static class Suggestions
{
    /// <summary>
    /// Up to <paramref name="max"/> candidates close to <paramref name="word"/> (edit distance at most a third of its
    /// length, at least 2, ignoring case; or one containing the other), closest first.
    /// </summary>
    /// <param name="word">What the user typed.</param>
    /// <param name="candidates">The names that exist.</param>
    /// <param name="max">How many to return at most.</param>
    public static IReadOnlyList<string> For(string word, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        return EditDistance.Suggest(word, candidates, max);
    }

    /// <summary><c> (did you mean 'a' or 'b'?)</c>, or empty when nothing is close.</summary>
    /// <param name="word">What the user typed.</param>
    /// <param name="candidates">The names that exist.</param>
    public static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        var close = For(word, candidates);
        return close.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?)";
    }
}
