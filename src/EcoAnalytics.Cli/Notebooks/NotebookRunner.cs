using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace EcoAnalytics.Cli.Notebooks;

/// <summary>What running one notebook gave: the executed file, and the first failing cell if any.</summary>
internal sealed record NotebookRun(NotebookFile Notebook, int CellsRun, int? FailedCell, string? Error);

/// <summary>
/// Runs a notebook's code cells, top to bottom, in the real C# kernel of .NET Interactive (embedded: a
/// <see cref="CompositeKernel"/> with a <see cref="CSharpKernel"/> and <c>#r "nuget:"</c>), with the notebook's
/// folder as the working directory, as Jupyter runs a kernel. Packages' kernel extensions
/// (<c>interactive-extensions/dotnet/*.dll</c>) are loaded as the dotnet-interactive host loads them. The first
/// failing cell (compile error or exception) stops the run; its error becomes the cell's output.
/// </summary>
internal static class NotebookRunner
{
    public static async Task<NotebookRun> RunAsync(NotebookFile notebook, TimeSpan cellTimeout, TextWriter log)
    {
        var previousDirectory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        Formatter.ResetToDefault();
        using var kernel = CreateKernel(log);
        try
        {
            var cellsRun = 0;
            var executionCount = 0;
            for (var index = 0; index < notebook.Cells.Count; index++)
            {
                var cell = notebook.Cells[index]!;
                if (NotebookFile.TypeOf(cell) != "code")
                {
                    continue;
                }

                var number = index + 1;
                var language = NotebookFile.KernelOf(cell);
                if (language is not ("csharp" or "C#" or "c#"))
                {
                    return Fail(notebook, cell, cellsRun, number, "UnsupportedKernel", $"the cell is for the '{language}' kernel; eco notebook run runs C# cells only");
                }

                executionCount++;
                var outputs = new JsonArray();
                cell["outputs"] = outputs;
                cell["execution_count"] = executionCount;
                var source = NotebookFile.SourceOf(cell);
                if (string.IsNullOrWhiteSpace(source))
                {
                    continue;
                }

                using var timeout = new CancellationTokenSource(cellTimeout);
                KernelCommandResult result;
                try
                {
                    result = await kernel.SendAsync(new SubmitCode(source, "csharp"), timeout.Token).WaitAsync(cellTimeout);
                }
                catch (TimeoutException)
                {
                    return Fail(notebook, cell, cellsRun, number, "Timeout", $"the cell did not finish within {cellTimeout.TotalSeconds:0} s");
                }

                cellsRun++;
                var displayed = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var e in result.Events)
                {
                    if (CellOutputs.From(e, executionCount) is not { } output)
                    {
                        continue;
                    }

                    // A value displayed and then updated (restore progress) keeps one output, the last.
                    if (e is DisplayEvent { ValueId: { Length: > 0 } id } and not ReturnValueProduced && displayed.TryGetValue(id, out var at))
                    {
                        outputs[at] = output;
                        continue;
                    }

                    if (e is DisplayEvent { ValueId: { Length: > 0 } valueId } and not ReturnValueProduced)
                    {
                        displayed[valueId] = outputs.Count;
                    }

                    outputs.Add(output);
                }

                if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
                {
                    var (name, message) = Describe(failed);
                    outputs.Add(CellOutputs.Error(name, message));
                    return new NotebookRun(notebook, cellsRun, number, message);
                }
            }

            return new NotebookRun(notebook, cellsRun, null, null);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
        }
    }

    private static NotebookRun Fail(NotebookFile notebook, JsonNode cell, int cellsRun, int number, string name, string message)
    {
        cell["outputs"] = new JsonArray(CellOutputs.Error(name, message));
        return new NotebookRun(notebook, cellsRun, number, message);
    }

    /// <summary>The error's kind and message, without a stack trace (compile errors are in the message).</summary>
    private static (string Name, string Message) Describe(CommandFailed failed)
    {
        if (failed.Exception is { } ex && !ex.GetType().Name.Contains("CompilationError", StringComparison.Ordinal))
        {
            var inner = ex is TargetInvocationException { InnerException: { } i } ? i : ex;
            return (inner.GetType().Name, $"{inner.GetType().Name}: {inner.Message}");
        }

        return ("CompilationError", failed.Message.Trim());
    }

    private static CompositeKernel CreateKernel(TextWriter log)
    {
        var composite = new CompositeKernel();
        var csharp = new CSharpKernel()
            .UseNugetDirective(
                (k, references) =>
                {
                    // What the dotnet-interactive host does after a restore: reference the assemblies, then load the extensions.
                    k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                    return LoadExtensionsAsync(composite, references, log);
                },
                false)
            .UseKernelHelpers()
            .UseValueSharing();
        composite.Add(csharp);
        composite.DefaultKernelName = csharp.Name;
        return composite;
    }

    /// <summary>Loads every package's <c>interactive-extensions/dotnet/*.dll</c> and calls its <see cref="IKernelExtension"/>s.</summary>
    private static async Task LoadExtensionsAsync(Kernel kernel, IReadOnlyList<ResolvedPackageReference> references, TextWriter log)
    {
        foreach (var reference in references)
        {
            var folder = Path.Combine(reference.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var dll in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
            {
                try
                {
                    var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
                    foreach (var type in assembly.GetExportedTypes().Where(t => typeof(IKernelExtension).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }))
                    {
                        await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel);
                    }
                }
                catch (Exception ex) when (ex is FileLoadException or BadImageFormatException or ReflectionTypeLoadException or TypeLoadException or MissingMethodException or FileNotFoundException)
                {
                    // As the dotnet-interactive host does: an extension that cannot load is reported, the cell goes on.
                    await log.WriteLineAsync($"eco notebook run: the kernel extension {Path.GetFileName(dll)} of {reference.PackageName} could not be loaded ({ex.GetType().Name}: {ex.Message})");
                }
            }
        }
    }
}
