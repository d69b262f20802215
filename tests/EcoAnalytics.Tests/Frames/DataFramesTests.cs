using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Frames;
using EcoAnalytics.Synthetic;
using EcoAnalytics.Tests.Support;
using Microsoft.Data.Analysis;

namespace EcoAnalytics.Tests.Frames;

public class DataFramesTests
{
    private static ObservationTable Table() => Some.Reader().ReadText(Some.Csv(
        "lushi,pm25,2021,29.67,seed:a#L1,",
        "lushi,pm25,2019,33,synthetic,synthetic: test",
        "dengfeng,eco_compensation_mechanism,2020,建立,seed:b#L9,as printed",
        "dengfeng,forest_coverage,2021,41.5,http://example.org,\"scope, note\"")).Value;

    [Fact]
    public void ToDataFrame_Long_OneRowPerObservationWithTypedColumns()
    {
        var frame = Table().ToDataFrame();

        Assert.Equal(4, frame.Rows.Count);
        Assert.Equal(["county", "indicator", "year", "value", "status", "source", "note", "synthetic"], frame.Columns.Select(c => c.Name));
        Assert.Equal([typeof(string), typeof(string), typeof(int), typeof(double), typeof(string), typeof(string), typeof(string), typeof(bool)], frame.Columns.Select(c => c.DataType));
        Assert.Equal(29.67, frame["value"][0]);
        Assert.Null(frame["value"][2]);
        Assert.Equal("建立", frame["status"][2]);
        Assert.Null(frame["status"][0]);
        Assert.Equal([false, true, false, false], frame["synthetic"].Cast<bool?>().Select(b => b!.Value));
        Assert.Equal("scope, note", frame["note"][3]);
    }

    [Fact]
    public void ToDataFrame_Wide_CountyYearRowsAndIndicatorColumnsWithSources()
    {
        var frame = Panel.From(Table()).ToDataFrame();

        Assert.Equal(2 * 3, frame.Rows.Count);
        Assert.Equal(["county", "year", "forest_coverage", "forest_coverage_source", "pm25", "pm25_source", "eco_compensation_mechanism", "eco_compensation_mechanism_source"], frame.Columns.Select(c => c.Name));
        Assert.IsType<DoubleDataFrameColumn>(frame["pm25"]);
        Assert.IsType<StringDataFrameColumn>(frame["eco_compensation_mechanism"]);
        Assert.IsType<Int32DataFrameColumn>(frame["year"]);
        Assert.Equal(["lushi", "lushi", "lushi", "dengfeng", "dengfeng", "dengfeng"], frame["county"].Cast<string>());
        Assert.Equal([2019, 2020, 2021, 2019, 2020, 2021], frame["year"].Cast<int?>().Select(y => y!.Value));
        Assert.Equal([33.0, null, 29.67, null, null, null], frame["pm25"].Cast<double?>());
        Assert.Equal([null, null, null, null, "建立", null], frame["eco_compensation_mechanism"].Cast<string?>());
        Assert.Equal("synthetic", frame["pm25_source"][0]);
        Assert.Null(frame["pm25_source"][1]);
    }

    [Fact]
    public void ToDataFrame_Columns_BehaveLikeColumnsBuiltFromNullableArrays()
    {
        var frame = Panel.From(Table()).ToDataFrame();
        var expected = new DoubleDataFrameColumn("pm25", [33.0, null, 29.67, null, null, null]);
        var pm25 = (DoubleDataFrameColumn)frame["pm25"];

        Assert.Equal(expected.NullCount, pm25.NullCount);
        Assert.Equal(expected.GetReadOnlyDataBuffers().Single().ToArray(), pm25.GetReadOnlyDataBuffers().Single().ToArray());
        Assert.Equal(expected.Mean(), pm25.Mean());
        pm25[1] = 31.0;
        pm25[0] = null;
        Assert.Equal([null, 31.0, 29.67, null, null, null], pm25.Cast<double?>());
        Assert.Equal(4, pm25.NullCount);
    }

    [Fact]
    public void ToDataFrame_WideWithoutSources_NoSourceColumns()
    {
        var frame = Panel.From(Table()).ToDataFrame(includeSources: false);
        Assert.DoesNotContain(frame.Columns, c => c.Name.EndsWith(DataFrames.SourceSuffix, StringComparison.Ordinal));
    }

    [Fact]
    public void ToPanel_WideFrameOfAPanel_RoundTripsValuesLabelsAndSources()
    {
        var demo = PanelGenerator.GenerateDemonstration(Some.RealDataset(), ["lushi", "dengfeng"]);
        var panel = Panel.From(demo);

        var result = panel.ToDataFrame().ToPanel(Some.Catalog(), Some.Counties());
        Assert.Empty(result.Diagnostics);
        var back = result.Value;

        Assert.Equal(panel.Counties, back.Counties);
        Assert.Equal((panel.FirstYear, panel.LastYear), (back.FirstYear, back.LastYear));
        foreach (var county in panel.Counties)
        {
            foreach (var indicator in panel.Catalog)
            {
                foreach (var year in panel.Years)
                {
                    Assert.Equal(panel.Cell(county.Id, indicator.Code, year), back.Cell(county.Id, indicator.Code, year));
                }
            }
        }
    }

    [Fact]
    public void ToPanel_NoSourceColumn_ValuesMarkedUnspecified()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("county", ["lushi", "lushi"]),
            new Int32DataFrameColumn("year", [2020, 2021]),
            new DoubleDataFrameColumn("pm25", [35.0, null]),
            new StringDataFrameColumn("comment", ["x", "y"]));

        var panel = frame.ToPanel(Some.Catalog(), Some.Counties()).Value;

        Assert.Equal(new PanelCell("lushi", "pm25", 2020, 35, null, "unspecified"), panel.Cell("lushi", "pm25", 2020));
        Assert.Null(panel.Cell("lushi", "pm25", 2021));
    }

    [Fact]
    public void ToPanel_NoCountyColumn_ReportsAnErrorAndAnEmptyPanel()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("year", [2020]));
        var result = frame.ToPanel(Some.Catalog(), Some.Counties());
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.MissingColumn), (error.Severity, error.Code));
        Assert.Empty(result.Value.Counties);
    }

    [Fact]
    public void ToPanel_UnknownCounty_SkipsOnlyThatRowWithSuggestion()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("county", ["lushii", "lushi"]),
            new Int32DataFrameColumn("year", [2020, 2020]),
            new DoubleDataFrameColumn("pm25", [40.0, 35.0]));
        var result = frame.ToPanel(Some.Catalog(), Some.Counties());
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownCounty, error.Code);
        Assert.Contains("did you mean 'lushi'", error.Message, StringComparison.Ordinal);
        Assert.Equal("DataFrame row 0", error.File);
        Assert.Equal(35, result.Value.Value("lushi", "pm25", 2020));
    }

    [Fact]
    public void ToPanel_BadCells_AreReportedAndLeftEmptyWhileTheRestLoads()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("county", ["lushi", "lushi", "lushi"]),
            new StringDataFrameColumn("year", ["2020", "20x1", "2022"]),
            new StringDataFrameColumn("pm25", ["35", "34", "abc"]),
            new StringDataFrameColumn("eco_compensation_mechanism", ["建立", null!, "大概"]));
        var result = frame.ToPanel(Some.Catalog(), Some.Counties());
        Assert.Equal(
            [DiagnosticCodes.InvalidYear, DiagnosticCodes.NotANumber, DiagnosticCodes.UnknownStatus],
            result.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
        var panel = result.Value;
        Assert.Equal(35, panel.Value("lushi", "pm25", 2020));
        Assert.Equal("建立", panel.Cell("lushi", "eco_compensation_mechanism", 2020)!.Label);
        Assert.True(double.IsNaN(panel.Value("lushi", "pm25", 2022)));
        Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.NotANumber, County: "lushi", Indicator: "pm25", Year: 2022 });
    }
}
