using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PaperCatalog.Generator.Tests.Infrastructure;
using PaperCatalog.Generator.Validation;
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

    /// <summary>Values for free-text fields: each hostile piece inside text, all of them at once, and a long mix.</summary>
    private static IEnumerable<string> Values()
    {
        foreach (string piece in HostileStrings.Pieces)
        {
            yield return "x" + piece + "y";
        }

        string all = string.Concat(HostileStrings.Pieces);
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

        string[] paperNames = catalog.Entries.Select(e => MemberNames.FromId(e.Id)).ToArray();
        CompilationUnitSyntax ids = Parse(catalog.Run.Source("PaperIds.g.cs"));
        CompilationUnitSyntax papers = Parse(catalog.Run.Source("Papers.g.cs"));
        CompilationUnitSyntax keywords = Parse(catalog.Run.Source("Keywords.g.cs"));

        AssertConstants(SingleClass(ids, "PaperIds"), catalog.Entries.ToDictionary(e => MemberNames.FromId(e.Id), e => e.Id));
        AssertConstants(SingleClass(keywords, "Keywords"), new Dictionary<string, string> { ["Hostile"] = "hostile" });

        ClassDeclarationSyntax papersClass = SingleClass(papers, "Papers");
        Assert.Equal(
            paperNames.Concat(["All", "Index"]).Order(StringComparer.Ordinal),
            papersClass.Members.OfType<PropertyDeclarationSyntax>().Select(p => p.Identifier.ValueText).Order(StringComparer.Ordinal));
        Assert.Equal(
            LookupMethods.Order(StringComparer.Ordinal),
            papersClass.Members.OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText).Order(StringComparer.Ordinal));
        Assert.Equal(
            paperNames.Select(n => "s_" + char.ToLowerInvariant(n[0]) + n[1..]).Append("s_index").Order(StringComparer.Ordinal),
            papersClass.Members.OfType<FieldDeclarationSyntax>().Select(f => f.Declaration.Variables.Single().Identifier.ValueText).Order(StringComparer.Ordinal));
        Assert.All(papersClass.Members, m => Assert.True(m is PropertyDeclarationSyntax or MethodDeclarationSyntax or FieldDeclarationSyntax, m.Kind().ToString()));
    }

    [Fact]
    public void Every_literal_holds_its_value_exactly()
    {
        Catalog catalog = Hostile.Value;
        ClassDeclarationSyntax papers = SingleClass(Parse(catalog.Run.Source("Papers.g.cs")), "Papers");
        foreach (HostileEntry entry in catalog.Entries)
        {
            string field = "s_" + char.ToLowerInvariant(MemberNames.FromId(entry.Id)[0]) + MemberNames.FromId(entry.Id)[1..];
            var creation = (BaseObjectCreationExpressionSyntax)papers.Members.OfType<FieldDeclarationSyntax>()
                .Single(f => f.Declaration.Variables.Single().Identifier.ValueText == field)
                .Declaration.Variables.Single().Initializer!.Value;
            Dictionary<string, ExpressionSyntax> assigned = creation.Initializer!.Expressions.Cast<AssignmentExpressionSyntax>()
                .ToDictionary(a => ((IdentifierNameSyntax)a.Left).Identifier.ValueText, a => a.Right);

            Assert.Equal(entry.Value, Literal(assigned["Title"]));
            Assert.Equal(entry.Value, Literal(assigned["Abstract"]));
            Assert.Equal(entry.Value, Literal(assigned["Venue"]));
            Assert.Equal(entry.Url, Literal(assigned["Url"]));
            InvocationExpressionSyntax author = ((ArrayCreationExpressionSyntax)assigned["Authors"]).Initializer!.Expressions.Cast<InvocationExpressionSyntax>().Single();
            Assert.All(author.ArgumentList.Arguments.Take(4), a => Assert.Equal(entry.Value, Literal(a.Expression)));
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
            foreach (MemberDeclarationSyntax member in root.DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m.Modifiers.Any(SyntaxKind.PublicKeyword)))
            {
                SyntaxTrivia doc = Assert.Single(member.GetLeadingTrivia(), t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
                string xml = string.Join("\n", doc.ToFullString().Split('\n').Select(line => line.TrimStart()).Select(line => line.StartsWith("///", StringComparison.Ordinal) ? line[3..] : line));
                XDocument parsed = XDocument.Parse("<root>" + xml + "</root>");
                Assert.Contains(parsed.Root!.Elements(), e => e.Name == "summary");
                comments++;
            }
        }

        Assert.True(comments >= Hostile.Value.Entries.Count * 2, comments.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Doc_comments_show_hostile_text_as_text()
    {
        Catalog catalog = Hostile.Value;
        ClassDeclarationSyntax papers = SingleClass(Parse(catalog.Run.Source("Papers.g.cs")), "Papers");
        HostileEntry markup = catalog.Entries.Single(e => e.Value == "x</summary>y");
        PropertyDeclarationSyntax property = papers.Members.OfType<PropertyDeclarationSyntax>().Single(p => p.Identifier.ValueText == MemberNames.FromId(markup.Id));
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
        Assert.Empty(SingleClass(Parse(run.Source("PaperIds.g.cs")), "PaperIds").Members);
        Assert.Empty(SingleClass(Parse(run.Source("Keywords.g.cs")), "Keywords").Members);
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

    /// <summary>The one class of a generated file, inside the one namespace, with no other type anywhere.</summary>
    private static ClassDeclarationSyntax SingleClass(CompilationUnitSyntax root, string name)
    {
        BaseNamespaceDeclarationSyntax ns = Assert.IsAssignableFrom<BaseNamespaceDeclarationSyntax>(Assert.Single(root.Members));
        Assert.Equal("PaperCatalog", ns.Name.ToString());
        Assert.Empty(root.Usings);

        // The ids file marks its assembly for the analyzers; nothing else may sit outside the namespace.
        string[] expectedAttributes = name == "PaperIds" ? ["[assembly: global::PaperCatalog.PaperIdCatalog(typeof(global::PaperCatalog.PaperIds))]"] : [];
        Assert.Equal(expectedAttributes, root.AttributeLists.Select(a => a.ToString()));
        Assert.Single(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>());
        Assert.Empty(root.DescendantNodes().OfType<DelegateDeclarationSyntax>());
        var type = Assert.IsType<ClassDeclarationSyntax>(Assert.Single(ns.Members));
        Assert.Equal(name, type.Identifier.ValueText);
        return type;
    }

    private static void AssertConstants(ClassDeclarationSyntax type, Dictionary<string, string> expected)
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

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
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
