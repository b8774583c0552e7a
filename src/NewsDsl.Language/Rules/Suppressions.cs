using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>
/// Applies an article's suppression comments (contract 8.3) to the rules' findings, inside the
/// checker, so the build, the command line and the editor honour them alike; reports NEWS010 for
/// what suppresses nothing.
/// </summary>
internal static class Suppressions
{
    /// <summary>Why an ID cannot be named in a suppression comment (a NEWS009 message), or null when it can.</summary>
    public static string? WhyNotSuppressible(string id)
    {
        switch (id)
        {
            case "NEWS004":
                return "NEWS004 cannot be suppressed: a syntax error changes what the article means; fix it instead";
            case "NEWS008":
                return "NEWS008 cannot be suppressed: without an id and a headline the article cannot be built; complete the front matter instead";
            case "NEWS000":
                return "NEWS000 cannot be suppressed: it reports a failure of NewsDsl itself; please report it instead";
            case "NEWS009":
            case "NEWS010":
                return id + " cannot be suppressed: correct or remove the suppression comment instead";
            case "NEWS109":
            case "NEWS110":
                return id + " cannot be suppressed in an article: it concerns the whole project; give one of the articles another id instead";
            case "NEWS111":
                // Only the build knows class names, so check and the editor could never tell whether such a
                // comment is used (NEWS010) while the build went on reporting it.
                return "NEWS111 cannot be suppressed in an article: only the build knows the class name; set its severity in the .editorconfig or give the article a more specific id instead";
            case "NEWS112":
                // The file was not read, so no comment in it is ever seen.
                return "NEWS112 cannot be suppressed in an article: it is reported for a file that was not read; set its severity in the .editorconfig or fix the path instead";
        }

        return NewsRules.Find(id) is null
            ? $"'{MessageText.Excerpt(id, 20)}' is not a NewsDsl diagnostic ID: check the spelling (IDs look like NEWS106)"
            : null;
    }

    /// <summary>
    /// Splits <paramref name="found"/> into what stays and what the comments suppress, and adds NEWS010
    /// (when <paramref name="reportUnused"/>) for every named ID that suppressed nothing, unless its rule
    /// did not run (<paramref name="ran"/> false): then nothing can be said.
    /// </summary>
    public static List<NewsDiagnostic> Apply(
        ArticleModel model,
        List<NewsDiagnostic> found,
        Func<string, bool> ran,
        bool reportUnused,
        List<NewsDiagnostic> suppressed)
    {
        var directives = model.Syntax.SuppressionDirectives;
        if (directives.Count == 0)
        {
            return found;
        }

        var text = model.Text;
        var scopes = new List<Scope>();
        var unused = new List<NewsDiagnostic>();
        var open = new List<Scope>();
        foreach (var directive in directives)
        {
            var line = text.GetLinePosition(directive.Span.Start).Line;
            switch (directive.Kind)
            {
                case SuppressionDirectiveKind.DisableNextLine:
                    var target = NextContentLine(text, line);
                    foreach (var id in directive.Ids)
                    {
                        if (WhyNotSuppressible(id.Id) is null)
                        {
                            scopes.Add(new Scope(directive, id, target, target < 0 ? -1 : target + 1));
                        }
                    }

                    break;
                case SuppressionDirectiveKind.Disable:
                    foreach (var id in directive.Ids)
                    {
                        if (WhyNotSuppressible(id.Id) is null)
                        {
                            var scope = new Scope(directive, id, line + 1, int.MaxValue);
                            scopes.Add(scope);
                            open.Add(scope);
                        }
                    }

                    break;
                case SuppressionDirectiveKind.Enable:
                    Enable(text, directive, line, open, reportUnused, unused);
                    break;
            }
        }

        var kept = new List<NewsDiagnostic>(found.Count);
        foreach (var diagnostic in found)
        {
            var hidden = false;
            foreach (var scope in scopes)
            {
                if (scope.Covers(diagnostic))
                {
                    // Every matching scope counts as used, so two overlapping comments are both needed.
                    scope.Used = true;
                    hidden = true;
                }
            }

            (hidden ? suppressed : kept).Add(diagnostic);
        }

        if (reportUnused)
        {
            foreach (var scope in scopes)
            {
                if (!scope.Used && ran(scope.Id.Id))
                {
                    unused.Add(RuleContext.Create(UnusedSuppressionRule.Rule, text, scope.Id.Span, UnusedMessage(text, scope)));
                }
            }
        }

        kept.AddRange(unused);
        return kept;
    }

    private static void Enable(NewsText text, SuppressionDirectiveSyntax directive, int line, List<Scope> open, bool reportUnused, List<NewsDiagnostic> unused)
    {
        if (directive.Ids.Count == 0)
        {
            if (open.Count == 0 && reportUnused)
            {
                unused.Add(RuleContext.Create(UnusedSuppressionRule.Rule, text, directive.KeywordSpan, "Nothing is disabled here, so there is nothing to enable: remove this comment"));
            }

            foreach (var scope in open)
            {
                scope.EndLine = line;
            }

            open.Clear();
            return;
        }

        foreach (var id in directive.Ids)
        {
            var closed = false;
            for (var k = open.Count - 1; k >= 0; k--)
            {
                if (open[k].Id.Id == id.Id)
                {
                    open[k].EndLine = line;
                    open.RemoveAt(k);
                    closed = true;
                }
            }

            if (!closed && reportUnused && WhyNotSuppressible(id.Id) is null)
            {
                unused.Add(RuleContext.Create(UnusedSuppressionRule.Rule, text, id.Span, $"{id.Id} is not disabled here, so there is nothing to enable: remove it from this comment"));
            }
        }
    }

    private static string UnusedMessage(NewsText text, Scope scope)
    {
        if (scope.Directive.Kind == SuppressionDirectiveKind.DisableNextLine)
        {
            return scope.StartLine < 0
                ? "No line follows this comment, so it suppresses nothing: remove it"
                : $"{scope.Id.Id} is not reported on line {scope.StartLine + 1}, the line this comment covers: remove it from the comment";
        }

        var until = scope.EndLine == int.MaxValue ? "the end of the article" : $"line {scope.EndLine + 1}";
        return $"{scope.Id.Id} is not reported between this comment and {until}: remove it from the comment";
    }

    /// <summary>The first line after <paramref name="line"/> that is neither blank nor a <c>%%</c> line, or -1.</summary>
    private static int NextContentLine(NewsText text, int line)
    {
        var starts = text.LineStartOffsets;
        var content = text.Content;
        for (var l = line + 1; l < starts.Count; l++)
        {
            var start = starts[l];
            var end = l + 1 < starts.Count ? starts[l + 1] : content.Length;
            var first = start;
            while (first < end && Parsing.CharacterClasses.IsSpaceOrNone(content[first]))
            {
                first++;
            }

            if (first == end)
            {
                continue;
            }

            if (content[start] == '%' && start + 1 < end && content[start + 1] == '%')
            {
                continue;
            }

            return l;
        }

        return -1;
    }

    private sealed class Scope
    {
        public Scope(SuppressionDirectiveSyntax directive, DiagnosticIdSyntax id, int startLine, int endLine)
        {
            Directive = directive;
            Id = id;
            StartLine = startLine;
            EndLine = endLine;
        }

        public SuppressionDirectiveSyntax Directive { get; }

        public DiagnosticIdSyntax Id { get; }

        /// <summary>First line covered (zero-based), or -1 when none.</summary>
        public int StartLine { get; }

        /// <summary>First line no longer covered.</summary>
        public int EndLine { get; set; }

        public bool Used { get; set; }

        public bool Covers(NewsDiagnostic diagnostic) =>
            StartLine >= 0
            && diagnostic.Start.Line >= StartLine
            && diagnostic.Start.Line < EndLine
            && string.Equals(diagnostic.Id, Id.Id, StringComparison.Ordinal);
    }
}
