using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Generator.Tests.Fixtures;
using PaperCatalog.Generator.Tests.Infrastructure;
using PaperCatalog.Testing;
using Xunit;

namespace PaperCatalog.Generator.Tests.Emitting;

/// <summary>
/// The generated API over the embedded data: members past the per-type limit on base types, reached through the
/// papers class as a user writes them; data that does not belong to the code refused with a clear message.
/// </summary>
public class DataAndLayoutTests
{
    // Code a user writes against the catalog, compiled with the generated code: Papers.Name must bind wherever it is declared.
    private const string UserCode = """
        public static class Probe
        {
            public static string Run()
                => PaperCatalog.Papers.AttentionSketch.Id + "|" + PaperCatalog.Papers.ConsortiumReport.Title + "|"
                   + PaperCatalog.Papers.OldStringTheory.ArxivId + "|" + PaperCatalog.Papers.All.Count + "|"
                   + PaperCatalog.Papers.FindById(PaperCatalog.PaperIds.OldStringTheory)?.Id;
        }
        """;

    [Fact]
    public void Members_past_the_per_type_limit_live_on_base_types_and_answer_through_the_papers_class()
    {
        // Forced at one member per type: three papers, three base types, as 100,000 papers get four at the default.
        var options = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.PaperCatalogMembersPerType"] = "1" });
        GeneratorRun run = GeneratorHarness.Run(FixtureFiles.Small(), options);
        Assert.Empty(run.Diagnostics);

        Type papers = LoadWithUserCode(run, out Func<string> probe).GetType("PaperCatalog.Papers", throwOnError: true)!;
        Assert.Equal("attention-sketch|Report of the Example Consortium|hep-th/9901001|3|old-string-theory", probe());

        // Each member is declared on its own base type; the papers class declares none and cannot be instantiated.
        Assert.True(papers.IsSealed);
        Assert.DoesNotContain(papers.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly), p => p.PropertyType == typeof(Paper));
        Type[] holders = Enumerable.Range(0, 3).Select(i => papers.Assembly.GetType("PaperCatalog.Papers_Members" + i, throwOnError: true)!).ToArray();
        Assert.Equal(holders[2], papers.BaseType);
        Assert.Equal(holders[0], holders[1].BaseType);
        Assert.All(holders, h => Assert.True(h.IsAbstract));
        Assert.All(holders, h => Assert.Single(h.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)));
        Assert.Empty(papers.GetConstructors());
    }

    [Fact]
    public void Below_the_limit_the_papers_class_is_static_and_declares_every_member()
    {
        GeneratorRun run = GeneratorHarness.Run(FixtureFiles.Small());
        Type papers = LoadWithUserCode(run, out Func<string> probe).GetType("PaperCatalog.Papers", throwOnError: true)!;

        Assert.Equal("attention-sketch|Report of the Example Consortium|hep-th/9901001|3|old-string-theory", probe());
        Assert.True(papers.IsAbstract && papers.IsSealed);
        Assert.Equal(3, papers.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Count(p => p.PropertyType == typeof(Paper)));
        Assert.Null(papers.Assembly.GetType("PaperCatalog.Papers_Members0"));
    }

    [Fact]
    public void Data_of_other_entries_is_refused_when_the_catalog_loads_naming_the_cause()
    {
        GeneratorRun run = GeneratorHarness.Run(FixtureFiles.Small());
        GeneratorRun other = GeneratorHarness.Run(FixtureFiles.Small().Take(2));

        Exception ex = Assert.ThrowsAny<Exception>(() => AllCount(run.Load(other.Data)));
        InvalidOperationException cause = Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("stale or belongs to other entries", cause.Message);
        Assert.Contains("holds " + PaperCatalog.Data.CatalogData.FromBytes(other.Data).Count + " papers", cause.Message);
        Assert.Contains("made from 3 papers", cause.Message);
    }

    [Fact]
    public void A_missing_data_resource_is_refused_naming_the_build_step()
    {
        GeneratorRun run = GeneratorHarness.Run(FixtureFiles.Small());

        Exception ex = Assert.ThrowsAny<Exception>(() => AllCount(run.Load(null)));
        InvalidOperationException cause = Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("has no embedded resource 'PaperCatalog.Papers.bin'", cause.Message);
    }

    [Fact]
    public void The_generated_digest_is_the_digest_the_data_writer_stores()
    {
        GeneratorRun run = GeneratorHarness.Run(FixtureFiles.RealCatalog());
        string digest = PaperCatalog.Data.CatalogData.FromBytes(run.Data).Digest;

        Assert.Contains("\"" + digest + "\"", run.Source("Papers.g.cs"), StringComparison.Ordinal);
        Assert.Equal(57, AllCount(run.Load()));
    }

    private static int AllCount(Assembly catalog)
    {
        PropertyInfo all = catalog.GetType("PaperCatalog.Papers", throwOnError: true)!.GetProperty("All")!;
        try
        {
            return ((IReadOnlyList<Paper>)all.GetValue(null)!).Count;
        }
        catch (TargetInvocationException ex)
        {
            throw ex.InnerException!;
        }
    }

    private static Assembly LoadWithUserCode(GeneratorRun run, out Func<string> probe)
    {
        var withUser = run with { Output = run.Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(UserCode, GeneratorHarness.ParseOptions)) };
        Assert.Empty(withUser.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assembly assembly = withUser.Load();
        MethodInfo run2 = assembly.GetType("Probe", throwOnError: true)!.GetMethod("Run")!;
        probe = () => (string)run2.Invoke(null, null)!;
        return assembly;
    }
}
