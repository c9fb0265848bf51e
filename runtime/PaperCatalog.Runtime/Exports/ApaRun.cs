namespace PaperCatalog.Exports;

/// <summary>A piece of an APA reference, set in italics or not; the writer escapes it for the chosen style.</summary>
/// <param name="Text">The text, unescaped.</param>
/// <param name="Italic">Whether APA sets it in italics (a preprint's title, a venue).</param>
internal readonly record struct ApaRun(string Text, bool Italic);
