using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperCatalog.Tool.Importing.Listing;

/// <summary>The bibliographic facts of one listed paper, from <c>papers-metadata.yaml</c>.</summary>
internal sealed record MetadataRecord(
    string Title,
    string? ArxivTitle,
    string? Arxiv,
    IReadOnlyList<string> Authors,
    int? Year,
    string? Venue,
    string? Doi,
    string? Code,
    int Line);

/// <summary>
/// Reads the metadata file that supplies what a listing lacks (the format of <c>papers-metadata.yaml</c>): a list of
/// mappings with <c>title</c>, <c>arxiv</c>, <c>arxiv_title</c>, <c>authors</c> ("Given Family" strings), <c>year</c>,
/// <c>venue</c>, <c>doi</c> and <c>code</c>. An absent key means unknown. Other keys (<c>n</c>) are ignored.
/// </summary>
internal static class MetadataReader
{
    /// <exception cref="InputFormatException">The text is not YAML, or not a list of such mappings.</exception>
    public static IReadOnlyList<MetadataRecord> Read(string path, string text)
    {
        if (text.Length > ReaderLimits.MaxInputBytes)
        {
            throw new InputFormatException(path, 1, 1, "the file has " + text.Length + " characters; an input may have at most " + ReaderLimits.MaxInputBytes + " (ReaderLimits.MaxInputBytes).");
        }

        var stream = new YamlStream();
        try
        {
            // YamlStream builds its tree recursively: a file nested too deep is refused while it is only a stream of
            // events, before the tree is built.
            CheckDepth(path, text);
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new InputFormatException(path, (int)ex.Start.Line, (int)ex.Start.Column, "not valid YAML: " + ex.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            throw new InputFormatException(path, 1, 1, "expected a YAML list of papers, each a mapping with 'title', 'authors' and 'year'.");
        }

        return list.Children.Select(node => ReadRecord(path, node)).ToList();
    }

    private static void CheckDepth(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0;
        int records = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart:
                    if (depth == 1 && ++records > ReaderLimits.MaxPapers)
                    {
                        throw new InputFormatException(path, (int)parser.Current.Start.Line, (int)parser.Current.Start.Column, "the file has more than " + ReaderLimits.MaxPapers + " papers (ReaderLimits.MaxPapers); split it.");
                    }

                    if (++depth > ReaderLimits.MaxYamlDepth)
                    {
                        throw new InputFormatException(path, (int)parser.Current.Start.Line, (int)parser.Current.Start.Column, "lists and mappings nest deeper than " + ReaderLimits.MaxYamlDepth + " levels (ReaderLimits.MaxYamlDepth).");
                    }

                    break;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
            }
        }
    }

    private static MetadataRecord ReadRecord(string path, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(path, node, "expected a mapping with 'title', 'authors' and 'year' for each paper.");
        }

        string title = Scalar(path, map, "title") ?? throw Error(path, node, "this paper has no 'title', which matches it to the listing.");
        string? yearText = Scalar(path, map, "year");
        int? year = null;
        if (yearText != null)
        {
            year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed)
                ? parsed
                : throw Error(path, map.Children[new YamlScalarNode("year")], "'year' must be a whole number such as 2023, not '" + yearText + "'.");
        }

        return new MetadataRecord(
            title,
            Scalar(path, map, "arxiv_title"),
            Scalar(path, map, "arxiv"),
            Authors(path, map),
            year,
            Scalar(path, map, "venue"),
            Scalar(path, map, "doi"),
            Scalar(path, map, "code"),
            (int)node.Start.Line);
    }

    private static string? Scalar(string path, YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value))
        {
            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            throw Error(path, value, "'" + key + "' must be text.");
        }

        return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value;
    }

    private static IReadOnlyList<string> Authors(string path, YamlMappingNode map)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("authors"), out YamlNode? value))
        {
            return Array.Empty<string>();
        }

        if (value is not YamlSequenceNode list || list.Children.Any(c => c is not YamlScalarNode))
        {
            throw Error(path, value, "'authors' must be a list of names such as \"Tom B. Brown\".");
        }

        return list.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).Where(n => n.Trim().Length > 0).ToList();
    }

    private static InputFormatException Error(string path, YamlNode node, string problem)
        => new(path, (int)node.Start.Line, (int)node.Start.Column, problem);
}
