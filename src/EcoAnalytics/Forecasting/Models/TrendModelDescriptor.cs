using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// One trend model's facts in one place: how many quantities it estimates (hence its minimum points, degrees of
/// freedom and AICc parameter count), whether its AICc compares with the others', whether it steps year by year,
/// and how it estimates, projects and samples. <see cref="TrendEstimation"/> and <see cref="AutoSelection"/> read
/// these; no other code switches on <see cref="TrendModel"/> (<see cref="Trend"/>.Fit only routes Linear to its
/// fast path, <see cref="LinearModel.Fit"/>).
/// </summary>
internal abstract class TrendModelDescriptor
{
    /// <summary>Every model needs this many points (OLS needs n − 2 ≥ 1 residual degrees of freedom).</summary>
    public const int MinPoints = 3;

    /// <summary>Models that step year by year refuse a longer span: it is not an annual series.</summary>
    public const int MaxSpanYears = 1000;

    // In TrendModel order; Auto is a rule, not a model (AutoSelection).
    private static readonly TrendModelDescriptor?[] ByModel =
    [
        null,
        LinearModel.Instance,
        LogLinearModel.Instance,
        LogitModel.Instance,
        DampedModel.Instance,
        ThetaModel.Instance,
        DriftModel.Instance,
        NaiveModel.Instance,
    ];

    /// <summary>The model described.</summary>
    public abstract TrendModel Model { get; }

    /// <summary>
    /// Whether the Gaussian likelihood is on the series as a whole, so AICc compares with the other models' (false
    /// for Naive and Drift, whose likelihoods are conditional on the first value).
    /// </summary>
    public virtual bool AiccComparable => true;

    /// <summary>Whether estimation steps year by year (smoothing and random walks), so a span over <see cref="MaxSpanYears"/> is refused.</summary>
    public virtual bool StepsYearByYear => false;

    /// <summary>The descriptor of <paramref name="model"/> (not Auto).</summary>
    public static TrendModelDescriptor For(TrendModel model) =>
        ByModel[(int)model] ?? throw new ArgumentOutOfRangeException(nameof(model), model, "Auto is a selection rule, not a model.");

    /// <summary>
    /// Quantities estimated from the series besides the error variance (the OLS line 2, Theta 3, damped 5 or 4 with
    /// φ fixed). The one place parameter counts are written: minimum points, AICc's k and the models' degrees of
    /// freedom derive from it.
    /// </summary>
    public abstract int EstimatedQuantities(TrendOptions options);

    /// <summary>Points needed so that one degree of freedom remains for the error variance (at least <see cref="MinPoints"/>).</summary>
    public int MinPointsFor(TrendOptions options) => Math.Max(MinPoints, EstimatedQuantities(options) + 1);

    /// <summary>AICc's k: the estimated quantities plus σ; 0 (no AICc) when not comparable.</summary>
    public int LikelihoodParameters(TrendOptions options) => AiccComparable ? EstimatedQuantities(options) + 1 : 0;

    /// <summary>Whether the model refuses the series because it steps year by year over too long a span.</summary>
    public bool SpanTooLong(ReadOnlySpan<(int Year, double Value)> points) =>
        StepsYearByYear && points[^1].Year - points[0].Year > MaxSpanYears;

    /// <summary>Estimates the model on clean points (at least <see cref="MinPointsFor"/>).</summary>
    public abstract ModelEstimate Estimate(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options);

    /// <summary>The central projection: the parameters' own formula.</summary>
    public virtual double Project(TrendParameters parameters, int year) => parameters.Project(year);

    /// <summary>The predictive distribution in <paramref name="year"/>: the parameters' own formula.</summary>
    public virtual PredictiveDistribution Distribution(TrendParameters parameters, int year) => parameters.Distribution(year);

    /// <summary>
    /// Fills <paramref name="draws"/> with independent draws of the value in <paramref name="year"/> from the predictive
    /// distribution (the hook a path simulator overrides where a model's years are dependent).
    /// </summary>
    public virtual void Sample(TrendParameters parameters, int year, Random random, Span<double> draws) =>
        Distribution(parameters, year).Sample(random, draws);
}

/// <summary>
/// An estimator's result: the parameters (null when the model does not apply, with the reason in
/// <paramref name="Note"/>), the residual sum of squares on the model's scale and Σ ln|dg/dy| (0 untransformed).
/// </summary>
internal readonly record struct ModelEstimate(TrendParameters? Parameters, double Sse, double LogJacobian, string? Note)
{
    public static ModelEstimate NotApplicable(string note) => new(null, 0, 0, note);
}
