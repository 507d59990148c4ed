using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

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
