using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace PaperCatalog.Build.Tests.Infrastructure;

/// <summary>
/// Packs the repository's packages once into a temporary feed, with their own build output folder so the working
/// tree is untouched, and hands out copies of the package-based samples set up to restore from it.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private static readonly string[] PackedProjects =
    [
        "runtime/PaperCatalog.Runtime/PaperCatalog.Runtime.csproj",
        "generator/PaperCatalog.Generator.Package/PaperCatalog.Generator.Package.csproj",
        "catalog/PaperCatalog.csproj",
    ];

    private readonly TempProject _root = new("feed");

    public PackedFeed()
    {
        Version = XDocument.Load(Path.Combine(RepositoryPaths.Root, "version.props")).Descendants("Version").Single().Value;
        Feed = Path.Combine(_root.Directory, "feed");
        PackagesFolder = Path.Combine(_root.Directory, "packages");
        string artifacts = Path.Combine(_root.Directory, "artifacts");
        foreach (string project in PackedProjects)
        {
            ProcessResult pack = ProcessRunner.Run(
                "dotnet",
                $"pack \"{Path.Combine(RepositoryPaths.Root, project)}\" -c Release -o \"{Feed}\" --artifacts-path \"{artifacts}\" -nologo",
                RepositoryPaths.Root,
                TimeSpan.FromMinutes(10));
            Assert.True(pack.ExitCode == 0, pack.Output);
        }

        Packages = Directory.GetFiles(Feed, "*.nupkg")
            .Select(path => (Id: Path.GetFileName(path)[..^(Version.Length + ".nupkg".Length + 1)], Path: path))
            .ToList();
    }

    public string Version { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public IReadOnlyList<(string Id, string Path)> Packages { get; }

    /// <summary>Restores from the feed into a folder of this run only, so no stale global cache is used.</summary>
    public string BuildArguments => $"build -nologo -p:PaperCatalogVersion={Version} -p:RestorePackagesPath=\"{PackagesFolder}\"";

    public string[] Entries(string id)
    {
        using ZipArchive zip = ZipFile.OpenRead(Packages.Single(p => p.Id == id).Path);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    /// <summary>Copies samples/FromPackages/{name} into a fresh folder with a nuget.config naming the feed.</summary>
    public TempProject CopySample(string name)
    {
        var project = new TempProject(name.ToLowerInvariant());
        string source = Path.Combine(RepositoryPaths.Root, "samples", "FromPackages", name);
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            project.Write(relative, File.ReadAllText(file));
        }

        project.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="PaperCatalog test feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return project;
    }

    public void Dispose() => _root.Dispose();
}
