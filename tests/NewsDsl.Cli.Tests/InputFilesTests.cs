using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// The folder walker and the article reader on a real, hostile file system: symlink loops, FIFOs,
/// devices, sockets, oversized files, unreadable and very deep folders. Every case must end (each
/// runs under a time limit, so a regression fails instead of hanging the run), report what it did
/// not read, and never open what is not a regular file.
/// </summary>
public sealed class InputFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsdsl-walk-" + Guid.NewGuid().ToString("N"));

    public InputFilesTests()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, ".editorconfig"), "root = true\n");
    }

    public void Dispose() => HostileFileSystem.RemoveTree(_root);

    private string Article(string relativePath, string? id = null)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Articles.Clean(id ?? Path.GetFileNameWithoutExtension(path).ToLowerInvariant() + "-" + Math.Abs(relativePath.GetHashCode())));
        return path;
    }

    private (List<string> Files, List<(string Path, string Why)> Skipped) Walk(string? folder = null)
    {
        var skipped = new List<(string, string)>();

        // Take() bounds a walker that would loop for ever; the counts below then fail instead.
        var files = HostileFileSystem.WithinSeconds(30, () => InputFiles.EnumerateNewsFiles(folder ?? _root, (p, why) => skipped.Add((p, why))).Take(10_000).ToList());
        return (files, skipped);
    }

    private string Rel(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');

    [LinuxFact]
    public void Directory_symlink_loops_end_and_each_real_directory_is_read_once()
    {
        Article("a/one.news");
        Article("a/b/two.news");
        Article("top.news");
        File.CreateSymbolicLink(Path.Combine(_root, "a", "up"), "..");          // a/up -> the root
        File.CreateSymbolicLink(Path.Combine(_root, "a", "b", "up2"), "../.."); // a/b/up2 -> the root
        File.CreateSymbolicLink(Path.Combine(_root, "a", "b", "self"), ".");    // a/b/self -> a/b
        File.CreateSymbolicLink(Path.Combine(_root, "ring1"), "ring2");          // a link cycle: ELOOP
        File.CreateSymbolicLink(Path.Combine(_root, "ring2"), "ring1");

        var (files, skipped) = Walk();

        Assert.Equal(new[] { "a/b/two.news", "a/one.news", "top.news" }, files.Select(Rel));
        Assert.Empty(skipped);
    }

    [LinuxFact]
    public void Two_links_to_one_folder_give_its_files_once_under_the_first_path_in_ordinal_order()
    {
        Article("real/story.news");
        File.CreateSymbolicLink(Path.Combine(_root, "0-alias"), "real");
        File.CreateSymbolicLink(Path.Combine(_root, "z-alias"), Path.Combine(_root, "real"));

        var (files, _) = Walk();

        Assert.Equal(new[] { "0-alias/story.news" }, files.Select(Rel));
    }

    [Fact]
    public void Paths_come_in_ordinal_order_of_the_whole_path()
    {
        // '-' (0x2D) < '.' (0x2E) < '/' (0x2F) < 'B' < 'b': a walker sorting names folder by folder gets these wrong.
        foreach (var path in new[] { "a/x.news", "a-b/x.news", "a.news", "B.news", "b.news", "a/a/z.news", "a/a.news", "a.b/x.news" })
        {
            Article(path);
        }

        File.WriteAllText(Path.Combine(_root, "a", "notes.txt"), "not an article");

        var (files, skipped) = Walk();

        Assert.Equal(files.OrderBy(f => f, StringComparer.Ordinal), files);
        Assert.Equal(new[] { "B.news", "a-b/x.news", "a.b/x.news", "a.news", "a/a.news", "a/a/z.news", "a/x.news", "b.news" }, files.Select(Rel));
        Assert.Empty(skipped);
    }

    [LinuxFact]
    public void A_fifo_a_device_link_and_a_socket_named_news_are_skipped_with_the_reason_and_never_opened()
    {
        var good = Article("good.news");
        HostileFileSystem.MakeFifo(Path.Combine(_root, "fifo.news"));
        File.CreateSymbolicLink(Path.Combine(_root, "zero.news"), "/dev/zero");
        using var socket = HostileFileSystem.MakeSocket(Path.Combine(_root, "socket.news"));
        File.CreateSymbolicLink(Path.Combine(_root, "to-fifo.news"), "fifo.news");

        var (files, skipped) = Walk();

        Assert.Equal(new[] { good }, files);
        Assert.Equal(
            new[] { ("fifo.news", "FIFO"), ("socket.news", "socket"), ("to-fifo.news", "FIFO"), ("zero.news", "character device") },
            skipped.Select(s => (Rel(s.Path), s.Why.Contains("FIFO") ? "FIFO" : s.Why.Contains("socket") ? "socket" : s.Why.Contains("character device") ? "character device" : s.Why)));
        Assert.All(skipped, s => Assert.Contains("not a regular file", s.Why, StringComparison.Ordinal));

        // Reading them anyway (a FIFO would block a plain open until a writer came; /dev/zero never ends) is refused at once.
        foreach (var name in new[] { "fifo.news", "zero.news", "socket.news" })
        {
            var read = HostileFileSystem.WithinSeconds(10, () => (InputFiles.TryReadArticle(Path.Combine(_root, name), out _, out var why), why));
            Assert.False(read.Item1);
            Assert.Contains("not a regular file", read.why, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_and_not_read()
    {
        Article("small.news");
        var big = Path.Combine(_root, "big.news");
        using (var stream = new FileStream(big, FileMode.CreateNew))
        {
            stream.SetLength(InputFiles.MaxArticleBytes + 1); // sparse: no disk used
        }

        File.WriteAllBytes(Path.Combine(_root, "limit.news"), new byte[] { (byte)'x' });
        using (var stream = new FileStream(Path.Combine(_root, "limit.news"), FileMode.Open))
        {
            stream.SetLength(InputFiles.MaxArticleBytes); // exactly the limit: read
        }

        var (files, skipped) = Walk();

        Assert.Equal(new[] { "limit.news", "small.news" }, files.Select(Rel));
        var (path, why) = Assert.Single(skipped);
        Assert.Equal(big, path);
        Assert.Contains("larger than 16 MiB, the limit for an article", why, StringComparison.Ordinal);
        Assert.False(InputFiles.TryReadArticle(big, out _, out var error));
        Assert.Contains("limit", error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_broken_news_link_is_reported_and_other_broken_links_are_ignored()
    {
        Article("ok.news");
        File.CreateSymbolicLink(Path.Combine(_root, "gone.news"), "nowhere.news");
        File.CreateSymbolicLink(Path.Combine(_root, "gone-folder"), "nowhere");
        File.CreateSymbolicLink(Path.Combine(_root, "linked.news"), "ok.news");

        var (files, skipped) = Walk();

        Assert.Equal(new[] { "linked.news", "ok.news" }, files.Select(Rel));
        Assert.Equal(new[] { "gone.news" }, skipped.Select(s => Rel(s.Path)));
    }

    [LinuxFact]
    public void A_very_deep_tree_is_read_and_one_deeper_than_PATH_MAX_ends_with_the_unreachable_folder_reported()
    {
        Article("shallow.news");

        // 1,000 nested folders (a recursive walker's stack grows with them) and, beside them, folders with
        // 200-character names nested past PATH_MAX (4,096 bytes): the article at their end cannot be named.
        HostileFileSystem.MakeDeepTree(_root, "d", 1000, "deep.news", Articles.Clean("deep-article"));
        HostileFileSystem.MakeDeepTree(_root, new string('e', 200), 27, "deeper.news", Articles.Clean("deeper-article"));

        var (files, skipped) = Walk();

        Assert.Equal(2, files.Count);
        Assert.EndsWith("/d/deep.news", files[0], StringComparison.Ordinal);
        Assert.Equal(1000, files[0].Split('/').Count(part => part == "d"));
        Assert.True(InputFiles.TryReadArticle(files[0], out var text, out var error), error);
        Assert.Contains("deep-article", text, StringComparison.Ordinal);
        Assert.Equal("shallow.news", Rel(files[1]));

        var (path, why) = Assert.Single(skipped);
        Assert.StartsWith(Path.Combine(_root, new string('e', 200)), path, StringComparison.Ordinal);
        Assert.True(path.Length > 4000, $"the folder reported is {path.Length} characters long");
        Assert.Contains("cannot be listed", why, StringComparison.Ordinal);
    }

    [AsOtherUserFact]
    public void An_unreadable_folder_is_reported_and_the_rest_is_checked()
    {
        Article("open/a.news", "open-article");
        var closed = Path.GetDirectoryName(Article("closed/b.news", "closed-article"))!;
        File.SetUnixFileMode(closed, UnixFileMode.None);

        // Root may list every folder, so the tool runs as an unprivileged user here.
        var run = HostileFileSystem.RunToolUnprivileged(_root, "check", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("newsdsl: skipped 'closed': the folder cannot be listed", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 file checked (1 not read)", run.Error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Check_of_a_hostile_folder_ends_checks_every_article_and_exits_2_for_what_it_could_not_read()
    {
        Article("a/one.news", "one");
        Article("two.news", "two");
        File.CreateSymbolicLink(Path.Combine(_root, "a", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(_root, "a", "up2"), "..");
        HostileFileSystem.MakeFifo(Path.Combine(_root, "x.news"));
        File.CreateSymbolicLink(Path.Combine(_root, "zero.news"), "/dev/zero");

        var run = HostileFileSystem.WithinSeconds(60, () => CliRun.Of("check", _root));

        Assert.Equal(2, run.ExitCode);

        // The two clean articles have no finding; the two paths not read are NEWS112, in path order.
        Assert.Equal(
            new[]
            {
                $"{Path.Combine(_root, "x.news")}(1,1): error NEWS112: '{Path.Combine(_root, "x.news")}' was not read: a FIFO (named pipe), not a regular file; nothing in it was checked",
                $"{Path.Combine(_root, "zero.news")}(1,1): error NEWS112: '{Path.Combine(_root, "zero.news")}' was not read: a character device, not a regular file; nothing in it was checked",
            },
            run.Lines);
        Assert.Contains($"newsdsl: skipped '{Path.Combine(_root, "x.news")}': a FIFO (named pipe), not a regular file.", run.Error, StringComparison.Ordinal);
        Assert.Contains($"newsdsl: skipped '{Path.Combine(_root, "zero.news")}': a character device, not a regular file.", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 files checked (2 not read): 2 errors, 0 warnings", run.Error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_skipped_file_is_NEWS112_in_every_format_with_its_configured_severity_and_never_silent()
    {
        Article("one.news", "one");
        HostileFileSystem.MakeFifo(Path.Combine(_root, "x.news"));

        var json = HostileFileSystem.WithinSeconds(30, () => CliRun.Of("check", "--format", "json", _root));
        File.AppendAllText(Path.Combine(_root, ".editorconfig"), "[*.news]\ndotnet_diagnostic.NEWS112.severity = none\n");
        var quiet = HostileFileSystem.WithinSeconds(30, () => CliRun.Of("check", _root));

        Assert.Contains("\"id\":\"NEWS112\"", json.Out.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"severity\":\"error\"", json.Out.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(2, json.ExitCode);

        // Turned off, it is lowered to info, not hidden; the exit code still says a path was not read.
        Assert.StartsWith($"{Path.Combine(_root, "x.news")}(1,1): info NEWS112: ", Assert.Single(quiet.Lines), StringComparison.Ordinal);
        Assert.Equal(2, quiet.ExitCode);
    }

    [LinuxFact]
    public void A_fifo_named_on_the_command_line_is_refused_not_read_by_check_and_render()
    {
        var fifo = Path.Combine(_root, "x.news");
        HostileFileSystem.MakeFifo(fifo);

        var check = HostileFileSystem.WithinSeconds(30, () => CliRun.Of("check", fifo));
        var render = HostileFileSystem.WithinSeconds(30, () => CliRun.Of("render", fifo));

        Assert.Equal(2, check.ExitCode);
        Assert.Contains($"skipped '{fifo}': a FIFO (named pipe), not a regular file", check.Error, StringComparison.Ordinal);
        Assert.Equal(2, render.ExitCode);
        Assert.Contains($"skipped '{fifo}': a FIFO (named pipe), not a regular file", render.Error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Render_of_a_folder_with_a_loop_and_a_device_ends()
    {
        Article("a/one.news", "one");
        File.CreateSymbolicLink(Path.Combine(_root, "a", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(_root, "zero.news"), "/dev/zero");
        var pages = Path.Combine(_root, "pages") + "/";

        var run = HostileFileSystem.WithinSeconds(60, () => CliRun.Of("render", _root, "-o", pages));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(new[] { "one.html" }, Directory.GetFiles(pages).Select(Path.GetFileName));
        Assert.Contains("a character device, not a regular file", run.Error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Export_and_import_refuse_a_fifo_and_a_link_to_dev_zero_instead_of_hanging_or_running_out_of_memory()
    {
        var fifo = Path.Combine(_root, "x.news");
        HostileFileSystem.MakeFifo(fifo);
        var zero = Path.Combine(_root, "zero.news");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var zeroText = Path.Combine(_root, "zero.txt");
        File.CreateSymbolicLink(zeroText, "/dev/zero");

        foreach (var args in new[] { new[] { "export", fifo }, new[] { "export", zero }, new[] { "import", fifo }, new[] { "import", zeroText } })
        {
            var run = HostileFileSystem.WithinSeconds(30, () => CliRun.Of(args));

            Assert.True(run.ExitCode == 2, $"{string.Join(' ', args)}: exit {run.ExitCode}");
            Assert.Matches("cannot read '.*': a (FIFO \\(named pipe\\)|character device), not a regular file", run.Error);
            Assert.Empty(run.Out);
        }
    }

    [LinuxFact]
    public void Import_refuses_an_input_over_256_MiB_by_its_size_without_reading_it()
    {
        // Sparse: 300 MiB on paper, no disk space used; a reader that tried would take seconds and the memory.
        var huge = Path.Combine(_root, "huge.txt");
        using (var stream = new FileStream(huge, FileMode.CreateNew))
        {
            stream.SetLength(300L * 1024 * 1024);
        }

        var run = HostileFileSystem.WithinSeconds(30, () => CliRun.Of("import", huge));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("300 MiB, larger than 256 MiB, the limit", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
