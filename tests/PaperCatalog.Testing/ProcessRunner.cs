using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace PaperCatalog.Testing;

/// <summary>Runs a command to completion with no input, with a time limit so that a hung command fails the test.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> with one argument string, as a shell would split it.</summary>
    public static ProcessResult Run(string fileName, string arguments, string workingDirectory, TimeSpan timeout)
        => Run(new ProcessStartInfo(fileName, arguments), workingDirectory, timeout);

    /// <summary>Runs <paramref name="fileName"/> with each argument passed as it is.</summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Run(start, workingDirectory, timeout);
    }

    private static ProcessResult Run(ProcessStartInfo start, string workingDirectory, TimeSpan timeout)
    {
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;

        // A child dotnet build must not inherit the test host's own MSBuild settings.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using Process process = Process.Start(start)!;
        process.StandardInput.Close();

        // Both pipes are read at once: reading one to the end first can deadlock when the other fills up.
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{start.FileName} {string.Join(" ", start.ArgumentList)}{start.Arguments}' did not finish within {timeout}.");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }
}
