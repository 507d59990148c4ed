using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>PII0103: whole objects whose text shows their personal members.</summary>
public class WholeObjectTests
{
    private const string Types = """

        public record BeneficiaryDto(int Id, string Nir, System.DateTime BirthDate);

        public record ClaimSummary(int ClaimId, decimal Amount);

        public class Adherent
        {
            public int Id { get; set; }
            public string Nir { get; set; } = "";
            public override string ToString() => $"Adherent {Id} ({Nir})";
        }

        public class Practitioner
        {
            public string Rpps { get; set; } = "";
            public override string ToString() => $"Practitioner {Rpps}";
        }
        """;

    [Fact]
    public Task Flags_records_anonymous_types_to_string_overrides_destructuring_and_serialisation()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Text.Json;
            using Microsoft.Extensions.Logging;

            public class BeneficiaryController
            {
                private readonly ILogger logger;
                public BeneficiaryController(ILogger logger) => this.logger = logger;

                public void Get(BeneficiaryDto dto, Adherent adherent, Beneficiary beneficiary)
                {
                    logger.LogInformation("Returning {Beneficiary}", {|PII0103:dto|});
                    logger.LogInformation($"Returning {{|PII0103:dto|}}");
                    logger.LogInformation("Adherent {Adherent}", {|PII0103:adherent|});
                    logger.LogInformation("Beneficiary {@Beneficiary}", {|PII0103:beneficiary|});
                    logger.LogInformation("Payload {Payload}", {|PII0103:JsonSerializer.Serialize(beneficiary)|});
                    logger.LogInformation("Lookup {Lookup}", {|PII0103:new { beneficiary.Id, beneficiary.Nir }|});
                    Console.WriteLine({|PII0103:dto|});
                    Console.WriteLine({|PII0103:adherent.ToString()|});
                }
            }
            """ + Types + SampleModel.Beneficiary);

    [Fact]
    public Task A_to_string_override_that_reads_a_member_of_a_member_or_prints_a_record_member_shows_it()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using Microsoft.Extensions.Logging;

            public record Assure(Guid Id, string Nir);

            public class Dossier
            {
                public Guid Id { get; set; }
                public Beneficiary Titulaire { get; set; } = new();
                public override string ToString() => $"Dossier {Id} ({Titulaire.Nir})";
            }

            public class Demande
            {
                public Guid Id { get; set; }
                public Assure Assure { get; set; } = null!;
                public override string ToString() => "Demande " + Id + " pour " + this.Assure;
            }

            public class Lot
            {
                public Guid Id { get; set; }
                public Beneficiary Titulaire { get; set; } = new();
                public Assure Assure { get; set; } = null!;
                public override string ToString() => $"Lot {Id} de {Titulaire.Id} / {Assure.Id} ({Titulaire})";
            }

            public class Traitement
            {
                private readonly ILogger logger;
                public Traitement(ILogger logger) => this.logger = logger;

                public void Executer(Dossier dossier, Demande demande, Lot lot)
                {
                    logger.LogInformation("Dossier {Dossier}", {|PII0103:dossier|});
                    logger.LogInformation("Demande {Demande}", {|PII0103:demande|});
                    logger.LogInformation("Lot {Lot}", lot);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task A_structured_logger_writes_a_list_of_records_record_by_record_string_formatting_writes_its_type_name()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public record LigneExport(int Id, string Nir);

            public class ExportService
            {
                private readonly ILogger<ExportService> logger;
                private readonly log4net.ILog legacy = log4net.LogManager.GetLogger(typeof(ExportService));
                public ExportService(ILogger<ExportService> logger) => this.logger = logger;

                public void Tracer(List<LigneExport> lignes, List<Beneficiary> beneficiaires)
                {
                    logger.LogInformation("Lignes {Lignes}", {|PII0103:lignes|});
                    logger.LogInformation("Premières {Lignes}", {|PII0103:lignes.Take(3)|});
                    Serilog.Log.Information("Lignes {Lignes}", {|PII0103:lignes|});
                    logger.LogInformation("Bénéficiaires {Beneficiaires}", beneficiaires);
                    logger.LogInformation("{Nombre} lignes", lignes.Count);
                    logger.LogInformation("Ids {Ids}", lignes.Select(l => l.Id));
                    logger.LogInformation($"Lignes {lignes}");
                    legacy.InfoFormat("Lignes {0}", lignes);
                    Console.WriteLine(lignes);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Message_names_the_serialised_object_not_the_text()
    {
        var test = new Verify<PersonalDataOutputAnalyzer>.AnalyzerTest
        {
            TestCode = """
                using System.Text.Json;
                using Microsoft.Extensions.Logging;

                public class RightsService
                {
                    private readonly ILogger<RightsService> logger;
                    public RightsService(ILogger<RightsService> logger) => this.logger = logger;

                    public void Check(Beneficiary beneficiary)
                        => logger.LogDebug("Payload {Payload}", {|#0:JsonSerializer.Serialize(beneficiary)|});
                }
                """ + SampleModel.Beneficiary,
        };
        test.Configure(null);
        test.ExpectedDiagnostics.Add(Verify<PersonalDataOutputAnalyzer>.Diagnostic("PII0103").WithLocation(0).WithArguments("beneficiary", "Nir, BirthDate, InsuranceGuarantee, HealthInsurer, MaritalStatus"));
        return test.RunAsync();
    }

    [Fact]
    public Task Does_not_flag_plain_classes_and_records_without_personal_data()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Text.Json;
            using Microsoft.Extensions.Logging;

            public class BeneficiaryController
            {
                private readonly ILogger logger;
                public BeneficiaryController(ILogger logger) => this.logger = logger;

                public void Get(Beneficiary beneficiary, ClaimSummary summary, Practitioner practitioner)
                {
                    logger.LogInformation("Returning {Beneficiary}", beneficiary);
                    logger.LogInformation($"Returning {beneficiary}");
                    logger.LogInformation("Claim {Summary}", summary);
                    logger.LogInformation("Claim {@Summary}", summary);
                    logger.LogInformation("Practitioner {Practitioner}", practitioner);
                    logger.LogInformation("Payload {Payload}", JsonSerializer.Serialize(summary));
                    logger.LogInformation("Lookup {Lookup}", new { beneficiary.Id, summary.Amount });
                    Console.WriteLine(beneficiary);
                }
            }
            """ + Types + SampleModel.Beneficiary);
}
