using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules;

public class UnclassifiedPersonalDataTests
{
    [Fact]
    public Task Flags_unclassified_members_of_an_entity()
        => Verify<UnclassifiedPersonalDataAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;

            namespace TiersPayant.Domain;

            public enum SituationFamiliale { Celibataire, Marie, Pacse, Divorce, Veuf }

            public sealed class Beneficiaire
            {
                public Guid Id { get; set; }
                public string Nom { get; set; } = "";
                public string {|PII0001:NumeroSecuriteSociale|} { get; set; } = "";
                public DateOnly {|PII0001:DateNaissance|} { get; set; }
                public SituationFamiliale {|PII0001:SituationFamiliale|} { get; set; }
                public string? {|PII0001:Mutuelle|} { get; set; }
                public List<string> {|PII0001:Garanties|} { get; } = new();
                private string {|PII0001:_rang|} = "01";
            }
            """);

    [Fact]
    public Task Flags_record_positional_parameters_once()
        => Verify<UnclassifiedPersonalDataAnalyzer>.Analyzer("""
            using System;

            public sealed record BeneficiaryDto(Guid Id, string LastName, string {|PII0001:Nir|}, DateTime {|PII0001:BirthDate|});
            """);

    [Fact]
    public Task Does_not_flag_classified_or_opted_out_members()
        => Verify<UnclassifiedPersonalDataAnalyzer>.Analyzer("""
            using System;
            using PiiAnalyzers.Annotations;

            public sealed class Beneficiary
            {
                [Nir] public string Nir { get; set; } = "";
                [BirthDate] public DateTime BirthDate { get; set; }
                [HealthInsurer] public string InsurerName { get; set; } = "";
                [NotPersonalData("Formula code of the product catalogue, the same for every member")]
                public string Coverage { get; set; } = "";
                [Microsoft.AspNetCore.Identity.PersonalData] public string Email { get; set; } = "";
            }

            public sealed record BeneficiaryDto([Nir] string Nir, [property: BirthDate] DateTime BirthDate);
            """);

    [Fact]
    public Task Does_not_flag_look_alikes_plumbing_or_derived_values()
        => Verify<UnclassifiedPersonalDataAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;

            public interface INirValidator { bool IsValid(string nir); }

            public sealed class RegistrationForm
            {
                public const string Nir = "NIR";
                public bool ShowBirthDateField { get; set; }
                public string InvalidNirMessage { get; set; } = "Le NIR est invalide";
                public int NirLength => 15;
                public string? SsnHash { get; set; }
                public string? MaskedNir { get; set; }
                public string Nirvana { get; set; } = "";
                public bool IsGuaranteed { get; set; }
                public DateTime CreatedDate { get; set; }
                public string CodeInsee { get; set; } = "";
                public string LieuNaissance { get; set; } = "";
                public string Civilite { get; set; } = "";
            }

            public sealed class BeneficiaryService
            {
                private readonly INirValidator nirValidator;
                public BeneficiaryService(INirValidator nirValidator) => this.nirValidator = nirValidator;
                public bool Check(string nir) => nirValidator.IsValid(nir);
            }
            """);

    [Fact]
    public Task Does_not_flag_french_lengths_label_lists_and_timeouts()
        => Verify<UnclassifiedPersonalDataAnalyzer>.Analyzer("""
            using System.Collections.Generic;

            public sealed class SaisieAssureOptions
            {
                public int LongueurNir { get; set; } = 15;
                public int TailleNir { get; set; } = 15;
                public string[] SituationFamilialeLabels { get; set; } = { "Célibataire", "Marié(e)" };
                public List<string> SituationFamilialeLibelles { get; set; } = new();
                public string[] MaritalStatusLabels { get; set; } = System.Array.Empty<string>();
                public int AssureurTimeoutSeconds { get; set; } = 30;
                public int MutuelleRetries { get; set; } = 3;
            }

            public sealed class AssureEntity
            {
                public string {|PII0001:NumeroSecu|} { get; set; } = "";
                public string {|PII0001:SituationFamiliale|} { get; set; } = "";
            }
            """);

    [Fact]
    public Task Flags_the_interface_member_not_its_explicit_implementation()
        => Verify<UnclassifiedPersonalDataAnalyzer>.Analyzer("""
            public interface IAssure
            {
                string {|PII0001:NumeroSecu|} { get; }
            }

            public sealed class Assure : IAssure
            {
                [PiiAnalyzers.Annotations.Nir] private readonly string stored = "";
                string IAssure.NumeroSecu => stored;
                public string {|PII0001:SituationFamiliale|} { get; set; } = "";
            }
            """);

    [Fact]
    public Task Does_not_flag_overrides_whose_base_is_the_place_to_classify()
        => Verify<UnclassifiedPersonalDataAnalyzer>.Analyzer("""
            using PiiAnalyzers.Annotations;

            public abstract class PersonBase
            {
                [Nir] public abstract string Nir { get; set; }
            }

            public sealed class Beneficiary : PersonBase
            {
                public override string Nir { get; set; } = "";
            }
            """);

    [Fact]
    public Task Follows_configuration()
        => Verify<UnclassifiedPersonalDataAnalyzer>.Analyzer(
            """
            public sealed class Dossier
            {
                public string {|PII0001:IdentifiantNational|} { get; set; } = "";
                public string Nir { get; set; } = "";
            }

            public sealed class Beneficiary
            {
                public string Nir { get; set; } = "";
            }
            """,
            """
            pii_analyzers.extra_names.nir = identifiant_national
            pii_analyzers.ignored_members = Dossier.Nir, Beneficiary.Nir
            """);
}
