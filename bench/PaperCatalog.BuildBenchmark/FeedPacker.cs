using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// Packs the packages a curator needs into a local feed, once per run: the runtime, the generator package, and then
/// every repository project whose package id a packed package depends on, until nothing is missing. Reading the
/// dependencies from the packed .nuspec files keeps this right when the packages are split differently later.
/// Build output goes to an artifacts folder of the run, so the repository's working tree is untouched.
/// </summary>
internal static class FeedPacker
{
    private static readonly string[] StartProjects =
    [
        "runtime/PaperCatalog.Runtime/PaperCatalog.Runtime.csproj",
        "generator/PaperCatalog.Generator.Package/PaperCatalog.Generator.Package.csproj",
    ];

    private static readonly string[] SkippedFolders = ["bin", "obj", "artifacts", ".git", "node_modules"];

    public static FeedResult Pack(string repository, string feed, string artifacts, TimeSpan timeout, PathScrubber scrubber)
    {
        var result = new FeedResult { Version = ReadVersion(repository) };
        Directory.CreateDirectory(feed);
        Dictionary<string, string> projectsById = ProjectsByPackageId(repository);
        var queue = new Queue<string>(StartProjects.Select(p => Path.Combine(repository, p)).Where(File.Exists));
        var packed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (queue.Count == 0)
        {
            result.Error = "No package project found (looked for " + string.Join(", ", StartProjects) + ")";
            return result;
        }

        while (queue.TryDequeue(out string? project))
        {
            string id = PackageIdOf(project);
            if (!packed.Add(id))
            {
                continue;
            }

            Console.WriteLine($"  pack {Path.GetRelativePath(repository, project)}");
            string arguments = $"pack \"{project}\" -c Release -o \"{feed}\" --artifacts-path \"{artifacts}\" -nologo";
            (RunRecord record, _) = MeasuredProcess.Run("pack " + id, arguments, repository, timeout, scrubber);
            result.Packs.Add(record);
            if (!record.Succeeded)
            {
                string how = record.TimedOut ? "timed out" : "failed (exit " + (record.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none") + ")";
                result.Error = $"dotnet pack of {Path.GetRelativePath(repository, project)} {how}";
                return result;
            }

            string? nupkg = FindPackage(feed, id, result.Version);
            if (nupkg == null)
            {
                result.Error = $"dotnet pack of {Path.GetRelativePath(repository, project)} made no {id}.{result.Version}.nupkg";
                return result;
            }

            result.Packages.Add(Path.GetFileName(nupkg));
            foreach (string dependency in Dependencies(nupkg))
            {
                if (!packed.Contains(dependency) && projectsById.TryGetValue(dependency, out string? dependencyProject))
                {
                    queue.Enqueue(dependencyProject);
                }
            }
        }

        return result;
    }

    public static string ReadVersion(string repository)
        => XDocument.Load(Path.Combine(repository, "version.props")).Descendants("Version").FirstOrDefault()?.Value.Trim()
            ?? throw new InvalidDataException("version.props has no <Version>");

    // The exact name first; else the newest package of that id (NuGet may normalize the version in the name).
    private static string? FindPackage(string feed, string id, string version)
    {
        string exact = Path.Combine(feed, id + "." + version + ".nupkg");
        return File.Exists(exact)
            ? exact
            : new DirectoryInfo(feed).EnumerateFiles(id + ".*.nupkg")
                .Where(f => !f.Name.EndsWith(".symbols.nupkg", StringComparison.OrdinalIgnoreCase) && char.IsDigit(f.Name[id.Length + 1]))
                .OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()?.FullName;
    }

    private static IEnumerable<string> Dependencies(string nupkg)
    {
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        ZipArchiveEntry? nuspec = zip.Entries.FirstOrDefault(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        if (nuspec == null)
        {
            return Array.Empty<string>();
        }

        using Stream stream = nuspec.Open();
        return XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string?)e.Attribute("id")).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // Package id of every project in the repository: <PackageId>, else <AssemblyName>, else the file name, as the SDK does.
    private static Dictionary<string, string> ProjectsByPackageId(string repository)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string project in ProjectFiles(repository).Order(StringComparer.Ordinal))
        {
            map.TryAdd(PackageIdOf(project), project);
        }

        return map;
    }

    private static string PackageIdOf(string project)
    {
        try
        {
            XDocument xml = XDocument.Load(project);
            string? Property(string name) => xml.Descendants().Where(e => e.Name.LocalName == name && e.Attribute("Condition") == null)
                .Select(e => e.Value.Trim()).LastOrDefault(v => v.Length > 0 && !v.Contains("$(", StringComparison.Ordinal));
            return Property("PackageId") ?? Property("AssemblyName") ?? Path.GetFileNameWithoutExtension(project);
        }
        catch (System.Xml.XmlException)
        {
            return Path.GetFileNameWithoutExtension(project);
        }
    }

    private static IEnumerable<string> ProjectFiles(string folder)
    {
        foreach (string project in Directory.EnumerateFiles(folder, "*.csproj"))
        {
            yield return project;
        }

        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
            {
                foreach (string project in ProjectFiles(sub))
                {
                    yield return project;
                }
            }
        }
    }
}
