using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Language;

/// <summary>
/// What the language's syntax is, for tools (in the spirit of Roslyn's <c>SyntaxFacts</c>): kind keywords,
/// the id rule, hidden characters, what a line is, how a value is escaped. The parser and the rules use the
/// same answers, so an adapter that asks here never drifts from the language.
/// </summary>
public static class NewsSyntaxFacts
{
    private static readonly IReadOnlyList<string> s_kindKeywords = new ReadOnlyCollection<string>(Parsing.SourceKindKeywords.List.Split(new[] { ", " }, StringSplitOptions.None));

    /// <summary>The source kinds a declaration may give, in the contract's order: <c>person</c>, <c>organization</c>…</summary>
    public static IReadOnlyList<string> SourceKindKeywords => s_kindKeywords;

    /// <summary>Whether <paramref name="text"/> is a source kind keyword (exactly, lowercase).</summary>
    public static bool IsSourceKindKeyword(string text) => text is not null && Parsing.SourceKindKeywords.IsKeyword(text);

    /// <summary>The keyword of a kind (<c>organization</c>).</summary>
    public static string GetKeyword(SourceKind kind) => SourceKinds.ToKeyword(kind);

    /// <summary>The kind a keyword names, or null.</summary>
    public static SourceKind? GetSourceKind(string keyword) => SourceKinds.Parse(keyword);

    /// <summary>
    /// The contract's rule for article and source ids: lowercase ASCII letters, digits and single hyphens,
    /// starting with a letter and not ending with a hyphen (<c>iran-tv</c>).
    /// </summary>
    public static bool IsValidId(string id) => id is not null && CharacterClasses.IsValidId(id);

    /// <summary>A character an id may contain (what an id typed so far may consist of).</summary>
    public static bool IsIdCharacter(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';

    /// <summary>
    /// The characters NEWS100 refuses anywhere in an article: bidirectional controls (U+202A–U+202E,
    /// U+2066–U+2069) and invisible characters (U+200B–U+200D, U+2060, U+FEFF after the start).
    /// </summary>
    public static string HiddenCharacters => CharacterClasses.HiddenCharacters;

    /// <summary>Whether NEWS100 refuses <paramref name="c"/>.</summary>
    public static bool IsHiddenCharacter(char c) => CharacterClasses.HiddenCharacters.IndexOf(c) >= 0;

    /// <summary>
    /// What a body line is (contract §1), from its text without the line break: an editor's note (<c>%%</c>),
    /// a heading (<c>#</c> or <c>##</c> then a space or tab), a source declaration (<c>@source</c> then a space,
    /// a tab or nothing), blank, or prose.
    /// </summary>
    public static NewsLineKind ClassifyLine(string line)
    {
        if (line is null)
        {
            throw new ArgumentNullException(nameof(line));
        }

        return ClassifyLine(line, 0, line.Length);
    }

    /// <summary>The same for the line of <paramref name="text"/> at <paramref name="start"/>, <paramref name="length"/> characters long.</summary>
    public static NewsLineKind ClassifyLine(string text, int start, int length)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var blank = true;
        for (var i = start; i < start + length && blank; i++)
        {
            blank = CharacterClasses.IsSpaceOrNone(text[i]);
        }

        if (blank)
        {
            return NewsLineKind.Blank;
        }

        var first = text[start];
        if (first == '%' && length >= 2 && text[start + 1] == '%')
        {
            return NewsLineKind.EditorsNote;
        }

        if (first == '@' && length >= 7 && string.CompareOrdinal(text, start, "@source", 0, 7) == 0 && (length == 7 || CharacterClasses.IsHorizontalSpace(text[start + 7])))
        {
            return NewsLineKind.SourceDeclaration;
        }

        if (first == '#')
        {
            var level = 0;
            while (level < length && text[start + level] == '#')
            {
                level++;
            }

            if (level <= 2 && level < length && CharacterClasses.IsHorizontalSpace(text[start + level]))
            {
                return NewsLineKind.Heading;
            }
        }

        return NewsLineKind.Prose;
    }

    /// <summary>A value for a double-quoted attribute (<c>name="…"</c>): <c>\</c> and <c>"</c> escaped (contract §2).</summary>
    public static string EscapeAttributeValue(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        if (value.IndexOf('\\') < 0 && value.IndexOf('"') < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\\' or '"')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
