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

    /// <summary>True when another figure of the group contradicts <paramref name="figure"/> (a review panel marks it).</summary>
    public bool Conflicts(Figure figure)
    {
        if (figure?.Value is not { } value)
        {
            return false;
        }

        foreach (var other in Figures)
        {
            if (!ReferenceEquals(other, figure) && other.Value is { } b && !value.IsCompatibleWith(b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first figure before the one at <paramref name="index"/> that it contradicts, or null: the pairing
    /// NEWS106 reports (and gives as its additional location).
    /// </summary>
    internal Figure? FirstContradictedBefore(int index)
    {
        if (Figures[index].Value is not { } value)
        {
            return null;
        }

        for (var j = 0; j < index; j++)
        {
            if (Figures[j].Value is { } earlier && !value.IsCompatibleWith(earlier))
            {
                return Figures[j];
            }
        }

        return null;
    }
}
