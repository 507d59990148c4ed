using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Sinks.Sql;

/// <summary>
/// Which source type a SQL table name stands for: a <c>DbSet</c> property of a context (<c>Beneficiaries</c>), a
/// <c>[Table("...")]</c> attribute, or the entity's own name, singular or plural, with or without underscores. Built
/// once per compilation, and only when a raw SQL text reads <c>*</c>.
/// </summary>
internal sealed class SqlTableMap
{
    private readonly Dictionary<string, ITypeSymbol> byName = new(StringComparer.Ordinal);

    public SqlTableMap(Compilation compilation, QueryModel model)
    {
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(compilation.Assembly.GlobalNamespace);
        var fluent = new List<(string Table, string? EntityName, ITypeSymbol? Entity)>();
        var visited = 0;
        while (stack.Count > 0 && visited++ < 100_000)
        {
            var current = stack.Pop();
            if (current is INamespaceSymbol ns)
            {
                foreach (var member in ns.GetMembers())
                {
                    stack.Push(member);
                }

                continue;
            }

            if (current is not INamedTypeSymbol type)
            {
                continue;
            }

            foreach (var nested in type.GetTypeMembers())
            {
                stack.Push(nested);
            }

            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                continue;
            }

            // Entity names are the weakest source: a DbSet or [Table] mapping overrides them below or later.
            byName[Normalize(type.Name)] = byName.TryGetValue(Normalize(type.Name), out var existing) ? existing : type;
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "TableAttribute"
                    && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string table)
                {
                    byName[Normalize(table)] = type;
                }
            }

            var configuration = SymbolFacts.AllInterfaces(type).FirstOrDefault(i => i.Name == "IEntityTypeConfiguration" && i.TypeArguments.Length == 1);
            if (configuration is not null || model.DerivesFromDbContext(type))
            {
                CollectToTable(type, configuration?.TypeArguments[0], fluent);
            }

            if (model.DerivesFromDbContext(type))
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IPropertySymbol { Type: INamedTypeSymbol { TypeArguments.Length: 1 } set } property && model.IsDbSet(set))
                    {
                        byName[Normalize(property.Name)] = set.TypeArguments[0];
                    }
                }
            }
        }

        foreach (var (table, entityName, entity) in fluent)
        {
            var mapped = entity ?? (entityName is not null && byName.TryGetValue(Normalize(entityName), out var named) ? named : null);
            if (mapped is not null)
            {
                byName[Normalize(table)] = mapped;
            }
        }
    }

    /// <summary>
    /// Fluent mappings, read from syntax: <c>modelBuilder.Entity&lt;Beneficiary&gt;().ToTable("T_BENEF")</c>, the lambda
    /// form <c>Entity&lt;Beneficiary&gt;(b =&gt; b.ToTable(...))</c>, and <c>builder.ToTable(...)</c> in an
    /// <c>IEntityTypeConfiguration&lt;Beneficiary&gt;</c>. Entity names are resolved once every type is known.
    /// </summary>
    private static void CollectToTable(INamedTypeSymbol type, ITypeSymbol? configured, List<(string Table, string? EntityName, ITypeSymbol? Entity)> fluent)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var invocation in reference.GetSyntax().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToTable" }
                    || invocation.ArgumentList.Arguments.Count == 0
                    || invocation.ArgumentList.Arguments[0].Expression is not LiteralExpressionSyntax { Token.Value: string table })
                {
                    continue;
                }

                var entity = EntityOf(invocation);
                if (entity is not null)
                {
                    fluent.Add((table, entity, null));
                }
                else if (configured is not null)
                {
                    fluent.Add((table, null, configured));
                }

                if (fluent.Count > 10_000)
                {
                    return;
                }
            }
        }
    }

    /// <summary>The T of the nearest <c>Entity&lt;T&gt;</c> on the call chain or around the lambda.</summary>
    private static string? EntityOf(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            foreach (var name in current is InvocationExpressionSyntax invocation
                ? invocation.Expression.DescendantNodesAndSelf().OfType<GenericNameSyntax>()
                : Enumerable.Empty<GenericNameSyntax>())
            {
                if (name.Identifier.ValueText == "Entity" && name.TypeArgumentList.Arguments.Count == 1)
                {
                    var argument = name.TypeArgumentList.Arguments[0];
                    return argument is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : argument.ToString();
                }
            }

            if (current is MemberDeclarationSyntax)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The type mapped to a table name, trying the name and its singular forms.</summary>
    public ITypeSymbol? Find(string table)
    {
        var name = Normalize(table);
        foreach (var candidate in Singulars(name))
        {
            if (byName.TryGetValue(candidate, out var type))
            {
                return type;
            }
        }

        return null;
    }

    public static IEnumerable<string> Singulars(string name)
    {
        yield return name;
        if (name.EndsWith("ies", StringComparison.Ordinal) && name.Length > 3)
        {
            yield return name.Substring(0, name.Length - 3) + "y";
        }

        if (name.EndsWith("es", StringComparison.Ordinal) && name.Length > 2)
        {
            yield return name.Substring(0, name.Length - 2);
        }

        if (name.EndsWith("s", StringComparison.Ordinal) && name.Length > 1)
        {
            yield return name.Substring(0, name.Length - 1);
        }

        if (name.StartsWith("tbl", StringComparison.Ordinal) && name.Length > 3)
        {
            foreach (var inner in Singulars(name.Substring(3)))
            {
                yield return inner;
            }
        }
    }

    /// <summary>Lower case, without underscores and accents' common ASCII forms: <c>beneficiary_contracts</c> → <c>beneficiarycontracts</c>.</summary>
    public static string Normalize(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c != '_' && c != '-' && c != ' ')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
