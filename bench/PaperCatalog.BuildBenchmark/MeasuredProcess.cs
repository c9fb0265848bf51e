using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// Runs one <c>dotnet</c> command in a fresh process, as a user's shell would, timing it from start to exit and
/// sampling the memory of its whole process tree. Never throws for a failing command: the failure is the result.
/// </summary>
internal static class MeasuredProcess
{
    public const int TailLines = 40;

    /// <summary>Runs <c>dotnet <paramref name="arguments"/></c>; returns the record and everything it printed.</summary>
    public static (RunRecord Record, List<string> Output) Run(string step, string arguments, string workingDirectory, TimeSpan timeout, PathScrubber scrubber)
    {
        var record = new RunRecord { Step = step, Command = "dotnet " + scrubber.Scrub(arguments) };
        var output = new List<string>();
        var info = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };

        // The benchmark itself may run under `dotnet run`, whose MSBuild settings must not leak into the curator's
        // build; and no build server or node may outlive a build and serve the next one warm.
        foreach (string key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            record.OutputTail = ["Could not start dotnet: " + ex.Message];
            return (record, output);
        }

        using (var sampler = new ProcessTreeSampler(process.Id))
        {
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (process.WaitForExit(timeout))
            {
                // Wait again without a limit so that the last lines of output are in.
                process.WaitForExit();
                record.ExitCode = process.ExitCode;
            }
            else
            {
                record.TimedOut = true;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            clock.Stop();
            record.Seconds = clock.Elapsed.TotalSeconds;
            record.PeakRssMiB = sampler.PeakMiB;
            record.PeakProcesses = sampler.PeakProcesses;
        }

        if (!record.Succeeded)
        {
            record.OutputTail = Tail(output, scrubber);
            if (record.TimedOut)
            {
                record.OutputTail.Add($"(killed after {timeout.TotalMinutes:0.##} minutes)");
            }
        }

        return (record, output);
    }

    public static List<string> Tail(List<string> output, PathScrubber scrubber)
    {
        lock (output)
        {
            return output.Skip(Math.Max(0, output.Count - TailLines)).Select(scrubber.Scrub).ToList();
        }
    }

    private static void Append(List<string> output, string? line)
    {
        if (line != null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }
}
