using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>PII0101 with Microsoft.Extensions.Logging: extension methods, ILogger.Log, scopes, [LoggerMessage], Define.</summary>
public class MicrosoftExtensionsLoggingTests
{
    private const string Model = """

        public class Beneficiary
        {
            public int Id { get; set; }
            public string Nir { get; set; } = "";
            public System.DateTime BirthDate { get; set; }
            public string LastName { get; set; } = "";
            public string Mutuelle { get; set; } = "";
            public string MaritalStatus { get; set; } = "";
        }
        """;

    [Fact]
    public Task Flags_classified_property_passed_as_template_argument()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Microsoft.Extensions.Logging;

            public class ClaimService
            {
                private readonly ILogger<ClaimService> logger;
                public ClaimService(ILogger<ClaimService> logger) => this.logger = logger;

                public void Submit(Beneficiary beneficiary)
                {
                    logger.LogInformation("Submitting claim for {Nir} born {BirthDate}", {|PII0101:beneficiary.Nir|}, {|PII0101:beneficiary.BirthDate|});
                    logger.LogWarning("Insurer {Insurer} rejected claim {ClaimId}", {|PII0101:beneficiary.Mutuelle|}, beneficiary.Id);
                }
            }
            """ + Model);

    [Fact]
    public Task Flags_interpolated_and_concatenated_messages()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Microsoft.Extensions.Logging;

            public class EligibilityChecker
            {
                private readonly ILogger logger;
                public EligibilityChecker(ILogger logger) => this.logger = logger;

                public void Check(Beneficiary beneficiary)
                {
                    logger.LogError($"Eligibility failed for {{|PII0101:beneficiary.Nir|}}");
                    logger.LogDebug("Marital status: " + {|PII0101:beneficiary.MaritalStatus|});
                    logger.LogInformation(string.Format("Born {0}", {|PII0101:beneficiary.BirthDate|}));
                }
            }
            """ + Model);

    [Fact]
    public Task Flags_parameters_and_locals_through_flow()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Microsoft.Extensions.Logging;
            using System.Text;

            public class RightsController
            {
                private readonly ILogger logger;
                public RightsController(ILogger logger) => this.logger = logger;

                public void Lookup(string nir, Beneficiary beneficiary)
                {
                    logger.LogInformation("Rights lookup {Nir}", {|PII0101:nir|});

                    var message = $"Beneficiary {beneficiary.Nir} not eligible";
                    logger.LogWarning({|PII0101:message|});

                    var builder = new StringBuilder();
                    builder.Append("Beneficiary ").Append(beneficiary.BirthDate);
                    logger.LogWarning({|PII0101:builder.ToString()|});

                    var label = beneficiary.Mutuelle ?? "unknown";
                    logger.LogInformation("Insurer {Label}", {|PII0101:label|});

                    using (logger.BeginScope("Beneficiary {Nir}", {|PII0101:beneficiary.Nir|}))
                    {
                    }
                }
            }
            """ + Model);

    [Fact]
    public Task Does_not_flag_harmless_values()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public class ClaimService
            {
                private readonly ILogger logger;
                public ClaimService(ILogger logger) => this.logger = logger;

                public void Submit(Beneficiary beneficiary, string nir)
                {
                    logger.LogInformation("Submitting claim for beneficiary {Id}", beneficiary.Id);
                    logger.LogInformation("NIR length {Length}", beneficiary.Nir.Length);
                    logger.LogInformation("Birth year {Year}", beneficiary.BirthDate.Year);
                    logger.LogInformation("Has NIR {HasNir}", !string.IsNullOrEmpty(beneficiary.Nir));
                    logger.LogInformation("NIR {Nir}", Redact.Nir(beneficiary.Nir));
                    logger.LogInformation("Born {BirthDate}", Redact.BirthDate(beneficiary.BirthDate));
                    logger.LogInformation("Insurer {Insurer}", Redact.Value(beneficiary.Mutuelle));
                    logger.LogInformation("Same person {Same}", beneficiary.Nir == nir);
                    logger.LogInformation("Last name {Name} processed", beneficiary.LastName.Length);

                    var masked = Redact.Nir(nir);
                    logger.LogInformation("NIR {Nir}", masked);

                    var text = $"NIR {beneficiary.Nir}";
                    text = "redacted";
                    logger.LogInformation(text);

                    nir = Redact.Nir(nir);
                    logger.LogInformation("Normalised {Nir}", nir);
                }
            }
            """ + Model);

    [Fact]
    public Task Flags_logger_message_methods_and_defined_delegates()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public static partial class ClaimLog
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Claim submitted for {BeneficiaryKey}")]
                public static partial void ClaimSubmitted(ILogger logger, string beneficiaryKey);

                [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Claim submitted for {Nir}")]
                public static partial void ClaimSubmittedRedacted(ILogger logger, [Nir] string nir);

                public static partial void ClaimSubmitted(ILogger logger, string beneficiaryKey) { }
                public static partial void ClaimSubmittedRedacted(ILogger logger, string nir) { }

                public static readonly Action<ILogger, string, Exception?> RightsChecked =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(3), "Rights checked for {Key}");
            }

            public class ClaimService
            {
                private readonly ILogger logger;
                public ClaimService(ILogger logger) => this.logger = logger;

                public void Submit(Beneficiary beneficiary)
                {
                    ClaimLog.ClaimSubmitted(logger, {|PII0101:beneficiary.Nir|});
                    ClaimLog.ClaimSubmitted(logger, beneficiary.Id.ToString());
                    ClaimLog.ClaimSubmittedRedacted(logger, beneficiary.Nir);
                    ClaimLog.RightsChecked(logger, {|PII0101:beneficiary.Nir|}, null);
                    ClaimLog.RightsChecked(logger, beneficiary.LastName, null);
                }
            }
            """ + Model);

    [Fact]
    public Task A_log_properties_parameter_writes_its_name_classified_members_in_clear_and_its_attribute_classified_ones_redacted()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public class Patient
            {
                public int Id { get; set; }
                public string Nir { get; set; } = "";
                public DateTime DateNaissance { get; set; }
            }

            public class PatientClasse
            {
                public int Id { get; set; }
                [Nir] public string Nir { get; set; } = "";
                [BirthDate] public DateTime DateNaissance { get; set; }
            }

            public class Consultation
            {
                public int Id { get; set; }
                public string Acte { get; set; } = "";
                public Patient Patient { get; set; } = new();
            }

            public static partial class ConsultationLog
            {
                [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Patient lu")]
                public static partial void PatientLu(ILogger logger, [LogProperties] Patient patient);

                [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Patient lu")]
                public static partial void PatientClasseLu(ILogger logger, [LogProperties] PatientClasse patient);

                [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Consultation")]
                public static partial void ConsultationFaite(ILogger logger, [LogProperties] Consultation consultation);

            #pragma warning disable EXTEXP0003 // Transitive is marked experimental
                [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Consultation")]
                public static partial void ConsultationDetaillee(ILogger logger, [LogProperties(Transitive = true)] Consultation consultation);
            #pragma warning restore EXTEXP0003

                public static partial void PatientLu(ILogger logger, Patient patient) { }
                public static partial void PatientClasseLu(ILogger logger, PatientClasse patient) { }
                public static partial void ConsultationFaite(ILogger logger, Consultation consultation) { }
                public static partial void ConsultationDetaillee(ILogger logger, Consultation consultation) { }
            }

            public class ConsultationService
            {
                private readonly ILogger logger;
                public ConsultationService(ILogger logger) => this.logger = logger;

                public void Consulter(Patient patient, PatientClasse classe, Consultation consultation)
                {
                    ConsultationLog.PatientLu(logger, {|PII0103:patient|});
                    ConsultationLog.PatientClasseLu(logger, classe);
                    ConsultationLog.ConsultationFaite(logger, consultation);
                    ConsultationLog.ConsultationDetaillee(logger, {|PII0103:consultation|});
                }
            }
            """);
}
