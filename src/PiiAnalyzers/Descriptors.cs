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

    private const string Output = "PiiAnalyzers.Output";

    private const string Bulk = "PiiAnalyzers.Bulk";

    private const string Endpoints = "PiiAnalyzers.Endpoints";

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

    public static readonly DiagnosticDescriptor PII0101PersonalDataInLog = Create(
        RuleIds.PersonalDataInLog,
        "Personal data written to a log",
        "'{0}' ({1}) is written to a log",
        Output,
        DiagnosticSeverity.Warning,
        "Log files are copied to aggregators, tickets and backups and read by many people. A NIR, birth date, insurer " +
        "or guarantee written there is one more uncontrolled copy of a beneficiary's record: redact it or leave it out.");

    public static readonly DiagnosticDescriptor PII0102PersonalDataInConsole = Create(
        RuleIds.PersonalDataInConsole,
        "Personal data written to console, Debug or Trace",
        "'{0}' ({1}) is written to the console, Debug or Trace output",
        Output,
        DiagnosticSeverity.Warning,
        "Console, Debug and Trace output ends up in container logs, CI logs and debugger windows. Redact personal " +
        "data or leave it out.");

    public static readonly DiagnosticDescriptor PII0103WholeObjectOutput = Create(
        RuleIds.WholeObjectOutput,
        "Whole object holding personal data logged or printed",
        "'{0}' is written whole and its text shows personal data ({1})",
        Output,
        DiagnosticSeverity.Warning,
        "Records and anonymous types print all their members, ToString overrides print what they read, and " +
        "destructuring ({@x}) or serialisation writes every member. Log the non-personal members you need instead.");

    public static readonly DiagnosticDescriptor PII0104PersonalDataInException = Create(
        RuleIds.PersonalDataInException,
        "Personal data in an exception message",
        "'{0}' ({1}) is written into an exception message",
        Output,
        DiagnosticSeverity.Warning,
        "Exception messages are logged, returned in problem details and shown in error pages. Identify the record " +
        "by a technical id instead of personal data.");

    public static readonly DiagnosticDescriptor PII0105PersonalDataInTelemetry = Create(
        RuleIds.PersonalDataInTelemetry,
        "Personal data in telemetry (Activity tags, baggage, events; metric tags)",
        "'{0}' ({1}) is recorded in telemetry",
        Output,
        DiagnosticSeverity.Warning,
        "Trace tags and baggage travel to every downstream service and to the tracing backend; metric tags multiply " +
        "series and are kept for months. Never put personal data in them.");

    public static readonly DiagnosticDescriptor PII0203UnboundedEndpoint = Create(
        RuleIds.UnboundedEndpoint,
        "Endpoint returns a collection of personal data with no paging or limit",
        "Endpoint '{0}' returns a collection of personal data ({1}) with no paging parameter and no row limit",
        Bulk,
        DiagnosticSeverity.Warning,
        "An endpoint that returns every matching record lets one request, or one stolen account, copy a whole file " +
        "of beneficiaries. Bound the result (Take, First, paging helpers) or accept paging parameters.");

    public static readonly DiagnosticDescriptor PII0301UnscopedPractitionerEndpoint = Create(
        RuleIds.UnscopedPractitionerEndpoint,
        "Practitioner-facing endpoint serves personal data without scoping the lookup to the caller",
        "Practitioner-facing endpoint '{0}' serves personal data ({1}) without scoping the lookup to the calling practitioner",
        Endpoints,
        DiagnosticSeverity.Warning,
        "[Authorize] only checks that the caller is some practitioner. Unless the lookup is constrained by the " +
        "caller's identity (claims, a current-user service, resource-based authorization), any practitioner account, " +
        "including a phished one, can read any beneficiary.");

    public static readonly DiagnosticDescriptor PII0302AnonymousPractitionerEndpoint = Create(
        RuleIds.AnonymousPractitionerEndpoint,
        "Practitioner-facing endpoint serves personal data with anonymous access",
        "Practitioner-facing endpoint '{0}' serves personal data ({1}) to anonymous callers",
        Endpoints,
        DiagnosticSeverity.Warning,
        "The endpoint allows anonymous access ([AllowAnonymous], or no authorization and no fallback policy), so " +
        "anyone who knows the URL reads the personal data it serves. Require an authenticated practitioner.");

    public static readonly DiagnosticDescriptor PII0303PersonalDataInUrl = Create(
        RuleIds.PersonalDataInUrl,
        "Personal data in a URL (route or query-string parameter)",
        "Parameter '{0}' ({1}) of endpoint '{2}' is bound from the {3}, so it is written in URLs, access logs and browser history",
        Endpoints,
        DiagnosticSeverity.Warning,
        "URLs are logged by proxies, web servers and APM tools and kept in browser history. Send personal data in " +
        "the request body (POST) or use a technical identifier instead.");
    public static readonly DiagnosticDescriptor PII0201UnboundedQuery = Create(
        RuleIds.UnboundedQuery,
        "Unbounded query over personal data is returned",
        "This query returns every '{0}' ({1}) with no row limit; bound it with Take, paging or a single-row operator",
        Bulk,
        DiagnosticSeverity.Warning,
        "A query over beneficiaries that is returned without a limit hands every matching record to the caller: one " +
        "phished account is then enough to read a whole population. Bound what leaves the method with Take(max), " +
        "Skip/Take paging or a paging helper.");

    public static readonly DiagnosticDescriptor PII0202UnboundedRawSql = Create(
        RuleIds.UnboundedRawSql,
        "Raw SQL reading personal data with no row limit is returned",
        "This SQL reads personal data ({0}) from '{1}' with no row limit (TOP, LIMIT, FETCH or OFFSET ... FETCH) and its rows are returned",
        Bulk,
        DiagnosticSeverity.Warning,
        "Raw SQL through Dapper, EF Core or ADO.NET that selects classified columns, or every column of a table mapped " +
        "to a holder of personal data, and returns all its rows lets one caller read a whole population. Limit the rows " +
        "in the SQL or read a single row.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        PII0001UnclassifiedPersonalData,
        PII0002HardCodedNir,
        PII0003NumericNir,
        PII0101PersonalDataInLog,
        PII0102PersonalDataInConsole,
        PII0103WholeObjectOutput,
        PII0104PersonalDataInException,
        PII0105PersonalDataInTelemetry,
        PII0201UnboundedQuery,
        PII0202UnboundedRawSql,
        PII0203UnboundedEndpoint,
        PII0301UnscopedPractitionerEndpoint,
        PII0302AnonymousPractitionerEndpoint,
        PII0303PersonalDataInUrl);

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity, string description)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description, RuleIds.HelpLink(id));
}
