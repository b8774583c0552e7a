using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsDsl.Generator.Naming;

/// <summary>
/// Makes C# names out of article and source ids. Only ASCII letters and digits survive, so no id
/// can produce a keyword-looking, invisible or confusable name; anything that would clash with a
/// name the generated code needs gets a trailing underscore, which no id can produce on its own.
/// </summary>
internal static class Identifiers
{
    /// <summary>Names the generated types take in the configured namespace; an article class may not take them.</summary>
    public static readonly IReadOnlyCollection<string> RuntimeTypeNames = new[]
    {
        "Article", "Source", "SourceKind", "Quote", "QuoteKind", "Claim", "Figure", "FigureGroup", "NewsArticles",
    };

    /// <summary>Members of every article class: a class may not be named like its member (CS0542).</summary>
    public static readonly IReadOnlyCollection<string> ArticleMemberNames = new[]
    {
        "Id", "Headline", "Published", "Byline", "Desk", "Deck", "Dateline", "Contributors",
        "Sources", "Quotes", "Claims", "Figures", "Article",
    };

    /// <summary>
    /// Names a source member may not take: its enclosing class (CS0542) and what every class
    /// inherits from <see cref="object"/> (hiding them is warning CS0108).
    /// </summary>
    private static readonly HashSet<string> ReservedSourceMemberNames = new(StringComparer.Ordinal)
    {
        "Sources", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// <c>iran-strikes-back</c> → <c>IranStrikesBack</c>: every run of ASCII letters and digits
    /// starts a word; everything else separates words. Culture-independent on purpose (a Turkish
    /// upper-case <c>i</c> is not <c>I</c>).
    /// </summary>
    public static string ToPascalCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        var startOfWord = true;
        foreach (var c in id)
        {
            if (IsAsciiLetterOrDigit(c))
            {
                builder.Append(startOfWord ? ToUpperAscii(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        if (builder.Length == 0)
        {
            builder.Append('_');
        }
        else if (builder[0] >= '0' && builder[0] <= '9')
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The class name of an article: its PascalCase id, with an underscore appended when that would
    /// clash with a generated type, a member of the class itself, <c>System</c> (user code in the same
    /// namespace would stop finding <c>System.String</c>), a part of the namespace, or a System type a
    /// consumer also sees (<see cref="SystemTypeNames"/>: <c>String</c>, <c>File</c>, <c>Environment</c>…).
    /// </summary>
    public static string ArticleClassName(string id, string @namespace) => ArticleClassName(id, @namespace, out _);

    /// <summary>As <see cref="ArticleClassName(string, string)"/>; <paramref name="whyRenamed"/> says why the name is not the plain PascalCase id (NEWS111), or is null.</summary>
    public static string ArticleClassName(string id, string @namespace, out string? whyRenamed)
    {
        var name = ToPascalCase(id);
        whyRenamed = Contains(RuntimeTypeNames, name)
            ? "the generated type " + @namespace + "." + name + " has that name"
            : Contains(ArticleMemberNames, name)
                ? "every article class has a member " + name + ", and a class cannot be named like its member"
                : name == "System"
                    ? "a class System would hide the System namespace from code in " + @namespace
                    : Contains(@namespace.Split('.'), name)
                        ? "it is a part of the namespace " + @namespace
                        : SystemTypeNames.Contains(name)
                            ? "'" + name + "' would be ambiguous (CS0104) with the System type of that name in code that has both 'using System…;' and 'using " + @namespace + ";'"
                            : null;
        return whyRenamed is null ? name : name + "_";
    }

    /// <summary>
    /// Member names for the sources of one article, in declaration order; unique (a later source whose
    /// name was taken gets <c>_2</c>, <c>_3</c>…).
    /// </summary>
    public static IReadOnlyList<string> SourceMemberNames(IReadOnlyList<string> sourceIds)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>(sourceIds.Count);
        foreach (var id in sourceIds)
        {
            var name = ToPascalCase(id);
            if (ReservedSourceMemberNames.Contains(name))
            {
                name += "_";
            }

            var candidate = name;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names.Add(candidate);
        }

        return names;
    }

    /// <summary>
    /// A namespace from a user's setting, made valid: each dotted part keeps letters, digits and
    /// underscores, gains a leading underscore before a digit and an <c>@</c> before a keyword.
    /// Empty parts are dropped; nothing left gives <c>News</c>.
    /// </summary>
    public static string Namespace(string? value)
    {
        var parts = new List<string>();
        foreach (var rawPart in (value ?? string.Empty).Split('.'))
        {
            var builder = new StringBuilder();
            foreach (var c in rawPart.Trim())
            {
                if (char.IsLetterOrDigit(c) || c == '_')
                {
                    builder.Append(c);
                }
                else if (c != '@')
                {
                    builder.Append('_');
                }
            }

            if (builder.Length == 0)
            {
                continue;
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            var part = builder.ToString();
            if (SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None || part == "global")
            {
                part = "@" + part;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? "News" : string.Join(".", parts);
    }

    /// <summary>A file-name-safe stem from an id: ASCII letters, digits and hyphens; anything else becomes <c>_</c>.</summary>
    public static string ToFileStem(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            builder.Append(IsAsciiLetterOrDigit(c) || c == '-' ? c : '_');
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }

    private static bool Contains(IEnumerable<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate.TrimStart('@'), name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiLetterOrDigit(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    private static char ToUpperAscii(char c) => c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c;
}
