using System;
using System.Collections.Generic;
using NewsDsl.Language;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>
/// Definition, references and rename of source ids, through the model's reference API
/// (<see cref="ArticleModel.FindSourceIdAt"/>, <see cref="ArticleModel.FindReferences"/>): the server keeps no
/// lookup of its own. An id no declaration has (NEWS002) still has its tags: references lists them and
/// rename changes them all (so a misspelt id is corrected in one go); definition has nowhere to go.
/// </summary>
internal static partial class SourceNavigation
{
    /// <summary>The source id under the cursor, every place it is written, and the span of the one under the cursor.</summary>
    public static (SourceReferences References, TextSpan Span)? At(DocumentSnapshot snapshot, Position position)
    {
        var offset = snapshot.Map.ToOffset(position);
        if (snapshot.Model.FindSourceIdAt(offset) is not { } id)
        {
            return null;
        }

        var references = snapshot.Model.FindReferences(id);
        foreach (var span in Occurrences(references, includeDeclaration: true))
        {
            if (offset >= span.Start && offset <= span.End)
            {
                return (references, span);
            }
        }

        return null;
    }

    public static Location[]? Definition(DocumentSnapshot snapshot, Position position) =>
        At(snapshot, position) is { References.Definition: { } definition } ? new[] { snapshot.Map.ToLocation(definition) } : null;

    public static Location[]? References(DocumentSnapshot snapshot, Position position, bool includeDeclaration)
    {
        if (At(snapshot, position) is not { } found)
        {
            return null;
        }

        var locations = new List<Location>();
        foreach (var span in Occurrences(found.References, includeDeclaration))
        {
            locations.Add(snapshot.Map.ToLocation(span));
        }

        return locations.ToArray();
    }

    public static PrepareRenameResult? PrepareRename(DocumentSnapshot snapshot, Position position) =>
        At(snapshot, position) is { } found ? new PrepareRenameResult(snapshot.Map.ToRange(found.Span), found.References.SourceId) : null;

    /// <summary>The edit renaming the source id under the cursor everywhere, or why it cannot be done.</summary>
    public static (WorkspaceEdit? Edit, string? Error) Rename(DocumentSnapshot snapshot, Position position, string? newName)
    {
        if (At(snapshot, position) is not { } found)
        {
            return (null, "Only a source id can be renamed: put the cursor on an id in '@source <id>' or in a '{@id}' tag.");
        }

        var references = found.References;
        if (newName is null || !NewsSyntaxFacts.IsValidId(newName))
        {
            return (null, $"'{newName}' is not a valid source id: use lowercase letters, digits and single hyphens, starting with a letter (iran-tv).");
        }

        // A declared source must not be merged into another one. Tags of an undeclared id may be pointed at a
        // declared source: that is how a misspelt id is corrected everywhere at once.
        if (references.Source is not null && newName != references.SourceId && snapshot.Model.FindSource(newName) is not null)
        {
            return (null, $"The article already declares a source '{newName}': choose another id.");
        }

        var edits = new List<TextEdit>();
        foreach (var span in Occurrences(references, includeDeclaration: true))
        {
            edits.Add(new TextEdit(snapshot.Map.ToRange(span), newName));
        }

        return (new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal) { [snapshot.Uri] = edits }), null);
    }

    /// <summary>Where the id is written: its declarations (duplicates included), then each tag naming it, in document order.</summary>
    private static IEnumerable<TextSpan> Occurrences(SourceReferences references, bool includeDeclaration)
    {
        if (includeDeclaration)
        {
            foreach (var declaration in references.Declarations)
            {
                yield return declaration;
            }
        }

        foreach (var reference in references.References)
        {
            yield return reference;
        }
    }
}
