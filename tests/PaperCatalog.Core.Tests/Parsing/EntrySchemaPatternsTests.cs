using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Tests.Infrastructure;
using PaperCatalog.Identifiers;
using Xunit;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>
/// Every pattern the JSON Schema declares gives the verdict of the core's rule for the same value: each pattern,
/// run as an ECMAScript regular expression (as editors run it), against a table of valid and invalid values, and
/// for free text and URLs against every character of the Basic Multilingual Plane.
/// </summary>
public class EntrySchemaPatternsTests
{
    private const string Id = "id";
    private const string Text = "text";
    private const string Date = "date";
    private const string Arxiv = "arxiv";
    private const string PrimaryClass = "primary-class";
    private const string Doi = "doi";
    private const string Url = "url";
    private const string Orcid = "orcid";

    /// <summary>The core rule each schema pattern restates, by the pointer of the schema that declares it.</summary>
    private static readonly Dictionary<string, string> RuleOf = new()
    {
        ["/properties/id"] = Id,
        ["/properties/keywords/items"] = Id,
        ["/properties/related/items"] = Id,
        ["/properties/supersedes"] = Id,
        ["/properties/title"] = Text,
        ["/properties/abstract"] = Text,
        ["/properties/venue/oneOf/0"] = Text,
        ["/definitions/venue/properties/name"] = Text,
        ["/definitions/author/properties/family-names"] = Text,
        ["/definitions/author/properties/given-names"] = Text,
        ["/definitions/author/properties/name-particle"] = Text,
        ["/definitions/author/properties/name-suffix"] = Text,
        ["/definitions/author/properties/name"] = Text,
        ["/definitions/author/properties/affiliation"] = Text,
        ["/properties/date-published"] = Date,
        ["/properties/date-released"] = Date,
        ["/properties/arxiv"] = Arxiv,
        ["/properties/primary-class"] = PrimaryClass,
        ["/properties/doi"] = Doi,
        ["/properties/url"] = Url,
        ["/properties/repository-code"] = Url,
        ["/definitions/author/properties/orcid"] = Orcid,
    };

    private static readonly Dictionary<string, Func<string, bool>> CoreRules = new()
    {
        [Id] = ValueRules.IsValidId,
        [Text] = IsText,
        [Date] = v => ValueRules.ParseDateYear(v) != null,
        [Arxiv] = v => ArxivIdGrammar.Validate(v) == null,
        [PrimaryClass] = ValueRules.IsValidPrimaryClass,
        [Doi] = ValueRules.IsValidDoi,
        [Url] = ValueRules.IsValidHttpUrl,
        [Orcid] = ValueRules.IsValidOrcid,
    };

    /// <summary>Values each rule is tried on, valid and invalid; lengths are left to the limits tests.</summary>
    private static readonly Dictionary<string, string[]> Samples = new()
    {
        [Id] =
        [
            "gpt-3", "a", "pareto-gnn", "x1-2b", "a0", "", "Gpt-3", "gpt_3", "gpt--3", "-gpt", "gpt-", "3gpt", "gpt-3\n",
            "gpt-3 ", " gpt-3", "gpt-\u0663", "g\u0440t-3", "gpt\u00AD3", "gpt-3\r\n#if X", "gpt.3",
        ],
        [Text] =
        [
            "x", " x ", "\u00A0x", "\uFEFF", "\u200B", "\u180E", "\u0000", "\u001F", "", " ", "\t", "\n", "\v", "\u00A0",
            "\u0085", "\u2028", "\u2029", "\u3000", " \t\u2028\u3000", "\u1680\u2000\u200A\u202F\u205F",
        ],
        [Date] =
        [
            "2020-05-28", "2020-02-29", "2000-02-29", "2400-02-29", "1600-01-01", "0001-01-01", "9999-12-31", "2021-04-30",
            "2021-01-31", "2021-02-28", "2021-02-29", "1900-02-29", "2100-02-29", "2021-04-31", "2021-06-31", "2021-11-31",
            "2021-02-30", "2021-13-01", "2021-00-10", "2021-01-00", "2021-01-32", "0000-01-01", "2021-1-01", "21-01-01",
            "2021/01/01", "2021-01-01\n", "2021-01-01T00:00", " 2021-01-01", "\uFF12021-01-01", "+021-01-01", "",
        ],
        [Arxiv] =
        [
            "0704.0001", "1412.9999", "1501.00001", "2210.02016", "2210.02016v1", "2210.02016v12", "9912.12345",
            "hep-th/9901001", "math.GT/0309136", "cond-mat/0703999v2", "astro-ph/9108001", "", "2213.01234", "2200.01234",
            "0703.0001", "1412.00001", "1501.0001", "2210.2016", "2210.02016v0", "2210.02016v", "22100.2016",
            "HEP-TH/9901001", "hep-th/990100", "hep-th/9913001", "hep-th/0704001", "hep-th/9107001", "math.gt/0309136",
            "arXiv:2210.02016", "2210.02016\n", "math.\u00C4B/0309136", "math.\u00C4\u00D6/0309136", "-hep/9901001",
            "hep-/9901001", "math.G/0309136", "math.GTX/0309136", "hep-th/9901001v01", "2210.02016v1v2", " 2210.02016",
            "2210.0201\u0666",
        ],
        [PrimaryClass] =
        [
            "cs.CL", "hep-th", "math.GT", "cs.cl", "q-bio.NC", "astro-ph", "", "CS.CL", "cs.", "cs.C", "cs-.CL", "-cs",
            "cs.CL\n", "cs.C1", "c\u0455.CL", "cs.CL.x",
        ],
        [Doi] =
        [
            "10.1234/Sketch.2021", "10.18653/v1/2022.acl-long.244", "10.123456789/x", "10.1000/(a);b:c", "10.123/x",
            "10.1234567890/x", "10.1234/", "10.1234/a b", "doi:10.1234/x", "https://doi.org/10.1000/x", "10.1234/abc\n",
            "10.\u0661\u0662\u0663\u0664/abc", "10.1234/\u212A", "11.1234/x", "10.1234/a#b", "",
        ],
        [Url] =
        [
            "https://example.org", "http://example.org/a\"b{c}*/d</summary>#if", "HTTPS://EXAMPLE.ORG/", "Http://example.org",
            "https://example.org/caf\u00E9", "https://[::1]/", "https://user@example.org/", "https://example.org:8080/x",
            "https://example.org#frag", "https://example.org?q=1", "https://a", "", "ftp://example.org", "example.org",
            "https://", "https:///path", "https://?q", "https://#x", "https://:80/", "http:example.org", "https:/example.org",
            "https://exa mple.org", "https://example.org/\u202Eexe.txt", "https://example.org/a\u0085b",
            "https://example.org/a\u00A0b", "https://example.org/a\u200Bb", "https://example.org/a\u0001b",
            "https://example.org/\n", " https://example.org", "https://example.org/\uFEFF", "mailto:x@example.org",
        ],
        [Orcid] =
        [
            "https://orcid.org/0000-0002-1825-0097", "https://orcid.org/0000-0002-1694-233X",
            "http://orcid.org/0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-009", "0000-0002-1825-0097",
            "https://orcid.org/0000-0002-1825-0097\n", "https://orcid.org/0000-0002-1825-\u0660\u0660\u0669\u0667",
            "https://orcid.org/0000-0002-1825-009x", "https://orcid.org/0000-0002-1825-0097/", "",
        ],
    };

    [Fact]
    public void Every_pattern_of_the_schema_restates_a_core_rule()
    {
        string[] pointers = EntrySchemaDocument.Patterns().Select(p => p.Pointer).ToArray();
        Assert.Equal(RuleOf.Keys.Order(StringComparer.Ordinal), pointers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_is_tried_on_valid_and_invalid_values()
        => Assert.All(Samples, rule =>
        {
            Assert.Contains(rule.Value, v => CoreRules[rule.Key](v));
            Assert.Contains(rule.Value, v => !CoreRules[rule.Key](v));
        });

    public static TheoryData<string, string> Patterns()
    {
        var data = new TheoryData<string, string>();
        foreach ((string pointer, _) in EntrySchemaDocument.Patterns())
        {
            data.Add(pointer, RuleOf.GetValueOrDefault(pointer, "(none)"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_pattern_gives_the_core_rules_verdict_on_every_sample(string pointer, string rule)
    {
        var pattern = new EcmaScriptPattern(EntrySchemaDocument.Patterns().Single(p => p.Pointer == pointer).Pattern);
        string[] disagreements = Samples[rule]
            .Where(v => pattern.IsMatch(v) != CoreRules[rule](v))
            .Select(v => $"\"{HostileStrings.Show(v)}\": schema {(pattern.IsMatch(v) ? "accepts" : "refuses")}, core {(CoreRules[rule](v) ? "accepts" : "refuses")}")
            .ToArray();
        Assert.True(disagreements.Length == 0, pointer + ":\n" + string.Join("\n", disagreements));
    }

    [Fact]
    public void The_free_text_pattern_agrees_with_the_core_on_every_character()
        => AssertEveryCharacterAgrees("/properties/title", c => c.ToString(), IsText);

    [Fact]
    public void The_url_pattern_agrees_with_the_core_on_every_character_of_a_path()
        => AssertEveryCharacterAgrees("/properties/url", c => "https://example.org/a" + c + "b", ValueRules.IsValidHttpUrl);

    private static void AssertEveryCharacterAgrees(string pointer, Func<char, string> value, Func<string, bool> core)
    {
        var pattern = new EcmaScriptPattern(EntrySchemaDocument.Patterns().Single(p => p.Pointer == pointer).Pattern);
        string[] disagreements = Enumerable.Range(0, 0x10000)
            .Where(c => !char.IsSurrogate((char)c)) // YAML cannot carry a lone surrogate at all
            .Select(c => value((char)c))
            .Where(v => pattern.IsMatch(v) != core(v))
            .Select(HostileStrings.Show)
            .Take(20)
            .ToArray();
        Assert.True(disagreements.Length == 0, pointer + " disagrees with the core on:\n" + string.Join("\n", disagreements));
    }

    /// <summary>The parser's rule for free text: the value, as the parser reads it, is not blank (no PAPER008).</summary>
    private static bool IsText(string value)
        => EntryParser.Parse("papers/text.yaml", "id: text\ntitle: " + YamlDoubleQuoted.Quote(value) + "\nauthors:\n  - name: Team\nyear: 2020\n").Diagnostics.Count == 0;
}
