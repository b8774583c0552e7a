using NewsDsl.Language;
using NewsDsl.Language.Suggestions;
using NewsDsl.Language.Text;

namespace NewsDsl.Import.Tests;

/// <summary>The engine's confident answers for the top-level quotations of a small article made of <c>paragraphs</c>, in order: what the real-copy pattern tests assert on.</summary>
internal static class ConfidentAnswers
{
    public static IReadOnlyList<SpeakerSuggestion?> Of(params string[] paragraphs)
    {
        var model = NewsChecker.Bind(NewsText.From(Lines.Article(paragraphs)));
        var set = SpeakerSuggester.Suggest(model);
        return model.Quotations.Where(q => q.Parent is null).Select(q => set.For(q) is { IsConfident: true } s ? s : null).ToList();
    }

    /// <summary>The suggested speaker's name, or null for no confident answer.</summary>
    public static string? Speaker(SpeakerSuggestion? suggestion) => suggestion?.Speaker?.Name;
}
