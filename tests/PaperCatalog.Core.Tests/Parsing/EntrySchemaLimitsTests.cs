using System;
using System.Linq;
using System.Text.Json.Nodes;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Tests.Infrastructure;
using PaperCatalog.Data;
using Xunit;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>The JSON Schema's lengths, counts, year and status values are the core's.</summary>
public class EntrySchemaLimitsTests
{
    [Theory]
    [InlineData("/properties/id")]
    [InlineData("/properties/keywords/items")]
    [InlineData("/properties/related/items")]
    [InlineData("/properties/supersedes")]
    public void An_id_is_as_long_as_the_core_allows(string pointer)
        => Assert.Equal(Longest(n => ValueRules.IsValidId(new string('a', n))), MaxLength(pointer));

    [Fact]
    public void A_doi_is_as_long_as_the_core_allows()
        => Assert.Equal(Longest(n => ValueRules.IsValidDoi("10.1234/" + new string('a', n - 8))), MaxLength("/properties/doi"));

    [Fact]
    public void A_primary_class_is_as_long_as_the_core_allows()
        => Assert.Equal(Longest(n => ValueRules.IsValidPrimaryClass(new string('a', n))), MaxLength("/properties/primary-class"));

    [Theory]
    [InlineData("/properties/title")]
    [InlineData("/properties/abstract")]
    [InlineData("/properties/venue/oneOf/0")]
    [InlineData("/definitions/venue/properties/name")]
    [InlineData("/properties/url")]
    [InlineData("/properties/repository-code")]
    [InlineData("/definitions/author/properties/family-names")]
    [InlineData("/definitions/author/properties/given-names")]
    [InlineData("/definitions/author/properties/name-particle")]
    [InlineData("/definitions/author/properties/name-suffix")]
    [InlineData("/definitions/author/properties/name")]
    [InlineData("/definitions/author/properties/affiliation")]
    public void Free_text_and_urls_are_as_long_as_any_value_may_be(string pointer)
        => Assert.Equal(EntryLimits.MaxValueLength, MaxLength(pointer));

    [Theory]
    [InlineData(EntryKeys.Authors)]
    [InlineData(EntryKeys.Keywords)]
    [InlineData(EntryKeys.Related)]
    public void A_list_holds_as_many_items_as_the_core_allows(string key)
        => Assert.Equal(EntryLimits.MaxCollectionItems, (int)EntrySchemaDocument.Properties[key]!["maxItems"]!);

    [Fact]
    public void The_earliest_year_is_the_cores()
        => Assert.Equal(ValueRules.MinYear, (int)EntrySchemaDocument.Properties[EntryKeys.Year]!["minimum"]!);

    [Fact]
    public void The_earliest_venue_year_is_the_cores()
        => Assert.Equal(ValueRules.MinYear, (int)EntrySchemaDocument.Venue["properties"]![EntryKeys.VenueYear]!["minimum"]!);

    [Fact]
    public void A_venue_type_takes_the_values_the_core_takes()
        => Assert.Equal(
            VenueTypeWords.All.Order(StringComparer.Ordinal),
            EntrySchemaDocument.Venue["properties"]![EntryKeys.VenueType]!["enum"]!.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal));

    [Fact]
    public void Status_takes_the_values_the_core_takes()
        => Assert.Equal(
            EntryKeys.StatusValues.Order(StringComparer.Ordinal),
            EntrySchemaDocument.Properties[EntryKeys.Status]!["enum"]!.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal));

    private static int MaxLength(string pointer)
    {
        JsonNode node = EntrySchemaDocument.Root;
        foreach (string part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        }

        return (int)node["maxLength"]!;
    }

    // The longest length the rule accepts, found by trying every length up to far past any limit here.
    private static int Longest(Func<int, bool> accepts)
        => Enumerable.Range(9, 2_000).Last(accepts);
}
