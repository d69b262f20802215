using System.Globalization;
using EcoAnalytics.Catalog;

namespace EcoAnalytics.Rules;

/// <summary>A threshold as a rule file states it for one threshold set.</summary>
public abstract record ThresholdSpec
{
    private ThresholdSpec()
    {
    }

    /// <summary>Resolves the number for a county, or explains why there is none.</summary>
    /// <param name="terrain">The county's terrain class.</param>
    /// <param name="indicator">For <see cref="ByIndicator"/>: which component.</param>
    /// <param name="error">Set when no number applies.</param>
    public abstract double Resolve(Terrain terrain, string? indicator, out string? error);

    /// <summary>A single number in the indicator's unit.</summary>
    /// <param name="Value">The threshold.</param>
    public sealed record Number(double Value) : ThresholdSpec
    {
        /// <inheritdoc/>
        public override double Resolve(Terrain terrain, string? indicator, out string? error)
        {
            error = null;
            return Value;
        }

        /// <inheritdoc/>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>One number per terrain class (山区, 丘陵区, 平原区).</summary>
    /// <param name="Values">Terrain class → threshold.</param>
    public sealed record ByTerrain(IReadOnlyDictionary<Terrain, double> Values) : ThresholdSpec
    {
        /// <inheritdoc/>
        public override double Resolve(Terrain terrain, string? indicator, out string? error)
        {
            if (Values.TryGetValue(terrain, out var value))
            {
                error = null;
                return value;
            }

            error = terrain == Terrain.None
                ? "the county has no terrain class, and the threshold depends on it"
                : $"no threshold for terrain '{terrain.Label()}' (the rule gives {string.Join(", ", Values.Keys.Select(Terrains.Label))})";
            return double.NaN;
        }

        /// <inheritdoc/>
        public override string ToString() => string.Join(" ", Values.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key.Label()}{kv.Value}")));
    }

    /// <summary>One number per indicator of a multi-indicator rule.</summary>
    /// <param name="Values">Indicator code → threshold.</param>
    public sealed record ByIndicator(IReadOnlyDictionary<string, double> Values) : ThresholdSpec
    {
        /// <inheritdoc/>
        public override double Resolve(Terrain terrain, string? indicator, out string? error)
        {
            if (indicator is not null && Values.TryGetValue(indicator, out var value))
            {
                error = null;
                return value;
            }

            error = $"no threshold for indicator '{indicator}'";
            return double.NaN;
        }

        /// <inheritdoc/>
        public override string ToString() => string.Join(" ", Values.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}:{kv.Value}")));
    }

    /// <summary>A status label compared on <see cref="StatusScale"/>.</summary>
    /// <param name="Label">The required label, e.g. 建立.</param>
    public sealed record Status(string Label) : ThresholdSpec
    {
        /// <inheritdoc/>
        public override double Resolve(Terrain terrain, string? indicator, out string? error)
        {
            if (StatusScale.LevelOf(Label) is { } level)
            {
                error = null;
                return level;
            }

            error = $"status '{Label}' is not on the status ladder";
            return double.NaN;
        }

        /// <summary>The level of <see cref="Label"/> on <paramref name="scale"/> (the indicator's), NaN with the reason when it is not on it.</summary>
        public double Resolve(OrdinalScale scale, out string? error)
        {
            if (StatusScale.LevelOf(Label, scale) is { } level)
            {
                error = null;
                return level;
            }

            error = $"status '{Label}' is not on the {StatusScale.Describe(scale)} ({string.Join(", ", StatusScale.LabelsOf(scale).Keys)})";
            return double.NaN;
        }

        /// <inheritdoc/>
        public override string ToString() => Label;
    }
}
