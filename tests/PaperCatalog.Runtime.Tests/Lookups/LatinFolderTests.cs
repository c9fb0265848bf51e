using System.Globalization;
using System.Text;
using PaperCatalog.Lookups;
using Xunit;

namespace PaperCatalog.Tests.Lookups;

public class LatinFolderTests
{
    [Fact]
    public void The_table_folds_every_latin_letter_as_ICU_normalisation_does()
    {
        // The tests run with ICU; the comparison below means nothing without it, so say so rather than pass.
        Assert.True("é".Normalize(NormalizationForm.FormD).Length == 2, "This test needs ICU: it ran with invariant globalization.");

        var differences = new StringBuilder();
        for (int c = 0x00C0; c <= 0x1EFF; c++)
        {
            if (c is > 0x024F and < 0x1E00)
            {
                continue;
            }

            string text = ((char)c).ToString();
            string viaIcu = IcuFold(text);
            string folded = LatinFolder.Fold(text);
            bool decomposesToAscii = viaIcu.Length == 1 && viaIcu[0] is >= 'a' and <= 'z';
            if (decomposesToAscii && folded != viaIcu)
            {
                differences.Append($"U+{c:X4} {text}: table '{folded}', ICU '{viaIcu}'\n");
            }
        }

        Assert.True(differences.Length == 0, differences.ToString());
    }

    [Theory]
    [InlineData("Élodie Ñúñez", "elodie nunez")]
    [InlineData("ŁUKASZ łukasz", "lukasz lukasz")]
    [InlineData("ß ẞ Æ æ Œ œ Ø ø Đ đ Ð ð Þ þ ı İ Ħ ħ", "ss ss ae ae oe oe o o d d d d th th i i h h")]
    [InlineData("Ǖ ṩ ǻ", "u s a")]
    [InlineData("e\u0301", "e")]
    [InlineData("Ελληνικά 中文", "ελληνικά 中文")]
    public void Folds_letters_with_and_without_a_decomposition(string text, string expected)
        => Assert.Equal(expected, LatinFolder.Fold(text));

    // What the folding did before it had its own table: ICU's canonical decomposition, combining marks dropped.
    private static string IcuFold(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
