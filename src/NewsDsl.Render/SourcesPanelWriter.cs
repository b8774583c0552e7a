using System.Globalization;
using NewsDsl.Language;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Render;

/// <summary>The review panel's sources: each declared source with its kind, role and share, and the findings about its declaration.</summary>
internal sealed class SourcesPanelWriter
{
    private readonly HtmlWriter _html;
    private readonly ArticleModel _model;
    private readonly ArticleFacts _facts;
    private readonly FindingPlacer _findings;

    public SourcesPanelWriter(HtmlWriter html, ArticleModel model, ArticleFacts facts, FindingPlacer findings)
    {
        _html = html;
        _model = model;
        _facts = facts;
        _findings = findings;
    }

    public void Write() => WriteSources();

    private void WriteSources()
    {
        _html.Start("section").Attribute("class", "sources-panel").Attribute("aria-labelledby", "sources-heading");
        _html.Start("h2").Attribute("id", "sources-heading").Text("Sources (" + _model.Sources.Count.ToString(CultureInfo.InvariantCulture) + ")").End("h2");
        _html.Start("p").Attribute("class", "hint").Text("Choose a source to highlight its words and dim the rest; choose it again, or press Escape, to show every source.").End("p");
        _html.Start("ul").Attribute("class", "sources");
        foreach (var source in _model.Sources)
        {
            var index = _facts.IndexOf(source);
            _html.Start("li").Attribute("class", "source " + PageStyle.SourceClass(index)).Attribute("data-source-entry", source.Id);
            _html.Start("button").Attribute("type", "button").Attribute("data-focus-source", source.Id).Attribute("data-label", source.Name)
                .Attribute("aria-pressed", "false").Attribute("aria-controls", "article");
            _html.Start("span").Attribute("class", "swatch").Attribute("aria-hidden", "true").End("span");
            _html.Text(source.Name);
            _html.Start("span").Attribute("class", "vh").Text(" (").Text(source.Id).Text(")").End("span");
            _html.End("button");
            _html.Start("dl");
            Term("id", source.Id);
            Term("kind", NewsSyntaxFacts.GetKeyword(source.Kind));
            if (source.Title is { Length: > 0 } title)
            {
                Term("title", title);
            }

            if (source.Kind == SourceKind.Anonymous)
            {
                Term("reason", source.Reason is { Length: > 0 } reason ? reason : "none given");
            }

            Term("quotations", _facts.QuotationsOf(source).ToString(CultureInfo.InvariantCulture));
            Term("claims", _facts.ClaimsOf(source).ToString(CultureInfo.InvariantCulture));
            _html.End("dl");
            foreach (var placed in _findings.ForDeclaration(index))
            {
                placed.Write(_html, block: true);
            }

            _html.End("li");
        }

        if (_facts.UnattributedQuotations > 0)
        {
            _html.Start("li").Attribute("class", "source source-none");
            _html.Start("button").Attribute("type", "button").Attribute("data-focus-source", string.Empty).Attribute("data-label", "unattributed words")
                .Attribute("aria-pressed", "false").Attribute("aria-controls", "article");
            _html.Start("span").Attribute("class", "swatch").Attribute("aria-hidden", "true").End("span");
            _html.Text("⚠ Unattributed (" + _facts.UnattributedQuotations.ToString(CultureInfo.InvariantCulture) + ")");
            _html.End("button");
            _html.End("li");
        }

        _html.End("ul");
        _html.End("section");
    }

    private void Term(string term, string value)
    {
        _html.Element("dt", term);
        _html.Element("dd", value);
    }
}
