using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Rules;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

using EcoAnalytics.Bench;

namespace EcoAnalytics.Benchmarks;

/// <summary>
/// Issue 3's target: 2,850 counties × 10 years under a 30-rule workflow. Our evaluator (RulesEngine's parser,
/// sandboxed, compiled once) against hand-written C# lambdas with the same semantics (NoData for missing values,
/// 3-year OLS trends, previous-year baselines, terrain thresholds), RulesEngine's own compiled delegates, and
/// stock ExecuteAllRulesAsync per row (on a 1 % sample, scale ×100 to compare).
/// </summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private NationalRules _data = null!;
    private CompiledProgramme _compiled = null!;
    private EvaluationOptions _options = null!;
    private Func<object[], bool>[] _parserDelegates = null!;
    private RulesEngine.RulesEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = new NationalRules();
        _compiled = CompiledProgramme.Compile(_data.Programme, _data.Catalog);
        _options = new EvaluationOptions { Counties = _data.AllCounties, Years = _data.Years };
        var parser = new RuleExpressionParser(RuleSandbox.Settings());
        var parameter = RuleParameter.Create<RuleInput>(RuleInput.ParameterName, default);
        _parserDelegates = _data.Programme.Rules.Select(r => parser.Compile<bool>(r.Expression!, [parameter])).ToArray();
        _engine = StockEngine.Create(StockEngine.Deserialize(System.Text.Json.JsonSerializer.Serialize(new
        {
            WorkflowName = "national-30",
            Rules = _data.Programme.Rules.Select(r => new { RuleName = r.Name, Expression = r.Expression }),
        })));
    }

    // Each evaluation returns a fresh result, as the evaluator does (its columns are allocated per call too).
    [Benchmark(Baseline = true, Description = "hand-written C# lambdas")]
    public int HandWritten() => HandWrittenEvaluator.Run(_data, new HandWrittenEvaluator.Output(Rows));

    [Benchmark(Description = "EcoAnalytics ProgrammeEvaluator (compiled once, sandboxed)")]
    public int Evaluator() => ProgrammeEvaluator.Evaluate(_compiled, _data.Panel, _data.Counties, null, _options).CountOf(ComplianceStatus.Met);

    [Benchmark(Description = "RulesEngine RuleExpressionParser.Compile<bool> delegates, plain loop")]
    public int ParserDelegates() => HandWrittenEvaluator.RunWith(_data, new HandWrittenEvaluator.Output(Rows), (rule, input) => _parserDelegates[rule]([input]));

    private const int Rows = NationalRules.DefaultCountyCount * NationalRules.DefaultYearCount * NationalRules.RuleCount;

    [Benchmark(Description = "stock ExecuteAllRulesAsync per row, 1 % sample (×100 to compare)")]
    public async Task<int> StockEnginePerRow()
    {
        var met = 0;
        for (var c = 0; c < NationalRules.DefaultCountyCount; c += 100)
        {
            for (var y = 0; y < NationalRules.DefaultYearCount; y++)
            {
                var input = HandWrittenEvaluator.Input(_data, c, NationalRules.DefaultFirstYear + y, 0);
                var results = await _engine.ExecuteAllRulesAsync("national-30", [new RuleParameter(RuleInput.ParameterName, input)]);
                met += results.Count(r => r.IsSuccess);
            }
        }

        return met;
    }
}

/// <summary>The first evaluation of a cold 30-rule workflow: read, compile and evaluate one county-year in a fresh process.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmarks
{
    private NationalRules _data = null!;

    [GlobalSetup]
    public void Setup() => _data = new NationalRules();

    [Benchmark(Description = "cold: compile 30 rules + first evaluation")]
    public int ColdFirstEvaluation()
    {
        var compiled = CompiledProgramme.Compile(_data.Programme, _data.Catalog);
        return ProgrammeEvaluator.Evaluate(compiled, _data.Panel, _data.Counties, null, new EvaluationOptions { Counties = ["syn0000"], Years = [2024] }).Count;
    }
}
