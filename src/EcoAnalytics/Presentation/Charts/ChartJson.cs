using Newtonsoft.Json;
using Plotly.NET;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>
/// A chart as plotly.js figure JSON (<c>{"data":[…],"layout":{…}}</c>): deterministic, unlike Plotly.NET's HTML with
/// its GUID div ids. Plotly.NET's default template (≈ 10 KB per chart, slow to serialise) and its fixed 600 px width
/// are left out: charts take plotly.js's own look and the width of their container.
/// </summary>
public static class ChartJson
{
    // One serializer for every chart: Newtonsoft caches what it learns about the types once per settings instance.
    private static readonly JsonSerializerSettings Settings = new() { ReferenceLoopHandling = ReferenceLoopHandling.Serialize };

    /// <summary>The figure JSON of <paramref name="chart"/>.</summary>
    /// <param name="chart">The chart.</param>
    public static string Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var lean = GenericChart.mapLayout(Microsoft.FSharp.Core.FuncConvert.FromFunc<Layout, Layout>(l =>
        {
            var copy = new Layout();
            l.ShallowCopyDynamicPropertiesTo(copy, Microsoft.FSharp.Core.FSharpOption<bool>.Some(true));
            copy.RemoveProperty("template");
            copy.RemoveProperty("width");
            return copy;
        }), chart);
        return JsonConvert.SerializeObject(GenericChart.toFigure(lean), Settings);
    }
}
