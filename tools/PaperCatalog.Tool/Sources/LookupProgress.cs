using System;

namespace PaperCatalog.Tool.Sources;

/// <summary>
/// Progress of a lookup on stderr: a counter rewritten in place when a person watches a terminal, one plain line per
/// identifier otherwise (logs and pipes get no carriage returns). Failures are always printed, in full.
/// </summary>
internal sealed class LookupProgress : IDisposable
{
    private readonly ToolContext _context;
    private readonly int _total;
    private int _done;
    private bool _counterShown;

    public LookupProgress(ToolContext context, int total)
    {
        _context = context;
        _total = total;
        if (context.ErrorIsTerminal && total > 0)
        {
            context.Err.Write("\rlooking up 0/" + total);
            _counterShown = true;
        }
    }

    public void Report(PaperIdentifier id, Result<FetchedPaper> result)
    {
        _done++;
        if (result.Failure != null)
        {
            ClearCounter();
            _context.Err.WriteLine("error: " + id.Input + ": " + result.Failure.Message);
        }
        else if (!_context.ErrorIsTerminal)
        {
            _context.Err.WriteLine("looked up " + _done + "/" + _total + " " + id.Input + " (" + string.Join(", ", result.Value!.Sources) + ")");
        }

        if (_context.ErrorIsTerminal && _done < _total)
        {
            _context.Err.Write("\rlooking up " + _done + "/" + _total);
            _counterShown = true;
        }
    }

    public void Dispose() => ClearCounter();

    private void ClearCounter()
    {
        if (_counterShown)
        {
            _context.Err.Write("\r" + new string(' ', 32) + "\r");
            _counterShown = false;
        }
    }
}
