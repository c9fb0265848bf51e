using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PaperCatalog.Analyzers.Tests.Citations;

public class CitationsGeneratorTests
{
    private const string Model = """
        using PaperCatalog;
        using Demo.Catalog;

        [assembly: Cites(PaperIds.ParetoGnn, Note = "the library as a whole")]

        namespace Lib
        {
            [Cites(PaperIds.Gpt3, Note = "few-shot prompting")]
            public class Model<[Cites("gpt-3")] T>
            {
                [Cites(PaperIds.ParetoGnn)]
                public int Width;

                [Cites("unknown-paper")]
                public int Depth { get; set; }

                [return: Cites(PaperIds.Gpt3, Note = "the output format")]
                public string Train([Cites(PaperIds.ParetoGnn)] int epochs, string name) => name;

                [Cites(PaperIds.Gpt3)] [Cites(PaperIds.ParetoGnn)]
                public event System.Action? Trained { add { } remove { } }
            }
        }
        """;

    [Fact]
    public void Nothing_is_generated_unless_the_project_asks_for_it()
    {
        (string? source, _) = CitationsHarness.Run(new Dictionary<string, string>(), ("Model.cs", Model));
        Assert.Null(source);
    }

    [Fact]
    public void Every_citation_is_listed_with_its_paper_lookup_symbol_note_and_location()
    {
        (string? source, _) = CitationsHarness.Run(CitationsHarness.Enabled(), ("Model.cs", Model));

        Assert.NotNull(source);
        Assert.Contains("namespace Lib\n{\n    /// <summary>Every <c>[Cites]</c> of this assembly", source);
        Assert.Contains("    internal static partial class Citations\n", source);
        string[] entries = Regex.Matches(source!, "^ *new Citation\\((.*)\\),$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(
            [
                "\"pareto-gnn\", global::Demo.Catalog.Papers.FindById, \"assembly\", \"A:Lib\", \"assembly Lib\", \"the library as a whole\", \"Model.cs(4,12)\"",
                "\"gpt-3\", global::Demo.Catalog.Papers.FindById, \"type\", \"T:Lib.Model`1\", \"Lib.Model<T>\", \"few-shot prompting\", \"Model.cs(8,6)\"",
                "\"gpt-3\", global::Demo.Catalog.Papers.FindById, \"type parameter\", \"T:Lib.Model`1\", \"type parameter T of Lib.Model<T>\", null, \"Model.cs(9,25)\"",
                "\"pareto-gnn\", global::Demo.Catalog.Papers.FindById, \"field\", \"F:Lib.Model`1.Width\", \"Lib.Model<T>.Width\", null, \"Model.cs(11,10)\"",
                "\"unknown-paper\", null, \"property\", \"P:Lib.Model`1.Depth\", \"Lib.Model<T>.Depth\", null, \"Model.cs(14,10)\"",
                "\"gpt-3\", global::Demo.Catalog.Papers.FindById, \"return\", \"M:Lib.Model`1.Train(System.Int32,System.String)\", \"return value of Lib.Model<T>.Train(int, string)\", \"the output format\", \"Model.cs(17,18)\"",
                "\"pareto-gnn\", global::Demo.Catalog.Papers.FindById, \"parameter\", \"M:Lib.Model`1.Train(System.Int32,System.String)\", \"parameter epochs of Lib.Model<T>.Train(int, string)\", null, \"Model.cs(18,30)\"",
                "\"gpt-3\", global::Demo.Catalog.Papers.FindById, \"event\", \"E:Lib.Model`1.Trained\", \"Lib.Model<T>.Trained\", null, \"Model.cs(20,10)\"",
                "\"pareto-gnn\", global::Demo.Catalog.Papers.FindById, \"event\", \"E:Lib.Model`1.Trained\", \"Lib.Model<T>.Trained\", null, \"Model.cs(20,33)\"",
            ],
            entries);
    }

    [Theory]
    [InlineData("Lab.Reading", "Shelf", "global::Lab.Reading.Shelf.FindById")]
    [InlineData("", "", "global::PaperCatalog.Papers.FindById")]
    [InlineData("Lab.class", "Shelf", "null")]
    public void An_id_no_reference_holds_is_looked_up_in_the_projects_own_catalog(string ns, string papersClass, string lookup)
    {
        // The catalog generator's package makes these properties visible; its output is not, so a stand-in is compiled.
        Dictionary<string, string> options = CitationsHarness.Enabled();
        options["build_property.PaperCatalogNamespace"] = ns;
        options["build_property.PaperCatalogPapersClass"] = papersClass;
        string own = lookup == "null" ? string.Empty
            : "namespace " + lookup["global::".Length..lookup.LastIndexOf('.', lookup.LastIndexOf('.') - 1)] + " { public static class " + lookup.Split('.')[^2] + " { public static PaperCatalog.Paper? FindById(string? id) => null; } }\n";

        (string? source, _) = CitationsHarness.Run(options, ("Own.cs", own), ("Model.cs", "[PaperCatalog.Cites(\"own-paper\")]\ninternal sealed class Model { }\n[PaperCatalog.Cites(\"gpt-3\")]\ninternal sealed class Other { }\n"));

        Assert.Contains("new Citation(\"own-paper\", " + lookup + ", \"type\"", source);
        Assert.Contains("new Citation(\"gpt-3\", global::Demo.Catalog.Papers.FindById, \"type\"", source);
    }

    [Fact]
    public void A_dotted_class_name_gives_the_namespace()
    {
        (string? source, _) = CitationsHarness.Run(CitationsHarness.Enabled("Lib.Docs.Bibliography"), ("Model.cs", Model));
        Assert.Contains("namespace Lib.Docs\n{", source);
        Assert.Contains("internal static partial class Bibliography\n", source);
    }

    [Fact]
    public void Strings_in_notes_are_written_as_literals_that_hold_them_exactly()
    {
        const string source = "[PaperCatalog.Cites(\"gpt-3\", Note = \"a \\\"quoted\\\"\\nnote */ \\\\\")] public class C { }";
        (string? generated, _) = CitationsHarness.Run(CitationsHarness.Enabled(), ("C.cs", source));
        Assert.Contains("\"a \\\"quoted\\\"\\nnote */ \\\\\"", generated);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("Lib..Citations")]
    [InlineData("Citations\nerror")]
    [InlineData("1Citations")]
    public void An_invalid_class_name_is_an_error_and_generates_nothing(string name)
    {
        var compilation = CitationsHarness.Compilation(("Model.cs", Model));
        GeneratorDriver driver = CitationsHarness.Driver(CitationsHarness.Enabled(name)).RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Assert.Empty(result.GeneratedSources);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PAPER104", diagnostic.Id);
        Assert.DoesNotContain('\n', diagnostic.GetMessage());
    }

    [Fact]
    public void Without_citations_the_class_is_empty_but_there()
    {
        (string? source, _) = CitationsHarness.Run(CitationsHarness.Enabled(), ("C.cs", "public class C { }"));
        Assert.Contains("new Citation[]\n        {\n        };", source);
    }
}
