using System;
using System.IO;

namespace PaperCatalog.Build.Tests.Infrastructure;

/// <summary>A throwaway project folder outside the repository, deleted when the test ends.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject(string name)
    {
        Directory = Path.Combine(Path.GetTempPath(), "papercatalog-" + name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public ProcessResult Dotnet(string arguments)
        => ProcessRunner.Run("dotnet", arguments, Directory, TimeSpan.FromMinutes(5));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the OS temp cleaner takes the rest.
        }
    }
}
