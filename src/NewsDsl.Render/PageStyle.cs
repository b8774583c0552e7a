using System;
using System.Globalization;
using System.Text;

namespace NewsDsl.Render;

/// <summary>
/// The page's style sheet: one constant, built once from the palette (never from article text), so
/// its hash in the page's policy is computed once. Sources take the classes <c>s0</c>…<c>s9</c>
/// (colours repeat after ten) and the share bar's segments the width classes <c>w0</c>…<c>w100</c>,
/// so no page needs a <c>style</c> attribute or <c>'unsafe-inline'</c>.
/// </summary>
internal static class PageStyle
{
    // Declared first: static fields are initialised in this order, and the shared part uses the class names.
    private static readonly string[] s_kindClasses = CreateKindClasses();
    private static readonly string[] s_sourceClasses = CreateNumbered("s", Palette.Sources.Count);
    private static readonly string[] s_widthClasses = CreateNumbered("w", 101);
    private static readonly string[] s_quotationClasses = CreateNumbered("q s", Palette.Sources.Count);
    private static readonly string[] s_claimClasses = CreateNumbered("c s", Palette.Sources.Count);

    // The part every page shares, built once.
    private static readonly string s_base = BuildBase();

    /// <summary>
    /// The style sheet: the same for every page (so its hash is computed once). Sources use the
    /// classes <c>s0</c>…<c>s9</c> (colours repeat after ten), the share bar's segments the width
    /// classes <c>w0</c>…<c>w100</c> (whole percents).
    /// </summary>
    public static string Text => s_base;

    /// <summary>The class of the source at <paramref name="index"/> in declaration order.</summary>
    public static string SourceClass(int index) => s_sourceClasses[index % s_sourceClasses.Length];

    public static string QuotationClass(int index) => s_quotationClasses[index % s_quotationClasses.Length];

    public static string ClaimClass(int index) => s_claimClasses[index % s_claimClasses.Length];

    public static string WidthClass(int percent) => s_widthClasses[Math.Clamp(percent, 0, 100)];

    public static string KindClass(WordShareKind kind) => s_kindClasses[(int)kind];

    private static string[] CreateKindClasses()
    {
        var kinds = (WordShareKind[])Enum.GetValues(typeof(WordShareKind));
        var names = new string[kinds.Length];
        foreach (var kind in kinds)
        {
            names[(int)kind] = "k-" + kind.ToString().ToLowerInvariant();
        }

        return names;
    }

    private static string[] CreateNumbered(string prefix, int count)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = prefix + i.ToString(CultureInfo.InvariantCulture);
        }

        return names;
    }

    private static string BuildBase()
    {
        var css = new StringBuilder(8192);
        css.Append(
            $$"""
            :root { color-scheme: light; --text: {{Palette.Text}}; --muted: {{Palette.Muted}}; --link: {{Palette.Link}}; --rule: {{Palette.Rule}}; --panel: {{Palette.Panel}}; --dimmed: {{Palette.Dimmed}}; }
            * { box-sizing: border-box; }
            html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 100%; line-height: 1.55; color: var(--text); background: {{Palette.Page}}; }
            body { margin: 0; }
            a { color: var(--link); }
            :focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
            .vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
            .skip { position: absolute; left: 0.5rem; top: -3rem; background: {{Palette.Page}}; padding: 0.4rem 0.8rem; border: 2px solid var(--link); }
            .skip:focus { top: 0.5rem; }
            .page-head { padding: 0.6rem 1.5rem; border-bottom: 1px solid var(--rule); background: var(--panel); font-size: 0.9rem; color: var(--muted); }
            .page-head strong { color: var(--text); }
            .layout { display: grid; grid-template-columns: minmax(0, 46rem) minmax(18rem, 30rem); gap: 2rem; padding: 1.5rem; justify-content: center; align-items: start; }
            @media (max-width: 64rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
            .article h1 { font-family: Georgia, "Times New Roman", "Liberation Serif", serif; font-size: 2rem; line-height: 1.2; margin: 0.2rem 0 0.6rem; }
            .article h2, .article h3 { font-family: Georgia, "Times New Roman", "Liberation Serif", serif; margin: 1.6rem 0 0.6rem; }
            .article .desk { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: var(--muted); margin: 0; }
            .article .deck { font-size: 1.15rem; color: var(--muted); margin: 0 0 0.6rem; }
            .article .meta { font-size: 0.9rem; color: var(--muted); margin: 0 0 1.2rem; }
            .article-body p { font-family: Georgia, "Times New Roman", "Liberation Serif", serif; font-size: 1.08rem; margin: 0 0 1rem; }
            .article footer { border-top: 1px solid var(--rule); margin-top: 1.5rem; padding-top: 0.5rem; font-size: 0.9rem; color: var(--muted); }
            .q, .c { unicode-bidi: isolate; background: var(--tint); border-bottom: 3px solid var(--ink); padding: 0 0.1em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
            .c { background: transparent; border-bottom: 3px double var(--ink); }
            .q .q, .c .q { border-bottom-width: 1px; }
            .q[data-suggested="true"], .c[data-suggested="true"] { border-bottom-style: dashed; outline: 1px dashed var(--ink); }
            .q-none { --tint: {{Palette.UnattributedTint}}; --ink: {{Palette.UnattributedInk}}; outline: 2px solid var(--ink); border-bottom: 3px solid var(--ink); }
            .c-own { --ink: var(--rule); border-bottom: 1px solid var(--rule); }
            .q-plain { unicode-bidi: isolate; }
            .tag { unicode-bidi: isolate; display: inline-block; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 0.7rem; font-weight: 600; line-height: 1.3; vertical-align: 0.15em; margin-left: 0.25em; padding: 0 0.35em; border-radius: 0.25rem; background: var(--ink); color: {{Palette.White}}; }
            .q-none > .tag { font-size: 0.75rem; text-transform: uppercase; }
            .ctl { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8em; border: 1px solid {{Palette.ErrorInk}}; color: {{Palette.ErrorInk}}; background: {{Palette.ErrorTint}}; padding: 0 0.15em; }
            body[data-focus] .article-body, body[data-focus] .article h1, body[data-focus] .article .deck { color: var(--dimmed); }
            .is-dim { background: transparent; border-bottom-color: var(--rule); outline-color: var(--rule); color: var(--dimmed); }
            .is-dim > .tag { background: var(--dimmed); }
            .is-focus { color: var(--text); outline: 3px solid var(--ink); outline-offset: 1px; }
            .finding { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 0.82rem; line-height: 1.35; border-left: 4px solid var(--f-ink); background: var(--f-tint); color: var(--f-ink); padding: 0.1em 0.4em; margin: 0 0.2em; }
            span.finding { display: inline; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
            div.finding { display: block; margin: 0.3rem 0 0.8rem; padding: 0.3rem 0.6rem; }
            .finding a { color: var(--f-ink); font-weight: 700; }
            .finding:target { outline: 3px solid var(--f-ink); }
            .sev-error { --f-tint: {{Palette.ErrorTint}}; --f-ink: {{Palette.ErrorInk}}; }
            .sev-warning { --f-tint: {{Palette.WarningTint}}; --f-ink: {{Palette.WarningInk}}; }
            .sev-info, .sev-hidden { --f-tint: {{Palette.InfoTint}}; --f-ink: {{Palette.InfoInk}}; }
            .review { font-size: 0.92rem; }
            .review section { background: var(--panel); border: 1px solid var(--rule); border-radius: 0.4rem; padding: 0.8rem 1rem; margin-bottom: 1.2rem; }
            .review h2 { font-size: 1.05rem; margin: 0 0 0.6rem; }
            .review ol, .review ul { margin: 0; padding-left: 1.2rem; }
            .findings li { margin-bottom: 0.4rem; }
            .findings .where { color: var(--muted); }
            .sources { list-style: none; padding-left: 0 !important; }
            .source { border-left: 6px solid var(--ink); padding: 0.3rem 0 0.3rem 0.6rem; margin-bottom: 0.5rem; }
            .source button { font: inherit; font-weight: 600; text-align: left; cursor: pointer; color: var(--text); background: {{Palette.Page}}; border: 1px solid var(--rule); border-radius: 0.3rem; padding: 0.2rem 0.5rem; width: 100%; }
            .source button[aria-pressed="true"] { background: var(--tint); border: 2px solid var(--ink); }
            .source button[aria-pressed="true"]::after { content: " (shown)"; font-weight: 400; }
            .source .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; vertical-align: -0.1em; background: var(--tint); border: 2px solid var(--ink); }
            .source dl { display: grid; grid-template-columns: auto 1fr; gap: 0 0.6rem; margin: 0.3rem 0 0; color: var(--muted); }
            .source dt { font-weight: 600; }
            .source dd { margin: 0; }
            .source-none { --tint: {{Palette.UnattributedTint}}; --ink: {{Palette.UnattributedInk}}; }
            .figures table { border-collapse: collapse; width: 100%; background: {{Palette.Page}}; margin-bottom: 0.8rem; }
            .figures caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
            .figures th, .figures td { border: 1px solid var(--rule); padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
            .figures .conflict td { background: {{Palette.ErrorTint}}; color: {{Palette.ErrorInk}}; }
            .counts { margin: 0 0 0.6rem; padding: 0; list-style: none; }
            .bar { display: flex; height: 1.4rem; border: 1px solid var(--rule); background: {{Palette.Page}}; margin: 0.4rem 0; }
            .bar span { display: block; height: 100%; }
            .legend { list-style: none; padding-left: 0 !important; display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; }
            .legend .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: -0.1em; }
            @media print {
              .skip, .source button::after, #focus-status { display: none; }
              .layout { display: block; padding: 0; }
              .review section { break-inside: avoid; border-color: #000; }
              .source button { border: none; padding: 0; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              .is-dim { background: var(--tint); color: var(--text); }
              a[href^="http"]::after { content: " <" attr(href) ">"; font-weight: 400; font-size: 0.75em; word-break: break-all; }
            }

            """);

        // Each kind of source has its own colour and its own pattern, so the bar does not rely on colour alone.
        var patterns = new[] { "none", "repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,.55) 4px 6px)", "repeating-linear-gradient(90deg, transparent 0 5px, rgba(255,255,255,.55) 5px 7px)", "radial-gradient(rgba(255,255,255,.6) 1.5px, transparent 1.6px) 0 0 / 6px 6px", "repeating-linear-gradient(0deg, transparent 0 4px, rgba(255,255,255,.55) 4px 6px)", "repeating-linear-gradient(-45deg, transparent 0 3px, rgba(255,255,255,.6) 3px 6px)", "repeating-linear-gradient(135deg, transparent 0 8px, rgba(255,255,255,.5) 8px 10px)", "repeating-linear-gradient(45deg, rgba(255,255,255,.6) 0 2px, transparent 2px 4px)" };
        foreach (var kind in (WordShareKind[])System.Enum.GetValues(typeof(WordShareKind)))
        {
            var name = KindClass(kind);
            css.Append(CultureInfo.InvariantCulture, $".{name} {{ background-color: {Palette.ForKind(kind)}; background-image: {patterns[(int)kind]}; }}\n");
        }

        for (var i = 0; i < s_sourceClasses.Length; i++)
        {
            var colour = Palette.ForSource(i);
            css.Append('.').Append(s_sourceClasses[i]).Append(" { --tint: ").Append(colour.Tint.Hex).Append("; --ink: ").Append(colour.Ink.Hex).Append("; }\n");
        }

        for (var i = 0; i < s_widthClasses.Length; i++)
        {
            css.Append(".bar .").Append(s_widthClasses[i]).Append(" { width: ").Append(i).Append("%; }\n");
        }

        return css.ToString();
    }
}
