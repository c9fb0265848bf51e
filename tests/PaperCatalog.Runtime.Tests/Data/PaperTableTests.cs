using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using PaperCatalog.Data;
using PaperCatalog.Lookups;
using Xunit;

namespace PaperCatalog.Tests.Data;

public class PaperTableTests
{
    // Five records, written field by field as the format describes; the first has a field longer than 127 bytes.
    private static readonly string LongText = new('x', 300);

    private static readonly string[][] Records =
    [
        ["first", "First \"Title\" \u00e9\u2028\ud83d\ude00", "2020", "2020-02-29", "Abstract.\nTwo lines. " + LongText, "2001.00001", "cs.CL", "10.1000/A", "", "https://example.org/code", "Venue 2020", "", "", "journal", "2021", "2020-01-15",
            "2", "kw-a", "kw-b", "1", "second", "2", "Doe", "Jane", "van", "Jr.", "", "https://orcid.org/0000-0002-1825-0097", "", "", "", "", "The Group", ""],
        ["second", "Second", "1999", "", "", "hep-th/9901001", "", "", "https://example.org/second", "", "", "first", "retracted", "", "", "",
            "0", "0", "1", "Amie", "", "", "", "", ""],
        ["third", "Third", "2024", "", "", "", "", "", "", "", "Workshop on X", "", "withdrawn", "workshop", "", "", "0", "0", "1", "", "", "", "", "Team", ""],
        ["fourth", "Fourth", "2025", "", "", "", "", "", "", "", "ICML 2025", "", "", "conference", "2025", "", "1", "kw-a", "0", "1", "Roe", "Rick", "", "", "", ""],
        ["fifth", "Fifth", "2025", "", "", "", "", "", "", "", "", "", "", "", "", "", "0", "0", "1", "Poe", "", "", "", "", ""],
    ];

    private static readonly PaperTable Table = new(CatalogData.FromBytes(Encode(Records)));

    [Fact]
    public void Decodes_every_field_of_a_record()
    {
        Paper paper = Table[0];

        Assert.Equal("first", paper.Id);
        Assert.Equal("First \"Title\" \u00e9\u2028\ud83d\ude00", paper.Title);
        Assert.Equal(2020, paper.Year);
        Assert.Equal(new DateOnly(2020, 2, 29), paper.DatePublished);
        Assert.Equal("Abstract.\nTwo lines. " + LongText, paper.Abstract);
        Assert.Equal("2001.00001", paper.ArxivId);
        Assert.Equal("cs.CL", paper.PrimaryClass);
        Assert.Equal("10.1000/A", paper.Doi);
        Assert.Null(paper.Url);
        Assert.Equal("https://example.org/code", paper.RepositoryCode);
        Assert.Equal("Venue 2020", paper.Venue);
        Assert.Equal(VenueType.Journal, paper.VenueType);
        Assert.Equal(2021, paper.VenueYear);
        Assert.Equal(new DateOnly(2020, 1, 15), paper.DateReleased);
        Assert.Null(paper.Supersedes);
        Assert.Equal(PaperStatus.Active, paper.Status);
        Assert.Equal(["kw-a", "kw-b"], paper.Keywords);
        Assert.Equal(["second"], paper.Related);
        Assert.Equal(
            [Author.Person("Doe", "Jane", "van", "Jr.", "https://orcid.org/0000-0002-1825-0097"), Author.Group("The Group")],
            paper.Authors);
    }

    [Fact]
    public void Decodes_records_of_later_chunks_with_their_lists_and_status()
    {
        Assert.Equal(5, Table.Count);
        Paper second = Table[1];
        Assert.Equal(PaperStatus.Retracted, second.Status);
        Assert.Equal("first", second.Supersedes);
        Assert.Equal("Amie", second.Authors.Single().DisplayName);
        Assert.Null(second.DatePublished);
        Assert.Null(second.Abstract);

        Assert.Equal(PaperStatus.Withdrawn, Table[2].Status);
        Assert.True(Table[2].Authors.Single().IsGroup);
        Assert.Equal(["kw-a"], Table[3].Keywords);
        Assert.Equal((VenueType.Conference, 2025), (Table[3].VenueType, Table[3].VenueYear));
        Assert.Equal((VenueType.Workshop, (int?)null), (Table[2].VenueType, Table[2].VenueYear));
        Assert.Equal((VenueType.Unspecified, (int?)null, (DateOnly?)null), (second.VenueType, second.VenueYear, second.DateReleased));
        Assert.Equal("fifth", Table[4].Id);
        Assert.Equal(["first", "second", "third", "fourth", "fifth"], Table.Select(p => p.Id));
    }

    [Fact]
    public void Reads_one_field_without_decoding_the_paper()
    {
        Assert.Equal("hep-th/9901001", Table.GetField(1, PaperRecordLayout.ArxivId));
        Assert.Null(Table.GetField(4, PaperRecordLayout.Doi));
        Assert.Equal("2020-01-15", Table.GetField(0, PaperRecordLayout.DateReleased));
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.GetField(0, PaperRecordLayout.FixedFieldCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => Table[5]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Table[-1]);
    }

    [Fact]
    public void Keeps_one_instance_per_paper_across_threads()
    {
        var table = new PaperTable(CatalogData.FromBytes(Encode(Records)));
        Paper[] seen = new Paper[64];
        Parallel.For(0, seen.Length, i => seen[i] = table[3]);
        Assert.All(seen, p => Assert.Same(seen[0], p));
    }

    [Fact]
    public void An_index_over_the_table_finds_papers_by_key()
    {
        var index = new PaperIndex(new PaperTable(CatalogData.FromBytes(Encode(Records))));

        Assert.Equal("second", index.FindByArxivId("arXiv:hep-th/9901001v1")?.Id);
        Assert.Equal("first", index.FindByDoi("https://doi.org/10.1000/a")?.Id);
        Assert.Equal("fourth", index.FindById("fourth")?.Id);
        Assert.Equal(["first", "fourth"], index.WithKeyword("kw-a").Select(p => p.Id));
        Assert.Equal(5, index.All.Count);
    }

    /// <summary>Encodes records as <see cref="CatalogDataFormat"/> describes, independently of the core's writer.</summary>
    internal static byte[] Encode(string[][] records, uint version = CatalogDataFormat.Version)
    {
        var body = new List<byte>();
        var offsets = new List<uint>();
        foreach (string[] record in records)
        {
            offsets.Add((uint)body.Count);
            foreach (string field in record)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(field);
                uint length = (uint)bytes.Length;
                while (length >= 0x80)
                {
                    body.Add((byte)(length | 0x80));
                    length >>= 7;
                }

                body.Add((byte)length);
                body.AddRange(bytes);
            }
        }

        offsets.Add((uint)body.Count);
        var data = new List<byte>();
        data.AddRange(BitConverter.GetBytes(CatalogDataFormat.Magic));
        data.AddRange(BitConverter.GetBytes(version));
        data.AddRange(BitConverter.GetBytes((uint)records.Length));
        data.AddRange(new byte[CatalogDataFormat.DigestLength]);
        foreach (uint offset in offsets)
        {
            data.AddRange(BitConverter.GetBytes(offset));
        }

        data.AddRange(body);
        return data.ToArray();
    }
}
