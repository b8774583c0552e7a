using System.Collections.Generic;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Syntax;

namespace NewsDsl.Language.Suggestions;

/// <summary>
/// Splits one paragraph or heading into words, punctuation, dashes and whole quotations, with tags,
/// span brackets and escapes left out, then numbers its sentences.
/// </summary>
internal static class ProseTokenizer
{
    public static List<ProseToken> Tokenize(ArticleModel model, InlineContainerSyntax block)
    {
        // About one token per five characters of prose: sized once rather than grown by copying.
        var tokens = new List<ProseToken>(4 + (block.ContentSpan.Length / 5));
        AddInlines(model, block.ContentSpan.Start, block.ContentSpan.End, block.Inlines, null, tokens);
        NumberSentences(tokens);
        return tokens;
    }

    private static void AddInlines(ArticleModel model, int start, int end, IReadOnlyList<InlineSyntax> inlines, Claim? claim, List<ProseToken> tokens)
    {
        var text = model.Text.Content;
        var position = start;
        foreach (var inline in inlines)
        {
            AddProse(text, position, inline.Span.Start, tokens);
            switch (inline)
            {
                case QuotationSyntax quotation:
                    var quoteEnd = quotation.ClosingMark?.End ?? quotation.Span.End;
                    if (quotation.Tag is { } tag && tag.Span.Start >= quoteEnd)
                    {
                        quoteEnd = tag.Span.Start;
                    }

                    var token = new ProseToken(ProseTokenKind.Quote, quotation.OpeningMark.Start, quoteEnd, text);
                    var found = model.FindQuotation(quotation);
                    token.Quotation = found;
                    token.QuotedSpan = quotation.ContentSpan;
                    if (claim is not null)
                    {
                        token.IsAttributed = true;
                        token.KnownSource = claim.Source;
                    }
                    else if (found is not null && found.Attribution != AttributionKind.None)
                    {
                        token.IsAttributed = true;
                        token.KnownSource = found.Source;
                    }

                    tokens.Add(token);
                    break;
                case AttributedSpanSyntax span:
                    AddInlines(model, span.ContentSpan.Start, span.ContentSpan.End, span.Children, FindClaim(model, span), tokens);
                    break;
            }

            position = inline.Span.End;
        }

        AddProse(text, position, end, tokens);
    }

    private static Claim? FindClaim(ArticleModel model, AttributedSpanSyntax span)
    {
        foreach (var claim in model.Claims)
        {
            if (ReferenceEquals(claim.Syntax, span))
            {
                return claim;
            }
        }

        return null;
    }

    private static void AddProse(string text, int start, int end, List<ProseToken> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '\\' && i + 1 < end && CharacterClasses.IsEscapable(text[i + 1]))
            {
                // An escaped markup character is plain punctuation to the grammar.
                tokens.Add(new ProseToken(ProseTokenKind.Punctuation, i, i + 2, text, text[i + 1].ToString()));
                i += 2;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, tokens);
                continue;
            }

            if (c is '\u2014' or '\u2013' or '\u2015' || (c == '-' && i + 1 < end && text[i + 1] == '-'))
            {
                var dashEnd = c == '-' ? i + 2 : i + 1;
                tokens.Add(new ProseToken(ProseTokenKind.Dash, i, dashEnd, text));
                i = dashEnd;
                continue;
            }

            if (c == '-' && (i + 1 >= end || char.IsWhiteSpace(text[i + 1])) && (i == start || char.IsWhiteSpace(text[i - 1])))
            {
                tokens.Add(new ProseToken(ProseTokenKind.Dash, i, i + 1, text));
                i++;
                continue;
            }

            tokens.Add(new ProseToken(ProseTokenKind.Punctuation, i, i + 1, text));
            i++;
        }
    }

    private static int ReadWord(string text, int start, int end, List<ProseToken> tokens)
    {
        var i = start + 1;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c is '\'' or '\u2019' or '-' or '.' or ',') && i + 1 < end && char.IsLetterOrDigit(text[i + 1])
                && (c != ',' || (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
                && (c != '.' || char.IsLetter(text[i + 1]) == char.IsLetter(text[i - 1])))
            {
                // Iran's, al-Khazali, U.S, 5,200, 4.5: one word each.
                i++;
            }
            else
            {
                break;
            }
        }

        // A period belongs to an abbreviation or an initial (Mr., Gen., U.S., J.), not to the sentence.
        if (i < end && text[i] == '.')
        {
            var word = text.Substring(start, i - start);
            var lower = word.ToLowerInvariant();
            if (CueLexicon.Abbreviations.Contains(lower) || (word.Length == 1 && char.IsUpper(word[0])) || word.IndexOf('.') > 0 || IsPartyState(word)
                || (CueLexicon.StateAbbreviations.Contains(lower) && ContinuesAfter(text, i + 1, end)))
            {
                i++;
            }
        }

        tokens.Add(new ProseToken(ProseTokenKind.Word, start, i, text));
        return i;
    }

    /// <summary>
    /// Whether the sentence goes on after a period at <paramref name="from"/> - 1: a comma, a closing parenthesis or a
    /// lower-case word follows ("Allentown, Pa., said", "Ames, Iowa, and"), so "Pa." is an abbreviation there.
    /// </summary>
    private static bool ContinuesAfter(string text, int from, int end)
    {
        var k = from;
        while (k < end && text[k] == ' ')
        {
            k++;
        }

        return k < end && (text[k] is ',' or ')' or ';' || char.IsLower(text[k]));
    }

    /// <summary>R-Ky, D-N.Y: the party and state of an American lawmaker.</summary>
    public static bool IsPartyState(string word) =>
        word.Length >= 3 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    private static void NumberSentences(List<ProseToken> tokens)
    {
        var sentence = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            token.Sentence = sentence;
            if (token.Kind == ProseTokenKind.Punctuation && (token.Is('.') || token.Is('!') || token.Is('?')))
            {
                sentence++;
            }
            else if (token.IsQuote && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && EndsSentence(token.QuotedText)
                && !IsAttributionAfter(tokens, i + 1))
            {
                // “We are done.” The minister left. — but not “We are done.” Smith said.
                sentence++;
            }
        }
    }

    private static bool EndsSentence(string quoted)
    {
        var trimmed = quoted.TrimEnd();
        return trimmed.Length > 0 && trimmed[trimmed.Length - 1] is '.' or '!' or '?';
    }

    private static bool IsAttributionAfter(List<ProseToken> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k < start + 8; k++)
        {
            var token = tokens[k];
            if (!token.IsWord)
            {
                return false;
            }

            if (token.IsSpeechVerb)
            {
                return true;
            }
        }

        return false;
    }
}
