using System.Globalization;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Render;

/// <summary>The review panel's figures: each group of figures about one thing, and which of them conflict.</summary>
internal sealed class FiguresPanelWriter
{
    private readonly HtmlWriter _html;
    private readonly ArticleModel _model;

    public FiguresPanelWriter(HtmlWriter html, ArticleModel model)
    {
        _html = html;
        _model = model;
    }

    public void Write() => WriteFigures();

    private void WriteFigures()
    {
        _html.Start("section").Attribute("class", "figures").Attribute("aria-labelledby", "figures-heading");
        _html.Start("h2").Attribute("id", "figures-heading").Text("Figures (" + _model.Figures.Count.ToString(CultureInfo.InvariantCulture) + ")").End("h2");
        if (_model.Figures.Count == 0)
        {
            _html.Start("p").Text("The article gives no figures tagged about=\"…\" value=\"…\".").End("p");
        }

        foreach (var group in _model.Figures)
        {
            var consistent = group.IsConsistent;
            _html.Start("table").Attribute("data-figure-group", group.About).Attribute("data-consistent", consistent ? "true" : "false");
            _html.Start("caption").Text(group.About + (consistent ? " — consistent" : " — ⚠ figures conflict")).End("caption");
            _html.Start("thead").Start("tr");
            foreach (var header in new[] { "Who", "Value", "Line", "Agrees?" })
            {
                _html.Start("th").Attribute("scope", "col").Text(header).End("th");
            }

            _html.End("tr").End("thead");
            _html.Start("tbody");
            foreach (var figure in group.Figures)
            {
                var conflicts = group.Conflicts(figure);

                _html.Start("tr");
                if (conflicts)
                {
                    _html.Attribute("class", "conflict").Attribute("data-conflict", "true");
                }

                _html.Element("td", figure.Source?.Name ?? (figure.IsOwn ? "the article itself" : "unknown source"));
                _html.Element("td", figure.Value?.Text ?? "—");
                _html.Element("td", (figure.Start.Line + 1).ToString(CultureInfo.InvariantCulture));
                _html.Element("td", figure.Value is null ? "no value" : conflicts ? "⚠ conflicts" : "✓ agrees");
                _html.End("tr");
            }

            _html.End("tbody");
            _html.End("table");
        }

        _html.End("section");
    }
}
