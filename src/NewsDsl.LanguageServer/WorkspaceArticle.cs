using NewsDsl.Language.Semantics;

namespace NewsDsl.LanguageServer;

/// <summary>
/// What the server keeps of a .news file in the workspace that is not open: enough for workspace
/// symbols and the project-wide duplicate id check, not its model (2,000 articles must stay small).
/// </summary>
internal sealed record WorkspaceArticle(string FullPath, string DisplayPath, string Uri, ArticleIdentity? Identity, string? Headline);
