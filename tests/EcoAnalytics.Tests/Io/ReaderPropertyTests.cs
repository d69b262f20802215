using System.Text;
using EcoAnalytics.Data;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcoAnalytics.Tests.Io;

/// <summary>A valid observation file of distinct rows and one row replaced by arbitrary text (no line break).</summary>
public sealed record CorruptedFile(string[] Rows, int Corrupted, string Garbage)
{
    public string Text => string.Join('\n', new[] { Some.ObservationHeader }.Concat(Rows.Select((r, i) => i == Corrupted ? Garbage : r))) + "\n";

    public override string ToString() => $"row {Corrupted + 2} of {Rows.Length} replaced by \"{Garbage}\"";
}

public static class ReaderArbitraries
{
    private static readonly string[] Indicators = ["forest_coverage", "pm25", "good_air_ratio", "urban_sewage_treatment"];

    public static Arbitrary<CorruptedFile> Corrupted() =>
        Gen.Choose(2, 40)
            .SelectMany(n => Gen.Zip(Gen.Choose(0, n - 1), ArbMap.Default.GeneratorFor<string>()).Select(t => (Corrupted: t.Item1, Garbage: t.Item2, N: n)))
            .Select(t =>
            {
                var (corrupted, garbage, n) = t;
                var rows = Enumerable.Range(0, n)
                    .Select(i => FormattableString.Invariant($"{(i % 2 == 0 ? "lushi" : "dengfeng")},{Indicators[i / 2 % 4]},{2010 + (i / 8)},{10 + i},seed:t#L{i},"))
                    .ToArray();
                var clean = new string((garbage ?? string.Empty).Where(c => c is not ('\n' or '\r')).ToArray());
                return new CorruptedFile(rows, corrupted, clean);
            })
            .ToArbitrary();
}

/// <summary>The readers never throw on any input, and one bad row never costs the others.</summary>
[Properties(Arbitrary = [typeof(ReaderArbitraries)], MaxTest = 200)]
public sealed class ReaderPropertyTests
{
    [Property]
    public bool ObservationReader_ArbitraryBytes_NeverThrows(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"eco-prop-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllBytes(path, bytes ?? []);
            var result = Some.Reader().Read([path]);
            return result.Value is not null && result.Diagnostics is not null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Property]
    public bool ObservationReader_ArbitraryText_NeverThrows(string text) =>
        Some.Reader().ReadText(Some.ObservationHeader + "\n" + (text ?? string.Empty), "t.csv").Value is not null;

    [Property]
    public bool ObservationReader_OneCorruptedRow_KeepsEveryOtherRow(CorruptedFile file)
    {
        var table = Some.Reader().ReadText(file.Text, "t.csv").Value;
        var loaded = table.Select(o => $"{o.County},{o.Indicator},{o.Year}").ToHashSet(StringComparer.Ordinal);
        return file.Rows
            .Where((_, i) => i != file.Corrupted)
            .All(r => loaded.Contains(string.Join(',', r.Split(',').Take(3))));
    }

    [Property]
    public bool ProgrammeReader_ArbitraryText_NeverThrows(string text)
    {
        var result = ProgrammeReader.Parse(text ?? string.Empty, "r.json");
        return result.Diagnostics is not null;
    }

    [Property]
    public bool ProgrammeReader_ArbitraryJsonShapes_NeverThrow(NonNegativeInt seed)
    {
        // Valid JSON of the wrong shape: RulesEngine-looking keys with values of every kind.
        var random = new Random(seed.Get);
        string[] values = ["null", "1", "\"x\"", "[]", "{}", "true", "[1,2]", "{\"a\":1}"];
        string V() => values[random.Next(values.Length)];
        var json = new StringBuilder("{\"WorkflowName\":").Append(V()).Append(",\"Programme\":").Append(random.Next(2) == 0 ? V() : "{\"county\":" + V() + ",\"thresholdSets\":" + V() + "}")
            .Append(",\"Rules\":[{\"RuleName\":").Append(V()).Append(",\"Expression\":").Append(V()).Append(",\"Properties\":{\"indicator\":").Append(V())
            .Append(",\"requirement\":").Append(V()).Append(",\"thresholds\":").Append(V()).Append(",\"deadline\":").Append(V()).Append("}}]}").ToString();
        return ProgrammeReader.Parse(json, "r.json").Diagnostics is not null;
    }
}
