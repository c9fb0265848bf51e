using PaperCatalog.Core.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>Turns equatable <see cref="DiagnosticInfo"/> into Roslyn diagnostics, at output time only.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(DiagnosticInfo info)
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.Get(info.Id);
        return Diagnostic.Create(descriptor, LocationOf(info), info.Arguments.Cast<object>().ToArray());
    }

    // A finding about the build's settings has no file: Location.None, which the build prints without a place.
    private static Location LocationOf(DiagnosticInfo info)
    {
        if (!info.HasLocation)
        {
            return Location.None;
        }

        SourceSpan span = info.Span;
        return Location.Create(
            info.Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
    }
}
