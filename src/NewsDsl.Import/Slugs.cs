using System.Globalization;
using System.Text;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Import;

/// <summary>Ids as the contract wants them: lowercase ASCII letters, digits and single hyphens, starting with a letter.</summary>
internal static class Slugs
{
    public static string ArticleId(string headline)
    {
        var slug = Slug(headline, maxWords: 8);
        return slug.Length == 0 ? "article" : slug;
    }

    /// <summary>A person by the last word of the name (<c>zarif</c>); anything else by its first words.</summary>
    public static string SourceId(string name, SourceKind kind)
    {
        var words = name.Split(' ');
        var slug = kind == SourceKind.Person && words.Length > 1 && char.IsUpper(words[words.Length - 1][0]) ? Slug(words[words.Length - 1], 3) : Slug(name, 4);
        return slug.Length == 0 ? "source" : slug;
    }

    private static string Slug(string text, int maxWords)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        var words = 0;
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (builder.Length == 0 && char.IsDigit(c))
                {
                    builder.Append('n');
                }

                if (pendingHyphen && builder.Length > 0)
                {
                    if (++words >= maxWords)
                    {
                        break;
                    }

                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
