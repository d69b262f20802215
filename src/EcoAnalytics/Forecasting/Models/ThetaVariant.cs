using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// How the Theta method estimates its smoothing parameter α and initial level. Both variants forecast with
/// the same model, SES with drift b/2 (Hyndman &amp; Billah 2003), where b is the OLS slope:
/// ŷ(n+h) = m_n + h·b/2, m_t = m_{t−1} + b/2 + α·e_t.
/// </summary>
public enum ThetaVariant
{
    /// <summary>
    /// α and the initial level ℓ0 minimise the one-step SSE of simple exponential smoothing on the data;
    /// the forecast is SES(y) + (b/2)(h − 1 + 1/α − (1 − α)^n/α). This is R <c>forecast::thetaf</c>.
    /// Default, because on short trending series the classic estimate often puts α on its lower bound
    /// (the level then lags the trend by half the sample).
    /// </summary>
    HyndmanBillah,

    /// <summary>
    /// The M4 benchmark code ("Theta.classic"): SES with optimised α and initial level fitted to theta-line 2
    /// (2y − line0), forecast 0.5·line0 + 0.5·SES(line2).
    /// </summary>
    Classic,
}
