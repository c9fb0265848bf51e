using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace PaperCatalog.Generator.Tasks.Tests;

/// <summary>A build engine that keeps what a task logs, so tests can read it.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<string> Messages { get; } = [];

    public List<BuildErrorEventArgs> Errors { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "Curator.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? string.Empty);

    public void LogWarningEvent(BuildWarningEventArgs e) => Messages.Add("warning: " + e.Message);
}
