using Xunit;
using Xunit.Abstractions;

namespace NewsDsl.Import.Tests;

/// <summary>
/// Speaker accuracy on the evaluation set (tests/NewsDsl.Import.Tests/Evaluation): articles written for
/// it, in wire and newspaper style, with gold tags. "dev" is the part the rules were tuned on; "heldout"
/// was written before the engine was run on it and is not tuned on; "heldout2" was written last, after all
/// tuning, and measured once; "heldout3" was written later still for issue 11 and measured once. Thresholds are the measured figures,
/// so a change that loses accuracy fails here.
/// </summary>
public sealed class EvaluationSetTests
{
    private readonly ITestOutputHelper _output;

    public EvaluationSetTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Development_part_keeps_its_measured_accuracy()
    {
        var score = AttributionScorer.ScoreFolder(RepositoryPaths.TestData("Evaluation", "dev"));
        _output.WriteLine(score.Report("dev"));
        Assert.Equal(104, score.Items.Count);

        // Measured: 97 right, 0 wrong, 7 none.
        Assert.True(score.Wrong <= 0, $"{score.Wrong} wrong (measured 0)");
        Assert.True(score.Right >= 97, $"{score.Right} right (measured 97)");
    }

    [Fact]
    public void Held_out_part_keeps_its_measured_accuracy()
    {
        var score = AttributionScorer.ScoreFolder(RepositoryPaths.TestData("Evaluation", "heldout"));
        _output.WriteLine(score.Report("heldout"));
        Assert.Equal(80, score.Items.Count);

        // Measured: 69 right, 2 wrong, 9 none. History (docs/import.md): first run 58/3/19; after dev tuning
        // 68/3/9; after reading gender from declared Mr./Ms. forms (a bug one of its errors showed) 69/2/9.
        Assert.True(score.Wrong <= 2, $"{score.Wrong} wrong (measured 2)");
        Assert.True(score.Right >= 69, $"{score.Right} right (measured 69)");
    }

    [Fact]
    public void Second_held_out_part_written_last_keeps_its_measured_accuracy()
    {
        var score = AttributionScorer.ScoreFolder(RepositoryPaths.TestData("Evaluation", "heldout2"));
        _output.WriteLine(score.Report("heldout2"));
        Assert.Equal(23, score.Items.Count);

        // Measured once, on its first run, with no change made after: 18 right, 0 wrong, 5 none.
        Assert.True(score.Wrong <= 0, $"{score.Wrong} wrong (measured 0)");
        Assert.True(score.Right >= 18, $"{score.Right} right (measured 18)");
    }

    [Fact]
    public void Third_held_out_part_written_for_issue_11_keeps_its_measured_accuracy()
    {
        var score = AttributionScorer.ScoreFolder(RepositoryPaths.TestData("Evaluation", "heldout3"));
        _output.WriteLine(score.Report("heldout3"));
        Assert.Equal(111, score.Items.Count);

        // Written for issue 11 (several hundred quotations asked for) before the engine was run on it, measured
        // once, nothing tuned on it: 95 right, 3 wrong, 13 none. A faster engine must give the same answers.
        Assert.True(score.Wrong <= 3, $"{score.Wrong} wrong (measured 3)");
        Assert.True(score.Right >= 95, $"{score.Right} right (measured 95)");
    }
}
