namespace PiiAnalyzers;

/// <summary>Every rule id, in one place. Ids are public contract: never reuse or renumber one.</summary>
internal static class RuleIds
{
    public const string UnclassifiedPersonalData = "PII0001";
    public const string HardCodedNir = "PII0002";
    public const string NumericNir = "PII0003";
    public const string PersonalDataInLog = "PII0101";
    public const string PersonalDataInConsole = "PII0102";
    public const string WholeObjectOutput = "PII0103";
    public const string PersonalDataInException = "PII0104";
    public const string PersonalDataInTelemetry = "PII0105";
    public const string UnboundedQuery = "PII0201";
    public const string UnboundedRawSql = "PII0202";
    public const string UnboundedEndpoint = "PII0203";
    public const string UnscopedPractitionerEndpoint = "PII0301";
    public const string AnonymousPractitionerEndpoint = "PII0302";
    public const string PersonalDataInUrl = "PII0303";

    /// <summary>The page that documents a rule, also its help link.</summary>
    public static string HelpLink(string id) => $"{Descriptors.DocumentationBase}{id}.md";
}
