using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Acceptance;

/// <summary>Every entry of the regression case (rmse … aafe, weighted variants, per region) against scikit-learn's values.</summary>
public sealed class RegressionParityTests : IClassFixture<EngineFixture>
{
    private readonly EvaluationEngine _engine;

    public RegressionParityTests(EngineFixture fixture) => _engine = fixture.Engine;

    public static TheoryData<string, int> Entries => AcceptanceEntry.Entries("regression");

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_matches_scikit_learn(string @case, int index) => AcceptanceEntry.Load(@case)[index].Check(_engine);
}
