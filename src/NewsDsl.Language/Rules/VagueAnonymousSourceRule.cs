using System;
using System.Collections.Generic;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS102: an anonymous source described so vaguely it could be anyone ("a source", "officials").
/// AP requires the description to say where the source stands (which agency, what access).
/// </summary>
internal sealed class VagueAnonymousSourceRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS102",
        "Anonymous source is described too vaguely",
        "Anonymous source '{0}' is described as \"{1}\", which could be anyone: say where the source stands (\"two Iraqi security officials\", \"a diplomat at the talks\")",
        "Sources",
        NewsSeverity.Warning,
        "AP: describe an anonymous source as precisely as possible without identifying them — their position, and how they know.");

    // Words that say nothing about who the source is.
    private static readonly HashSet<string> s_empty = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "some", "several", "many", "few", "one", "two", "three", "four", "five", "multiple", "various", "other",
        "senior", "top", "high-ranking", "high", "ranking", "informed", "knowledgeable", "reliable", "well-placed", "credible",
        "unnamed", "anonymous", "official", "officials", "source", "sources", "insider", "insiders", "person", "persons", "people", "said",
        "someone", "somebody", "individual", "individuals", "figure", "figures", "observer", "observers", "expert", "experts",
        "analyst", "analysts", "aide", "aides", "familiar", "with", "matter", "situation", "close", "to", "who", "knows",
        "knowledge", "of", "spoke", "on", "condition", "anonymity", "briefed",
    };

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var source in context.Model.Sources)
        {
            if (source.Kind == SourceKind.Anonymous && IsVague(source.Name))
            {
                context.Report(Rule, source.Declaration.IdSpan, source.Id, source.Name);
            }
        }
    }

    /// <summary>True when every word of the description is one that could describe anyone.</summary>
    public static bool IsVague(string description)
    {
        foreach (var word in description.Split(new[] { ' ', '\t', ',', '.' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!s_empty.Contains(word) && !IsNumber(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
