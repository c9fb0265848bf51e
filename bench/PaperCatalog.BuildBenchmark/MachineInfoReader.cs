using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace PaperCatalog.BuildBenchmark;

/// <summary>Describes the machine from lscpu, /proc and the SDK, so that numbers from different machines are not mixed up.</summary>
internal static class MachineInfoReader
{
    public static MachineInfo Read(string sdkFolder)
    {
        string lscpu = Run("lscpu", string.Empty, Environment.CurrentDirectory) ?? string.Empty;
        int sockets = LscpuInt(lscpu, "Socket(s)");
        int coresPerSocket = LscpuInt(lscpu, "Core(s) per socket");
        return new MachineInfo
        {
            Cpu = LscpuValue(lscpu, "Model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
            Cores = sockets * coresPerSocket,
            LogicalProcessors = Environment.ProcessorCount,
            MemoryGiB = Math.Round(MemTotalKiB() / 1048576.0, 1),
            Os = OsName(),
            Kernel = Kernel(),
            DotnetSdk = Run("dotnet", "--version", sdkFolder)?.Trim() ?? "unknown",
        };
    }

    /// <summary>The 1, 5 and 15 minute load averages, as /proc/loadavg has them.</summary>
    public static string? LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? LscpuValue(string lscpu, string key)
        => lscpu.Split('\n').Select(line => line.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim() == key).Select(p => p[1].Trim()).FirstOrDefault();

    private static int LscpuInt(string lscpu, string key)
        => int.TryParse(LscpuValue(lscpu, key), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : 0;

    private static long MemTotalKiB()
    {
        try
        {
            string? line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            return line != null && long.TryParse(line["MemTotal:".Length..].Trim().Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out long kib) ? kib : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string Kernel()
    {
        try
        {
            return "Linux " + File.ReadAllText("/proc/sys/kernel/osrelease").Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.OSDescription;
        }
    }

    private static string OsName()
    {
        try
        {
            string? pretty = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
            return pretty != null ? pretty["PRETTY_NAME=".Length..].Trim('"') : RuntimeInformation.OSDescription;
        }
        catch (IOException)
        {
            return RuntimeInformation.OSDescription;
        }
    }

    private static string? Run(string file, string arguments, string folder)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["LC_ALL"] = "C";
        try
        {
            using Process process = Process.Start(info) ?? throw new InvalidOperationException(file + " did not start");
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }
}
