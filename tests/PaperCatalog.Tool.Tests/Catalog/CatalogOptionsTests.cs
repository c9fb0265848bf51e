using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Validation;
using PaperCatalog.Tool.Catalog;
using Xunit;

namespace PaperCatalog.Tool.Tests.Catalog;

/// <summary>The tool takes the build's properties from environment variables of the same names, as MSBuild does.</summary>
public class CatalogOptionsTests
{
    private static readonly ParsedFile[] TwoEntries =
    {
        EntryParser.Parse("papers/a.yaml", "id: a\ntitle: A\nauthors:\n  - name: A\nyear: 2020\n"),
        EntryParser.Parse("papers/b.yaml", "id: b\ntitle: B\nauthors:\n  - name: B\nyear: 2020\n"),
    };

    [Fact]
    public void The_catalog_budget_follows_the_variable_of_the_property_name()
    {
        var environment = new Dictionary<string, string> { ["PaperCatalogMaxCatalogCharacters"] = "60" };

        GeneratorOptions options = CatalogOptions.From(name => environment.GetValueOrDefault(name));
        CatalogModel model = CatalogValidator.Validate(TwoEntries.ToImmutableArray(), options);

        Assert.Equal("60", options.MaxCatalogCharactersSetting);
        Assert.Equal(new[] { "a" }, model.Papers.Select(p => p.Entry.Id));
        Assert.Equal("PAPER034", Assert.Single(model.Diagnostics).Id);
    }

    [Fact]
    public void Names_come_from_the_environment_but_the_project_folder_does_not()
    {
        var environment = new Dictionary<string, string> { ["PaperCatalogNamespace"] = "Lab.Reading", ["ProjectDir"] = "/elsewhere" };

        GeneratorOptions options = CatalogOptions.From(name => environment.GetValueOrDefault(name));

        Assert.Equal("Lab.Reading", options.Namespace);
        Assert.Null(options.ProjectDirectory);
        Assert.Empty(CatalogValidator.Validate(TwoEntries.ToImmutableArray(), CatalogOptions.From(_ => null)).Diagnostics);
    }
}
