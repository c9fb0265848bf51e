using System;
using System.Collections.Generic;
using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Tool.Entries;

/// <summary>What happened to one draft.</summary>
internal enum OutcomeKind
{
    /// <summary>The file was written (created, or replaced with <c>--force</c>).</summary>
    Written,

    /// <summary>The file already holds exactly this text; nothing to do.</summary>
    Unchanged,

    /// <summary>A different file of that name exists and <c>--force</c> was not given.</summary>
    Exists,

    /// <summary>
    /// The text would not pass the generator's parser or rules, or would put another entry of the folder in error;
    /// not written.
    /// </summary>
    Invalid,

    /// <summary>A signal interrupted the run before this file was written; not written.</summary>
    Interrupted,
}

/// <summary>One draft's result, with the reason and diagnostics when it was not written.</summary>
internal sealed record EntryOutcome(EntryDraft Draft, string Path, OutcomeKind Kind, string? Reason = null, IReadOnlyList<DiagnosticInfo>? Diagnostics = null)
{
    public IReadOnlyList<DiagnosticInfo> Problems => Diagnostics ?? Array.Empty<DiagnosticInfo>();
}
