using System.Collections.Generic;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS001: tag the quotation. One "Attribute to" fix per declared source, ranked by
/// <see cref="IAttributionRanker"/>, then "Mark as {term}" and "Mark as {title}". None is safe:
/// choosing whose words these are is the writer's call.
/// </summary>
internal static class UnattributedQuotationFixes
{
    public static void Add(FixContext context, IAttributionRanker ranker)
    {
        if (context.SafeOnly || Find(context.Model, context.Span.Start) is not { } quotation || quotation.LastPart.ClosingMark is not { } closing)
        {
            return;
        }

        // A quotation tagged {own …} is reported too (the article's own statement cannot be a
        // quotation): its tag is turned into the right one, keeping about/value, instead of a second tag.
        var own = quotation.Tag is { Kind: TagKind.Own } tag && string.CompareOrdinal(context.Content, tag.Span.Start, "{own", 0, 4) == 0 ? tag : null;
        if (quotation.Tag is not null && own is null)
        {
            return;
        }

        // A tag left open earlier on the line would swallow the new one up to its '}': that tag first.
        if (own is null && context.HasOpenBraceBefore(closing.End))
        {
            return;
        }

        // A tag after the closing mark can change how the rest of the line parses (a mark that closed
        // this quotation may then open another, and text that was prose becomes a tag): on such lines
        // no tag is offered, rather than a fix that trades this finding for a syntax error. Every tag
        // inserted here has the same shape, so one re-parse answers for all of them.
        if (own is null && SyntaxErrorGuard.AddsSyntaxErrors(context, NewsTextEdit.Insert(closing.End, "{term}")))
        {
            return;
        }

        foreach (var candidate in ranker.Rank(context.Model, quotation))
        {
            var id = candidate.Source.Id;
            var edit = own is null
                ? NewsTextEdit.Insert(closing.End, "{@" + id + "}")
                : NewsTextEdit.Replace(new TextSpan(own.Span.Start, 4), "{@" + id);
            var title = candidate.IsSuggestion ? $"Attribute to {candidate.Source.Name} ({candidate.Evidence})" : $"Attribute to {{@{id}}} ({candidate.Source.Name})";
            context.Add(title, edit, isSafe: false, "NEWS001.attribute." + id, candidate.Evidence);
        }

        foreach (var word in new[] { "term", "title" })
        {
            var edit = own is null
                ? NewsTextEdit.Insert(closing.End, "{" + word + "}")
                : NewsTextEdit.Replace(own.Span, "{" + word + "}");
            var why = word == "term" ? "a term or scare quote: nobody's words" : "a title (of a book, a slogan, an operation): nobody's words";
            context.Add($"Mark as {{{word}}}", edit, isSafe: false, "NEWS001.mark-" + word, why);
        }

        AddSuggestAll(context, quotation);
    }

    /// <summary>
    /// The whole-file action: every untagged quotation the suggestion engine is confident about gets
    /// <c>{@id?}</c> (suggested: the writer confirms each by removing the <c>?</c>). Offered on a finding
    /// only when it tags that finding's quotation, as every fix must remove the finding it is offered for;
    /// a quotation after a tag left open on its line is skipped (the new brace would close that tag).
    /// </summary>
    private static void AddSuggestAll(FixContext context, Quotation target)
    {
        var edits = new List<NewsTextEdit>();
        var tagsTarget = false;
        foreach (var suggestion in Suggestions.SpeakerSuggester.Suggest(context.Model).Suggestions)
        {
            if (suggestion.IsConfident && suggestion.SourceId is { } id && suggestion.Quotation.Tag is null && suggestion.Quotation.LastPart.ClosingMark is { } end
                && !context.HasOpenBraceBefore(end.End))
            {
                edits.Add(NewsTextEdit.Insert(end.End, "{@" + id + "?}"));
                tagsTarget |= ReferenceEquals(suggestion.Quotation, target);
            }
        }

        if (tagsTarget)
        {
            context.Add($"Suggest all attributions ({edits.Count})", edits, isSafe: false, "NEWS001.suggest-all", "tags every quotation the speaker engine is sure of with {@id?} for you to confirm");
        }
    }

    /// <summary>The top-level quotation whose opening mark is at <paramref name="start"/>.</summary>
    private static Quotation? Find(ArticleModel model, int start)
    {
        var quotations = model.Quotations;
        int low = 0, high = quotations.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            var at = quotations[mid].OpeningMark.Start;
            if (at == start)
            {
                // Nested quotations start after their parent; several cannot share an opening mark.
                var quotation = quotations[mid];
                return quotation.Parent is null && quotation.EnclosingClaim is null ? quotation : null;
            }

            if (at < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return null;
    }
}
