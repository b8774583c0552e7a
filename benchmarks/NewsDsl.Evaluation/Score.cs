namespace NewsDsl.Evaluation;

/// <summary>Counts over one split.</summary>
internal sealed class Score
{
    public int Gold { get; set; }

    public int Scored { get; set; }

    public int Right { get; set; }

    public int Wrong { get; set; }

    public int None { get; set; }

    public int NotFound { get; set; }

    public int NoGold { get; set; }

    public int StandIn { get; set; }

    public int Exported { get; set; }

    public int Declared { get; set; }

    public int Bogus { get; set; }
}
