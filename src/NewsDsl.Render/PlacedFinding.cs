using NewsDsl.Language.Diagnostics;

namespace NewsDsl.Render;

/// <summary>
/// What <see cref="FindingPlacer"/> puts at a place of the page: a finding, or the anchor a finding's
/// additional location links to (NEWS006's first declaration, NEWS106's other figure). The anchor is an
/// empty element with an id: it carries no text, so nothing of the article becomes markup through it.
/// </summary>
internal readonly record struct PlacedFinding(NewsDiagnostic Diagnostic, string ElementId, int Offset, bool IsAnchor)
{
    public void Write(HtmlWriter html, bool block)
    {
        if (IsAnchor)
        {
            html.Start("span").Attribute("id", ElementId).Attribute("class", "related-target").Attribute("data-related-of", Diagnostic.Id).End("span");
        }
        else
        {
            FindingElement.Write(html, Diagnostic, ElementId, block);
        }
    }
}
