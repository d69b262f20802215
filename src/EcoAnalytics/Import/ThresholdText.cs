using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcoAnalytics.Catalog;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Import;

/// <summary>
/// One requirement read from the text of a threshold cell, in the requirement kinds of the rule files
/// (<c>rules/README.md</c>): a number with its comparator, one number per terrain class, a status label, not decreasing,
/// improving, eliminated (count 0) or a target assigned by the upper level.
/// </summary>
public sealed record ParsedThreshold
{
    /// <summary>The requirement kind (never <see cref="Requirement.Combined"/> or <see cref="Requirement.All"/>).</summary>
    public required Requirement Requirement { get; init; }

    /// <summary>The comparison printed (≥ when a number or status is printed without a sign); direction-dependent kinds use ≥ here.</summary>
    public Comparator Comparator { get; init; } = Comparator.AtLeast;

    /// <summary>The number, for <see cref="Requirement.Threshold"/> and <see cref="Requirement.Eliminated"/> (0).</summary>
    public double? Value { get; init; }

    /// <summary>The numbers per terrain class, for <see cref="Requirement.Terrain"/>.</summary>
    public IReadOnlyDictionary<Terrain, double>? ByTerrain { get; init; }

    /// <summary>The label as printed, for <see cref="Requirement.Status"/>.</summary>
    public string? Label { get; init; }

    /// <summary>For <see cref="Requirement.Assigned"/>: also 保持稳定或持续改善 (the trend must not worsen).</summary>
    public bool WithTrend { get; init; }

    /// <summary>Words in brackets after a number, e.g. 保护率 in 96（保护率）.</summary>
    public string? Qualifier { get; init; }

    /// <summary>True when a number was printed without a comparator (read as ≥).</summary>
    public bool SignImplied { get; init; }

    /// <summary>The text this was read from (normalised).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>
    /// Further requirements the same text states for the same indicator (<c>≥55且不降低</c>: ≥ 55, and not decreasing), each
    /// its own rule; empty for one.
    /// </summary>
    public IReadOnlyList<ParsedThreshold> Also { get; init; } = [];

    /// <summary>What the reading left out and why (the 市 value of <c>市≥95 县≥85</c>, for a county); null when nothing.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// Reads the threshold text of annex tables: <c>≥44</c>, <c>&gt; 90%</c>, <c>100%</c>, <c>山区&gt;60% 丘陵区&gt;40% 平原区&gt;18%</c>,
/// <c>不减少</c>, <c>稳定提高</c>, <c>消除</c>, status labels (<c>建立实施</c>, <c>全面实施</c>…), <c>完成上级规定的目标任务</c>,
/// <c>96（保护率）</c>, and cells of several values (<c>≥94.2 ≥95.1 ≥97.5</c>); full-width forms are read as half-width.
/// Never throws: text it cannot read is a <c>null</c> result with the reason.
/// </summary>
public static partial class ThresholdText
{
    private static readonly string[] NotDecreasing = ["不减少", "不降低", "不下降", "只增不减", "面积不减少"];
    private static readonly string[] Improving = ["稳定提高", "持续提高", "持续改善", "逐年提高", "稳步提高", "持续提升", "稳定提升"];
    private static readonly string[] Eliminated = ["消除", "基本消除", "全面消除"];

    /// <summary>
    /// The requirements in <paramref name="text"/>: one, or several for a cell that lists one value per component.
    /// <c>null</c> (with <paramref name="error"/>) when the text, or any of its parts, is not a form this parser reads.
    /// </summary>
    public static IReadOnlyList<ParsedThreshold>? Parse(string? text, out string? error)
    {
        var normal = Normalize(text ?? string.Empty);
        if (normal.Length == 0)
        {
            error = "the cell is empty";
            return null;
        }

        if (ParseOne(normal) is { } whole)
        {
            error = null;
            return [whole];
        }

        if (Conjunction().Split(normal) is { Length: > 1 } joined && joined.Select(j => ParseOne(j.Trim())).ToList() is var all && all.All(p => p is not null))
        {
            error = null;
            return [all[0]! with { Also = all.Skip(1).ToList()! }];
        }

        var parts = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parsed = new List<ParsedThreshold>(parts.Length);
        foreach (var part in parts)
        {
            if (ParseOne(part) is not { } one)
            {
                error = parts.Length == 1
                    ? $"'{normal}' is not a threshold form the importer reads (a number with ≥ > ≤ < or none, a terrain list, 不减少, 稳定提高, 消除, a status label, 完成上级规定的目标任务)"
                    : $"'{part}' in '{normal}' is not a threshold form the importer reads";
                return null;
            }

            parsed.Add(one);
        }

        error = null;
        return parsed;
    }

    /// <summary>
    /// A clause that names what must not decrease or must improve (<c>面积不减少</c>, <c>功能不降低</c>): the subject (面积,
    /// 功能) and the requirement of its trend words; <c>null</c> when the clause does not end in one.
    /// </summary>
    internal static (string Subject, ParsedThreshold Trend)? SubjectAndTrend(string clause)
    {
        var compact = string.Concat(Normalize(clause).Where(c => !char.IsWhiteSpace(c)));
        foreach (var word in NotDecreasing.Concat(Improving).OrderByDescending(w => w.Length))
        {
            if (compact.Length > word.Length && compact.EndsWith(word, StringComparison.Ordinal) && ParseOne(word) is { } trend)
            {
                return (compact[..^word.Length], trend with { Text = clause });
            }
        }

        return null;
    }

    /// <summary>The text with full-width forms half-width, ≧ ≦ as ≥ ≤, &gt;= as ≥, one space between words, no space after a comparator.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' or '\t' or '\r' or '\n' => ' ',
                '≧' => '≥',
                '≦' => '≤',
                _ => c,
            });
        }

        var s = sb.ToString().Replace(">=", "≥", StringComparison.Ordinal).Replace("<=", "≤", StringComparison.Ordinal);
        s = Spaces().Replace(s, " ").Trim();
        return AfterComparator().Replace(s, "$1");
    }

    private static ParsedThreshold? ParseOne(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (Number().Match(compact) is { Success: true } number && TryNumber(number.Groups["value"].Value, out var value))
        {
            var sign = number.Groups["cmp"].Value;
            return new ParsedThreshold
            {
                Requirement = Requirement.Threshold,
                Comparator = sign.Length == 0 ? Comparator.AtLeast : ComparatorOf(sign),
                Value = value,
                SignImplied = sign.Length == 0,
                Qualifier = number.Groups["qualifier"].Success ? number.Groups["qualifier"].Value : null,
                Text = text,
            };
        }

        if (ParseTerrain(compact, text) is { } terrain)
        {
            return terrain;
        }

        if (AssignedTask().Match(compact) is { Success: true } assigned)
        {
            return new ParsedThreshold { Requirement = Requirement.Assigned, WithTrend = assigned.Groups["trend"].Success, Text = text };
        }

        if (ParseLevels(compact, text) is { } county)
        {
            return county;
        }

        return compact switch
        {
            _ when NotDecreasing.Contains(compact) => new ParsedThreshold { Requirement = Requirement.NotDecreasing, Text = text },
            _ when Improving.Contains(compact) => new ParsedThreshold { Requirement = Requirement.Improving, Text = text },
            _ when Eliminated.Contains(compact) => new ParsedThreshold { Requirement = Requirement.Eliminated, Comparator = Comparator.AtMost, Value = 0, Text = text },
            _ when StatusScale.LevelOnAnyScale(text) is not null => new ParsedThreshold { Requirement = Requirement.Status, Label = text, Text = text },
            _ => null,
        };
    }

    private static ParsedThreshold? ParseTerrain(string compact, string text)
    {
        // 山区>60% 丘陵区>40% 平原区>18%, or the terrain after the number: ≥60（山区） ≥40（丘陵区） ≥18（平原地区）
        var matches = TerrainPart().Matches(compact);
        if (matches.Count == 0 || matches.Sum(m => m.Length) != compact.Length)
        {
            matches = TerrainAfter().Matches(compact);
            if (matches.Count < 2 || matches.Sum(m => m.Length) != compact.Length)
            {
                return null;
            }
        }

        var values = new Dictionary<Terrain, double>();
        Comparator? comparator = null;
        foreach (Match m in matches)
        {
            var sign = m.Groups["cmp"].Value;
            var c = sign.Length == 0 ? Comparator.AtLeast : ComparatorOf(sign);
            if (TerrainOf(m.Groups["terrain"].Value) is not { } terrain || !TryNumber(m.Groups["value"].Value, out var value)
                || (comparator is { } first && first != c) || !values.TryAdd(terrain, value))
            {
                return null;
            }

            comparator = c;
        }

        return new ParsedThreshold { Requirement = Requirement.Terrain, Comparator = comparator ?? Comparator.AtLeast, ByTerrain = values, Text = text };
    }

    /// <summary>The terrain classes as the standards print them: 山区, 丘陵区, 平原区, also 丘陵地区 and 平原地区.</summary>
    private static Terrain? TerrainOf(string label) => Terrains.Parse(label.Replace("地区", "区", StringComparison.Ordinal));

    /// <summary>
    /// Values by administrative level (<c>市≥95 县≥85</c>, <c>市：100 县：开展</c>): a county-level unit takes the 县 value; the
    /// 市 value (prefecture-level cities) is left out and said in <see cref="ParsedThreshold.Note"/>. Null without a 县 value.
    /// </summary>
    private static ParsedThreshold? ParseLevels(string compact, string text)
    {
        var matches = LevelPart().Matches(compact);
        if (matches.Count < 2 || matches.Sum(m => m.Length) != compact.Length)
        {
            return null;
        }

        ParsedThreshold? county = null;
        var others = new List<string>();
        foreach (Match m in matches)
        {
            if (ParseOne(m.Groups["value"].Value) is not { } value)
            {
                return null;
            }

            if (m.Groups["level"].Value == "县" && county is null)
            {
                county = value;
            }
            else
            {
                others.Add(m.Groups["level"].Value + m.Groups["value"].Value);
            }
        }

        return county is null ? null : county with
        {
            Text = text,
            Note = $"'{text}' gives a value per administrative level: a county takes 县's ({county.Text}); {string.Join(", ", others)} (prefecture-level cities) left out",
        };
    }

    private static Comparator ComparatorOf(string sign) => sign switch
    {
        "≥" => Comparator.AtLeast,
        ">" => Comparator.Above,
        "≤" => Comparator.AtMost,
        "<" => Comparator.Below,
        _ => Comparator.Equal,
    };

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    [GeneratedRegex(@"^(?<cmp>[≥>≤<=]?)(?<value>\d+(?:\.\d+)?)%?(?:\((?<qualifier>[^()]+)\))?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<terrain>山区|丘陵区|丘陵地区|平原区|平原地区)(?<cmp>[≥>≤<=]?)(?<value>\d+(?:\.\d+)?)%?[,，;；、]?")]
    private static partial Regex TerrainPart();

    [GeneratedRegex(@"(?<cmp>[≥>≤<=]?)(?<value>\d+(?:\.\d+)?)%?\((?<terrain>山区|丘陵区|丘陵地区|平原区|平原地区)\)[,，;；、]?")]
    private static partial Regex TerrainAfter();

    [GeneratedRegex(@"(?<level>市|县)[:]?(?<value>[^市县,;、]+)[,;、]?")]
    private static partial Regex LevelPart();

    [GeneratedRegex(@"^完成(?:上级|省|市)?(?:规定|下达)的?(?:目标|考核)?任务(?:[;；,，]?(?<trend>保持稳定或持续改善))?$")]
    private static partial Regex AssignedTask();

    // 且, 并且, 并, 同时, with or without a comma before: ≥55且不降低, 达到100%，并保持稳定
    [GeneratedRegex(@"[,;]?\s*(?:并且|且|并|同时)\s*")]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"([≥>≤<=]) ")]
    private static partial Regex AfterComparator();
}
