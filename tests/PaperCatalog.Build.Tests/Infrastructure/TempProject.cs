using System;

namespace PaperCatalog.Build.Tests.Infrastructure;

/// <summary>A throwaway project folder outside the repository, deleted when the test ends, where dotnet runs.</summary>
public sealed class TempProject : TempFolder
{
    public TempProject(string name)
        : base(name)
    {
    }

    /// <summary>The project folder.</summary>
    public string Directory => Path;

    public ProcessResult Dotnet(string arguments)
        => ProcessRunner.Run("dotnet", arguments, Path, TimeSpan.FromMinutes(5));
}
