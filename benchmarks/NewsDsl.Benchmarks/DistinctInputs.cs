using System;
using System.Globalization;
using System.Text;

namespace NewsDsl.Benchmarks;

/// <summary>
/// The second ~1 MB input of issue 8 section 2: ONE large article (one front matter) whose body is
/// the prose of about a hundred DISTINCT generated stories, each under its own <c>## </c> heading
/// with its own source declarations, people, places, quotations, claims and figures.
/// </summary>
/// <remarks>
/// Why: <see cref="Inputs.LargeArticle"/> repeats the seed's body about a hundred times, so every
/// figure (<c>about="missiles-fired"</c> and the like) is given again and again by the same sources
/// and draws 482 NEWS106 findings, and every name and sentence repeats (which flatters string
/// tables and caches). Real copy is not like that. This generator is deterministic (a fixed seed,
/// <see cref="Random"/> with a seed is stable across runs of one runtime) and writes invented
/// sentences only: syllable-made names and places, phrases drawn from small word lists, so no
/// story shares its subject, people or figure labels with another. Like real copy it still has
/// some findings: roughly one story in eight reports two sources that disagree on a figure
/// (NEWS106, as wire copy does when it says so), and some sentences end in a bare cue or use a
/// loaded verb. It is one article rather than many so that Markdig parses exactly the same text.
/// </remarks>
public static class DistinctInputs
{
    public const int Seed = 20261203;

    private static readonly string[] s_onsets = { "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kl", "st", "tr", "sh", "ch" };
    private static readonly string[] s_vowels = { "a", "e", "i", "o", "u", "ai", "ei", "ou", "ia" };
    private static readonly string[] s_codas = { "", "", "n", "r", "l", "s", "m", "k", "nd", "rt" };
    private static readonly string[] s_topics = { "water tariff", "bridge repair", "school meals", "port strike", "grain harvest", "hospital waiting list", "bus fares", "flood defences", "rent cap", "fishing quota", "library closures", "power outage", "teachers' pay", "tram line", "landfill site", "wind farm", "vaccine drive", "rail timetable", "steel plant", "wildfire season" };
    private static readonly string[] s_units = { "households", "jobs", "kilometres of track", "tonnes of grain", "patients", "homes", "workers", "schools", "hectares", "vehicles" };
    private static readonly string[] s_roles = { "mayor of {0}", "health minister of {0}", "chair of the {0} council", "head of the {0} port authority", "spokeswoman for the {0} water board", "leader of the {0} teachers' union", "finance director of {0}", "police chief of {0}" };
    private static readonly string[] s_orgKinds = { "Council", "Water Board", "Transport Authority", "Chamber of Commerce", "Farmers' Union", "Hospital Trust", "Port Authority", "Housing Association" };
    private static readonly string[] s_media = { "Radio", "Daily Courier", "Evening Post", "Television", "Herald" };
    private static readonly string[] s_adjectives = { "new", "long-delayed", "costly", "modest", "contested", "temporary", "regional", "overdue", "ambitious", "narrow", "sweeping", "quiet", "early", "second", "final" };
    private static readonly string[] s_nouns = { "plan", "budget", "inquiry", "vote", "contract", "survey", "deal", "review", "proposal", "tender", "audit", "timetable", "petition", "report", "scheme" };
    private static readonly string[] s_verbs = { "would cover", "left out", "depends on", "was meant to fix", "could delay", "will be paid from", "was signed before", "puts pressure on", "has doubled", "was cut from", "spreads over", "leaves room for" };
    private static readonly string[] s_objects = { "the older districts", "the spring months", "the northern suburbs", "next year's accounts", "the river crossing", "the night shift", "the three villages", "the harbour front", "the new estates", "the regional grid" };
    private static readonly string[] s_days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    private static readonly string[] s_cues = { "said", "said", "said", "told reporters", "added", "wrote in a statement", "said in an interview" };
    private static readonly string[] s_loaded = { "admitted", "insisted", "claimed", "conceded" };
    private static readonly string[] s_terms = { "rolling review", "fair-share levy", "green corridor", "night tariff", "pilot scheme" };

    /// <summary>The article: one front matter, then distinct stories until it holds at least <paramref name="chars"/> UTF-16 characters.</summary>
    public static string LargeDistinctArticle(int chars = Inputs.LargeArticleChars)
    {
        var rng = new Random(Seed);
        var sb = new StringBuilder(chars + 16_384);
        sb.Append("---\nid: distinct-stories\nheadline: Generated regional news, one story after another\npublished: 2026-12-03\ndesk: Regional Desk\n---\n\n");
        sb.Append("%% Generated by DistinctInputs (benchmarks): invented stories, names and figures, no two alike.\n");
        for (var story = 0; sb.Length < chars; story++)
        {
            AppendStory(sb, rng, story);
        }

        return sb.ToString();
    }

    private static void AppendStory(StringBuilder sb, Random rng, int story)
    {
        var place = Capitalize(Word(rng, 2, 3));
        var topic = Pick(rng, s_topics);
        var label = $"{topic.Replace(' ', '-').Replace("'", string.Empty)}-{story}";
        var prefix = "s" + story.ToString(CultureInfo.InvariantCulture);

        // Three named people, an organization, a media outlet; every second story also an anonymous source.
        var people = new (string Id, string First, string Last, string Role)[3];
        for (var p = 0; p < people.Length; p++)
        {
            var last = Capitalize(Word(rng, 2, 3));
            people[p] = ($"{prefix}-{last.ToLowerInvariant()}{p}", Capitalize(Word(rng, 2, 2)), last, string.Format(CultureInfo.InvariantCulture, Pick(rng, s_roles), place));
        }

        var orgName = $"{place} {Pick(rng, s_orgKinds)}";
        var orgId = $"{prefix}-org";
        var mediaName = $"{place} {Pick(rng, s_media)}";
        var mediaId = $"{prefix}-media";
        var hasAnonymous = story % 2 == 1;
        var anonId = $"{prefix}-anon";

        sb.Append("\n## ").Append(place).Append(": the ").Append(topic).Append(" ").Append(Pick(rng, s_nouns)).Append('\n');
        sb.Append('\n');
        foreach (var (id, first, last, role) in people)
        {
            sb.Append("@source ").Append(id).Append(" person name=\"").Append(first).Append(' ').Append(last)
                .Append("\" title=\"").Append(Capitalize(role)).Append("\" aka=\"").Append(last).Append("\"\n");
        }

        sb.Append("@source ").Append(orgId).Append(" organization name=\"").Append(orgName).Append("\"\n");
        sb.Append("@source ").Append(mediaId).Append(" media name=\"").Append(mediaName).Append("\"\n");
        if (hasAnonymous)
        {
            sb.Append("@source ").Append(anonId).Append(" anonymous name=\"Two officials at the ").Append(orgName)
                .Append("\" reason=\"not authorised to speak before the vote\"\n");
        }

        sb.Append('\n');
        var figure = rng.Next(12, 9_000);
        var unit = Pick(rng, s_units);
        sb.Append("In ").Append(place).Append(" on ").Append(Pick(rng, s_days)).Append(", ").Append(Sentence(rng)).Append(", and the ").Append(topic)
            .Append(" ").Append(Pick(rng, s_nouns)).Append(" now reaches ").Append(figure.ToString("N0", CultureInfo.InvariantCulture)).Append(' ').Append(unit)
            .Append(", by the count of [the ").Append(orgName).Append(", which said ").Append(figure.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit)
            .Append(" were affected]{@").Append(orgId).Append(" cue=\"said\" about=\"").Append(label).Append("\" value=\"").Append(figure.ToString(CultureInfo.InvariantCulture)).Append("\"}.\n\n");

        var paragraphs = rng.Next(14, 22);
        for (var k = 0; k < paragraphs; k++)
        {
            var (id, first, last, role) = people[rng.Next(people.Length)];
            switch (rng.Next(9))
            {
                case 0:
                case 1:
                    // A quotation, its tag, then the speaker named after it.
                    sb.Append('“').Append(Capitalize(Sentence(rng))).Append(", and ").Append(Sentence(rng)).Append(",”{@").Append(id)
                        .Append(" cue=\"said\"} ").Append(last).Append(" said. ").Append(Capitalize(Sentence(rng))).Append(".\n\n");
                    break;
                case 2:
                    // The speaker first, then a quotation with a nested one and an editorial insertion.
                    sb.Append(first).Append(' ').Append(last).Append(", the ").Append(role).Append(", ").Append(Pick(rng, s_cues))
                        .Append(": “If they [the ").Append(orgName).Append("] call it ‘the ").Append(Pick(rng, s_adjectives)).Append(' ')
                        .Append(Pick(rng, s_nouns)).Append("’, ").Append(Sentence(rng)).Append(".”{@").Append(id).Append(" cue=\"said\"}\n\n");
                    break;
                case 3:
                    // A claim from the outlet, sometimes with a second figure that agrees.
                    sb.Append(mediaName).Append(" reported that [").Append(Sentence(rng)).Append("]{@").Append(mediaId).Append(" cue=\"reported\"}");
                    if (rng.Next(3) == 0)
                    {
                        sb.Append(", and that [about ").Append(figure.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit)
                            .Append(" were on the list]{@").Append(mediaId).Append(" about=\"").Append(label).Append("\" value=\"~")
                            .Append(figure.ToString(CultureInfo.InvariantCulture)).Append("\"}");
                    }

                    sb.Append(". ").Append(Capitalize(Sentence(rng))).Append(".\n\n");
                    break;
                case 4:
                    // Plain prose with apostrophes, a term in quotation marks and a second figure of its own.
                    sb.Append("In ").Append(place).Append("’s ").Append(Pick(rng, s_nouns)).Append(", ").Append(Sentence(rng))
                        .Append(", under what officials call the “").Append(Pick(rng, s_terms)).Append("”{term}. Residents' groups counted ")
                        .Append(rng.Next(2, 400).ToString(CultureInfo.InvariantCulture)).Append(" complaints since ").Append(Pick(rng, s_days))
                        .Append(", and ").Append(Sentence(rng)).Append(".\n\n");
                    break;
                case 5:
                    // The anonymous source (or the organization) with a paraphrase.
                    var who = hasAnonymous ? anonId : orgId;
                    var whoText = hasAnonymous ? "Two officials, who asked not to be named," : "The " + orgName;
                    sb.Append(whoText).Append(" said [").Append(Sentence(rng)).Append("]{@").Append(who).Append(" cue=\"said\"}. ")
                        .Append(Capitalize(Sentence(rng))).Append(".\n\n");
                    break;
                case 6:
                    // A quotation with a loaded verb now and then (NEWS105 in real copy too).
                    var verb = rng.Next(4) == 0 ? Pick(rng, s_loaded) : "said";
                    sb.Append('‘').Append(Capitalize(Sentence(rng))).Append(",’{@").Append(id).Append(" cue=\"").Append(verb).Append("\"} ")
                        .Append(last).Append(' ').Append(verb).Append(" when asked about ").Append(Pick(rng, s_objects)).Append(".\n\n");
                    break;
                case 7:
                    // Two sentences of plain prose, no markup at all.
                    sb.Append(Capitalize(Sentence(rng))).Append(". ").Append(Capitalize(Sentence(rng))).Append(" in ").Append(place)
                        .Append(", where ").Append(Sentence(rng)).Append(".\n\n");
                    break;
                default:
                    // A multi-paragraph quotation: the first paragraph left open, the next opening again.
                    sb.Append('“').Append(Capitalize(Sentence(rng))).Append(". ").Append(Capitalize(Sentence(rng))).Append(".\n\n")
                        .Append('“').Append(Capitalize(Sentence(rng))).Append(",”{@").Append(id).Append(" cue=\"said\"} said ")
                        .Append(first).Append(' ').Append(last).Append(".\n\n");
                    break;
            }
        }

        // About one story in eight: a source disputes the organization's figure, as real copy reports it.
        if (story % 8 == 3)
        {
            var other = figure + rng.Next(figure / 2 + 5, figure + 50);
            sb.Append(people[0].First).Append(' ').Append(people[0].Last).Append(" disputed the count, saying [")
                .Append(other.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit).Append(" were affected]{@").Append(people[0].Id)
                .Append(" cue=\"said\" about=\"").Append(label).Append("\" value=\"").Append(other.ToString(CultureInfo.InvariantCulture)).Append("\"}.\n\n");
        }

        // Every declared source is cited at least once (no NEWS003 from the generator).
        sb.Append("Also quoted: ");
        for (var p = 0; p < people.Length; p++)
        {
            sb.Append('“').Append(Sentence(rng)).Append("”{@").Append(people[p].Id).Append("} (").Append(people[p].Last).Append("), ");
        }

        sb.Append("and [").Append(Sentence(rng)).Append("]{@").Append(hasAnonymous ? anonId : orgId).Append("}, while ")
            .Append(mediaName).Append(" wrote that [").Append(Sentence(rng)).Append("]{@").Append(mediaId).Append("}.\n");
    }

    private static string Sentence(Random rng) =>
        $"the {Pick(rng, s_adjectives)} {Pick(rng, s_nouns)} {Pick(rng, s_verbs)} {Pick(rng, s_objects)}";

    private static string Word(Random rng, int minSyllables, int maxSyllables)
    {
        var count = rng.Next(minSyllables, maxSyllables + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pick(rng, s_onsets)).Append(Pick(rng, s_vowels));
        }

        return sb.Append(Pick(rng, s_codas)).ToString();
    }

    private static string Pick(Random rng, string[] items) => items[rng.Next(items.Length)];

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
}
