namespace EcoAnalytics.Tests.Forecasting;

/// <summary>Test data shared by the forecasting tests.</summary>
internal static class Some
{
    /// <summary>The progress-methods.md §11 forecast fixture: 50, 51, 53, 54, 56 for 2016–2020.</summary>
    public static (int Year, double Value)[] Fixture { get; } = [(2016, 50), (2017, 51), (2018, 53), (2019, 54), (2020, 56)];

    // Henan province, annual mean PM2.5 and PM10 (μg/m³), 2016–2023, from /work/shared/reference/observed.csv:
    // 2016 https://zzwb.zynews.cn/html/2017-06/06/content_852630.htm
    // 2017 https://zhengzhou.baogaosu.com/xinwen/%E5%85%A8%E7%9C%81%E4%BC%98%E8%89%AF%E5%A4%A9%E6%95%B0%E8%B6%85%E5%8E%BB%E5%B9%B4/64218198
    // 2018 http://df.youth.cn/yczq/201906/t20190605_11974942.htm
    // 2019 http://tastyfever.com/hbsb/article-16549.html
    // 2020 http://vw-e.com/wanboguanwangmanbetx/home-newsinfo-id-111.html (PM10), http://s-designstudio.com/showinfo-188-259439-0.html (PM2.5)
    // 2021 http://www.yiera.cn/community/2022/0223/113324.html
    // 2022 http://yinyue.hanyutai.cn/yinyue/2023/0329/112646.html
    // 2023 https://m.shanyouwang.com/2842mnfp.shtml

    /// <summary>Henan PM2.5 annual mean 2016–2023 (lower is better).</summary>
    public static (int Year, double Value)[] HenanPm25 { get; } =
        [(2016, 73), (2017, 62), (2018, 61), (2019, 58.82), (2020, 52), (2021, 45), (2022, 47.7), (2023, 45.3)];

    /// <summary>Henan PM10 annual mean 2016–2023 (lower is better).</summary>
    public static (int Year, double Value)[] HenanPm10 { get; } =
        [(2016, 128), (2017, 106), (2018, 103), (2019, 96), (2020, 83), (2021, 77), (2022, 79), (2023, 73.8)];

    /// <summary>Rounds to <paramref name="digits"/> decimals, away from zero, as printed vectors are.</summary>
    public static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
