using Jint;
using Jint.Native;

namespace PaperCatalog.Core.Tests.Infrastructure;

/// <summary>
/// A JSON Schema <c>pattern</c> run as editors and JSON Schema validators run it: an ECMAScript regular expression
/// with the <c>u</c> flag. .NET's own engine differs where it matters here: its <c>$</c> also matches before a final
/// line break, and its <c>\s</c> is another set of characters.
/// </summary>
internal sealed class EcmaScriptPattern
{
    private readonly Engine _engine = new();
    private readonly JsValue _test;

    public EcmaScriptPattern(string pattern)
    {
        Pattern = pattern;
        _engine.Execute("function compile(p) { var re = new RegExp(p, 'u'); return function (v) { return re.test(v); }; }");
        _test = _engine.Invoke("compile", pattern);
    }

    public string Pattern { get; }

    public bool IsMatch(string value) => _engine.Invoke(_test, value).AsBoolean();
}
