namespace Evaluation.Engine.Tests.Support;

/// <summary>One engine shared by the tests of a class (xunit class fixture): opening DuckDB once is cheaper than per test.</summary>
public sealed class EngineFixture : IDisposable
{
    public EvaluationEngine Engine { get; } = EvaluationEngine.Open();

    public void Dispose() => Engine.Dispose();
}
