namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// The cut-offs a verdict was judged with: statistic ≥ High is the best tier, ≥ Medium the next, ≥ Low the next,
/// below Low the worst (SDSN uses "&gt; Medium"; UNSD has no Low tier, so Low equals Medium there).
/// </summary>
/// <param name="Name">The threshold set, for example "Eurostat/StatCan 0.95/0.6/0".</param>
/// <param name="Statistic">What is compared, for example "R = CAGR_observed / CAGR_required".</param>
/// <param name="High">The best tier's cut-off.</param>
/// <param name="Medium">The second tier's cut-off.</param>
/// <param name="Low">The third tier's cut-off.</param>
public sealed record ProgressThresholds(string Name, string Statistic, double High, double Medium, double Low)
{
    /// <summary>Eurostat and Statistics Canada with a target: 0.95 / 0.6 / 0 on R.</summary>
    public static ProgressThresholds CagrRatio { get; } = new("Eurostat/StatCan 0.95/0.6/0", "R = CAGR_observed / CAGR_required", 0.95, 0.6, 0);

    /// <summary>UNDP CAGRR: 0.95 / 0.5 / −0.1 on R.</summary>
    public static ProgressThresholds UndpCagrRatio { get; } = new("UNDP 0.95/0.5/-0.1", "R = CAGR_observed / CAGR_required", 0.95, 0.5, -0.1);

    /// <summary>UNSD 2023: 0.95 / 0.10 on F.</summary>
    public static ProgressThresholds UnsdFraction { get; } = new("UNSD 0.95/0.10", "F = (x̂_T − x_0) / (x*_T − x_0)", 0.95, 0.10, 0.10);

    /// <summary>SDSN arrows: 1 / 0.5 / 0 on observed ÷ required pace.</summary>
    public static ProgressThresholds SdsnPace { get; } = new("SDSN 100%/50%", "observed pace / required pace (units per year)", 1, 0.5, 0);

    /// <summary>Eurostat without a target: 1 % / 0 / −1 % on the direction-adjusted CAGR.</summary>
    public static ProgressThresholds EurostatNoTarget { get; } = new("Eurostat 1%/0/-1%", "direction-adjusted CAGR", 0.01, 0, -0.01);

    /// <summary>UNSD without a target: 2 % / 0.5 % on the direction-adjusted CAGR.</summary>
    public static ProgressThresholds UnsdNoTarget { get; } = new("UNSD 2%/0.5%", "direction-adjusted CAGR", 0.02, 0.005, 0.005);

    /// <summary>Statistics Canada without a target: 1.5 %·C / 0.5 %·C / 0, C the limit scaling factor in (0, 1].</summary>
    public static ProgressThresholds StatCanNoTarget(double limitScaling) =>
        new(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"StatCan 1.5%/0.5%/0 x C (C = {limitScaling:G4})"),
            "direction-adjusted CAGR",
            0.015 * limitScaling,
            0.005 * limitScaling,
            0);
}
