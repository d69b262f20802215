using System.Globalization;
using System.Text;
using EcoAnalytics.Catalog;

namespace EcoAnalytics.Forecasting.Backtesting;

/// <summary>Which part of the real-series corpus a series belongs to.</summary>
public enum CorpusPart
{
    /// <summary>Used to fit the horizon calibration, and nothing else.</summary>
    Calibration,

    /// <summary>Never used to fit anything: the figures reported for the calibration are measured here.</summary>
    Evaluation,
}

/// <summary>One real annual series of the calibration corpus, with its provenance.</summary>
/// <param name="Id">The series id, for example <c>gapminder/fertility/Kenya</c>.</param>
/// <param name="Group">The unit it belongs to (a country, state or firm of one dataset); the split is by group.</param>
/// <param name="Source">Where the values come from.</param>
/// <param name="Range">The values the quantity can take (for example [0, 100] for a percentage).</param>
/// <param name="Points">The (year, value) observations, in year order.</param>
public sealed record CorpusSeries(string Id, string Group, string Source, ValueRange Range, IReadOnlyList<(int Year, double Value)> Points)
{
    /// <summary>The part of the corpus (<see cref="CalibrationCorpus.PartOf"/> of <see cref="Group"/>).</summary>
    public CorpusPart Part => CalibrationCorpus.PartOf(Group);
}

/// <summary>
/// The real-series corpus of issue 11: <c>series.csv</c> (series, group, package, dataset, variable, unit, lower, upper,
/// source) and <c>values.csv</c> (series, year, value), exported by <c>export-corpus.R</c>.
/// </summary>
public static class CalibrationCorpus
{
    /// <summary>
    /// The split, by group so that the variables of one country, state or firm stay together: the published series of
    /// the project's reference (<c>observed/…</c>) are always evaluation; otherwise the 32-bit FNV-1a hash of the group's
    /// UTF-8 bytes, even for calibration and odd for evaluation.
    /// </summary>
    public static CorpusPart PartOf(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.StartsWith("observed/", StringComparison.Ordinal))
        {
            return CorpusPart.Evaluation;
        }

        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(group))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (hash & 1) == 0 ? CorpusPart.Calibration : CorpusPart.Evaluation;
    }

    /// <summary>Reads the two files of the corpus; throws <see cref="FormatException"/> on a malformed line (they are committed data).</summary>
    /// <param name="series">The text of series.csv.</param>
    /// <param name="values">The text of values.csv.</param>
    public static IReadOnlyList<CorpusSeries> Parse(TextReader series, TextReader values)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(values);
        var points = new Dictionary<string, List<(int Year, double Value)>>(StringComparer.Ordinal);
        _ = values.ReadLine();
        while (values.ReadLine() is { } line)
        {
            var f = Split(line);
            if (f.Count != 3)
            {
                throw new FormatException($"values.csv: expected 3 fields in '{line}'.");
            }

            if (!points.TryGetValue(f[0], out var list))
            {
                points[f[0]] = list = [];
            }

            list.Add((int.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture)));
        }

        var result = new List<CorpusSeries>();
        _ = series.ReadLine();
        while (series.ReadLine() is { } line)
        {
            var f = Split(line);
            if (f.Count != 9)
            {
                throw new FormatException($"series.csv: expected 9 fields in '{line}'.");
            }

            var list = points.TryGetValue(f[0], out var p) ? p : [];
            list.Sort(static (a, b) => a.Year.CompareTo(b.Year));
            result.Add(new CorpusSeries(f[0], f[1], f[8], ValueRange.From(Number(f[6]), Number(f[7])), list));
        }

        return result;
    }

    private static double? Number(string field) => field.Length == 0 ? null : double.Parse(field, CultureInfo.InvariantCulture);

    // Comma-separated fields, double quotes around a field with "" for a quote inside.
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
