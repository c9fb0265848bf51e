using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// The exclusive lock that <c>new</c> and <c>import</c> hold on an entries folder while they re-validate the catalog
/// and write, so that two writers cannot both pass the checks with entries that conflict (the same arXiv id, two
/// keywords of one C# name). The lock is the operating system's on the hidden file <see cref="FileName"/>, so a
/// writer that dies releases it; the file itself stays, since deleting it would let a waiting writer and a new one
/// each lock a different file. Discovery skips it as a hidden file.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    /// <summary>The lock file's name in the entries folder.</summary>
    public const string FileName = ".paper-catalog.lock";

    /// <summary>How long a writer waits for another by default, in seconds (<c>--lock-timeout</c>).</summary>
    public const int DefaultTimeoutSeconds = 30;

    // Polled rather than blocking, so that waiting can be interrupted and timed out.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;

    private FolderLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the folder's lock, waiting up to <paramref name="timeout"/> for another writer.</summary>
    /// <exception cref="FolderBusyException">Another writer held the lock for the whole timeout.</exception>
    /// <exception cref="OperationCanceledException">The wait was interrupted.</exception>
    public static FolderLock Take(string folder, TimeSpan timeout, TextWriter notes, CancellationToken cancellation)
    {
        string path = Path.Combine(folder, FileName);
        var clock = Stopwatch.StartNew();
        bool told = false;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another writer (FileShare.None is an exclusive lock on every platform .NET runs on).
            }

            if (clock.Elapsed >= timeout)
            {
                throw new FolderBusyException(folder, timeout);
            }

            if (!told)
            {
                notes.WriteLine("waiting for another paper-catalog writing into " + folder + " (it holds " + path + ")...");
                told = true;
            }

            cancellation.WaitHandle.WaitOne(PollInterval);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}

/// <summary>Another writer held an entries folder's lock for longer than the timeout (exit code 20).</summary>
internal sealed class FolderBusyException : Exception
{
    public FolderBusyException(string folder, TimeSpan timeout)
        : base("another paper-catalog is writing into " + folder + " and held its lock (" + Path.Combine(folder, FolderLock.FileName)
               + ") for " + timeout.TotalSeconds + " s; nothing was written. Try again, or pass a longer --lock-timeout.")
    {
    }
}
