using System.Globalization;
using EcoAnalytics.Catalog;

namespace EcoAnalytics.Evaluation;

/// <summary>What to evaluate and under which thresholds.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Threshold set to use (e.g. <c>standard</c>); <c>null</c> for the programme's default. Rules without a threshold in it are NotInSet unless the programme declares an inheritance.</summary>
    public string? ThresholdSet { get; init; }

    /// <summary>Single thresholds replaced by rule name or indicator code.</summary>
    public IReadOnlyList<ThresholdOverride> Overrides { get; init; } = [];

    /// <summary>Counties to evaluate; <c>null</c> for the programme's own county.</summary>
    public IReadOnlyList<string>? Counties { get; init; }

    /// <summary>Years to evaluate; <c>null</c> for each rule's deadline, or the latest year with data when it has none.</summary>
    public IReadOnlyList<int>? Years { get; init; }

    /// <summary>The defaults: programme county, deadline years, default thresholds.</summary>
    public static EvaluationOptions Default { get; } = new();
}

/// <summary>A threshold replaced at evaluation time, for a rule (by name) or for every rule on an indicator (by code).</summary>
/// <param name="Target">Rule name or indicator code.</param>
/// <param name="Value">The new threshold in the indicator's unit (for status rules: a ladder level).</param>
/// <param name="Label">For status rules, the label given (e.g. 全面实施); otherwise <c>null</c>.</param>
public sealed record ThresholdOverride(string Target, double Value, string? Label = null)
{
    /// <summary>Parses <c>RULE_OR_INDICATOR=VALUE</c>; VALUE is an invariant-culture number or a status label.</summary>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static ThresholdOverride Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1)
        {
            throw new FormatException($"'{text}' is not RULE_OR_INDICATOR=VALUE");
        }

        var target = text[..eq].Trim();
        var value = text[(eq + 1)..].Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new ThresholdOverride(target, number);
        }

        return StatusScale.LevelOnAnyScale(value) is { } level
            ? new ThresholdOverride(target, level, value)
            : throw new FormatException($"'{value}' in '{text}' is neither a number (use '.' for decimals) nor a status label");
    }

    /// <summary>The override as <c>target=value</c>.</summary>
    public override string ToString() => $"{Target}={Label ?? Value.ToString(CultureInfo.InvariantCulture)}";
}
