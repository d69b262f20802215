namespace EcoAnalytics.Forecasting.Models;

/// <summary>The trend model fitted by <c>Trend.Fit</c>.</summary>
public enum TrendModel
{
    /// <summary>
    /// Choose automatically. When <see cref="TrendOptions.Range"/> is bounded (both ends finite): <see cref="Theta"/> on
    /// the logit scale for short series (4 points up to <see cref="TrendOptions.AutoSelectionMinPoints"/>), else
    /// <see cref="Logit"/>. Otherwise <see cref="Linear"/> for 3 points (too few for Theta), <see cref="Theta"/> up to
    /// <see cref="TrendOptions.AutoSelectionMinPoints"/> points (default 40), and from there the lowest AICc among
    /// Linear, LogLinear (strictly positive series), Damped and Theta, all on the original scale.
    /// </summary>
    Auto,

    /// <summary>Ordinary least squares line y = a + b·year with Student-t prediction intervals.</summary>
    Linear,

    /// <summary>Constant growth rate: OLS on ln y, intervals back-transformed. Strictly positive series only.</summary>
    LogLinear,

    /// <summary>OLS on the scaled logit ln((y − a)/(b − y)); projections never leave the bounds (a, b).</summary>
    Logit,

    /// <summary>
    /// Gardner–McKenzie damped additive trend (ETS(A,Ad,N)), φ estimated in [0.8, 0.98] or fixed. It estimates five
    /// quantities (four with φ fixed), so it needs at least 6 (5) points; its intervals are Student-t on n − 5 (n − 4)
    /// degrees of freedom.
    /// </summary>
    Damped,

    /// <summary>
    /// The Theta method: OLS line plus SES on theta-line 2, combined 0.5/0.5 (= SES with drift b/2); see
    /// <see cref="ThetaVariant"/> for how α is estimated. Needs at least
    /// 4 points; intervals are Student-t on n − 3 degrees of freedom (see <see cref="ThetaParameters"/>). With
    /// <see cref="TrendOptions.Range"/> bounded it runs on the logit scale and stays inside the bounds.
    /// </summary>
    Theta,

    /// <summary>Random walk with drift: last value plus the average annual change (y_n − y_1)/(t_n − t_1).</summary>
    Drift,

    /// <summary>No change: the last observed value (random walk).</summary>
    Naive,
}
