using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PaperCatalog.CodeFixes;
using Xunit;

namespace PaperCatalog.Analyzers.Tests;

/// <summary>
/// Compiles consumer code against a small catalog assembly (built here as a real reference, as a package
/// would provide it) and runs the analyzer and code fix on it.
/// </summary>
internal static class AnalyzerHarness
{
    private const string CatalogSource = """
        [assembly: PaperCatalog.PaperIdCatalog(typeof(Demo.Catalog.PaperIds))]

        namespace Demo.Catalog
        {
            public static class PaperIds
            {
                public const string Gpt3 = "gpt-3";
                public const string ParetoGnn = "pareto-gnn";

                // As the generator writes the constant of an inactive paper.
                [System.Obsolete("Superseded by 'gpt-3' and retracted.")]
                public const string OldModel = "old-model";
            }

            // The catalog's papers class, as the citations generator finds it: the lookup beside the ids.
            public static class Papers
            {
                public static PaperCatalog.Paper? FindById(string? id) => null;
            }
        }
        """;

    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(Paper).Assembly.Location);

    internal static readonly Lazy<MetadataReference> Catalog = new(() => Compile("Demo.Catalog", CatalogSource, []));

    public static ImmutableArray<MetadataReference> References(bool withCatalog)
        => [.. Net80.References.All, Runtime, .. withCatalog ? new[] { Catalog.Value } : []];

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, bool withCatalog = true)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, path: "Consumer.cs")],
            References(withCatalog),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers([new CitesAnalyzer()]).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Applies the first PAPER102 fix and returns the changed source.</summary>
    public static async Task<string> FixAsync(string source)
    {
        using var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("Consumer", LanguageNames.CSharp)
            .WithMetadataReferences(References(withCatalog: true))
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Document document = project.AddDocument("Consumer.cs", SourceText.From(source));

        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers([new CitesAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Diagnostic diagnostic = diagnostics.First(d => d.Id == "PAPER102");

        CodeAction? action = null;
        var context = new CodeFixContext(document, diagnostic, (a, _) => action ??= a, default);
        await new UseIdConstantCodeFix().RegisterCodeFixesAsync(context);
        Assert.NotNull(action);

        ImmutableArray<CodeActionOperation> operations = await action!.GetOperationsAsync(default);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    internal static MetadataReference Compile(string name, string source, MetadataReference[] extra)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            [.. Net80.References.All, Runtime, .. extra],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
