using System.CommandLine;
using EcoAnalytics.Cli.Output;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Cli.Commands;

/// <summary><c>eco rules lint FILE...</c>.</summary>
internal static class RulesCommand
{
    public static Command Build(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Rule files (default: every bundled rules/*.json).", Arity = ArgumentArity.ZeroOrMore };
        var indicators = new Option<string?>("--indicators") { Description = "Indicator catalog CSV. Default: the bundled one." };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var lint = new Command("lint", "Check rule files: schema, unique names, known indicators, sandboxed boolean expressions, comparators, threshold sets, provenance, stock RulesEngine loading. Exit 1 on any error.")
        {
            files,
            indicators,
            format,
        };
        lint.SetAction(parse =>
        {
            var catalog = IndicatorCatalog.Load(parse.GetValue(indicators) ?? DatasetPaths.Default.Indicators);
            var diagnostics = new List<Diagnostic>(catalog.Diagnostics);
            var paths = RuleFiles.OrDefault(parse.GetValue(files));
            if (paths.Count == 0)
            {
                throw new UsageException("no rule files given and none bundled");
            }

            foreach (var path in paths)
            {
                if (Path.GetFileName(path).Equals("schema.json", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Add(new Diagnostic(Severity.Info, DiagnosticCodes.InvalidWorkflow, "skipped: the JSON schema for rule files, not a workflow", path));
                    continue;
                }

                diagnostics.AddRange(RuleLinter.Lint(path, catalog.Value));
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                DiagnosticsOutput.Json(context.Output, diagnostics);
            }
            else
            {
                DiagnosticsOutput.Table(context.Console, diagnostics, $"eco rules lint ({paths.Count} file(s))");
            }

            return diagnostics.Any(d => d.IsError) ? EcoCli.ProblemsFound : EcoCli.Ok;
        });
        return new Command("rules", "Work with rule files.") { lint, ImportCommands.RulesImport(context) };
    }
}
