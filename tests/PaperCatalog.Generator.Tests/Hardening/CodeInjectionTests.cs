using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PaperCatalog.Generator.Tests.Infrastructure;
using PaperCatalog.Core.Validation;
using Xunit;

namespace PaperCatalog.Generator.Tests.Hardening;

/// <summary>
/// Entry text can never become code: for hostile values in every free-text field, the generated sources parse to
/// exactly the expected types and members, with no directive but <c>#nullable enable</c>, every literal holding its
/// value, and every XML doc comment well-formed.
/// </summary>
public class CodeInjectionTests
{
    private static readonly string[] LookupMethods =
    [
        "FindById", "TryGetById", "FindByArxivId", "TryGetByArxivId", "FindByDoi", "TryGetByDoi", "WithKeyword", "ByAuthor", "InYear",
    ];

    private static readonly Lazy<Catalog> Hostile = new(Build);

    /// <summary>
    /// Values for free-text fields: each hostile piece inside text, all of them at once, and a long mix. Bidirectional
    /// controls are left out: entries holding them are refused (PAPER032, tested in <c>InvisibleAndBidiTests</c>).
    /// </summary>
    private static IEnumerable<string> Values()
    {
        string[] pieces = HostileStrings.Pieces.Where(p => Core.Parsing.InvisibleText.FirstBidiControl(p) < 0).ToArray();
        foreach (string piece in pieces)
        {
            yield return "x" + piece + "y";
        }

        string all = string.Concat(pieces);
        yield return all;
        yield return string.Concat(Enumerable.Repeat(all, 40));
    }

    /// <summary>Values that must never become an id, keyword or reference, each with the rule that refuses it.</summary>
    public static TheoryData<string, string> RefusedNames => new()
    {
        { "gpt-3\n", "PAPER015" },
        { "gpt-3\r\n#if X", "PAPER015" },
        { "gpt-3\u2028", "PAPER015" },
        { "gpt\u00AD3", "PAPER015" },
        { "Gpt-3", "PAPER015" },
        { "gpt_3", "PAPER015" },
        { "gpt-3 ", "PAPER015" },
        { "g\u0440t-3", "PAPER015" },
        { "gpt-\u0663", "PAPER015" },
        { "a\"; } class X { //", "PAPER015" },
    };

    [Fact]
    public void Hostile_text_leaves_the_expected_types_and_members_only()
    {
        Catalog catalog = Hostile.Value;
        Assert.Empty(catalog.Run.Diagnostics);
        Assert.Empty(catalog.Run.CompilationProblems());

        // The main file: the marker attribute, an empty PaperIds part, and Papers with its table, index and lookups.
        CompilationUnitSyntax main = Parse(catalog.Run.Source("Papers.g.cs"));
        Assert.Equal(["[assembly: global::PaperCatalog.PaperIdCatalog(typeof(global::PaperCatalog.PaperIds))]"], main.AttributeLists.Select(a => a.ToString()));
        ClassDeclarationSyntax[] mainClasses = Classes(main, "PaperIds", "Papers");
        Assert.Empty(mainClasses[0].Members);
        ClassDeclarationSyntax papers = mainClasses[1];
        Assert.Equal(["All", "Index"], Names<PropertyDeclarationSyntax>(papers, p => p.Identifier.ValueText));
        Assert.Equal(LookupMethods.Order(StringComparer.Ordinal), Names<MethodDeclarationSyntax>(papers, m => m.Identifier.ValueText));
        Assert.Equal(["Catalog_Table", "s_index"], Names<FieldDeclarationSyntax>(papers, f => f.Declaration.Variables.Single().Identifier.ValueText));
        Assert.Equal(papers.Members.Count, papers.Members.Count(m => m is PropertyDeclarationSyntax or MethodDeclarationSyntax or FieldDeclarationSyntax));

        // The table reads the embedded data, checked by a digest: one hexadecimal literal and the count, nothing else.
        FieldDeclarationSyntax table = papers.Members.OfType<FieldDeclarationSyntax>().Single(f => f.Declaration.Variables.Single().Identifier.ValueText == "Catalog_Table");
        Assert.Matches(
            @"^new global::PaperCatalog\.Data\.PaperTable\(global::PaperCatalog\.Data\.CatalogData\.FromResource\(typeof\(Papers\)\.Assembly, ""[0-9a-f]{64}"", \d+\)\)$",
            table.Declaration.Variables.Single().Initializer!.Value.ToString());

        // The chunk files: id constants and typed members reading the table; the papers' text is not in code at all.
        var ids = new Dictionary<string, string>();
        var members = new List<string>();
        GeneratedSourceResult[] chunks = catalog.Run.Sources.Where(s => s.HintName.StartsWith("Papers.0", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(chunks);
        foreach (GeneratedSourceResult chunk in chunks)
        {
            CompilationUnitSyntax root = Parse(chunk.SourceText.ToString());
            Assert.Empty(root.AttributeLists);
            ClassDeclarationSyntax[] classes = Classes(root, "PaperIds", "Papers");
            foreach ((string name, string value) in Constants(classes[0]))
            {
                ids.Add(name, value);
            }

            foreach (MemberDeclarationSyntax member in classes[1].Members)
            {
                var property = Assert.IsType<PropertyDeclarationSyntax>(member);
                Assert.Matches(@"^global::PaperCatalog\.Papers\.Catalog_Table\[\d+\]$", property.ExpressionBody!.Expression.ToString());
                members.Add(property.Identifier.ValueText);
            }
        }

        Assert.Equal(catalog.Entries.ToDictionary(e => MemberNames.FromId(e.Id), e => e.Id).OrderBy(p => p.Key, StringComparer.Ordinal), ids.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(catalog.Entries.Select(e => MemberNames.FromId(e.Id)).Order(StringComparer.Ordinal), members.Order(StringComparer.Ordinal));

        CompilationUnitSyntax keywords = Parse(catalog.Run.Source("Keywords.g.cs"));
        Assert.Equal(new Dictionary<string, string> { ["Hostile"] = "hostile" }, Constants(Classes(keywords, "Keywords")[0]));
    }

    [Fact]
    public void Entry_text_reaches_the_code_only_in_doc_comments_and_comes_back_exactly_from_the_data()
    {
        Catalog catalog = Hostile.Value;
        foreach (GeneratedSourceResult source in catalog.Run.Sources)
        {
            // Apart from the ids (checked above) and attribute arguments, no string literal: the text lives in the data.
            CompilationUnitSyntax root = Parse(source.SourceText.ToString());
            Assert.All(
                root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) || l.IsKind(SyntaxKind.Utf8StringLiteralExpression)),
                l => Assert.True(
                    l.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax } or AttributeArgumentSyntax || Regex.IsMatch(l.Token.ValueText, "^[0-9a-f]{64}$"),
                    l.ToString()));
        }

        Type papers = catalog.Run.Load().GetType("PaperCatalog.Papers", throwOnError: true)!;
        foreach (HostileEntry entry in catalog.Entries)
        {
            var paper = (Paper)papers.GetProperty(MemberNames.FromId(entry.Id))!.GetValue(null)!;
            Assert.Equal(entry.Value, paper.Title);
            Assert.Equal(entry.Value, paper.Abstract);
            Assert.Equal(entry.Value, paper.Venue);
            Assert.Equal(entry.Url, paper.Url);
            Author author = Assert.Single(paper.Authors);
            Assert.All(new[] { author.FamilyNames, author.GivenNames, author.NameParticle, author.NameSuffix }, v => Assert.Equal(entry.Value, v));
        }
    }

    [Fact]
    public void Generated_sources_hold_no_directive_but_nullable_enable()
    {
        foreach (GeneratedSourceResult source in Hostile.Value.Run.Sources)
        {
            CompilationUnitSyntax root = Parse(source.SourceText.ToString());
            SyntaxTrivia[] directives = root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).ToArray();
            Assert.Equal("#nullable enable", Assert.Single(directives).ToString().Trim());
            Assert.DoesNotContain(root.DescendantTrivia(descendIntoTrivia: true), t => t.IsKind(SyntaxKind.DisabledTextTrivia));
            Assert.DoesNotContain(root.DescendantTrivia(descendIntoTrivia: true), t => t.IsKind(SyntaxKind.MultiLineCommentTrivia));
        }
    }

    [Fact]
    public void Every_xml_doc_comment_is_well_formed()
    {
        int comments = 0;
        foreach (GeneratedSourceResult source in Hostile.Value.Run.Sources)
        {
            CompilationUnitSyntax root = Parse(source.SourceText.ToString());
            // Every public member is documented; private fields are not, and need not be.
            // A partial class is documented once, on its part in the main file; chunk files add members only.
            bool chunkFile = source.HintName.StartsWith("Papers.0", StringComparison.Ordinal);
            foreach (MemberDeclarationSyntax member in root.DescendantNodes().OfType<MemberDeclarationSyntax>()
                         .Where(m => m.Modifiers.Any(SyntaxKind.PublicKeyword) && !(chunkFile && m is ClassDeclarationSyntax)))
            {
                SyntaxTrivia doc = Assert.Single(member.GetLeadingTrivia(), t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
                string xml = string.Join("\n", doc.ToFullString().Split('\n').Select(line => line.TrimStart()).Select(line => line.StartsWith("///", StringComparison.Ordinal) ? line[3..] : line));
                XDocument parsed = XDocument.Parse("<root>" + xml + "</root>");
                Assert.Contains(parsed.Root!.Elements(), e => e.Name == "summary" || e.Name == "inheritdoc");
                comments++;
            }
        }

        Assert.True(comments >= Hostile.Value.Entries.Count * 2, comments.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Doc_comments_show_hostile_text_as_text()
    {
        Catalog catalog = Hostile.Value;
        HostileEntry markup = catalog.Entries.Single(e => e.Value == "x</summary>y");
        PropertyDeclarationSyntax property = catalog.Run.Sources
            .Where(s => s.HintName.StartsWith("Papers.0", StringComparison.Ordinal))
            .SelectMany(s => Parse(s.SourceText.ToString()).DescendantNodes().OfType<PropertyDeclarationSyntax>())
            .Single(p => p.Identifier.ValueText == MemberNames.FromId(markup.Id));
        string xml = property.GetLeadingTrivia().Single(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)).ToFullString().Replace("///", string.Empty, StringComparison.Ordinal);

        Assert.Equal("x</summary>y", XDocument.Parse("<root>" + xml + "</root>").Root!.Element("summary")!.Value);
    }

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public void Names_that_are_not_ids_never_reach_the_code(string name, string expectedId)
    {
        string quoted = YamlDoubleQuoted.Quote(name);
        GeneratorRun run = GeneratorHarness.Run(
            ("papers/as-id.yaml", Entry(quoted, "\"t\"", "\"u\"", "\"https://example.org\"")),
            ("papers/as-keyword.yaml", Entry("as-keyword", "\"t\"", "\"u\"", "\"https://example.org\"") + "keywords: [" + quoted + "]\n"),
            ("papers/as-reference.yaml", Entry("as-reference", "\"t\"", "\"u\"", "\"https://example.org\"") + "related: [" + quoted + "]\nsupersedes: " + quoted + "\n"));

        Assert.Contains(run.Diagnostics, d => d.Id == expectedId && d.Location.GetLineSpan().Path == "papers/as-id.yaml");
        Assert.Contains(run.Diagnostics, d => d.Location.GetLineSpan().Path == "papers/as-keyword.yaml");
        Assert.Equal(2, run.Diagnostics.Count(d => d.Location.GetLineSpan().Path == "papers/as-reference.yaml"));
        Assert.Empty(run.CompilationProblems());
        Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith("Papers.0", StringComparison.Ordinal));
        Assert.Empty(Classes(Parse(run.Source("Keywords.g.cs")), "Keywords")[0].Members);
    }

    private static Catalog Build()
    {
        var entries = Values().Select((value, i) => new HostileEntry($"inj-{i}", value, "https://example.org/" + i + "/a\"b{c}*/d</summary>#if")).ToList();
        var files = entries.Select(e => ($"papers/{e.Id}.yaml", (string?)(Entry(e.Id, YamlDoubleQuoted.Quote(e.Value), YamlDoubleQuoted.Quote(e.Value), YamlDoubleQuoted.Quote(e.Url))
            + "venue: " + YamlDoubleQuoted.Quote(e.Value) + "\nkeywords: [hostile]\n"))).ToList();
        return new Catalog(entries, GeneratorHarness.Run(files));
    }

    private static string Entry(string id, string quotedText, string quotedName, string quotedUrl) => $"""
        id: {id}
        title: {quotedText}
        abstract: {quotedText}
        authors:
          - family-names: {quotedName}
            given-names: {quotedName}
            name-particle: {quotedName}
            name-suffix: {quotedName}
        year: 2020
        url: {quotedUrl}

        """;

    private static CompilationUnitSyntax Parse(string text)
    {
        // Diagnose mode reports doc comments that are not well-formed XML as syntax diagnostics.
        SyntaxTree tree = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose));
        Assert.Empty(tree.GetDiagnostics());
        return (CompilationUnitSyntax)tree.GetRoot();
    }

    /// <summary>The classes of a generated file, in order, inside its one namespace, with no using, delegate or other type.</summary>
    private static ClassDeclarationSyntax[] Classes(CompilationUnitSyntax root, params string[] names)
    {
        BaseNamespaceDeclarationSyntax ns = Assert.IsAssignableFrom<BaseNamespaceDeclarationSyntax>(Assert.Single(root.Members));
        Assert.Equal("PaperCatalog", ns.Name.ToString());
        Assert.Empty(root.Usings);
        Assert.Empty(root.DescendantNodes().OfType<DelegateDeclarationSyntax>());
        Assert.DoesNotContain(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>(), t => t is not ClassDeclarationSyntax);
        ClassDeclarationSyntax[] classes = ns.Members.Select(m => Assert.IsType<ClassDeclarationSyntax>(m)).ToArray();
        Assert.Equal(names, classes.Select(c => c.Identifier.ValueText));
        return classes;
    }

    private static string[] Names<T>(ClassDeclarationSyntax type, Func<T, string> name)
        where T : MemberDeclarationSyntax
        => type.Members.OfType<T>().Select(name).Order(StringComparer.Ordinal).ToArray();

    private static Dictionary<string, string> Constants(ClassDeclarationSyntax type)
    {
        var actual = new Dictionary<string, string>();
        foreach (MemberDeclarationSyntax member in type.Members)
        {
            var field = Assert.IsType<FieldDeclarationSyntax>(member);
            Assert.Equal(["public", "const"], field.Modifiers.Select(m => m.ValueText));
            Assert.Equal("string", field.Declaration.Type.ToString());
            VariableDeclaratorSyntax variable = Assert.Single(field.Declaration.Variables);
            actual.Add(variable.Identifier.ValueText, Literal(variable.Initializer!.Value));
        }

        return actual;
    }

    private static string Literal(ExpressionSyntax expression)
    {
        var literal = Assert.IsType<LiteralExpressionSyntax>(expression);
        Assert.True(literal.IsKind(SyntaxKind.StringLiteralExpression), literal.ToString());
        return literal.Token.ValueText;
    }

    private sealed record HostileEntry(string Id, string Value, string Url);

    private sealed record Catalog(List<HostileEntry> Entries, GeneratorRun Run);
}
