using System.Collections.Generic;
using NewsDsl.Generator.Model;

namespace NewsDsl.Generator.Emit;

/// <summary>Writes <c>NewsArticles</c>: the project-wide list of every article.</summary>
internal static class IndexEmitter
{
    public const string HintName = "NewsDsl.NewsArticles.g.cs";

    public static string Emit(IndexInfo index)
    {
        var options = index.Options;
        var ns = "global::" + options.Namespace;
        var w = GeneratedCode.Begin(options);
        w.Summary("Every article of this project: one entry per <c>.news</c> file that has an id.");
        w.Line(GeneratedCode.Attribute(options));
        w.Open("public static partial class NewsArticles");
        w.Line("/// <summary>");
        if (index.ClassNames.Count == 0)
        {
            w.Line("/// Every article of this project, in the order of their files' paths: none.");
        }
        else
        {
            w.Line("/// Every article of this project, in the order of their files' paths:");
            w.Line("/// <list type=\"bullet\">");
            foreach (var name in index.ClassNames)
            {
                w.Line("/// <item><description><see cref=\"" + ns + "." + name + "\"/></description></item>");
            }

            w.Line("/// </list>");
        }

        w.Line("/// </summary>");
        var items = new List<string>();
        foreach (var name in index.ClassNames)
        {
            items.Add(ns + "." + name + ".Article");
        }

        GeneratedCode.WriteList(w, "public static " + GeneratedCode.ReadOnlyList + "<" + ns + ".Article> All { get; } = ", ns + ".Article", items, ";");
        w.Close();
        return GeneratedCode.End(w);
    }
}
