using System.Globalization;
using NewsDsl.Language.Semantics;
using static NewsDsl.Render.PageText;

namespace NewsDsl.Render;

/// <summary>The review panel's summary: counts of sources, quotations and claims, and whose words the article is made of.</summary>
internal sealed class SummaryPanelWriter
{
    private readonly HtmlWriter _html;
    private readonly ArticleModel _model;
    private readonly ArticleFacts _facts;

    public SummaryPanelWriter(HtmlWriter html, ArticleModel model, ArticleFacts facts)
    {
        _html = html;
        _model = model;
        _facts = facts;
    }

    public void Write() => WriteSummary();

    private void WriteSummary()
    {
        _html.Start("section").Attribute("class", "summary").Attribute("aria-labelledby", "summary-heading");
        _html.Start("h2").Attribute("id", "summary-heading").Text("Summary").End("h2");
        _html.Start("ul").Attribute("class", "counts");
        _html.Start("li").Attribute("data-count", "sources").Text(Plural(_model.Sources.Count, "source") + " declared, " + _model.CitedSources.Count.ToString(CultureInfo.InvariantCulture) + " cited").End("li");
        _html.Start("li").Attribute("data-count", "quotations").Text(
            Plural(_model.Quotes.Count, "quotation") + ": " + _facts.AttributedQuotations.ToString(CultureInfo.InvariantCulture) + " attributed, "
            + _facts.SuggestedQuotations.ToString(CultureInfo.InvariantCulture) + " suggested, "
            + _facts.UnattributedQuotations.ToString(CultureInfo.InvariantCulture) + " unattributed").End("li");
        _html.Start("li").Attribute("data-count", "claims").Text(
            Plural(_model.Claims.Count, "claim") + ": " + _facts.AttributedClaims.ToString(CultureInfo.InvariantCulture) + " attributed, "
            + _facts.OwnClaims.ToString(CultureInfo.InvariantCulture) + " the article’s own").End("li");
        _html.End("ul");

        var shares = _facts.Shares;
        var widths = _facts.WholeShares;
        _html.Start("h3").Attribute("class", "vh").Attribute("id", "share-heading").Text("Share of quoted and claimed words by kind of source").End("h3");
        _html.Start("p").Text("Quoted and claimed words by kind of source (" + Plural(_facts.TotalWords, "word") + "):").End("p");
        if (shares.Count > 0)
        {
            _html.Start("div").Attribute("class", "bar").Attribute("role", "img").Attribute("aria-labelledby", "share-heading share-legend");
            foreach (var (kind, percent) in widths)
            {
                _html.Start("span").Attribute("class", PageStyle.KindClass(kind) + " " + PageStyle.WidthClass(percent)).Attribute("data-kind", KindLabel(kind)).End("span");
            }

            _html.End("div");
            _html.Start("ul").Attribute("class", "legend").Attribute("id", "share-legend");
            foreach (var (kind, percent) in shares)
            {
                _html.Start("li").Attribute("data-kind", KindLabel(kind));
                _html.Start("span").Attribute("class", "swatch " + PageStyle.KindClass(kind)).Attribute("aria-hidden", "true").End("span");
                _html.Text(KindLabel(kind) + " " + percent.ToString("0.#", CultureInfo.InvariantCulture) + "%");
                _html.End("li");
            }

            _html.End("ul");
        }

        _html.End("section");
    }
}
