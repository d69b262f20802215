using System.Globalization;
using EcoAnalytics.Io;
using EcoAnalytics.Simulation;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>Prints a simulation: per programme and county a table of rules by scenario, or the tidy CSV/JSON of <see cref="SimulationCells"/>.</summary>
internal static class SimulationOutput
{
    public static void Table(IAnsiConsole console, SimulationResult result)
    {
        var scenarios = result.Scenarios;
        var legend = scenarios.Skip(1).Select((s, i) => ($"S{i + 1}", s.Name)).ToList();
        var byKey = result.Rules.GroupBy(r => (r.Scenario, r.Programme, r.County, r.Rule, r.Indicator)).ToDictionary(g => g.Key, g => g.First());
        foreach (var group in result.RulesOf(Scenario.BaselineName).GroupBy(r => (r.Programme, r.County)))
        {
            var (programme, county) = group.Key;
            console.MarkupLine($"[bold]{Markup.Escape($"{programme} · {county}")}[/]: chance of meeting each rule by its deadline ({result.Paths.ToString("N0", CultureInfo.InvariantCulture)} paths, seed {result.Seed.ToString(CultureInfo.InvariantCulture)})");
            var dependence = result.Dependence.FirstOrDefault(d => d.County == county);
            if (dependence is not null)
            {
                console.MarkupLine($"  [grey]dependence: {Markup.Escape(dependence.Description)}[/]");
            }

            foreach (var measure in new[] { JointMeasure.AllBinding, JointMeasure.All })
            {
                var joints = scenarios.Select(s => result.JointFor(county, programme, s.Name, measure)).ToList();
                var label = measure == JointMeasure.AllBinding ? "P(every binding rule met)" : "P(every rule met)";
                var values = joints.Select((j, i) => $"{(i == 0 ? "baseline" : legend[i - 1].Item1)} {P(j?.Probability)}");
                console.MarkupLine($"  {label}: {Markup.Escape(string.Join(" · ", values))} [grey]({Markup.Escape(joints[0]?.Method ?? string.Empty)})[/]");
            }

            var baselineJoint = result.JointFor(county, programme, Scenario.BaselineName);
            if (baselineJoint is { MostLikelyToFail.Count: > 0 })
            {
                console.MarkupLine($"  most likely to fail: {Markup.Escape(string.Join(", ", baselineJoint.MostLikelyToFail))}");
            }

            var included = group.Where(r => r.Basis != OutcomeBasis.Excluded).ToList();

            // One deadline for every rule: said once in the title, not in every row.
            var oneDeadline = included.Select(r => r.Goal.Deadline).Distinct().ToList() is [{ } only] ? only : (int?)null;
            List<ReadableTable.Column> columns = [new("Rule", Key: true), new("Basis"), new(oneDeadline is null ? "Target (by)" : "Target"), new("Latest"), new("P(met)"), .. legend.Select(l => new ReadableTable.Column(l.Item1)), new("Leverage"), new("Data")];
            var view = new ReadableTable(oneDeadline is { } by ? Markup.Escape($"every target by {by.ToString(CultureInfo.InvariantCulture)}") : null, columns);
            foreach (var row in included)
            {
                var cells = new List<string>
                {
                    Markup.Escape(row.Rule),
                    SimulationCells.BasisWord(row.Basis),
                    Markup.Escape(Target(row, oneDeadline is null)),
                    row.Latest is { } latest ? $"{Markup.Escape(row.LatestLabel ?? N(latest.Value))} ({latest.Year.ToString(CultureInfo.InvariantCulture)})" : "—",
                    Colour(row.Probability),
                };
                foreach (var (_, name) in legend)
                {
                    cells.Add(Colour(byKey.GetValueOrDefault((name, programme, county, row.Rule, row.Indicator))?.Probability));
                }

                cells.Add(Leverage(row.LeverageBinding));
                cells.Add(row.IsSynthetic ? "[yellow]synthetic[/]" : "observed");
                view.AddRow(cells.ToArray());
            }

            view.Write(console);
            var push = included.Where(r => r.LeverageBinding > 0).OrderByDescending(r => r.LeverageBinding).Take(3).ToList();
            if (push.Count > 0)
            {
                console.MarkupLine($"  where to push (rise of P(every binding rule met) if the rule alone improves by one typical annual change): {Markup.Escape(string.Join(", ", push.Select(r => $"{r.Rule} {Leverage(r.LeverageBinding)}")))}");
            }

            var excluded = group.Where(r => r.Basis == OutcomeBasis.Excluded).Select(r => r.Rule).Distinct().ToList();
            if (excluded.Count > 0)
            {
                console.MarkupLine($"  [grey]left out of the joint probabilities ({excluded.Count}; reasons in --format csv): {Markup.Escape(string.Join(", ", excluded))}[/]");
            }

            if (baselineJoint is not null)
            {
                console.MarkupLine($"  [grey]{Markup.Escape(baselineJoint.Note)}[/]");
            }

            console.WriteLine();
        }

        foreach (var (code, name) in legend)
        {
            console.MarkupLine($"  {code} = {Markup.Escape(name)}");
        }

        if (result.Rules.Any(r => r.IsSynthetic))
        {
            console.MarkupLine("[yellow]Rows marked synthetic read generated demonstration values, not observations.[/]");
        }
    }

    public static void Csv(TextWriter writer, SimulationResult result)
    {
        CsvFormat.WriteRow(writer, SimulationCells.Columns);
        foreach (var row in SimulationCells.Rows(result))
        {
            CsvFormat.WriteRow(writer, row);
        }
    }

    public static void Json(TextWriter writer, SimulationResult result) => Output.Json.Rows(writer, SimulationCells.Columns, SimulationCells.Rows(result));

    private static string Target(SimulatedRule row, bool withDeadline) =>
        (row.TargetLabel is { } label ? label : row.Goal.Target is { } t ? (row.Goal.Direction == EcoAnalytics.Catalog.Direction.LowerIsBetter ? "≤ " : "≥ ") + N(t) : "—")
        + (withDeadline && row.Goal.Deadline is { } d ? $" ({d.ToString(CultureInfo.InvariantCulture)})" : string.Empty);

    private static string Colour(double? probability) => probability is { } p
        ? $"[{(p >= 0.5 ? "green" : "red")}]{p.ToString("0.00", CultureInfo.InvariantCulture)}[/]"
        : "—";

    private static string Leverage(double? rise) => rise switch
    {
        null or <= 0 => "—",
        < 0.0005 => "+<0.001",
        var r => "+" + r.Value.ToString("0.000", CultureInfo.InvariantCulture),
    };

    private static string P(double? probability) => probability?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—";

    private static string N(double value) => double.IsFinite(value) ? value.ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
