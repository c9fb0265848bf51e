using System;

namespace PaperCatalog.Tool.Sources;

/// <summary>Why an identifier could not be looked up; each has its own exit code (<see cref="ExitCodes"/>).</summary>
internal enum FailureKind
{
    NotFound,
    Offline,
    Timeout,
    HttpError,
    Malformed,
    Hostile,
    TooLarge,
    WrongContentType,
    BadIdentifier,
}

/// <summary>A lookup that failed, with a message saying which source, which URL and what was wrong.</summary>
internal sealed class FetchException : Exception
{
    public FetchException(FailureKind kind, string message, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
    }

    public FailureKind Kind { get; }

    /// <summary>The exit code of this kind of failure.</summary>
    public static int ExitCode(FailureKind kind) => kind switch
    {
        FailureKind.NotFound => ExitCodes.NotFound,
        FailureKind.Offline => ExitCodes.Offline,
        FailureKind.Timeout => ExitCodes.Timeout,
        FailureKind.HttpError => ExitCodes.HttpError,
        FailureKind.Malformed => ExitCodes.MalformedResponse,
        FailureKind.Hostile => ExitCodes.HostileResponse,
        FailureKind.TooLarge => ExitCodes.ResponseTooLarge,
        FailureKind.WrongContentType => ExitCodes.WrongContentType,
        _ => ExitCodes.BadIdentifier,
    };
}
