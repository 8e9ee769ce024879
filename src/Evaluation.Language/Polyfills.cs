// Compiler support types that netstandard2.0 lacks, so records and init-only setters compile there.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit { }
}
