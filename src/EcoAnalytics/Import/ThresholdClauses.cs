using EcoAnalytics.Catalog;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Import;

/// <summary>
/// A threshold cell that states several requirements in one sentence, clause by clause, for the indicators of its row:
/// <c>自然生态空间： 生态保护红线 自然保护地 饮用水水源地 河湖岸线</c> with <c>得到严格保护，面积不减少，性质不改变，功能不降低</c>.
/// A status clause (得到严格保护) is the heading's, when the heading is a status indicator; a trend clause without a
/// subject (不减少), or whose subject one of the row's indicators names (面积: 生态保护红线面积, 自然保护地面积…), applies to
/// each of them; every other clause (性质不改变: no indicator measures 性质) is said, with why, and encoded by no rule.
/// </summary>
/// <param name="Heading">The status the heading must reach, when a clause gives one.</param>
/// <param name="Parts">The requirement for each of the row's indicators, when a clause gives one.</param>
/// <param name="Subject">The subject of <paramref name="Parts"/>' clause (面积), empty when it has none.</param>
/// <param name="NotEncoded">The clauses no rule encodes, each with the reason.</param>
internal sealed record ThresholdClauses(ParsedThreshold? Heading, ParsedThreshold? Parts, string Subject, IReadOnlyList<(string Clause, string Why)> NotEncoded)
{
    private static readonly char[] Separators = [',', ';', '。'];

    /// <summary>
    /// One value per indicator of the row separated by commas or semicolons instead of spaces (<c>≥94.2，≥95.1，≥97.5</c>
    /// for three components): the values, in order. <c>null</c> when the count is not the row's, a value does not read, or
    /// a value is not of its indicator's kind (a status label for a number): then it is a sentence, for <see cref="Read"/>.
    /// </summary>
    public static IReadOnlyList<ParsedThreshold>? PerIndicator(string text, IReadOnlyList<Indicator> indicators)
    {
        var clauses = Clauses(text);
        if (indicators.Count < 2 || clauses.Length != indicators.Count)
        {
            return null;
        }

        var values = new List<ParsedThreshold>(clauses.Length);
        foreach (var (clause, indicator) in clauses.Zip(indicators))
        {
            if (ThresholdText.Parse(clause, out _) is not [var one] || (one.Requirement == Requirement.Status) != (indicator.Kind == IndicatorKind.Status))
            {
                return null;
            }

            values.Add(one);
        }

        return values;
    }

    /// <summary>The clauses of <paramref name="text"/> read for <paramref name="names"/>; <c>null</c> when the text is one clause or no clause gives a rule.</summary>
    public static ThresholdClauses? Read(string text, NameReading names)
    {
        var clauses = Clauses(text);
        if (clauses.Length < 2)
        {
            return null;
        }

        var heading = names.Group is { Kind: IndicatorKind.Status } group && !names.Composite ? group : null;
        ParsedThreshold? status = null, parts = null;
        var subject = string.Empty;
        var notEncoded = new List<(string, string)>();
        foreach (var clause in clauses)
        {
            var whole = ThresholdText.Parse(clause, out _) is [var one] ? one : null;
            var trend = ThresholdText.SubjectAndTrend(clause);
            if (whole is { Requirement: Requirement.Status } && (heading is not null || names.Parts.All(p => p.Kind == IndicatorKind.Status)))
            {
                if (heading is null)
                {
                    Take(ref parts, whole, clause);
                }
                else
                {
                    Take(ref status, whole, clause);
                }
            }
            else if (trend is { } t)
            {
                if (!names.Parts.Any(p => Names(p).Any(n => n.Contains(t.Subject, StringComparison.Ordinal))))
                {
                    notEncoded.Add((clause, $"no indicator of the row ({string.Join(", ", names.Parts.Select(p => p.NameZh))}) measures '{t.Subject}'"));
                }
                else if (Take(ref parts, t.Trend, clause))
                {
                    subject = t.Subject;
                }
            }
            else if (whole is { Requirement: not Requirement.Status })
            {
                Take(ref parts, whole, clause);
            }
            else
            {
                notEncoded.Add((clause, whole is null ? "it is not a requirement form the importer reads" : $"'{whole.Label}' is a status and the row has no status heading"));
            }
        }

        return status is null && parts is null ? null : new ThresholdClauses(status, parts, subject, notEncoded);

        // A further clause of another kind is a further rule (≥44，稳定提高: a level and a trend); one of a kind already taken is said.
        bool Take(ref ParsedThreshold? slot, ParsedThreshold value, string clause)
        {
            if (slot is null)
            {
                slot = value;
                return true;
            }

            if (slot.Also.Prepend(slot).All(p => p.Requirement != value.Requirement))
            {
                slot = slot with { Also = [.. slot.Also, value] };
                return false;
            }

            notEncoded.Add((clause, $"a second requirement of one kind for the same indicators ('{slot.Also.Prepend(slot).First(p => p.Requirement == value.Requirement).Text}' comes first); it is not encoded"));
            return false;
        }
    }

    private static string[] Clauses(string text) =>
        ThresholdText.Normalize(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The names an indicator goes by (its name and aliases).</summary>
    public static IEnumerable<string> Names(Indicator indicator) => indicator.AliasesZh.Append(indicator.NameZh);
}
