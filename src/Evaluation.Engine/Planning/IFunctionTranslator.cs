using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;

namespace Evaluation.Engine.Planning;

/// <summary>
/// Translates the calls of one family of catalog functions into SQL trees (EF Core's
/// "one translator per family of methods"). Arguments are already validated.
/// </summary>
internal interface IFunctionTranslator
{
    /// <summary>The canonical names (as in the catalog) this translator computes.</summary>
    IEnumerable<string> Functions { get; }

    PlannedValue Translate(FunctionCall call, FunctionDefinition function, TranslationContext context);
}
