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
        // Measured: 97 right, 0 wrong, 7 none. After the PolNeAR round 4 (a speech verb right before a quotation owns it
        // though another speaker precedes it in the sentence): 98/0/6.
        KeepsMeasuredAccuracy("dev", items: 104, right: 98, wrong: 0);
    }

    [Fact]
    public void Held_out_part_keeps_its_measured_accuracy()
    {
        // Measured: 69 right, 2 wrong, 9 none. History (docs/import.md): first run 58/3/19; after dev tuning
        // 68/3/9; after reading gender from declared Mr./Ms. forms (a bug one of its errors showed) 69/2/9; after the
        // PolNeAR round 3 (rules from real copy, not from this part) 72/0/8.
        KeepsMeasuredAccuracy("heldout", items: 80, right: 72, wrong: 0);
    }

    [Fact]
    public void Second_held_out_part_written_last_keeps_its_measured_accuracy()
    {
        // Measured once, on its first run, with no change made after: 18 right, 0 wrong, 5 none. After the PolNeAR
        // round 3 (rules from real copy, not from this part): 21/0/2. After names5 (a quotation in the subject's
        // predicate, "Pupils … held signs reading “…”"): 22/0/1.
        KeepsMeasuredAccuracy("heldout2", items: 23, right: 22, wrong: 0);
    }

    [Fact]
    public void Third_held_out_part_written_for_issue_11_keeps_its_measured_accuracy()
    {
        // Written for issue 11 (several hundred quotations asked for) before the engine was run on it, measured
        // once, nothing tuned on it: 95 right, 3 wrong, 13 none. A faster engine must give the same answers. After the
        // PolNeAR round 3 (rules from real copy, not from this part): 100/2/9.
        KeepsMeasuredAccuracy("heldout3", items: 111, right: 100, wrong: 2);
    }

    /// <summary>Scores one part of the set and fails when it has fewer right or more wrong answers than measured.</summary>
    private void KeepsMeasuredAccuracy(string part, int items, int right, int wrong)
    {
        var score = AttributionScorer.ScoreFolder(RepositoryPaths.TestData("Evaluation", part));
        _output.WriteLine(score.Report(part));
        Assert.Equal(items, score.Items.Count);
        Assert.True(score.Wrong <= wrong, $"{score.Wrong} wrong (measured {wrong})");
        Assert.True(score.Right >= right, $"{score.Right} right (measured {right})");
    }
}
