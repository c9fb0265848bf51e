using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Analyzers.Citations;
using Xunit;

namespace PaperCatalog.Analyzers.Tests.Citations;

public class CitationsCachingTests
{
    private const string Cited = """
        using PaperCatalog;
        using Demo.Catalog;

        [Cites(PaperIds.Gpt3)]
        public class Model
        {
            [Cites(PaperIds.ParetoGnn, Note = "loss")]
            public void Train() { }
        }
        """;

    private const string Plain = "public class Helper { public int Value() => 1; }\n";

    [Fact]
    public void Editing_a_file_that_cites_nothing_reruns_nothing()
    {
        CSharpCompilation compilation = CitationsHarness.Compilation(("Model.cs", Cited), ("Helper.cs", Plain));
        GeneratorDriver driver = CitationsHarness.Driver(CitationsHarness.Enabled()).RunGenerators(compilation);

        SyntaxTree helper = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Helper.cs", System.StringComparison.Ordinal));
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(helper, helper.WithChangedText(helper.GetText().Replace(0, 0, "// edited\n")));
        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in new[] { CitationTrackingNames.Options, CitationTrackingNames.Citations, CitationTrackingNames.AllCitations, CitationTrackingNames.Catalogs })
        {
            IncrementalStepRunReason[] reasons = Reasons(result, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }

        // Roslyn runs the attribute transform of each citing declaration again on a new compilation (Unchanged: equal
        // models); from there on nothing runs. The catalogs are not read again at all: only references change them.
        Assert.All(Reasons(result, CitationTrackingNames.AllCitations), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, CitationTrackingNames.Catalogs), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_a_citation_re_emits_the_class_with_the_change()
    {
        CSharpCompilation compilation = CitationsHarness.Compilation(("Model.cs", Cited), ("Helper.cs", Plain));
        GeneratorDriver driver = CitationsHarness.Driver(CitationsHarness.Enabled()).RunGenerators(compilation);

        SyntaxTree model = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Model.cs", System.StringComparison.Ordinal));
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(model, CSharpSyntaxTree.ParseText(Cited.Replace("\"loss\"", "\"the loss\""), (CSharpParseOptions)model.Options, model.FilePath));
        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, CitationTrackingNames.AllCitations));
        Assert.Contains("\"the loss\"", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void A_project_that_has_not_opted_in_never_reads_the_catalogs()
    {
        GeneratorRunResult off = CitationsHarness.Driver(new System.Collections.Generic.Dictionary<string, string>())
            .RunGenerators(CitationsHarness.Compilation(("Model.cs", Cited))).GetRunResult().Results.Single();
        GeneratorRunResult on = CitationsHarness.Driver(CitationsHarness.Enabled())
            .RunGenerators(CitationsHarness.Compilation(("Model.cs", Cited))).GetRunResult().Results.Single();

        Assert.Empty(CatalogIds(off));
        Assert.Equal(["gpt-3", "old-model", "pareto-gnn"], CatalogIds(on));
    }

    private static string[] CatalogIds(GeneratorRunResult result)
        => result.TrackedSteps[CitationTrackingNames.Catalogs].SelectMany(s => s.Outputs)
            .SelectMany(o => (PaperCatalog.Core.Model.EquatableArray<CatalogId>)o.Value).Select(i => i.Id).ToArray();

    [Fact]
    public void Cached_models_hold_no_roslyn_objects()
    {
        GeneratorRunResult result = CitationsHarness.Driver(CitationsHarness.Enabled())
            .RunGenerators(CitationsHarness.Compilation(("Model.cs", Cited))).GetRunResult().Results.Single();

        foreach (object value in result.TrackedSteps[CitationTrackingNames.AllCitations].SelectMany(s => s.Outputs).Select(o => o.Value))
        {
            var citations = Assert.IsType<PaperCatalog.Core.Model.EquatableArray<CitationModel>>(value);
            Assert.Equal(2, citations.Count);
            Assert.All(citations, c => Assert.All(typeof(CitationModel).GetProperties(), p => Assert.True(p.PropertyType == typeof(string) || p.PropertyType == typeof(int), p.Name)));
        }
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
}
