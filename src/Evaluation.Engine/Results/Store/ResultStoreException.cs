namespace Evaluation.Engine.Results.Store;

/// <summary>A store operation that cannot be done: a taken or unknown name, an unreadable store. The message says which and where.</summary>
public sealed class ResultStoreException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public ResultStoreException(string message, Exception? inner = null) : base(message, inner) { }
}
