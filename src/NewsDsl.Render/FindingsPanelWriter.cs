using System.Globalization;
using NewsDsl.Language.Diagnostics;
using static NewsDsl.Render.PageText;

namespace NewsDsl.Render;

/// <summary>The review panel's list of findings, each linking to its place in the article.</summary>
internal sealed class FindingsPanelWriter
{
    private readonly HtmlWriter _html;
    private readonly FindingPlacer _findings;

    public FindingsPanelWriter(HtmlWriter html, FindingPlacer findings)
    {
        _html = html;
        _findings = findings;
    }

    public void Write() => WriteFindingsList();

    private void WriteFindingsList()
    {
        _html.Start("section").Attribute("class", "findings").Attribute("aria-labelledby", "findings-heading");
        _html.Start("h2").Attribute("id", "findings-heading").Text("Findings (" + _findings.All.Count.ToString(CultureInfo.InvariantCulture) + ")").End("h2");
        if (_findings.All.Count == 0)
        {
            _html.Start("p").Text("No findings: every check passed.").End("p");
        }
        else
        {
            _html.Start("nav").Attribute("aria-label", "Findings");
            _html.Start("ol");
            foreach (var (diagnostic, id) in _findings.All)
            {
                var severity = NewsDiagnostic.SeverityWord(diagnostic.Severity);
                _html.Start("li").Attribute("class", SeverityClass(diagnostic.Severity));
                _html.Start("a").Attribute("href", "#" + id).Attribute("data-finding-link", diagnostic.Id);
                _html.Text(SeverityIcon(diagnostic.Severity)).Text(' ').Text(diagnostic.Id).Text(' ').Text(severity);
                _html.End("a");
                _html.Start("span").Attribute("class", "where").Text(" line " + (diagnostic.Start.Line + 1).ToString(CultureInfo.InvariantCulture) + ", column " + (diagnostic.Start.Character + 1).ToString(CultureInfo.InvariantCulture)).End("span");
                _html.Text(": ").Text(diagnostic.Message);
                FindingElement.WriteRelated(_html, diagnostic, id);
                _html.End("li");
            }

            _html.End("ol");
            _html.End("nav");
        }

        _html.End("section");
    }
}
