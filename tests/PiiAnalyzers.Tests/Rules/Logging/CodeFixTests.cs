using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>Redact and remove fixes for PII0101–PII0105, one at a time and fix-all.</summary>
public class CodeFixTests
{
    [Fact]
    public Task Redacts_a_logged_nir_and_adds_the_using()
        => Verify<PersonalDataOutputAnalyzer, RedactPersonalDataCodeFix>.CodeFix("""
            using Microsoft.Extensions.Logging;

            public class ClaimService
            {
                public void Submit(ILogger logger, Beneficiary beneficiary)
                {
                    logger.LogInformation("Claim for {Nir}", {|PII0101:beneficiary.Nir|});
                }
            }
            """ + SampleModel.Beneficiary, """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public class ClaimService
            {
                public void Submit(ILogger logger, Beneficiary beneficiary)
                {
                    logger.LogInformation("Claim for {Nir}", Redact.Nir(beneficiary.Nir));
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Fix_all_redacts_every_category_with_its_helper()
        => Verify<PersonalDataOutputAnalyzer, RedactPersonalDataCodeFix>.CodeFix("""
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public class ClaimService
            {
                public void Submit(ILogger logger, Beneficiary beneficiary)
                {
                    logger.LogWarning($"Born {{|PII0101:beneficiary.BirthDate|}}, insurer {{|PII0101:beneficiary.Mutuelle|}}");
                    Console.WriteLine({|PII0102:beneficiary.Nir|});
                    Activity.Current?.SetTag("status", {|PII0105:beneficiary.MaritalStatus|});
                    throw new InvalidOperationException("Unknown " + {|PII0104:beneficiary.Nir|});
                }
            }
            """ + SampleModel.Beneficiary, """
            using System;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public class ClaimService
            {
                public void Submit(ILogger logger, Beneficiary beneficiary)
                {
                    logger.LogWarning($"Born {Redact.BirthDate(beneficiary.BirthDate)}, insurer {Redact.Value(beneficiary.Mutuelle)}");
                    Console.WriteLine(Redact.Nir(beneficiary.Nir));
                    Activity.Current?.SetTag("status", Redact.Value(beneficiary.MaritalStatus));
                    throw new InvalidOperationException("Unknown " + Redact.Nir(beneficiary.Nir));
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Removes_the_argument_and_its_placeholder()
        => Verify<PersonalDataOutputAnalyzer, RemoveLoggedArgumentCodeFix>.CodeFix("""
            using Serilog;

            public class ClaimService
            {
                public void Submit(ILogger log, Beneficiary beneficiary)
                {
                    log.Information("Claim {ClaimId} for {Nir} accepted", beneficiary.Id, {|PII0101:beneficiary.Nir|});
                }
            }
            """ + SampleModel.Beneficiary, """
            using Serilog;

            public class ClaimService
            {
                public void Submit(ILogger log, Beneficiary beneficiary)
                {
                    log.Information("Claim {ClaimId} for accepted", beneficiary.Id);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Fix_all_removes_several_arguments_of_one_call()
        => Verify<PersonalDataOutputAnalyzer, RemoveLoggedArgumentCodeFix>.CodeFix("""
            using Microsoft.Extensions.Logging;

            public class ClaimService
            {
                public void Submit(ILogger logger, Beneficiary beneficiary)
                {
                    logger.LogInformation("Claim {Id} {Nir} {BirthDate} done", beneficiary.Id, {|PII0101:beneficiary.Nir|}, {|PII0101:beneficiary.BirthDate|});
                    logger.LogInformation("Beneficiary {@Beneficiary} updated", {|PII0103:beneficiary|});
                }
            }
            """ + SampleModel.Beneficiary, """
            using Microsoft.Extensions.Logging;

            public class ClaimService
            {
                public void Submit(ILogger logger, Beneficiary beneficiary)
                {
                    logger.LogInformation("Claim {Id} done", beneficiary.Id);
                    logger.LogInformation("Beneficiary updated");
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Classifies_the_parameter_of_a_logger_message_method()
        => Verify<PersonalDataOutputAnalyzer, ClassifyLoggerMessageParameterCodeFix>.CodeFix("""
            using Microsoft.Extensions.Logging;

            public static partial class ClaimLog
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Claim submitted for {BeneficiaryKey}")]
                public static partial void ClaimSubmitted(ILogger logger, string beneficiaryKey);

                public static partial void ClaimSubmitted(ILogger logger, string beneficiaryKey) { }
            }

            public class ClaimService
            {
                public void Submit(ILogger logger, Beneficiary beneficiary)
                {
                    ClaimLog.ClaimSubmitted(logger, {|PII0101:beneficiary.Nir|});
                }
            }
            """ + SampleModel.Beneficiary, """
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public static partial class ClaimLog
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Claim submitted for {BeneficiaryKey}")]
                public static partial void ClaimSubmitted(ILogger logger, [Nir] string beneficiaryKey);

                public static partial void ClaimSubmitted(ILogger logger, string beneficiaryKey) { }
            }

            public class ClaimService
            {
                public void Submit(ILogger logger, Beneficiary beneficiary)
                {
                    ClaimLog.ClaimSubmitted(logger, beneficiary.Nir);
                }
            }
            """ + SampleModel.Beneficiary);
}
