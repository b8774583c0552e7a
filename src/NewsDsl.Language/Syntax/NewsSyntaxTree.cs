using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>The parsed form of one article: front matter, body blocks and the syntax errors found.</summary>
public sealed class NewsSyntaxTree
{
    public NewsSyntaxTree(NewsText text, FrontMatterSyntax? frontMatter, IReadOnlyList<BlockSyntax> blocks, IReadOnlyList<SyntaxError> errors)
        : this(text, frontMatter, blocks, errors, CollectDirectives(blocks))
    {
    }

    internal NewsSyntaxTree(NewsText text, FrontMatterSyntax? frontMatter, IReadOnlyList<BlockSyntax> blocks, IReadOnlyList<SyntaxError> errors, IReadOnlyList<SuppressionDirectiveSyntax> directives)
    {
        Text = text;
        FrontMatter = frontMatter;
        Blocks = blocks;
        Errors = errors;
        SuppressionDirectives = directives;
    }

    /// <summary>Every suppression comment (<c>%% newsdsl-…</c>) in document order.</summary>
    public IReadOnlyList<SuppressionDirectiveSyntax> SuppressionDirectives { get; }

    public NewsText Text { get; }

    /// <summary>Null when the file does not start with <c>---</c>.</summary>
    public FrontMatterSyntax? FrontMatter { get; }

    public IReadOnlyList<BlockSyntax> Blocks { get; }

    public IReadOnlyList<SyntaxError> Errors { get; }

    /// <summary>How many quotation parts, attributed spans and tags the parser made (0 for a tree built elsewhere): the binder sizes its lists with them.</summary>
    internal (int Quotations, int Spans, int Tags) NodeCounts { get; set; }

    private static IReadOnlyList<SuppressionDirectiveSyntax> CollectDirectives(IReadOnlyList<BlockSyntax> blocks)
    {
        List<SuppressionDirectiveSyntax>? directives = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is CommentSyntax { Directive: { } directive })
            {
                (directives ??= new List<SuppressionDirectiveSyntax>()).Add(directive);
            }
        }

        return (IReadOnlyList<SuppressionDirectiveSyntax>?)directives ?? System.Array.Empty<SuppressionDirectiveSyntax>();
    }
}
