using System;
using System.Collections.Generic;
using System.IO;
using PaperCatalog.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PaperCatalog.Core.Parsing;

/// <summary>
/// Reads one YAML file into a <see cref="YamlTreeNode"/> from YamlDotNet's event stream. Aliases and anchors
/// are refused (no expansion, so no alias bomb), nesting, value lengths and collection sizes are bounded (see
/// <see cref="EntryLimits"/>), and only the first document is read.
/// </summary>
internal sealed class YamlTreeReader
{
    /// <summary>Deeper nesting than this is no paper entry; refusing it keeps recursion bounded.</summary>
    public const int MaxDepth = EntryLimits.MaxDepth;

    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly IParser _parser;

    // 1 when the text starts with a BOM, which YamlDotNet would read as part of the first key; it is skipped,
    // and every span moved back by it so that locations stay those of the text as given.
    private readonly int _skipped;

    private YamlTreeReader(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
        _skipped = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        _parser = new GuardedParser(new Scanner(new StringReader(_skipped == 0 ? text : text.Substring(_skipped)), skipComments: true));
    }

    /// <summary>
    /// Returns the root node of the first document, or null when there is none or the file does not parse;
    /// every problem found is added to <paramref name="diagnostics"/>.
    /// </summary>
    public static YamlTreeNode? Read(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        var reader = new YamlTreeReader(path, text, diagnostics);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException ex)
        {
            SourceSpan span = reader.Span(ex.Start, ex.End);

            // YamlDotNet reports a tab used as indentation at the start of the file; point at the tab instead.
            if (span.Start == reader._skipped && span.Length == 0 && FindTabIndentation(text) is { } tab)
            {
                span = tab;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidYaml, path, span, CleanMessage(ex)));
            return null;
        }
        catch (StopReadingException)
        {
            return null;
        }
    }

    private YamlTreeNode? ReadStream()
    {
        _parser.MoveNext();
        Expect<StreamStart>();
        if (_parser.Accept<StreamEnd>(out _))
        {
            return null;
        }

        Expect<DocumentStart>();
        YamlTreeNode root = ReadNode(0);
        Expect<DocumentEnd>();

        if (_parser.Accept<DocumentStart>(out DocumentStart? second))
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticRules.MultipleDocuments, _path, Span(second.Start, second.End), "2"));
            return null;
        }

        return root;
    }

    private YamlTreeNode ReadNode(int depth)
    {
        ParsingEvent current = _parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
        if (current is AnchorAlias alias)
        {
            Fail(DiagnosticRules.AliasNotAllowed, alias.Start, alias.End, "Aliases (*" + alias.Value + ")");
        }

        if (current is NodeEvent node && !node.Anchor.IsEmpty)
        {
            Fail(DiagnosticRules.AliasNotAllowed, node.Start, node.End, "Anchors (&" + node.Anchor.Value + ")");
        }

        if (current is NodeEvent tagged && !tagged.Tag.IsEmpty && !(current is Scalar s0 && s0.IsPlainImplicit == false && tagged.Tag.IsEmpty))
        {
            Fail(DiagnosticRules.AliasNotAllowed, tagged.Start, tagged.End, "Tags (" + tagged.Tag.Value + ")");
        }

        if (depth > MaxDepth)
        {
            Fail(DiagnosticRules.LimitExceeded, current.Start, current.End, EntryLimits.DepthLimit);
        }

        switch (current)
        {
            case Scalar scalar:
                if (scalar.Value.Length > EntryLimits.MaxValueLength)
                {
                    Fail(DiagnosticRules.LimitExceeded, scalar.Start, scalar.End, EntryLimits.ValueLengthLimit);
                }

                _parser.MoveNext();
                return ToScalar(scalar);

            case SequenceStart sequenceStart:
            {
                _parser.MoveNext();
                var items = new List<YamlTreeNode>();
                while (!_parser.Accept<SequenceEnd>(out _))
                {
                    CheckCollectionSize(items.Count);
                    items.Add(ReadNode(depth + 1));
                }

                SequenceEnd end = Expect<SequenceEnd>();
                return new YamlTreeSequence(Span(sequenceStart.Start, end.End), items);
            }

            case MappingStart mappingStart:
            {
                _parser.MoveNext();
                var entries = new List<KeyValuePair<YamlTreeScalar, YamlTreeNode>>();
                while (!_parser.Accept<MappingEnd>(out _))
                {
                    CheckCollectionSize(entries.Count);
                    YamlTreeNode key = ReadNode(depth + 1);
                    if (key is not YamlTreeScalar scalarKey)
                    {
                        Fail(DiagnosticRules.WrongType, key.Span, "(mapping key)", "a text key", key.Describe());
                        return null!;
                    }

                    YamlTreeNode value = ReadNode(depth + 1);
                    entries.Add(new KeyValuePair<YamlTreeScalar, YamlTreeNode>(scalarKey, value));
                }

                MappingEnd end = Expect<MappingEnd>();
                return new YamlTreeMapping(Span(mappingStart.Start, end.End), entries);
            }

            default:
                throw new YamlException(current.Start, current.End, "Unexpected " + current.GetType().Name + ".");
        }
    }

    private YamlTreeScalar ToScalar(Scalar scalar)
        => new(Span(scalar.Start, scalar.End), scalar.Value, scalar.Style == ScalarStyle.Plain);

    /// <summary>Refuses the item after the last one allowed, at that item, before it is read.</summary>
    private void CheckCollectionSize(int count)
    {
        if (count >= EntryLimits.MaxCollectionItems && _parser.Current is { } next)
        {
            Fail(DiagnosticRules.LimitExceeded, next.Start, next.End, EntryLimits.CollectionLimit);
        }
    }

    /// <summary>The span of YamlDotNet marks in the text as given, a skipped BOM included.</summary>
    private SourceSpan Span(Mark start, Mark end)
    {
        SourceSpan span = SourceSpan.FromMarks(start, end);
        if (_skipped == 0)
        {
            return span;
        }

        return new SourceSpan(
            span.Start + _skipped,
            span.Length,
            span.StartLine,
            span.StartColumn + (span.StartLine == 0 ? _skipped : 0),
            span.EndLine,
            span.EndColumn + (span.EndLine == 0 ? _skipped : 0));
    }

    private T Expect<T>()
        where T : ParsingEvent
    {
        if (_parser.Current is T match)
        {
            _parser.MoveNext();
            return match;
        }

        ParsingEvent? current = _parser.Current;
        throw new YamlException(
            current?.Start ?? Mark.Empty,
            current?.End ?? Mark.Empty,
            "Expected " + typeof(T).Name + " but found " + (current?.GetType().Name ?? "the end of the file") + ".");
    }

    private void Fail(DiagnosticRule rule, Mark start, Mark end, params string[] arguments)
        => Fail(rule, Span(start, end), arguments);

    private void Fail(DiagnosticRule rule, SourceSpan span, params string[] arguments)
    {
        _diagnostics.Add(DiagnosticInfo.Create(rule, _path, span, arguments));
        throw new StopReadingException();
    }

    private static SourceSpan? FindTabIndentation(string text)
    {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\t')
            {
                return new SourceSpan(i, 1, line, i - lineStart, line, i - lineStart + 1);
            }
            else if (c != ' ' && c != '\r')
            {
                // Skip to the end of this line: only leading whitespace is indentation.
                int next = text.IndexOf('\n', i);
                if (next < 0)
                {
                    break;
                }

                i = next - 1;
            }
        }

        return null;
    }

    /// <summary>YamlDotNet prefixes messages with the marks; the diagnostic carries its own location.</summary>
    private static string CleanMessage(YamlException ex)
    {
        string message = ex.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(", StringComparison.Ordinal) && close > 0)
        {
            message = message.Substring(close + 3);
        }

        return message.Trim();
    }

    /// <summary>
    /// YamlDotNet's parser, with the exceptions its scanner throws for some invalid YAML turned into located YAML
    /// errors, which would otherwise end as PAPER022 at the start of the file: ArgumentOutOfRangeException for an
    /// escape that is half of a surrogate pair (<c>"\uDC00\u0041"</c>), and a bare InvalidOperationException for a
    /// flow collection that runs into a line indented less than its block (<c>a: [b: c</c> and, on the next line,
    /// <c>d: e</c>), typically a forgotten <c>]</c>. Both were found by the tests in Hardening/.
    /// </summary>
    private sealed class GuardedParser : IParser
    {
        private readonly Scanner _scanner;
        private readonly Parser _parser;

        public GuardedParser(Scanner scanner)
        {
            _scanner = scanner;
            _parser = new Parser(scanner);
        }

        public ParsingEvent? Current => _parser.Current;

        public bool MoveNext()
        {
            try
            {
                return _parser.MoveNext();
            }
            catch (ArgumentOutOfRangeException ex) when (ex.ParamName is "highSurrogate" or "lowSurrogate")
            {
                Mark at = _scanner.CurrentPosition;
                throw new YamlException(at, at, "While scanning a quoted scalar, found invalid Unicode surrogates.", ex);
            }
            catch (InvalidOperationException ex)
            {
                Mark at = _scanner.CurrentPosition;
                throw new YamlException(at, at, "While scanning a flow collection ('[' or '{'), found a line indented less than the collection; is a ']' or '}' missing?", ex);
            }
        }
    }

    /// <summary>Ends reading after a problem that has already been reported.</summary>
    private sealed class StopReadingException : Exception
    {
    }
}
