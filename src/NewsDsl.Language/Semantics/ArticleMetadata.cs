using System;
using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Semantics;

/// <summary>What the front matter says about the article.</summary>
public sealed class ArticleMetadata
{
    public ArticleMetadata(
        string? id,
        TextSpan? idSpan,
        string? headline,
        DateTimeOffset? published,
        string? byline,
        string? desk,
        string? deck,
        string? dateline,
        IReadOnlyList<string> contributors,
        IReadOnlyList<KeyValuePair<string, string>> entries)
    {
        Id = id;
        IdSpan = idSpan;
        Headline = headline;
        Published = published;
        Byline = byline;
        Desk = desk;
        Deck = deck;
        Dateline = dateline;
        Contributors = contributors;
        Entries = entries;
    }

    /// <summary>The article id; null when missing (NEWS008) or invalid (NEWS004).</summary>
    public string? Id { get; }

    /// <summary>Where the id's value is, for NEWS006 across a project.</summary>
    public TextSpan? IdSpan { get; }

    public string? Headline { get; }

    public DateTimeOffset? Published { get; }

    public string? Byline { get; }

    public string? Desk { get; }

    public string? Deck { get; }

    public string? Dateline { get; }

    public IReadOnlyList<string> Contributors { get; }

    /// <summary>Every front matter entry, known keys and others, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }
}
