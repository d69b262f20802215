using System.Globalization;
using System.Text;
using EcoAnalytics.Presentation.Workbook;
using EcoAnalytics.Tests.Cli;
using MiniExcelLibs;

namespace EcoAnalytics.Tests.Presentation;

public sealed class WorkbookTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    [Fact]
    public void Workbook_OpensWithItsSheets()
    {
        var sheets = MiniExcel.GetSheetNames(report.WorkbookPath);
        Assert.Contains("总览", sheets);
        Assert.Contains("来源", sheets);
        Assert.Contains("规则出处", sheets);
        foreach (var programme in new[] { "dengfeng-provincial-2023", "lushi-demonstration-2022", "lushi-lianshan-2023", "qinshui-consolidation-2020", "shanzhou-2022" })
        {
            Assert.Contains(programme, sheets);
        }
    }

    [Fact]
    public void ProgrammeSheets_HoldTheFiguresOfTheEvaluateCsv_AsNumbers()
    {
        var csv = Csv("evaluate", "--format", "csv");
        var sheetRows = AllProgrammeRows().Where(r => r["年份"] is not null).ToList();
        Assert.Equal(csv.Count, sheetRows.Count);
        var byKey = sheetRows.ToDictionary(r => (Text(r["县"]), Text(r["方案"]), Text(r["规则"]), Convert.ToInt32(r["年份"], CultureInfo.InvariantCulture)));
        foreach (var row in csv)
        {
            var sheet = byKey[(Text(row["county"]), Text(row["workflow"]), Text(row["rule"]), int.Parse(Text(row["year"]), CultureInfo.InvariantCulture))];
            AssertSame(row["value"], sheet["值"]);
            AssertSame(row["threshold"], sheet["阈值"]);
            AssertSame(row["gap"], sheet["差距"]);
            var synthetic = Text(row["message"]).StartsWith("[synthetic data]", StringComparison.Ordinal);
            Assert.True(!synthetic || Text(sheet["数据性质"]) == ReportWorkbook.SyntheticMark, $"{row["rule"]}: a synthetic row is not marked");
        }
    }

    [Fact]
    public void ProgrammeSheets_HoldTheFiguresOfTheForecastCsv()
    {
        var csv = Csv("forecast", "--deadline", "2025", "--format", "csv");
        var sheet = AllProgrammeRows().Where(r => r["模型"] is not null).ToList();
        Assert.Equal(csv.Count, sheet.Count);
        var byKey = sheet.GroupBy(r => (Text(r["县"]), Text(r["规则"]), Text(r["指标代码"]))).ToDictionary(g => g.Key, g => g.First());
        foreach (var row in csv)
        {
            var s = byKey[(Text(row["county"]), Text(row["rule"]), Text(row["indicator"]))];
            AssertSame(row["projected"], s["截止年预测"]);
            AssertSame(row["lower"], s["区间下限"]);
            AssertSame(row["probability_met"], s["达标概率"]);
            AssertSame(row["target"], s["目标"]);
        }
    }

    [Fact]
    public void SourcesSheet_MarksEverySyntheticValue()
    {
        var rows = MiniExcel.Query(report.WorkbookPath, useHeaderRow: true, sheetName: "来源").Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(Text(r["来源"]) == "synthetic", Text(r["数据性质"]) == ReportWorkbook.SyntheticMark));
        Assert.All(rows, r => Assert.IsType<double>(r["值"]));
    }

    [Fact]
    public void Csv_WithBom_StartsWithTheBomAndIsOtherwiseUnchanged()
    {
        foreach (var args in new[] { new[] { "evaluate", "--format", "csv" }, ["forecast", "--format", "csv"] })
        {
            var plain = CliRunner.Run(args).Out;
            var bom = CliRunner.Run([.. args, "--bom"]).Out;
            Assert.Equal('\uFEFF' + plain, bom);
        }
    }

    private List<IDictionary<string, object?>> AllProgrammeRows() =>
        MiniExcel.GetSheetNames(report.WorkbookPath).Where(s => s is not ("总览" or "来源" or "规则出处"))
            .SelectMany(s => MiniExcel.Query(report.WorkbookPath, useHeaderRow: true, sheetName: s).Cast<IDictionary<string, object?>>()).ToList();

    private static List<IDictionary<string, object?>> Csv(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.True(exit == 0, error);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(output));
        return MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.CSV).Cast<IDictionary<string, object?>>().ToList();
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static void AssertSame(object? csv, object? sheet)
    {
        var text = Text(csv);
        if (text.Length == 0)
        {
            Assert.True(sheet is null || Text(sheet).Length == 0, $"the workbook has {sheet} where the CSV is empty");
            return;
        }

        var number = Assert.IsType<double>(sheet);
        Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), number, 9);
    }
}
