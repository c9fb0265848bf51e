using System;
using System.Diagnostics;
using System.Threading;

namespace PaperCatalog.ScaleHarness;

/// <summary>
/// Samples the process's working set every few milliseconds on a background thread, keeping the maximum since the
/// last <see cref="Reset"/> (one phase) and since the start (the whole size).
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _phaseMax;
    private long _overallMax;

    public MemorySampler()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "working-set sampler" };
        _thread.Start();
    }

    public long PhaseMax => Math.Max(Interlocked.Read(ref _phaseMax), Sample());

    /// <summary>The largest of the sampled maximum and the kernel's own high-water mark (VmHWM on Linux).</summary>
    public long OverallMax
    {
        get
        {
            long sampled = Math.Max(Interlocked.Read(ref _overallMax), Sample());
            using Process self = Process.GetCurrentProcess();
            return Math.Max(sampled, self.PeakWorkingSet64);
        }
    }

    public void Reset() => Interlocked.Exchange(ref _phaseMax, Sample());

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private static long Sample() => Environment.WorkingSet;

    private void Run()
    {
        while (!_stop)
        {
            long now = Sample();
            Max(ref _phaseMax, now);
            Max(ref _overallMax, now);
            Thread.Sleep(20);
        }
    }

    private static void Max(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
