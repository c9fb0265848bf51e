using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PaperCatalog.Generator.Tests.Fixtures;
using PaperCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// Runs one hostile file beside the small fixture catalog and checks what every hostile case must do: the generator
/// neither throws nor hangs, the catalog still compiles, and the three good entries are still generated.
/// </summary>
internal static class HardeningRuns
{
    public static readonly string[] SmallCatalogMembers = ["AttentionSketch", "ConsortiumReport", "OldStringTheory"];

    public static GeneratorRun RunBesideSmallCatalog(string path, string? text)
        => RunBesideSmallCatalog(new InMemoryAdditionalText(path, text));

    public static GeneratorRun RunBesideSmallCatalog(AdditionalText file)
    {
        var files = FixtureFiles.Small().Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).Append(file).ToList();
        GeneratorRun run = HangGuard.Run(() => GeneratorHarness.Run(files), "The generator over " + file.Path);

        AssertNoCrash(run);
        Assert.Empty(run.CompilationProblems());
        INamedTypeSymbol papers = run.Output.GetTypeByMetadataName("PaperCatalog.Papers")!;
        Assert.All(SmallCatalogMembers, member => Assert.Single(papers.GetMembers(member)));
        Assert.All(run.Diagnostics, d => Assert.Equal(file.Path, d.Location.GetLineSpan().Path));
        return run;
    }

    /// <summary>No exception reached the compiler (CS8785) and none was caught inside the generator (PAPER022).</summary>
    public static void AssertNoCrash(GeneratorRun run)
    {
        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.DriverDiagnostics.Concat(run.Diagnostics), d => d.Id.StartsWith("CS8785", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PAPER022");
    }

    /// <summary>The one diagnostic of a run, checked for its rule and its 0-based start.</summary>
    public static Diagnostic Single(GeneratorRun run, string id, int line, int column)
    {
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        AssertAt(diagnostic, id, line, column);
        return diagnostic;
    }

    public static void AssertAt(Diagnostic diagnostic, string id, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line, start.Character));
    }
}
