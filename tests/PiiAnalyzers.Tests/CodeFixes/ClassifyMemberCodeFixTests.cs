using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;
using Verifier = PiiAnalyzers.Tests.Infrastructure.Verify<PiiAnalyzers.Rules.UnclassifiedPersonalDataAnalyzer, PiiAnalyzers.CodeFixes.ClassifyMemberCodeFixProvider>;

namespace PiiAnalyzers.Tests.CodeFixes;

public class ClassifyMemberCodeFixTests
{
    [Fact]
    public Task Adds_the_category_attribute_and_the_using()
        => Verifier.CodeFix(
            """
            using System;

            namespace TiersPayant.Domain;

            public sealed class Beneficiary
            {
                public Guid Id { get; set; }

                /// <summary>Numéro de sécurité sociale.</summary>
                public string {|PII0001:Nir|} { get; set; } = "";
            }
            """,
            """
            using System;
            using PiiAnalyzers.Annotations;

            namespace TiersPayant.Domain;

            public sealed class Beneficiary
            {
                public Guid Id { get; set; }

                /// <summary>Numéro de sécurité sociale.</summary>
                [Nir]
                public string Nir { get; set; } = "";
            }
            """);

    [Fact]
    public Task Opts_out_with_a_justification_to_write()
        => Verifier.CodeFix(
            """
            using PiiAnalyzers.Annotations;

            public sealed class ProductCatalogueEntry
            {
                public string {|PII0001:Coverage|} { get; set; } = "";
            }
            """,
            """
            using PiiAnalyzers.Annotations;

            public sealed class ProductCatalogueEntry
            {
                [NotPersonalData("TODO: explain why this is not personal data")]
                public string Coverage { get; set; } = "";
            }
            """,
            codeActionIndex: 1,
            equivalenceKey: ClassifyMemberCodeFixProvider.OptOutKey);

    [Fact]
    public Task Targets_the_property_of_a_record_parameter()
        => Verifier.CodeFix(
            """
            using System;

            public sealed record BeneficiaryDto(Guid Id, string {|PII0001:Nir|});
            """,
            """
            using System;
            using PiiAnalyzers.Annotations;

            public sealed record BeneficiaryDto(Guid Id, [property: Nir] string Nir);
            """);

    [Fact]
    public Task Fix_all_classifies_every_member_with_its_own_category()
        => Verifier.CodeFix(
            """
            using System;

            public sealed class Assure
            {
                public string {|PII0001:NumeroSecu|} { get; set; } = "";
                public DateTime {|PII0001:DateNaissance|} { get; set; }
                private string {|PII0001:_mutuelle|} = "";
                public string Mutuelle => _mutuelle;
            }
            """.Replace("public string Mutuelle =>", "public string {|PII0001:Mutuelle|} =>"),
            """
            using System;
            using PiiAnalyzers.Annotations;

            public sealed class Assure
            {
                [Nir]
                public string NumeroSecu { get; set; } = "";
                [BirthDate]
                public DateTime DateNaissance { get; set; }
                [HealthInsurer]
                private string _mutuelle = "";
                [HealthInsurer]
                public string Mutuelle => _mutuelle;
            }
            """);
}
