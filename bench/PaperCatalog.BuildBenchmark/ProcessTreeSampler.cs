using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;

namespace PaperCatalog.BuildBenchmark;

/// <summary>
/// Polls /proc every 50 ms for the resident memory of a process and all its descendants, keeping the largest sum.
/// A build is a tree (the CLI, MSBuild, a csc process per compile), so the root's own peak alone would miss the
/// compiler, which is where a large catalog's memory goes.
/// </summary>
internal sealed class ProcessTreeSampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly int _rootPid;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stop = new(false);
    private long _peakKiB;
    private int _peakProcesses;
    private int _samples;

    public ProcessTreeSampler(int rootPid)
    {
        _rootPid = rootPid;
        _thread = new Thread(Run) { IsBackground = true, Name = "process tree sampler" };
        _thread.Start();
    }

    /// <summary>False where there is no /proc (not Linux): then no peak is reported.</summary>
    public static bool IsSupported => Directory.Exists("/proc/self");

    /// <summary>The largest sum of VmRSS over the tree seen so far, in MiB; null when nothing was sampled.</summary>
    public double? PeakMiB => _samples == 0 ? null : Interlocked.Read(ref _peakKiB) / 1024.0;

    /// <summary>The most processes the tree had at one sample.</summary>
    public int PeakProcesses => _peakProcesses;

    /// <summary>Stops polling.</summary>
    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
    }

    private void Run()
    {
        if (!IsSupported)
        {
            return;
        }

        do
        {
            Sample();
        }
        while (!_stop.Wait(Interval));
    }

    private void Sample()
    {
        // One pass over /proc: parent of every process, then the tree below the root.
        var children = new Dictionary<int, List<int>>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && ParentOf(pid) is int parent)
            {
                if (!children.TryGetValue(parent, out List<int>? list))
                {
                    children[parent] = list = new List<int>();
                }

                list.Add(pid);
            }
        }

        long totalKiB = 0;
        int processes = 0;
        var pending = new Stack<int>();
        pending.Push(_rootPid);
        while (pending.Count > 0)
        {
            int pid = pending.Pop();
            if (ResidentKiB(pid) is long kib)
            {
                totalKiB += kib;
                processes++;
            }

            if (children.TryGetValue(pid, out List<int>? below))
            {
                foreach (int child in below)
                {
                    pending.Push(child);
                }
            }
        }

        if (processes == 0)
        {
            return;
        }

        Interlocked.Increment(ref _samples);
        if (totalKiB > Interlocked.Read(ref _peakKiB))
        {
            Interlocked.Exchange(ref _peakKiB, totalKiB);
        }

        _peakProcesses = Math.Max(_peakProcesses, processes);
    }

    // /proc/PID/stat is "pid (comm) state ppid ...", and comm may hold spaces and parentheses: read after the last ')'.
    private static int? ParentOf(int pid)
    {
        string? stat = ReadOrNull("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat");
        int close = stat?.LastIndexOf(')') ?? -1;
        if (stat == null || close < 0)
        {
            return null;
        }

        string[] fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out int parent) ? parent : null;
    }

    private static long? ResidentKiB(int pid)
    {
        string? status = ReadOrNull("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/status");
        if (status == null)
        {
            return null;
        }

        foreach (string line in status.Split('\n'))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                string number = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out long kib) ? kib : null;
            }
        }

        // A zombie has no VmRSS line: it still counts as a process of the tree, with no memory.
        return 0;
    }

    // Processes come and go between listing /proc and reading their files.
    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
