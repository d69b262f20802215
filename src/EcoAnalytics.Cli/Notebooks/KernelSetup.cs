using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace EcoAnalytics.Cli.Notebooks;

/// <summary>
/// A working .NET kernel for Jupyter: the Microsoft.dotnet-interactive tool in a folder of the user's choice, its
/// FSharp.Core 10.0 replaced by the FSharp.Core 10.1 that Plotly.NET (and so every EcoAnalytics chart) is built
/// against, and a <c>.net-csharp</c> kernelspec pointing at it.
/// </summary>
internal static class KernelSetup
{
    public const string ToolPackage = "Microsoft.dotnet-interactive";
    public const string ToolVersion = "1.0.712001";
    public const string KernelName = ".net-csharp";

    /// <summary>Installs the tool into <paramref name="toolPath"/> unless it is there; returns the tool's command.</summary>
    public static string Install(string toolPath, TextWriter log)
    {
        var command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "dotnet-interactive.exe" : "dotnet-interactive");
        var store = Path.Combine(toolPath, ".store", ToolPackage.ToLowerInvariant(), ToolVersion);
        if (File.Exists(command) && Directory.Exists(store))
        {
            log.WriteLine($"{ToolPackage} {ToolVersion} is already in {toolPath}");
            return command;
        }

        log.WriteLine($"installing {ToolPackage} {ToolVersion} into {toolPath}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "tool", "install", ToolPackage, "--version", ToolVersion, "--tool-path", toolPath })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new IOException("could not start 'dotnet'");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new IOException($"'dotnet tool install {ToolPackage} --version {ToolVersion} --tool-path {toolPath}' failed: {(error + output.Result).Trim()}");
        }

        return command;
    }

    /// <summary>
    /// Replaces the FSharp.Core.dll next to every <c>Microsoft.DotNet.Interactive.App.dll</c> under <paramref name="folder"/>
    /// (a tool path, or an existing install such as Polyglot Notebooks') by the FSharp.Core 10.1 this program runs with.
    /// Returns how many were replaced; one already at 10.1 or newer is left alone.
    /// </summary>
    public static int PatchFSharpCore(string folder, TextWriter log)
    {
        var ours = typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly;
        var source = ours.Location;
        var wanted = ours.GetName().Version!;
        var hosts = Directory.EnumerateFiles(folder, "Microsoft.DotNet.Interactive.App.dll", SearchOption.AllDirectories).ToList();
        if (hosts.Count == 0)
        {
            throw new IOException($"no dotnet-interactive (Microsoft.DotNet.Interactive.App.dll) under {folder}");
        }

        var patched = 0;
        foreach (var host in hosts)
        {
            var target = Path.Combine(Path.GetDirectoryName(host)!, "FSharp.Core.dll");
            var present = File.Exists(target) ? AssemblyName.GetAssemblyName(target).Version : null;
            if (present is not null && present >= wanted)
            {
                log.WriteLine($"FSharp.Core {present} in {Path.GetDirectoryName(target)} needs no fix");
                continue;
            }

            File.Copy(source, target, overwrite: true);
            log.WriteLine($"FSharp.Core {present} → {wanted} in {Path.GetDirectoryName(target)} (Plotly.NET is built against FSharp.Core 10.1)");
            patched++;
        }

        return patched;
    }

    /// <summary>Writes <c>kernels/.net-csharp/kernel.json</c> under <paramref name="jupyterData"/>; returns its path.</summary>
    public static string WriteKernelSpec(string jupyterData, string toolCommand)
    {
        var folder = Path.Combine(jupyterData, "kernels", KernelName);
        Directory.CreateDirectory(folder);
        var spec = new JsonObject
        {
            // --http-local-only: the kernel's HTTP server otherwise listens on every interface.
            ["argv"] = new JsonArray(Path.GetFullPath(toolCommand), "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-local-only"),
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        var path = Path.Combine(folder, "kernel.json");
        File.WriteAllText(path, spec.ToJsonString(new() { WriteIndented = true }) + "\n");
        return path;
    }

    /// <summary>Jupyter's per-user data folder, where it looks for kernelspecs without <c>JUPYTER_PATH</c>.</summary>
    public static string UserJupyterData()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(xdg is { Length: > 0 } ? xdg : Path.Combine(home, ".local", "share"), "jupyter");
    }
}
