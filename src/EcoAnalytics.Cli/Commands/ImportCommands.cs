using System.CommandLine;
using System.Text;
using EcoAnalytics.Catalog;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Import;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Cli.Commands;

/// <summary><c>eco rules import FILE</c> and <c>eco import observations FILE --county ID</c>.</summary>
internal static class ImportCommands
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command RulesImport(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "An annex table: .docx, .xlsx, or tab-separated, CSV or Markdown text." };
        var name = new Option<string?>("--name") { Description = "WorkflowName of the rule file. Default: the file name without extension." };
        var county = new Option<string?>("--county") { Description = "County id for Programme.county (see datasets/counties.csv)." };
        var prefix = new Option<string>("--prefix") { Description = "Prefix of rule names before the 序号 (R → R07_forest_grass_coverage).", DefaultValueFactory = _ => "R" };
        var output = new Option<string?>("--out") { Description = "Write the rule file here. Default: standard output (diagnostics then go to standard error)." };
        var command = new Command("import", "Make a rule file from an annex table (序号, 领域/目标, 任务, 指标, 单位, 目标值/指标值, 牵头单位, 责任单位); the file is linted. Exit 1 when a cell could not be read or the file does not lint.")
        {
            file, name, county, prefix, output,
        };
        command.SetAction(parse =>
        {
            var catalog = LoadCatalog();
            var countyId = parse.GetValue(county) ?? string.Empty;
            if (countyId.Length > 0)
            {
                CheckCounty(countyId);
            }

            var path = parse.GetValue(file)!;
            var result = RuleImporter.ImportFile(path, catalog, new RuleImportOptions { Name = parse.GetValue(name), County = countyId, Prefix = parse.GetValue(prefix)! });
            var diagnostics = new List<Diagnostic>(result.Diagnostics);
            var target = parse.GetValue(output);
            if (countyId.Length == 0 && result.Value.RuleCount > 0)
            {
                diagnostics.Insert(0, new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, "no --county given: a rule file names the county its programme is for, so this one (Programme.county empty) will not load until it is set; give --county ID (see datasets/counties.csv)", path));
            }

            if (result.Value.RuleCount > 0)
            {
                var written = target ?? Path.Combine(Path.GetTempPath(), $"eco-import-{Guid.NewGuid():N}.json");
                File.WriteAllText(written, result.Value.ToJson(), Utf8);
                var lint = RuleLinter.Lint(written, catalog).Where(d => !(countyId.Length == 0 && d.Message.Contains("Programme.county", StringComparison.Ordinal))); // said above
                diagnostics.AddRange(lint.Select(d => target is null ? d with { File = "<stdout>" } : d));
                if (target is null)
                {
                    context.Output.Write(result.Value.ToJson());
                    File.Delete(written);
                }
            }

            Report(context, diagnostics, $"eco rules import ({Path.GetFileName(path)}: {result.Value.RuleCount} rule(s))", toStdout: target is not null);
            return diagnostics.Any(d => d.IsError) || result.Value.RuleCount == 0 ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return command;
    }

    public static Command Import(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A ledger: .xlsx or CSV, wide (indicator, unit, one column per year) or long (county, indicator, year, value)." };
        var county = new Option<string>("--county") { Description = "The county the ledger is for (see datasets/counties.csv).", Required = true };
        var sheet = new Option<string?>("--sheet") { Description = "Read only this sheet of an .xlsx (default: every sheet)." };
        var output = new Option<string?>("--out") { Description = "Write the observations CSV here. Default: standard output (diagnostics then go to standard error)." };
        var observations = new Command("observations", "Turn an Excel or CSV ledger into observations (datasets/observations.csv layout), each value's source its cell (file#sheet!cell); units are checked against the catalog and the output is validated. Exit 1 on any error.")
        {
            file, county, sheet, output,
        };
        observations.SetAction(parse =>
        {
            var catalog = LoadCatalog();
            var counties = CheckCounty(parse.GetValue(county)!);
            var path = parse.GetValue(file)!;
            var result = LedgerImporter.ImportFile(path, parse.GetValue(county)!, catalog, parse.GetValue(sheet));
            var csv = LedgerImporter.ToCsv(result.Value);
            var target = parse.GetValue(output);
            var diagnostics = new List<Diagnostic>(result.Diagnostics);
            if (result.Value.Count > 0) // an empty output is said above; "a header but no observations" would say it twice
            {
                diagnostics.AddRange(new ObservationReader(catalog, counties).ReadText(csv, target ?? "<stdout>").Diagnostics);
            }

            if (target is null)
            {
                context.Output.Write(csv);
            }
            else
            {
                File.WriteAllText(target, csv, Utf8);
            }

            Report(context, diagnostics, $"eco import observations ({Path.GetFileName(path)}: {result.Value.Count} value(s))", toStdout: target is not null);
            return diagnostics.Any(d => d.IsError) || result.Value.Count == 0 ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return new Command("import", "Import what analysts already have.") { observations };
    }

    private static IndicatorCatalog LoadCatalog()
    {
        var catalog = IndicatorCatalog.Load(DatasetPaths.Default.Indicators);
        return catalog.HasErrors ? throw new UsageException($"the bundled catalog has errors: {catalog.Diagnostics.First(d => d.IsError)}") : catalog.Value;
    }

    private static CountyRegistry CheckCounty(string id)
    {
        var counties = CountyRegistry.Load(DatasetPaths.Default.Counties).Value;
        return counties.Find(id) is null ? throw new UsageException(counties.UnknownMessage(id)) : counties;
    }

    private static void Report(CliContext context, IReadOnlyList<Diagnostic> diagnostics, string title, bool toStdout)
    {
        if (toStdout)
        {
            DiagnosticsOutput.Table(context.Console, diagnostics, title);
            return;
        }

        foreach (var d in diagnostics)
        {
            context.Error.WriteLine(d.ToString());
        }

        context.Error.WriteLine($"{title}: {diagnostics.Count(d => d.IsError)} error(s), {diagnostics.Count(d => d.Severity == Severity.Warning)} warning(s).");
    }
}
