using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;
using PaperCatalog.Core.Validation;

namespace PaperCatalog.Generator.Emitting;

/// <summary>Writes the keyword constants, so that a misspelt keyword does not compile.</summary>
internal static class KeywordsEmitter
{
    public static string HintName(GeneratorOptions options) => options.KeywordsClass + ".g.cs";

    public static string Emit(EquatableArray<KeywordUse> keywords, GeneratorOptions options)
    {
        IndentedWriter w = SourceHeader.Open(options);
        w.Line("/// <summary>Every keyword the catalog uses, as constants, so that a misspelt keyword does not compile.</summary>");
        w.Line(SourceHeader.GeneratedCodeAttribute);
        w.Open("public static partial class " + options.KeywordsClass);
        for (int i = 0; i < keywords.Count; i++)
        {
            KeywordUse use = keywords[i];
            if (i > 0)
            {
                w.Line();
            }

            w.Line("/// <summary>The keyword <c>" + XmlDocText.Escape(use.Keyword) + "</c>, used by " + use.Papers + (use.Papers == 1 ? " paper" : " papers") + ".</summary>");
            w.Line("public const string " + MemberNames.FromId(use.Keyword) + " = " + CSharpLiteral.String(use.Keyword) + ";");
        }

        w.Close();
        return SourceHeader.Close(w);
    }
}
