using System.CommandLine;
using System.Diagnostics;
using EcoAnalytics.Cli.Notebooks;

namespace EcoAnalytics.Cli.Commands;

/// <summary><c>eco notebook run</c> (notebooks headless, in the embedded C# kernel) and <c>eco notebook setup</c> (a kernel for Jupyter).</summary>
internal static class NotebookCommand
{
    public static Command Build(CliContext context) => new("notebook", "Run notebooks headless in the real C# kernel, or set up the .NET kernel for Jupyter.")
    {
        Run(context),
        Setup(context),
    };

    private static Command Run(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Notebooks (.ipynb) to run, each from its own folder.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string?>("--out") { Description = "Folder for the executed notebooks (default: the current folder)." };
        var html = new Option<bool>("--html") { Description = "Also write each executed notebook as one offline HTML page." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds a cell may take.", DefaultValueFactory = _ => 600 };
        var command = new Command("run", "Execute notebooks through the C# kernel of .NET Interactive and write the executed .ipynb (and HTML). Exit 1 at the first failing cell, naming the notebook, the cell and the error.")
        {
            files, outDir, html, timeout,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;
            foreach (var missing in paths.Where(p => !File.Exists(p)))
            {
                throw new UsageException($"no notebook {missing}");
            }

            var folder = Path.GetFullPath(parse.GetValue(outDir) ?? ".");
            Directory.CreateDirectory(folder);
            var cellTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout)));
            var status = EcoCli.Ok;
            foreach (var path in paths)
            {
                var notebook = NotebookFile.Read(path, out var problem);
                if (notebook is null)
                {
                    context.Error.WriteLine($"eco notebook run: {problem}");
                    status = EcoCli.ProblemsFound;
                    continue;
                }

                var clock = Stopwatch.StartNew();
                var run = NotebookRunner.RunAsync(notebook, cellTimeout, context.Error).GetAwaiter().GetResult();
                var name = Path.GetFileName(path);
                var written = Path.Combine(folder, name);
                notebook.Write(written);
                if (parse.GetValue(html))
                {
                    File.WriteAllText(Path.ChangeExtension(written, ".html"), NotebookHtmlExport.Render(notebook));
                }

                if (run.FailedCell is { } cell)
                {
                    context.Error.WriteLine($"eco notebook run: {path}: cell {cell} failed: {run.Error}");
                    context.Error.WriteLine($"  (the executed notebook, with the error as cell {cell}'s output: {written})");
                    status = EcoCli.ProblemsFound;
                }
                else
                {
                    context.Output.WriteLine($"{path}: {run.CellsRun} code cells ran in {clock.Elapsed.TotalSeconds:0.0} s → {written}");
                }
            }

            return status;
        });
        return command;
    }

    private static Command Setup(CliContext context)
    {
        var dir = new Option<string>("--dir") { Description = "Folder to install the dotnet-interactive tool into (a tool path), or an existing install to fix.", DefaultValueFactory = _ => DefaultToolPath() };
        var kernels = new Option<string?>("--jupyter-data") { Description = "Jupyter data folder for the kernelspec (default: your Jupyter folder; with JUPYTER_PATH=FOLDER any folder works)." };
        var noSpec = new Option<bool>("--no-kernelspec") { Description = "Install and fix only (for an existing Polyglot Notebooks or Jupyter setup)." };
        var command = new Command("setup", $"Install {KernelSetup.ToolPackage} {KernelSetup.ToolVersion} into a folder, give it FSharp.Core 10.1 (without it no Plotly.NET chart draws), register the '{KernelSetup.KernelName}' Jupyter kernel.")
        {
            dir, kernels, noSpec,
        };
        command.SetAction(parse =>
        {
            var toolPath = Path.GetFullPath(parse.GetValue(dir)!);
            Directory.CreateDirectory(toolPath);
            var existing = Directory.EnumerateFiles(toolPath, "Microsoft.DotNet.Interactive.App.dll", SearchOption.AllDirectories).Any();
            var tool = existing && !File.Exists(Path.Combine(toolPath, "dotnet-interactive")) && !File.Exists(Path.Combine(toolPath, "dotnet-interactive.exe"))
                ? null
                : KernelSetup.Install(toolPath, context.Output);
            KernelSetup.PatchFSharpCore(toolPath, context.Output);
            if (!parse.GetValue(noSpec) && tool is not null)
            {
                var data = Path.GetFullPath(parse.GetValue(kernels) ?? KernelSetup.UserJupyterData());
                var spec = KernelSetup.WriteKernelSpec(data, tool);
                context.Output.WriteLine($"kernelspec '{KernelSetup.KernelName}' → {spec}");
                if (parse.GetValue(kernels) is not null)
                {
                    context.Output.WriteLine($"Jupyter finds it with JUPYTER_PATH={data}");
                }
            }

            context.Output.WriteLine("ready: open a notebook in notebooks/ with the .NET (C#) kernel, or run 'jupyter nbconvert --to notebook --execute FILE.ipynb'");
            return EcoCli.Ok;
        });
        return command;
    }

    private static string DefaultToolPath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".eco", "dotnet-interactive");
}
