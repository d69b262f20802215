namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// Statistics Canada / Open SDG progress score in [−5, 5] (piecewise linear, §2.4), for aggregating series.
/// Bands: [2.5, 5] On track; [0, 2.5) Progress made but acceleration needed; [−2.5, 0) Limited progress; [−5, −2.5) Deterioration.
/// </summary>
public static class StatCanScore
{
    /// <summary>The score of a series whose target is achieved.</summary>
    public const double Achieved = 5;

    /// <summary>
    /// Score from the growth-rate ratio R: −5 at R ≤ −0.6, linear to 0 at R = 0.6, linear to 5 at R = 1.3, 5 above.
    /// (R = 0.95 → 2.5; R = 0 → −2.5.)
    /// </summary>
    public static double WithTarget(double ratio) => ratio switch
    {
        <= -0.6 => -5,
        < 0.6 => -5 + (5 * (ratio + 0.6) / 1.2),
        < 1.3 => 5 * (ratio - 0.6) / 0.7,
        _ => 5,
    };

    /// <summary>
    /// Score from the direction-adjusted CAGR c without a target; thresholds above 0 are scaled by C:
    /// −5 at c ≤ −2 %, −2.5 at 0, 0 at 0.5 %·C, 2.5 at 1.5 %·C, 5 at c ≥ 2 %·C, linear in between.
    /// (1.2 % → 1.75; 0.3 % → −1.0; −1 % → −3.75 with C = 1.)
    /// </summary>
    /// <param name="adjustedCagr">CAGR as a fraction (0.012 for 1.2 %), multiplied by −1 for lower-is-better indicators.</param>
    /// <param name="limitScaling">C in (0, 1].</param>
    public static double WithoutTarget(double adjustedCagr, double limitScaling = 1)
    {
        var c = limitScaling;
        return adjustedCagr switch
        {
            <= -0.02 => -5,
            < 0 => -5 + (2.5 * (adjustedCagr + 0.02) / 0.02),
            _ when adjustedCagr < 0.005 * c => -2.5 + (2.5 * adjustedCagr / (0.005 * c)),
            _ when adjustedCagr < 0.015 * c => 2.5 * (adjustedCagr - (0.005 * c)) / (0.01 * c),
            _ when adjustedCagr < 0.02 * c => 2.5 + (2.5 * (adjustedCagr - (0.015 * c)) / (0.005 * c)),
            _ => 5,
        };
    }
}
