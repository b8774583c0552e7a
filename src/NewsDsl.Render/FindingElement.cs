using System.Globalization;
using NewsDsl.Language.Diagnostics;
using static NewsDsl.Render.PageText;

namespace NewsDsl.Render;

/// <summary>One finding as an element of the page (<c>data-diagnostic</c>), where the body or a panel places it.</summary>
internal static class FindingElement
{
    public static void Write(HtmlWriter html, NewsDiagnostic diagnostic, string elementId, bool block)
    {
        var severity = NewsDiagnostic.SeverityWord(diagnostic.Severity);
        var element = block ? "div" : "span";
        html.Start(element).Attribute("class", FindingClass(diagnostic.Severity)).Attribute("id", elementId)
            .Attribute("data-diagnostic", diagnostic.Id).Attribute("data-severity", severity).Attribute("role", "note");
        html.Start("span").Attribute("aria-hidden", "true").Text(SeverityIcon(diagnostic.Severity)).Text(' ').End("span");
        html.Start("a").Attribute("href", diagnostic.Descriptor.HelpLink).Attribute("title", "About " + diagnostic.Id + ": " + diagnostic.Descriptor.Title).Text(diagnostic.Id).End("a");
        html.Text(' ').Text(severity).Text(": ").Text(diagnostic.Message);
        WriteRelated(html, diagnostic, elementId);
        html.End(element);
    }

    /// <summary>
    /// The finding's additional locations, as its rule gave them (never worked out again here): in this article a
    /// link to the anchor <see cref="FindingPlacer"/> put there; in another article its path and position as text
    /// (the page does not know where that article's page is). Messages and paths are text, escaped like the article.
    /// </summary>
    public static void WriteRelated(HtmlWriter html, NewsDiagnostic diagnostic, string elementId)
    {
        for (var k = 0; k < diagnostic.AdditionalLocations.Count; k++)
        {
            var location = diagnostic.AdditionalLocations[k];
            var where = "line " + (location.Start.Line + 1).ToString(CultureInfo.InvariantCulture) + ", column " + (location.Start.Character + 1).ToString(CultureInfo.InvariantCulture);
            html.Text(" (see ");
            if (FindingPlacer.IsInThisArticle(diagnostic, location))
            {
                html.Start("a").Attribute("href", "#" + FindingPlacer.RelatedIdOf(elementId, k)).Attribute("data-related-link", diagnostic.Id).Text(where).End("a");
            }
            else
            {
                html.Start("span").Attribute("data-related-path", location.Path).Text(location.Path + ", " + where).End("span");
            }

            html.Text(": ").Text(location.Message).Text(")");
        }
    }
}
