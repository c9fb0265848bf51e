using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace PaperCatalog.Data;

/// <summary>
/// The papers of a <see cref="CatalogData"/>, each decoded on its first use and then kept. Thread-safe: two threads
/// asking for the same paper at once may both decode it, but both get the one instance that was kept.
/// </summary>
public sealed class PaperTable : IReadOnlyList<Paper>
{
    private readonly CatalogData _data;
    private readonly Paper?[] _papers;

    /// <summary>Creates the table over a catalog's data.</summary>
    /// <param name="data">The catalog's data.</param>
    public PaperTable(CatalogData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _papers = new Paper?[data.Count];
    }

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

    private RecordReader Open(int index)
    {
        if ((uint)index >= (uint)_papers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        int start = _data.RecordsStart + (int)_data.Offset(index);
        int end = _data.RecordsStart + (int)_data.Offset(index + 1);
        return new RecordReader(_data.Span[start..end]);
    }

    private Paper Decode(int index)
    {
        // Fields are read in order: the reader walks forward from where it last stopped.
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
        string? venueType = r.Text(PaperRecordLayout.VenueType);
        string? venueYear = r.Text(PaperRecordLayout.VenueYear);
        string? dateReleased = r.Text(PaperRecordLayout.DateReleased);

        int next = PaperRecordLayout.FixedFieldCount;
        string[] keywords = r.List(ref next);
        string[] related = r.List(ref next);
        int authorCount = r.Number(next++);
        var authors = new Author[authorCount];
        for (int a = 0; a < authorCount; a++)
        {
            string? family = r.Text(next + PaperRecordLayout.AuthorFamilyNames);
            string? given = r.Text(next + PaperRecordLayout.AuthorGivenNames);
            string? particle = r.Text(next + PaperRecordLayout.AuthorNameParticle);
            string? suffix = r.Text(next + PaperRecordLayout.AuthorNameSuffix);
            string? name = r.Text(next + PaperRecordLayout.AuthorName);
            string? orcid = r.Text(next + PaperRecordLayout.AuthorOrcid);
            next += PaperRecordLayout.AuthorFieldCount;
            authors[a] = name != null ? Author.Group(name) : Author.Person(family, given, particle, suffix, orcid);
        }

        return new Paper
        {
            Id = id,
            Title = title,
            Authors = Array.AsReadOnly(authors),
            Year = year,
            DatePublished = ParseDate(date),
            Abstract = abstractText,
            ArxivId = arxivId,
            PrimaryClass = primaryClass,
            Doi = doi,
            Url = url,
            RepositoryCode = repositoryCode,
            Venue = venue,
            VenueYear = venueYear == null ? null : int.Parse(venueYear, NumberStyles.None, CultureInfo.InvariantCulture),
            VenueType = venueType switch
            {
                VenueTypeWords.Conference => VenueType.Conference,
                VenueTypeWords.Journal => VenueType.Journal,
                VenueTypeWords.Workshop => VenueType.Workshop,
                _ => VenueType.Unspecified,
            },
            DateReleased = ParseDate(dateReleased),
            Keywords = Array.AsReadOnly(keywords),
            Related = Array.AsReadOnly(related),
            Supersedes = supersedes,
            Status = status switch
            {
                StatusWords.Retracted => PaperStatus.Retracted,
                StatusWords.Withdrawn => PaperStatus.Withdrawn,
                _ => PaperStatus.Active,
            },
        };
    }

    private static DateOnly? ParseDate(string? text)
        => text == null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads the fields of one record, each a LEB128 byte length and then the bytes. A cursor remembers where the
    /// last field ended, so reading fields in order costs one pass over the record.
    /// </summary>
    private ref struct RecordReader
    {
        private readonly ReadOnlySpan<byte> _record;
        private int _field;
        private int _position;

        public RecordReader(ReadOnlySpan<byte> record)
        {
            _record = record;
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
            }

            while (true)
            {
                int length = 0;
                int shift = 0;
                byte b;
                do
                {
                    b = _record[_position++];
                    length |= (b & 0x7F) << shift;
                    shift += 7;
                }
                while (b >= 0x80);

                int start = _position;
                _position += length;
                if (_field++ == field)
                {
                    return _record.Slice(start, length);
                }
            }
        }
    }
}
