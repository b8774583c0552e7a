namespace NewsDsl.LanguageServer;

/// <summary>
/// Reads an article file from disk for the workspace: its text, or false with the reason (not a regular file,
/// above the size limit, unreadable). Must never block (a FIFO) nor read without end (<c>/dev/zero</c>).
/// </summary>
public delegate bool ArticleFileReader(string path, out string text, out string? error);
