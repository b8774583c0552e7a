using System;
using System.Collections.Generic;

namespace NewsDsl.Language.Suggestions;

/// <summary>The words the attribution grammar knows: speech verbs, roles, titles, and words that are not speakers.</summary>
internal static class CueLexicon
{
    private static WordSet Set(string words) => new(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Speech verbs in every form news copy uses them.</summary>
    public static readonly WordSet SpeechVerbs = Set(@"
say says said saying tell tells told telling add adds added adding write writes wrote writing
ask asks asked asking noted noting warn warns warned warning insist insists insisted insisting
argue argues argued arguing called calling likened likening chanted chanting
declare declares declared declaring stated explain explains explained explaining
reply replies replied replying respond responds responded responding answered
recall recalls recalled recalling remarked commented commenting
claimed claiming contend contends contended maintains maintained
acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting announce announces announced announcing
assert asserts asserted boasted complain complains complained complaining concede concedes conceded
confirm confirms confirmed confirming deny denies denied denying describe describes described describing
emphasised emphasising emphasized emphasizing stressed stressing
suggest suggests suggested tweeted tweeting posted reported
threaten threatens threatened threatening vowed vowing promised promising
predict predicts predicted urged urging joked joking quipped
shouted yelled screamed whispered exclaimed
recounted observed observing continued concluded concluding
countered lamented reflected hinted indicated indicates
pledged demanded pleaded testify testifies testified
muttered wondered mused texted emailed
accused accusing criticised criticized praised hailed
sang chanting agreed disagreed cautioned cautioning alleged alleging reiterated reiterating
questioned reacted retorted snapped scolded mocked boasts claims notes concludes recalled tweets quipped
interjected interjecting echoed echoing barked boomed continues demurred scoffed fumed gloated pressed
sang
");

    /// <summary>Words besides the speech verbs that make a clause before a comma or colon introduce a quotation ("issued a statement,", "as Ruiz put it,").</summary>
    public static readonly WordSet IntroductionWords = Set("statement message put puts pointed sings cracked blogged yelling interjecting response remarks words tweet");

    /// <summary>Words that open a new clause, whose subject may be someone other than the sentence's.</summary>
    public static readonly WordSet ClauseWords = Set("that which who whom whose because while when whether if after before as since although though where until unless and but or than");

    /// <summary>Nouns that, after "the", stand for the body last named (<c>the group said</c>).</summary>
    public static readonly WordSet GenericBodies = Set("group company firm organisation organization agency body federation association union party institute council ministry department");

    /// <summary>Prepositions that open a sentence with an adverbial phrase, not its subject (<c>Like Rove, …</c>, <c>In a statement, …</c>).</summary>
    public static readonly WordSet Prepositions = Set(@"
in on at by for from with after before during like unlike despite since under over about among amid amidst without
within through throughout following as upon into onto toward towards near across behind beyond against except besides
until asked speaking according while although though whereas unless because when if once
");

    /// <summary>Number words: at a sentence start they count people, they do not name them.</summary>
    public static readonly WordSet NumberWords = Set(@"
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty fifty
hundred hundreds thousand thousands million millions dozens dozen half both several few many most some all
");

    /// <summary>Speech verbs that begin a participle clause: <c>, saying “…”</c>, <c>, adding that …</c>.</summary>
    /// <summary>
    /// (length, first, last) of every speech verb: a word whose lower-case form misses all of them is no speech
    /// verb, which the tokens check without cutting the word out of the text (most words are not verbs).
    /// </summary>
    private static readonly HashSet<long> s_speechVerbShapes = Shapes(SpeechVerbs);

    private static HashSet<long> Shapes(WordSet words)
    {
        var shapes = new HashSet<long>();
        words.ForEach(word => shapes.Add(Shape(word.Length, word[0], word[word.Length - 1])));
        return shapes;
    }

    /// <summary>The shape of a lower-case word; callers pass characters already mapped as <see cref="ProseToken.Lower"/> maps them.</summary>
    public static long Shape(int length, char first, char last) => ((long)length << 32) | ((long)first << 16) | last;

    /// <summary>Whether a word of this lower-case shape may be a speech verb (false: it certainly is not).</summary>
    public static bool MayBeSpeechVerb(long shape) => s_speechVerbShapes.Contains(shape);

    public static bool IsParticiple(string lower) => lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The days of the week, which date a statement ("Ruiz on Friday said").</summary>
    public static readonly WordSet Weekdays = Set(@"
monday tuesday wednesday thursday friday saturday sunday
");

    /// <summary>Words that may stand between a speaker and the speech verb: <c>Zarif later said</c>, <c>he was quoted as saying</c>.</summary>
    public static readonly WordSet VerbModifiers = Set(@"
also later then again has had have was were is are would will previously reportedly once recently separately
repeatedly further quickly simply only just still already earlier quoted as did does initially first finally
publicly privately angrily flatly bluntly told
");

    public static readonly WordSet Pronouns = Set("he she it they");

    public static readonly WordSet Determiners = Set("the a an two three four five several some many both one its his her their another each");

    /// <summary>Lower-case words that head a speaker phrase: roles, bodies and groups.</summary>
    public static readonly WordSet RoleNouns = Set(@"
spokesman spokeswoman spokesperson spokespeople office member members staffer official officials minister ministers president premier leader leaders
chief director head secretary governor mayor senator lawmaker lawmakers congressman congresswoman ambassador envoy
diplomat diplomats commander general officer officers police policeman policewoman source sources witness witnesses
resident residents analyst analysts expert experts economist economists executive executives chairman chairwoman
chairperson manager owner founder lawyer lawyers attorney prosecutor prosecutors judge judges doctor doctors nurse
teacher teachers student students protester protesters activist activists worker workers farmer farmers voter voters
ministry department agency company firm government administration authorities union council committee court army military
statement report letter memo filing document documents military's organisers organizers campaigners rebels insurgents
regulator regulators board bank group groups party coalition campaign team club league network channel broadcaster
newspaper media agency's investors traders fans parents officials' aide aides adviser advisers advisor researchers researcher
scientist scientists professor coach captain negotiator negotiators mediator mediators medic medics paramedic paramedics
survivor survivors victim victims mother father wife husband son daughter sister brother friend neighbour neighbor
neighbours neighbors man woman men women spokesmen spokeswomen staff employees employee inspector detective sheriff
consultant consultants pollster strategist strategists contributor anchor host moderator correspondent reporter reporters
editor columnist commentator candidate nominee pastor supporter supporters critic critics donor donors organizer
writer blogger author historian demographer pundit
front-runner frontrunner hopeful contender challenger incumbent councillor councilor councilman councilwoman
businessman businesswoman mogul billionaire entrepreneur
");

    /// <summary>Lower-case words allowed inside a speaker phrase before its head (<c>a senior security official</c>).</summary>
    public static readonly WordSet PhraseModifiers = Set(@"
senior former top chief deputy local foreign state national security military government interior defense defence
federal regional police health finance economy trade justice energy oil education transport environment press
elected unnamed anonymous independent opposition ruling rival other junior acting interim assistant associate vice
general high-ranking lead leading spokesperson's prime white house of for at in the a an two three several some
official company's ministry's party's union's army's's hospital airport city county town village news wire
presidential vice-presidential congressional gubernatorial mayoral senatorial republican democratic gop conservative
liberal progressive retired longtime veteran presumptive likely fellow estate real
");

    /// <summary>Words before a name that are titles or honorifics, not part of the name.</summary>
    public static readonly WordSet TitleWords = Set(@"
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. president vice prime minister foreign defense defence interior finance
secretary general gen gen. lt lt. lieutenant colonel col col. major maj maj. captain capt capt. sergeant sgt sgt.
brigadier admiral adm adm. commander cmdr senator sen sen. representative rep rep. governor gov gov. mayor chancellor
chief director leader ayatollah sheikh king queen prince princess emir sultan pope cardinal bishop rev rev. rabbi imam
judge justice secretary-general commissioner ambassador spokesman spokeswoman ceo chairman chairwoman coach inspector detective sheriff
deputy premier speaker state energy trade economy health justice attorney supreme
councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman delegate del del. superintendent
");

    /// <summary>Capitalized words that are not names at the start of a phrase.</summary>
    public static readonly WordSet NotNames = Set(@"
the a an in on at by for from with after before during but and or so yet however meanwhile later earlier instead
then still also when while although though because since if as asked told monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december today yesterday
this that these those there here it its he she they we i his her their our my you your what which who whom whose
one some many several both all each every no not last next first second third new despite under over about
according neither either nor just even now back sometimes often more less another other like unlike only
to perhaps maybe nobody everybody everyone somebody someone anyone between
");

    /// <summary>Words that end a speaker phrase read backwards (they belong to the clause before).</summary>
    public static readonly WordSet PhraseBreakers = Set(@"
and but or nor that which who whom whose what when where while as because since if than though although
in on at by from with to into onto after before during about over under between against without within
is was were are be been being has had have do does did not no so also then
");

    /// <summary>Titles only a person holds: a name after one of them is a person (<c>White House spokesman Josh Earnest</c>).</summary>
    public static readonly WordSet PersonTitles = Set(@"
mr mr. mrs mrs. ms ms. dr dr. spokesman spokeswoman spokesperson chairman chairwoman chairperson chair president
secretary senator sen sen. rep rep. representative congressman congresswoman governor gov gov. mayor director chief
leader minister ambassador commissioner adviser advisor aide manager strategist pollster economist analyst
professor prof prof. lawyer attorney judge justice candidate nominee founder executive ceo officer official
press deputy columnist correspondent reporter editor anchor co-anchor host commentator writer blogger consultant
");

    /// <summary>Abbreviated titles and the word a later description uses for them (<c>Sen.</c> → <c>the senator</c>).</summary>
    private static readonly Dictionary<string, string> s_titleAbbreviations = new(StringComparer.Ordinal)
    {
        ["sen."] = "senator",
        ["sen"] = "senator",
        ["rep."] = "congressman",
        ["rep"] = "congressman",
        ["gov."] = "governor",
        ["gov"] = "governor",
        ["gen."] = "general",
        ["gen"] = "general",
        ["lt."] = "lieutenant",
        ["col."] = "colonel",
        ["sgt."] = "sergeant",
        ["capt."] = "captain",
        ["adm."] = "admiral",
        ["prof."] = "professor",
        ["dr."] = "doctor",
        ["rev."] = "reverend",
        ["atty."] = "attorney",
        ["supt."] = "superintendent",
    };

    /// <summary>The word a later description uses for an abbreviated title, if it is one.</summary>
    public static bool TryGetSpelledTitle(string abbreviation, out string spelled) => s_titleAbbreviations.TryGetValue(abbreviation, out spelled!);

    /// <summary>Words of organisations.</summary>
    public static readonly WordSet OrganizationWords = Set(@"
ministry department corps council agency party company inc inc. corp corp. ltd ltd. group association union committee
office bank university pentagon kremlin police army military government court commission institute foundation
federation organization organisation authority authorities service board navy force forces command embassy parliament
senate congress administration house cabinet club league coalition campaign charity hospital school fund movement
regime firm airline airlines bureau secretariat assembly alliance nato un eu opec fbi cia irgc guild society college academy church diocese centre center trust museum library clinic
");

    /// <summary>Words of news media.</summary>
    public static readonly WordSet MediaWords = Set(@"
tv television radio news times post journal press media newspaper broadcaster reuters afp ap bbc cnn gazette tribune
herald daily channel network wire agency irna tass xinhua bloomberg telegraph guardian observer
");

    /// <summary>Words of groups of people (a plural speaker).</summary>
    public static readonly WordSet GroupWords = Set(@"
officials sources witnesses residents analysts experts economists executives protesters activists workers farmers
voters lawmakers diplomats students teachers doctors nurses investors traders fans parents aides advisers researchers
scientists negotiators mediators medics paramedics survivors victims neighbours neighbors people organisers organizers
campaigners rebels insurgents officers spokespeople staff employees men women
republicans democrats conservatives liberals progressives supporters critics delegates americans latinos
hispanics evangelicals
");

    /// <summary>Words that make a group anonymous (<c>officials</c> without a name).</summary>
    public static readonly WordSet AnonymousHeads = Set("officials sources source official diplomats diplomat aides aide insiders insider people");

    /// <summary>Places that speak for their governments (<c>Tehran said</c>).</summary>
    public static readonly WordSet Capitals = Set(@"
washington tehran moscow beijing london paris berlin brussels kyiv kiev baghdad damascus ankara riyadh cairo jerusalem
tokyo seoul pyongyang delhi islamabad kabul ottawa canberra rome madrid athens warsaw budapest vienna geneva
iran iraq israel russia china ukraine syria turkey egypt india pakistan france germany britain japan
");

    /// <summary>
    /// Words of US states, nations and regions: a name made only of them is a place, never a person ("At an event in
    /// Ames, Iowa, …", "Senator Jane Roe of Ohio"), so no he or she can be it.
    /// </summary>
    public static readonly WordSet PlaceWords = Set(@"
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada new hampshire jersey mexico york north south carolina dakota ohio oklahoma oregon pennsylvania rhode island
tennessee texas utah vermont virginia west washington wisconsin wyoming united states america kingdom britain
england scotland wales ireland canada europe asia africa d.c. d.c dc iran iraq israel russia china ukraine syria
turkey egypt india pakistan france germany japan afghanistan cuba venezuela brazil korea vietnam libya yemen
lebanon belgium italy spain greece poland sweden norway denmark netherlands australia
");

    /// <summary>Whether every one of the name's words is a place word (<c>north carolina</c>, <c>iowa</c>).</summary>
    public static bool IsPlace(IReadOnlyList<string> nameWords)
    {
        if (nameWords.Count == 0)
        {
            return false;
        }

        // "West", "New", "United" alone are names or parts of one; a place needs a word that is a place by itself.
        var proper = false;
        foreach (var word in nameWords)
        {
            var bare = word.TrimEnd(',', '.');
            if (StateAbbreviations.Contains(bare) && word.EndsWith(".", StringComparison.Ordinal))
            {
                proper = true;
                continue;
            }

            if (!PlaceWords.Contains(bare))
            {
                return false;
            }

            proper |= bare is not ("west" or "north" or "south" or "new" or "united" or "states" or "island" or "rhode");
        }

        return proper;
    }

    /// <summary>Gendered words that tell whether a speaker is a man or a woman.</summary>
    public static readonly WordSet MaleWords = Set("mr mr. he his him spokesman chairman congressman businessman king prince father husband son brother man boy sir lord");

    public static readonly WordSet FemaleWords = Set("mrs mrs. ms ms. miss she her spokeswoman chairwoman congresswoman businesswoman queen princess mother wife daughter sister woman girl lady dame");

    /// <summary>Words before a quotation that make it a work's title.</summary>
    public static readonly WordSet TitleCues = Set(@"
film movie book novel song album play series show documentary titled entitled headlined poem opera musical memoir
single episode exhibition drama anthem painting programme program podcast column essay report's
");

    /// <summary>Words before a quotation that make it a term nobody is quoted as saying.</summary>
    public static readonly WordSet TermCues = Set("so-called term word phrase nicknamed slogan motto hashtag label");

    /// <summary>Abbreviated US states (AP style): their period ends no sentence when the sentence goes on ("Allentown, Pa., said").</summary>
    public static readonly WordSet StateAbbreviations = Set(@"
ala ariz ark calif colo conn fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt
wash wis wyo
");

    /// <summary>Abbreviations whose period does not end a sentence.</summary>
    public static readonly WordSet Abbreviations = Set(@"
mr mrs ms dr gen lt col sgt sen rep gov st jr sr prof rev capt maj cmdr adm inc corp ltd co no vs jan feb aug sept oct nov dec
mt ft gov messrs del
");

    /// <summary>Adjectives of nations and parties: they describe a speaker but are not a name (<c>the Iranian Leader</c>).</summary>
    public static readonly WordSet Nationalities = Set(@"
iranian iraqi american syrian russian ukrainian chinese japanese british french german italian spanish israeli
palestinian saudi egyptian turkish indian pakistani afghan lebanese jordanian qatari emirati kuwaiti yemeni european
african asian canadian mexican brazilian australian korean polish dutch swedish norwegian danish finnish greek irish
scottish welsh english republican democratic democrat uae us u.s. uk u.k. western arab gulf
");

    /// <summary>Words that carry no content for matching a heading to the quotation below it.</summary>
    public static readonly WordSet StopWords = Set(@"
the a an and or but of in on at to for with from by is are was were be been it its this that these those as not no
we our us you your they their them he his she her i my me will would can could should may might has have had do does
did so if than then there here what which who all any some more most very just
");
}
