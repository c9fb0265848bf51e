using System.Collections.Generic;
using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Core.Parsing;

/// <summary>
/// A minimal YAML node tree that keeps every node's span and every key of a mapping, duplicates included,
/// so that the parser can report each problem where it is. Lives only while one file is parsed.
/// </summary>
internal abstract class YamlTreeNode
{
    protected YamlTreeNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    /// <summary>How the node reads in a message: "a mapping", "a list", "the text 'x'".</summary>
    public abstract string Describe();
}

internal sealed class YamlTreeScalar : YamlTreeNode
{
    public YamlTreeScalar(SourceSpan span, string value, bool isPlain)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>True for an unquoted scalar, the only kind YAML may read as a number or null.</summary>
    public bool IsPlain { get; }

    /// <summary>True for YAML's null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Describe() => IsNull ? "empty" : "the text '" + Diagnostics.DiagnosticInfo.Excerpt(Value) + "'";
}

internal sealed class YamlTreeSequence : YamlTreeNode
{
    public YamlTreeSequence(SourceSpan span, List<YamlTreeNode> items)
        : base(span) => Items = items;

    public List<YamlTreeNode> Items { get; }

    public override string Describe() => "a list";
}

internal sealed class YamlTreeMapping : YamlTreeNode
{
    public YamlTreeMapping(SourceSpan span, List<KeyValuePair<YamlTreeScalar, YamlTreeNode>> entries)
        : base(span) => Entries = entries;

    /// <summary>Entries in file order; a key given twice appears twice.</summary>
    public List<KeyValuePair<YamlTreeScalar, YamlTreeNode>> Entries { get; }

    public override string Describe() => "a mapping";
}
