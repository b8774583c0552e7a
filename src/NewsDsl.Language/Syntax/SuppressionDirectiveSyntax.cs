using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>
/// A suppression comment inside an editor's note: <c>%% newsdsl-disable-next-line NEWS106 -- reason</c>,
/// <c>%% newsdsl-disable …</c> or <c>%% newsdsl-enable …</c>. Its span is the note's line; the checker
/// applies it (build, command line and editor alike).
/// </summary>
public sealed class SuppressionDirectiveSyntax : NewsSyntaxNode
{
    public SuppressionDirectiveSyntax(
        TextSpan span,
        SuppressionDirectiveKind kind,
        TextSpan keywordSpan,
        IReadOnlyList<DiagnosticIdSyntax> ids,
        TextSpan? separatorSpan,
        TextSpan? reasonSpan,
        string? reason)
        : base(span)
    {
        Kind = kind;
        KeywordSpan = keywordSpan;
        Ids = ids;
        SeparatorSpan = separatorSpan;
        ReasonSpan = reasonSpan;
        Reason = reason;
        AdoptAll(ids);
    }

    public SuppressionDirectiveKind Kind { get; }

    /// <summary>The <c>newsdsl-…</c> word.</summary>
    public TextSpan KeywordSpan { get; }

    /// <summary>The IDs named, in order, each with its span (empty when none is given).</summary>
    public IReadOnlyList<DiagnosticIdSyntax> Ids { get; }

    /// <summary>The <c>--</c> before the reason; null when there is none.</summary>
    public TextSpan? SeparatorSpan { get; }

    /// <summary>The reason after <c>--</c>, trimmed; null when missing or empty.</summary>
    public TextSpan? ReasonSpan { get; }

    /// <summary>Why the finding is acknowledged; null when missing or empty (NEWS009 for a disable).</summary>
    public string? Reason { get; }

    /// <summary>True for the directives that suppress: disable-next-line and disable.</summary>
    public bool Suppresses => Kind is SuppressionDirectiveKind.DisableNextLine or SuppressionDirectiveKind.Disable;

    internal override NewsSyntaxNode? MovedBy(int delta) =>
        MoveAll(Ids, delta) is { } ids
            ? new SuppressionDirectiveSyntax(Move(Span, delta), Kind, Move(KeywordSpan, delta), ids, Move(SeparatorSpan, delta), Move(ReasonSpan, delta), Reason)
            : null;

    internal override void CollectChildren(ref List<NewsSyntaxNode>? children) => AddAll(ref children, Ids);
}
