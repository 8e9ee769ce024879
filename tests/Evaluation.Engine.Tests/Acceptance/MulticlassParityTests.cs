using Evaluation.Engine.Tests.Support;
using Xunit;

namespace Evaluation.Engine.Tests.Acceptance;

/// <summary>Every entry of the multiclass acceptance case (scikit-learn 1.2.1 values) through the engine, to a relative 1e-9.</summary>
public sealed class MulticlassParityTests : IClassFixture<EngineFixture>
{
    private readonly EvaluationEngine _engine;

    public MulticlassParityTests(EngineFixture fixture) => _engine = fixture.Engine;

    public static TheoryData<string, int> Entries => AcceptanceEntry.Entries("multiclass");

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_matches_scikit_learn(string @case, int index) =>
        AcceptanceEntry.Load(@case)[index].Check(_engine);
}
