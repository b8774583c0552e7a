using System.Collections.Generic;

namespace NewsDsl.Language.Semantics;

/// <summary>Every figure the article gives about one thing (<c>about="casualties"</c>), in document order.</summary>
public sealed class FigureGroup
{
    internal FigureGroup(string about, IReadOnlyList<Figure> figures)
    {
        About = about;
        Figures = figures;
    }

    public string About { get; }

    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>True when no two figures of the group contradict each other.</summary>
    public bool IsConsistent
    {
        get
        {
            for (var i = 0; i < Figures.Count; i++)
            {
                for (var j = i + 1; j < Figures.Count; j++)
                {
                    if (Figures[i].Value is { } a && Figures[j].Value is { } b && !a.IsCompatibleWith(b))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
