using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace PaperCatalog.Data;

/// <summary>
/// The papers of a <see cref="PaperData"/>, each decoded on its first use and then kept. Thread-safe: two threads
/// asking for the same paper at once may both decode it, but both get the one instance that was kept.
/// </summary>
public sealed class PaperTable : IReadOnlyList<Paper>
{
    private readonly PaperData? _data;
    private readonly Paper?[] _papers;

    /// <summary>Creates the table over generated data.</summary>
    /// <param name="data">The catalog's data.</param>
    public PaperTable(PaperData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _papers = new Paper?[data.Count];
    }

    /// <summary>A table over papers that already exist, for indexes built from plain lists.</summary>
    internal PaperTable(Paper[] papers) => _papers = papers;

    /// <summary>How many papers the table holds.</summary>
    public int Count => _papers.Length;

    /// <summary>The paper at <paramref name="index"/>, decoded on first use.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    public Paper this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_papers.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            Paper? paper = Volatile.Read(ref _papers[index]);
            if (paper != null)
            {
                return paper;
            }

            Paper decoded = Decode(index);
            return Interlocked.CompareExchange(ref _papers[index], decoded, null) ?? decoded;
        }
    }

    /// <summary>One text field of a paper, without decoding the rest; null when the field is absent.</summary>
    /// <param name="index">The paper, from 0.</param>
    /// <param name="field">A field of <see cref="PaperRecordLayout"/> before <see cref="PaperRecordLayout.FixedFieldCount"/>.</param>
    public string? GetField(int index, int field)
    {
        if ((uint)field >= PaperRecordLayout.FixedFieldCount)
        {
            throw new ArgumentOutOfRangeException(nameof(field));
        }

        if (_data == null)
        {
            return FieldOf(this[index], field);
        }

        RecordReader reader = Open(index);
        return reader.Text(reader.Start + field);
    }

    /// <inheritdoc/>
    public IEnumerator<Paper> GetEnumerator()
    {
        for (int i = 0; i < _papers.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string? FieldOf(Paper paper, int field) => field switch
    {
        PaperRecordLayout.Id => paper.Id,
        PaperRecordLayout.Title => paper.Title,
        PaperRecordLayout.Year => paper.Year.ToString(CultureInfo.InvariantCulture),
        PaperRecordLayout.DatePublished => paper.DatePublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PaperRecordLayout.Abstract => paper.Abstract,
        PaperRecordLayout.ArxivId => paper.ArxivId,
        PaperRecordLayout.PrimaryClass => paper.PrimaryClass,
        PaperRecordLayout.Doi => paper.Doi,
        PaperRecordLayout.Url => paper.Url,
        PaperRecordLayout.RepositoryCode => paper.RepositoryCode,
        PaperRecordLayout.Venue => paper.Venue,
        PaperRecordLayout.Supersedes => paper.Supersedes,
        _ => paper.Status == PaperStatus.Active ? null : paper.Status.ToString().ToLowerInvariant(),
    };

    private RecordReader Open(int index)
    {
        if ((uint)index >= (uint)_papers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        PaperData data = _data!;
        int chunk = index / data.ChunkSize;
        int record = index % data.ChunkSize;
        ReadOnlySpan<int> starts = data.GetRecordStarts(chunk);
        return new RecordReader(data.GetText(chunk), data.GetFieldEnds(chunk), starts[record]);
    }

    private Paper Decode(int index)
    {
        RecordReader r = Open(index);
        int s = r.Start;
        int next = s + PaperRecordLayout.FixedFieldCount;
        string[] keywords = r.List(ref next);
        string[] related = r.List(ref next);
        int authorCount = r.Number(next++);
        var authors = new Author[authorCount];
        for (int a = 0; a < authorCount; a++, next += PaperRecordLayout.AuthorFieldCount)
        {
            string? name = r.Text(next + 4);
            authors[a] = name != null
                ? Author.Group(name)
                : Author.Person(r.Text(next), r.Text(next + 1), r.Text(next + 2), r.Text(next + 3), r.Text(next + 5));
        }

        string? date = r.Text(s + PaperRecordLayout.DatePublished);
        return new Paper
        {
            Id = r.Text(s + PaperRecordLayout.Id)!,
            Title = r.Text(s + PaperRecordLayout.Title)!,
            Authors = Array.AsReadOnly(authors),
            Year = r.Number(s + PaperRecordLayout.Year),
            DatePublished = date == null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Abstract = r.Text(s + PaperRecordLayout.Abstract),
            ArxivId = r.Text(s + PaperRecordLayout.ArxivId),
            PrimaryClass = r.Text(s + PaperRecordLayout.PrimaryClass),
            Doi = r.Text(s + PaperRecordLayout.Doi),
            Url = r.Text(s + PaperRecordLayout.Url),
            RepositoryCode = r.Text(s + PaperRecordLayout.RepositoryCode),
            Venue = r.Text(s + PaperRecordLayout.Venue),
            Keywords = Array.AsReadOnly(keywords),
            Related = Array.AsReadOnly(related),
            Supersedes = r.Text(s + PaperRecordLayout.Supersedes),
            Status = r.Text(s + PaperRecordLayout.Status) switch
            {
                "retracted" => PaperStatus.Retracted,
                "withdrawn" => PaperStatus.Withdrawn,
                _ => PaperStatus.Active,
            },
        };
    }

    /// <summary>Reads the fields of one chunk.</summary>
    private readonly ref struct RecordReader
    {
        private readonly ReadOnlySpan<byte> _text;
        private readonly ReadOnlySpan<int> _ends;

        public RecordReader(ReadOnlySpan<byte> text, ReadOnlySpan<int> ends, int start)
        {
            _text = text;
            _ends = ends;
            Start = start;
        }

        public int Start { get; }

        public string? Text(int field)
        {
            ReadOnlySpan<byte> bytes = Bytes(field);
            return bytes.IsEmpty ? null : Encoding.UTF8.GetString(bytes);
        }

        public int Number(int field) => int.Parse(Bytes(field), NumberStyles.None, CultureInfo.InvariantCulture);

        public string[] List(ref int field)
        {
            int count = Number(field++);
            var items = new string[count];
            for (int i = 0; i < count; i++)
            {
                items[i] = Text(field++)!;
            }

            return items;
        }

        private ReadOnlySpan<byte> Bytes(int field)
        {
            int start = field == 0 ? 0 : _ends[field - 1];
            return _text[start.._ends[field]];
        }
    }
}
