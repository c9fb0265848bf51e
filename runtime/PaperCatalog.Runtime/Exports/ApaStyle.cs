namespace PaperCatalog.Exports;

/// <summary>The markup of an APA 7 reference from <see cref="ApaFormatter"/>.</summary>
public enum ApaStyle
{
    /// <summary>Plain text: no italics, nothing escaped.</summary>
    Text,

    /// <summary>An HTML fragment: italics as <c>&lt;i&gt;</c>, and <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped as numeric entities.</summary>
    Html,

    /// <summary>Markdown: italics as <c>*…*</c>, and Markdown's punctuation (<c>\ ` * _ [ ] &lt; &gt;</c>) backslash-escaped.</summary>
    Markdown,
}
