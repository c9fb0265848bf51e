using System.CommandLine;
using System.CommandLine.Invocation;

namespace PaperCatalog.Tool;

/// <summary>
/// <c>--version</c>: prints <see cref="ToolInfo.Version"/>. System.CommandLine's own action prints the entry
/// assembly's version, which in-process (tests) is the host's, not the tool's.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    private readonly ToolContext _context;

    public VersionAction(ToolContext context) => _context = context;

    public override int Invoke(ParseResult parseResult)
    {
        _context.Out.WriteLine(ToolInfo.Version);
        return ExitCodes.Ok;
    }
}
