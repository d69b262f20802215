using EcoAnalytics.Data;
using EcoAnalytics.Synthetic;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Synthetic;

public class ObservationCsvTests
{
    private static string Write(ObservationTable table)
    {
        var writer = new StringWriter();
        ObservationCsv.Write(table, writer);
        return writer.ToString();
    }

    [Fact]
    public void Write_Rows_SortedByCountyIndicatorYearThenRealBeforeSynthetic()
    {
        var read = Some.Reader().ReadText(Some.Csv(
            "lushi,pm25,2021,30,synthetic,synthetic: test",
            "lushi,pm25,2021,29.67,derived:seed:a#L1,",
            "lushi,pm25,2021,29.6,seed:a#L1,",
            "lushi,forest_coverage,2020,70,seed:a#L2,",
            "dengfeng,pm25,2020,40,seed:b#L1,",
            "lushi,pm25,2019,33,seed:a#L3,"));

        var lines = Write(read.Value).Split('\n');

        Assert.Equal(
        [
            ObservationCsv.Header,
            "dengfeng,pm25,2020,40,seed:b#L1,",
            "lushi,forest_coverage,2020,70,seed:a#L2,",
            "lushi,pm25,2019,33,seed:a#L3,",
            "lushi,pm25,2021,29.6,seed:a#L1,",
            "lushi,pm25,2021,29.67,derived:seed:a#L1,",
            "lushi,pm25,2021,30,synthetic,synthetic: test",
            string.Empty,
        ], lines);
    }

    [Fact]
    public void Write_FieldsWithCommasQuotesAndNewlines_QuotedAndReadBackExactly()
    {
        var table = Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,29.67,seed:a#L1,placeholder")).Value;
        table.Add(new Observation("dengfeng", "pm25", 2021, 0.1 + 0.2, null, "https://example.org/x?a=1,2", "he said \"about 30\",\nthen revised"));
        table.Add(new Observation("dengfeng", "eco_compensation_mechanism", 2021, 3, "全面实施", "seed:b#L4", "状态, 标签"));

        var text = Write(table);
        var back = Some.Reader().ReadText(text);

        Assert.Contains("\"https://example.org/x?a=1,2\",\"he said \"\"about 30\"\",\nthen revised\"", text, StringComparison.Ordinal);
        Assert.Empty(back.Diagnostics);
        var fields = (Observation o) => (o.County, o.Indicator, o.Year, o.Value, o.Label, o.Source, o.Note);
        Assert.Equal(table.Select(fields).OrderBy(f => f.County, StringComparer.Ordinal).ThenBy(f => f.Indicator, StringComparer.Ordinal), back.Value.Select(fields));
    }

    [Fact]
    public void Write_Numbers_ShortestRoundTripInvariantCulture()
    {
        var table = Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,29.67,seed:a#L1,")).Value;
        table.Add(new Observation("lushi", "gdp", 2021, 1234567.125, null, "seed:a#L2", string.Empty));
        table.Add(new Observation("lushi", "forest_coverage", 2021, 0.1 + 0.2, null, "seed:a#L3", string.Empty));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var text = Write(table);
            Assert.Contains("lushi,gdp,2021,1234567.125,", text, StringComparison.Ordinal);
            Assert.Contains("lushi,forest_coverage,2021,0.30000000000000004,", text, StringComparison.Ordinal);
            Assert.Contains("lushi,pm25,2021,29.67,", text, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Write_StatusIndicator_WritesTheLabel()
    {
        var table = Some.Reader().ReadText(Some.Csv("dengfeng,eco_compensation_mechanism,2021,建立,seed:b#L9,")).Value;
        Assert.Contains("dengfeng,eco_compensation_mechanism,2021,建立,seed:b#L9,", Write(table), StringComparison.Ordinal);
    }
}
