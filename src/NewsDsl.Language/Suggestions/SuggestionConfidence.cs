namespace NewsDsl.Language.Suggestions;

/// <summary>How sure each rule is: a cue next to the quotation is the surest; inference from context less so.</summary>
internal static class SuggestionConfidence
{
    public const double AdjacentNamed = 0.95;
    public const double ColonNamed = 0.93;
    public const double EarlierInSentence = 0.85;
    public const double CarriedOver = 0.8;
    public const double ContinuedParagraph = 0.8;
    public const double HeadingMatch = 0.7;
    public const double TitleOrTerm = 0.75;
}
