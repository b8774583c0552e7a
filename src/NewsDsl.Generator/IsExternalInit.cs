using System.ComponentModel;

namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets netstandard2.0 use records and <c>init</c>; the compiler only needs the type to exist.
/// Internal, so it never clashes with the copy other assemblies carry.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
internal static class IsExternalInit
{
}
