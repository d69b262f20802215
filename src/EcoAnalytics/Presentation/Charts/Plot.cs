using System.Globalization;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.CSharp;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>The few Plotly.NET calls the charts make, with C#-friendly arguments (Plotly.NET types stay in this namespace).</summary>
internal static class Plot
{
    public static readonly Color Met = Color.fromHex("#2e7d32");
    public static readonly Color NotMet = Color.fromHex("#c62828");
    public static readonly Color NoData = Color.fromHex("#9e9e9e");
    public static readonly Color Error = Color.fromHex("#6a1b9a");
    public static readonly Color Projection = Color.fromHex("#1565c0");
    public static readonly Color BandFill = Color.fromString("rgba(21,101,192,0.18)");

    private static readonly string[] Palette = ["#e65100", "#6d4c41", "#00838f", "#ad1457", "#558b2f", "#4527a0"];

    public static Color ThresholdColor(int index) => Color.fromHex(Palette[index % Palette.Length]);

    public static GenericChart Markers(IEnumerable<int> x, IEnumerable<double> y, string name, IEnumerable<string> hover, Color color, StyleParam.MarkerSymbol symbol, bool showLegend = true) =>
        CSharpChart.Point<int, double, string>(
            x, y,
            Name: name,
            ShowLegend: showLegend,
            MultiText: hover.ToArray(),
            MarkerColor: color,
            MarkerSymbol: symbol,
            UseDefaults: false);

    public static GenericChart Line(IEnumerable<int> x, IEnumerable<double> y, string name, Color color, StyleParam.DrawingStyle dash, double width = 2, bool showLegend = true, IEnumerable<string>? hover = null) =>
        CSharpChart.Line<int, double, string>(
            x, y,
            Name: name,
            ShowLegend: showLegend,
            MultiText: hover is null ? default(Plotly.NET.CSharp.Optional<IEnumerable<string>>) : hover.ToArray(),
            LineColor: color,
            LineWidth: width,
            LineDash: dash,
            UseDefaults: false);

    public static GenericChart Band(IReadOnlyList<int> x, IReadOnlyList<double> lower, IReadOnlyList<double> upper, string name)
    {
        // A closed polygon (upper left to right, lower back) filled: one legend entry for the interval band.
        var xs = x.Concat(x.Reverse()).ToArray();
        var ys = upper.Concat(lower.Reverse()).ToArray();
        return CSharpChart.Scatter<int, double, string>(
            xs, ys, StyleParam.Mode.Lines,
            Name: name,
            Fill: StyleParam.Fill.ToSelf,
            FillColor: BandFill,
            LineColor: Color.fromString("rgba(21,101,192,0)"),
            LineWidth: 0,
            UseDefaults: false);
    }

    public static GenericChart Titled(GenericChart chart, string title, string xTitle, string yTitle, int height)
    {
        chart = Plotly.NET.Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart);
        chart = chart.WithXAxisStyle<int, int, int>(TitleText: xTitle).WithYAxisStyle<double, double, double>(TitleText: yTitle);
        return Layout(chart, height);
    }

    public static GenericChart Layout(GenericChart chart, int height) =>
        chart.WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, Y: -0.25).WithSize(Height: height);

    /// <summary>Sets a plotly.js attribute on every trace of the chart (one the C# bindings do not expose).</summary>
    public static GenericChart SetOnTraces(GenericChart chart, string name, object value) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(t =>
        {
            t.SetProperty(name, value);
            return t;
        }), chart);

    /// <summary>Sets a plotly.js layout attribute.</summary>
    public static GenericChart SetOnLayout(GenericChart chart, string name, object value) =>
        GenericChart.mapLayout(FuncConvert.FromFunc<Layout, Layout>(l =>
        {
            l.SetProperty(name, value);
            return l;
        }), chart);

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
