using System.Collections.Generic;
using System.Collections.Immutable;

namespace NewsDsl.Generator.Model;

internal static class EquatableArrayExtensions
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : System.IEquatable<T> => new(items);

    public static EquatableArray<T> ToEquatableArray<T>(this ImmutableArray<T> items)
        where T : System.IEquatable<T> => new(items);
}
