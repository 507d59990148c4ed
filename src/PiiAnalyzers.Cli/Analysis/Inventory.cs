using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Classification;

namespace PiiAnalyzers.Cli.Analysis;

/// <summary>A field or property classified as personal data: where it is and why it is classified.</summary>
internal sealed record ClassifiedMember(string Category, string Type, string Member, string MemberType, string File, int Line, string Source, string Project);

/// <summary>A type that holds personal data through its members (DESIGN.md, "holder").</summary>
internal sealed record HolderType(string Type, string Categories, string File, int Line, string Project);

/// <summary>
/// Where personal data lives: every field and property declared in source that the rules' own classifier
/// (<see cref="PiiClassifier"/>) classifies, with the same options, and the types that hold them.
/// </summary>
internal static class Inventory
{
    public static (List<ClassifiedMember> Members, List<HolderType> Holders) Collect(Compilation compilation, PiiClassifier classifier, string project, Func<string, string> relativePath)
    {
        var members = new List<ClassifiedMember>();
        var holders = new List<HolderType>();
        foreach (var type in TypesOf(compilation.Assembly.GlobalNamespace))
        {
            var typeLocation = type.Locations.FirstOrDefault(location => location.IsInSource);
            if (typeLocation is null || type.IsImplicitlyDeclared)
            {
                continue;
            }

            var typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
            foreach (var member in type.GetMembers())
            {
                if (member is not (IFieldSymbol { AssociatedSymbol: null } or IPropertySymbol { IsIndexer: false }) || member.Name == "EqualityContract")
                {
                    continue;
                }

                var location = member.Locations.FirstOrDefault(l => l.IsInSource);
                if (location is null)
                {
                    continue;
                }

                var classification = classifier.Classify(member);
                if (!classification.IsPersonalData)
                {
                    continue;
                }

                var line = location.GetLineSpan();
                var memberType = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
                foreach (var category in PiiCategoryExtensions.All.Where(c => (classification.Categories & c) != 0))
                {
                    members.Add(new ClassifiedMember(
                        category.ToString(),
                        typeName,
                        member.Name,
                        memberType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                        relativePath(line.Path),
                        line.StartLinePosition.Line + 1,
                        SourceOf(member, classification),
                        project));
                }
            }

            if (type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface)
            {
                var carried = classifier.GetHolderCategories(type);
                if (carried != PiiCategory.None)
                {
                    var line = typeLocation.GetLineSpan();
                    holders.Add(new HolderType(typeName, carried.DisplayName(), relativePath(line.Path), line.StartLinePosition.Line + 1, project));
                }
            }
        }

        return (members, holders);
    }

    private static string SourceOf(ISymbol member, MemberClassification classification)
    {
        switch (classification.Source)
        {
            case ClassificationSource.Attribute:
                var attributes = member.GetAttributes().AsEnumerable();
                if (member is IPropertySymbol property && PrimaryConstructorParameter(property) is { } parameter)
                {
                    attributes = attributes.Concat(parameter.GetAttributes());
                }

                var names = attributes
                    .Select(attribute => attribute.AttributeClass?.Name)
                    .Where(name => name is not null && !name.StartsWith("Nullable", StringComparison.Ordinal) && name != "CompilerGeneratedAttribute")
                    .Select(name => "[" + (name!.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name) + "]")
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                return names.Count > 0 ? "attribute " + string.Join(" ", names) : "attribute";
            case ClassificationSource.Configuration:
                return "configuration (.editorconfig)";
            default:
                return "name heuristic";
        }
    }

    private static IParameterSymbol? PrimaryConstructorParameter(IPropertySymbol property)
        => property.ContainingType.InstanceConstructors
            .SelectMany(constructor => constructor.Parameters)
            .FirstOrDefault(parameter => parameter.Name == property.Name && parameter.Locations.SequenceEqual(property.Locations));

    private static IEnumerable<INamedTypeSymbol> TypesOf(INamespaceSymbol root)
    {
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            foreach (var member in current.GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    stack.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    yield return type;
                    stack.Push(type);
                }
            }
        }
    }
}
