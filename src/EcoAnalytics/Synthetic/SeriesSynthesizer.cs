using EcoAnalytics.Catalog;

namespace EcoAnalytics.Synthetic;

/// <summary>A real value a synthetic series must pass through.</summary>
/// <param name="Year">The year of the real value (may lie outside the generated years).</param>
/// <param name="Value">The real value, in the indicator's unit.</param>
internal readonly record struct Anchor(int Year, double Value);

/// <summary>
/// Draws one county-indicator series of numbers or counts. The path is a straight line from a drawn level with a
/// drawn trend or, when real values exist, the piecewise-linear path through them, continued beyond the outermost
/// ones with the local trend (between the two nearest real values, capped at twice the prior's largest trend; the
/// prior's trend when there is only one). Points trends are linear, percent trends geometric; paths are clamped to
/// the indicator's bounds. The wobble is AR(1) noise (φ = 0.6) added in the indicator's latent space
/// (<see cref="ValueScale"/>: logit for percentages, log for concentrations), from which its own value at the real
/// years is subtracted, linearly interpolated in between, so that it vanishes exactly at the real values and can
/// never push a value out of bounds. Results are rounded to the prior's decimals.
/// </summary>
internal static class SeriesSynthesizer
{
    private const double Persistence = 0.6;

    /// <summary>Fills <paramref name="values"/> (one slot per year from <paramref name="firstYear"/>).</summary>
    /// <param name="values">Output, one value per year.</param>
    /// <param name="firstYear">Year of <c>values[0]</c>.</param>
    /// <param name="indicator">The indicator (bounds, kind).</param>
    /// <param name="prior">Level, trend and noise to draw from.</param>
    /// <param name="terrain">The county's terrain class, for terrain-dependent levels.</param>
    /// <param name="anchors">Real values to pass through, ascending by year, at most one per year.</param>
    /// <param name="rng">The random source; the number of draws depends only on the span of years.</param>
    public static void Fill(Span<double> values, int firstYear, Indicator indicator, IndicatorPrior prior, Terrain terrain, ReadOnlySpan<Anchor> anchors, Random rng)
    {
        var scale = ValueScale.For(indicator);
        var (levelLow, levelHigh) = prior.Level(terrain);
        var level = Clamp(levelLow + (rng.NextDouble() * (levelHigh - levelLow)), indicator);
        var trend = prior.TrendLow + (rng.NextDouble() * (prior.TrendHigh - prior.TrendLow));
        var laggard = rng.NextDouble() < IndicatorPriors.LaggardShare;
        var lagFactor = -0.5 + (0.75 * rng.NextDouble());
        if (laggard && prior.CanLag && anchors.IsEmpty)
        {
            trend *= lagFactor;
        }

        var lastYear = firstYear + values.Length - 1;
        var from = anchors.IsEmpty ? firstYear : Math.Min(firstYear, anchors[0].Year);
        var to = anchors.IsEmpty ? lastYear : Math.Max(lastYear, anchors[^1].Year);
        var reference = anchors.IsEmpty ? level : anchors[^1].Value;
        var noiseSd = prior.Noise == 0 ? 0 : scale.Slope(reference) * prior.PerYear(prior.Noise, reference);

        Span<double> noise = to - from < 256 ? stackalloc double[to - from + 1] : new double[to - from + 1];
        noise[0] = noiseSd * Gaussian(rng);
        var innovation = noiseSd * Math.Sqrt(1 - (Persistence * Persistence));
        for (var i = 1; i < noise.Length; i++)
        {
            noise[i] = (Persistence * noise[i - 1]) + (innovation * Gaussian(rng));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var year = firstYear + i;
            var latent = anchors.IsEmpty
                ? scale.ToLatent(Extend(level, trend, year - firstYear, prior, indicator)) + noise[year - from]
                : scale.ToLatent(Path(year, anchors, indicator, prior, trend)) + Bridged(year, from, noise, anchors);
            values[i] = Finish(scale.FromLatent(latent), prior.Decimals, indicator);
        }
    }

    /// <summary>The path through the anchors: linear between them, extended with the local trend beyond them.</summary>
    private static double Path(int year, ReadOnlySpan<Anchor> anchors, Indicator indicator, IndicatorPrior prior, double trend)
    {
        if (year <= anchors[0].Year || year >= anchors[^1].Year)
        {
            var forward = year >= anchors[^1].Year;
            var near = forward ? anchors[^1] : anchors[0];
            var perYear = anchors.Length == 1 ? trend : LocalTrend(forward ? anchors[^2] : anchors[0], forward ? anchors[^1] : anchors[1], prior);
            return Extend(near.Value, perYear, year - near.Year, prior, indicator);
        }

        var j = 1;
        while (anchors[j].Year < year)
        {
            j++;
        }

        var (a, b) = (anchors[j - 1], anchors[j]);
        return a.Value + ((b.Value - a.Value) * (year - a.Year) / (b.Year - a.Year));
    }

    /// <summary><paramref name="value"/> moved by <paramref name="years"/> years of <paramref name="trend"/> (the prior's form), clamped to the bounds.</summary>
    private static double Extend(double value, double trend, int years, IndicatorPrior prior, Indicator indicator) =>
        Clamp(prior.Trend == TrendForm.Points ? value + (trend * years) : value * Math.Pow(1 + (trend / 100), years), indicator);

    /// <summary>The trend between two real values in the prior's form (points or percent a year), capped at twice the prior's largest.</summary>
    private static double LocalTrend(Anchor a, Anchor b, IndicatorPrior prior)
    {
        var years = b.Year - a.Year;
        var trend = prior.Trend == TrendForm.Points
            ? (b.Value - a.Value) / years
            : a.Value > 0 && b.Value > 0 ? 100 * (Math.Pow(b.Value / a.Value, 1.0 / years) - 1) : 0;
        var cap = 2 * prior.MaxAbsTrend;
        return Math.Clamp(trend, -cap, cap);
    }

    /// <summary>The noise minus its own value at the anchors (interpolated between them, held beyond them).</summary>
    private static double Bridged(int year, int from, ReadOnlySpan<double> noise, ReadOnlySpan<Anchor> anchors)
    {
        var here = noise[year - from];
        if (year <= anchors[0].Year)
        {
            return here - noise[anchors[0].Year - from];
        }

        if (year >= anchors[^1].Year)
        {
            return here - noise[anchors[^1].Year - from];
        }

        var j = 1;
        while (anchors[j].Year < year)
        {
            j++;
        }

        var (a, b) = (anchors[j - 1].Year, anchors[j].Year);
        var t = (double)(year - a) / (b - a);
        return here - (noise[a - from] + (t * (noise[b - from] - noise[a - from])));
    }

    /// <summary>Rounds to <paramref name="decimals"/> and clamps into the indicator's inclusive bounds (counts: at least 0).</summary>
    internal static double Finish(double value, int decimals, Indicator indicator) =>
        Clamp(Math.Round(value, decimals, MidpointRounding.AwayFromZero), indicator);

    // "+ 0.0" turns a rounded −0 into 0, which would otherwise be written as "-0".
    private static double Clamp(double value, Indicator indicator) =>
        Math.Clamp(value, Floor(indicator), indicator.Max ?? double.PositiveInfinity) + 0.0;

    private static double Floor(Indicator indicator) =>
        indicator.Kind == IndicatorKind.Count ? Math.Max(0, indicator.Min ?? 0) : indicator.Min ?? double.NegativeInfinity;

    /// <summary>A standard normal draw (Box–Muller; two uniform draws per call).</summary>
    internal static double Gaussian(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
