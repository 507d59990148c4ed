using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>PII0104: personal data in exception messages.</summary>
public class ExceptionMessageTests
{
    [Fact]
    public Task Flags_messages_of_framework_and_custom_exceptions()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;

            public class BeneficiaryNotFoundException : Exception
            {
                public BeneficiaryNotFoundException(string message) : base(message) { }
            }

            public class RightsException : Exception
            {
                public RightsException(string reference, DateTime dateOfBirth)
                    : base($"No rights for {reference} born {{|PII0104:dateOfBirth|}}") { }
            }

            public class RightsService
            {
                public void Check(Beneficiary beneficiary, string nir)
                {
                    if (beneficiary.Id == 0)
                        throw new InvalidOperationException($"Unknown beneficiary {{|PII0104:nir|}}");
                    if (beneficiary.Contract is null)
                        throw new BeneficiaryNotFoundException("No contract for " + {|PII0104:beneficiary.Nir|});
                    if (beneficiary.BirthDate > DateTime.Today)
                        throw new ArgumentOutOfRangeException(nameof(beneficiary), {|PII0104:beneficiary.BirthDate|}, "Birth date in the future");
                    throw new RightsException(beneficiary.LastName, {|PII0104:beneficiary.BirthDate|});
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_harmless_exception_messages()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using PiiAnalyzers.Annotations;

            public class BeneficiaryNotFoundException : Exception
            {
                public BeneficiaryNotFoundException(int beneficiaryId) : base($"Beneficiary {beneficiaryId} not found") { }
                public string? Nir { get; init; }
            }

            public class RightsService
            {
                public void Check(Beneficiary beneficiary, string nir)
                {
                    if (string.IsNullOrEmpty(nir))
                        throw new ArgumentNullException(nameof(nir));
                    if (nir.Length != 15)
                        throw new ArgumentException("A NIR has 15 characters", nameof(nir));
                    if (beneficiary.Id == 0)
                        throw new BeneficiaryNotFoundException(beneficiary.Id) { Nir = nir };
                    throw new InvalidOperationException($"Unknown beneficiary {Redact.Nir(nir)} (id {beneficiary.Id})");
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_callers_of_custom_exceptions_that_put_a_parameter_in_the_message()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;

            public class EligibilityException : Exception
            {
                public EligibilityException(string subject, string reason) : base($"{subject}: {reason}") { }
            }

            public class ContractNotFoundException : Exception
            {
                public ContractNotFoundException(string reference) : base("Contract not found")
                {
                    Reference = reference;
                }

                public string Reference { get; }
            }

            public class EligibilityService
            {
                public void Check(Beneficiary beneficiary)
                {
                    if (beneficiary.Contract is null)
                        throw new ContractNotFoundException(beneficiary.Nir);
                    throw new EligibilityException({|PII0104:beneficiary.Nir|}, "contract suspended");
                }
            }
            """ + SampleModel.Beneficiary);
}
