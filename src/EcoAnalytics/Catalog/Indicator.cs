namespace EcoAnalytics.Catalog;

/// <summary>What kind of quantity an indicator is.</summary>
public enum IndicatorKind
{
    /// <summary>A measured quantity in a unit (%, μg/m³, days, index, …).</summary>
    Numeric,

    /// <summary>A milestone observed as a label (制定实施, 建立, 全面实施, …); see <see cref="StatusScale"/>.</summary>
    Status,

    /// <summary>A non-negative count (e.g. 劣Ⅴ类水体断面 that must be eliminated).</summary>
    Count,
}

/// <summary>Which way is better.</summary>
public enum Direction
{
    /// <summary>Larger values are better (coverage rates, good-air ratio).</summary>
    HigherIsBetter,

    /// <summary>Smaller values are better (PM2.5, energy use per GDP).</summary>
    LowerIsBetter,
}

/// <summary>What "met" means for a <see cref="Direction"/>: the one place it is written.</summary>
public static class Directions
{
    /// <summary>Whether <paramref name="value"/> meets <paramref name="target"/>: ≥ when higher is better, ≤ when lower is better.</summary>
    /// <param name="direction">Which way is better.</param>
    /// <param name="value">The value.</param>
    /// <param name="target">The target (a floor or a ceiling).</param>
    public static bool Meets(this Direction direction, double value, double target) =>
        direction == Direction.HigherIsBetter ? value >= target : value <= target;
}

/// <summary>One indicator of the catalog (<c>datasets/indicators.csv</c>).</summary>
/// <param name="Code">Stable snake_case identifier, e.g. <c>forest_coverage</c>.</param>
/// <param name="NameZh">Chinese name as the seed documents print it.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Unit">Unit of <see cref="IndicatorKind.Numeric"/> values: <c>%</c>, <c>μg/m³</c>, <c>days</c>, <c>index</c>, …; <c>-</c> for status.</param>
/// <param name="Kind">Numeric, status or count.</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="Min">Inclusive lower physical bound, or <c>null</c> when unbounded.</param>
/// <param name="Max">Inclusive upper physical bound (100 for percentages), or <c>null</c> when unbounded.</param>
/// <param name="Domain">Programme domain: 生态制度, 生态安全, 生态空间, 生态经济, 生态生活, 生态文化, or a “两山指数” group.</param>
/// <param name="AliasesZh">Every wording the seed documents use for this indicator.</param>
public sealed record Indicator(
    string Code,
    string NameZh,
    string NameEn,
    string Unit,
    IndicatorKind Kind,
    Direction Direction,
    double? Min,
    double? Max,
    string Domain,
    IReadOnlyList<string> AliasesZh)
{
    /// <summary>For status indicators, the ordinal scale its labels sit on (the milestone ladder unless the catalog says otherwise).</summary>
    public OrdinalScale Scale { get; init; }

    /// <summary>
    /// For a change-size indicator (提高幅度, 下降幅度): the code of the level indicator whose year-on-year improvement it
    /// measures — the level in the year minus the level the year before for a higher-is-better level, the reverse for a
    /// lower-is-better one, in the level's units (points for percentages). It has no observations of its own (it is
    /// computed from the level); upper-level targets for it are assigned under its own code. <c>null</c> otherwise.
    /// </summary>
    public string? ChangeOf { get; init; }

    /// <summary>True when the unit is percent.</summary>
    public bool IsPercentage => Unit == "%";

    /// <summary>The values the indicator can take, [Min, Max] with a missing limit open (±∞).</summary>
    public ValueRange Range => ValueRange.From(Min, Max);

    /// <summary>Whether values are whole numbers: counts (water bodies, incidents) and days.</summary>
    public bool IsWholeNumber => Kind == IndicatorKind.Count || Unit is "days" or "天";

    /// <summary>True when <paramref name="value"/> lies within the inclusive bounds.</summary>
    public bool InBounds(double value) => (Min is not { } min || value >= min) && (Max is not { } max || value <= max);

    /// <summary>+1 when higher is better, −1 when lower is better.</summary>
    public int Sign => Direction == Direction.HigherIsBetter ? 1 : -1;
}
