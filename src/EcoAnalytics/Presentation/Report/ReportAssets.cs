namespace EcoAnalytics.Presentation.Report;

/// <summary>What the report's page carries inline: plotly.js (read from the Plotly.NET assembly at run time), the style sheet and the table script.</summary>
internal static class ReportAssets
{
    private static readonly Lazy<string> Plotly = new(LoadPlotly);

    /// <summary>The full plotly.js that Plotly.NET embeds (<c>Plotly.NET.plotly-2.28.0.min.js</c>).</summary>
    public static string PlotlyJs => Plotly.Value;

    private static string LoadPlotly()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.Contains("plotly", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);

        // Inside an HTML script element the text must not close it early.
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }

    public const string Css = """
        :root { --met: #2e7d32; --notmet: #c62828; --nodata: #757575; --error: #6a1b9a; --synthetic: #8d6e63; }
        body { font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; margin: 0; color: #212121; background: #fafafa; }
        header { background: #1b5e20; color: #fff; padding: 16px 28px; }
        header h1 { margin: 0 0 6px; font-size: 24px; }
        header p { margin: 2px 0; opacity: .92; }
        nav { background: #fff; border-bottom: 1px solid #ddd; padding: 8px 28px; position: sticky; top: 0; z-index: 10; }
        nav a { margin-right: 16px; color: #1b5e20; text-decoration: none; font-weight: 600; }
        main { padding: 8px 28px 40px; }
        section { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; margin: 18px 0; padding: 12px 20px; }
        h2 { border-bottom: 2px solid #1b5e20; padding-bottom: 4px; }
        h3 { margin-top: 26px; color: #1b5e20; }
        .banner { background: #fff3e0; border: 1px solid #ffb74d; color: #5d4037; padding: 8px 12px; border-radius: 4px; margin-top: 8px; }
        header .banner { color: #5d4037; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; }
        .card { border: 1px solid #ddd; border-radius: 6px; padding: 10px 14px; min-width: 260px; background: #fcfcfc; }
        .card h4 { margin: 0 0 6px; }
        .met { color: var(--met); font-weight: 600; } .notmet { color: var(--notmet); font-weight: 600; }
        .nodata { color: var(--nodata); } .error { color: var(--error); font-weight: 600; }
        table.data { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 14px; }
        table.data th { background: #e8f5e9; cursor: pointer; position: sticky; top: 38px; text-align: left; white-space: nowrap; }
        table.data th.sorted-asc::after { content: " ▲"; } table.data th.sorted-desc::after { content: " ▼"; }
        table.data td, table.data th { border: 1px solid #e0e0e0; padding: 3px 6px; vertical-align: top; }
        table.data td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.data tr.synthetic td { background: #efebe9; }
        .badge { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 3px; background: var(--synthetic); color: #fff; white-space: nowrap; }
        .filter { margin: 4px 0; padding: 4px 8px; width: 320px; max-width: 100%; border: 1px solid #bbb; border-radius: 4px; }
        .count { color: #616161; font-size: 12px; margin-left: 8px; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 10px; }
        .eco-chart { min-height: 300px; border: 1px solid #eee; }
        .wide { grid-column: 1 / -1; }
        code.source { font-size: 12px; word-break: break-all; }
        .quote { color: #424242; }
        .scroll { max-height: 640px; overflow: auto; }
        """;

    public const string Script = """
        (function () {
          function key(cell) { var v = cell.getAttribute('data-v'); if (v !== null && v !== '') return parseFloat(v); return cell.textContent.trim(); }
          document.querySelectorAll('table.data').forEach(function (table) {
            table.querySelectorAll('th').forEach(function (th, col) {
              th.addEventListener('click', function () {
                var asc = !th.classList.contains('sorted-asc');
                table.querySelectorAll('th').forEach(function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
                th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = key(a.cells[col]), y = key(b.cells[col]);
                  var bothNumbers = typeof x === 'number' && typeof y === 'number';
                  var c = bothNumbers ? x - y : String(x).localeCompare(String(y), 'zh');
                  return asc ? c : -c;
                });
                rows.forEach(function (r) { body.appendChild(r); });
              });
            });
          });
          document.querySelectorAll('input.filter').forEach(function (input) {
            var table = document.getElementById(input.getAttribute('data-table'));
            var count = input.nextElementSibling;
            input.addEventListener('input', function () {
              var words = input.value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0;
              Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
                var text = row.textContent.toLowerCase();
                var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
                row.style.display = ok ? '' : 'none'; if (ok) shown++;
              });
              if (count) count.textContent = shown + ' / ' + table.tBodies[0].rows.length;
            });
          });
          var config = { responsive: true, displaylogo: false };
          function draw(div) {
            if (div.getAttribute('data-drawn')) return;
            div.setAttribute('data-drawn', '1');
            var figure = JSON.parse(document.getElementById(div.id + '-figure').textContent);
            Plotly.newPlot(div, figure.data, figure.layout, config);
          }
          var divs = Array.prototype.slice.call(document.querySelectorAll('div.eco-chart'));
          var lazy = document.body.getAttribute('data-lazy-charts') === 'true' && 'IntersectionObserver' in window;
          if (lazy) {
            var observer = new IntersectionObserver(function (entries) {
              entries.forEach(function (e) { if (e.isIntersecting) { observer.unobserve(e.target); draw(e.target); } });
            }, { rootMargin: '600px' });
            divs.forEach(function (d) { observer.observe(d); });
          } else {
            divs.forEach(draw);
          }
        })();
        """;
}
