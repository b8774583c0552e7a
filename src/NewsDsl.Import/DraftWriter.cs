using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsDsl.Language;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Suggestions;
using NewsDsl.Language.Text;

namespace NewsDsl.Import;

/// <summary>
/// Writes a <c>.news</c> draft: front matter, the body with every markup character escaped, then asks
/// the language core's suggestion engine who said each quotation, declares those speakers and tags
/// each confident answer <c>{@id?}</c>.
/// </summary>
internal static class DraftWriter
{
    public static ImportResult Write(ImportedDocument document, string? origin)
    {
        var headline = document.Headline is { Length: > 0 } h ? h : "Untitled";
        var frontMatter = new StringBuilder();
        frontMatter.Append("---\n");
        frontMatter.Append("id: ").Append(Slugs.ArticleId(headline)).Append('\n');
        frontMatter.Append("headline: ").Append(headline).Append('\n');
        if (document.Published is { } published)
        {
            frontMatter.Append("published: ").Append(published).Append('\n');
        }

        frontMatter.Append("---\n\n");
        if (origin is not null)
        {
            frontMatter.Append("%% Imported from ").Append(OneLine(origin)).Append(" by newsdsl import: every {@id?} awaits an editor's confirmation.\n");
        }

        foreach (var note in document.Notes)
        {
            frontMatter.Append("%% ").Append(note).Append('\n');
        }

        // The body goes straight after the front matter: one buffer, one copy of the text.
        var declarationsAt = frontMatter.Length;
        var body = frontMatter;
        foreach (var block in document.Blocks)
        {
            body.Append('\n');
            if (block.Kind == ImportedBlockKind.Heading)
            {
                body.Append("## ");
            }
            else if (StartsLikeMarkupLine(block.Text))
            {
                // '#', '%%' and '@source' start other kinds of line: an indent keeps the paragraph prose.
                body.Append(' ');
            }

            AppendEscaped(body, block.Text);
            body.Append('\n');
        }

        // First pass: the body alone, so the engine reads exactly the text the writer will review.
        var plain = body.ToString();
        var model = NewsChecker.Bind(NewsText.From(plain));
        var suggestions = SpeakerSuggester.Suggest(model);

        var ids = AssignIds(suggestions);
        var inserts = new List<KeyValuePair<int, string>>();
        var tagged = 0;
        foreach (var suggestion in suggestions.Suggestions)
        {
            if (!suggestion.IsConfident || suggestion.Speaker is null || suggestion.Quotation.LastPart.ClosingMark is not { } closing)
            {
                continue;
            }

            inserts.Add(new KeyValuePair<int, string>(closing.End, "{@" + ids[suggestion.Speaker] + "?}"));
            tagged++;
        }

        inserts.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        var output = new StringBuilder(plain.Length + (inserts.Count * 16) + 512);
        output.Append(plain, 0, declarationsAt);
        var declared = new List<SuggestedSpeaker>();
        foreach (var speaker in suggestions.Speakers)
        {
            if (ids.ContainsKey(speaker) && IsUsed(speaker, suggestions))
            {
                declared.Add(speaker);
            }
        }

        if (declared.Count > 0)
        {
            output.Append('\n');
            foreach (var speaker in declared)
            {
                output.Append(Declaration(ids[speaker], speaker)).Append('\n');
            }
        }

        var position = declarationsAt;
        foreach (var insert in inserts)
        {
            output.Append(plain, position, insert.Key - position).Append(insert.Value);
            position = insert.Key;
        }

        output.Append(plain, position, plain.Length - position);
        var quotations = 0;
        foreach (var quotation in model.Quotations)
        {
            if (quotation.Parent is null)
            {
                quotations++;
            }
        }

        return new ImportResult(output.ToString(), document, quotations, tagged, declared.Count);
    }

    private static bool IsUsed(SuggestedSpeaker speaker, SuggestionSet suggestions)
    {
        foreach (var suggestion in suggestions.Suggestions)
        {
            if (suggestion.IsConfident && ReferenceEquals(suggestion.Speaker, speaker) && suggestion.Quotation.LastPart.ClosingMark is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<SuggestedSpeaker, string> AssignIds(SuggestionSet suggestions)
    {
        var ids = new Dictionary<SuggestedSpeaker, string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var speaker in suggestions.Speakers)
        {
            var id = Slugs.SourceId(speaker.Name, speaker.Kind);
            var unique = id;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            ids[speaker] = unique;
        }

        return ids;
    }

    private static string Declaration(string id, SuggestedSpeaker speaker)
    {
        var line = new StringBuilder("@source ").Append(id).Append(' ').Append(KindWord(speaker.Kind));
        line.Append(" name=\"").Append(Quote(Capitalize(speaker.Name))).Append('"');
        if (speaker.Title is { Length: > 0 } title)
        {
            line.Append(" title=\"").Append(Quote(title)).Append('"');
        }

        var aka = new List<string>();
        foreach (var form in speaker.Forms)
        {
            var clean = OneLine(form).Replace(",", string.Empty);
            if (clean.Length > 0 && !aka.Contains(clean))
            {
                aka.Add(clean);
            }
        }

        if (aka.Count > 0)
        {
            line.Append(" aka=\"").Append(Quote(string.Join(", ", aka))).Append('"');
        }

        return line.ToString();
    }

    private static string Capitalize(string name) => name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name.Substring(1) : name;

    private static string KindWord(SourceKind kind) => kind switch
    {
        SourceKind.Organization => "organization",
        SourceKind.Media => "media",
        SourceKind.Document => "document",
        SourceKind.Group => "group",
        SourceKind.Anonymous => "anonymous",
        _ => "person",
    };

    private static string Quote(string value) => OneLine(value).Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static string OneLine(string value) => TextNormalizer.Collapse(value);

    private static bool StartsLikeMarkupLine(string text) =>
        text.StartsWith("#", StringComparison.Ordinal) || text.StartsWith("%%", StringComparison.Ordinal) || text.StartsWith("@source", StringComparison.Ordinal) || text.StartsWith("---", StringComparison.Ordinal);

    /// <summary>Escapes the characters that are markup in prose: brackets, braces and backslashes.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> with markup characters escaped, runs without them copied whole.</summary>
    private static void AppendEscaped(StringBuilder builder, string text)
    {
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\\' or '[' or ']' or '{' or '}')
            {
                builder.Append(text, from, i - from).Append('\\');
                from = i;
            }
        }

        builder.Append(text, from, text.Length - from);
    }
}
