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
        return reader.Text(field);
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
        ReadOnlySpan<byte> text = data.GetText(chunk)[starts[2 * record]..starts[2 * (record + 1)]];
        ReadOnlySpan<byte> lengths = data.GetFieldLengths(chunk)[starts[(2 * record) + 1]..starts[(2 * record) + 3]];
        return new RecordReader(text, lengths);
    }

    private Paper Decode(int index)
    {
        // Fields are read in order: the reader walks the lengths forward from where it last stopped.
        RecordReader r = Open(index);
        string id = r.Text(PaperRecordLayout.Id)!;
        string title = r.Text(PaperRecordLayout.Title)!;
        int year = r.Number(PaperRecordLayout.Year);
        string? date = r.Text(PaperRecordLayout.DatePublished);
        string? abstractText = r.Text(PaperRecordLayout.Abstract);
        string? arxivId = r.Text(PaperRecordLayout.ArxivId);
        string? primaryClass = r.Text(PaperRecordLayout.PrimaryClass);
        string? doi = r.Text(PaperRecordLayout.Doi);
        string? url = r.Text(PaperRecordLayout.Url);
        string? repositoryCode = r.Text(PaperRecordLayout.RepositoryCode);
        string? venue = r.Text(PaperRecordLayout.Venue);
        string? supersedes = r.Text(PaperRecordLayout.Supersedes);
        string? status = r.Text(PaperRecordLayout.Status);

        int next = PaperRecordLayout.FixedFieldCount;
        string[] keywords = r.List(ref next);
        string[] related = r.List(ref next);
        int authorCount = r.Number(next++);
        var authors = new Author[authorCount];
        for (int a = 0; a < authorCount; a++)
        {
            string? family = r.Text(next++);
            string? given = r.Text(next++);
            string? particle = r.Text(next++);
            string? suffix = r.Text(next++);
            string? name = r.Text(next++);
            string? orcid = r.Text(next++);
            authors[a] = name != null ? Author.Group(name) : Author.Person(family, given, particle, suffix, orcid);
        }

        return new Paper
        {
            Id = id,
            Title = title,
            Authors = Array.AsReadOnly(authors),
            Year = year,
            DatePublished = date == null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Abstract = abstractText,
            ArxivId = arxivId,
            PrimaryClass = primaryClass,
            Doi = doi,
            Url = url,
            RepositoryCode = repositoryCode,
            Venue = venue,
            Keywords = Array.AsReadOnly(keywords),
            Related = Array.AsReadOnly(related),
            Supersedes = supersedes,
            Status = status switch
            {
                "retracted" => PaperStatus.Retracted,
                "withdrawn" => PaperStatus.Withdrawn,
                _ => PaperStatus.Active,
            },
        };
    }

    /// <summary>
    /// Reads the fields of one record: its text and its fields' lengths (<c>16,67,4\n</c>). A cursor remembers
    /// where the last field ended, so reading fields in order costs one pass over the lengths.
    /// </summary>
    private ref struct RecordReader
    {
        private readonly ReadOnlySpan<byte> _text;
        private readonly ReadOnlySpan<byte> _lengths;
        private int _field;
        private int _position;
        private int _start;

        public RecordReader(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lengths)
        {
            _text = text;
            _lengths = lengths;
        }

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
            if (field < _field)
            {
                _field = 0;
                _position = 0;
                _start = 0;
            }

            while (true)
            {
                int length = 0;
                while (_lengths[_position] is >= (byte)'0' and <= (byte)'9')
                {
                    length = (length * 10) + (_lengths[_position++] - '0');
                }

                _position++;
                int start = _start;
                _start += length;
                if (_field++ == field)
                {
                    return _text.Slice(start, length);
                }
            }
        }
    }
}
