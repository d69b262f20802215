using System.Globalization;
using System.Text;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Io;
using EcoAnalytics.Synthetic;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Data;

public class ObservationReaderTests
{
    private static Diagnostic OnlyDiagnostic(params string[] lines)
    {
        var result = Some.Reader().ReadText(Some.Csv(lines), "obs.csv");
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void ReadText_GoodRows_LoadedWithValuesSourcesNotesAndLines()
    {
        var result = Some.Reader().ReadText(Some.Csv(
            "lushi,pm25,2021,29.67,seed:000.txt#L20,",
            "dengfeng,eco_compensation_mechanism,2021,建立,seed:002.txt#L9,as printed"), "obs.csv");

        Assert.Empty(result.Diagnostics);
        var rows = result.Value.ToList();
        Assert.Equal(("lushi", "pm25", 2021, 29.67, (string?)null, "seed:000.txt#L20", string.Empty, "obs.csv", 2),
            (rows[0].County, rows[0].Indicator, rows[0].Year, rows[0].Value, rows[0].Label, rows[0].Source, rows[0].Note, rows[0].File, rows[0].Line));
        Assert.Equal((2.0, "建立", "as printed", 3), (rows[1].Value, rows[1].Label, rows[1].Note, rows[1].Line));
    }

    [Fact]
    public void ReadText_GermanCurrentCulture_DecimalPointStillADecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var result = Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,1.5,seed:a#L1,", "lushi,gdp,2021,1234.5,seed:a#L2,"));
            Assert.Empty(result.Diagnostics);
            Assert.Equal([1.5, 1234.5], result.Value.Select(o => o.Value));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ReadText_NotANumber_Eco104AtLineAndColumn()
    {
        var d = OnlyDiagnostic("lushi,pm25,2021,29.67,seed:a#L1,", "lushi,urban_sewage_treatment,2021,9O.5,seed:a#L2,");
        Assert.Equal((DiagnosticCodes.NotANumber, 3, 4), (d.Code, d.Line, d.Column));
        Assert.Equal("obs.csv:3:4: error ECO104: value '9O.5' for urban_sewage_treatment is not a number", d.ToString());
        Assert.Equal(("lushi", "urban_sewage_treatment", 2021), (d.County, d.Indicator, d.Year));
    }

    [Fact]
    public void ReadText_DecimalCommaInQuotes_Eco104()
    {
        var d = OnlyDiagnostic("lushi,pm25,2021,\"29,67\",seed:a#L1,");
        Assert.Equal((DiagnosticCodes.NotANumber, 2, 4), (d.Code, d.Line, d.Column));
        Assert.Contains("value '29,67'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_EmptyValue_Eco104NamesIt()
    {
        Assert.Contains("an empty value for pm25 is not a number", OnlyDiagnostic("lushi,pm25,2021,,seed:a#L1,").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_UnknownCounty_Eco101WithDidYouMean()
    {
        var d = OnlyDiagnostic("lushii,pm25,2021,30,seed:a#L1,");
        Assert.Equal("obs.csv:2:1: error ECO101: unknown county 'lushii' (did you mean 'lushi'?)", d.ToString());
        Assert.Equal("lushii", d.County);
    }

    [Fact]
    public void ReadText_EmptyIdsAfterGoodRows_Eco101AndEco102()
    {
        var result = Some.Reader().ReadText(Some.Csv(
            "lushi,pm25,2021,30,seed:a#L1,",
            ",pm25,2022,30,seed:a#L2,",
            "lushi,,2022,30,seed:a#L3,",
            "卢氏县,pm25,2023,28,seed:a#L4,",
            "lushi,pm25,2024,27,seed:a#L5,"), "obs.csv");

        Assert.Equal([(DiagnosticCodes.UnknownCounty, 3, 1), (DiagnosticCodes.UnknownIndicator, 4, 2)], result.Diagnostics.Select(d => (d.Code, d.Line ?? 0, d.Column ?? 0)));
        Assert.Equal([2021, 2023, 2024], result.Value.Select(o => o.Year));
        Assert.All(result.Value, o => Assert.Equal(("lushi", "pm25"), (o.County, o.Indicator)));
    }

    [Fact]
    public void ReadText_CountyByChineseName_Resolved()
    {
        var result = Some.Reader().ReadText(Some.Csv("卢氏县,pm25,2021,30,seed:a#L1,"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("lushi", result.Value[0].County);
    }

    [Fact]
    public void ReadText_UnknownIndicator_Eco102WithDidYouMean()
    {
        var d = OnlyDiagnostic("lushi,forest_coverge,2021,70,seed:a#L1,");
        Assert.Equal("obs.csv:2:2: error ECO102: unknown indicator 'forest_coverge' (did you mean 'forest_coverage'?)", d.ToString());
        Assert.Equal(("lushi", "forest_coverge"), (d.County, d.Indicator));
    }

    [Fact]
    public void ReadText_IndicatorByChineseAlias_Resolved()
    {
        var result = Some.Reader().ReadText(Some.Csv("lushi,林木覆盖率,2021,70,seed:a#L1,"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("forest_coverage", result.Value[0].Indicator);
    }

    [Theory]
    [InlineData("20x1")]
    [InlineData("1800")]
    [InlineData("-2021")]
    public void ReadText_InvalidYear_Eco103AtColumn3(string year)
    {
        var d = OnlyDiagnostic($"lushi,pm25,{year},30,seed:a#L1,");
        Assert.Equal((DiagnosticCodes.InvalidYear, 2, 3), (d.Code, d.Line, d.Column));
        Assert.Equal($"year '{year}' for pm25 is not a year between 1949 and 2100", d.Message);
    }

    [Fact]
    public void ReadText_OutOfBounds_Eco105WithBoundsAndUnit()
    {
        var d = OnlyDiagnostic("lushi,forest_coverage,2021,100.5,seed:a#L1,");
        Assert.Equal("obs.csv:2:4: error ECO105: value 100.5 for forest_coverage lies outside its bounds [0, 100] %", d.ToString());
        var below = OnlyDiagnostic("lushi,pm25,2021,-1,seed:a#L1,");
        Assert.Contains("outside its bounds [0, ∞] μg/m³", below.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_MissingSource_Eco107AtColumn5()
    {
        var d = OnlyDiagnostic("lushi,pm25,2021,30, ,note");
        Assert.Equal("obs.csv:2:5: error ECO107: pm25 2021 has no source; every observation must say where it comes from", d.ToString());
    }

    [Fact]
    public void ReadText_UnknownStatusLabel_Eco108()
    {
        var d = OnlyDiagnostic("dengfeng,eco_compensation_mechanism,2021,差不多,seed:a#L1,");
        Assert.Equal((DiagnosticCodes.UnknownStatus, 2, 4), (d.Code, d.Line, d.Column));
        Assert.StartsWith("status '差不多' for eco_compensation_mechanism is not on the status ladder (", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_DuplicateFromSameSource_Eco106ErrorNamingBothLines()
    {
        var result = Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,30,seed:a#L1,", "lushi,gdp,2021,80,seed:a#L2,", "lushi,pm25,2021,31,seed:a#L1,"), "obs.csv");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("obs.csv:4: error ECO106: lushi pm25 2021 is already given on line 2 by the same source", d.ToString());
        Assert.Equal(3, result.Value.Count);
    }

    [Fact]
    public void ReadText_DuplicateFromOtherSource_Eco106WarningBothKept()
    {
        var result = Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,30,http://example.org/a,", "lushi,pm25,2021,29.67,seed:a#L1,"), "obs.csv");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.Duplicate, 3), (d.Severity, d.Code, d.Line));
        Assert.Equal("lushi pm25 2021 is also given on line 2 (30 from http://example.org/a); both are kept, the panel uses 29.67", d.Message);
        Assert.Equal(2, result.Value.Count);
    }

    [Fact]
    public void Read_DuplicateAcrossFiles_NamesTheOtherFile()
    {
        using var folder = new Some.TempFolder();
        var a = folder.Write("a.csv", Some.Csv("lushi,pm25,2021,30,seed:a#L1,"));
        var b = folder.Write("b.csv", Some.Csv("lushi,gdp,2021,80,seed:a#L2,", "lushi,pm25,2021,30,seed:a#L1,"));
        var d = Assert.Single(Some.Reader().Read([a, b]).Diagnostics);
        Assert.Equal((b, 3), (d.File, d.Line));
        Assert.Contains($"already given on {a} line 2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_DuplicatesInASparseKeySpace_ReportedTheSameWay()
    {
        var counties = PanelGenerator.GenerateNational(Some.Catalog(), counties: 100, indicators: 1, years: 1).Counties;
        var reader = new ObservationReader(Some.Catalog(), counties, new FixedClock(2100));

        var result = reader.ReadText(Some.Csv("syn0100,pm25,1950,30,seed:a#L1,", "syn0001,pm25,2100,30,seed:a#L2,", "syn0100,pm25,1950,31,seed:a#L1,"), "obs.csv");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("obs.csv:4: error ECO106: syn0100 pm25 1950 is already given on line 2 by the same source", d.ToString());
    }

    [Fact]
    public void ReadText_RepeatedStatusLabels_EveryRowGetsItsLevelAndLabel()
    {
        var result = Some.Reader().ReadText(Some.Csv(
            "lushi,eco_compensation_mechanism,2019,建立,seed:a#L1,",
            "lushi,eco_compensation_mechanism,2020,\"建立\",seed:a#L2,",
            "lushi,eco_compensation_mechanism,2021, 全面 实施 ,seed:a#L3,",
            "dengfeng,eco_compensation_mechanism,2021,建立,seed:b#L1,",
            "dengfeng,eco_compensation_mechanism,2022,差不多,seed:b#L2,",
            "dengfeng,eco_compensation_mechanism,2023,差不多,seed:b#L3,"), "obs.csv");

        Assert.Equal([(DiagnosticCodes.UnknownStatus, 6), (DiagnosticCodes.UnknownStatus, 7)], result.Diagnostics.Select(d => (d.Code, d.Line ?? 0)));
        Assert.Equal([(2.0, "建立"), (2.0, "建立"), (3.0, "全面 实施"), (2.0, "建立")], result.Value.Select(o => (o.Value, o.Label)));
    }

    [Fact]
    public void ReadText_GoodAirDaysContradictRatio_Eco120Warning()
    {
        var result = Some.Reader().ReadText(Some.Csv("lushi,good_air_ratio,2021,83.6,seed:a#L1,", "lushi,good_air_days,2021,327,seed:a#L1,"), "obs.csv");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.Inconsistent, 3, "good_air_days", 2021), (d.Severity, d.Code, d.Line, d.Indicator, d.Year));
        Assert.Equal("lushi 2021: good_air_days 327 / 365 = 89.6 % but good_air_ratio is 83.6 % (obs.csv line 2); they differ by 6.0 points (tolerance 0.5)", d.Message);
    }

    [Fact]
    public void ReadText_GoodAirDaysInLeapYear_DividedBy366()
    {
        Assert.Empty(Some.Reader().ReadText(Some.Csv("lushi,good_air_ratio,2020,89.3,seed:a#L1,", "lushi,good_air_days,2020,327,seed:a#L1,")).Diagnostics);
    }

    [Fact]
    public void ReadText_MissingColumn_Eco010ListsTheHeader()
    {
        var result = Some.Reader().ReadText("county,indicator,year,value\nlushi,pm25,2021,30\n", "obs.csv");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("obs.csv:1: error ECO010: the header has no 'source' column (found: county, indicator, year, value)", d.ToString());
        Assert.Empty(result.Value);
    }

    [Fact]
    public void ReadText_NoNoteColumn_Accepted()
    {
        var result = Some.Reader().ReadText("Source,County,Indicator,Year,Value\nseed:a#L1,lushi,pm25,2021,30\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal((30.0, string.Empty), (result.Value[0].Value, result.Value[0].Note));
    }

    [Fact]
    public void ReadText_TooFewFields_Eco011()
    {
        var d = OnlyDiagnostic("lushi,pm25,2021,30");
        Assert.Equal("obs.csv:2: error ECO011: the row has 4 fields, the header 6", d.ToString());
    }

    [Fact]
    public void ReadText_UnterminatedQuote_Eco011()
    {
        var d = OnlyDiagnostic("lushi,pm25,2021,30,seed:a#L1,\"never closed");
        Assert.Equal((DiagnosticCodes.MalformedRow, 2), (d.Code, d.Line));
        Assert.Contains("not closed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_EmptyText_Eco002()
    {
        var d = Assert.Single(Some.Reader().ReadText(string.Empty, "obs.csv").Diagnostics);
        Assert.Equal("obs.csv:1: error ECO002: the file is empty: expected a header row", d.ToString());
    }

    [Fact]
    public void ReadText_HeaderOnly_Eco002AtLine2()
    {
        var d = Assert.Single(Some.Reader().ReadText(Some.Csv(), "obs.csv").Diagnostics);
        Assert.Equal("obs.csv:2: error ECO002: the file has a header but no observations", d.ToString());
    }

    [Fact]
    public void Read_MissingFile_Eco001()
    {
        var path = Path.Combine(Path.GetTempPath(), "eco-no-such-" + Guid.NewGuid().ToString("N") + ".csv");
        var d = Assert.Single(Some.Reader().Read([path]).Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.FileNotFound, path), (d.Severity, d.Code, d.File));
    }

    [Fact]
    public void Read_Gb18030File_AutoDetectedWithEco004AndChineseKept()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var folder = new Some.TempFolder();
        var path = folder.Write("gbk.csv", Encoding.GetEncoding("GB18030").GetBytes(Some.Csv("卢氏县,森林覆盖率,2021,70.1,seed:a#L1,县域平均")));

        var result = Some.Reader().Read([path]);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Info, DiagnosticCodes.LegacyEncoding), (d.Severity, d.Code));
        Assert.Equal(("lushi", "forest_coverage", 70.1, "县域平均"), (result.Value[0].County, result.Value[0].Indicator, result.Value[0].Value, result.Value[0].Note));
    }

    [Fact]
    public void Read_Gb18030FileAsUtf8_Eco003ErrorWithLineAndNoRows()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var folder = new Some.TempFolder();
        var path = folder.Write("gbk.csv", Encoding.GetEncoding("GB18030").GetBytes(Some.Csv("lushi,pm25,2021,30,seed:a#L1,", "lushi,pm25,2022,28,seed:a#L2,县域平均")));

        var result = Some.Reader().Read([path], InputEncoding.Utf8);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.WrongEncoding, path, 3), (d.Severity, d.Code, d.File, d.Line));
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Read_Utf8WithBom_HeaderRecognised()
    {
        using var folder = new Some.TempFolder();
        var path = folder.Write("bom.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Some.Csv("lushi,pm25,2021,30,seed:a#L1,"))]);
        var result = Some.Reader().Read([path]);
        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Value);
    }

    [Fact]
    public void ReadText_BadRowsAmongGoodOnes_BadSkippedGoodKeptInOrder()
    {
        var result = Some.Reader().ReadText(Some.Csv(
            "lushi,pm25,2021,30,seed:a#L1,",
            "lushi,pm25,2022,3O,seed:a#L2,",
            "nowhere,pm25,2021,30,seed:a#L3,",
            "lushi,pm25,2023,27.5,seed:a#L4,",
            "lushi,forest_coverage,2021,170,seed:a#L5,",
            "dengfeng,pm25,2021,41,seed:b#L1,"), "obs.csv");

        Assert.Equal([(DiagnosticCodes.NotANumber, 3), (DiagnosticCodes.UnknownCounty, 4), (DiagnosticCodes.OutOfBounds, 6)], result.Diagnostics.Select(d => (d.Code, d.Line ?? 0)));
        Assert.Equal([(2021, 30.0, 2), (2023, 27.5, 5), (2021, 41.0, 7)], result.Value.Select(o => (o.Year, o.Value, o.Line)));
    }

    [Fact]
    public void ReadText_QuotedNotesWithCommasAndNewlines_LaterLineNumbersRight()
    {
        var result = Some.Reader().ReadText(Some.Csv(
            "lushi,pm25,2021,30,seed:a#L1,\"one, two\nthree\r\nfour\"",
            "lushi,pm25,2022,bad,seed:a#L2,",
            "lushi,pm25,2023,27,\"seed:a#L3\",\"he said \"\"27\"\"\""), "obs.csv");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.NotANumber, 5, 4), (d.Code, d.Line, d.Column));
        Assert.Equal("one, two\nthree\r\nfour", result.Value[0].Note);
        Assert.Equal(("seed:a#L3", "he said \"27\"", 6), (result.Value[1].Source, result.Value[1].Note, result.Value[1].Line));
    }

    [Fact]
    public void ReadText_LoadResult_HasErrorsOnlyForErrors()
    {
        Assert.False(Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,30,http://a,", "lushi,pm25,2021,29,seed:a#L1,")).HasErrors);
        Assert.True(Some.Reader().ReadText(Some.Csv("lushi,pm25,2021,x,seed:a#L1,")).HasErrors);
    }
}
