using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// The folder a run works in: the local feed, the packages folder of this run, and the curator projects, with the
/// few files at its root that make every project below restore like a user's project from the packed packages.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private readonly bool _keep;

    public Workspace(string? directory, bool keep, string repository)
    {
        _keep = keep || directory != null;
        Root = directory ?? Path.Combine(Path.GetTempPath(), "papercatalog-build-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
        Feed = Path.Combine(Root, "feed");
        Artifacts = Path.Combine(Root, "artifacts");

        // A fresh packages folder per run: a re-packed version of the same number is never served from a cache.
        Packages = Path.Combine(Root, "packages-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture));
        WriteRootFiles(repository);
    }

    /// <summary>The package sources configured on this machine, when there are any besides the local feed.</summary>
    public IReadOnlyList<string> Sources { get; private set; } = Array.Empty<string>();

    public string Root { get; }

    public string Feed { get; }

    public string Artifacts { get; }

    public string Packages { get; }

    public string ProjectFolder(string name) => Path.Combine(Root, name);

    /// <summary>Deletes the folder unless it was asked for (<c>--work</c>) or to be kept (<c>--keep</c>).</summary>
    public void Dispose()
    {
        if (_keep)
        {
            Console.WriteLine("Kept the work folder: " + Root);
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException ex)
        {
            Console.WriteLine("Could not delete the work folder: " + ex.Message);
        }
    }

    private void WriteRootFiles(string repository)
    {
        // These stop MSBuild's search upwards, so that nothing above the work folder (a repository's own props,
        // central package management) changes the curator's build.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <RestorePackagesPath>{Packages}</RestorePackagesPath>
              </PropertyGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        // The local feed first for the PaperCatalog packages, then the sources this machine restores from (nuget.org,
        // or its mirror) for anything else: cleared first, so no other local feed can serve an older PaperCatalog.
        var sources = new StringBuilder();
        sources.Append("    <add key=\"PaperCatalog local\" value=\"").Append(SecurityElement.Escape(Feed)).Append("\" />\n");
        int n = 0;
        // A nuget.config left by an earlier run in the same --work folder would be read as the machine's own.
        File.Delete(Path.Combine(Root, "nuget.config"));
        Sources = MachineSources().Where(source => !string.Equals(source.TrimEnd('/'), Feed, StringComparison.Ordinal)).ToList();
        foreach (string source in Sources)
        {
            sources.Append("    <add key=\"source").Append(++n).Append("\" value=\"").Append(SecurityElement.Escape(source)).Append("\" />\n");
        }

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {sources}  </packageSources>
            </configuration>

            """);

        // The SDK the repository asks for, so that the curator builds with the same compiler as the repository.
        string globalJson = Path.Combine(repository, "global.json");
        if (File.Exists(globalJson))
        {
            File.Copy(globalJson, Path.Combine(Root, "global.json"), overwrite: true);
        }
    }

    // `dotnet nuget list source --format short` prints "E <source>" for each enabled source, "D <source>" for disabled.
    // Asked before the work folder has a nuget.config of its own, so it reads the machine's settings.
    private List<string> MachineSources()
    {
        var info = new ProcessStartInfo("dotnet", "nuget list source --format short")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using Process process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
            string text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text.Split('\n', StringSplitOptions.TrimEntries)
                .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
                .Select(line => line[2..].Trim())
                .Where(source => source.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new List<string>();
        }
    }
}
