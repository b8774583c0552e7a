using System.Text;
using Xunit;

namespace NewsDsl.Cli.Tests;

/// <summary>
/// Every <c>-o</c> (import, export, render) and <c>check --fix</c> against real hostile targets: symlinks,
/// FIFOs, devices, folders, hard links, files of another user, read-only files, its own input under
/// another name, a 240-character name and an empty name. Each must leave what it may not write exactly
/// as it was, end, and exit 2 with a sentence, never an exception.
/// </summary>
public sealed class OutputFileTests : IDisposable
{
    // A zero-width space in prose (NEWS100): a safe fix with one right answer.
    private const string Fixable = "---\nid: fix-me\nheadline: H\n---\n@source zarif person name=\"Mohammad Javad Zarif\"\n\n"
        + "The\u200b minister said [it was calm]{@zarif}.\n";

    private readonly ScratchFolder _folder = new();

    public void Dispose() => HostileFileSystem.RemoveTree(_folder.Path);

    private string PathOf(string name) => Path.Combine(_folder.Path, name);

    private string Article(string name = "a.news") => _folder.Write(name, Articles.Warning());

    private static FileStatus Stat(string path, bool follow = true)
    {
        Assert.True(FileStatus.TryGet(path, follow, out var status, out var error), error);
        return status;
    }

    /// <summary>Only the files the test made: no temporary file left beside them.</summary>
    private void AssertNoTemporaryFiles() =>
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_folder.Path), p => Path.GetFileName(p).EndsWith(".tmp", StringComparison.Ordinal));

    [LinuxFact]
    public void Export_through_a_symlink_writes_its_target_and_the_link_stays_a_link()
    {
        var input = Article();
        var target = _folder.Write("real/out.json", "old");
        var link = PathOf("out.json");
        File.CreateSymbolicLink(link, Path.Combine("real", "out.json"));

        var run = CliRun.Of("export", input, "-o", link);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(FileKind.SymbolicLink, Stat(link, follow: false).Kind);
        Assert.Contains("\"id\": \"warning-article\"", File.ReadAllText(target), StringComparison.Ordinal);
        AssertNoTemporaryFiles();
    }

    [LinuxFact]
    public void A_symlink_to_nothing_is_refused_and_stays()
    {
        var input = Article();
        var link = PathOf("dangling.json");
        File.CreateSymbolicLink(link, "nowhere/out.json");

        var run = CliRun.Of("export", input, "-o", link);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.Equal(FileKind.SymbolicLink, Stat(link, follow: false).Kind);
    }

    [LinuxFact]
    public void A_fifo_a_device_and_a_folder_are_refused_with_exit_2_and_left_as_they_are()
    {
        var input = Article();
        var fifo = PathOf("out.fifo");
        HostileFileSystem.MakeFifo(fifo);
        var linkToDevice = PathOf("zero.json");
        File.CreateSymbolicLink(linkToDevice, "/dev/zero");
        var folder = Directory.CreateDirectory(PathOf("folder.json")).FullName;

        foreach (var (target, kind) in new[] { (fifo, "a FIFO"), (linkToDevice, "a character device"), ("/dev/null", "a character device"), (folder, "a folder") })
        {
            // render -o folder writes its pages into that folder (docs/cli.md), so a folder is refused by export and import only.
            var commands = new List<string[]> { new[] { "export", input, "-o", target }, new[] { "import", Article("copy.txt"), "-o", target } };
            if (target != folder)
            {
                commands.Add(new[] { "render", input, "-o", target });
            }

            foreach (var args in commands)
            {
                // A FIFO opened for writing would wait for a reader for ever: the time limit fails a hang.
                var run = HostileFileSystem.WithinSeconds(30, () => CliRun.Of(args));

                Assert.True(run.ExitCode == 2, $"{string.Join(' ', args)}: exit {run.ExitCode}, {run.Error}");
                Assert.Contains(kind, run.Error, StringComparison.Ordinal);
            }
        }

        Assert.Equal(FileKind.Fifo, Stat(fifo, follow: false).Kind);
        Assert.Equal(FileKind.SymbolicLink, Stat(linkToDevice, follow: false).Kind);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        AssertNoTemporaryFiles();
    }

    [LinuxFact]
    public void A_file_with_two_hard_links_is_written_in_place_and_both_names_see_it()
    {
        var input = Article();
        var output = _folder.Write("out.json", "old");
        var other = PathOf("other-name.json");
        HostileFileSystem.MakeHardLink(other, output);
        var before = Stat(output);

        var run = CliRun.Of("export", input, "-o", output);

        Assert.Equal(0, run.ExitCode);
        var after = Stat(output);
        Assert.True(after.IsSameFileAs(before), "the file was replaced by another inode: its hard link was split");
        Assert.Equal(2u, after.LinkCount);
        Assert.Equal(File.ReadAllText(output), File.ReadAllText(other));
        Assert.Contains("\"id\": \"warning-article\"", File.ReadAllText(other), StringComparison.Ordinal);
        AssertNoTemporaryFiles();
    }

    [AsOtherUserFact(needsRoot: true)]
    public void Root_writing_another_users_file_keeps_its_owner_group_and_mode()
    {
        var input = Article();
        var output = _folder.Write("out.json", "old");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        HostileFileSystem.Chown(output, HostileFileSystem.OtherUser);

        var run = CliRun.Of("export", input, "-o", output);

        Assert.Equal(0, run.ExitCode);
        var after = Stat(output);
        Assert.Equal((uint)HostileFileSystem.OtherUser, after.Owner);
        Assert.Equal((uint)HostileFileSystem.OtherUser, after.Group);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, after.Mode);
        Assert.Contains("\"id\": \"warning-article\"", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [AsOtherUserFact(needsRoot: true)]
    public void Another_users_read_only_file_is_refused_even_for_root_and_stays_as_it_was()
    {
        var input = Article();
        var output = _folder.Write("out.json", "old");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        HostileFileSystem.Chown(output, HostileFileSystem.OtherUser);
        var before = Stat(output);

        var run = CliRun.Of("export", input, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("read-only", run.Error, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(output));
        var after = Stat(output);
        Assert.True(after.IsSameFileAs(before));
        Assert.Equal((before.Owner, before.Mode), (after.Owner, after.Mode));
        AssertNoTemporaryFiles();
    }

    [AsOtherUserFact(needsRoot: true)]
    public void A_user_writing_a_writable_file_of_another_owner_keeps_that_owner()
    {
        // A shared folder anyone may write to, and a file of root's that anyone may write: the tool runs as nobody.
        File.SetUnixFileMode(_folder.Path, (UnixFileMode)0x1FF);
        var input = Article();
        File.SetUnixFileMode(input, (UnixFileMode)0x1A4);
        var output = _folder.Write("out.json", "old");
        File.SetUnixFileMode(output, (UnixFileMode)0x1B6);
        var before = Stat(output);

        var run = HostileFileSystem.RunToolUnprivileged(_folder.Path, "export", input, "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        var after = Stat(output);
        Assert.True(after.IsSameFileAs(before), "replaced by a new file owned by the user who ran the tool");
        Assert.Equal((0u, (UnixFileMode)0x1B6), (after.Owner, after.Mode));
        Assert.Contains("\"id\": \"warning-article\"", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [AsOtherUserFact(needsRoot: true)]
    public void A_users_own_file_in_a_folder_they_may_not_write_is_written_in_place()
    {
        // root's folder (0755), nobody's file in it (0644): no temporary file or rename is possible there.
        var input = Article();
        File.SetUnixFileMode(input, (UnixFileMode)0x1A4);
        var output = _folder.Write("out.json", "old");
        HostileFileSystem.Chown(output, HostileFileSystem.OtherUser);
        File.SetUnixFileMode(_folder.Path, (UnixFileMode)0x1ED);
        var before = Stat(output);

        var run = HostileFileSystem.RunToolUnprivileged(Path.GetTempPath(), "export", input, "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        var after = Stat(output);
        Assert.True(after.IsSameFileAs(before));
        Assert.Equal(((uint)HostileFileSystem.OtherUser, before.Mode), (after.Owner, after.Mode));
        Assert.Contains("\"id\": \"warning-article\"", File.ReadAllText(output), StringComparison.Ordinal);
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void A_valid_240_character_name_can_be_written()
    {
        var input = Article();
        var output = PathOf(new string('p', 235) + ".json");

        var export = CliRun.Of("export", input, "-o", output);
        var render = CliRun.Of("render", input, "-o", output);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(render.ExitCode == 0, render.Error);
        Assert.Contains("<html", File.ReadAllText(output), StringComparison.OrdinalIgnoreCase);
        AssertNoTemporaryFiles();
    }

    [LinuxFact]
    public void The_input_as_output_is_refused_by_name_symlink_and_hard_link()
    {
        var input = Article();
        var copy = _folder.Write("copy.txt", "“We will respond,” the minister said.\n");
        var link = PathOf("link.news");
        File.CreateSymbolicLink(link, input);
        var hard = PathOf("hard.news");
        HostileFileSystem.MakeHardLink(hard, input);
        var original = File.ReadAllBytes(input);

        foreach (var args in new[]
        {
            new[] { "export", input, "-o", input },
            new[] { "export", input, "-o", link },
            new[] { "export", input, "-o", hard },
            new[] { "export", link, "-o", Path.Combine(_folder.Path, ".", "a.news") },
            new[] { "import", copy, "-o", copy },
            new[] { "render", input, "-o", hard },
            new[] { "render", link, "-o", input },
        })
        {
            var run = CliRun.Of(args);

            Assert.True(run.ExitCode == 2, $"{string.Join(' ', args)}: exit {run.ExitCode}");
            Assert.Matches("is (the input|an input article)", run.Error);
        }

        Assert.Equal(original, File.ReadAllBytes(input));
        Assert.Equal("“We will respond,” the minister said.\n", File.ReadAllText(copy));
        Assert.Equal(FileKind.SymbolicLink, Stat(link, follow: false).Kind);
    }

    [Fact]
    public void An_empty_output_path_is_a_usage_error_not_an_exception()
    {
        var input = Article();
        foreach (var args in new[] { new[] { "export", input, "-o", "" }, new[] { "import", Article("copy.txt"), "-o", "" }, new[] { "render", input, "-o", "" } })
        {
            var run = CliRun.Of(args);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("-o '' names no file", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        }
    }

    [LinuxFact]
    public void Check_fix_through_a_symlink_fixes_the_target_in_place_and_the_link_stays()
    {
        var target = _folder.Write("real/a.news", Fixable);
        var link = PathOf("a.news");
        File.CreateSymbolicLink(link, Path.Combine("real", "a.news"));

        var run = CliRun.Of("check", "--fix", link);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(FileKind.SymbolicLink, Stat(link, follow: false).Kind);
        Assert.Equal(Fixable.Replace("\u200b", string.Empty, StringComparison.Ordinal), File.ReadAllText(target));
        AssertNoTemporaryFiles();
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(target)!, "*.tmp"));
    }

    [LinuxFact]
    public void Check_fix_keeps_hard_links_together()
    {
        var path = _folder.Write("a.news", Fixable);
        var other = PathOf("b.news.bak");
        HostileFileSystem.MakeHardLink(other, path);
        var before = Stat(path);

        var run = CliRun.Of("check", "--fix", path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(Stat(path).IsSameFileAs(before));
        Assert.DoesNotContain("\u200b", File.ReadAllText(other), StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Check_fix_of_a_folder_holding_a_file_and_links_to_it_fixes_it_once_without_an_error()
    {
        // Many names of one file, fixed by four workers at once: without one fix at a time per real file,
        // the workers that read it before the first write find it changed and report it. A fresh process
        // each time (the workers start together while it warms up; in this warm test process they rarely do).
        var path = _folder.Write("a.news", Fixable);
        for (var i = 0; i < 16; i++)
        {
            File.CreateSymbolicLink(PathOf($"link-{i:D2}.news"), "a.news");
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            File.WriteAllText(path, Fixable);

            var run = NewsdslProcess.Run(_folder.Path, "check", "--fix", "--jobs", "4", _folder.Path);

            // Every name is read (as a build would list each): NEWS109, the id used again, is the only error.
            Assert.DoesNotContain("cannot fix", run.Error, StringComparison.Ordinal);
            Assert.True(run.ExitCode == 1, run.Error);
            Assert.DoesNotContain("\u200b", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Equal(FileKind.SymbolicLink, Stat(PathOf("link-00.news"), follow: false).Kind);
        }
    }

    [AsOtherUserFact(needsRoot: true)]
    public void Check_fix_keeps_another_users_owner_and_mode()
    {
        var path = _folder.Write("a.news", Fixable);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
        HostileFileSystem.Chown(path, HostileFileSystem.OtherUser);

        var run = CliRun.Of("check", "--fix", path);

        Assert.True(run.ExitCode == 0, run.Error);
        var after = Stat(path);
        Assert.Equal(((uint)HostileFileSystem.OtherUser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite), (after.Owner, after.Mode));
        Assert.DoesNotContain("\u200b", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Check_fix_of_a_file_it_cannot_write_reports_it_and_still_prints_its_findings()
    {
        var path = _folder.Write("a.news", Fixable);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var clean = _folder.Write("b.news", Fixable.Replace("fix-me", "other", StringComparison.Ordinal));

        var run = CliRun.Of("check", "--fix", path, clean);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot fix '{path}': it is read-only", run.Error, StringComparison.Ordinal);
        Assert.Contains(run.Lines, l => l.StartsWith(path + "(7,4): error NEWS100: ", StringComparison.Ordinal));
        Assert.Contains("\u200b", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.DoesNotContain("\u200b", File.ReadAllText(clean), StringComparison.Ordinal);
        Assert.Contains("1 file could not be fixed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fix_is_not_written_over_a_file_that_changed_meanwhile()
    {
        var path = _folder.Write("a.news", Fixable);
        var original = File.ReadAllBytes(path);
        File.WriteAllText(path, "someone's newer save");

        var ok = AtomicFile.TryWrite(path, s => s.Write(Encoding.UTF8.GetBytes("fixed")), original, out var error);

        Assert.False(ok);
        Assert.Contains("changed while", error, StringComparison.Ordinal);
        Assert.Equal("someone's newer save", File.ReadAllText(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void A_failure_while_producing_the_output_leaves_the_old_file_whole()
    {
        var path = _folder.Write("out.json", "old");

        var ok = AtomicFile.TryWrite(path, s => { s.Write(Encoding.UTF8.GetBytes("half")); throw new IOException("disk full"); }, null, out var error);

        Assert.False(ok);
        Assert.Contains("disk full", error, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void A_file_with_one_link_is_replaced_by_a_rename_so_a_reader_keeps_the_old_file_whole()
    {
        var path = _folder.Write("out.json", "old content");
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        Assert.True(AtomicFile.TryWrite(path, s => s.Write(Encoding.UTF8.GetBytes("new content, longer")), null, out var error), error);

        using var memory = new MemoryStream();
        reader.CopyTo(memory);
        Assert.Equal("old content", Encoding.UTF8.GetString(memory.ToArray()));
        Assert.Equal("new content, longer", File.ReadAllText(path));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void Check_fix_of_a_file_that_is_not_UTF8_reports_it_prints_its_findings_and_leaves_it()
    {
        var path = _folder.Write("a.news", Fixable);
        var bytes = File.ReadAllBytes(path).Concat(new byte[] { 0xFF, 0x0A }).ToArray();
        File.WriteAllBytes(path, bytes);

        var run = CliRun.Of("check", "--fix", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot fix '{path}': it is not valid UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Contains(run.Lines, l => l.Contains(" error NEWS100: ", StringComparison.Ordinal));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}
