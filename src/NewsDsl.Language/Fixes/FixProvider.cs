using System;
using System.Collections.Generic;

namespace NewsDsl.Language.Fixes;

/// <summary>
/// One kind of repair, as Roslyn's <c>CodeFixProvider</c>: the IDs whose findings it fixes, whether any fix
/// it offers can be safe (applied by fix-all without a look), and how it computes them. Each fix then says
/// itself whether it is safe (<see cref="NewsFix.IsSafe"/>).
/// </summary>
internal sealed class FixProvider
{
    public FixProvider(string[] fixableDiagnosticIds, bool offersSafeFixes, Action<FixContext> addFixes)
    {
        FixableDiagnosticIds = fixableDiagnosticIds;
        OffersSafeFixes = offersSafeFixes;
        AddFixes = addFixes;
    }

    /// <summary>The IDs it fixes; empty for a provider that serves every ID (suppressing a finding).</summary>
    public IReadOnlyList<string> FixableDiagnosticIds { get; }

    /// <summary>Whether fix-all asks it: only providers that can offer a safe fix are run for fix-all.</summary>
    public bool OffersSafeFixes { get; }

    public Action<FixContext> AddFixes { get; }

    public bool Fixes(string id) => FixableDiagnosticIds.Count == 0 || Contains(FixableDiagnosticIds, id);

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        foreach (var candidate in ids)
        {
            if (string.Equals(candidate, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
