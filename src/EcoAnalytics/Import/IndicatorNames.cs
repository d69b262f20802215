using EcoAnalytics.Catalog;

namespace EcoAnalytics.Import;

/// <summary>
/// An indicator cell read against the catalog: one indicator, or a heading with component names
/// (<c>水环境质量： 地表水责任目标达标情况 劣Ⅴ类水体断面 建成区黑臭水体</c>), or a composite followed by its components
/// (<c>农业废弃物综合利用率 秸秆综合利用率 畜禽粪污综合利用率 农膜回收利用率</c>).
/// </summary>
/// <param name="Group">The heading or composite, when it is a catalog indicator.</param>
/// <param name="Parts">The indicators named (one for a plain cell).</param>
/// <param name="Composite">True when the cell is a composite indicator followed by its components (no colon).</param>
/// <param name="Unknown">Words that no alias matches (never guessed), with the closest aliases.</param>
internal sealed record NameReading(Indicator? Group, IReadOnlyList<Indicator> Parts, bool Composite, IReadOnlyList<(string Words, IReadOnlyList<string> Close)> Unknown)
{
    public static NameReading Read(string cell, IndicatorCatalog catalog)
    {
        var text = ThresholdText.Normalize(cell);
        if (catalog.ResolveAlias(text) is { } single)
        {
            return new NameReading(null, [single], false, []);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        Indicator? group = null;
        var rest = text;
        if (colon >= 0)
        {
            group = catalog.ResolveAlias(text[..colon]);
            rest = text[(colon + 1)..];
            if (catalog.ResolveAlias(rest) is { } one)
            {
                return new NameReading(group, [one], false, []);
            }
        }

        var (parts, unknown) = Segment(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries), catalog);
        if (colon < 0 && unknown.Count == 0 && parts.Count > 1)
        {
            return new NameReading(parts[0], parts.Skip(1).ToList(), true, unknown);
        }

        return new NameReading(group, parts, false, unknown);
    }

    /// <summary>Greedy longest match of consecutive words to an alias (aliases ignore white space: <c>PM ₁₀ 浓度</c>).</summary>
    private static (List<Indicator>, List<(string, IReadOnlyList<string>)>) Segment(string[] words, IndicatorCatalog catalog)
    {
        var parts = new List<Indicator>();
        var unknown = new List<(string, IReadOnlyList<string>)>();
        var pending = new List<string>();
        var i = 0;
        while (i < words.Length)
        {
            var found = false;
            for (var j = words.Length; j > i; j--)
            {
                if (catalog.ResolveAlias(string.Concat(words[i..j])) is { } indicator)
                {
                    Flush();
                    parts.Add(indicator);
                    i = j;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                pending.Add(words[i]);
                i++;
            }
        }

        Flush();
        return (parts, unknown);

        void Flush()
        {
            if (pending.Count > 0)
            {
                var words = string.Join(' ', pending);
                unknown.Add((words, Close(words, catalog)));
                pending.Clear();
            }
        }
    }

    private static IReadOnlyList<string> Close(string words, IndicatorCatalog catalog)
    {
        var names = catalog.SelectMany(i => i.AliasesZh.Append(i.NameZh)).Distinct(StringComparer.Ordinal).ToList();
        var compact = string.Concat(words.Where(c => !char.IsWhiteSpace(c)));
        return Diagnostics.Suggestions.For(compact, names);
    }
}
