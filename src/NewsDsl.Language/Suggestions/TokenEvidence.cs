using NewsDsl.Language.Semantics;

namespace NewsDsl.Language.Suggestions;

/// <summary>Evidence that is one token of the copy (a quotation, a title cue): its text, span and line.</summary>
internal static class TokenEvidence
{
    public static SuggestionEvidence Of(ArticleModel model, ProseToken token) =>
        new(token.Text, new Text.TextSpan(token.Start, token.End - token.Start), model.Text.GetLinePosition(token.Start).Line + 1);
}
