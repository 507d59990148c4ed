using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Infrastructure;

/// <summary>
/// The in-source types of a compilation and the in-source implementations of in-source interface methods, indexed once
/// per compilation and shared by every rule that follows a call into the code it runs (a repository behind
/// <c>IBeneficiaireRepository</c>).
/// </summary>
internal sealed class SourceImplementations
{
    /// <summary>Implementations followed per interface method: enough for a real and a fake, not a plugin system.</summary>
    private const int MaxImplementations = 4;

    /// <summary>Bound on the types indexed, for generated giants.</summary>
    private const int MaxTypes = 20000;

    private static readonly ConditionalWeakTable<Compilation, SourceImplementations> ByCompilation = new();

    private readonly Lazy<ImmutableArray<INamedTypeSymbol>> types;
    private readonly Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>> implementers;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> implementations = new(SymbolEqualityComparer.Default);

    private SourceImplementations(Compilation compilation)
    {
        types = new Lazy<ImmutableArray<INamedTypeSymbol>>(() => CollectTypes(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        implementers = new Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>>(() => IndexImplementers(types.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static SourceImplementations Of(Compilation compilation)
        => ByCompilation.GetValue(compilation, static c => new SourceImplementations(c));

    /// <summary>The non-abstract classes declared in source.</summary>
    public ImmutableArray<INamedTypeSymbol> ConcreteClasses => types.Value;

    /// <summary>
    /// The in-source bodies a call to <paramref name="method"/> may run: the method itself when source declares its
    /// body, else, for a method of an in-source interface, its in-source implementations (a few at most); else none.
    /// </summary>
    public ImmutableArray<IMethodSymbol> Targets(IMethodSymbol method)
    {
        method = method.ReducedFrom ?? method;
        method = method.OriginalDefinition;
        if (!method.IsAbstract && SymbolFacts.InSource(method))
        {
            return ImmutableArray.Create(method);
        }

        if (method.ContainingType is not { TypeKind: TypeKind.Interface } contract || !SymbolFacts.InSource(contract))
        {
            return ImmutableArray<IMethodSymbol>.Empty;
        }

        return implementations.TryGetValue(method, out var known) ? known : implementations.GetOrAdd(method, Implement(method));
    }

    private ImmutableArray<IMethodSymbol> Implement(IMethodSymbol method)
    {
        var found = ImmutableArray.CreateBuilder<IMethodSymbol>();
        if (implementers.Value.TryGetValue(method.ContainingType, out var classes))
        {
            foreach (var type in classes)
            {
                if (found.Count >= MaxImplementations)
                {
                    break;
                }

                if (type.FindImplementationForInterfaceMember(AsImplementedBy(type, method)) is IMethodSymbol implementation
                    && SymbolFacts.InSource(implementation))
                {
                    found.Add(implementation.OriginalDefinition);
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>
    /// The interface method as the type implements it: <c>EfRepository&lt;T&gt;</c> implements
    /// <c>IRepository&lt;T&gt;</c> with its own <c>T</c>, not the interface definition's.
    /// </summary>
    private static IMethodSymbol AsImplementedBy(INamedTypeSymbol type, IMethodSymbol method)
    {
        if (!method.ContainingType.IsGenericType)
        {
            return method;
        }

        foreach (var contract in SymbolFacts.AllInterfaces(type))
        {
            if (SymbolEqualityComparer.Default.Equals(contract.OriginalDefinition, method.ContainingType))
            {
                foreach (var member in contract.GetMembers(method.Name))
                {
                    if (member is IMethodSymbol constructed && SymbolEqualityComparer.Default.Equals(constructed.OriginalDefinition, method))
                    {
                        return constructed;
                    }
                }
            }
        }

        return method;
    }

    private static Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> IndexImplementers(ImmutableArray<INamedTypeSymbol> types)
    {
        var index = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        foreach (var type in types)
        {
            foreach (var contract in SymbolFacts.AllInterfaces(type))
            {
                var definition = contract.OriginalDefinition;
                if (!SymbolFacts.InSource(definition))
                {
                    continue;
                }

                if (!index.TryGetValue(definition, out var list))
                {
                    index[definition] = list = new List<INamedTypeSymbol>();
                }

                list.Add(type);
            }
        }

        return index;
    }

    private static ImmutableArray<INamedTypeSymbol> CollectTypes(Compilation compilation)
    {
        var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(compilation.Assembly.GlobalNamespace);
        while (stack.Count > 0 && types.Count < MaxTypes)
        {
            foreach (var member in stack.Pop().GetMembers())
            {
                if (member is INamedTypeSymbol type)
                {
                    if (type.TypeKind == TypeKind.Class && !type.IsAbstract)
                    {
                        types.Add(type);
                    }

                    stack.Push(type);
                }
                else if (member is INamespaceSymbol ns)
                {
                    stack.Push(ns);
                }
            }
        }

        return types.ToImmutable();
    }
}
