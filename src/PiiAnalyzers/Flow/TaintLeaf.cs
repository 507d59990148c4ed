using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Flow;

/// <summary>A piece of an argument that carries personal data on its own: where to report it and what it carries.</summary>
internal readonly struct TaintLeaf
{
    public TaintLeaf(IOperation operation, Taint taint)
    {
        Operation = operation;
        Taint = taint;
    }

    public IOperation Operation { get; }

    public Taint Taint { get; }
}
