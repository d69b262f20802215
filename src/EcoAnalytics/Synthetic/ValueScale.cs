using EcoAnalytics.Catalog;

namespace EcoAnalytics.Synthetic;

/// <summary>
/// The space a synthetic series' noise is added in, chosen from the indicator's bounds so that noise can never push a
/// value out of them: logit for indicators bounded on both sides (percentages), log for those bounded below only
/// (concentrations, GDP), identity otherwise (and for counts, which must be able to reach exactly zero).
/// </summary>
internal readonly record struct ValueScale(double Min, double Max, ValueScale.Form Shape)
{
    /// <summary>
    /// How far inside the bounds values are moved before transforming (fraction of the range, or absolute for log):
    /// small enough that a value on a bound comes back on it after rounding.
    /// </summary>
    private const double Margin = 1e-9;

    internal enum Form
    {
        Identity,
        Log,
        Logit,
    }

    /// <summary>The scale for <paramref name="indicator"/>; counts stay linear so that they can fall to exactly zero.</summary>
    public static ValueScale For(Indicator indicator) =>
        (indicator.Min, indicator.Max) switch
        {
            _ when indicator.Kind == IndicatorKind.Count => new ValueScale(double.NegativeInfinity, double.PositiveInfinity, Form.Identity),
            ({ } min, { } max) when max > min => new ValueScale(min, max, Form.Logit),
            ({ } min, _) => new ValueScale(min, double.PositiveInfinity, Form.Log),
            _ => new ValueScale(double.NegativeInfinity, double.PositiveInfinity, Form.Identity),
        };

    /// <summary>Value → latent space; values on or beyond a bound are first moved just inside it.</summary>
    public double ToLatent(double value)
    {
        switch (Shape)
        {
            case Form.Logit:
                var p = Math.Clamp((value - Min) / (Max - Min), Margin, 1 - Margin);
                return Math.Log(p / (1 - p));
            case Form.Log:
                return Math.Log(Math.Max(value - Min, Margin));
            default:
                return value;
        }
    }

    /// <summary>Latent space → value, strictly inside the bounds.</summary>
    public double FromLatent(double latent) =>
        Shape switch
        {
            Form.Logit => Min + ((Max - Min) / (1 + Math.Exp(-latent))),
            Form.Log => Min + Math.Exp(latent),
            _ => latent,
        };

    /// <summary>
    /// d latent / d value at <paramref name="value"/>, to convert a change per year or a wobble in the unit into latent
    /// units. Evaluated no closer to a bound than 5 % of the range (logit) or 1 unit (log): at a bound the derivative
    /// is unbounded and would turn a tenth of a point into a jump across the whole range.
    /// </summary>
    public double Slope(double value)
    {
        switch (Shape)
        {
            case Form.Logit:
                var p = Math.Clamp((value - Min) / (Max - Min), 0.05, 0.95);
                return 1 / ((Max - Min) * p * (1 - p));
            case Form.Log:
                return 1 / Math.Max(value - Min, 1);
            default:
                return 1;
        }
    }
}
