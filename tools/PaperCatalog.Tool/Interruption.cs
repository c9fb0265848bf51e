using System;
using System.Threading;

namespace PaperCatalog.Tool;

/// <summary>
/// SIGINT and SIGTERM for the commands that write: while one holds <see cref="Guard"/>, a signal does not end the
/// process but cancels <see cref="Token"/>, so that the writer removes its temporary file, reports what it wrote, and
/// exits with code 130. Outside a guard the signal ends the process as usual: nothing is being written then.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private int _guards;

    /// <summary>Cancelled once a signal arrives during a guard.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Marks a span of work that a signal interrupts cleanly instead of ending the process.</summary>
    public IDisposable Guard()
    {
        Interlocked.Increment(ref _guards);
        return new Release(this);
    }

    /// <summary>Called by a signal handler: true when a guard takes the signal (the process must then not end).</summary>
    public bool TryInterrupt()
    {
        if (Volatile.Read(ref _guards) == 0)
        {
            return false;
        }

        _source.Cancel();
        return true;
    }

    /// <summary>Interrupts whatever is guarded, as a signal would; for tests and for callers without signals.</summary>
    public void Interrupt() => _source.Cancel();

    public void Dispose() => _source.Dispose();

    private sealed class Release : IDisposable
    {
        private Interruption? _owner;

        public Release(Interruption owner) => _owner = owner;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _owner, null) is { } owner)
            {
                Interlocked.Decrement(ref owner._guards);
            }
        }
    }
}
