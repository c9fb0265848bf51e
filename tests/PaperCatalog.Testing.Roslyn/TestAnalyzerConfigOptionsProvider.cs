using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PaperCatalog.Testing;

/// <summary>
/// Options as the MSBuild targets would give them: global properties, and the <c>PaperCatalogEntry</c> flag on
/// every additional file except those listed as not entries.
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly HashSet<string> _notEntries;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string>? globalOptions = null, IEnumerable<string>? notEntries = null)
    {
        GlobalOptions = new DictionaryOptions(globalOptions ?? new Dictionary<string, string>());
        _notEntries = new HashSet<string>(notEntries ?? []);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _notEntries.Contains(textFile.Path) ? DictionaryOptions.Empty : DictionaryOptions.Entry;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public static readonly DictionaryOptions Entry = new(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.PaperCatalogEntry"] = "true",
        });

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
