using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// The result of <see cref="Trend"/>.Fit: an outcome, and when it succeeded the fitted model with its parameters,
/// projection, intervals and closed-form probabilities. Check <see cref="Success"/> (or <see cref="Outcome"/>) first:
/// an unfitted result states why in <see cref="Message"/>, and its projection methods throw
/// <see cref="InvalidOperationException"/> because calling them is a bug, not a data condition. Equal fits are equal
/// values (outcome, points' summary, likelihood, note, range and parameters).
/// </summary>
public sealed record TrendFit
{
    private readonly string? _note;
    private readonly Likelihood _likelihood;
    private readonly int _firstYear;
    private readonly int _lastYear;
    private readonly double _lastValue;

    internal TrendFit(
        TrendModel requested,
        TrendModel model,
        TrendOutcome outcome,
        TrendParameters? parameters,
        ReadOnlySpan<(int Year, double Value)> points,
        Likelihood likelihood,
        string? note,
        ValueRange range)
    {
        Requested = requested;
        Model = model;
        Outcome = outcome;
        Parameters = parameters;
        N = points.Length;
        if (points.Length > 0)
        {
            (_firstYear, _lastYear, _lastValue) = (points[0].Year, points[^1].Year, points[^1].Value);
        }

        _likelihood = likelihood;
        _note = note;
        Range = range;
    }

    /// <summary>The model asked for (possibly <see cref="TrendModel.Auto"/>).</summary>
    public TrendModel Requested { get; }

    /// <summary>The model fitted (never Auto when <see cref="Success"/>).</summary>
    public TrendModel Model { get; }

    /// <summary>What happened.</summary>
    public TrendOutcome Outcome { get; }

    /// <summary>The fitted parameters; null unless <see cref="Success"/>.</summary>
    public TrendParameters? Parameters { get; }

    /// <summary>Usable points (after dropping NaN and infinite values and merging duplicate years).</summary>
    public int N { get; }

    /// <summary>First usable year; null when there are no usable points.</summary>
    public int? FirstYear => N > 0 ? _firstYear : null;

    /// <summary>Last usable year; null when there are no usable points.</summary>
    public int? LastYear => N > 0 ? _lastYear : null;

    /// <summary>Value in <see cref="LastYear"/>; null when there are no usable points.</summary>
    public double? LastValue => N > 0 ? _lastValue : null;

    /// <summary>Residual standard deviation on the model's own scale (log or logit scale for those models); null unless fitted.</summary>
    public double? ResidualSd => Parameters?.Spread;

    /// <summary>
    /// AICc on the original scale (log and logit likelihoods include the Jacobian, so all models compare);
    /// null when undefined: n ≤ k + 1, zero residual variance, or the conditional Naive and Drift likelihoods.
    /// </summary>
    public double? AICc => _likelihood.Aicc(N);

    /// <summary>Whether a model was fitted (<see cref="TrendOutcome.Fitted"/> or <see cref="TrendOutcome.Degenerate"/>).</summary>
    [MemberNotNullWhen(true, nameof(Parameters))]
    public bool Success => Parameters is not null;

    /// <summary>A sentence stating the outcome, the model and any input repairs (dropped NaN, merged years, nudged values).</summary>
    public string Message
    {
        get
        {
            var head = Outcome switch
            {
                TrendOutcome.Fitted => string.Create(CultureInfo.InvariantCulture, $"{Model} trend fitted to {N} points ({FirstYear}–{LastYear})"),
                TrendOutcome.Degenerate => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Model} trend fitted to {N} points ({FirstYear}–{LastYear}) with zero residual variance: intervals collapse to the projection and probabilities are 0 or 1"),
                _ => string.Empty,
            };
            return _note is null ? head : head.Length == 0 ? _note : head + "; " + _note;
        }
    }

    /// <summary>
    /// The values the indicator can take (<see cref="TrendOptions.Range"/>): projections, interval limits and
    /// probabilities are reported censored to it. Unlimited when none was given or nothing was fitted.
    /// </summary>
    public ValueRange Range { get; }

    /// <summary>The central projection for <paramref name="year"/> (median of the predictive distribution, clamped to <see cref="Range"/>).</summary>
    public double Project(int year) => Range.Clamp(Fitted().Project(year));

    /// <summary>The projection as a function of the year, as Math.NET <c>Fit.LineFunc</c> returns it.</summary>
    public Func<int, double> Projection
    {
        get
        {
            _ = Fitted();
            return Project;
        }
    }

    /// <summary>
    /// The central prediction interval at <paramref name="level"/> for <paramref name="year"/>, censored to
    /// <see cref="Range"/>; its <see cref="Interval.Distribution"/> is the model's, uncensored.
    /// </summary>
    public Interval Predict(int year, double level = 0.95) => Interval.From(year, level, Distribution(year), Range);

    /// <summary>
    /// Whether <see cref="Distribution"/> (and so intervals and probabilities) carries the horizon calibration
    /// (<see cref="IntervalCalibration.ByHorizon"/>) for years after <see cref="LastYear"/>.
    /// </summary>
    public bool IsCalibrated { get; internal init; }

    /// <summary>
    /// The model's predictive distribution for <paramref name="year"/>, before censoring to <see cref="Range"/>; with
    /// <see cref="IsCalibrated"/>, widened by the horizon calibration for years after <see cref="LastYear"/>.
    /// </summary>
    public PredictiveDistribution Distribution(int year)
    {
        var d = Fitted().Distribution(year);
        return IsCalibrated && year > _lastYear ? HorizonCalibration.Apply(d, Model, N, year - _lastYear) : d;
    }

    /// <summary>The model's own distribution, without the horizon calibration (what the calibration was fitted on).</summary>
    internal PredictiveDistribution UncalibratedDistribution(int year) => Fitted().Distribution(year);

    /// <summary>
    /// P(value in <paramref name="year"/> ≥ <paramref name="threshold"/>), closed form, with the mass beyond
    /// <see cref="Range"/> at its limits: 1 for a threshold at or below the minimum, 0 above the maximum. On the logit
    /// scale a threshold at the upper bound counts as reached at the nudged bound (see <see cref="BoundEpsilon"/>).
    /// </summary>
    public double ProbabilityAtLeast(int year, double threshold)
    {
        if (threshold <= Range.Min)
        {
            return 1;
        }

        if (threshold > Range.Max)
        {
            return 0;
        }

        var d = Distribution(year);
        return d.ProbabilityAtLeast(d.Transform == ValueTransform.Logit ? Math.Min(threshold, d.Bounds.Max - (BoundEpsilon * d.Bounds.Width)) : threshold);
    }

    /// <summary>
    /// P(value in <paramref name="year"/> ≤ <paramref name="threshold"/>), closed form, with the mass beyond
    /// <see cref="Range"/> at its limits: 1 for a threshold at or above the maximum, 0 below the minimum.
    /// </summary>
    public double ProbabilityAtMost(int year, double threshold)
    {
        if (threshold >= Range.Max)
        {
            return 1;
        }

        if (threshold < Range.Min)
        {
            return 0;
        }

        var d = Distribution(year);
        return d.ProbabilityAtMost(d.Transform == ValueTransform.Logit ? Math.Max(threshold, d.Bounds.Min + (BoundEpsilon * d.Bounds.Width)) : threshold);
    }

    /// <summary>
    /// The logit nudge (<see cref="TrendOptions.BoundEpsilon"/>) the fit was made with. Values at a bound were read as
    /// ε·width inside it, so on the logit scale a target at (or within ε·width of) the bound — 100 % of a percentage — is
    /// met when the value reaches that nudged bound; otherwise a series that sits at 100 % could never meet "≥ 100 %".
    /// </summary>
    internal double BoundEpsilon { get; init; } = 0.001;

    /// <summary>P(the target is met in <paramref name="year"/>) for the given direction, censored as the two above.</summary>
    public double ProbabilityMeets(int year, double target, Direction direction) =>
        direction == Direction.HigherIsBetter ? ProbabilityAtLeast(year, target) : ProbabilityAtMost(year, target);

    private TrendParameters Fitted() =>
        Parameters ?? throw new InvalidOperationException($"No trend model was fitted ({Outcome}): {Message}. Check TrendFit.Success first.");
}
