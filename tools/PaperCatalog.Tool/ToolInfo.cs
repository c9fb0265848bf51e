using System.Reflection;

namespace PaperCatalog.Tool;

/// <summary>The tool's own version, whatever process hosts it (a test host reports its own otherwise).</summary>
internal static class ToolInfo
{
    /// <summary>The package version, such as <c>0.1.0</c>, without the SDK's "+commit" suffix.</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
