using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PaperCatalog.Core.Validation;
using Xunit;

namespace PaperCatalog.Generator.Tests.Naming;

/// <summary>The core's Roslyn-free identifier rules, held to Roslyn's own.</summary>
public class CSharpIdentifiersTests
{
    [Fact]
    public void Identifiers_are_what_Roslyn_accepts_except_formatting_characters()
    {
        for (int code = 0; code <= char.MaxValue; code++)
        {
            char c = (char)code;

            // Formatting characters are refused on purpose: C# ignores them when comparing names.
            bool format = CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
            Assert.True(CSharpIdentifiers.IsIdentifier(c.ToString()) == (SyntaxFacts.IsValidIdentifier(c.ToString()) && !format), $"U+{code:X4} at the start");
            Assert.True(CSharpIdentifiers.IsIdentifier("A" + c) == (SyntaxFacts.IsValidIdentifier("A" + c) && !format), $"U+{code:X4} after a letter");
        }
    }

    [Fact]
    public void Keywords_are_Roslyns_reserved_keywords()
    {
        string[] reserved = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).ToArray();
        Assert.All(reserved, k => Assert.True(CSharpIdentifiers.IsKeyword(k), k));
        Assert.All(SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText), k => Assert.False(CSharpIdentifiers.IsKeyword(k), k));
    }
}
