using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Flow;

/// <summary>
/// What a value shows of itself when it is printed (<c>ToString</c>): records and anonymous types print their members
/// (compiler-generated <c>ToString</c>), a <c>ToString</c> override prints what its body reads, and a plain class prints
/// only its type name. Cached per type for one compilation.
/// </summary>
internal sealed class DisplayedMembers
{
    private const int MaxDepth = 3;

    private readonly PiiClassifier classifier;
    private readonly ConcurrentDictionary<ITypeSymbol, PiiCategory> cache = new(SymbolEqualityComparer.Default);

    public DisplayedMembers(PiiClassifier classifier) => this.classifier = classifier;

    /// <summary>The categories of the classified members that <c>ToString</c> of this type writes out.</summary>
    public PiiCategory Of(ITypeSymbol? type) => Of(type, 0);

    private PiiCategory Of(ITypeSymbol? type, int depth)
    {
        if (type is null || depth > MaxDepth)
        {
            return PiiCategory.None;
        }

        type = TypeShapes.UnwrapNullable(type);
        if (type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || (!type.IsAnonymousType && TypeShapes.IsFrameworkType(type)))
        {
            return PiiCategory.None;
        }

        if (cache.TryGetValue(type, out var known))
        {
            return known;
        }

        var computed = Compute(type, depth);
        return depth == 0 ? cache.GetOrAdd(type, computed) : computed;
    }

    private PiiCategory Compute(ITypeSymbol type, int depth)
    {
        if (FindToStringOverride(type) is { } toString)
        {
            return ReadByBody(toString, type, depth);
        }

        if (!type.IsAnonymousType && !type.IsRecord)
        {
            return PiiCategory.None;
        }

        var categories = PiiCategory.None;
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property
                && property.Name != "EqualityContract")
            {
                categories |= classifier.Classify(property).Categories;
                categories |= Of(property.Type, depth + 1);
            }
        }

        return categories;
    }

    /// <summary>A <c>ToString()</c> written in source, in the type or a base type below the framework.</summary>
    private static IMethodSymbol? FindToStringOverride(ITypeSymbol type)
    {
        for (var current = type; current is not null && !TypeShapes.IsFrameworkType(current) && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 0, IsOverride: true, IsImplicitlyDeclared: false } method
                    && SymbolFacts.InSource(method))
                {
                    return method;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The classified members the body of its ToString reads, a syntactic, cheap read: the type's own members by name,
    /// followed along member accesses into in-source types (<c>Titulaire.Nir</c>), and what a member of record or
    /// overriding type prints when it is written whole (<c>$"{Titulaire}"</c>).
    /// </summary>
    private PiiCategory ReadByBody(IMethodSymbol toString, ITypeSymbol type, int depth)
    {
        var categories = PiiCategory.None;
        foreach (var reference in toString.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                // The start of a chain: Nir, Titulaire (of Titulaire.Nir), this.Titulaire.
                if (node is not IdentifierNameSyntax identifier
                    || (identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier && access.Expression is not ThisExpressionSyntax)
                    || FindMember(type, identifier.Identifier.ValueText) is not { } member)
                {
                    continue;
                }

                SyntaxNode read = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self ? self : identifier;
                for (var steps = 0; steps < MaxDepth && read.Parent is MemberAccessExpressionSyntax next && next.Expression == read; steps++)
                {
                    // Stop at the last member of an in-source type: Nir.Length still counts Nir, as a value read.
                    if (FindMember(SymbolFacts.ValueType(member), next.Name.Identifier.ValueText) is not { } inner)
                    {
                        break;
                    }

                    member = inner;
                    read = next;
                }

                categories |= classifier.Classify(member).Categories;
                if (read.Parent is InterpolationSyntax or BinaryExpressionSyntax or ArgumentSyntax)
                {
                    categories |= Of(SymbolFacts.ValueType(member), depth + 1);
                }
            }
        }

        return categories;
    }

    /// <summary>A property or field of the type or a base type below the framework.</summary>
    private static ISymbol? FindMember(ITypeSymbol? type, string name)
    {
        for (var current = type is null ? null : TypeShapes.UnwrapNullable(type); current is not null && !TypeShapes.IsFrameworkType(current) && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol or IFieldSymbol)
                {
                    return member;
                }
            }
        }

        return null;
    }
}
