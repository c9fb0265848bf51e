using System.IO;
using System.Linq;
using Xunit;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>Every entry of the shipped catalog validates against the JSON Schema that editors use for it.</summary>
public class EntrySchemaCatalogTests
{
    public static TheoryData<string> Entries()
        => new(Directory.GetFiles(RepositoryPaths.CatalogEntries, "*.yaml").Select(Path.GetFileName).Cast<string>().Order(System.StringComparer.Ordinal));

    [Fact]
    public void The_catalog_has_entries()
        => Assert.NotEmpty(Entries());

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_catalog_entry_validates_against_the_schema(string file)
    {
        string json = YamlToJson.Convert(File.ReadAllText(Path.Combine(RepositoryPaths.CatalogEntries, file)))!.ToJsonString();
        Assert.Empty(SchemaValidator.Errors(SchemaValidator.Entry, json));
    }
}
