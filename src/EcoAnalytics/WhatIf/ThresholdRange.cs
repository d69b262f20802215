using System.Globalization;

namespace EcoAnalytics.WhatIf;

/// <summary>
/// The thresholds a sweep tries for one rule or indicator: <see cref="From"/>, <see cref="From"/> + <see cref="Step"/>, …
/// up to <see cref="To"/>, each computed as <c>From + i × Step</c> (no accumulated rounding).
/// </summary>
/// <param name="Code">Rule name or indicator code whose threshold is swept.</param>
/// <param name="From">First threshold.</param>
/// <param name="To">Last threshold at most.</param>
/// <param name="Step">Distance between thresholds, &gt; 0.</param>
public sealed record ThresholdRange(string Code, double From, double To, double Step)
{
    /// <summary>The most thresholds one sweep tries.</summary>
    public const int MaxSteps = 1000;

    /// <summary>Parses <c>CODE=a:b:step</c> (invariant-culture numbers) and checks the range.</summary>
    /// <param name="text">The text, e.g. <c>forest_grass_coverage=40:46:0.5</c>.</param>
    /// <exception cref="FormatException">The text is not of that form, or the range is unusable (<see cref="Problem"/>).</exception>
    public static ThresholdRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var parts = eq > 0 ? text[(eq + 1)..].Split(':', StringSplitOptions.TrimEntries) : [];
        if (eq <= 0 || parts.Length != 3)
        {
            throw new FormatException($"'{text}' is not CODE=FROM:TO:STEP (e.g. forest_grass_coverage=40:46:0.5)");
        }

        var numbers = new double[3];
        for (var i = 0; i < 3; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                throw new FormatException($"'{parts[i]}' in '{text}' is not a number (use '.' for decimals)");
            }
        }

        var range = new ThresholdRange(text[..eq].Trim(), numbers[0], numbers[1], numbers[2]);
        return range.Problem() is { } problem ? throw new FormatException($"'{text}': {problem}") : range;
    }

    /// <summary>Why the range cannot be swept (step not positive, from after to, more than <see cref="MaxSteps"/> thresholds), or null.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return "no rule or indicator named";
        }

        if (!double.IsFinite(From) || !double.IsFinite(To) || !double.IsFinite(Step))
        {
            return "the bounds and the step must be finite numbers";
        }

        if (Step <= 0)
        {
            return $"the step {Number(Step)} must be greater than 0";
        }

        if (From > To)
        {
            return $"from {Number(From)} is greater than to {Number(To)}";
        }

        var count = Math.Floor(((To - From) / Step) + 1e-9) + 1;
        return count > MaxSteps ? $"{Number(From)} to {Number(To)} by {Number(Step)} gives {count.ToString("0", CultureInfo.InvariantCulture)} thresholds; at most {MaxSteps} (take a larger step)" : null;
    }

    /// <summary>The thresholds, in increasing order: <c>From + i × Step</c> for i = 0, 1, … while at most <see cref="To"/>.</summary>
    /// <exception cref="ArgumentException">The range is unusable (<see cref="Problem"/>).</exception>
    public IReadOnlyList<double> Thresholds()
    {
        if (Problem() is { } problem)
        {
            throw new ArgumentException($"threshold range {this}: {problem}");
        }

        var count = (int)Math.Floor(((To - From) / Step) + 1e-9) + 1;
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Fifteen significant digits: 0.1 + 2 × 0.1 is 0.3, not 0.30000000000000004.
            var t = double.Parse((From + (i * Step)).ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            values[i] = Math.Min(t, To);
        }

        return values;
    }

    /// <summary>The range as <c>CODE=from:to:step</c>.</summary>
    public override string ToString() => $"{Code}={Number(From)}:{Number(To)}:{Number(Step)}";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
