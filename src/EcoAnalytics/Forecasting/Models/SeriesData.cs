using System.Globalization;
using System.Text;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Input hygiene shared by every method: drops NaN and infinite values, sorts by year and averages
/// duplicate years. Already-clean input (the common case) is used as is, without copying.
/// </summary>
internal static class SeriesData
{
    /// <summary>Returns the clean points (possibly <paramref name="points"/> itself) and a note on what was changed, or null.</summary>
    public static ReadOnlySpan<(int Year, double Value)> Clean(ReadOnlySpan<(int Year, double Value)> points, out string? note)
    {
        note = null;
        return IsClean(points) ? points : Repair(points, out note);
    }

    /// <summary>Drops, sorts and merges: the copy made when the input is not clean.</summary>
    private static (int Year, double Value)[] Repair(ReadOnlySpan<(int Year, double Value)> points, out string? note)
    {
        var dropped = 0;
        var list = new List<(int Year, double Value)>(points.Length);
        foreach (var p in points)
        {
            if (double.IsFinite(p.Value))
            {
                list.Add(p);
            }
            else
            {
                dropped++;
            }
        }

        list.Sort(static (a, b) => a.Year.CompareTo(b.Year));
        var merged = new List<(int Year, double Value)>(list.Count);
        var duplicates = new List<int>();
        for (var i = 0; i < list.Count;)
        {
            var j = i;
            var sum = 0.0;
            while (j < list.Count && list[j].Year == list[i].Year)
            {
                sum += list[j].Value;
                j++;
            }

            if (j - i > 1)
            {
                duplicates.Add(list[i].Year);
            }

            merged.Add((list[i].Year, sum / (j - i)));
            i = j;
        }

        var text = new StringBuilder();
        if (dropped > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"dropped {dropped} NaN or infinite value(s)");
        }

        if (duplicates.Count > 0)
        {
            text.Append(text.Length > 0 ? "; " : string.Empty);
            text.Append("averaged duplicate year(s) ").AppendJoin(", ", duplicates.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        }

        note = text.Length > 0 ? text.ToString() : null;
        return merged.ToArray();
    }

    /// <summary>
    /// The points sorted, finite and one per year: <paramref name="points"/> itself when it already is (a check, no copy),
    /// else a repaired copy. Callers only read the result.
    /// </summary>
    public static (int Year, double Value)[] Clean(IEnumerable<(int Year, double Value)> points, out string? note)
    {
        var array = ToArray(points);
        note = null;
        return IsClean(array) ? array : Repair(array, out note);
    }

    /// <summary>Materialises an enumerable of points (the public API's friendly overload).</summary>
    public static (int Year, double Value)[] ToArray(IEnumerable<(int Year, double Value)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points as (int, double)[] ?? points.ToArray();
    }

    private static bool IsClean(ReadOnlySpan<(int Year, double Value)> points)
    {
        if (points.IsEmpty)
        {
            return true;
        }

        // A NaN or infinity makes the sum non-finite; a finite sum of finite values that overflows only sends
        // the input down the (equally correct) slow path.
        var sum = points[0].Value;
        for (var i = 1; i < points.Length; i++)
        {
            if (points[i].Year <= points[i - 1].Year)
            {
                return false;
            }

            sum += points[i].Value;
        }

        return double.IsFinite(sum);
    }
}
