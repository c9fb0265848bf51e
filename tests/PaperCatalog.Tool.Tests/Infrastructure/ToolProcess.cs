using System;
using System.IO;
using System.Linq;

namespace PaperCatalog.Tool.Tests.Infrastructure;

/// <summary>Runs the built tool as a real process, <c>dotnet PaperCatalog.Tool.dll ...</c>, as an installed tool runs.</summary>
internal static class ToolProcess
{
    /// <summary>The tool's assembly, copied beside the tests by the project reference.</summary>
    public static string ToolDll => Path.Combine(AppContext.BaseDirectory, "PaperCatalog.Tool.dll");

    public static ToolRun Run(string workingDirectory, params string[] args)
    {
        ProcessResult result = ProcessRunner.Run("dotnet", args.Prepend(ToolDll), workingDirectory, TimeSpan.FromMinutes(2));
        return new ToolRun(result.ExitCode, ToolRun.Normalize(result.StandardOutput), ToolRun.Normalize(result.StandardError));
    }
}
