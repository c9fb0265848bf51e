using System.IO;
using System.Text;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>The test escaper must itself be right, or the round-trip property would test nothing.</summary>
public class YamlDoubleQuotedTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_character_of_the_bmp_but_surrogates_reads_back_through_yamldotnet(bool hex)
    {
        YamlEscapeStyle style = hex ? YamlEscapeStyle.Hex : YamlEscapeStyle.Named;
        var all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                all.Append((char)c);
            }
        }

        all.Append("\U00010000\U0001F600\U0010FFFF");
        Assert.Equal(all.ToString(), ReadBack(YamlDoubleQuoted.Quote(all.ToString(), style)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_quoted_text_is_one_line_of_printable_characters(bool hex)
    {
        YamlEscapeStyle style = hex ? YamlEscapeStyle.Hex : YamlEscapeStyle.Named;
        string quoted = YamlDoubleQuoted.Quote(string.Concat(HostileStrings.Pieces) + "\uD800", style);
        Assert.DoesNotContain(quoted, c => YamlDoubleQuoted.NeedsEscape(c) && !char.IsSurrogate(c));
        Assert.DoesNotContain(quoted, c => char.IsSurrogate(c) && style == YamlEscapeStyle.Hex);
    }

    [Fact]
    public void Named_escapes_are_used_where_yaml_has_them()
        => Assert.Equal("\"\\0\\a\\b\\t\\n\\v\\f\\r\\e\\N\\_\\L\\P\\\"\\\\\\x01\\uFEFF\"", YamlDoubleQuoted.Quote("\0\a\b\t\n\v\f\r\u001B\u0085\u00A0\u2028\u2029\"\\\u0001\uFEFF"));

    [Fact]
    public void Hex_escapes_write_pairs_as_one_code_point()
        => Assert.Equal("\"\\xE9\\u4E2D\\U0001F600\\x0A\"", YamlDoubleQuoted.Quote("\u00E9\u4E2D\U0001F600\n", YamlEscapeStyle.Hex));

    private static string ReadBack(string quoted)
    {
        var parser = new Parser(new StringReader("value: " + quoted + "\n"));
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        parser.Consume<MappingStart>();
        parser.Consume<Scalar>();
        return parser.Consume<Scalar>().Value;
    }
}
