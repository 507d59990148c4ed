using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>Code being typed: the analyzer must not crash, and reports only what it can still see.</summary>
public class IncompleteCodeTests
{
    [Fact]
    public Task Half_typed_calls_and_missing_arguments()
        => Verify<PersonalDataOutputAnalyzer>.IncompleteCode("""
            using Microsoft.Extensions.Logging;

            public class ClaimService
            {
                private readonly ILogger logger;

                public void Submit(Beneficiary beneficiary)
                {
                    logger.LogInformation("Claim for {Nir}", {|PII0101:beneficiary.Nir|});
                    logger.LogWarning(
                    logger.LogError("Insurer {Insurer}", beneficiary.)
                    logger.
                    Console.WriteLine(beneficiary.Nir
                    throw new System.InvalidOperationException($"NIR {beneficiary.
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Unresolved_loggers_and_types()
        => Verify<PersonalDataOutputAnalyzer>.IncompleteCode("""
            public class ClaimService
            {
                private readonly IUnknownLogger logger;

                public void Submit(Beneficiary beneficiary, UnknownType other)
                {
                    logger.LogInformation("Claim for {Nir}", beneficiary.Nir);
                    Missing.Log(beneficiary.Nir);
                    var x = Undefined(beneficiary.Nir);
                    Serilog.Log.Information("{Nir}", other.Nir);
                    var y = ;
                    new System.Exception(undefinedMessage);
                    System.Console.WriteLine(other);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Recursive_wrappers_and_self_assignments_terminate()
        => Verify<PersonalDataOutputAnalyzer>.IncompleteCode("""
            using Microsoft.Extensions.Logging;

            public class Loop
            {
                private readonly ILogger logger;

                public void A(string value, int depth) { if (depth > 0) B(value, depth - 1); }
                public void B(string value, int depth) { A(value, depth); logger.LogInformation(value); }

                public void Run(Beneficiary beneficiary)
                {
                    var nir = beneficiary.Nir;
                    nir = nir + nir;
                    A({|PII0101:beneficiary.Nir|}, 3);
                    logger.LogInformation({|PII0101:nir|});
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Long_chains_of_self_concatenation_stay_fast()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Microsoft.Extensions.Logging;

            public class Report
            {
                public void Build(ILogger logger, Beneficiary beneficiary)
                {
                    var text = beneficiary.Nir;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    text = text + text;
                    logger.LogInformation({|PII0101:text|});
                }
            }
            """ + SampleModel.Beneficiary);
}
