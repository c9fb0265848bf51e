using System;

namespace PaperCatalog.Tool;

/// <summary>
/// The command cannot run as given (missing folder, unreadable file, a refusal to overwrite). Thrown where the
/// problem is found and turned into a message and exit code 2 in one place, <see cref="ToolApp"/>.
/// </summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
