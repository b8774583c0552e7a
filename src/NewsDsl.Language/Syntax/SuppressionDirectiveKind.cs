namespace NewsDsl.Language.Syntax;

/// <summary>Which suppression comment a <see cref="SuppressionDirectiveSyntax"/> is (contract 8.3).</summary>
public enum SuppressionDirectiveKind
{
    /// <summary><c>%% newsdsl-disable-next-line ID[, ID] -- reason</c>: the next line that is neither blank nor a <c>%%</c> line.</summary>
    DisableNextLine,

    /// <summary><c>%% newsdsl-disable ID[, ID] -- reason</c>: from the next line up to a matching enable or the end of the file.</summary>
    Disable,

    /// <summary><c>%% newsdsl-enable ID[, ID]</c>: ends a disable (with no IDs, every one).</summary>
    Enable,

    /// <summary>A <c>newsdsl-</c> word that is none of the above (NEWS009); it suppresses nothing.</summary>
    Unknown,
}
