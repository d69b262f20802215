using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace EcoAnalytics.Forecasting;

/// <summary>
/// The result of <see cref="Trend"/>.Fit: an outcome, and when it succeeded the fitted model with its parameters,
/// projection, intervals and closed-form probabilities. Check <see cref="Success"/> (or <see cref="Outcome"/>) first:
/// an unfitted result states why in <see cref="Message"/>, and its projection methods throw
/// <see cref="InvalidOperationException"/> because calling them is a bug, not a data condition.
/// </summary>
public sealed record TrendFit
{
    private readonly string? _note;
    private readonly Likelihood _likelihood;
    private readonly int _firstYear;
    private readonly int _lastYear;
    private readonly double _lastValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal TrendFit(
        TrendModel requested,
        TrendModel model,
        TrendOutcome outcome,
        TrendParameters? parameters,
        ReadOnlySpan<(int Year, double Value)> points,
        Likelihood likelihood,
        string? note)
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

    /// <summary>The central projection for <paramref name="year"/> (median of the predictive distribution).</summary>
    public double Project(int year) => Fitted().Project(year);

    /// <summary>The projection as a function of the year, as Math.NET <c>Fit.LineFunc</c> returns it.</summary>
    public Func<int, double> Projection => Fitted().Project;

    /// <summary>The central prediction interval at <paramref name="level"/> for <paramref name="year"/>.</summary>
    public Interval Predict(int year, double level = 0.95) => Fitted().Predict(year, level);

    /// <summary>The predictive distribution for <paramref name="year"/>.</summary>
    public PredictiveDistribution Distribution(int year) => Fitted().Distribution(year);

    /// <summary>P(value in <paramref name="year"/> ≥ <paramref name="threshold"/>), closed form.</summary>
    public double ProbabilityAtLeast(int year, double threshold) => Fitted().Distribution(year).ProbabilityAtLeast(threshold);

    /// <summary>P(value in <paramref name="year"/> ≤ <paramref name="threshold"/>), closed form.</summary>
    public double ProbabilityAtMost(int year, double threshold) => Fitted().Distribution(year).ProbabilityAtMost(threshold);

    /// <summary>P(the target is met in <paramref name="year"/>) for the given direction.</summary>
    public double ProbabilityMeets(int year, double target, TargetDirection direction) =>
        Fitted().Distribution(year).ProbabilityMeets(target, direction);

    private TrendParameters Fitted() =>
        Parameters ?? throw new InvalidOperationException($"No trend model was fitted ({Outcome}): {Message}. Check TrendFit.Success first.");
}
