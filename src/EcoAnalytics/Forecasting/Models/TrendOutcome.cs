namespace EcoAnalytics.Forecasting.Models;

/// <summary>What a trend fit produced. Only <see cref="Fitted"/> and <see cref="Degenerate"/> carry a model.</summary>
public enum TrendOutcome
{
    /// <summary>The model was fitted and has proper predictive intervals.</summary>
    Fitted,

    /// <summary>
    /// The model was fitted but its residual variance is zero (a constant series, or points exactly on the trend):
    /// intervals collapse to the projection and probabilities are 0 or 1.
    /// </summary>
    Degenerate,

    /// <summary>No data to fit: too few usable points (after dropping NaN and infinite values) for the model; see the message.</summary>
    NoData,

    /// <summary>The model does not apply to this series (for example log-linear on a series with zeros or negatives).</summary>
    NotApplicable,
}
