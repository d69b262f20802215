using EcoAnalytics.Catalog;

namespace EcoAnalytics.Forecasting.Targets;

/// <summary>A quantified target: reach <see cref="Value"/> by <see cref="Deadline"/> in <see cref="Direction"/>.</summary>
/// <param name="Value">The target value x*, in the indicator's unit (for example 44 for "forest coverage ≥ 44 %").</param>
/// <param name="Deadline">The target year T (inclusive: the value in T counts).</param>
/// <param name="Direction">Whether the target is a floor (higher is better) or a ceiling (lower is better).</param>
/// <param name="Range">The values the indicator can take, for example <see cref="ValueRange.Percent"/>; optional. When both ends are finite the trend runs on their logit scale.</param>
public sealed record Target(double Value, int Deadline, Direction Direction, ValueRange? Range = null)
{
    /// <summary>Whether <paramref name="value"/> meets the target (≥ for higher-is-better, ≤ for lower-is-better).</summary>
    public bool IsMetBy(double value) => Direction.Meets(value, Value);

    internal void Validate()
    {
        if (!double.IsFinite(Value))
        {
            throw new ArgumentOutOfRangeException(nameof(Value), Value, "Target value must be finite.");
        }

        if (!Enum.IsDefined(Direction))
        {
            throw new ArgumentOutOfRangeException(nameof(Direction), Direction, "Unknown direction.");
        }

        Range?.Validate(nameof(Range));
    }
}
