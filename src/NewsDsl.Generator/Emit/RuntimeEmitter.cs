using System.Collections.Generic;
using NewsDsl.Generator.Model;

namespace NewsDsl.Generator.Emit;

/// <summary>
/// The types the article classes are made of (<c>Article</c>, <c>Source</c>, <c>SourceKind</c>,
/// <c>Quote</c>, <c>QuoteKind</c>, <c>Claim</c>, <c>Figure</c>, <c>FigureGroup</c>), emitted once
/// per compilation into the configured namespace; docs/generated-code.md says why they are
/// generated rather than shipped in a library.
/// </summary>
internal static class RuntimeEmitter
{
    /// <summary>The hint names of the runtime files; no article may take them.</summary>
    public static readonly IReadOnlyList<string> HintNames = new[]
    {
        "NewsDsl.SourceKind.g.cs", "NewsDsl.QuoteKind.g.cs", "NewsDsl.Source.g.cs", "NewsDsl.Quote.g.cs", "NewsDsl.Claim.g.cs",
        "NewsDsl.Figure.g.cs", "NewsDsl.FigureGroup.g.cs", "NewsDsl.Article.g.cs",
    };

    public static EquatableArray<GeneratedFile> Emit(GeneratorOptions options) => new[]
    {
        new GeneratedFile("NewsDsl.SourceKind.g.cs", SourceKind(options), null),
        new GeneratedFile("NewsDsl.QuoteKind.g.cs", QuoteKind(options), null),
        new GeneratedFile("NewsDsl.Source.g.cs", Source(options), null),
        new GeneratedFile("NewsDsl.Quote.g.cs", Quote(options), null),
        new GeneratedFile("NewsDsl.Claim.g.cs", Claim(options), null),
        new GeneratedFile("NewsDsl.Figure.g.cs", Figure(options), null),
        new GeneratedFile("NewsDsl.FigureGroup.g.cs", FigureGroup(options), null),
        new GeneratedFile("NewsDsl.Article.g.cs", Article(options), null),
    }.ToEquatableArray();

    private static string SourceKind(GeneratorOptions options)
    {
        var w = GeneratedCode.Begin(options);
        w.Summary("What kind of source an article cites (the <c>&lt;kind&gt;</c> of an <c>@source</c> line).");
        w.Line(GeneratedCode.Attribute(options));
        w.Open("public enum SourceKind");
        Member(w, "A named person (<c>person</c>).", "Person");
        Member(w, "A company, government body, army or other organization (<c>organization</c>).", "Organization");
        Member(w, "A newspaper, broadcaster or agency (<c>media</c>).", "Media");
        Member(w, "A report, statement, filing or other document (<c>document</c>).", "Document");
        Member(w, "Several people speaking as one: witnesses, officials, residents (<c>group</c>).", "Group");
        Member(w, "A source the article does not name (<c>anonymous</c>); its <see cref=\"Source.Reason\"/> says why.", "Anonymous", last: true);
        w.Close();
        return GeneratedCode.End(w);
    }

    private static string QuoteKind(GeneratorOptions options)
    {
        var w = GeneratedCode.Begin(options);
        w.Summary("The shape of a quotation, as an editor would classify it.");
        w.Line(GeneratedCode.Attribute(options));
        w.Open("public enum QuoteKind");
        Member(w, "A whole sentence or more, standing on its own.", "FullSentence");
        Member(w, "A few words woven into the writer's own sentence.", "Partial");
        Member(w, "A quotation in a heading.", "Heading", last: true);
        w.Close();
        return GeneratedCode.End(w);
    }

    private static string Source(GeneratorOptions options)
    {
        var s = Nullable("string", options);
        var w = GeneratedCode.Begin(options);
        w.Summary("Someone or something an article cites, declared in the article with an <c>@source</c> line.");
        w.Line(GeneratedCode.Attribute(options));
        w.Open("public sealed class Source");
        Constructor(
            w,
            "Source",
            "Creates a source; each generated article class creates one per <c>@source</c> line.",
            new[]
            {
                ("string", "id", "Id", "The source's id in its article.", true),
                ("global::" + options.Namespace + ".SourceKind", "kind", "Kind", "What kind of source it is.", false),
                ("string", "name", "Name", "The display name.", true),
                (s, "title", "Title", "The source's role, or null.", false),
                (s, "reason", "Reason", "Why the source is anonymous, or null.", false),
                (GeneratedCode.ReadOnlyList + "<string>", "aliases", "Aliases", "Other names the article uses for the source.", true),
            });
        Property(w, "The source's id in its article (<c>iran-tv</c>).", "string", "Id");
        Property(w, "What kind of source it is.", "global::" + options.Namespace + ".SourceKind", "Kind");
        Property(w, "The display name (<c>name=\"…\"</c>).", "string", "Name");
        Property(w, "The source's role (<c>title=\"…\"</c>), or null when the article gives none.", s, "Title");
        Property(w, "Why an anonymous source is not named (<c>reason=\"…\"</c>), or null.", s, "Reason");
        Property(w, "Other names the article uses for the source (<c>aka=\"…\"</c>); empty when none.", GeneratedCode.ReadOnlyList + "<string>", "Aliases");
        w.Summary("Returns <see cref=\"Name\"/>.");
        w.Line("public override string ToString() => Name;");
        w.Close();
        return GeneratedCode.End(w);
    }

    private static string Quote(GeneratorOptions options)
    {
        var s = Nullable("string", options);
        var source = Nullable("global::" + options.Namespace + ".Source", options);
        var w = GeneratedCode.Begin(options);
        w.Summary("A quotation that is someone's words: the text between the quotation marks, and whose words they are.");
        w.Line(GeneratedCode.Attribute(options));
        w.Open("public sealed class Quote");
        Constructor(
            w,
            "Quote",
            "Creates a quote; generated article classes create one per quotation.",
            new[]
            {
                ("string", "text", "Text", "The quoted words without the marks.", true),
                (source, "source", "Source", "Whose words they are, or null.", false),
                ("int", "line", "Line", "One-based line of the opening mark.", false),
                ("int", "column", "Column", "One-based column of the opening mark.", false),
                ("global::" + options.Namespace + ".QuoteKind", "kind", "Kind", "The shape of the quotation.", false),
                (s, "cue", "Cue", "The attribution verb, or null.", false),
                (s, "via", "Via", "The channel, or null.", false),
                (s, "about", "About", "What the quotation is about, or null.", false),
                (s, "value", "Value", "The figure it states, or null.", false),
                ("bool", "isSuggested", "IsSuggested", "True when the attribution awaits an editor's confirmation.", false),
            });
        Property(w, "The quoted words without the quotation marks; the paragraphs of a quotation that runs over several are joined by a line feed.", "string", "Text");
        Property(w, "Whose words these are; null when the article does not say.", source, "Source");
        Property(w, "The one-based line of the opening quotation mark in the <c>.news</c> file.", "int", "Line");
        Property(w, "The one-based column (in UTF-16 code units) of the opening quotation mark.", "int", "Column");
        Property(w, "The shape of the quotation.", "global::" + options.Namespace + ".QuoteKind", "Kind");
        Property(w, "The attribution verb (<c>cue=\"said\"</c>), or null.", s, "Cue");
        Property(w, "The channel the words came through (<c>via=\"Twitter\"</c>), or null.", s, "Via");
        Property(w, "What the quotation is about (<c>about=\"…\"</c>), or null.", s, "About");
        Property(w, "The figure the quotation states (<c>value=\"…\"</c>), or null.", s, "Value");
        Property(w, "True when the attribution is only suggested (<c>{@id?}</c>) and awaits an editor's confirmation; false once confirmed or when unattributed.", "bool", "IsSuggested");
        w.Summary("Returns <see cref=\"Text\"/>.");
        w.Line("public override string ToString() => Text;");
        w.Close();
        return GeneratedCode.End(w);
    }

    private static string Claim(GeneratorOptions options)
    {
        var s = Nullable("string", options);
        var source = Nullable("global::" + options.Namespace + ".Source", options);
        var w = GeneratedCode.Begin(options);
        w.Summary("A paraphrase or claim the article attributes to a source: an attributed span <c>[…]{@source}</c>.");
        w.Line(GeneratedCode.Attribute(options));
        w.Open("public sealed class Claim");
        Constructor(
            w,
            "Claim",
            "Creates a claim; generated article classes create one per attributed span.",
            new[]
            {
                ("string", "text", "Text", "The claimed text without brackets.", true),
                (source, "source", "Source", "Who makes the claim, or null.", false),
                ("bool", "isOwn", "IsOwn", "True when the article makes the claim in its own voice.", false),
                ("int", "line", "Line", "One-based line of the opening bracket.", false),
                ("int", "column", "Column", "One-based column of the opening bracket.", false),
                (s, "cue", "Cue", "The attribution verb, or null.", false),
                (s, "via", "Via", "The channel, or null.", false),
                (s, "about", "About", "What the claim is about, or null.", false),
                (s, "value", "Value", "The figure claimed, or null.", false),
                ("bool", "isSuggested", "IsSuggested", "True when the attribution awaits an editor's confirmation.", false),
            });
        Property(w, "The claimed text without the brackets and markup (quotation marks inside are kept).", "string", "Text");
        Property(w, "Who makes the claim; null when the tag names no declared source, and for the article's own statements (<see cref=\"IsOwn\"/>).", source, "Source");
        Property(w, "True when the article states it in its own voice (<c>{own …}</c>) rather than attributing it to a source.", "bool", "IsOwn");
        Property(w, "The one-based line of the opening bracket in the <c>.news</c> file.", "int", "Line");
        Property(w, "The one-based column (in UTF-16 code units) of the opening bracket.", "int", "Column");
        Property(w, "The attribution verb (<c>cue=\"said\"</c>), or null.", s, "Cue");
        Property(w, "The channel the claim came through (<c>via=\"…\"</c>), or null.", s, "Via");
        Property(w, "What the claim is about (<c>about=\"casualties\"</c>), or null.", s, "About");
        Property(w, "The figure or value claimed (<c>value=\"80\"</c>), or null.", s, "Value");
        Property(w, "True when the attribution is only suggested (<c>{@id?}</c>) and awaits an editor's confirmation.", "bool", "IsSuggested");
        w.Summary("Returns <see cref=\"Text\"/>.");
        w.Line("public override string ToString() => Text;");
        w.Close();
        return GeneratedCode.End(w);
    }

    private static string Figure(GeneratorOptions options)
    {
        var s = Nullable("string", options);
        var source = Nullable("global::" + options.Namespace + ".Source", options);
        var w = GeneratedCode.Begin(options);
        w.Summary("One statement of a figure: a claim or quotation tagged <c>about=\"…\"</c>, by a source or by the article itself. Listed in its <see cref=\"FigureGroup\"/>.");
        w.Line(GeneratedCode.Attribute(options));
        w.Open("public sealed class Figure");
        Constructor(
            w,
            "Figure",
            "Creates a figure; generated article classes create one per claim or quotation tagged <c>about=\"…\"</c>.",
            new[]
            {
                ("string", "text", "Text", "The claimed or quoted words.", true),
                (source, "source", "Source", "Who states it, or null.", false),
                ("bool", "isOwn", "IsOwn", "True when the article states it in its own voice.", false),
                (s, "value", "Value", "The figure as written, or null.", false),
                ("int", "line", "Line", "One-based line of the claim or quotation.", false),
                ("int", "column", "Column", "One-based column of the claim or quotation.", false),
            });
        Property(w, "The claimed or quoted words that state the figure.", "string", "Text");
        Property(w, "Who states it; null for the article's own statements (<see cref=\"IsOwn\"/>) and when the tag names no declared source.", source, "Source");
        Property(w, "True when the article states it in its own voice (<c>{own …}</c>) rather than attributing it to a source.", "bool", "IsOwn");
        Property(w, "The figure as written in <c>value=\"…\"</c> (<c>80</c>, <c>&gt;12</c>, <c>12-15</c>, <c>~15</c>), or null when the tag gives none.", s, "Value");
        Property(w, "The one-based line of the claim's opening bracket or the quotation's opening mark in the <c>.news</c> file.", "int", "Line");
        Property(w, "The one-based column (in UTF-16 code units) of the claim's opening bracket or the quotation's opening mark.", "int", "Column");
        w.Summary("Returns <see cref=\"Text\"/>.");
        w.Line("public override string ToString() => Text;");
        w.Close();
        return GeneratedCode.End(w);
    }

    private static string FigureGroup(GeneratorOptions options)
    {
        var ns = "global::" + options.Namespace;
        var w = GeneratedCode.Begin(options);
        w.Summary("Every figure an article gives about one thing (<c>about=\"casualties\"</c>), in document order, and whether they agree.");
        w.Line(GeneratedCode.Attribute(options));
        w.Open("public sealed class FigureGroup");
        Constructor(
            w,
            "FigureGroup",
            "Creates a figure group; generated article classes create one per thing their figures are about.",
            new[]
            {
                ("string", "about", "About", "What the figures are about.", true),
                (GeneratedCode.ReadOnlyList + "<" + ns + ".Figure>", "figures", "Figures", "The figures, in document order.", true),
                ("bool", "isConsistent", "IsConsistent", "Whether no two figures contradict each other.", false),
            });
        Property(w, "What the figures are about, as the article first writes it (<c>about=\"casualties\"</c>); grouping ignores case.", "string", "About");
        Property(w, "Every figure about it, in document order.", GeneratedCode.ReadOnlyList + "<" + ns + ".Figure>", "Figures");
        Property(w, "True when no two figures contradict each other (80 and 0 do; 15, &gt;12 and 12-15 do not). Decided by NewsDsl when the article was compiled.", "bool", "IsConsistent");
        w.Summary("Returns <see cref=\"About\"/>.");
        w.Line("public override string ToString() => About;");
        w.Close();
        return GeneratedCode.End(w);
    }

    private static string Article(GeneratorOptions options)
    {
        var s = Nullable("string", options);
        var ns = "global::" + options.Namespace;
        var w = GeneratedCode.Begin(options);
        w.Summary("One article: its front matter, sources, quotes, claims and figures. Each generated article class has one as its <c>Article</c> property.");
        w.Line(GeneratedCode.Attribute(options));
        w.Open("public sealed class Article");
        Constructor(
            w,
            "Article",
            "Creates an article; each generated article class creates one.",
            new[]
            {
                ("string", "id", "Id", "The article id.", true),
                ("string", "headline", "Headline", "The headline.", true),
                ("global::System.DateTimeOffset?", "published", "Published", "When it was published, or null.", false),
                (s, "byline", "Byline", "The byline, or null.", false),
                (s, "desk", "Desk", "The desk, or null.", false),
                (s, "deck", "Deck", "The deck, or null.", false),
                (s, "dateline", "Dateline", "The dateline, or null.", false),
                (GeneratedCode.ReadOnlyList + "<string>", "contributors", "Contributors", "The contributors.", true),
                (GeneratedCode.ReadOnlyList + "<" + ns + ".Source>", "sources", "Sources", "The declared sources.", true),
                (GeneratedCode.ReadOnlyList + "<" + ns + ".Quote>", "quotes", "Quotes", "The quotes.", true),
                (GeneratedCode.ReadOnlyList + "<" + ns + ".Claim>", "claims", "Claims", "The claims.", true),
                (GeneratedCode.ReadOnlyList + "<" + ns + ".FigureGroup>", "figures", "Figures", "The figure groups.", true),
            });
        Property(w, "The article id from the front matter (<c>iran-strikes-back</c>).", "string", "Id");
        Property(w, "The headline from the front matter.", "string", "Headline");
        Property(w, "When the article was published, or null when the front matter does not say.", "global::System.DateTimeOffset?", "Published");
        Property(w, "The byline, or null.", s, "Byline");
        Property(w, "The desk, or null.", s, "Desk");
        Property(w, "The deck (the line under the headline), or null.", s, "Deck");
        Property(w, "The dateline, or null.", s, "Dateline");
        Property(w, "The contributors listed in the front matter; empty when none.", GeneratedCode.ReadOnlyList + "<string>", "Contributors");
        Property(w, "Every declared source, in declaration order.", GeneratedCode.ReadOnlyList + "<" + ns + ".Source>", "Sources");
        Property(w, "Every quotation that is someone's words, in document order.", GeneratedCode.ReadOnlyList + "<" + ns + ".Quote>", "Quotes");
        Property(w, "Every attributed span, in document order.", GeneratedCode.ReadOnlyList + "<" + ns + ".Claim>", "Claims");
        Property(w, "The figures the article gives, grouped by what they are about (<c>about=\"…\"</c>), in order of first appearance.", GeneratedCode.ReadOnlyList + "<" + ns + ".FigureGroup>", "Figures");
        w.Summary("Returns <see cref=\"Headline\"/>.");
        w.Line("public override string ToString() => Headline;");
        w.Close();
        return GeneratedCode.End(w);
    }

    private static string Nullable(string type, GeneratorOptions options) => GeneratedCode.Nullable(type, options);

    private static void Member(CodeWriter w, string doc, string name, bool last = false)
    {
        w.Summary(doc);
        w.Line(name + (last ? string.Empty : ","));
        if (!last)
        {
            w.Line();
        }
    }

    private static void Property(CodeWriter w, string doc, string type, string name)
    {
        w.Summary(doc);
        w.Line("public " + type + " " + name + " { get; }");
        w.Line();
    }

    // Parameters: (type, parameter name, property name, documentation, required). Required
    // reference parameters are checked for null: the public constructors are usable by hand too.
    private static void Constructor(CodeWriter w, string typeName, string doc, IReadOnlyList<(string Type, string Parameter, string Property, string Doc, bool Required)> parameters)
    {
        w.Summary(doc);
        foreach (var p in parameters)
        {
            w.Line("/// <param name=\"" + p.Parameter + "\">" + p.Doc + "</param>");
        }

        var list = new List<string>();
        foreach (var p in parameters)
        {
            list.Add(p.Type + " " + p.Parameter);
        }

        w.Line("public " + typeName + "(");
        w.Indent();
        for (var i = 0; i < list.Count; i++)
        {
            w.Line(list[i] + (i == list.Count - 1 ? ")" : ","));
        }

        w.Outdent();
        w.Line("{");
        w.Indent();
        foreach (var p in parameters)
        {
            w.Line(p.Required
                ? "this." + p.Property + " = " + p.Parameter + " ?? throw new global::System.ArgumentNullException(nameof(" + p.Parameter + "));"
                : "this." + p.Property + " = " + p.Parameter + ";");
        }

        w.Outdent();
        w.Line("}");
        w.Line();
    }
}
