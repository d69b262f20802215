using EcoAnalytics.Evaluation;
using EcoAnalytics.Frames;
using EcoAnalytics.Outlook;
using EcoAnalytics.Simulation;
using EcoAnalytics.WhatIf;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace EcoAnalytics.Interactive;

/// <summary>
/// The kernel extension the EcoAnalytics package carries (<c>interactive-extensions/dotnet/</c>): after
/// <c>#r "nuget: EcoAnalytics"</c> the kernel calls <see cref="OnLoadAsync"/>, which registers HTML display for
/// DataFrames, compliance and outlook tables, what-if comparisons and sweeps, simulation results and Plotly.NET charts,
/// and writes plotly.js once into that cell's output so that every chart of the notebook draws offline.
/// </summary>
public sealed class EcoKernelExtension : IKernelExtension
{
    /// <summary>Registers the formatters and makes plotly.js available to the notebook.</summary>
    /// <param name="kernel">The kernel loading the extension.</param>
    public Task OnLoadAsync(Kernel kernel)
    {
        Register();
        KernelInvocationContext.Current?.DisplayAs(NotebookHtml.PlotlyLoader(), HtmlFormatter.MimeType);
        return Task.CompletedTask;
    }

    /// <summary>Registers every HTML formatter (idempotent: a later registration replaces an earlier one).</summary>
    internal static void Register()
    {
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(NotebookHtml.Table(frame, null)), HtmlFormatter.MimeType);
        Formatter.Register<ComplianceTable>((table, writer) => writer.Write(NotebookHtml.Compliance(table)), HtmlFormatter.MimeType);
        Formatter.Register<ForecastTable>((table, writer) => writer.Write(NotebookHtml.Table(table.ToDataFrame(), $"Outlook of {table.Programme}: {table.Count} targets")), HtmlFormatter.MimeType);
        Formatter.Register<ThresholdComparison>((c, writer) => writer.Write(NotebookHtml.Table(c.ToDataFrame(), $"{c.Programme}: {c.BaselineSetting} → {c.AlternativeSetting}, {c.Count} rows")), HtmlFormatter.MimeType);
        Formatter.Register<SweepTable>((s, writer) => writer.Write(NotebookHtml.Table(s.ToDataFrame(), $"{s.Programme}: sweep of {s.Range}, {s.Count} rows" + string.Concat(s.Notes.Select(n => "; " + n)))), HtmlFormatter.MimeType);
        Formatter.Register<SimulationResult>((r, writer) => writer.Write(NotebookHtml.Simulation(r)), HtmlFormatter.MimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(NotebookHtml.Chart(chart)), HtmlFormatter.MimeType);
        foreach (var type in new[] { typeof(DataFrame), typeof(ComplianceTable), typeof(ForecastTable), typeof(ThresholdComparison), typeof(SweepTable), typeof(SimulationResult), typeof(GenericChart) })
        {
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType);
        }
    }
}
