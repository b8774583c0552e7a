using System;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Text;

namespace NewsDsl.Language.Rules;

/// <summary>
/// NEWS100: bidirectional controls and invisible characters. They can make a quotation display
/// differently from what it says (the "Trojan Source" problem), so a story must not run with them.
/// </summary>
internal sealed class HiddenCharacterRule : NewsRule
{
    public static readonly NewsDiagnosticDescriptor Rule = new(
        "NEWS100",
        "Hidden or bidirectional control character",
        "Hidden character {0} can make the text read differently from what it says: delete it (retype the words around it if they were pasted)",
        "Integrity",
        NewsSeverity.Error,
        "Bidirectional controls (U+202A–U+202E, U+2066–U+2069) and invisible characters (U+200B–U+200D, U+2060, U+FEFF after the start) are refused anywhere in an article.");

    private const string HiddenCharacters = Parsing.CharacterClasses.HiddenCharacters;

    public override NewsDiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var text = context.Text.Content;
        var position = 0;
        var count = 0;
        while (position < text.Length)
        {
            // IndexOfAny over the fixed set: one vectorised pass on modern runtimes.
            var found = text.AsSpan(position).IndexOfAny(HiddenCharacters.AsSpan());
            if (found < 0)
            {
                break;
            }

            position += found;
            if (++count % 1024 == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            context.Report(Rule, new TextSpan(position, 1), Describe(text[position]));
            position++;
        }
    }

    public static string Describe(char c)
    {
        var name = c switch
        {
            '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
            '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
            '\u202C' => "POP DIRECTIONAL FORMATTING",
            '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
            '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
            '\u2066' => "LEFT-TO-RIGHT ISOLATE",
            '\u2067' => "RIGHT-TO-LEFT ISOLATE",
            '\u2068' => "FIRST STRONG ISOLATE",
            '\u2069' => "POP DIRECTIONAL ISOLATE",
            '\u200B' => "ZERO WIDTH SPACE",
            '\u200C' => "ZERO WIDTH NON-JOINER",
            '\u200D' => "ZERO WIDTH JOINER",
            '\u2060' => "WORD JOINER",
            '\uFEFF' => "ZERO WIDTH NO-BREAK SPACE (a byte order mark after the start of the file)",
            _ => "CONTROL CHARACTER",
        };
        return $"U+{(int)c:X4} {name}";
    }
}
