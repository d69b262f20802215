using System.Globalization;

namespace EcoAnalytics.Simulation;

/// <summary>
/// One change a scenario makes to the projected course of the indicators it targets, as a shift of the value in a
/// year (in the indicator's unit). Every year's uncertainty around the course is kept; years already observed never
/// change.
/// </summary>
/// <param name="Target">A rule name, an indicator code, or <c>*</c> for every projected indicator.</param>
public abstract record ScenarioStep(string Target)
{
    /// <summary>The earliest and latest year a step may name.</summary>
    internal const int MinYear = 1900, MaxYear = 2200;

    /// <summary>The step's kind as written on the command line and in scenario files (push, shock, stall, path).</summary>
    public abstract string Kind { get; }

    /// <summary>Whether the step applies to a rule and its indicator.</summary>
    public bool AppliesTo(string rule, string indicator) =>
        Target == "*" || string.Equals(Target, rule, StringComparison.Ordinal) || string.Equals(Target, indicator, StringComparison.Ordinal);

    /// <summary>
    /// The shift of the value in <paramref name="year"/>, in the indicator's unit (signed: + raises the value), for a
    /// series last observed in <paramref name="lastObserved"/> whose better direction is <paramref name="better"/>
    /// (+1 higher, −1 lower) and whose central projection is <paramref name="central"/>.
    /// </summary>
    internal abstract double Shift(int year, int lastObserved, int better, Func<int, double> central);

    /// <summary>Throws <see cref="FormatException"/> when the step is not meaningful.</summary>
    internal virtual void Validate()
    {
        if (string.IsNullOrWhiteSpace(Target))
        {
            throw new FormatException($"{Kind}: the target (rule name, indicator code or *) is empty");
        }
    }

    private protected static void CheckYear(string kind, int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new FormatException($"{kind}: year {year} is outside {MinYear}–{MaxYear}");
        }
    }

    private protected static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>A policy push: <paramref name="PerYear"/> more improvement every year from <paramref name="FromYear"/> on (cumulative).</summary>
/// <param name="Target">Rule name, indicator code or <c>*</c>.</param>
/// <param name="PerYear">Extra improvement per year in the indicator's unit, in its better direction (≥ 0).</param>
/// <param name="FromYear">The first year pushed (years already observed are skipped).</param>
public sealed record PushStep(string Target, double PerYear, int FromYear) : ScenarioStep(Target)
{
    /// <inheritdoc/>
    public override string Kind => "push";

    internal override double Shift(int year, int lastObserved, int better, Func<int, double> central)
    {
        var years = year - Math.Max(FromYear, lastObserved + 1) + 1;
        return years > 0 ? better * PerYear * years : 0;
    }

    internal override void Validate()
    {
        base.Validate();
        CheckYear(Kind, FromYear);
        if (!(PerYear >= 0) || !double.IsFinite(PerYear))
        {
            throw new FormatException($"push: the extra improvement per year must be a number ≥ 0 (got {N(PerYear)}); a worsening is a shock");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"push {Target} +{N(PerYear)}/yr from {FromYear}";
}

/// <summary>A one-off setback of <paramref name="Size"/> in <paramref name="Year"/>, not made up later (the level stays lower).</summary>
/// <param name="Target">Rule name, indicator code or <c>*</c>.</param>
/// <param name="Size">The setback in the indicator's unit, against its better direction (≥ 0).</param>
/// <param name="Year">The year of the shock (a year already observed has no effect).</param>
public sealed record ShockStep(string Target, double Size, int Year) : ScenarioStep(Target)
{
    /// <inheritdoc/>
    public override string Kind => "shock";

    internal override double Shift(int year, int lastObserved, int better, Func<int, double> central) =>
        Year > lastObserved && year >= Year ? -better * Size : 0;

    internal override void Validate()
    {
        base.Validate();
        CheckYear(Kind, Year);
        if (!(Size >= 0) || !double.IsFinite(Size))
        {
            throw new FormatException($"shock: the setback must be a number ≥ 0 (got {N(Size)}); an improvement is a push");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"shock {Target} −{N(Size)} in {Year}";
}

/// <summary>A stalled trend: from <paramref name="FromYear"/> the central projection stays at its value of the year before.</summary>
/// <param name="Target">Rule name, indicator code or <c>*</c>.</param>
/// <param name="FromYear">The first year without progress (not before the first projected year).</param>
public sealed record StallStep(string Target, int FromYear) : ScenarioStep(Target)
{
    /// <inheritdoc/>
    public override string Kind => "stall";

    internal override double Shift(int year, int lastObserved, int better, Func<int, double> central)
    {
        var frozen = Math.Max(FromYear - 1, lastObserved);
        return year > frozen ? central(frozen) - central(year) : 0;
    }

    internal override void Validate()
    {
        base.Validate();
        CheckYear(Kind, FromYear);
    }

    /// <inheritdoc/>
    public override string ToString() => $"stall {Target} from {FromYear}";
}

/// <summary>
/// A custom course: the central projection follows <paramref name="Values"/> (linear between the given years, the last
/// value held after them; before the first given year the fitted trend stands). The uncertainty around it is the model's.
/// </summary>
/// <param name="Target">Rule name, indicator code or <c>*</c>.</param>
/// <param name="Values">Central values by year, in the indicator's unit.</param>
public sealed record PathStep(string Target, IReadOnlyDictionary<int, double> Values) : ScenarioStep(Target)
{
    /// <inheritdoc/>
    public override string Kind => "path";

    internal override double Shift(int year, int lastObserved, int better, Func<int, double> central)
    {
        if (year <= lastObserved || Value(year) is not { } value)
        {
            return 0;
        }

        return value - central(year);
    }

    internal override void Validate()
    {
        base.Validate();
        if (Values.Count == 0)
        {
            throw new FormatException("path: no YEAR:VALUE given");
        }

        foreach (var (year, value) in Values)
        {
            CheckYear(Kind, year);
            if (!double.IsFinite(value))
            {
                throw new FormatException($"path: the value for {year} is not a finite number");
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"path {Target} " + string.Join(", ", Values.OrderBy(p => p.Key).Select(p => $"{p.Key}:{N(p.Value)}"));

    private double? Value(int year)
    {
        (int Year, double Value)? before = null, after = null;
        foreach (var (y, v) in Values)
        {
            if (y <= year && (before is null || y > before.Value.Year))
            {
                before = (y, v);
            }

            if (y >= year && (after is null || y < after.Value.Year))
            {
                after = (y, v);
            }
        }

        return (before, after) switch
        {
            (null, _) => null,
            ({ } b, null) => b.Value,
            ({ } b, { } a) when a.Year == b.Year => b.Value,
            ({ } b, { } a) => b.Value + ((a.Value - b.Value) * (year - b.Year) / (a.Year - b.Year)),
        };
    }
}
