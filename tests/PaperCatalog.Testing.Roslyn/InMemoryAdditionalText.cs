using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PaperCatalog.Testing;

/// <summary>An additional file held in memory, as the IDE or the compiler would hand it to the generator.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public InMemoryAdditionalText(string path, string? text)
        : this(path, text == null ? null : SourceText.From(text))
    {
    }

    public InMemoryAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    /// <summary>
    /// A file given as bytes, decoded as the compiler decodes a file on disk: a BOM picks UTF-8, UTF-16 or UTF-32,
    /// anything else is read as UTF-8, with U+FFFD for bytes that are not valid UTF-8.
    /// </summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new InMemoryAdditionalText(path, SourceText.From(stream));
    }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
