using NewsDsl.Language;
using NewsDsl.Language.Suggestions;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Import.Tests;

/// <summary>
/// Pronoun and description speakers on real news copy (issue 15, round 5), each on a small article written for
/// this test (no corpus text). Each test fails if the engine falls back into the error its name describes.
/// </summary>
public sealed class PronounPatternTests
{
    private static IReadOnlyList<SpeakerSuggestion?> Answers(params string[] paragraphs) => ConfidentAnswers.Of(paragraphs);

    private static string? Speaker(SpeakerSuggestion? suggestion) => ConfidentAnswers.Speaker(suggestion);

    [Fact]
    public void A_prominent_role_description_is_the_person_just_named_and_he_follows_it()
    {
        var answers = Answers(
            "Tobias Wrenfield toured the Harlow shipyard on Tuesday, and a worker asked Wrenfield about the yard's pension fund.",
            "“The fund is safe,” the billionaire replied. “Nobody here will lose a cent.”",
            "“I give you my word on that,” he added.");
        Assert.Equal("Tobias Wrenfield", Speaker(answers[0]));
        Assert.Equal("Tobias Wrenfield", Speaker(answers[2]));
    }

    [Fact]
    public void A_role_description_skips_the_subject_of_the_other_gender()
    {
        var answers = Answers(
            "Ruth Calloway spoke first at the Millbrook debate on Friday. Paul Ostrander followed her.",
            "“The budget is a mess,” the Millbrook congresswoman said.");
        Assert.Equal("Ruth Calloway", Speaker(answers[0]));
    }

    [Fact]
    public void He_means_the_person_named_in_passing_when_that_person_was_the_last_subject_and_no_other_man()
    {
        var answers = Answers(
            "“We will cut the ferry fares,” Martin Oduya said on Monday.",
            "Nobody in the hall doubted that Oduya meant it, and few asked how the council would pay.",
            "“The money is already there,” he said.");
        Assert.Equal("Martin Oduya", Speaker(answers[1]));

        // Another man named in passing after the last subject: either may be "he", so no answer.
        var competing = Answers(
            "“We will cut the ferry fares,” Martin Oduya said on Monday.",
            "Nobody in the hall doubted that Oliver Brandt had written the plan, and few asked how the council would pay.",
            "“The money is already there,” he said.");
        Assert.Null(competing[1]);
    }

    [Fact]
    public void A_number_word_at_a_sentence_start_is_not_she()
    {
        var answers = Answers(
            "Councillor Greta Holm lost the harbour vote on Monday.",
            "Two weeks after Holm lost the vote, as she said, “nobody will build that marina,” the board met again.");
        Assert.Equal("Greta Holm", Speaker(answers[0]));
    }

    [Fact]
    public void A_faith_named_like_a_person_is_not_he()
    {
        var answers = Answers(
            "Reverend Tobias Marr runs the shelter on Quay Street.",
            "The shelter houses Catholics and Protestants alike. Orthodox objected to the new rota on Sunday. “We take everyone,” he said.");
        Assert.NotEqual("Orthodox", Speaker(answers[0]));
    }

    [Fact]
    public void A_given_name_shows_a_man_so_she_does_not_take_him()
    {
        var answers = Answers(
            "“The fares will fall,” Sherrod Blakey said at the depot.",
            "“We expect the opposite,” she said.");
        Assert.NotEqual("Sherrod Blakey", Speaker(answers[1]));
    }
}
