using NewsDsl.Language;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Suggestions;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Import.Tests;

/// <summary>The engine's rules one by one, on small articles: each test fails if its rule answers wrongly or not at all.</summary>
public sealed class SuggestionEngineTests
{
    private static IReadOnlyList<SpeakerSuggestion?> Answers(string article)
    {
        var model = NewsChecker.Bind(NewsText.From(article));
        var set = SpeakerSuggester.Suggest(model);
        return model.Quotations.Where(q => q.Parent is null).Select(q => set.For(q) is { IsConfident: true } s ? s : null).ToList();
    }

    private static string? Speaker(SpeakerSuggestion? suggestion) => suggestion?.SourceId ?? suggestion?.Speaker?.Name;

    [Fact]
    public void A_pronoun_takes_the_most_recent_speaker_of_its_gender_not_the_nearest_name()
    {
        var answers = Answers(Lines.Article(
            "@source okafor person name=\"Linda Okafor\" aka=\"Ms. Okafor\"",
            "@source hale person name=\"Derek Hale\" aka=\"Mr. Hale\"",
            "Ms. Okafor said the vote was close. Mr. Hale disagreed with the count.",
            "“We will count again,” she said."));
        Assert.Equal("okafor", Speaker(answers[0]));
        Assert.Equal(SuggestionPattern.CueAfter, answers[0]!.Pattern);
        Assert.Equal("she said", answers[0]!.Evidence.Cue);
    }

    [Fact]
    public void Places_and_organisations_are_not_antecedents_of_he()
    {
        var answers = Answers(Lines.Article(
            "Defense Minister Amir Hatami spoke in Tehran. The Pentagon said it was watching.",
            "“We are ready,” he said."));
        Assert.Equal("Amir Hatami", Speaker(answers[0]));
    }

    [Fact]
    public void A_he_with_no_person_before_it_gets_no_answer()
    {
        var answers = Answers(Lines.Article("The Pentagon said it was watching.", "“We are ready,” he said."));
        Assert.Null(answers[0]);
    }

    [Fact]
    public void Cue_grammar_covers_the_common_forms()
    {
        var answers = Answers(Lines.Article(
            "“One,” said Jane Roe, a spokeswoman for the ministry.",
            "“Two,” Sen. Rand Tull, R-Ky., said.",
            "Jane Roe said: “Three.”",
            "“Four,” according to Max Weber.",
            "“Five.” — Ada Lovelace",
            "Ann Bell told Reuters: “Six.”"));
        Assert.Equal(new[] { "Jane Roe", "Rand Tull", "Jane Roe", "Max Weber", "Ada Lovelace", "Ann Bell" }, answers.Select(Speaker).ToArray());
        Assert.Equal("spokeswoman for the ministry", answers[0]!.Speaker!.Title);
    }

    [Fact]
    public void A_speech_verb_carries_over_to_later_fragments_of_its_sentence_and_paragraph()
    {
        var answers = Answers(Lines.Article("Derek Hale called the cuts “short-sighted” and “cruel.” “They will not last,” Hale said. “Mark my words.”"));
        Assert.All(answers, a => Assert.Equal("Derek Hale", Speaker(a)));
        Assert.Equal(SuggestionPattern.CarryOver, answers[3]!.Pattern);
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quotation_continues_the_previous_speaker_and_a_colon_introduces_the_next()
    {
        var answers = Answers(Lines.Article(
            "“We will rebuild,” Mayor Linda Okafor said.",
            "“Every street of it.”",
            "The Interior Ministry said in a statement:",
            "“Aid is on its way.”"));
        Assert.Equal(SuggestionPattern.Continuation, answers[1]!.Pattern);
        Assert.Equal("Linda Okafor", Speaker(answers[1]));
        Assert.Equal(SuggestionPattern.ColonIntroduction, answers[2]!.Pattern);
        Assert.Equal(SourceKind.Organization, answers[2]!.Speaker!.Kind);
    }

    [Fact]
    public void Roles_resolve_through_declared_titles_and_aka()
    {
        var answers = Answers(Lines.Article(
            "@source trump person name=\"Donald Trump\" title=\"President of the United States\"",
            "@source pence person name=\"Mike Pence\" title=\"Vice President\"",
            "“We are ready,” the president said.",
            "“So are we,” the vice president said."));
        Assert.Equal("trump", Speaker(answers[0]));
        Assert.Equal("pence", Speaker(answers[1]));
    }

    [Fact]
    public void Media_and_organisations_speak_and_it_finds_them()
    {
        var answers = Answers(Lines.Article("State television reported heavy damage. “The roads are gone,” it said."));
        Assert.Equal(SourceKind.Media, answers[0]!.Speaker!.Kind);
    }

    [Fact]
    public void Titles_and_terms_are_answered_only_on_clear_cues_and_scare_quotes_without_a_speaker_get_none()
    {
        var answers = Answers(Lines.Article("The film “Dune” opened. The so-called “peace plan” stalled. Prices were “sticky” all year."));
        Assert.Equal(SuggestionPattern.Title, answers[0]!.Pattern);
        Assert.Equal(SuggestionPattern.Term, answers[1]!.Pattern);
        Assert.Null(answers[2]);
    }

    [Fact]
    public void Two_speakers_before_a_fragment_give_no_answer()
    {
        var answers = Answers(Lines.Article("Jane Roe said John Doe had agreed to the plan “after one phone call.”"));
        Assert.Null(answers[0]);
    }

    [Fact]
    public void With_declared_sources_an_undeclared_speaker_is_not_an_answer()
    {
        var answers = Answers(Lines.Article("@source roe person name=\"Jane Roe\"", "“Hello,” John Doe said."));
        Assert.Null(answers[0]);
    }

    [Fact]
    public void Tagged_quotations_are_not_asked_and_count_as_speakers_for_continuation()
    {
        var model = NewsChecker.Bind(NewsText.From(Lines.Article(
            "@source roe person name=\"Jane Roe\"",
            "“Hello,”{@roe} Jane Roe said.",
            "“Goodbye.”")));
        var set = SpeakerSuggester.Suggest(model);
        Assert.Null(set.For(model.Quotations[0]));
        Assert.Equal("roe", set.For(model.Quotations[1])!.SourceId);
    }
}
