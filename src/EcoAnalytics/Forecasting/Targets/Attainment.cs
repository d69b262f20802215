using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Forecasting.Targets;

/// <summary>Attainment of a quantified target by its deadline, from a trend fit.</summary>
public static class Attainment
{
    /// <summary>
    /// Assesses <paramref name="target"/> against the observations. Order of the rules: no data → NoData; deadline
    /// not after the latest observation → DeadlinePassed (judged on the deadline year's observed value, or the linear
    /// interpolation between its neighbours, stated); latest value meets the target → AlreadyMet; no fit → NoProjection;
    /// otherwise Projected. Never throws for data conditions.
    /// </summary>
    /// <param name="points">(year, value) observations; cleaned as by <see cref="Trend"/>.</param>
    /// <param name="target">The target.</param>
    /// <param name="options">Model, level and search horizon; null for defaults.</param>
    public static AttainmentResult Assess(IEnumerable<(int Year, double Value)> points, Target target, AttainmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Validate();
        options ??= AttainmentOptions.Default;
        options.Validate();
        var clean = SeriesData.Clean(points, out var note);
        var result = AssessClean(clean, target, options);
        return note is null ? result : result with { Message = result.Message + " Input: " + note + "." };
    }

    private static AttainmentResult AssessClean((int Year, double Value)[] clean, Target target, AttainmentOptions options)
    {
        var horizon = target.Deadline + options.SearchYearsAfterDeadline;
        if (clean.Length == 0)
        {
            return new AttainmentResult(AttainmentOutcome.NoData, target, "No usable observation (all missing or non-finite).", null, null, null, null, null, null, null, horizon, null, null);
        }

        var (latestYear, latest) = clean[^1];
        double? observedChange = clean.Length >= 2 ? LinearParameters.Estimate(clean, out _).Slope : null;
        if (target.Deadline <= latestYear)
        {
            return DeadlinePassed(clean, target, horizon, observedChange);
        }

        double? requiredChange = (target.Value - latest) / (target.Deadline - latestYear);
        var trendOptions = options.Trend ?? TrendOptions.Default;
        if (trendOptions.Range.IsUnlimited && target.Range is { } range)
        {
            trendOptions = trendOptions with { Range = range };
        }

        var fit = Trend.Fit(clean, options.Model, trendOptions);
        var alreadyMet = target.IsMetBy(latest);
        if (!fit.Success)
        {
            var outcome = alreadyMet ? AttainmentOutcome.AlreadyMet : AttainmentOutcome.NoProjection;
            var text = alreadyMet
                ? Invariant($"The latest value {latest:G6} ({latestYear}) already meets the target {Describe(target)}; no projection: {fit.Message}.")
                : Invariant($"No projection: {fit.Message}. Pace needed {requiredChange:G4}/yr vs observed {Format(observedChange)}/yr.");
            return new AttainmentResult(outcome, target, text, latestYear, latest, fit, null, null, alreadyMet ? true : null, alreadyMet ? latestYear : null, horizon, requiredChange, observedChange);
        }

        var atDeadline = fit.Predict(target.Deadline, options.Level);
        var probability = fit.ProbabilityMeets(target.Deadline, target.Value, target.Direction);
        int? firstYear = alreadyMet ? latestYear : null;
        for (var year = latestYear + 1; firstYear is null && year <= horizon; year++)
        {
            if (target.IsMetBy(fit.Project(year)))
            {
                firstYear = year;
            }
        }

        // Censored when the model's own interval reaches past the range (a value merely at a limit is not).
        var uncensored = Interval.From(target.Deadline, options.Level, atDeadline.Distribution);
        var censored = uncensored.Lower < atDeadline.Lower || uncensored.Upper > atDeadline.Upper
            ? Invariant($", censored to the possible values {fit.Range}")
            : string.Empty;
        var summary = Invariant(
            $"{target.Deadline} projection {atDeadline.Median:G6} ({options.Level:P0} interval {atDeadline.Lower:G6}–{atDeadline.Upper:G6}{censored}, {fit.Model}); P(target {Describe(target)} met) = {probability:F3}; ");
        summary += firstYear is { } y
            ? Invariant($"central projection meets it from {y}")
            : Invariant($"central projection does not meet it by {horizon}");
        summary += Invariant($"; pace needed {requiredChange:G4}/yr vs observed {Format(observedChange)}/yr.");
        if (fit.Outcome == TrendOutcome.Degenerate)
        {
            summary += " " + fit.Message + ".";
        }
        if (alreadyMet)
        {
            summary = Invariant($"The latest value {latest:G6} ({latestYear}) already meets the target. ") + summary;
        }

        return new AttainmentResult(
            alreadyMet ? AttainmentOutcome.AlreadyMet : AttainmentOutcome.Projected,
            target,
            summary,
            latestYear,
            latest,
            fit,
            atDeadline,
            probability,
            target.IsMetBy(atDeadline.Median),
            firstYear,
            horizon,
            requiredChange,
            observedChange);
    }

    private static AttainmentResult DeadlinePassed((int Year, double Value)[] clean, Target target, int horizon, double? observedChange)
    {
        var (latestYear, latest) = clean[^1];
        var index = Array.FindIndex(clean, p => p.Year >= target.Deadline);
        string text;
        bool? met = null;
        double? probability = null;
        if (clean[index].Year == target.Deadline)
        {
            var value = clean[index].Value;
            met = target.IsMetBy(value);
            probability = met.Value ? 1 : 0;
            text = Invariant($"Deadline {target.Deadline} has passed; the observed value {value:G6} {(met.Value ? "meets" : "does not meet")} the target {Describe(target)}.");
        }
        else if (index == 0)
        {
            text = Invariant($"Deadline {target.Deadline} has passed and there is no observation at or before it (first is {clean[0].Year}); cannot judge.");
        }
        else
        {
            var (y0, v0) = clean[index - 1];
            var (y1, v1) = clean[index];
            var value = v0 + ((v1 - v0) * (target.Deadline - y0) / (y1 - y0));
            met = target.IsMetBy(value);
            text = Invariant(
                $"Deadline {target.Deadline} has passed without an observation that year; interpolated {value:G6} between {y0} and {y1} {(met.Value ? "meets" : "does not meet")} the target {Describe(target)}.");
        }

        return new AttainmentResult(AttainmentOutcome.DeadlinePassed, target, text, latestYear, latest, null, null, probability, met, null, horizon, null, observedChange);
    }

    private static string Describe(Target target) =>
        Invariant($"{(target.Direction == Direction.HigherIsBetter ? "≥" : "≤")} {target.Value:G6} by {target.Deadline}");

    private static string Format(double? value) => value is { } v ? v.ToString("G4", CultureInfo.InvariantCulture) : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
