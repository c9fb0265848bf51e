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
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.All.First(d => d.Id == info.Id);
        SourceSpan span = info.Span;
        var location = Location.Create(
            info.Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        return Diagnostic.Create(descriptor, location, info.Arguments.Cast<object>().ToArray());
    }
}
