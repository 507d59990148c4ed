using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Classification;

/// <summary>
/// The per-category type filter of DESIGN.md: a name only classifies a member whose type can hold that data.
/// <c>bool IsGuaranteed</c> is never a guarantee, <c>DateTime Guaranteed</c> may be, <c>string LieuNaissance</c> is
/// not a date. A value object whose own name classifies the same way (<c>Nir</c>, <c>NumeroSecu</c>) is accepted.
/// </summary>
internal static class TypeFilters
{
    public static bool Accepts(PiiCategory category, ITypeSymbol? type, NameClassifier names)
    {
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            // Incomplete code: trust the name so that the squiggle does not flicker while typing.
            return true;
        }

        type = TypeShapes.UnwrapNullable(type);
        if (TypeShapes.IsNeverData(type))
        {
            return false;
        }

        if (AcceptsSingle(category, type, names))
        {
            return true;
        }

        // A collection of the data is the data: List<string> Nirs, DateTime[] BirthDates.
        var element = TypeShapes.ElementType(type);
        return element is not null
            && !TypeShapes.IsNeverData(TypeShapes.UnwrapNullable(element))
            && AcceptsSingle(category, TypeShapes.UnwrapNullable(element), names);
    }

    private static bool AcceptsSingle(PiiCategory category, ITypeSymbol type, NameClassifier names)
    {
        switch (category)
        {
            case PiiCategory.Nir:
                return TypeShapes.IsTextual(type) || TypeShapes.IsNumeric(type) || NamedAs(category, type, names);

            case PiiCategory.BirthDate:
                return TypeShapes.IsDateLike(type)
                    || type.SpecialType == SpecialType.System_String
                    || NamedAs(category, type, names)
                    || (!TypeShapes.IsFrameworkType(type) || TypeShapes.NamespaceName(type.ContainingNamespace) == "NodaTime")
                        && type.TypeKind == TypeKind.Struct && HasWord(type.Name, "date");

            case PiiCategory.InsuranceGuarantee:
                // Any type except flags and plumbing: a guarantee may be a string, a level, an entity, a list.
                return type.TypeKind != TypeKind.Interface || NamedAs(category, type, names);

            case PiiCategory.HealthInsurer:
            case PiiCategory.MaritalStatus:
                // An insurer's name or code, a status: never an amount (decimal MontantAmc, PartMutuelle, TauxAmo).
                return (TypeShapes.IsSmallValue(type) && !TypeShapes.IsFractional(type)) || NamedAs(category, type, names);

            case PiiCategory.PersonalData:
                return true;

            default:
                return false;
        }
    }

    private static bool NamedAs(PiiCategory category, ITypeSymbol type, NameClassifier names)
        => type is INamedTypeSymbol && !TypeShapes.IsFrameworkType(type) && (names.Match(type.Name).Categories & category) != 0;

    private static bool HasWord(string name, string word)
    {
        foreach (var candidate in IdentifierWords.Split(name))
        {
            if (candidate == word)
            {
                return true;
            }
        }

        return false;
    }
}
