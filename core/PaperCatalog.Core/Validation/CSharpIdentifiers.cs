using System;
using System.Collections.Generic;
using System.Globalization;

namespace PaperCatalog.Core.Validation;

/// <summary>
/// C#'s rules for identifiers and keywords, without Roslyn, so that the tool and the generator judge configured
/// names alike.
/// </summary>
internal static class CSharpIdentifiers
{
    // The reserved keywords (C# 13), including the undocumented ones Roslyn also treats as keywords.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>Whether <paramref name="name"/> is a reserved C# keyword (which only <c>@</c> turns into a name).</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>
    /// Whether <paramref name="name"/> is an identifier as C# defines it: a letter or <c>_</c>, then letters, digits,
    /// connectors and combining marks. Stricter in one way: formatting characters (such as U+200B) are refused,
    /// because C# ignores them when it compares names, so two names that look different would be one.
    /// </summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !IsStart(name[0]))
        {
            return false;
        }

        for (int i = 1; i < name.Length; i++)
        {
            if (!IsPart(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a type name holds only lower-case ASCII letters, which the compiler warns about (CS8981) because such
    /// names may become keywords; a project that treats warnings as errors would not build.
    /// </summary>
    public static bool IsLowerCaseAscii(string name)
    {
        foreach (char c in name)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    private static bool IsStart(char c)
        => c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;

    private static bool IsPart(char c)
        => IsStart(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;
}
