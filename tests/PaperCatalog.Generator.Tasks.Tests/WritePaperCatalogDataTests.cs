using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PaperCatalog.Data;
using Xunit;

namespace PaperCatalog.Generator.Tasks.Tests;

public class WritePaperCatalogDataTests
{
    private const string Valid = "id: {0}\ntitle: \"Paper {0}\"\nauthors:\n  - family-names: Roe\n    given-names: Ann\nyear: 2021\narxiv: \"2101.0000{1}\"\nabstract: \"Text of {0} \u00e9\\u2028.\"\n";

    [Fact]
    public void Writes_the_valid_entries_in_id_order_as_the_runtime_reads_them()
    {
        using var folder = new TempFolder("task");
        string b = folder.Write("papers/b.yaml", string.Format(Valid, "beta", 2));
        string a = folder.Write("papers/a.YAML", string.Format(Valid, "alpha", 1));
        string broken = folder.Write("papers/broken.yaml", "id: Broken\n");
        var engine = new RecordingBuildEngine();
        var task = Task(engine, folder["obj/PaperCatalog.Papers.bin"], b, a, broken);

        Assert.True(task.Execute());

        Assert.Empty(engine.Errors);
        var table = new PaperTable(CatalogData.FromBytes(File.ReadAllBytes(task.OutputFile)));
        Assert.Equal(["alpha", "beta"], table.Select(p => p.Id));
        Assert.Equal("Text of beta \u00e9\u2028.", table[1].Abstract);
        Assert.Equal("2101.00002", table[1].ArxivId);
        Assert.Contains(engine.Messages, m => m.Contains("wrote 2 of 3 entries", System.StringComparison.Ordinal));
        Assert.False(File.Exists(task.OutputFile + ".tmp"));
    }

    [Fact]
    public void Configured_names_decide_which_entries_the_data_keeps_as_the_generator_does()
    {
        // With the papers class named Library, an entry 'library' clashes (PAPER030) and is left out of the code,
        // so it must be left out of the data too, or the digests would disagree.
        using var folder = new TempFolder("task");
        string library = folder.Write("papers/library.yaml", string.Format(Valid, "library", 1));
        string other = folder.Write("papers/other.yaml", string.Format(Valid, "other", 2));
        var task = Task(new RecordingBuildEngine(), folder["obj/data.bin"], library, other);
        task.PapersClass = "Library";

        Assert.True(task.Execute());

        Assert.Equal(["other"], new PaperTable(CatalogData.FromBytes(File.ReadAllBytes(task.OutputFile))).Select(p => p.Id));
    }

    [Fact]
    public void No_entries_write_an_empty_catalog()
    {
        using var folder = new TempFolder("task");
        var task = Task(new RecordingBuildEngine(), folder["obj/data.bin"]);

        Assert.True(task.Execute());

        Assert.Equal(0, CatalogData.FromBytes(File.ReadAllBytes(task.OutputFile)).Count);
    }

    [Fact]
    public void An_unwritable_output_is_a_build_error_not_a_crash()
    {
        using var folder = new TempFolder("task");
        string entry = folder.Write("papers/a.yaml", string.Format(Valid, "alpha", 1));
        Directory.CreateDirectory(folder["obj/taken.bin"]);
        Directory.CreateDirectory(folder["obj/taken.bin.tmp"]);
        var engine = new RecordingBuildEngine();

        Assert.False(Task(engine, folder["obj/taken.bin"], entry).Execute());

        Assert.Contains("could not write its data file", Assert.Single(engine.Errors).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_budget_decides_which_entries_the_data_keeps_as_the_generator_does()
    {
        // Files are counted in path order: with a budget that holds one file, the second is left out of the code
        // (PAPER034), so it must be left out of the data too.
        using var folder = new TempFolder("task");
        string a = folder.Write("papers/a.yaml", string.Format(Valid, "alpha", 1));
        string b = folder.Write("papers/b.yaml", string.Format(Valid, "beta", 2));
        var task = Task(new RecordingBuildEngine(), folder["obj/data.bin"], b, a);
        task.MaxCatalogCharacters = (File.ReadAllText(a).Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(task.Execute());

        Assert.Equal(["alpha"], new PaperTable(CatalogData.FromBytes(File.ReadAllBytes(task.OutputFile))).Select(p => p.Id));
    }

    [Fact]
    public void A_write_error_stays_on_one_line_whatever_the_path_holds()
    {
        using var folder = new TempFolder("task");
        string entry = folder.Write("papers/a.yaml", string.Format(Valid, "alpha", 1));
        string output = folder["obj/x\nsrc/P.cs(1,1): error CS9999: forged/taken.bin"];
        Directory.CreateDirectory(output);
        Directory.CreateDirectory(output + ".tmp");
        var engine = new RecordingBuildEngine();

        Assert.False(Task(engine, output, entry).Execute());

        string message = Assert.Single(engine.Errors).Message ?? string.Empty;
        Assert.DoesNotContain('\n', message);
        Assert.Contains("x\\nsrc/P.cs(1,1)", message, System.StringComparison.Ordinal);
    }

    private static WritePaperCatalogData Task(IBuildEngine engine, string output, params string[] entries) => new()
    {
        BuildEngine = engine,
        OutputFile = output,
        Entries = entries.Select(e => (ITaskItem)new TaskItem(e)).ToArray(),
    };
}
