using EcoAnalytics.Catalog;

namespace EcoAnalytics.Forecasting.Distributions;

/// <summary>
/// The scaled logit z = ln((y − a)/(b − y)) of a bounded indicator, (a, b) = (Min, Max) of its range, and its inverse
/// y = a + (b − a)·e^z/(1 + e^z): the one place the transform is written.
/// </summary>
internal static class ScaledLogit
{
    /// <summary>z for a &lt; y &lt; b.</summary>
    public static double Forward(double y, in ValueRange bounds) => Math.Log((y - bounds.Min) / (bounds.Max - y));

    /// <summary>y for any z, strictly inside (a, b) unless rounding reaches a limit.</summary>
    public static double Inverse(double z, in ValueRange bounds) => bounds.Min + (bounds.Width * Logistic(z));

    /// <summary>1/(1 + e^−z), computed without overflow.</summary>
    public static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>
    /// Writes the logits of the values, each first clamped to [a + ε(b − a), b − ε(b − a)], to <paramref name="z"/>;
    /// returns Σ ln|dz/dy| (which puts a logit-scale likelihood on the original scale) and counts the clamped values.
    /// </summary>
    public static double Transform(ReadOnlySpan<(int Year, double Value)> points, in ValueRange bounds, double epsilon, Span<double> z, out int nudged)
    {
        nudged = 0;
        double logJacobian = 0;
        for (var i = 0; i < points.Length; i++)
        {
            var v = Math.Clamp(points[i].Value, bounds.Min + (epsilon * bounds.Width), bounds.Max - (epsilon * bounds.Width));
            z[i] = Forward(v, bounds);
            nudged += v != points[i].Value ? 1 : 0;
            logJacobian += Math.Log(bounds.Width / ((v - bounds.Min) * (bounds.Max - v)));
        }

        return logJacobian;
    }
}
