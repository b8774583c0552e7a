using System.Diagnostics;
using System.Text;
using NewsDsl.Language.Diagnostics;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Semantics;
using NewsDsl.Language.Text;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// Hostile input: NewsChecker.Check must return findings, never throw, and stay linear. Every check
/// runs under a hard time limit, so a quadratic regression fails the test instead of hanging the run.
/// </summary>
public sealed class RobustnessTests
{
    private const string Header = "---\nid: robustness\nheadline: Iran strikes back at US with missile attack at bases in Iraq\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n\n";

    /// <summary>Checks <paramref name="text"/> on another thread and fails if it throws or takes longer than <paramref name="limitSeconds"/>.</summary>
    private static NewsCheckResult CheckWithin(string text, double limitSeconds = 20)
    {
        var task = Task.Run(() => NewsChecker.Check(NewsText.From(text, "hostile.news")));
        Assert.True(task.Wait(TimeSpan.FromSeconds(limitSeconds)), $"NewsChecker.Check did not finish within {limitSeconds} s on {text.Length} characters");
        return task.Result;
    }

    private static void AssertSane(string text, NewsCheckResult result)
    {
        Assert.NotEmpty(result.Diagnostics);
        var length = text.Length - (text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Start, 0, length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, length);
            Assert.InRange(diagnostic.Start.Line, 0, result.Syntax.Text.LineCount - 1);
            Assert.False(string.IsNullOrEmpty(diagnostic.Message));
            Assert.StartsWith("hostile.news(", diagnostic.ToString(), StringComparison.Ordinal);
        }

        // Every quotation starts at a real opening mark of the text, and its text is no longer than the file.
        var content = result.Syntax.Text.Content;
        foreach (var quotation in result.Model.Quotations)
        {
            Assert.InRange(quotation.OpeningMark.Start, 0, content.Length - 1);
            var mark = content[quotation.OpeningMark.Start];
            Assert.True(
                mark is '"' or '\'' or '`' or '„' or '‚' || char.GetUnicodeCategory(mark) is System.Globalization.UnicodeCategory.InitialQuotePunctuation or System.Globalization.UnicodeCategory.FinalQuotePunctuation,
                $"a quotation opens at U+{(int)mark:X4}, which is no quotation mark");
            Assert.InRange(quotation.Text.Length, 0, content.Length);
        }
    }

    public static TheoryData<string, string> HostileInputs()
    {
        var random = new Random(264060);
        var junk = new char[20_000];
        for (var i = 0; i < junk.Length; i++)
        {
            junk[i] = (char)random.Next(0, 0x10000); // includes NUL, controls and lone surrogates
        }

        var bytes = new byte[20_000];
        random.NextBytes(bytes);

        const string markup = "“”‘’'\"[]{}@\\«»‹›„‚ \n\n\t#%-:=abc";
        var unbalanced = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            unbalanced.Append(markup[random.Next(markup.Length)]);
        }

        return new TheoryData<string, string>
        {
            { "empty file", string.Empty },
            { "only ---", "---" },
            { "only --- and a line break", "---\n" },
            { "two fences", "---\n---\n" },
            { "only a byte order mark", "\uFEFF" },
            { "random UTF-16 with NUL and lone surrogates", new string(junk) },
            { "random bytes decoded as UTF-8", Encoding.UTF8.GetString(bytes) },
            { "random bytes after front matter", Header + Encoding.Latin1.GetString(bytes) },
            { "NUL everywhere", Header + "\0\0“\0”{@\0}\0[\0]{@zarif\0}\n\0\n---\0\n@source \0 \0\n" },
            { "lone surrogates in marks, tags and ids", Header + "\uD800“\uDC00”{@zarif\uD800} [\uDFFF]{@\uDBFF} @source \uD800 person name=\"\uDC00\"\n@source z\uD800 person name=\"x\"\n" },
            { "10,000 nested [", Header + new string('[', 10_000) + "Iran" + new string(']', 10_000) + "{@zarif}\n" },
            { "10,000 nested “", Header + new string('“', 10_000) + "Iran" + new string('”', 10_000) + "{@zarif}\n" },
            { "10,000 nested [“ pairs, never closed", Header + string.Concat(Enumerable.Repeat("[“‘«", 10_000)) + "\n" },
            { "unbalanced markup soup", Header + unbalanced },
            { "unbalanced soup without front matter", unbalanced.ToString() },
            { "unclosed everything", "---\nid: \"unclosed\nheadline: \"x\n@source a person name=\"x\n\n“open [open {@a cue=\"open\n\n«open ‹open „open\n" },
            { "front matter never closed, thousands of lines", "---\n" + string.Concat(Enumerable.Repeat("key: value\n", 5_000)) },
            { "tags and backslashes at every end", Header + "\\\n\n{\n\n{@\n\n”{\n\n]{\n\n\\“\n\n“\\" },
        };
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Check_never_throws_and_reports_something(string name, string text)
    {
        var result = CheckWithin(text);

        AssertSane(text, result);
        _ = name; // only names the case in test output
    }

    [Fact]
    public void Empty_file_is_NEWS008_at_line_1_column_1()
    {
        var result = CheckWithin(string.Empty);

        Assert.All(result.Diagnostics.Where(d => d.Id.StartsWith("NEWS00", StringComparison.Ordinal)), d => Assert.Equal(("NEWS008", 0, 0), (d.Id, d.Start.Line, d.Start.Character)));
        Assert.Contains(result.Diagnostics, d => d.Id == "NEWS008");
    }

    [Fact]
    public void Only_a_fence_is_an_unclosed_front_matter_lacking_id_and_headline()
    {
        var result = CheckWithin("---");

        Assert.Equal(
            new[] { "NEWS004 1,1", "NEWS008 1,1", "NEWS008 1,1" },
            result.Diagnostics.Where(d => d.Id.StartsWith("NEWS00", StringComparison.Ordinal)).Select(d => $"{d.Id} {d.Start}"));
    }

    [Fact]
    public void Deep_nesting_is_reported_once_and_the_quotation_around_it_still_closes()
    {
        // 10,000 levels in, 10,000 out: the marks past the cap are text on both sides, so the outer
        // quotation still closes at the last mark and gets its tag (no NEWS001, no NEWS007).
        var text = Header + "Zarif said " + new string('“', 10_000) + "Iran" + new string('”', 10_000) + "{@zarif} and " + new string('[', 10_000) + "more" + new string(']', 10_000) + "{@zarif}.\n";
        var result = CheckWithin(text);

        var nesting = Assert.Single(result.Diagnostics, d => d.Id == "NEWS004");
        Assert.Contains("nested", nesting.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "NEWS001" or "NEWS007");
        var outer = Assert.Single(result.Model.Quotes);
        Assert.Equal(("zarif", 7, 12), (outer.Source?.Id, outer.Start.Line + 1, outer.Start.Character + 1));
        Assert.Equal(64, result.Model.Quotations.Count);
        Assert.Equal("zarif", Assert.Single(result.Model.Claims, c => c.Parent is null).Source?.Id);
    }

    [Fact]
    public void A_5_MB_single_line_of_tagged_quotations_finds_every_one()
    {
        const string sentence = "“Iran took and concluded proportionate measures in self-defense,”{@zarif} Zarif said [on Twitter]{@zarif}. ";
        var count = (5 * 1024 * 1024 / sentence.Length) + 1;
        var text = Header + string.Concat(Enumerable.Repeat(sentence, count)) + "\n";
        Assert.True(text.Length > 5 * 1024 * 1024);

        var result = CheckWithin(text);

        Assert.Equal(count, result.Model.Quotes.Count);
        Assert.Equal(count, result.Model.Claims.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == NewsSeverity.Error);
        Assert.Equal("Iran took and concluded proportionate measures in self-defense,", result.Model.Quotes[count - 1].Text);
    }

    [Fact]
    public async Task A_5_MB_single_line_of_tags_that_never_close_parses_within_the_limit()
    {
        // Each unclosed tag used to scan to the end of its line: on one 5 MB line, that never finished.
        var text = Header + "“Iran,”" + string.Concat(Enumerable.Repeat("{@zarif cue=\"said\" ", 5 * 1024 * 1024 / 19)) + "\n";

        // WaitAsync throws TimeoutException if parsing has not finished within 20 s.
        var tree = await Task.Run(() => NewsParser.Parse(NewsText.From(text, "hostile.news"))).WaitAsync(TimeSpan.FromSeconds(20));

        var errors = tree.Errors;
        Assert.Equal(5 * 1024 * 1024 / 19, errors.Count(e => e.Message.Contains("not closed", StringComparison.Ordinal)));
    }
}

[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection
{
}

/// <summary>
/// Linearity, measured on parse and bind (and on one full check of a realistic article): 10 times the
/// input may cost at most 30 times the time (quadratic work costs 100 times) and 15 times the memory
/// allocated. Run alone, so other tests do not compete for the CPU.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class LinearityTests
{
    private const string Header = "---\nid: linearity\nheadline: Iran strikes back at US with missile attack at bases in Iraq\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n\n";

    /// <summary>Inputs whose cost would grow faster than their length if any scan were repeated per mark, tag or line.</summary>
    public static TheoryData<string> Shapes() => new()
    {
        "article",
        "one line of tagged quotations",
        "one line of unclosed tags",
        "one line of dangling tags",
        "paragraphs of marks nested past the cap",
        "one line of brackets and marks",
        "spaces before tags",
        "paragraphs continuing quotations",
        "declarations",
        "front matter without its closing fence",
    };

    private static string Unit(string shape, int i) => shape switch
    {
        "article" => "“Iran took and concluded proportionate measures in self-defense,”{@zarif cue=\"said\"} Zarif said on Twitter, and [more could come]{@zarif}.\n\n",
        "one line of tagged quotations" => "“Iran took proportionate measures,”{@zarif} he said. ",
        "one line of unclosed tags" => "“Iran,”{@zarif cue=\"said\" Zarif said ",
        "one line of dangling tags" => "Zarif said {@zarif} and {@zarif cue=\"x\" ",
        "paragraphs of marks nested past the cap" => string.Concat(Enumerable.Repeat("“‘«„[ Iran ", 14)) + "\n\n",
        "one line of brackets and marks" => "[“If they [US officials] are wise ]” ",
        "spaces before tags" => "“Iran took measures,”          {@zarif}        “x”        {title} ",
        "paragraphs continuing quotations" => "“Iran took and concluded proportionate measures in self-defense.\n\n",
        "declarations" => $"@source s{i} person name=\"Source {i}\" title=\"Minister\" aka=\"A, B, C\"\n",
        "front matter without its closing fence" => $"key{i}: value\n",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static string Build(string shape, int characters)
    {
        var builder = new StringBuilder(shape == "front matter without its closing fence" ? "---\n" : Header);
        for (var i = 0; builder.Length < characters; i++)
        {
            builder.Append(Unit(shape, i));
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>
    /// Milliseconds per run of <paramref name="action"/>: the fastest of five batches of
    /// <paramref name="repeat"/> back-to-back runs (the batch least disturbed by the machine). Each batch
    /// runs under a hard limit, so that a quadratic regression fails instead of hanging the test run.
    /// Time is the thread's processor time where the system has it (<see cref="ThreadClock"/>), so that
    /// other processes on a busy machine do not count; they only ever add time, so the fastest batch is the truest.
    /// </summary>
    private static double FastestMilliseconds(Action action, int repeat)
    {
        var fastest = double.MaxValue;
        for (var batch = 0; batch < 5; batch++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var task = Task.Run(() =>
            {
                // Timed inside the task, so waking a pool thread is not part of the measure.
                var start = ThreadClock.Milliseconds();
                for (var run = 0; run < repeat; run++)
                {
                    action();
                }

                return (ThreadClock.Milliseconds() - start) / repeat;
            });
            Assert.True(task.Wait(TimeSpan.FromSeconds(20)), "did not finish within 20 s");
            fastest = Math.Min(fastest, task.Result);
        }

        return fastest;
    }

    private static long AllocatedBytes(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// Both sizes are kept small enough (10 and 100 KB) that their working sets stay in the processor's
    /// caches: between a size that fits and one that does not, even linear code was measured 25 to 50 times
    /// slower on the machines this runs on, which would hide the difference between linear and quadratic.
    /// The 1x input is timed over ten back-to-back runs so it is well above timer noise.
    /// </summary>
    private static void AssertLinear(string what, Func<int, string> build, Action<string> operation)
    {
        var one = build(10_000);
        var ten = build(100_000);
        operation(one); // warm-up: JIT and first-use costs are not part of the measure
        operation(ten);

        var oneTime = FastestMilliseconds(() => operation(one), 10);
        var tenTime = FastestMilliseconds(() => operation(ten), 2);
        Assert.True(
            tenTime <= 30 * oneTime,
            $"{what}: {one.Length} chars took {oneTime:F2} ms, {ten.Length} chars took {tenTime:F2} ms ({tenTime / oneTime:F1}x for 10x the input)");

        // Memory is counted exactly, with no noise at all: it must grow like the input.
        var oneBytes = AllocatedBytes(() => operation(one));
        var tenBytes = AllocatedBytes(() => operation(ten));
        Assert.True(
            tenBytes <= 15 * oneBytes,
            $"{what}: {one.Length} chars allocated {oneBytes} bytes, {ten.Length} chars allocated {tenBytes} bytes ({(double)tenBytes / oneBytes:F1}x for 10x the input)");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Parsing_and_binding_ten_times_the_input_costs_at_most_thirty_times_the_time_and_fifteen_times_the_memory(string shape)
    {
        AssertLinear(shape, size => Build(shape, size), text => Binder.Bind(NewsParser.Parse(NewsText.From(text, "linear.news"))));
    }

    [Fact]
    public void Checking_ten_times_a_realistic_article_costs_at_most_thirty_times_the_time_and_fifteen_times_the_memory()
    {
        var article = File.ReadAllText(RepositoryPaths.Samples("press-tv-264060-iran-strikes-back.news"));
        var body = article.Substring(article.IndexOf("\n\nIran struck back", StringComparison.Ordinal));
        var head = article.Substring(0, article.Length - body.Length);

        AssertLinear(
            "sample article, body repeated",
            size =>
            {
                var builder = new StringBuilder(head);
                while (builder.Length < size)
                {
                    builder.Append(body);
                }

                return builder.ToString();
            },
            text => NewsChecker.Check(NewsText.From(text, "linear.news")));
    }
}

/// <summary>
/// Processor time of the calling thread (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so a
/// measure is not inflated by whatever else the machine runs; elsewhere, wall-clock time.
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTimeId = 3;
    private static readonly Stopwatch s_wall = Stopwatch.StartNew();
    private static bool s_threadClockWorks = OperatingSystem.IsLinux();

    public static double Milliseconds()
    {
        if (s_threadClockWorks)
        {
            try
            {
                if (clock_gettime(ClockThreadCpuTimeId, out var time) == 0)
                {
                    return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
                }
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
            }

            s_threadClockWorks = false;
        }

        return s_wall.Elapsed.TotalMilliseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
#pragma warning disable SA1300, IDE1006 // the C function's own name
    private static extern int clock_gettime(int clockId, out TimeSpec time);
#pragma warning restore SA1300, IDE1006

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
