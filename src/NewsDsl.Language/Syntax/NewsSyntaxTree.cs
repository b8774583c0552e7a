using System.Collections.Generic;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Syntax;

/// <summary>The parsed form of one article: front matter, body blocks and the syntax errors found.</summary>
public sealed class NewsSyntaxTree
{
    public NewsSyntaxTree(NewsText text, FrontMatterSyntax? frontMatter, IReadOnlyList<BlockSyntax> blocks, IReadOnlyList<SyntaxError> errors)
    {
        Text = text;
        FrontMatter = frontMatter;
        Blocks = blocks;
        Errors = errors;
    }

    public NewsText Text { get; }

    /// <summary>Null when the file does not start with <c>---</c>.</summary>
    public FrontMatterSyntax? FrontMatter { get; }

    public IReadOnlyList<BlockSyntax> Blocks { get; }

    public IReadOnlyList<SyntaxError> Errors { get; }
}
