using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>Realistic code that must stay clean: names that only look personal, redaction pipelines, plumbing.</summary>
public class NotFlaggedTests
{
    [Fact]
    public Task Names_that_describe_the_data_rather_than_hold_it()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Microsoft.Extensions.Logging;

            public class EnrollmentSettings
            {
                public bool ShowBirthDateField { get; set; }
                public int NirCount { get; set; }
                public string InvalidNirMessage { get; set; } = "Invalid NIR";
                public int WarrantyGuaranteeMonths { get; set; }
            }

            public class EnrollmentService
            {
                private readonly ILogger<EnrollmentService> logger;
                public EnrollmentService(ILogger<EnrollmentService> logger) => this.logger = logger;

                public void Start(EnrollmentSettings settings, object guaranteeService)
                {
                    logger.LogInformation("Show birth date field: {Show}", settings.ShowBirthDateField);
                    logger.LogInformation("{Count} NIRs imported", settings.NirCount);
                    logger.LogWarning(settings.InvalidNirMessage);
                    logger.LogInformation("Warranty {Months}", settings.WarrantyGuaranteeMonths);
                    logger.LogDebug("Service {Service}", guaranteeService);
                }
            }
            """);

    [Fact]
    public Task Opted_out_members_and_compliance_redactors()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Microsoft.Extensions.Compliance.Redaction;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public class Invoice
            {
                [NotPersonalData("Invoice number printed on the paper form")]
                public string InsuranceNumber { get; set; } = "";
                public string Nir { get; set; } = "";
            }

            public class InvoiceService
            {
                private readonly ILogger logger;
                private readonly Redactor redactor;

                public InvoiceService(ILogger logger, IRedactorProvider redactors)
                {
                    this.logger = logger;
                    redactor = redactors.GetRedactor(PiiTaxonomy.Nir);
                }

                public void Send(Invoice invoice)
                {
                    logger.LogInformation("Invoice {Number}", invoice.InsuranceNumber);
                    logger.LogInformation("Invoice for {Nir}", redactor.Redact(invoice.Nir));
                }
            }
            """);

    [Fact]
    public Task Exceptions_caught_and_rethrown_and_plain_messages()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using Microsoft.Extensions.Logging;

            public class ClaimProcessor
            {
                private readonly ILogger logger;
                public ClaimProcessor(ILogger logger) => this.logger = logger;

                public void Process(Beneficiary beneficiary)
                {
                    try
                    {
                        Validate(beneficiary.Nir);
                    }
                    catch (FormatException ex)
                    {
                        logger.LogError(ex, "Claim {ClaimId} rejected", beneficiary.Id);
                        throw new InvalidOperationException(ex.Message, ex);
                    }
                }

                private static void Validate(string nir)
                {
                    if (nir.Length != 15)
                    {
                        throw new FormatException("The NIR must have 15 characters");
                    }
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Wrappers_that_redact_or_ignore_their_input()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public class SafeLog
            {
                private readonly ILogger logger;
                public SafeLog(ILogger logger) => this.logger = logger;

                public void Identifier(string label, string value)
                {
                    var shown = Redact.Value(value);
                    logger.LogInformation("{Label}: {Value}", label, shown);
                }

                public void Length(string value) => logger.LogInformation("Length {Length}", value.Length);

                public void Known(string value, bool known) => logger.LogInformation("Known {Known}", known);
            }

            public class Portal
            {
                private readonly SafeLog log;
                public Portal(SafeLog log) => this.log = log;

                public void Open(Beneficiary beneficiary)
                {
                    log.Identifier("nir", beneficiary.Nir);
                    log.Length(beneficiary.Nir);
                    log.Known(beneficiary.Nir, true);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Data_written_to_storage_not_to_output()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.IO;
            using System.Text.Json;

            public class ExportWriter
            {
                public void Write(Stream stream, TextWriter csv, Beneficiary beneficiary, Dictionary<string, string> cache)
                {
                    JsonSerializer.Serialize(stream, beneficiary);
                    csv.WriteLine($"{beneficiary.Id};{beneficiary.Nir}");
                    cache[beneficiary.Nir] = beneficiary.LastName;
                    var json = JsonSerializer.Serialize(beneficiary);
                    File.WriteAllText("export.json", json);
                }
            }
            """ + SampleModel.Beneficiary);
}
