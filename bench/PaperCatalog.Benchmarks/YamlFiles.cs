using System;
using System.IO;

namespace PaperCatalog.Benchmarks;

/// <summary>Finds the catalog's YAML files that the build copied beside the benchmark (<c>papers/*.yaml</c>).</summary>
internal static class YamlFiles
{
    public static string[] All()
    {
        // BenchmarkDotNet runs a generated host project whose output folder gets the copied content; the benchmark
        // assembly's own folder is the fallback.
        foreach (string folder in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(YamlFiles).Assembly.Location) ?? string.Empty })
        {
            string papers = Path.Combine(folder, "papers");
            if (Directory.Exists(papers))
            {
                string[] files = Directory.GetFiles(papers, "*.yaml");
                if (files.Length > 0)
                {
                    Array.Sort(files, StringComparer.Ordinal);
                    return files;
                }
            }
        }

        throw new DirectoryNotFoundException("No papers/*.yaml beside the benchmark (" + AppContext.BaseDirectory + "): build the benchmark project, which copies catalog/papers there.");
    }
}
