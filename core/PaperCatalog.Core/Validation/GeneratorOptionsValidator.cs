using System;
using System.Collections.Generic;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Core.Validation;

/// <summary>
/// Checks the configured namespace and class names before anything is generated: each must be a name C# accepts
/// for its place, and the classes must differ. A finding is reported without a location (it is about an MSBuild
/// property, not an entry file), and the generator then emits no code, since that code would not compile.
/// </summary>
internal static class GeneratorOptionsValidator
{
    /// <summary>The findings about <paramref name="options"/>; empty when the names make code that compiles.</summary>
    public static IReadOnlyList<DiagnosticInfo> Validate(GeneratorOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        string? namespaceProblem = NamespaceProblem(options.Namespace);
        if (namespaceProblem != null)
        {
            diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticRules.InvalidNamespace, GeneratorOptions.NamespaceProperty, options.Namespace, namespaceProblem));
        }

        var named = new List<GeneratedClass>();
        foreach (GeneratedClass generated in new GeneratedNames(options).Classes)
        {
            // Which types a class would hide depends on its namespace, so that is only asked of a valid one.
            string? problem = ClassProblem(generated.Name, namespaceProblem == null ? options.Namespace : null);
            if (problem != null)
            {
                diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticRules.InvalidClassName, generated.Property, generated.Name, problem));
            }
            else
            {
                named.Add(generated);
            }
        }

        // Ignoring case: each class's file name is derived from its name, and file names are case-insensitive.
        for (int i = 0; i < named.Count; i++)
        {
            for (int j = i + 1; j < named.Count; j++)
            {
                if (string.Equals(named[i].Name, named[j].Name, StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticRules.DuplicateClassName, named[i].Property, named[i].Name, named[j].Property, named[j].Name));
                }
            }
        }

        return diagnostics;
    }

    private static string? NamespaceProblem(string value)
    {
        string[] parts = value.Split('.');
        foreach (string part in parts)
        {
            if (part.Length == 0)
            {
                return "it has an empty part";
            }

            if (!CSharpIdentifiers.IsIdentifier(part))
            {
                return "'" + part + "' is not a C# identifier (a letter, then letters and digits)";
            }

            if (CSharpIdentifiers.IsKeyword(part))
            {
                return "'" + part + "' is a C# keyword";
            }
        }

        if (parts[0] == "global")
        {
            return "it starts with 'global', which C# reserves for the alias of the global namespace";
        }

        string? hidden = GeneratedNames.HiddenByNamespace(value);
        return hidden == null ? null : "it would hide the type '" + hidden + "', which the generated code uses";
    }

    private static string? ClassProblem(string name, string? validNamespace)
    {
        if (!CSharpIdentifiers.IsIdentifier(name))
        {
            return "it is not a C# identifier (a letter, then letters and digits)";
        }

        if (GeneratedNames.IsGeneratorName(name))
        {
            return "names with '" + GeneratedNames.GeneratorMark + "' are reserved for the generator's own types";
        }

        if (CSharpIdentifiers.IsKeyword(name))
        {
            return "it is a C# keyword";
        }

        if (CSharpIdentifiers.IsLowerCaseAscii(name))
        {
            return "a type name of only lower-case ASCII letters may become a C# keyword, and the compiler warns about it (CS8981)";
        }

        string? hidden = validNamespace == null ? null : GeneratedNames.HiddenByType(validNamespace + "." + name);
        return hidden == null ? null : "the type '" + validNamespace + "." + name + "' would hide '" + hidden + "', which the generated code uses";
    }
}
