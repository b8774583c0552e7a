using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;
using NewsDsl.LanguageServer.Protocol;

namespace NewsDsl.LanguageServer.Features;

/// <summary>Definition, references and rename of source ids: a declaration and every tag that cites it.</summary>
internal static partial class SourceNavigation
{
    public static Location[]? Definition(DocumentSnapshot snapshot, Position position)
    {
        var reference = SourceReference.At(snapshot, snapshot.Map.ToOffset(position));
        return reference?.Symbol is { } symbol ? new[] { snapshot.Map.ToLocation(symbol.Declaration.IdSpan) } : null;
    }

    public static Location[]? References(DocumentSnapshot snapshot, Position position, bool includeDeclaration)
    {
        if (SourceReference.At(snapshot, snapshot.Map.ToOffset(position)) is not { Symbol: { } symbol })
        {
            return null;
        }

        var locations = new List<Location>();
        foreach (var span in Occurrences(snapshot.Model, symbol, includeDeclaration))
        {
            locations.Add(snapshot.Map.ToLocation(span));
        }

        return locations.ToArray();
    }

    public static PrepareRenameResult? PrepareRename(DocumentSnapshot snapshot, Position position)
    {
        var reference = SourceReference.At(snapshot, snapshot.Map.ToOffset(position));
        return reference?.Symbol is { } symbol ? new PrepareRenameResult(snapshot.Map.ToRange(reference.Span), symbol.Id) : null;
    }

    /// <summary>The edit renaming the source under the cursor everywhere, or why it cannot be done.</summary>
    public static (WorkspaceEdit? Edit, string? Error) Rename(DocumentSnapshot snapshot, Position position, string? newName)
    {
        if (SourceReference.At(snapshot, snapshot.Map.ToOffset(position)) is not { Symbol: { } symbol })
        {
            return (null, "Only a declared source id can be renamed: put the cursor on an id in '@source <id>' or in a '{@id}' tag.");
        }

        if (newName is null || !IdPattern().IsMatch(newName))
        {
            return (null, $"'{newName}' is not a valid source id: use lowercase letters, digits and single hyphens, starting with a letter (iran-tv).");
        }

        if (newName != symbol.Id && snapshot.Model.FindSource(newName) is not null)
        {
            return (null, $"The article already declares a source '{newName}': choose another id.");
        }

        var edits = new List<TextEdit>();
        foreach (var span in Occurrences(snapshot.Model, symbol, includeDeclaration: true))
        {
            edits.Add(new TextEdit(snapshot.Map.ToRange(span), newName));
        }

        return (new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal) { [snapshot.Uri] = edits }), null);
    }

    /// <summary>Where a source's id is written: its declaration, then each citing tag in document order.</summary>
    public static IEnumerable<TextSpan> Occurrences(ArticleModel model, SourceSymbol symbol, bool includeDeclaration)
    {
        if (includeDeclaration)
        {
            yield return symbol.Declaration.IdSpan;
        }

        foreach (var citation in model.Citations)
        {
            if (ReferenceEquals(citation.Source, symbol))
            {
                yield return citation.Tag.SourceIdSpan;
            }
        }
    }

    /// <summary>The contract's id rule: lowercase ASCII letters, digits and single hyphens, starting with a letter.</summary>
    [GeneratedRegex("^[a-z](?:-?[a-z0-9])*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
