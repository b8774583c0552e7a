using NewsDsl.Language;
using NewsDsl.Language.Suggestions;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Import.Tests;

/// <summary>
/// Named-speaker classes found on real copy (issue 15, round 5), each on a small article written for this test (no
/// corpus text). Each test fails without the rule it names; the negative assertions beside them guard its limits.
/// </summary>
public sealed class NamedSpeakerPatternTests
{
    private static IReadOnlyList<SpeakerSuggestion?> Answers(params string[] paragraphs) => ConfidentAnswers.Of(paragraphs);

    private static string? Speaker(SpeakerSuggestion? suggestion) => ConfidentAnswers.Speaker(suggestion);

    [Fact]
    public void An_adverb_between_the_subject_and_said_does_not_hide_the_speaker()
    {
        var answers = Answers(
            "Mayor Tessa Graylock opened the harbour meeting on Monday.",
            "Graylock jokingly said, “I hope the ferry runs on time tonight.”");
        Assert.Equal("Tessa Graylock", Speaker(answers[0]));
    }

    [Theory]
    [InlineData("Okafor issued a statement, “The ferry is safe to sail.”")]
    [InlineData("As Okafor put it, “The ferry is safe to sail.”")]
    [InlineData("Okafor went fully on the attack, saying, “The ferry is safe to sail.”")]
    public void A_subject_clause_that_leads_up_to_a_comma_before_the_quotation_names_its_speaker(string sentence)
    {
        var answers = Answers("Councillor Brian Okafor, a former pilot, spoke last.", sentence);
        Assert.Equal("Brian Okafor", Speaker(answers[0]));
    }

    [Fact]
    public void A_participle_with_its_own_subject_after_with_is_not_the_sentence_subjects()
    {
        var answers = Answers(
            "Councillor Brian Okafor, a former pilot, spoke last.",
            "Okafor issued a statement, “The ferry is safe to sail.”",
            "Okafor and his allies tried to tie the mayor to the old board, with one of their leaflets asking, “Who paid for the pier?”");
        Assert.Equal("Brian Okafor", Speaker(answers[0]));
        Assert.Null(answers[1]);
    }

    [Fact]
    public void A_partial_quotation_inside_the_subjects_predicate_is_the_subjects()
    {
        var answers = Answers(
            "Councillor Brian Okafor, a former pilot, and Mayor Tessa Grayling both spoke.",
            "Later, Okafor thanked the crew for “sticking with us all winter.”",
            "Okafor dismissed Grayling's “harbour of dreams” and left.");
        Assert.Equal("Brian Okafor", Speaker(answers[0]));

        // Another name's possessive before the quotation: those may be that person's words.
        Assert.Null(answers[1]);
    }

    [Fact]
    public void A_quotation_paragraph_after_a_paragraph_about_a_named_subject_is_that_subjects()
    {
        var answers = Answers(
            "The ferry board met on Monday.",
            "Councillor Brian Okafor is upbeat about the new timetable, in part because he sees it as a fresh start.",
            "“Not only can the ferry run on time, it can run at night.”",
            "The harbour office opened at nine. Okafor reports:",
            "“Sailings will resume on Friday.”");
        Assert.Equal("Brian Okafor", Speaker(answers[0]));

        // After "X reports:" with no speech verb the paragraph is an excerpt, often of other people's words.
        Assert.Null(answers[1]);
    }

    [Fact]
    public void The_name_in_a_descriptions_appositive_speaks_not_the_description()
    {
        var answers = Answers(
            "The ferry was late again on Monday.",
            "“We are anxious,” said another harbour user, Johanna Baird.",
            "“It may have been his first attempt,” said his best friend at school, Bruce Tally, who sailed with him.");
        Assert.Equal("Johanna Baird", Speaker(answers[0]));
        Assert.Equal("Bruce Tally", Speaker(answers[1]));
    }

    [Fact]
    public void Pressed_after_a_question_is_a_speech_verb()
    {
        var answers = Answers(
            "“The fares are fixed,” Councillor Brian Okafor said on the radio.",
            "“Would they be fixed for pensioners?” Nadia Hollis pressed.");
        Assert.Equal("Nadia Hollis", Speaker(answers[1]));
    }
}
