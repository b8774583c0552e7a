namespace NewsDsl.Language.Fixes;

/// <summary>
/// NEWS108: confirm a suggested attribution by removing the <c>?</c> of <c>{@id?}</c>. The edit has one
/// possible text, but whether to make it does not: contract 8.2 defines <c>{@id?}</c> as an attribution
/// "awaiting an editor's confirmation", and the importer writes one for every machine-suggested
/// speaker. Were it safe, <c>newsdsl check --fix</c> would confirm every guess unread, so it is offered
/// to a person (a code action in the editor) and never applied unasked.
/// </summary>
internal static class SuggestedAttributionFixes
{
    public static void Add(FixContext context)
    {
        var span = context.Span;
        var content = context.Content;
        if (context.SafeOnly || span.Length != 1 || span.End > content.Length || content[span.Start] != '?')
        {
            return;
        }

        context.Add("Confirm the attribution (remove the '?')", NewsTextEdit.Delete(span), isSafe: false, "NEWS108.confirm");
    }
}
