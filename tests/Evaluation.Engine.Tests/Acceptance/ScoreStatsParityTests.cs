using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Acceptance;

/// <summary>Every entry of the score_stats case (NeMo's score_summary, rubric_distribution, mode_category) against numpy's values.</summary>
public sealed class ScoreStatsParityTests : IClassFixture<EngineFixture>
{
    private readonly EvaluationEngine _engine;

    public ScoreStatsParityTests(EngineFixture fixture) => _engine = fixture.Engine;

    public static TheoryData<string, int> Entries => AcceptanceEntry.Entries("score_stats");

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_matches_numpy(string @case, int index) => AcceptanceEntry.Load(@case)[index].Check(_engine);
}
