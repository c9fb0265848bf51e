using System.Collections.Generic;
using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Core.Parsing;

/// <summary>
/// Reads the keys of one mapping: reports keys given twice and unknown keys (with a suggestion), and hands
/// out typed values, reporting a missing, empty or wrongly typed value at its place.
/// </summary>
internal sealed class MappingReader
{
    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, KeyValuePair<YamlTreeScalar, YamlTreeNode>> _values = new();

    public MappingReader(string path, YamlTreeMapping mapping, string[] knownKeys, List<DiagnosticInfo> diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
        Mapping = mapping;
        foreach (KeyValuePair<YamlTreeScalar, YamlTreeNode> entry in mapping.Entries)
        {
            string key = entry.Key.Value;
            if (System.Array.IndexOf(knownKeys, key) < 0)
            {
                string? suggestion = KeySuggester.Closest(key, knownKeys);
                Report(DiagnosticRules.UnknownKey, entry.Key.Span, key, suggestion == null ? string.Empty : "; did you mean '" + suggestion + "'?");
                continue;
            }

            if (_values.ContainsKey(key))
            {
                Report(DiagnosticRules.DuplicateKey, entry.Key.Span, key);
                continue;
            }

            _values.Add(key, entry);
        }
    }

    public YamlTreeMapping Mapping { get; }

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>The key's value node, or null when absent (reported when <paramref name="required"/>).</summary>
    public YamlTreeNode? Node(string key, bool required)
    {
        if (_values.TryGetValue(key, out KeyValuePair<YamlTreeScalar, YamlTreeNode> entry))
        {
            return entry.Value;
        }

        if (required)
        {
            ReportMissing(key);
        }

        return null;
    }

    public void ReportMissing(string key) => Report(DiagnosticRules.MissingKey, FirstKeySpan(), key);

    /// <summary>A non-empty text value with its span, or null when absent or invalid (and reported).</summary>
    public (string Value, SourceSpan Span)? Text(string key, bool required)
    {
        YamlTreeNode? node = Node(key, required);
        return node == null ? null : TextOf(key, node);
    }

    public (string Value, SourceSpan Span)? TextOf(string key, YamlTreeNode node)
    {
        if (node is not YamlTreeScalar scalar)
        {
            Report(DiagnosticRules.WrongType, node.Span, key, "text", node.Describe());
            return null;
        }

        if (scalar.IsNull || scalar.Value.Trim().Length == 0)
        {
            Report(DiagnosticRules.EmptyValue, scalar.Span, key);
            return null;
        }

        if (InvisibleText.IsInvisibleOnly(scalar.Value))
        {
            Report(DiagnosticRules.InvisibleOnlyValue, scalar.Span, key, FirstCodePoint(scalar.Value));
            return null;
        }

        if (InvisibleText.FirstBidiControl(scalar.Value) is var bidi and >= 0)
        {
            Report(DiagnosticRules.BidiControl, scalar.Span, key, "U+" + ((int)scalar.Value[bidi]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }

        return (scalar.Value, scalar.Span);
    }

    /// <summary>A list value, or null when absent or not a list (and reported).</summary>
    public YamlTreeSequence? List(string key, bool required)
    {
        YamlTreeNode? node = Node(key, required);
        if (node == null)
        {
            return null;
        }

        if (node is YamlTreeSequence sequence)
        {
            if (sequence.Items.Count == 0 && required)
            {
                Report(DiagnosticRules.EmptyValue, sequence.Span, key);
                return null;
            }

            return sequence;
        }

        if (node is YamlTreeScalar { IsNull: true })
        {
            Report(DiagnosticRules.EmptyValue, node.Span, key);
            return null;
        }

        Report(DiagnosticRules.WrongType, node.Span, key, "a list", node.Describe());
        return null;
    }

    public void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(rule, _path, span, arguments));

    private static string FirstCodePoint(string value)
        => "U+" + char.ConvertToUtf32(value, 0).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    // A missing key is reported at the mapping's first key, where a reader looks for the entry's keys.
    private SourceSpan FirstKeySpan()
        => Mapping.Entries.Count > 0 ? Mapping.Entries[0].Key.Span : Mapping.Span.StartPoint;
}
