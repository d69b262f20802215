using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Import;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Cli;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Import;

/// <summary>A wide Excel ledger (test data) imports into observations that validate and evaluate.</summary>
public sealed class LedgerImportTests
{
    private static string WideLedger() => AnnexFiles.Xlsx("ledger.xlsx", "监测台账", [
        ["卢氏县生态指标监测台账（测试数据）", null, null, null, null],
        ["指标名称", "单位", "2021年", "2022年", "2023年"],
        ["环境空气质量优良天数比例", "%", 88.5, 90.2, 91.4],
        ["林草覆盖率", "％", 70.1, null, 71.3],
        ["河长制", "-", "建立", "全面实施", "全面实施"],
        ["PM2.5年均浓度", "mg/m³", 0.031, 0.030, 0.029],
        ["不存在的指标", "%", 1, 2, 3],
        [null, null, null, null, null],
        ["注：2022年林草覆盖率未监测。", null, null, null, null],
    ]);

    [Fact]
    public void WideExcelLedger_ImportsValidatesAndEvaluates()
    {
        var result = LedgerImporter.ImportFile(WideLedger(), "lushi", ImportFixtures.Catalog);
        var values = result.Value;
        Assert.Equal(8, values.Count); // 3 + 2 (2022 blank = missing) + 3
        var cell = values.Single(v => v.Indicator == "forest_grass_coverage" && v.Year == 2023);
        Assert.Equal(("71.3", "ledger.xlsx#监测台账!E4"), (cell.Value, cell.Source[(cell.Source.IndexOf('-', StringComparison.Ordinal) + 1)..]));
        var unit = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnitMismatch);
        Assert.Equal(("pm25", 6, 2), (unit.Indicator, unit.Line, unit.Column));
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownIndicatorName);
        Assert.Equal(7, unknown.Line);

        var counties = CountyRegistry.Load(DatasetPaths.Default.Counties).Value;
        var table = new ObservationReader(ImportFixtures.Catalog, counties).ReadText(LedgerImporter.ToCsv(values), "imported.csv");
        Assert.DoesNotContain(table.Diagnostics, d => d.IsError);
        var programme = CompiledProgramme.Compile(SeedAnnexRoundTripTests.Curated("lushi-lianshan-2023.json"), ImportFixtures.Catalog);
        var compliance = ProgrammeEvaluator.Evaluate(programme, Dataset.FromTables(table.Value), new EvaluationOptions { Years = [2023] });
        Assert.Equal(ComplianceStatus.Met, compliance.Single(r => r.Indicator == "good_air_ratio").Status); // 91.4 > 90
        Assert.Equal(ComplianceStatus.Met, compliance.Single(r => r.Indicator == "forest_grass_coverage").Status); // 山区: 71.3 > 60
    }

    /// <summary>A value merged across two year columns is read where it is printed, not copied into the other year.</summary>
    [Fact]
    public void MergedValueCells_AreNotCopiedIntoOtherYears()
    {
        var path = AnnexFiles.XlsxWithMerges(
            "merged-ledger.xlsx",
            "台账",
            [
                ["测试台账（非真实数据）", null, null, null],
                ["指标名称", "单位", "2022年", "2023年"],
                ["林草覆盖率", "%", 70.1, null],
            ],
            "A1:D1",
            "C3:D3");
        var result = LedgerImporter.ImportFile(path, "lushi", ImportFixtures.Catalog);
        var value = Assert.Single(result.Value);
        Assert.Equal((2022, "70.1"), (value.Year, value.Value));
    }

    [Fact]
    public void LongCsvLedger_KeepsItsCountyRowsAndCellSources()
    {
        var path = ImportFixtures.Write("long.csv", "county,indicator,year,value,source,note\nlushi,林草覆盖率,2023,71.3,统计年鉴,\ndengfeng,forest_grass_coverage,2023,45,x,\n");
        var result = LedgerImporter.ImportFile(path, "lushi", ImportFixtures.Catalog);
        var value = Assert.Single(result.Value);
        Assert.Equal(("forest_grass_coverage", 2023, "71.3", "ledger source: 统计年鉴"), (value.Indicator, value.Year, value.Value, value.Note));
        Assert.EndsWith("long.csv!D2", value.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_ImportObservations_WritesAFileThatValidates()
    {
        var output = ImportFixtures.PathOf("observations.csv");
        var (exit, _, _) = CliRunner.Run("import", "observations", WideLedger(), "--county", "lushi", "--out", output);
        Assert.Equal(1, exit); // the PM2.5 unit and the unknown name are errors; the other rows are written
        var (validate, text, _) = CliRunner.Run("validate", "--data", output, "--format", "json");
        Assert.Equal(0, validate);
        Assert.Contains("\"errors\": 0", text, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("import", "observations", WideLedger(), "--county", "nowhere").Exit);
    }

    [SourcesFact]
    public void Cli_RulesImport_OfTheLushiAnnex_Lints()
    {
        var annex = ImportFixtures.Write("lushi.tsv", SeedAnnexRoundTripTests.SeedLines(SeedAnnexRoundTripTests.Lushi, 203, 228));
        var output = ImportFixtures.PathOf("lushi.json");
        var (exit, text, _) = CliRunner.Run("rules", "import", annex, "--county", "lushi", "--name", "lushi-imported", "--out", output);
        Assert.True(exit == 0, text);
        Assert.Equal(0, CliRunner.Run("rules", "lint", output).Exit);
        Assert.Equal(1, CliRunner.Run("rules", "import", ImportFixtures.Write("empty.tsv", "no table here\n")).Exit);
    }
}
