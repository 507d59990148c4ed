using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Classification;

/// <summary>
/// The classification engine on members as health-payment code declares them: English and French names, snake_case
/// and upper case, fields, properties, parameters, locals, records, attributes, configuration — and at least as many
/// look-alikes that must not match.
/// </summary>
public class ClassificationTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using PiiAnalyzers.Annotations;

        public enum MaritalStatus { Single, Married, Pacsed, Divorced, Widowed }
        public enum SituationMatrimoniale { Celibataire, Marie, Pacse }
        public class Garantie { public string Code { get; set; } = ""; }
        public interface IGuaranteeService { }
        public interface INirValidator { bool IsValid(string nir); }
        public sealed class InsurerApiClient { }

        """;

    [Theory]
    // NIR, in every spelling real code uses
    [InlineData("Beneficiary", "public string Nir { get; set; } = \"\";", "Nir", "Nir")]
    [InlineData("Beneficiary", "public string NIR { get; set; } = \"\";", "NIR", "Nir")]
    [InlineData("Beneficiary", "private string nir = \"\";", "nir", "Nir")]
    [InlineData("Beneficiary", "private string _nir = \"\";", "_nir", "Nir")]
    [InlineData("Insuree", "public string SocialSecurityNumber { get; set; } = \"\";", "SocialSecurityNumber", "Nir")]
    [InlineData("Assure", "public string NumeroSecuriteSociale { get; set; } = \"\";", "NumeroSecuriteSociale", "Nir")]
    [InlineData("Assure", "public string numero_securite_sociale = \"\";", "numero_securite_sociale", "Nir")]
    [InlineData("AssureRow", "public string NUMERO_SECU = \"\";", "NUMERO_SECU", "Nir")]
    [InlineData("Adherent", "public string NumSecu { get; set; } = \"\";", "NumSecu", "Nir")]
    [InlineData("Member", "public string Ssn { get; set; } = \"\";", "Ssn", "Nir")]
    [InlineData("Patient", "public string NumeroInsee { get; set; } = \"\";", "NumeroInsee", "Nir")]
    [InlineData("Dossier", "public string MatriculeAssure { get; set; } = \"\";", "MatriculeAssure", "Nir")]
    [InlineData("ClaimRequest", "public string InsuranceNumber { get; set; } = \"\";", "InsuranceNumber", "Nir")]
    [InlineData("PriseEnCharge", "public string NumeroAssure { get; set; } = \"\";", "NumeroAssure", "Nir")]
    [InlineData("Beneficiary", "public long Nir { get; set; }", "Nir", "Nir")]
    [InlineData("Beneficiaire", "public string Numero { get; set; } = \"\";", "Numero", "Nir")]
    [InlineData("AyantDroit", "public string Rang { get; set; } = \"\";", "Rang", "Nir")]
    [InlineData("Assure", "public string Insee { get; set; } = \"\";", "Insee", "Nir")]
    [InlineData("FeuilleDeSoins", "public string NirBeneficiaire { get; set; } = \"\";", "NirBeneficiaire", "Nir")]
    [InlineData("AssureDto", "public string NSS { get; set; } = \"\";", "NSS", "Nir")]
    [InlineData("Assure", "public string numéroSécu { get; set; } = \"\";", "numéroSécu", "Nir")]
    [InlineData("ExportJob", "public List<string> Nirs { get; } = new();", "Nirs", "Nir")]
    [InlineData("Beneficiary", "public char[] NirChars { get; set; } = Array.Empty<char>();", "NirChars", "Nir")]
    [InlineData("Claim", "public string NirPatient { get; set; } = \"\";", "NirPatient", "Nir")]
    [InlineData("Contrat", "public string PolicyHolderNir { get; set; } = \"\";", "PolicyHolderNir", "Nir")]
    [InlineData("Assure", "public string NumeroSS { get; set; } = \"\";", "NumeroSS", "Nir")]
    [InlineData("Assure", "public string SSNumber { get; set; } = \"\";", "SSNumber", "Nir")]
    [InlineData("Export", "public string NirFormatted { get; set; } = \"\";", "NirFormatted", "Nir")]
    // birth dates
    [InlineData("Beneficiary", "public DateTime BirthDate { get; set; }", "BirthDate", "BirthDate")]
    [InlineData("Beneficiary", "public DateOnly DateOfBirth { get; set; }", "DateOfBirth", "BirthDate")]
    [InlineData("Member", "public DateTime? Dob { get; set; }", "Dob", "BirthDate")]
    [InlineData("Member", "public DateTime DOB { get; set; }", "DOB", "BirthDate")]
    [InlineData("Patient", "public DateTimeOffset Birthday { get; set; }", "Birthday", "BirthDate")]
    [InlineData("Assure", "public DateTime DateNaissance { get; set; }", "DateNaissance", "BirthDate")]
    [InlineData("AssureRow", "public DateTime date_de_naissance;", "date_de_naissance", "BirthDate")]
    [InlineData("AssureRow", "public string DATE_NAISSANCE = \"\";", "DATE_NAISSANCE", "BirthDate")]
    [InlineData("Assure", "public DateTime DtNaiss { get; set; }", "DtNaiss", "BirthDate")]
    [InlineData("Patient", "public DateTime Naissance { get; set; }", "Naissance", "BirthDate")]
    [InlineData("Facture", "public DateTime DateNaissanceAssure { get; set; }", "DateNaissanceAssure", "BirthDate")]
    [InlineData("Beneficiary", "public string Birthdate { get; set; } = \"\";", "Birthdate", "BirthDate")]
    // insurance guarantees
    [InlineData("Contrat", "public List<Garantie> Garanties { get; } = new();", "Garanties", "InsuranceGuarantee")]
    [InlineData("Contrat", "public string NiveauGarantie { get; set; } = \"\";", "NiveauGarantie", "InsuranceGuarantee")]
    [InlineData("Contrat", "public string FormuleGarantie { get; set; } = \"\";", "FormuleGarantie", "InsuranceGuarantee")]
    [InlineData("Contrat", "public decimal TauxRemboursement { get; set; }", "TauxRemboursement", "InsuranceGuarantee")]
    [InlineData("Policy", "public string Coverage { get; set; } = \"\";", "Coverage", "InsuranceGuarantee")]
    [InlineData("Contract", "public IReadOnlyList<string> ContractGuarantees { get; set; } = Array.Empty<string>();", "ContractGuarantees", "InsuranceGuarantee")]
    [InlineData("Adhesion", "public string Couverture { get; set; } = \"\";", "Couverture", "InsuranceGuarantee")]
    [InlineData("Adherent", "public int Formule { get; set; }", "Formule", "InsuranceGuarantee")]
    [InlineData("Contrat", "public string CodeGarantie { get; set; } = \"\";", "CodeGarantie", "InsuranceGuarantee")]
    [InlineData("Contrat", "public string OptionGarantie { get; set; } = \"\";", "OptionGarantie", "InsuranceGuarantee")]
    [InlineData("Contrat", "public decimal TauxPriseEnCharge { get; set; }", "TauxPriseEnCharge", "InsuranceGuarantee")]
    // insurers
    [InlineData("Beneficiary", "public string InsurerName { get; set; } = \"\";", "InsurerName", "HealthInsurer")]
    [InlineData("Beneficiaire", "public string Mutuelle { get; set; } = \"\";", "Mutuelle", "HealthInsurer")]
    [InlineData("Beneficiaire", "public string OrganismeComplementaire { get; set; } = \"\";", "OrganismeComplementaire", "HealthInsurer")]
    [InlineData("DroitsAssure", "public string CodeAmc { get; set; } = \"\";", "CodeAmc", "HealthInsurer")]
    [InlineData("DroitsAssure", "public string Amo { get; set; } = \"\";", "Amo", "HealthInsurer")]
    [InlineData("Member", "public Guid InsurerId { get; set; }", "InsurerId", "HealthInsurer")]
    [InlineData("Assure", "public string Assureur { get; set; } = \"\";", "Assureur", "HealthInsurer")]
    [InlineData("LigneFacture", "public int AmcId { get; set; }", "AmcId", "HealthInsurer")]
    [InlineData("LigneFacture", "public string NumeroAmc { get; set; } = \"\";", "NumeroAmc", "HealthInsurer")]
    [InlineData("LigneFacture", "public decimal TauxRemboursementAmc { get; set; }", "TauxRemboursementAmc", "InsuranceGuarantee")]
    [InlineData("Patient", "public string Insurance { get; set; } = \"\";", "Insurance", "HealthInsurer")]
    // marital status
    [InlineData("Beneficiary", "public string MaritalStatus { get; set; } = \"\";", "MaritalStatus", "MaritalStatus")]
    [InlineData("Beneficiary", "public MaritalStatus MaritalStatus { get; set; }", "MaritalStatus", "MaritalStatus")]
    [InlineData("Assure", "public string SituationFamiliale { get; set; } = \"\";", "SituationFamiliale", "MaritalStatus")]
    [InlineData("Assure", "public string EtatCivil { get; set; } = \"\";", "EtatCivil", "MaritalStatus")]
    [InlineData("AssureRow", "public SituationMatrimoniale situation_matrimoniale;", "situation_matrimoniale", "MaritalStatus")]
    [InlineData("Person", "public string CivilStatus { get; set; } = \"\";", "CivilStatus", "MaritalStatus")]
    // explicit attributes classify whatever the name
    [InlineData("Dossier", "[Nir] public string Identifiant { get; set; } = \"\";", "Identifiant", "Nir")]
    [InlineData("Dossier", "[BirthDate] public DateTime Ne { get; set; }", "Ne", "BirthDate")]
    [InlineData("Dossier", "[InsuranceGuarantee] public string Options { get; set; } = \"\";", "Options", "InsuranceGuarantee")]
    [InlineData("Dossier", "[HealthInsurer] public string Organisme { get; set; } = \"\";", "Organisme", "HealthInsurer")]
    [InlineData("Dossier", "[MaritalStatus] public string Statut { get; set; } = \"\";", "Statut", "MaritalStatus")]
    [InlineData("Dossier", "[PersonalData] public string Adresse { get; set; } = \"\";", "Adresse", "PersonalData")]
    [InlineData("AppUser", "[Microsoft.AspNetCore.Identity.PersonalData] public string Phone { get; set; } = \"\";", "Phone", "PersonalData")]
    [InlineData("AppUser", "[Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Email { get; set; } = \"\";", "Email", "PersonalData")]
    [InlineData("Dossier", "[Microsoft.Extensions.Compliance.Classification.UnknownDataClassification] public string Extra { get; set; } = \"\";", "Extra", "PersonalData")]
    public void Classifies(string container, string declaration, string member, string expected)
        => Assert.Equal(expected, ClassifyMember(container, declaration, member));

    [Theory]
    [InlineData("Beneficiary", "public string Nirvana { get; set; } = \"\";", "Nirvana")]
    [InlineData("Beneficiary", "public string Nirmala { get; set; } = \"\";", "Nirmala")]
    [InlineData("Contract", "public bool IsGuaranteed { get; set; }", "IsGuaranteed")]
    [InlineData("Contract", "public bool Guaranteed { get; set; }", "Guaranteed")]
    [InlineData("Contract", "public decimal GuaranteedAmount { get; set; }", "GuaranteedAmount")]
    [InlineData("Beneficiary", "public DateTime CreatedDate { get; set; }", "CreatedDate")]
    [InlineData("Maternity", "public int BirthCount { get; set; }", "BirthCount")]
    [InlineData("Beneficiary", "public string SsnHash { get; set; } = \"\";", "SsnHash")]
    [InlineData("Beneficiary", "public string HashedSsn { get; set; } = \"\";", "HashedSsn")]
    [InlineData("Beneficiary", "public string MaskedNir { get; set; } = \"\";", "MaskedNir")]
    [InlineData("Beneficiary", "public string EncryptedNir { get; set; } = \"\";", "EncryptedNir")]
    [InlineData("Beneficiary", "public string NirToken { get; set; } = \"\";", "NirToken")]
    [InlineData("Beneficiary", "public string SocialSecurityNumberMask { get; set; } = \"\";", "SocialSecurityNumberMask")]
    [InlineData("Adresse", "public string CodeInsee { get; set; } = \"\";", "CodeInsee")]
    [InlineData("Beneficiaire", "public string CodeInsee { get; set; } = \"\";", "CodeInsee")]
    [InlineData("Commune", "public string InseeCode { get; set; } = \"\";", "InseeCode")]
    [InlineData("Assure", "public string LieuNaissance { get; set; } = \"\";", "LieuNaissance")]
    [InlineData("Patient", "public string PlaceOfBirth { get; set; } = \"\";", "PlaceOfBirth")]
    [InlineData("Patient", "public string BirthPlace { get; set; } = \"\";", "BirthPlace")]
    [InlineData("Assure", "public string NomNaissance { get; set; } = \"\";", "NomNaissance")]
    [InlineData("Assure", "public int AnneeNaissance { get; set; }", "AnneeNaissance")]
    [InlineData("Patient", "public int BirthYear { get; set; }", "BirthYear")]
    [InlineData("Assure", "public string Civilite { get; set; } = \"\";", "Civilite")]
    [InlineData("BeneficiaryController", "private readonly IGuaranteeService guaranteeService = null!;", "guaranteeService")]
    [InlineData("BeneficiaryController", "private readonly INirValidator nirValidator = null!;", "nirValidator")]
    [InlineData("RegistrationForm", "public bool ShowBirthDateField { get; set; }", "ShowBirthDateField")]
    [InlineData("Statistics", "public int NirCount { get; set; }", "NirCount")]
    [InlineData("Messages", "public string InvalidNirMessage { get; set; } = \"\";", "InvalidNirMessage")]
    [InlineData("Messages", "public string BirthDateRequiredError { get; set; } = \"\";", "BirthDateRequiredError")]
    [InlineData("Product", "public int WarrantyGuaranteeMonths { get; set; }", "WarrantyGuaranteeMonths")]
    [InlineData("Product", "public decimal InsuredAmount { get; set; }", "InsuredAmount")]
    [InlineData("Character", "public string Dobby { get; set; } = \"\";", "Dobby")]
    [InlineData("Author", "public string Dobson { get; set; } = \"\";", "Dobson")]
    [InlineData("MailSettings", "public bool RefuseUnverifiedEmail { get; set; }", "RefuseUnverifiedEmail")]
    [InlineData("Facture", "public string Numero { get; set; } = \"\";", "Numero")]
    [InlineData("Beneficiaire", "public string NumeroTelephone { get; set; } = \"\";", "NumeroTelephone")]
    [InlineData("Beneficiary", "public string PhoneNumber { get; set; } = \"\";", "PhoneNumber")]
    [InlineData("Adherent", "public string NumeroContrat { get; set; } = \"\";", "NumeroContrat")]
    [InlineData("Customer", "public string OrderNumber { get; set; } = \"\";", "OrderNumber")]
    [InlineData("Contract", "public string PolicyNumber { get; set; } = \"\";", "PolicyNumber")]
    [InlineData("Beneficiary", "public int NirLength { get; set; }", "NirLength")]
    [InlineData("Validation", "public string NirRegex { get; set; } = \"\";", "NirRegex")]
    [InlineData("Validation", "public string NirPattern { get; set; } = \"\";", "NirPattern")]
    [InlineData("Display", "public string DateNaissanceFormat { get; set; } = \"\";", "DateNaissanceFormat")]
    [InlineData("Export", "public string NirColumn { get; set; } = \"\";", "NirColumn")]
    [InlineData("Search", "public DateTime BirthDateMin { get; set; }", "BirthDateMin")]
    [InlineData("BuildReport", "public double CodeCoverage { get; set; }", "CodeCoverage")]
    [InlineData("Antenna", "public string CouvertureReseau { get; set; } = \"\";", "CouvertureReseau")]
    [InlineData("Beneficiary", "public bool HasMutuelle { get; set; }", "HasMutuelle")]
    [InlineData("Beneficiary", "public bool NirVerified { get; set; }", "NirVerified")]
    [InlineData("Gateway", "public InsurerApiClient InsurerClient { get; set; } = new();", "InsurerClient")]
    [InlineData("Tournament", "public string Rang { get; set; } = \"\";", "Rang")]
    [InlineData("Commune", "public string Insee { get; set; } = \"\";", "Insee")]
    [InlineData("Evenement", "public DateTime Naissance { get; set; }", "Naissance")]
    [InlineData("Vehicle", "public string Insurance { get; set; } = \"\";", "Insurance")]
    [InlineData("Payment", "public decimal Amount { get; set; }", "Amount")]
    [InlineData("Garage", "public string Couvert { get; set; } = \"\";", "Couvert")]
    [InlineData("Links", "public string SecuriteSocialeUrl { get; set; } = \"\";", "SecuriteSocialeUrl")]
    [InlineData("Beneficiary", "public Func<string, bool> NirPredicate { get; set; } = _ => true;", "NirPredicate")]
    [InlineData("Beneficiary", "public Task<string> NirTask { get; set; } = null!;", "NirTask")]
    [InlineData("Contract", "public string GuaranteeTemplate { get; set; } = \"\";", "GuaranteeTemplate")]
    [InlineData("Contract", "public TimeSpan GuaranteeDuration { get; set; }", "GuaranteeDuration")]
    [InlineData("Catalog", "public string GuaranteeProduct { get; set; } = \"\";", "GuaranteeProduct")]
    [InlineData("Contract", "[NotPersonalData(\"A product code shared by every contract\")] public string Coverage { get; set; } = \"\";", "Coverage")]
    [InlineData("Beneficiary", "[Microsoft.Extensions.Compliance.Classification.NoDataClassification] public string Nir { get; set; } = \"\";", "Nir")]
    [InlineData("Beneficiary", "public string NirStatus { get; set; } = \"\";", "NirStatus")]
    [InlineData("Beneficiary", "public string MaritalStatusLabel { get; set; } = \"\";", "MaritalStatusLabel")]
    [InlineData("Crm", "public string BirthdayGreeting { get; set; } = \"\";", "BirthdayGreeting")]
    [InlineData("Crm", "public DateTime BirthdayReminderDate { get; set; }", "BirthdayReminderDate")]
    [InlineData("Export", "public string NirPseudonymise { get; set; } = \"\";", "NirPseudonymise")]
    [InlineData("Export", "public string NirMasque { get; set; } = \"\";", "NirMasque")]
    [InlineData("Export", "public string ssn_last4 { get; set; } = \"\";", "ssn_last4")]
    [InlineData("Ci", "public string TestCoverage { get; set; } = \"\";", "TestCoverage")]
    [InlineData("Insurers", "public string InsurerType { get; set; } = \"\";", "InsurerType")]
    [InlineData("Form", "public string NirPlaceholder { get; set; } = \"\";", "NirPlaceholder")]
    [InlineData("LigneFacture", "public decimal MontantAmo { get; set; }", "MontantAmo")]
    [InlineData("LigneFacture", "public decimal PartAmc { get; set; }", "PartAmc")]
    [InlineData("LigneFacture", "public decimal TauxAmo { get; set; }", "TauxAmo")]
    [InlineData("LigneFacture", "public decimal MontantMutuelle { get; set; }", "MontantMutuelle")]
    [InlineData("LigneFacture", "public decimal PriseEnChargeMutuelle { get; set; }", "PriseEnChargeMutuelle")]
    [InlineData("Claim", "public decimal InsurerShare { get; set; }", "InsurerShare")]
    [InlineData("Controle", "public string NirValide { get; set; } = \"\";", "NirValide")]
    [InlineData("Claim", "public double InsurerAmount { get; set; }", "InsurerAmount")]
    [InlineData("LigneFacture", "public long MontantAmcCentimes { get; set; }", "MontantAmcCentimes")]
    [InlineData("Contrat", "public int CotisationMutuelle { get; set; }", "CotisationMutuelle")]
    public void Does_not_classify_look_alikes(string container, string declaration, string member)
        => Assert.Equal("None", ClassifyMember(container, declaration, member));

    [Fact]
    public void Record_positional_parameter_attribute_classifies_the_property()
    {
        var compilation = TestCompilation.Create(Usings + "public sealed record Assure([Nir] string Identifiant, string Nom);");
        var type = compilation.GetTypeByMetadataName("Assure")!;
        var classifier = PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options());

        var property = type.GetMembers("Identifiant").OfType<IPropertySymbol>().Single();
        Assert.Equal(PiiCategory.Nir, classifier.Classify(property).Categories);
        Assert.True(classifier.Classify(property).IsExplicit);
        Assert.Equal(PiiCategory.None, classifier.Classify(type.GetMembers("Nom").OfType<IPropertySymbol>().Single()).Categories);
    }

    [Fact]
    public void Interface_and_base_attributes_are_inherited()
    {
        var compilation = TestCompilation.Create(Usings + """
            public interface IHasSecu { [Nir] string Identifiant { get; } }
            public abstract class PersonBase { [BirthDate] public virtual DateTime Ne { get; set; } }
            public sealed class Assure : PersonBase, IHasSecu
            {
                public string Identifiant { get; set; } = "";
                public override DateTime Ne { get; set; }
            }
            """);
        var type = compilation.GetTypeByMetadataName("Assure")!;
        var classifier = PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options());

        Assert.Equal(PiiCategory.Nir, classifier.Classify(type.GetMembers("Identifiant").Single()).Categories);
        Assert.Equal(PiiCategory.BirthDate, classifier.Classify(type.GetMembers("Ne").Single()).Categories);
    }

    [Fact]
    public void Source_declared_copies_of_the_attributes_work_without_the_package()
    {
        var compilation = TestCompilation.Create("""
            namespace PiiAnalyzers.Annotations
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                internal sealed class NirAttribute : System.Attribute { }
            }

            namespace Legacy
            {
                public sealed class Dossier { [PiiAnalyzers.Annotations.Nir] public string Ident { get; set; } = ""; }
            }
            """);
        var property = compilation.GetTypeByMetadataName("Legacy.Dossier")!.GetMembers("Ident").Single();
        Assert.Equal(PiiCategory.Nir, PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options()).Classify(property).Categories);
    }

    [Theory]
    [InlineData("SensitiveNirAttribute", "Nir")]
    [InlineData("PrivateDataAttribute", "PersonalData")]
    [InlineData("EuiiAttribute", "PersonalData")]
    public void Data_classification_subclasses_classify_by_their_name(string attributeName, string expected)
    {
        var compilation = TestCompilation.Create($$"""
            using Microsoft.Extensions.Compliance.Classification;
            public sealed class {{attributeName}} : DataClassificationAttribute
            {
                public {{attributeName}}() : base(new DataClassification("Contoso", "{{attributeName}}")) { }
            }
            public sealed class Dossier { [{{attributeName.Replace("Attribute", "")}}] public string Valeur { get; set; } = ""; }
            """);
        Assert.Empty(TestCompilation.Errors(compilation));
        var property = compilation.GetTypeByMetadataName("Dossier")!.GetMembers("Valeur").Single();
        Assert.Equal(expected, PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options()).Classify(property).Categories.DisplayName());
    }

    [Fact]
    public void Parameters_and_locals_are_classified_by_the_same_heuristics()
    {
        var compilation = TestCompilation.Create(Usings + """
            public sealed class BeneficiaryLookup
            {
                public string Describe(string nir, int pageSize)
                {
                    var dateNaissance = DateTime.Today;
                    var nirLength = nir.Length;
                    return $"{pageSize}{dateNaissance}{nirLength}";
                }
            }
            """);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var classifier = PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options());
        var symbols = tree.GetRoot().DescendantNodes()
            .Select(n => model.GetDeclaredSymbol(n))
            .Where(s => s is IParameterSymbol or ILocalSymbol && s.ContainingSymbol.Name == "Describe")
            .ToDictionary(s => s!.Name, s => classifier.Classify(s).Categories);

        Assert.Equal(PiiCategory.Nir, symbols["nir"]);
        Assert.Equal(PiiCategory.BirthDate, symbols["dateNaissance"]);
        Assert.Equal(PiiCategory.None, symbols["nirLength"]);
        Assert.Equal(PiiCategory.None, symbols["pageSize"]);
    }

    [Fact]
    public void Extra_names_from_configuration_classify()
    {
        var result = ClassifyMember(
            "Dossier", "public string IdentifiantNational { get; set; } = \"\";", "IdentifiantNational",
            ("pii_analyzers.extra_names.nir", "identifiantNational, idSecu"));
        Assert.Equal("Nir", result);
    }

    [Fact]
    public void Heuristics_off_keeps_attributes_and_configured_names_only()
    {
        var options = new[] { ("pii_analyzers.heuristics", "false"), ("pii_analyzers.extra_names.birth_date", "ne_le") };
        Assert.Equal("None", ClassifyMember("Beneficiary", "public string Nir { get; set; } = \"\";", "Nir", options));
        Assert.Equal("Nir", ClassifyMember("Beneficiary", "[Nir] public string Nir { get; set; } = \"\";", "Nir", options));
        Assert.Equal("BirthDate", ClassifyMember("Beneficiary", "public DateTime NeLe { get; set; }", "NeLe", options));
    }

    [Fact]
    public void Ignored_members_are_not_personal_data()
    {
        Assert.Equal("None", ClassifyMember(
            "Beneficiary", "public string Nir { get; set; } = \"\";", "Nir", ("pii_analyzers.ignored_members", "Beneficiary.Nir")));
        Assert.Equal("None", ClassifyMember(
            "Beneficiary", "public string Nir { get; set; } = \"\";", "Nir", ("pii_analyzers.ignored_members", "Nir")));
        Assert.Equal("Nir", ClassifyMember(
            "Beneficiary", "public string Nir { get; set; } = \"\";", "Nir", ("pii_analyzers.ignored_members", "Contract.Nir")));
    }

    [Fact]
    public void Configured_person_containers_raise_weak_names()
    {
        Assert.Equal("None", ClassifyMember("DossierMedical", "public string Numero { get; set; } = \"\";", "Numero"));
        Assert.Equal("Nir", ClassifyMember(
            "DossierMedical", "public string Numero { get; set; } = \"\";", "Numero", ("pii_analyzers.person_containers", "Dossier")));
    }

    [Fact]
    public void Holders_are_transitive_cycle_safe_and_carried_by_collections()
    {
        var compilation = TestCompilation.Create(Usings + """
            public sealed class Beneficiary
            {
                public string Nom { get; set; } = "";
                public Contract Contract { get; set; } = new();
                public Beneficiary? Parent { get; set; }
                public List<Beneficiary> AyantsDroit { get; } = new();
            }
            public sealed class Contract
            {
                public List<Garantie> Garanties { get; } = new();
                public Beneficiary? Holder { get; set; }
            }
            public sealed class Practitioner { public string Rpps { get; set; } = ""; public List<Practitioner> Colleagues { get; } = new(); }
            public sealed class Queries
            {
                public List<Beneficiary> All = new();
                public IQueryable<Beneficiary> Query = null!;
                public Dictionary<int, Beneficiary> ById = new();
                public Beneficiary[] Array = System.Array.Empty<Beneficiary>();
            }
            """);
        Assert.Empty(TestCompilation.Errors(compilation));
        var classifier = PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options());
        var beneficiary = compilation.GetTypeByMetadataName("Beneficiary")!;
        Assert.Equal(PiiCategory.InsuranceGuarantee, classifier.GetHolderCategories(beneficiary));
        Assert.Equal(PiiCategory.None, classifier.GetHolderCategories(compilation.GetTypeByMetadataName("Practitioner")));

        var queries = compilation.GetTypeByMetadataName("Queries")!;
        foreach (var field in queries.GetMembers().OfType<IFieldSymbol>())
        {
            Assert.True(classifier.GetCarriedCategories(field.Type) == PiiCategory.InsuranceGuarantee, field.Name);
        }
    }

    [Fact]
    public void Holder_depth_is_bounded()
    {
        var compilation = TestCompilation.Create("""
            public sealed class L0 { public L1 Next { get; set; } = new(); }
            public sealed class L1 { public L2 Next { get; set; } = new(); }
            public sealed class L2 { public L3 Next { get; set; } = new(); }
            public sealed class L3 { public L4 Next { get; set; } = new(); }
            public sealed class L4 { public L5 Next { get; set; } = new(); }
            public sealed class L5 { public L6 Next { get; set; } = new(); }
            public sealed class L6 { public string Nir { get; set; } = ""; }
            """);
        var classifier = PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options());
        Assert.Equal(PiiCategory.Nir, classifier.GetHolderCategories(compilation.GetTypeByMetadataName("L3")));
        Assert.Equal(PiiCategory.None, classifier.GetHolderCategories(compilation.GetTypeByMetadataName("L0")));
    }

    [Fact]
    public void Classification_is_cached_per_compilation()
    {
        var compilation = TestCompilation.Create("public sealed class Beneficiary { public string Nir { get; set; } = \"\"; }");
        var first = PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options());
        var second = PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options());
        Assert.Same(first, second);
        Assert.NotSame(first, PiiClassifier.GetOrCreate(compilation.Clone(), TestConfigOptions.Options()));
    }

    private static string ClassifyMember(string container, string declaration, string member, params (string Key, string Value)[] options)
    {
        var source = Usings + $"public partial class {container}\n{{\n    {declaration}\n}}\n";
        var compilation = TestCompilation.Create(source);
        Assert.Empty(TestCompilation.Errors(compilation));
        var symbol = compilation.GetTypeByMetadataName(container)!.GetMembers(member)
            .First(m => m is IFieldSymbol or IPropertySymbol);
        return PiiClassifier.GetOrCreate(compilation, TestConfigOptions.Options(options)).Classify(symbol).Categories.DisplayName();
    }
}
