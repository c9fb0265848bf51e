using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PaperCatalog.Catalog.Tests.Seed;
using Xunit;

namespace PaperCatalog.Catalog.Tests;

/// <summary>
/// The published venue, the primary arXiv category and the first version's date of every shipped paper against the
/// seed files, read here: each fact is there where the seed states it, and absent where the seed is silent.
/// </summary>
public class CatalogVenueAndArxivFactsTests
{
    private static readonly IReadOnlyList<SeedPaper> Metadata = SeedMetadata.Read();
    private static readonly IReadOnlyList<SeedArxivFact> Facts = SeedArxivFacts.Read();

    public static TheoryData<int> Numbers() => new(Enumerable.Range(1, 57));

    [Fact]
    public void The_facts_file_lists_the_papers_of_the_metadata_in_its_order()
    {
        Assert.Equal(Metadata.Select(m => (m.N, m.Arxiv)), Facts.Select(f => (f.N, f.Arxiv)));
        Assert.Equal(29, Facts.Count(f => f.PrimaryClass != null));
        Assert.Equal(38, Facts.Count(f => f.DateV1 != null));
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void The_primary_class_is_the_facts_files(int n)
        => Assert.Equal(Facts.Single(f => f.N == n).PrimaryClass, PaperOf(n).PrimaryClass);

    [Theory]
    [MemberData(nameof(Numbers))]
    public void The_release_date_is_the_first_versions_date_of_the_facts_file(int n)
    {
        string? date = Facts.Single(f => f.N == n).DateV1;
        Paper paper = PaperOf(n);
        Assert.Equal(date, paper.DateReleased?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (paper.DateReleased is DateOnly released)
        {
            Assert.Equal(paper.Year, released.Year);
        }
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void The_venue_follows_the_seed_venue_by_the_documented_rule(int n)
    {
        string? seed = Metadata.Single(m => m.N == n).Venue;
        Paper paper = PaperOf(n);
        if (seed == null)
        {
            Assert.Equal<(string?, VenueType, int?)>((null, VenueType.Unspecified, null), (paper.Venue, paper.VenueType, paper.VenueYear));
            return;
        }

        Assert.Equal(SeedVenue.Expected(seed), (paper.Venue!, paper.VenueType, paper.VenueYear));
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_venue_year_is_one_the_seed_venue_writes_and_none_is_invented(int n)
    {
        string? seed = Metadata.Single(m => m.N == n).Venue;
        Paper paper = PaperOf(n);
        int[] written = seed == null ? [] : SeedVenue.YearsIn(seed);
        Assert.Equal(written.Length > 0, paper.VenueYear != null);
        if (paper.VenueYear is int year)
        {
            Assert.Contains(year, written);
            Assert.Contains(year.ToString(CultureInfo.InvariantCulture), seed!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_years_counted_as_the_issue_names_them()
    {
        // The issue's counts, from the seed: 39 published papers, of which 15 published in a later year than their
        // first version; one venue string carries a year after a comma.
        Assert.Equal(39, Metadata.Count(m => m.Venue != null));
        Assert.Equal(15, Papers.All.Count(p => p.VenueYear > p.Year));
        Assert.Single(Papers.All, p => p.VenueType == VenueType.Journal);
    }

    private static Paper PaperOf(int n)
    {
        SeedPaper seed = Metadata.Single(m => m.N == n);
        return Assert.Single(Papers.All, p => p.Title == seed.Title);
    }
}
