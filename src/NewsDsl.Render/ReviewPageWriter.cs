using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsDsl.Language;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

using static NewsDsl.Render.PageText;

namespace NewsDsl.Render;

/// <summary>
/// Writes one review page: the page around the article body (<see cref="ArticleBodyWriter"/>) and the review
/// panel beside it, one writer per panel (summary, findings, sources, figures).
/// </summary>
internal sealed class ReviewPageWriter
{
    private readonly NewsCheckResult _result;
    private readonly ArticleModel _model;
    private readonly ArticleFacts _facts;
    private readonly FindingPlacer _findings;
    private readonly HtmlWriter _html;
    private readonly string _displayPath;

    public ReviewPageWriter(NewsCheckResult result, StringBuilder output, string? displayPath, System.IO.TextWriter? sink = null)
    {
        _result = result;
        _model = result.Model;
        _facts = new ArticleFacts(_model);
        var declarations = new List<SourceDeclarationSyntax>(_model.Sources.Count);
        foreach (var source in _model.Sources)
        {
            declarations.Add(source.Declaration);
        }

        _findings = new FindingPlacer(result.Diagnostics, result.Syntax, declarations);
        _html = new HtmlWriter(output, sink);
        _displayPath = displayPath ?? _model.Text.Path;
    }

    public void Write()
    {
        var headline = _model.Metadata.Headline ?? _model.Metadata.Id ?? "Untitled article";

        _html.Trusted("<!DOCTYPE html>\n");
        _html.Start("html").Attribute("lang", "en");
        _html.Start("head");
        _html.Start("meta").Attribute("charset", "utf-8");
        _html.Start("meta").Attribute("http-equiv", "Content-Security-Policy").Attribute("content", ContentSecurityPolicy);
        _html.Start("meta").Attribute("name", "viewport").Attribute("content", "width=device-width, initial-scale=1");
        _html.Start("meta").Attribute("name", "referrer").Attribute("content", "no-referrer");
        _html.Start("meta").Attribute("name", "generator").Attribute("content", "newsdsl render");
        _html.Element("title", "Review: " + headline);
        _html.Start("style").Trusted(PageStyle.Text).End("style");

        // JSON-LD: System.Text.Json escapes <, > and & (as \u003C…), so the text cannot end this element.
        _html.Start("script").Attribute("type", "application/ld+json").Attribute("id", "schema-org").Trusted(string.Empty);
        SchemaOrg.AppendCompact(_model, _html.Output);
        _html.End("script");
        _html.End("head");

        _html.Start("body");
        _html.Start("a").Attribute("class", "skip").Attribute("href", "#article").Text("Skip to the article").End("a");
        WritePageHeader();
        _html.Start("div").Attribute("class", "layout");
        _html.Start("main").Attribute("id", "main");
        new ArticleBodyWriter(_html, _model, _facts, _findings).Write(headline);
        _html.End("main");
        _html.Start("aside").Attribute("class", "review").Attribute("aria-label", "Review");
        new SummaryPanelWriter(_html, _model, _facts).Write();
        new FindingsPanelWriter(_html, _findings).Write();
        new SourcesPanelWriter(_html, _model, _facts, _findings).Write();
        new FiguresPanelWriter(_html, _model).Write();
        _html.End("aside");
        _html.End("div");
        _html.Start("p").Attribute("id", "focus-status").Attribute("class", "vh").Attribute("role", "status").Attribute("aria-live", "polite").End("p");
        _html.Start("script").Trusted(PageScript.Text).End("script");
        _html.End("body");
        _html.End("html");
        _html.Trusted("\n");
        _html.Flush();
    }

    /// <summary>
    /// Nothing loads from anywhere; the page's own style sheet and script run by their hashes, so
    /// even markup that slipped through could not run a script or send anything out.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        "default-src 'none'; style-src '" + Hash(PageStyle.Text) + "'; script-src '" + Hash(PageScript.Text)
        + "'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

    public static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private void WritePageHeader()
    {
        var errors = 0;
        var warnings = 0;
        foreach (var diagnostic in _result.Diagnostics)
        {
            errors += diagnostic.Severity == NewsSeverity.Error ? 1 : 0;
            warnings += diagnostic.Severity == NewsSeverity.Warning ? 1 : 0;
        }

        _html.Start("header").Attribute("class", "page-head");
        _html.Start("p");
        _html.Text("NewsDsl review of ");
        _html.Element("strong", _displayPath.Length > 0 ? _displayPath : (_model.Metadata.Id ?? "an article"));
        _html.Text(" · " + Plural(_result.Diagnostics.Count, "finding") + " (" + Plural(errors, "error") + ", " + Plural(warnings, "warning") + ")");
        _html.End("p");
        _html.End("header");
    }
}
