using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Models;

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
    private readonly ValueRange _range;

    // A linear fit keeps its line here, by value, and creates the public LinearParameters only when Parameters is
    // read: fitting and projecting a linear trend then allocates one object, and projections skip the virtual calls.
    private readonly OlsLine _line;
    private readonly bool _hasLine;

    // Set by the constructor for every other fitted model; for a linear fit, published once on first read.
    private TrendParameters? _parameters;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
        _parameters = parameters;
        N = points.Length;
        if (points.Length > 0)
        {
            (_firstYear, _lastYear, _lastValue) = (points[0].Year, points[^1].Year, points[^1].Value);
        }

        _likelihood = likelihood;
        _note = note;
        _range = range;
    }

    /// <summary>A fitted linear model (<paramref name="outcome"/> Fitted or Degenerate), held as its line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal TrendFit(
        TrendModel requested,
        TrendOutcome outcome,
        in OlsLine line,
        ReadOnlySpan<(int Year, double Value)> points,
        Likelihood likelihood,
        string? note,
        ValueRange range)
        : this(requested, TrendModel.Linear, outcome, null, points, likelihood, note, range)
    {
        _line = line;
        _hasLine = true;
    }

    /// <summary>The model asked for (possibly <see cref="TrendModel.Auto"/>).</summary>
    public TrendModel Requested { get; }

    /// <summary>The model fitted (never Auto when <see cref="Success"/>).</summary>
    public TrendModel Model { get; }

    /// <summary>What happened.</summary>
    public TrendOutcome Outcome { get; }

    /// <summary>The fitted parameters; null unless <see cref="Success"/>.</summary>
    public TrendParameters? Parameters => _parameters ?? (_hasLine ? CreateLinearParameters() : null);

    /// <summary>Usable points (after dropping NaN and infinite values and merging duplicate years).</summary>
    public int N { get; }

    /// <summary>First usable year; null when there are no usable points.</summary>
    public int? FirstYear => N > 0 ? _firstYear : null;

    /// <summary>Last usable year; null when there are no usable points.</summary>
    public int? LastYear => N > 0 ? _lastYear : null;

    /// <summary>Value in <see cref="LastYear"/>; null when there are no usable points.</summary>
    public double? LastValue => N > 0 ? _lastValue : null;

    /// <summary>Residual standard deviation on the model's own scale (log or logit scale for those models); null unless fitted.</summary>
    public double? ResidualSd => _hasLine ? _line.ResidualSd : _parameters?.Spread;

    /// <summary>
    /// AICc on the original scale (log and logit likelihoods include the Jacobian, so all models compare);
    /// null when undefined: n ≤ k + 1, zero residual variance, or the conditional Naive and Drift likelihoods.
    /// </summary>
    public double? AICc => _likelihood.Aicc(N);

    /// <summary>Whether a model was fitted (<see cref="TrendOutcome.Fitted"/> or <see cref="TrendOutcome.Degenerate"/>).</summary>
    [MemberNotNullWhen(true, nameof(Parameters))]
    public bool Success => _hasLine || _parameters is not null;

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
    public ValueRange Range => _range;

    /// <summary>The central projection for <paramref name="year"/> (median of the predictive distribution, clamped to <see cref="Range"/>).</summary>
    public double Project(int year) => _range.Clamp(_hasLine ? _line.Project(year) : ParametersProject(year));

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
    public Interval Predict(int year, double level = 0.95) => Interval.From(year, level, Distribution(year), _range);

    /// <summary>The model's predictive distribution for <paramref name="year"/>, before censoring to <see cref="Range"/>.</summary>
    public PredictiveDistribution Distribution(int year) =>
        _hasLine ? _line.Distribution(year, ValueTransform.Identity, default) : ParametersDistribution(year);

    /// <summary>
    /// P(value in <paramref name="year"/> ≥ <paramref name="threshold"/>), closed form, with the mass beyond
    /// <see cref="Range"/> at its limits: 1 for a threshold at or below the minimum, 0 above the maximum.
    /// </summary>
    public double ProbabilityAtLeast(int year, double threshold) =>
        threshold <= _range.Min ? 1 : threshold > _range.Max ? 0 : Distribution(year).ProbabilityAtLeast(threshold);

    /// <summary>
    /// P(value in <paramref name="year"/> ≤ <paramref name="threshold"/>), closed form, with the mass beyond
    /// <see cref="Range"/> at its limits: 1 for a threshold at or above the maximum, 0 below the minimum.
    /// </summary>
    public double ProbabilityAtMost(int year, double threshold) =>
        threshold >= _range.Max ? 1 : threshold < _range.Min ? 0 : Distribution(year).ProbabilityAtMost(threshold);

    /// <summary>P(the target is met in <paramref name="year"/>) for the given direction, censored as the two above.</summary>
    public double ProbabilityMeets(int year, double target, Direction direction) =>
        direction == Direction.HigherIsBetter ? ProbabilityAtLeast(year, target) : ProbabilityAtMost(year, target);

    /// <summary>Value equality over the outcome, the points' summary, the likelihood, the note and the parameters.</summary>
    /// <param name="other">The fit to compare with.</param>
    public bool Equals(TrendFit? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Requested == other.Requested
            && Model == other.Model
            && Outcome == other.Outcome
            && N == other.N
            && _firstYear == other._firstYear
            && _lastYear == other._lastYear
            && _lastValue.Equals(other._lastValue)
            && _range.Equals(other._range)
            && _likelihood.Equals(other._likelihood)
            && string.Equals(_note, other._note, StringComparison.Ordinal)
            && (_hasLine && other._hasLine ? _line.Equals(other._line) : EqualityComparer<TrendParameters?>.Default.Equals(Parameters, other.Parameters)));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Parameters are left out (equal fits have equal likelihoods, which already tell most fits apart), so a
        // linear fit's hash code needs no parameters object.
        var hash = default(HashCode);
        hash.Add(Requested);
        hash.Add(Model);
        hash.Add(Outcome);
        hash.Add(N);
        hash.Add(_firstYear);
        hash.Add(_lastYear);
        hash.Add(_lastValue);
        hash.Add(_range);
        hash.Add(_likelihood);
        hash.Add(_note, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    // Kept out of line so that the linear path, inlined into callers' loops, stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private PredictiveDistribution ParametersDistribution(int year) => Fitted().Distribution(year);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double ParametersProject(int year) => Fitted().Project(year);

    private TrendParameters Fitted() =>
        Parameters ?? throw new InvalidOperationException($"No trend model was fitted ({Outcome}): {Message}. Check TrendFit.Success first.");

    /// <summary>Creates the linear fit's parameters on first read and publishes one instance to every reader.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TrendParameters CreateLinearParameters()
    {
        var created = LinearParameters.From(_line);
        return Interlocked.CompareExchange(ref _parameters, created, null) ?? created;
    }
}
