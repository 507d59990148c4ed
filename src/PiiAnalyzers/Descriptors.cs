using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers;

/// <summary>
/// Every diagnostic descriptor, built by one factory so that ids, categories and help links cannot drift.
/// Messages name the category and the member, never a value: a build log or SARIF file must not become one more
/// copy of a NIR.
/// </summary>
internal static class Descriptors
{
    public const string DocumentationBase = "https://github.com/piianalyzers/piianalyzers/blob/main/docs/rules/";

    private const string Classification = "PiiAnalyzers.Classification";

    public static readonly DiagnosticDescriptor PII0001UnclassifiedPersonalData = Create(
        RuleIds.UnclassifiedPersonalData,
        "Field or property looks like personal data but is not classified",
        "'{0}' looks like personal data ({1}) but is not classified",
        Classification,
        DiagnosticSeverity.Info,
        "A member whose name and type say it holds health-payment personal data should carry the matching attribute " +
        "from PiiAnalyzers.Annotations, so that every rule, reviewer and redaction pipeline treats it as such; or " +
        "[NotPersonalData(\"why\")] when it is not.");

    public static readonly DiagnosticDescriptor PII0002HardCodedNir = Create(
        RuleIds.HardCodedNir,
        "Hard-coded NIR in source",
        "This literal contains a valid French social security number (NIR); keep real or realistic NIRs out of source code",
        Classification,
        DiagnosticSeverity.Warning,
        "A 15-character string with a valid NIR layout and key identifies a person. Source code is copied to every " +
        "clone, build agent and backup: use test data generated at run time or numbers whose key is invalid.");

    public static readonly DiagnosticDescriptor PII0003NumericNir = Create(
        RuleIds.NumericNir,
        "NIR held in a numeric type (cannot hold Corsican 2A/2B)",
        "'{0}' holds a NIR in the numeric type '{1}', which cannot hold the Corsican departments 2A and 2B; use string",
        Classification,
        DiagnosticSeverity.Warning,
        "NIRs of people born in Corsica contain 2A or 2B, and a numeric type silently breaks them (and any leading " +
        "zero of a temporary number). Hold NIRs as strings.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        PII0001UnclassifiedPersonalData,
        PII0002HardCodedNir,
        PII0003NumericNir);

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity, string description)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description, RuleIds.HelpLink(id));
}
