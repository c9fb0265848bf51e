using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace PaperCatalog.Tool.Tests.Infrastructure;

/// <summary>Runs the built tool as a real process, <c>dotnet PaperCatalog.Tool.dll ...</c>, as an installed tool runs.</summary>
internal static class ToolProcess
{
    /// <summary>The tool's assembly, copied beside the tests by the project reference.</summary>
    public static string ToolDll => Path.Combine(AppContext.BaseDirectory, "PaperCatalog.Tool.dll");

    public static ToolRun Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        process.StandardInput.Close();

        // Both pipes are read at once: reading one to the end first can deadlock when the other fills up.
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("paper-catalog " + string.Join(" ", args) + " did not finish in 2 minutes.");
        }

        return new ToolRun(process.ExitCode, ToolRun.Normalize(output.Result), ToolRun.Normalize(error.Result));
    }
}
