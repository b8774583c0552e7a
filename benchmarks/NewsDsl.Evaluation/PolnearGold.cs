using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsDsl.Evaluation;

/// <summary>One annotated attribution: its content, source and cue fragments as (start, end) character offsets.</summary>
internal sealed class GoldRelation
{
    public List<(int Start, int End)> Content { get; } = new();

    public List<(int Start, int End)> Source { get; set; } = new();

    public List<(int Start, int End)> Cue { get; set; } = new();
}

/// <summary>A gold direct quotation: the offset and length of its opening mark and the relations whose content starts there.</summary>
internal sealed class GoldUnit
{
    public GoldUnit(int offset, int markLength)
    {
        Offset = offset;
        MarkLength = markLength;
    }

    public int Offset { get; }

    public int MarkLength { get; }

    public List<GoldRelation> Relations { get; } = new();
}

/// <summary>One PolNeAR article: its text (offsets as the annotations count them: code points) and gold.</summary>
internal sealed class GoldArticle
{
    public GoldArticle(string name, string text, List<GoldRelation> relations)
    {
        Name = name;
        Text = text;
        Relations = relations;
        Units = GoldReader.Units(text, relations);
    }

    public string Name { get; }

    /// <summary>The text with every character outside the BMP replaced by one U+FFFD, so that string indices are the annotations' code point offsets.</summary>
    public string Text { get; }

    public List<GoldRelation> Relations { get; }

    public List<GoldUnit> Units { get; }
}

/// <summary>
/// Reads a PolNeAR checkout (<c>data/&lt;split&gt;/text/*.txt</c> and <c>data/&lt;split&gt;/attributions/*.ann</c>, brat
/// standoff; one annotator per article, the first .ann in ordinal order) and finds the gold direct quotations.
/// </summary>
internal static class GoldReader
{
    private static readonly HashSet<string> s_speechVerbs = Words.Set(@"say says said saying tell tells told telling add adds added adding ask asks asked asking
write writes wrote writing tweet tweets tweeted tweeting explain explains explained noted declared stated
argue argues argued insist insists insisted warn warns warned reply replies replied respond responds
responded claimed announced acknowledged admitted recalled suggested concluded complained predicted
countered conceded posted joked quipped shouted yelled exclaimed remarked observed testified boasted
lamented cautioned urged vowed promised charged reported according");

    public static IEnumerable<GoldArticle> Read(string checkout, string split)
    {
        var textDir = Path.Combine(checkout, "data", split, "text");
        var annDir = Path.Combine(checkout, "data", split, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
        {
            throw new DirectoryNotFoundException($"no PolNeAR {split} split under '{checkout}' (data/{split}/text and data/{split}/attributions)");
        }

        var anns = Directory.GetFiles(annDir, "*.ann").Select(Path.GetFileName).OfType<string>().OrderBy(n => n, StringComparer.Ordinal).ToList();
        foreach (var file in Directory.GetFiles(textDir, "*.txt").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var ann = anns.FirstOrDefault(a => a.StartsWith(name + "_", StringComparison.Ordinal));
            if (ann is null)
            {
                continue;
            }

            var text = CodePointText(File.ReadAllText(file));
            var relations = Relations(text, File.ReadAllText(Path.Combine(annDir, ann)));
            yield return new GoldArticle(name, text, relations);
        }
    }

    /// <summary>brat offsets count code points; a surrogate pair becomes one character so that indices agree.</summary>
    private static string CodePointText(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? '\uFFFD' : text[i]);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        return builder.ToString();
    }

    public static string SpanText(string text, List<(int Start, int End)> fragments)
    {
        var parts = new List<string>();
        foreach (var (a, b) in fragments)
        {
            var start = Math.Clamp(a, 0, text.Length);
            var end = Math.Clamp(b, start, text.Length);
            parts.Add(text.Substring(start, end - start));
        }

        return Words.Strip(string.Join(" ", parts));
    }

    /// <summary>The relations of one .ann, with Source and Cue swapped back where the annotator swapped them (Source "said", Cue "Obama").</summary>
    private static List<GoldRelation> Relations(string text, string ann)
    {
        var spans = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        foreach (var line in ann.Split('\n'))
        {
            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            if (parts[0].StartsWith('T'))
            {
                var space = parts[1].IndexOf(' ');
                var offsets = space < 0 ? "" : parts[1].Substring(space + 1);
                var fragments = new List<(int, int)>();
                var ok = true;
                foreach (var fragment in offsets.Split(';'))
                {
                    var numbers = fragment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                    if (numbers.Length != 2 || !int.TryParse(numbers[0], out var a) || !int.TryParse(numbers[1], out var b))
                    {
                        ok = false;
                        break;
                    }

                    fragments.Add((a, b));
                }

                if (ok)
                {
                    spans[parts[0]] = fragments;
                }
            }
            else if (parts[0].StartsWith('E'))
            {
                var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var argument in parts[1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    var colon = argument.IndexOf(':');
                    arguments[colon < 0 ? argument : argument.Substring(0, colon)] = colon < 0 ? "" : argument.Substring(colon + 1);
                }

                events.Add(arguments);
            }
        }

        var relations = new List<GoldRelation>();
        foreach (var arguments in events)
        {
            List<(int, int)> Fragments(string key) => arguments.TryGetValue(key, out var id) && spans.TryGetValue(id, out var f) ? f : new List<(int, int)>();
            var relation = new GoldRelation { Source = Fragments("Source"), Cue = Fragments("Cue") };
            foreach (var key in arguments.Keys.Where(k => k.StartsWith("Content", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal))
            {
                relation.Content.AddRange(Fragments(key));
            }

            var source = SpanText(text, relation.Source);
            var cue = SpanText(text, relation.Cue);
            if (source.Length > 0 && cue.Length > 0 && s_speechVerbs.Contains(Words.FirstToken(source).ToLowerInvariant())
                && char.IsUpper(cue[0]) && !s_speechVerbs.Contains(Words.FirstToken(cue).ToLowerInvariant()))
            {
                (relation.Source, relation.Cue) = (relation.Cue, relation.Source);
            }

            relations.Add(relation);
        }

        return relations;
    }

    /// <summary>Every content fragment that begins at a double opening mark (or right after one), keyed by the mark's offset.</summary>
    public static List<GoldUnit> Units(string text, List<GoldRelation> relations)
    {
        var units = new SortedDictionary<int, GoldUnit>();
        foreach (var relation in relations)
        {
            foreach (var (a, _) in relation.Content)
            {
                if (a < 0 || a > text.Length)
                {
                    continue;
                }

                var j = a;
                while (j < text.Length && text[j] is ' ' or '\t')
                {
                    j++;
                }

                var k = a;
                while (k > 0 && text[k - 1] is ' ' or '\t')
                {
                    k--;
                }

                int offset, length;
                if (j < text.Length && QuoteMarks.OpenerAt(text, j) > 0)
                {
                    (offset, length) = (j, QuoteMarks.OpenerAt(text, j));
                }
                else if (k >= 2 && (text.Substring(k - 2, 2) is "''" or "``") && QuoteMarks.OpenerAt(text, k - 2) > 0)
                {
                    (offset, length) = (k - 2, 2);
                }
                else if (k >= 1 && QuoteMarks.OpenerAt(text, k - 1) == 1)
                {
                    (offset, length) = (k - 1, 1);
                }
                else
                {
                    continue;
                }

                if (!units.TryGetValue(offset, out var unit))
                {
                    units[offset] = unit = new GoldUnit(offset, length);
                }

                if (!unit.Relations.Contains(relation))
                {
                    unit.Relations.Add(relation);
                }
            }
        }

        return units.Values.ToList();
    }
}
