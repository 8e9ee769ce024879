using Xunit;

namespace Evaluation.Engine.Tests.Acceptance;

/// <summary>The counts of the acceptance cases through the engine (the families have their own parity tests).</summary>
public class CountParityTests
{
    [Fact]
    public void Counts_per_segment_match_the_binary_case()
    {
        using var engine = EvaluationEngine.Open();
        foreach (var entry in AcceptanceEntry.Load("binary").Where(e => e.Metric == "count"))
            entry.Check(engine);
    }
}
