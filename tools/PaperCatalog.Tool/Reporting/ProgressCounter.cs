using System;

namespace PaperCatalog.Tool.Reporting;

/// <summary>
/// A one-line "n/total" counter on stderr, rewritten in place. Shown only for long runs and only when stderr is a
/// terminal, so that logs and pipes never receive carriage-return noise.
/// </summary>
internal sealed class ProgressCounter : IDisposable
{
    /// <summary>Fewer files than this read in well under a second; a counter would only flicker.</summary>
    public const int Threshold = 300;

    private readonly ToolContext _context;
    private readonly int _total;
    private readonly string _label;
    private readonly bool _visible;
    private int _done;

    public ProgressCounter(ToolContext context, int total, string label)
    {
        _context = context;
        _total = total;
        _label = label;
        _visible = context.ErrorIsTerminal && total > Threshold;
    }

    /// <summary>Counts one more item done.</summary>
    public void Advance()
    {
        _done++;

        // Every 25 items is often enough to look alive without spending the run on writes.
        if (_visible && (_done % 25 == 0 || _done == _total))
        {
            _context.Err.Write("\r" + _label + " " + _done + "/" + _total);
        }
    }

    /// <summary>Clears the counter's line so that the next output starts clean.</summary>
    public void Dispose()
    {
        if (_visible)
        {
            _context.Err.Write("\r" + new string(' ', _label.Length + 24) + "\r");
        }
    }
}
