using System.Collections.Generic;
using NewsDsl.Language.Fixes;

namespace NewsDsl.LanguageServer;

/// <summary>
/// One state of an open document's text, as handed to a check: the whole text, the client's version, the
/// server's generation, and the changes since <see cref="Previous"/> (the latest checked snapshot) in the
/// order they were made, each in offsets of the text as it was just before it (the client's text: a byte
/// order mark the client keeps counts). A whole-text replacement is one change from offset 0. Null
/// <see cref="Previous"/>: nothing was checked yet, parse from scratch.
/// </summary>
internal sealed record DocumentText(string Content, int Version, long Generation, DocumentSnapshot? Previous, IReadOnlyList<NewsTextEdit> ChangesSincePrevious);
