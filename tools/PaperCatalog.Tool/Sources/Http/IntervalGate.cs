using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace PaperCatalog.Tool.Sources.Http;

/// <summary>
/// Lets one request through per interval, measured from the previous request's start: arXiv's terms ask for at
/// most one request every three seconds. A window limiter would let two requests through either side of a window's edge.
/// </summary>
internal sealed class IntervalGate
{
    private readonly TimeSpan _interval;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;

    public IntervalGate(TimeSpan interval) => _interval = interval;

    /// <summary>Waits until a request may start, and records that it starts now.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_last is TimeSpan last && _clock.Elapsed - last < _interval)
            {
                await Task.Delay(_interval - (_clock.Elapsed - last), cancellationToken).ConfigureAwait(false);
            }

            _last = _clock.Elapsed;
        }
        finally
        {
            _lock.Release();
        }
    }
}
