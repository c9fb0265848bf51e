using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using PaperCatalog.Tool.Importing;
using PaperCatalog.Tool.Importing.Atom;
using PaperCatalog.Tool.Importing.BibTex;
using Xunit;
using Xunit.Abstractions;

namespace PaperCatalog.Tool.Tests.Hardening;

/// <summary>
/// Mutates the import fixtures (a BibTeX file, a saved arXiv response) and checks, for every mutation, that the
/// reader either gives candidates within its limits or throws its documented <see cref="InputFormatException"/>
/// with a real location, and never anything else, and that it finishes. In the style of the entry fuzzing: CI runs
/// a fixed seed and count; PAPERCATALOG_FUZZ_COUNT and PAPERCATALOG_FUZZ_SEED run others. A failing input is
/// written beside the test assembly under fuzz-failures/ and named in the failure.
/// </summary>
public class ReaderFuzzTests(ITestOutputHelper output)
{
    private const int DefaultCount = 1_500;
    private const int DefaultSeed = 20_261_201;

    // Pieces that exercise the readers' limits and grammar: macros that double, deep groups, accents, entities, DTDs.
    private static readonly string[] BibPieces =
    {
        "@string{m = m # m}", "@string{m = {ab}}", " # m # m # m", "{", "}", "{{{{{{{{", "}}}}}}}}", "\\'", "\\'{", "\\\"{\\i}",
        "\\c", "\\", "$", "\"", ",", "=", "@", "@comment{", "@preamble(", "@misc{k,", "title = ", "author = {Doe, Jane and others}",
        "\0", "\uFFFD", "\u202E", "and", "{\\v s}", "\\ss", "~", "%", "\r\n", new string('{', 120),
    };

    private static readonly string[] AtomPieces =
    {
        "<entry>", "</entry>", "<x>", "</x>", "<!DOCTYPE feed [<!ENTITY e \"x\">]>", "&e;", "&amp;", "&#0;", "&#x10FFFF;",
        "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "<title>", "</title>", "<author><name>A B</name></author>",
        "<id>http://arxiv.org/abs/2005.14165v4</id>", "\"", "<", ">", "\0", string.Concat(Enumerable.Repeat("<x>", 40)),
    };

    [Fact]
    public void Mutated_bibtex_never_crashes_or_exceeds_its_limits()
        => Fuzz("papers.bib", BibPieces, (path, text) =>
        {
            IReadOnlyList<BibTexEntry> entries = BibTexReader.Read(path, text);
            Assert.InRange(entries.Count, 0, ReaderLimits.MaxPapers);
            Assert.All(entries.SelectMany(e => e.Fields.Values), v => Assert.InRange(v.Length, 0, ReaderLimits.MaxValueLength));
            IReadOnlyList<ImportCandidate> candidates = BibTexImporter.ToCandidates(path, entries);
            Assert.All(candidates, c => Assert.InRange(c.Draft.Title.Length, 0, ReaderLimits.MaxValueLength));
        });

    [Fact]
    public void Mutated_atom_never_crashes_or_exceeds_its_limits()
        => Fuzz("arxiv-response.xml", AtomPieces, (path, text) =>
        {
            IReadOnlyList<ImportCandidate> candidates = ArxivAtomReader.Read(path, text);
            Assert.InRange(candidates.Count, 0, ReaderLimits.MaxPapers);
            Assert.All(candidates, c => Assert.InRange(c.Draft.Title.Length, 0, text.Length));
        });

    private void Fuzz(string fixture, string[] pieces, Action<string, string> read)
    {
        int count = FromEnvironment("PAPERCATALOG_FUZZ_COUNT", DefaultCount);
        int seed = FromEnvironment("PAPERCATALOG_FUZZ_SEED", DefaultSeed);
        string original = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "import", fixture));
        var random = new Random(seed);
        int refused = 0;
        for (int i = 0; i < count; i++)
        {
            string text = Mutate(original, pieces, random);
            string path = "fuzz-" + i + Path.GetExtension(fixture);

            // Run apart from the test's thread, so that a hang fails this input instead of stalling the run.
            Task<Exception?> run = Task.Run<Exception?>(() =>
            {
                try
                {
                    read(path, text);
                    return null;
                }
                catch (InputFormatException ex)
                {
                    return ex;
                }
                catch (Exception ex)
                {
                    return new FuzzFailure(ex);
                }
            });
            bool finished = run.Wait(TimeSpan.FromMinutes(2));
            Exception? outcome = finished ? run.Result : new FuzzFailure(new TimeoutException("the reader did not finish"));
            if (outcome is InputFormatException refusal)
            {
                Assert.Equal(path, refusal.Path);
                Assert.True(refusal.Line >= 1 && refusal.Column >= 1, refusal.Message);
                refused++;
            }
            else if (outcome != null)
            {
                Assert.Fail("seed " + seed + ", input " + i + " (saved to " + Save(seed, path, text) + "): " + outcome.InnerException);
            }
        }

        // Both kinds of outcome must occur, or the mutations test only one side of the reader.
        output.WriteLine(fixture + ": " + count + " inputs, " + refused + " refused with a location, " + (count - refused) + " read.");
        Assert.InRange(refused, 1, count - 1);
    }

    private static string Mutate(string text, string[] pieces, Random random)
    {
        var builder = new StringBuilder(text);
        int steps = 1 + random.Next(6);
        for (int s = 0; s < steps; s++)
        {
            int at = random.Next(builder.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    builder.Insert(at, pieces[random.Next(pieces.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(random.Next(1, 40), builder.Length - at));
                    break;
                case 2:
                    // A repeated piece: the way to deep nesting and long chains.
                    builder.Insert(at, string.Concat(Enumerable.Repeat(pieces[random.Next(pieces.Length)], random.Next(2, 3_000))));
                    break;
                case 3:
                    int from = random.Next(builder.Length + 1);
                    builder.Insert(at, builder.ToString(from, Math.Min(random.Next(1, 200), builder.Length - from)));
                    break;
                default:
                    if (at < builder.Length)
                    {
                        builder[at] = (char)random.Next(0, 0x3000);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static string Save(int seed, string path, string text)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "fuzz-failures");
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, "seed" + seed + "-" + path + ".b64");
        File.WriteAllText(file, Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
        return file;
    }

    private static int FromEnvironment(string variable, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;

    private sealed class FuzzFailure(Exception inner) : Exception("unexpected " + inner.GetType().Name, inner);
}
