using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Packaging;

/// <summary>
/// A <c>dotnet new console</c>-like project in a temporary folder outside the repository, so that none of the
/// repository's Directory.*.props, central package versions or transitive pins apply to it. It restores from the
/// NuGet sources the repository uses (the user's and machine's NuGet.config, plus the repository's own if it ever
/// has one), treats every package warning as an error and runs the built program from its output folder.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    /// <summary>Warnings that must not appear when restoring or building a consumer (each one fails the build).</summary>
    public const string PackageWarnings = "NU1603;NU1605;NU1608;NU1902;NU1903;NU1904;MSB3277";

    private static readonly string[] AmbientFiles = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props"];

    private ConsumerProject(string folder) => Folder = folder;

    public string Folder { get; }

    public string ProjectFile => Path.Combine(Folder, "consumer.csproj");

    /// <summary>The configuration the tests were built in (the library's output of the same configuration is referenced).</summary>
    public static string Configuration =>
        typeof(ConsumerProject).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c ? c : "Release";

    public string OutputFolder => Path.Combine(Folder, "bin", Configuration, "net10.0");

    public static ConsumerProject Create(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"eco-{name}-{Guid.NewGuid():N}");
        for (var dir = new DirectoryInfo(folder).Parent; dir is not null; dir = dir.Parent)
        {
            foreach (var file in AmbientFiles.Where(f => File.Exists(Path.Combine(dir.FullName, f))))
            {
                Assert.Fail($"{Path.Combine(dir.FullName, file)} would apply to the consumer project; choose another TMPDIR");
            }
        }

        Assert.False(folder.StartsWith(SeedTableFiles.RepoRoot, StringComparison.Ordinal), "the consumer must be outside the repository");
        Directory.CreateDirectory(folder);

        // The repository restores from the NuGet.config files NuGet finds above it and in the user's profile; the
        // consumer sees the same user and machine files, and a copy of the repository's own file if it has one.
        foreach (var config in Directory.GetFiles(SeedTableFiles.RepoRoot).Where(f => Path.GetFileName(f).Equals("nuget.config", StringComparison.OrdinalIgnoreCase)))
        {
            File.Copy(config, Path.Combine(folder, "NuGet.config"));
        }

        return new ConsumerProject(folder);
    }

    /// <summary>Writes <c>Program.cs</c> and a console project with <paramref name="references"/> (an item group's content) and <paramref name="properties"/>.</summary>
    public void Write(string program, string references, string properties = "")
    {
        File.WriteAllText(Path.Combine(Folder, "Program.cs"), program);
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <NuGetAudit>true</NuGetAudit>
                <NuGetAuditMode>all</NuGetAuditMode>
                <WarningsAsErrors>$(WarningsAsErrors);{PackageWarnings}</WarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>Builds the project; fails the test on a non-zero exit or any warning (an audit source that cannot be reached excepted).</summary>
    public void Build(params string[] extraArguments)
    {
        var result = Dotnet(Folder, ["build", ProjectFile, "-c", Configuration, "--disable-build-servers", .. extraArguments]);
        Assert.True(result.ExitCode == 0, $"consumer build failed:\n{result.Output}");
        var warnings = result.Output.Split('\n')
            .Where(l => l.Contains(": warning ", StringComparison.Ordinal) && !l.Contains("NU1900", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(warnings.Count == 0, "consumer build warned:\n" + string.Join('\n', warnings));
    }

    /// <summary>Runs the built program with its output folder as the working directory (where the bundled data are).</summary>
    public ProcessResult Run() => Dotnet(OutputFolder, [Path.Combine(OutputFolder, "consumer.dll")]);

    /// <summary>The version of <paramref name="package"/> restore chose, from <c>obj/project.assets.json</c>.</summary>
    public Version ResolvedVersion(string package)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("targets").EnumerateObject().Single().Value.EnumerateObject();
        var key = libraries.Select(l => l.Name).SingleOrDefault(n => n.StartsWith(package + "/", StringComparison.OrdinalIgnoreCase));
        Assert.True(key is not null, $"{package} is not in the consumer's project.assets.json");
        return Version.Parse(key[(package.Length + 1)..].Split('-')[0]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Runs the <c>dotnet</c> that runs the tests, without the MSBuild settings the test run passes to its children.</summary>
    public static ProcessResult Dotnet(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || k == "ECO_HOME").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        var output = new StringBuilder();
        var lockObject = new Lock();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (lockObject)
                {
                    output.Append(e.Data).Append('\n');
                }
            }
        }

        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', start.ArgumentList)} did not finish within 5 minutes:\n{output}");
        }

        process.WaitForExit();
        lock (lockObject)
        {
            return new ProcessResult(process.ExitCode, output.ToString());
        }
    }
}

/// <summary>A finished process: its exit code and its interleaved output.</summary>
internal sealed record ProcessResult(int ExitCode, string Output);
