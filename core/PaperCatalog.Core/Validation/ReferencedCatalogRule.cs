using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Core.Validation;

/// <summary>
/// Two catalogs in one namespace: a project that references a catalog (the <c>PaperCatalog</c> package) and
/// generates its own under the same namespace would get CS0436 and its classes would shadow the referenced ones.
/// That is reported (PAPER042) and no code is generated, as for any configured name that would not compile cleanly.
/// </summary>
internal static class ReferencedCatalogRule
{
    /// <summary>The model, with the finding added and no code emitted when <paramref name="clash"/> is set.</summary>
    /// <param name="model">The validated catalog.</param>
    /// <param name="files">The entry files: the finding is placed at the first one, where the catalog starts.</param>
    /// <param name="clash">The referenced class the catalog would clash with, or null.</param>
    /// <param name="options">The configured names.</param>
    public static CatalogModel Apply(CatalogModel model, ImmutableArray<ParsedFile> files, ReferencedCatalog? clash, GeneratorOptions options)
    {
        // An invalid configured name already stops the code, and its finding says why.
        if (clash == null || !model.EmitsCode)
        {
            return model;
        }

        string[] arguments = { GeneratorOptions.NamespaceProperty, options.Namespace, clash.AssemblyName, clash.TypeName, clash.SuggestedNamespace };
        string? first = files.IsDefaultOrEmpty ? null : files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).First();
        DiagnosticInfo finding = first == null
            ? DiagnosticInfo.WithoutLocation(DiagnosticRules.NamespaceTakenByReference, arguments)
            : DiagnosticInfo.Create(DiagnosticRules.NamespaceTakenByReference, first, SourceSpan.FileStart, arguments);

        var diagnostics = new List<DiagnosticInfo> { finding };
        diagnostics.AddRange(model.Diagnostics);
        return model with { Diagnostics = diagnostics.ToEquatableArray(), EmitsCode = false };
    }
}
