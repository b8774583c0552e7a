using System.Collections.Generic;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>
/// Semantic tokens. Quotations are <c>string</c> tokens whose modifier says how they are attributed
/// (<c>attributed</c>, <c>unattributed</c>, <c>titleOrTerm</c>), so a theme can colour an unattributed
/// quotation differently; the markup around them (tags, ids, attributes, declarations) has its own types.
/// Tokens never overlap: an inner node's tokens cut its outer node's token, and none spans a line break.
/// </summary>
internal static class SemanticTokenProvider
{
    public const int Keyword = 0;
    public const int Property = 1;
    public const int String = 2;
    public const int Variable = 3;
    public const int EnumMember = 4;
    public const int Comment = 5;
    public const int Operator = 6;

    public const int Declaration = 1 << 0;
    public const int Attributed = 1 << 1;
    public const int Unattributed = 1 << 2;
    public const int TitleOrTerm = 1 << 3;

    public static readonly SemanticTokensLegend Legend = new(
        new[] { "keyword", "property", "string", "variable", "enumMember", "comment", "operator" },
        new[] { "declaration", "attributed", "unattributed", "titleOrTerm" });

    public static SemanticTokens Build(DocumentSnapshot snapshot)
    {
        var tokens = new List<(int Start, int End, int Type, int Modifiers)>();
        var painter = new Painter(snapshot, tokens);
        if (snapshot.Syntax.FrontMatter is { } frontMatter)
        {
            foreach (var entry in frontMatter.Entries)
            {
                tokens.Add((entry.KeySpan.Start, entry.KeySpan.End, Property, 0));
            }
        }

        foreach (var block in snapshot.Syntax.Blocks)
        {
            switch (block)
            {
                case CommentSyntax comment:
                    tokens.Add((comment.Span.Start, comment.Span.End, Comment, 0));
                    break;
                case SourceDeclarationSyntax declaration:
                    tokens.Add((declaration.Span.Start, declaration.Span.Start + "@source".Length, Keyword, 0));
                    if (declaration.Id.Length > 0)
                    {
                        tokens.Add((declaration.IdSpan.Start, declaration.IdSpan.End, Variable, Declaration));
                    }

                    if (declaration.KindText.Length > 0)
                    {
                        tokens.Add((declaration.KindSpan.Start, declaration.KindSpan.End, EnumMember, 0));
                    }

                    painter.Attributes(declaration.Attributes);
                    break;
                case HeadingSyntax heading:
                    tokens.Add((heading.Span.Start, heading.Span.Start + heading.Level, Keyword, 0));
                    painter.Inlines(heading.Inlines);
                    break;
                case ParagraphSyntax paragraph:
                    painter.Inlines(paragraph.Inlines);
                    break;
            }
        }

        return new SemanticTokens(Encode(snapshot, tokens));
    }

    private static List<int> Encode(DocumentSnapshot snapshot, List<(int Start, int End, int Type, int Modifiers)> tokens)
    {
        var content = snapshot.Text.Content;
        var data = new List<int>(tokens.Count * 5);
        int previousLine = 0, previousCharacter = 0;
        foreach (var (start, end, type, modifiers) in tokens)
        {
            // One token per line: split at line breaks, leaving the breaks out.
            var segmentStart = start;
            while (segmentStart < end)
            {
                var segmentEnd = segmentStart;
                while (segmentEnd < end && content[segmentEnd] is not ('\n' or '\r'))
                {
                    segmentEnd++;
                }

                if (segmentEnd > segmentStart)
                {
                    var position = snapshot.Map.ToPosition(segmentStart);
                    var deltaLine = position.Line - previousLine;
                    data.Add(deltaLine);
                    data.Add(deltaLine == 0 ? position.Character - previousCharacter : position.Character);
                    data.Add(segmentEnd - segmentStart);
                    data.Add(type);
                    data.Add(modifiers);
                    previousLine = position.Line;
                    previousCharacter = position.Character;
                }

                segmentStart = segmentEnd;
                while (segmentStart < end && content[segmentStart] is '\n' or '\r')
                {
                    segmentStart++;
                }
            }
        }

        return data;
    }

    private sealed class Painter
    {
        private readonly DocumentSnapshot _snapshot;
        private readonly List<(int Start, int End, int Type, int Modifiers)> _tokens;

        public Painter(DocumentSnapshot snapshot, List<(int Start, int End, int Type, int Modifiers)> tokens)
        {
            _snapshot = snapshot;
            _tokens = tokens;
        }

        public void Inlines(IReadOnlyList<InlineSyntax> nodes)
        {
            foreach (var node in nodes)
            {
                Inline(node);
            }
        }

        public void Attributes(IReadOnlyList<AttributeSyntax> attributes)
        {
            foreach (var attribute in attributes)
            {
                _tokens.Add((attribute.NameSpan.Start, attribute.NameSpan.End, Property, 0));

                // The value with its quotes.
                var start = attribute.ValueSpan.Start > attribute.Span.Start ? attribute.ValueSpan.Start - 1 : attribute.ValueSpan.Start;
                var end = attribute.ValueSpan.End < attribute.Span.End ? attribute.ValueSpan.End + 1 : attribute.ValueSpan.End;
                if (end > start && start >= attribute.NameSpan.End)
                {
                    _tokens.Add((start, end, String, 0));
                }
            }
        }

        private void Inline(InlineSyntax node)
        {
            switch (node)
            {
                case QuotationSyntax quotation:
                    var modifiers = _snapshot.Model.FindQuotation(quotation) is { } resolved ? ModifiersOf(resolved) : Unattributed;
                    var contentEnd = quotation.Tag?.Span.Start ?? quotation.Span.End;
                    Container(quotation.Span.Start, contentEnd, quotation.Children, String, modifiers);
                    if (quotation.Tag is { } quotationTag)
                    {
                        Tag(quotationTag);
                    }

                    break;
                case AttributedSpanSyntax span:
                    _tokens.Add((span.OpenBracket.Start, span.OpenBracket.End, Operator, 0));
                    Inlines(span.Children);
                    _tokens.Add((span.CloseBracket.Start, span.CloseBracket.End, Operator, 0));
                    Tag(span.Tag);
                    break;
                case TagSyntax tag:
                    Tag(tag);
                    break;
            }
        }

        /// <summary>Paints [start, end) with a type, leaving holes for the children, which paint themselves.</summary>
        private void Container(int start, int end, IReadOnlyList<InlineSyntax> children, int type, int modifiers)
        {
            var cursor = start;
            foreach (var child in children)
            {
                if (child.Span.Start > cursor)
                {
                    _tokens.Add((cursor, child.Span.Start, type, modifiers));
                }

                Inline(child);
                cursor = child.Span.End;
            }

            if (end > cursor)
            {
                _tokens.Add((cursor, end, type, modifiers));
            }
        }

        private void Tag(TagSyntax tag)
        {
            if (tag.Kind != TagKind.Source || tag.SourceIdSpan.Length == 0)
            {
                _tokens.Add((tag.Span.Start, tag.Span.End, Keyword, 0));
                return;
            }

            // "{@" then the id, the attributes, and "}" (whatever else is inside stays plain).
            _tokens.Add((tag.Span.Start, tag.SourceIdSpan.Start, Operator, 0));
            _tokens.Add((tag.SourceIdSpan.Start, tag.SourceIdSpan.End, Variable, 0));
            Attributes(tag.Attributes);
            if (tag.Span.Length > 0 && _snapshot.Text.Content[tag.Span.End - 1] == '}')
            {
                _tokens.Add((tag.Span.End - 1, tag.Span.End, Operator, 0));
            }
        }

        private static int ModifiersOf(Quotation quotation) => quotation.Attribution switch
        {
            AttributionKind.None => Unattributed,
            AttributionKind.Title or AttributionKind.Term => TitleOrTerm,
            _ => Attributed,
        };
    }
}
