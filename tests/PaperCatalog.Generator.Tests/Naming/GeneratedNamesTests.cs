using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Validation;
using PaperCatalog.Generator.Tests.Fixtures;
using PaperCatalog.Generator.Tests.Infrastructure;
using PaperCatalog.Testing;
using Xunit;

namespace PaperCatalog.Generator.Tests.Naming;

/// <summary>
/// Holds the emitters to <see cref="GeneratedNames"/>, the list validation checks ids and configured names against:
/// every type and member the generated code declares is a configured class, a name made from an id or keyword, a
/// listed member, or a name of the generator's own (with '_'); and every outside type it names is listed.
/// </summary>
public class GeneratedNamesTests
{
    public static TheoryData<string> MembersPerType => new() { "", "1" };

    [Theory]
    [MemberData(nameof(MembersPerType))]
    public void Generated_declarations_are_the_listed_surface(string membersPerType)
    {
        // A member per type forces the layout with base types, so that their names are checked too.
        var options = new GeneratorOptions("Lab.Reading", "Library", "LibraryIds", "LibraryKeywords");
        GeneratorRun run = Run(options, membersPerType);
        var names = new GeneratedNames(options);
        PaperEntry[] entries = FixtureFiles.Small().Select(f => EntryParser.Parse(f.Path, f.Text).Entry!).ToArray();
        var ids = entries.Select(e => MemberNames.FromId(e.Id)).ToHashSet(StringComparer.Ordinal);
        var keywords = entries.SelectMany(e => e.Keywords).Select(MemberNames.FromId).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(keywords);

        foreach (BaseTypeDeclarationSyntax type in TopLevelTypes(run))
        {
            string name = type.Identifier.ValueText;
            Assert.True(names.Classes.Any(c => c.Name == name) || GeneratedNames.IsGeneratorName(name), $"type '{name}' is neither configured nor the generator's own");
            foreach (string member in DeclaredMembers(type))
            {
                bool listed = GeneratedNames.IsGeneratorName(member)
                    || (name == names.Papers.Name || GeneratedNames.IsGeneratorName(name)
                        ? ids.Contains(member) || names.Papers.Members.Contains(member)
                        : name == names.Ids.Name ? ids.Contains(member) : keywords.Contains(member));
                Assert.True(listed, $"'{name}.{member}' is not in GeneratedNames");
            }
        }
    }

    [Theory]
    [MemberData(nameof(MembersPerType))]
    public void Every_outside_type_the_code_names_is_listed(string membersPerType)
    {
        var options = new GeneratorOptions("Lab.Reading", "Library", "LibraryIds", "LibraryKeywords");
        foreach (GeneratedSourceResult source in Run(options, membersPerType).Sources)
        {
            foreach (Match reference in Regex.Matches(source.SourceText.ToString(), @"global::([A-Za-z_][A-Za-z0-9_.]*)"))
            {
                string name = reference.Groups[1].Value.TrimEnd('.');
                bool own = name.StartsWith(options.Namespace + ".", StringComparison.Ordinal);

                // A type, or a member of one (an enum value, say).
                bool listed = GeneratedNames.ReferencedTypes.Any(t => name == t || name.StartsWith(t + ".", StringComparison.Ordinal));
                Assert.True(own || listed, $"{source.HintName} names '{name}', which GeneratedNames.ReferencedTypes does not list");
            }
        }
    }

    private static GeneratorRun Run(GeneratorOptions options, string membersPerType)
    {
        var properties = new Dictionary<string, string>
        {
            ["build_property." + GeneratorOptions.NamespaceProperty] = options.Namespace,
            ["build_property." + GeneratorOptions.PapersClassProperty] = options.PapersClass,
            ["build_property." + GeneratorOptions.IdsClassProperty] = options.IdsClass,
            ["build_property." + GeneratorOptions.KeywordsClassProperty] = options.KeywordsClass,
            ["build_property.PaperCatalogMembersPerType"] = membersPerType,
        };
        GeneratorRun run = GeneratorHarness.Run(FixtureFiles.Small(), new TestAnalyzerConfigOptionsProvider(properties));
        Assert.Empty(run.Diagnostics);
        return run;
    }

    private static IEnumerable<BaseTypeDeclarationSyntax> TopLevelTypes(GeneratorRun run)
        => run.Sources
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText).GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            .Where(t => t.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax);

    private static IEnumerable<string> DeclaredMembers(BaseTypeDeclarationSyntax type)
        => type is not TypeDeclarationSyntax declaration
            ? []
            : declaration.Members.SelectMany(m => m switch
            {
                FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
                PropertyDeclarationSyntax property => [property.Identifier.ValueText],
                MethodDeclarationSyntax method => [method.Identifier.ValueText],
                BaseTypeDeclarationSyntax nested => [nested.Identifier.ValueText],
                EventFieldDeclarationSyntax events => events.Declaration.Variables.Select(v => v.Identifier.ValueText),
                DelegateDeclarationSyntax callback => [callback.Identifier.ValueText],
                _ => Array.Empty<string>(),
            });
}
