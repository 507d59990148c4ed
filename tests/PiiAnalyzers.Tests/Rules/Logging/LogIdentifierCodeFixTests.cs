using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>PII0103: the fix that writes the object's key instead of the whole object, and where it is not offered.</summary>
public class LogIdentifierCodeFixTests
{
    [Fact]
    public Task Destructured_beneficiary_becomes_its_id_and_the_hole_is_renamed()
        => Verify<PersonalDataOutputAnalyzer, LogIdentifierCodeFix>.CodeFix("""
            using Microsoft.Extensions.Logging;

            public class ContractService
            {
                public void Renew(ILogger<ContractService> logger, Beneficiary beneficiary)
                {
                    logger.LogInformation("Contract of {@Beneficiary} renewed", {|PII0103:beneficiary|});
                }
            }
            """ + SampleModel.Beneficiary, """
            using Microsoft.Extensions.Logging;

            public class ContractService
            {
                public void Renew(ILogger<ContractService> logger, Beneficiary beneficiary)
                {
                    logger.LogInformation("Contract of {BeneficiaryId} renewed", beneficiary.Id);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Record_key_named_after_its_type_in_serilog_interpolation_and_concatenation()
        => Verify<PersonalDataOutputAnalyzer, LogIdentifierCodeFix>.CodeFix("""
            using System;
            using Serilog;

            public record ClaimLine(int ClaimLineId, string NumeroAssure, DateTime DateNaissance, decimal Amount);

            public class ClaimIntake
            {
                public void Receive(ClaimLine line, ClaimLine[] batch)
                {
                    Log.Information("Received {Line} for payment", {|PII0103:line|});
                    Log.Warning("Rejected {@First,-10} of the batch", {|PII0103:batch[0]|});
                    Console.WriteLine($"Received {{|PII0103:line|}:G}");
                    Console.WriteLine("Received " + {|PII0103:line|});
                }
            }
            """, """
            using System;
            using Serilog;

            public record ClaimLine(int ClaimLineId, string NumeroAssure, DateTime DateNaissance, decimal Amount);

            public class ClaimIntake
            {
                public void Receive(ClaimLine line, ClaimLine[] batch)
                {
                    Log.Information("Received {ClaimLineId} for payment", line.ClaimLineId);
                    Log.Warning("Rejected {ClaimLineId,-10} of the batch", batch[0].ClaimLineId);
                    Console.WriteLine($"Received {line.ClaimLineId:G}");
                    Console.WriteLine("Received " + line.ClaimLineId);
                }
            }
            """);

    [Fact]
    public Task Fix_all_renames_every_hole_of_one_template()
        => Verify<PersonalDataOutputAnalyzer, LogIdentifierCodeFix>.CodeFix("""
            using Microsoft.Extensions.Logging;

            public class Transfer
            {
                public void Move(ILogger logger, Beneficiary from, Beneficiary to)
                {
                    logger.LogInformation("Contract moved from {@From} to {@To}", {|PII0103:from|}, {|PII0103:to|});
                }
            }
            """ + SampleModel.Beneficiary, """
            using Microsoft.Extensions.Logging;

            public class Transfer
            {
                public void Move(ILogger logger, Beneficiary from, Beneficiary to)
                {
                    logger.LogInformation("Contract moved from {FromId} to {ToId}", from.Id, to.Id);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Not_offered_without_a_key_with_a_private_one_or_a_personal_one()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            public record Insured(string Nir, string LastName);
            public record Dependant(string Nir) { private int Id { get; init; } }
            public record Member(string Id, string Mutuelle) { [PiiAnalyzers.Annotations.PersonalData] public string MemberId => Id; }

            public class Enrolment
            {
                public void Enrol(ILogger logger, Insured insured, Dependant dependant)
                {
                    logger.LogInformation("Enrolled {@Insured}", {|PII0103:insured|});
                    logger.LogInformation("Dependant {Dependant}", {|PII0103:dependant|});
                }
            }
            """;
        return Verify<PersonalDataOutputAnalyzer, LogIdentifierCodeFix>.CodeFix(source, source);
    }

    [Fact]
    public Task Not_offered_for_an_anonymous_object_or_a_serialised_one()
    {
        const string source = """
            using System.Text.Json;
            using Microsoft.Extensions.Logging;

            public class Export
            {
                public void Write(ILogger logger, Beneficiary beneficiary)
                {
                    logger.LogInformation("Export {@Row}", {|PII0103:new { beneficiary.Id, beneficiary.Nir }|});
                    logger.LogInformation("Export {Json}", {|PII0103:JsonSerializer.Serialize(beneficiary)|});
                }
            }
            """ + SampleModel.Beneficiary;
        return Verify<PersonalDataOutputAnalyzer, LogIdentifierCodeFix>.CodeFix(source, source);
    }
}
