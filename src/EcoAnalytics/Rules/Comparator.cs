using System.Runtime.CompilerServices;
namespace EcoAnalytics.Rules;

/// <summary>The comparison a rule makes against its threshold.</summary>
public enum Comparator
{
    /// <summary>≥ (不低于, 以上, 达到).</summary>
    AtLeast,

    /// <summary>&gt; (strictly above).</summary>
    Above,

    /// <summary>≤ (不高于, 以下).</summary>
    AtMost,

    /// <summary>&lt; (strictly below).</summary>
    Below,

    /// <summary>= (exactly; e.g. count = 0).</summary>
    Equal,
}

/// <summary>Parsing, printing and arithmetic of <see cref="Comparator"/>.</summary>
public static class Comparators
{
    /// <summary>Parses <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>==</c> (also ≥, ≤, =).</summary>
    public static Comparator? Parse(string? text) =>
        text?.Trim() switch
        {
            ">=" or "≥" => Comparator.AtLeast,
            ">" => Comparator.Above,
            "<=" or "≤" => Comparator.AtMost,
            "<" => Comparator.Below,
            "==" or "=" => Comparator.Equal,
            _ => null,
        };

    /// <summary>The symbol as written in rule files.</summary>
    public static string Symbol(this Comparator comparator) =>
        comparator switch
        {
            Comparator.AtLeast => ">=",
            Comparator.Above => ">",
            Comparator.AtMost => "<=",
            Comparator.Below => "<",
            _ => "==",
        };

    /// <summary>Whether <paramref name="value"/> satisfies the comparison with <paramref name="threshold"/>.</summary>
    public static bool Holds(this Comparator comparator, double value, double threshold) =>
        comparator switch
        {
            Comparator.AtLeast => value >= threshold,
            Comparator.Above => value > threshold,
            Comparator.AtMost => value <= threshold,
            Comparator.Below => value < threshold,
            _ => value == threshold,
        };

    /// <summary>
    /// Signed distance from the threshold in the indicator's unit: positive means better than required,
    /// zero means exactly on it, negative means short of it. For <see cref="Comparator.Equal"/> it is −|value − threshold|.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // on the evaluation's per-row path
    public static double Gap(this Comparator comparator, double value, double threshold) =>
        comparator switch
        {
            Comparator.AtLeast or Comparator.Above => value - threshold,
            Comparator.AtMost or Comparator.Below => threshold - value,
            _ => -Math.Abs(value - threshold),
        };
}
