namespace EcoAnalytics.Rules;

/// <summary>
/// The only helper type registered for rule expressions (<c>ReSettings.CustomTypes</c>): pure functions of
/// numbers, no state, no I/O. Call them as <c>RuleFunctions.Change(x.Value, x.Previous)</c>.
/// </summary>
public static class RuleFunctions
{
    /// <summary>Change from <paramref name="before"/> to <paramref name="after"/> (after − before).</summary>
    public static double Change(double after, double before) => after - before;

    /// <summary>Relative change in percent from <paramref name="before"/> to <paramref name="after"/>; NaN when <paramref name="before"/> is 0.</summary>
    public static double PercentChange(double after, double before) => before == 0 ? double.NaN : 100.0 * (after - before) / before;

    /// <summary>True when <paramref name="value"/> lies within <paramref name="tolerance"/> of <paramref name="target"/>.</summary>
    public static bool Near(double value, double target, double tolerance) => Math.Abs(value - target) <= tolerance;

    /// <summary>Share in percent: 100 × <paramref name="part"/> / <paramref name="whole"/>; NaN when <paramref name="whole"/> is 0.</summary>
    public static double Share(double part, double whole) => whole == 0 ? double.NaN : 100.0 * part / whole;
}
