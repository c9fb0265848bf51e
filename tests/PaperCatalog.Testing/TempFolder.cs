using System;
using System.IO;
using System.Linq;

namespace PaperCatalog.Testing;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it when disposed.</summary>
public class TempFolder : IDisposable
{
    /// <summary>Creates <c>papercatalog-{name}-{random}</c> in the system temp folder.</summary>
    public TempFolder(string name = "tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "papercatalog-" + name + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder (not created).</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes a file inside the folder, creating its subfolders, and returns its path.</summary>
    public string Write(string relative, string text)
    {
        string path = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Every file below <paramref name="relative"/> (or the whole folder), as relative paths in ordinal order.</summary>
    public string[] Files(string relative = ".")
    {
        string root = this[relative];
        return Directory.Exists(root)
            ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
    }

    /// <summary>Deletes the folder and everything in it.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; a leftover temp folder must not fail the test.
        }

        GC.SuppressFinalize(this);
    }
}
