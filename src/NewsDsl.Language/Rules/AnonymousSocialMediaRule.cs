using System;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS104: words taken from a social media post whose author the article cannot name. A post from an
/// account you cannot identify is not a source (AP, Reuters: verify and identify the account holder).
/// </summary>
internal sealed class AnonymousSocialMediaRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS104",
        "Social media post from an anonymous source",
        "'{0}' is anonymous, but the tag says the words came via {1}: identify the account holder and declare them, or do not use the post",
        "Sources",
        NewsSeverity.Warning,
        "A social media account that the newsroom cannot identify is not a source; anonymity is granted to people, not to accounts.");

    // Public posting platforms. Private messengers (Signal, WhatsApp chats) are left out on purpose:
    // an anonymous source the newsroom knows may well send words privately.
    private static readonly string[] s_platforms =
    {
        "twitter", "x", "facebook", "telegram", "instagram", "tiktok", "youtube", "threads", "bluesky",
        "mastodon", "weibo", "vk", "vkontakte", "reddit", "snapchat", "linkedin", "truth social",
    };

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Model.Citations)
        {
            if (citation.Source is { Kind: SourceKind.Anonymous } source
                && citation.TagView.GetAttribute("via") is { } via
                && NamesPlatform(via))
            {
                context.Report(Rule, citation.TagView.Span, source.Id, via);
            }
        }
    }

    /// <summary>True when the channel names a social platform ("Twitter", "X (formerly Twitter)", "a Telegram channel").</summary>
    public static bool NamesPlatform(string via)
    {
        var normalized = " " + string.Join(" ", via.ToLowerInvariant().Split(new[] { ' ', '(', ')', ',', '.', '/', '-' }, StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var platform in s_platforms)
        {
            if (normalized.Contains(" " + platform + " "))
            {
                return true;
            }
        }

        return false;
    }
}
