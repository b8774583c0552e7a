namespace NewsDsl.Language.Suggestions;

/// <summary>A speaker's grammatical gender as the article shows it (Mr./Ms., he/she, spokesman/spokeswoman).</summary>
public enum SpeakerGender
{
    Unknown,
    Male,
    Female,
}
