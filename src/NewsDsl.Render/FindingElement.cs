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
        html.End(element);
    }
}
