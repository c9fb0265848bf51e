using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace PaperCatalog.Tool.Sources.Http;

/// <summary>
/// Successful responses on disk, one file per URL (named by its SHA-256), used until they are older than the expiry.
/// Only bodies that passed the checks are stored, so a cached answer is as trustworthy as a fresh one.
/// </summary>
internal sealed class ResponseCache
{
    private readonly string _folder;
    private readonly TimeSpan _expiry;

    public ResponseCache(string folder, TimeSpan expiry)
    {
        _folder = folder;
        _expiry = expiry;
    }

    /// <summary>The cached body of <paramref name="url"/>, or null when there is none or it expired.</summary>
    public string? Get(Uri url)
    {
        string path = PathOf(url);
        try
        {
            return File.Exists(path) && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < _expiry ? File.ReadAllText(path, Encoding.UTF8) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable cache is no reason to fail: the registry is asked instead.
            return null;
        }
    }

    /// <summary>Stores a body; a cache that cannot be written is skipped silently, as the lookup itself succeeded.</summary>
    public void Put(Uri url, string body)
    {
        try
        {
            Directory.CreateDirectory(_folder);
            string path = PathOf(url);
            string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, body, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private string PathOf(Uri url)
        => Path.Combine(_folder, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri))).ToLowerInvariant() + ".body");
}
