using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace NewsDsl.Evaluation;

/// <summary>One way a suggested speaker can be right: it shares a name word, or it is a description with this head noun.</summary>
internal sealed record Target(HashSet<string>? NameWords, string? Head);

/// <summary>
/// What a right speaker for a gold quotation must match. A named source by its name words; a pronoun
/// or a description against a stand-in, the nearest earlier annotated source that names someone
/// (gender-agreeing for he/she where the article shows the gender); a description also by its own
/// named modifier or its head noun.
/// </summary>
internal static class GoldTargets
{
    private static readonly HashSet<string> s_maleWords = Words.Set("mr man father son brother husband spokesman chairman congressman councilman businessman king uncle grandfather boyfriend");
    private static readonly HashSet<string> s_femaleWords = Words.Set("mrs ms miss woman mother daughter sister wife spokeswoman chairwoman congresswoman councilwoman businesswoman queen aunt grandmother girlfriend");

    private static readonly HashSet<string> s_maleNames = Words.Set(@"donald barack joe mike michael tim bernie paul mitch ted marco john jeb ben rudy newt
reince bill robby gary evan david james robert william richard thomas charles daniel mark steven steve kevin brian
george edward jason jeff jeffrey ryan eric jacob gregory frank scott jonathan stephen larry justin brandon samuel
benjamin patrick jack dennis jerry tyler aaron henry adam douglas peter nathan zachary kyle walter harold carl
arthur gerald roger keith lawrence sean christian austin dylan bryan joseph anthony andrew kenneth
joshua matthew eli elijah harry rand rick rob roy ron ronald tom tony trey vince wayne corey cory
jim jimmy kenny leon luis carlos jose juan jorge vladimir");

    private static readonly HashSet<string> s_femaleNames = Words.Set(@"hillary michelle melania ivanka huma donna debbie elizabeth nancy sarah jill kellyanne
mary patricia jennifer linda barbara susan jessica karen lisa betty dorothy sandra ashley kimberly emily carol
amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
nicole samantha katherine christine rachel carolyn janet catherine maria heather diane julie joyce victoria
christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann alice kathryn
gloria teresa doris sara janice julia marie madison grace judy theresa beverly denise marilyn amber danielle rose
brittany diana abigail jane natalie lori tiffany alexis kayla tina melanie olive condoleezza nikki
kamala tammy kirsten dianne claire maxine sheila loretta valerie madeleine");

    private static readonly Regex s_dotted = new("[A-Za-z][A-Za-z.'’]*", RegexOptions.CultureInvariant);

    /// <summary>'m', 'f' or null for a named source: a gendered word, an honorific before its surname in the article, or a common first name.</summary>
    public static char? GenderOf(string text, string source)
    {
        var core = SpeakerNames.FirstPart(source);
        var words = s_dotted.Matches(core).Select(m => m.Value.ToLowerInvariant().TrimEnd('.')).ToList();
        if (words.Any(s_maleWords.Contains))
        {
            return 'm';
        }

        if (words.Any(s_femaleWords.Contains))
        {
            return 'f';
        }

        var names = SpeakerNames.WordsOf(core).Where(w => char.IsAsciiLetterUpper(w[0])).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var last = Regex.Escape(Regex.Replace(names[names.Count - 1], "['’]s?$", ""));
        var honorific = Regex.Match(text, @"\b(Mr|Mrs|Ms|Miss)\.? " + last + @"\b");
        if (honorific.Success)
        {
            return honorific.Groups[1].Value == "Mr" ? 'm' : 'f';
        }

        var firsts = names.Take(names.Count - 1).Select(n => n.ToLowerInvariant()).ToList();
        firsts.AddRange(Regex.Matches(text, @"\b([A-Z][a-z]+) (?:[A-Z]\. )?" + last + @"\b").Select(m => m.Groups[1].Value.ToLowerInvariant()));
        if (names.Count == 1)
        {
            firsts.Add(names[0].ToLowerInvariant());
        }

        foreach (var first in firsts)
        {
            if (s_maleNames.Contains(first))
            {
                return 'm';
            }

            if (s_femaleNames.Contains(first))
            {
                return 'f';
            }
        }

        return null;
    }

    /// <summary>The targets of a gold unit (empty: no gold source) and, per relation, how it was scored.</summary>
    public static (List<Target> Targets, List<string> Kinds) Of(string text, List<GoldRelation> relations, GoldUnit unit)
    {
        var targets = new List<Target>();
        var kinds = new List<string>();
        foreach (var relation in unit.Relations)
        {
            var source = GoldReader.SpanText(text, relation.Source);
            if (source.Length == 0)
            {
                continue;
            }

            var sourceClass = SpeakerNames.SourceClass(text, source);
            if (sourceClass == "named")
            {
                targets.Add(new Target(SpeakerNames.NameWords(source), null));
                kinds.Add("named");
                continue;
            }

            var lower = Words.Strip(source).ToLowerInvariant();
            var personal = SpeakerNames.Personal.Contains(lower);
            char? wanted = lower switch { "he" or "him" or "his" => 'm', "she" or "her" => 'f', _ => null };
            var start = relation.Source.Min(f => f.Start);
            (int At, HashSet<string> Words)? best = null, unsexed = null;
            foreach (var other in relations)
            {
                if (other.Source.Count == 0 || other.Source.Min(f => f.Start) >= start)
                {
                    continue;
                }

                var otherText = GoldReader.SpanText(text, other.Source);
                if (personal && SpeakerNames.SourceClass(text, otherText) != "named")
                {
                    continue;
                }

                var w = SpeakerNames.NameWords(otherText);
                var at = other.Source.Min(f => f.Start);
                if (w.Count == 0)
                {
                    continue;
                }

                if (unsexed is null || at > unsexed.Value.At)
                {
                    unsexed = (at, w);
                }

                if (wanted is not null && GenderOf(text, otherText) is { } g && g != wanted)
                {
                    continue;
                }

                if (best is null || at > best.Value.At)
                {
                    best = (at, w);
                }
            }

            best ??= unsexed;
            if (best is not null)
            {
                targets.Add(new Target(best.Value.Words, null));
            }

            if (sourceClass == "nominal")
            {
                if (SpeakerNames.NameWords(source) is { Count: > 0 } own)
                {
                    targets.Add(new Target(own, null));
                }

                if (SpeakerNames.NominalHead(source) is { } head)
                {
                    targets.Add(new Target(null, head));
                }
            }

            kinds.Add(best is not null ? "stand-in" : "no stand-in");
        }

        return (targets, kinds);
    }

    /// <summary>Whether a suggested speaker's forms (name and aka) match one of the targets.</summary>
    public static bool IsRight(IReadOnlyList<string> forms, List<Target> targets)
    {
        var words = new HashSet<string>();
        var heads = new HashSet<string>();
        foreach (var form in forms)
        {
            var w = SpeakerNames.NameWords(form);
            words.UnionWith(w);
            if (w.Count == 0 && SpeakerNames.NominalHead(form) is { } head)
            {
                heads.Add(head);
            }
        }

        return targets.Any(t => (t.NameWords is not null && t.NameWords.Overlaps(words)) || (t.Head is not null && heads.Contains(t.Head)));
    }
}
