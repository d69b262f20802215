namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Whether a fit's predictive distributions are widened by the horizon calibration fitted on real annual series
/// (<see cref="TrendOptions.Calibration"/>). The calibration changes intervals and closed-form probabilities together
/// (they come from the same distribution); it never moves the central projection.
/// </summary>
public enum IntervalCalibration
{
    /// <summary>Calibrated when <see cref="TrendModel.Auto"/> is asked for, the model's own distribution otherwise.</summary>
    Default,

    /// <summary>The model's own (textbook) predictive distribution at every horizon.</summary>
    None,

    /// <summary>
    /// The model's distribution with its scale multiplied by a factor c and its Student-t degrees of freedom capped at ν,
    /// both by model, training length and horizon (1–8 years; later years use the 8-year entry), fitted on the
    /// calibration part of the real-series corpus (tests/EcoAnalytics.Tests/Forecasting/Calibration/corpus).
    /// </summary>
    ByHorizon,
}
