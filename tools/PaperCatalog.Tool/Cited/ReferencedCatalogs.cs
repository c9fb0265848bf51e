using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using PaperCatalog.Data;
using PaperCatalog.Lookups;

namespace PaperCatalog.Tool.Cited;

/// <summary>One catalog an assembly can cite from: its assembly name and its papers.</summary>
internal sealed record ReferencedCatalog(string AssemblyName, PaperIndex Papers);

/// <summary>
/// Finds the catalogs an assembly references: each referenced assembly (and the assembly itself) that carries the
/// catalog's embedded data, looked for beside the assembly and then through its <c>.deps.json</c> in the NuGet
/// packages folder. The data is read from the file's resources as bytes: no code of any assembly runs.
/// </summary>
internal static class ReferencedCatalogs
{
    /// <summary>The resource name the build gives a catalog's data.</summary>
    public const string DataResource = "PaperCatalog.Papers.bin";

    public static IReadOnlyList<ReferencedCatalog> Find(string assemblyPath, MetadataReader reader)
    {
        // The compiler keeps a reference in metadata only when a type of it is used; [Cites(PaperIds.X)] inlines the
        // constant, so a catalog cited by constants alone is often no metadata reference. Candidates therefore come
        // from the metadata references, then the deps.json (which lists every project and package reference), then
        // the assemblies beside the file. The first catalog found for a name is the one used.
        var candidates = new List<(string Name, string Path)>();
        string folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath)) ?? ".";
        Dictionary<string, string> fromDeps = DepsJsonAssets(assemblyPath);
        candidates.Add((reader.GetString(reader.GetAssemblyDefinition().Name), assemblyPath));
        foreach (AssemblyReferenceHandle handle in reader.AssemblyReferences)
        {
            string reference = reader.GetString(reader.GetAssemblyReference(handle).Name);
            string beside = Path.Combine(folder, reference + ".dll");
            candidates.Add((reference, File.Exists(beside) || !fromDeps.TryGetValue(reference, out string? packaged) ? beside : packaged));
        }

        foreach (KeyValuePair<string, string> asset in fromDeps)
        {
            string beside = Path.Combine(folder, asset.Key + ".dll");
            candidates.Add((asset.Key, File.Exists(beside) ? beside : asset.Value));
        }

        foreach (string dll in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            candidates.Add((Path.GetFileNameWithoutExtension(dll), dll));
        }

        var catalogs = new List<ReferencedCatalog>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string name, string path) in candidates)
        {
            if (seen.Add(name) && File.Exists(path))
            {
                AddIfCatalog(catalogs, name, path);
            }
        }

        return catalogs;
    }

    private static void AddIfCatalog(List<ReferencedCatalog> catalogs, string name, string path)
    {
        byte[]? data = ReadDataResource(path);
        if (data != null)
        {
            catalogs.Add(new ReferencedCatalog(name, new PaperIndex(new PaperTable(CatalogData.FromBytes(data)))));
        }
    }

    /// <summary>The bytes of the catalog's embedded data, or null when the file holds none (an ordinary assembly).</summary>
    public static byte[]? ReadDataResource(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!IsManaged(pe))
        {
            return null;
        }

        MetadataReader metadata = pe.GetMetadataReader();
        foreach (ManifestResourceHandle handle in metadata.ManifestResources)
        {
            ManifestResource resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || !metadata.StringComparer.Equals(resource.Name, DataResource))
            {
                continue;
            }

            // Embedded resources sit in the CLI header's resources directory: a 4-byte length, then the bytes.
            int directory = pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress;
            PEMemoryBlock block = pe.GetSectionData(directory);
            BlobReader blob = block.GetReader();
            blob.Offset = checked((int)resource.Offset);
            int length = blob.ReadInt32();
            return blob.ReadBytes(length);
        }

        return null;
    }

    // Native libraries beside the assembly are no catalogs; neither is a file that is no PE image at all.
    private static bool IsManaged(PEReader pe)
    {
        try
        {
            return pe.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// The runtime assemblies a <c>.deps.json</c> lists, by assembly name, resolved in the NuGet packages folder
    /// (<c>NUGET_PACKAGES</c>, or <c>~/.nuget/packages</c>). Empty when there is no such file.
    /// </summary>
    private static Dictionary<string, string> DepsJsonAssets(string assemblyPath)
    {
        var assets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string deps = Path.ChangeExtension(assemblyPath, ".deps.json");
        if (!File.Exists(deps))
        {
            return assets;
        }

        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(deps));
        JsonElement root = document.RootElement;
        if (!root.TryGetProperty("libraries", out JsonElement libraries) || !root.TryGetProperty("targets", out JsonElement targets))
        {
            return assets;
        }

        foreach (JsonProperty target in targets.EnumerateObject())
        {
            foreach (JsonProperty library in target.Value.EnumerateObject())
            {
                if (!library.Value.TryGetProperty("runtime", out JsonElement runtime)
                    || !libraries.TryGetProperty(library.Name, out JsonElement info)
                    || !info.TryGetProperty("path", out JsonElement path)
                    || path.GetString() is not { } libraryPath)
                {
                    continue;
                }

                foreach (JsonProperty asset in runtime.EnumerateObject())
                {
                    string assemblyName = Path.GetFileNameWithoutExtension(asset.Name);
                    assets.TryAdd(assemblyName, Path.Combine(packages, libraryPath, asset.Name));
                }
            }
        }

        return assets;
    }
}
