using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Commands;

/// <summary>
/// <c>new</c>: writes one entry file from flags, or from an arXiv id plus flags (the id gives the year). The tool
/// works offline, so title and authors always come from flags; <c>import arxiv-atom</c> reads a saved arXiv response.
/// </summary>
internal static class NewCommand
{
    public static Command Create(ToolContext context)
    {
        var arxivArgument = new Argument<string?>("arxiv-id")
        {
            Description = "arXiv id of the paper (2005.14165, arXiv:2005.14165v4 or an arxiv.org link); gives the year. Same as --arxiv.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var id = new Option<string?>("--id") { Description = "Entry id, lower-case words joined by hyphens; suggested from the title when not given." };
        var title = new Option<string?>("--title") { Description = "Title, exactly as the paper gives it (required)." };
        var authors = new Option<string[]>("--author", "-a") { Description = "An author as 'Given Family' or 'Family, Given'; repeat for each, in order (required)." };
        Option<int?> year = CommonArguments.Year("Year of publication (of the first arXiv version); taken from the arXiv id or --date when not given.");
        var date = new Option<string?>("--date") { Description = "Date of publication, YYYY-MM-DD." };
        var arxiv = new Option<string?>("--arxiv") { Description = "arXiv id." };
        var doi = new Option<string?>("--doi") { Description = "DOI without resolver prefix, such as 10.18653/v1/2022.acl-long.244." };
        var venue = new Option<string?>("--venue") { Description = "Where the paper was published, such as 'ICLR 2023'." };
        var venueType = new Option<string?>("--venue-type") { Description = "The venue's type: conference, journal or workshop." };
        var venueYear = new Option<int?>("--venue-year") { Description = "The year of the published version, when it differs from the first version's." };
        var released = new Option<string?>("--date-released") { Description = "Date of the first public version (arXiv v1), YYYY-MM-DD." };
        var url = new Option<string?>("--url") { Description = "Landing page of the paper." };
        var abstractText = new Option<string?>("--abstract") { Description = "The abstract." };
        var keywords = new Option<string[]>("--keyword", "-k") { Description = "A keyword such as instruction-tuning; repeat for each." };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write <id>.yaml into (created if missing).", DefaultValueFactory = _ => "." };
        Option<bool> force = CommonArguments.Force();
        Option<int> lockTimeout = CommonArguments.LockTimeout();

        var command = new Command("new", "Write a new entry file from flags, checked with the folder's other entries by the build's rules before it is written.")
        {
            arxivArgument, id, title, authors, year, date, arxiv, doi, venue, venueType, venueYear, released, url, abstractText, keywords, output, force, lockTimeout,
        };
        command.SetAction(parse =>
        {
            string? arxivId = Pick(parse.GetValue(arxivArgument), parse.GetValue(arxiv));
            string titleText = parse.GetValue(title)
                ?? throw new UsageException("--title is required: the tool works offline and cannot look a paper up. For a saved arXiv API response, use 'import arxiv-atom'.");
            var draft = new EntryDraft
            {
                Id = parse.GetValue(id) ?? IdSuggester.FromTitle(titleText),
                Title = titleText,
                Authors = Authors(parse.GetValue(authors)),
                Year = Year(parse.GetValue(year), parse.GetValue(date), arxivId),
                DatePublished = parse.GetValue(date),
                Arxiv = arxivId == null ? null : ArxivYear.Canonical(arxivId),
                Doi = parse.GetValue(doi),
                Venue = parse.GetValue(venue),
                VenueType = parse.GetValue(venueType),
                VenueYear = parse.GetValue(venueYear),
                DateReleased = parse.GetValue(released),
                Url = parse.GetValue(url),
                Abstract = parse.GetValue(abstractText),
                Keywords = parse.GetValue(keywords) ?? Array.Empty<string>(),
            };
            if (parse.GetValue(id) == null)
            {
                context.Err.WriteLine("id '" + draft.Id + "' suggested from the title; pass --id to choose another.");
            }

            return Run(context, draft, parse.GetValue(output)!, parse.GetValue(force), TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(lockTimeout))));
        });
        return command;
    }

    private static int Run(ToolContext context, EntryDraft draft, string folder, bool force, TimeSpan lockTimeout)
    {
        EntryOutcome outcome = EntryWriter.WriteAll(new[] { draft }, folder, force, context, lockTimeout)[0];
        switch (outcome.Kind)
        {
            case OutcomeKind.Written:
            case OutcomeKind.Unchanged:
                OutcomeReport.Write(context, new[] { outcome });
                return ExitCodes.Ok;
            case OutcomeKind.Invalid:
                DiagnosticText.WriteAll(context.Err, outcome.Problems);
                context.Err.WriteLine("error: " + outcome.Reason + ", so " + outcome.Path + " was not written.");
                return ExitCodes.ValidationFailed;
            case OutcomeKind.Interrupted:
                context.Err.WriteLine("interrupted: " + outcome.Path + " was not written, and no temporary file is left.");
                return ExitCodes.Interrupted;
            default:
                context.Err.WriteLine("error: cannot write " + outcome.Path + ": " + outcome.Reason + ". Nothing was written.");
                return ExitCodes.UsageError;
        }
    }

    private static string? Pick(string? argument, string? option)
    {
        if (argument != null && option != null && ArxivYear.Canonical(argument) != ArxivYear.Canonical(option))
        {
            throw new UsageException("the arXiv id is given twice, differently: '" + argument + "' and --arxiv '" + option + "'.");
        }

        return argument ?? option;
    }

    private static IReadOnlyList<AuthorDraft> Authors(string[]? names)
    {
        List<AuthorDraft> authors = (names ?? Array.Empty<string>()).Select(PersonName.Parse).OfType<AuthorDraft>().ToList();
        if (authors.Count == 0)
        {
            throw new UsageException("at least one --author is required, as 'Given Family' or 'Family, Given'.");
        }

        return authors;
    }

    private static int? Year(int? year, string? date, string? arxivId)
    {
        int? result = year ?? (date == null ? null : ValueRules.ParseDateYear(date)) ?? (arxivId == null ? null : ArxivYear.Of(arxivId));

        // A malformed --date gives no year, but is no usage error: the parser reports it (PAPER013) at its place.
        if (result == null && date == null)
        {
            throw new UsageException("--year is required unless an arXiv id or --date gives it.");
        }

        return result;
    }
}
