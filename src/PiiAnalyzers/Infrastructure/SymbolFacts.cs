using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Infrastructure;

/// <summary>
/// Symbol questions every rule asks on hot paths, answered without the allocations of the public API:
/// <see cref="ISymbol.DeclaringSyntaxReferences"/> and <see cref="ITypeSymbol.AllInterfaces"/> build a new array on
/// each call for source symbols, once per invocation analysed.
/// </summary>
internal static class SymbolFacts
{
    private static readonly ConditionalWeakTable<ITypeSymbol, StrongBox<ImmutableArray<INamedTypeSymbol>>> Interfaces = new();

    /// <summary>The symbol is declared in source code, with syntax of its own (not synthesized, not from metadata).</summary>
    public static bool InSource(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return false;
        }

        if (symbol.IsImplicitlyDeclared)
        {
            // Synthesized members (record methods, default constructors) have a location but no syntax of their own.
            return !symbol.DeclaringSyntaxReferences.IsEmpty;
        }

        var locations = symbol.Locations;
        return !locations.IsEmpty && locations[0].IsInSource;
    }

    /// <summary><see cref="ITypeSymbol.AllInterfaces"/>, built once per type symbol.</summary>
    public static ImmutableArray<INamedTypeSymbol> AllInterfaces(ITypeSymbol type)
        => Interfaces.GetValue(type, t => new StrongBox<ImmutableArray<INamedTypeSymbol>>(t.AllInterfaces)).Value;
}
