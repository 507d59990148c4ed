using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>How personal data travels to a sink: locals, branches, tuples, LINQ, collections, wrappers; and barriers.</summary>
public class FlowAndWrapperTests
{
    [Fact]
    public Task Flags_values_through_locals_conditionals_tuples_and_linq()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public class ExportJob
            {
                private readonly ILogger logger;
                public ExportJob(ILogger logger) => this.logger = logger;

                public void Export(List<Beneficiary> beneficiaries, Beneficiary current, bool verbose)
                {
                    var key = verbose ? current.Nir : current.Id.ToString();
                    logger.LogInformation("Exporting {Key}", {|PII0101:key|});

                    var identity = (current.Id, current.Nir);
                    logger.LogInformation("Identity {Identity}", {|PII0101:identity|});

                    var nirs = string.Join(", ", beneficiaries.Select(b => b.Nir));
                    logger.LogInformation("Exported {Nirs}", {|PII0101:nirs|});

                    string label = "beneficiary";
                    if (verbose)
                    {
                        label = current.Nir;
                    }

                    logger.LogInformation("Last {Label}", {|PII0101:label|});

                    foreach (var beneficiary in beneficiaries)
                    {
                        var birth = beneficiary.BirthDate.ToShortDateString();
                        logger.LogDebug("Born {Birth}", {|PII0101:birth|});
                    }

                    var upper = current.Nir.Trim().ToUpperInvariant();
                    logger.LogDebug("Normalised {Nir}", {|PII0101:upper|});
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_values_reassigned_or_derived_before_the_sink()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class ExportJob
            {
                private readonly ILogger logger;
                public ExportJob(ILogger logger) => this.logger = logger;

                public void Export(List<Beneficiary> beneficiaries, Beneficiary current, bool verbose)
                {
                    var key = current.Nir;
                    key = current.Id.ToString();
                    logger.LogInformation("Exporting {Key}", key);

                    var count = beneficiaries.Count(b => b.Nir.StartsWith("2"));
                    logger.LogInformation("Women {Count}", count);

                    var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(current.Nir)));
                    logger.LogInformation("Hashed {Hash}", hash);

                    var ids = string.Join(", ", beneficiaries.Select(b => b.Id));
                    logger.LogInformation("Exported {Ids}", ids);

                    var age = System.DateTime.Today.Year - current.BirthDate.Year;
                    logger.LogInformation("Age {Age}", age);

                    var known = beneficiaries.Any(b => b.Nir == current.Nir);
                    logger.LogInformation("Known {Known}", known);

                    var masked = MaskNir(current.Nir);
                    logger.LogInformation("Masked {Nir}", masked);

                    logger.LogInformation("Hash code {Code}", current.Nir.GetHashCode());
                }

                private static string MaskNir(string nir) => nir.Substring(0, 1) + new string('*', 14);
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_callers_of_wrappers_that_reach_a_sink()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public class AuditTrail
            {
                private readonly ILogger logger;
                public AuditTrail(ILogger logger) => this.logger = logger;

                public void Write(string what, string subject) => logger.LogInformation("{What}: {Subject}", what, subject);

                public void WriteRedacted(string what, string subject) => logger.LogInformation("{What}: {Subject}", what, Redact.Value(subject));

                public void Trace(string subject) => Write("trace", subject);

                public void Print(object value) => Console.WriteLine("Value: " + value);
            }

            public class ClaimService
            {
                private readonly AuditTrail audit;
                public ClaimService(AuditTrail audit) => this.audit = audit;

                public void Submit(Beneficiary beneficiary)
                {
                    audit.Write("claim", {|PII0101:beneficiary.Nir|});
                    audit.Trace({|PII0101:beneficiary.Mutuelle|});
                    audit.Print({|PII0102:beneficiary.BirthDate|});
                    audit.WriteRedacted("claim", beneficiary.Nir);
                    audit.Write("claim", beneficiary.Id.ToString());
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_callers_of_wrappers_whose_parameter_is_itself_personal_data()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers.Annotations;

            public class NirInconnuException : Exception
            {
                public NirInconnuException(string nir) : base($"NIR {{|PII0104:nir|}} inconnu") { }
            }

            public class AuditService
            {
                private readonly ILogger<AuditService> logger;
                public AuditService(ILogger<AuditService> logger) => this.logger = logger;

                private void TracerNir(string nir) => logger.LogInformation("Consultation {Nir}", {|PII0101:nir|});

                private void TracerNirMasque(string nir) => logger.LogInformation("Consultation {Nir}", Redact.Value(nir));

                public void Consulter(Beneficiary beneficiary)
                {
                    TracerNir({|PII0101:beneficiary.Nir|});
                    TracerNirMasque(beneficiary.Nir);
                    if (beneficiary.Id < 0)
                    {
                        throw new NirInconnuException({|PII0104:beneficiary.Nir|});
                    }
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Helpers_that_hash_are_barriers_helpers_that_format_or_slice_are_not()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Diagnostics;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class DroitsTracing
            {
                private static readonly ActivitySource Source = new("Horizon.Droits");
                private readonly ILogger<DroitsTracing> logger;
                public DroitsTracing(ILogger<DroitsTracing> logger) => this.logger = logger;

                private static string HacherNir(string nir) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(nir)))[..16];

                private static string Empreinte(string valeur)
                {
                    var octets = SHA256.HashData(Encoding.UTF8.GetBytes(valeur));
                    return Convert.ToBase64String(octets);
                }

                private static string FormaterNir(string nir) => $"{nir[..1]} {nir[1..3]} {nir[3..5]} {nir[5..]}";

                public void Verifier(Beneficiary beneficiary)
                {
                    using var activity = Source.StartActivity("droits");
                    activity?.SetTag("droits.nir_hash", HacherNir(beneficiary.Nir));
                    logger.LogInformation("Empreinte {Empreinte}", Empreinte(beneficiary.Nir));
                    logger.LogInformation("NIR {Nir}", {|PII0101:FormaterNir(beneficiary.Nir)|});
                    logger.LogInformation("Début du NIR {Debut}", {|PII0101:beneficiary.Nir[..5]|} + "********");
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_callers_of_wrappers_behind_an_interface()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Microsoft.Extensions.Logging;

            public interface IAuditTrail
            {
                void ConsultationDroits(string rpps, string nir);
                void RechercheRefusee(string rpps, int resultats);
            }

            public sealed class AuditTrail : IAuditTrail
            {
                private readonly ILogger<AuditTrail> logger;
                public AuditTrail(ILogger<AuditTrail> logger) => this.logger = logger;

                public void ConsultationDroits(string rpps, string nir) => logger.LogInformation("{Rpps} a consulté {Nir}", rpps, {|PII0101:nir|});
                public void RechercheRefusee(string rpps, int resultats) => logger.LogWarning("{Rpps}: {Resultats} résultats", rpps, resultats);
            }

            public sealed class DroitsService
            {
                private readonly IAuditTrail audit;
                public DroitsService(IAuditTrail audit) => this.audit = audit;

                public void Consulter(string rpps, Beneficiary beneficiary)
                {
                    audit.ConsultationDroits(rpps, {|PII0101:beneficiary.Nir|});
                    audit.RechercheRefusee(rpps, beneficiary.Id);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task A_business_method_that_logs_its_holder_parameter_whole_is_reported_inside_not_at_each_call()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using System.Text.Json;
            using Microsoft.Extensions.Logging;

            public record DemandeRemboursement(Guid Id, string Nir, decimal Montant);

            public sealed class FacturationService
            {
                private readonly ILogger<FacturationService> logger;
                public FacturationService(ILogger<FacturationService> logger) => this.logger = logger;

                public void Traiter(DemandeRemboursement demande)
                {
                    logger.LogDebug("Demande complète {@Demande}", {|PII0103:demande|});
                    logger.LogDebug("Demande {Demande}", {|PII0103:JsonSerializer.Serialize(demande)|});
                }

                public void Audit(object valeur) => logger.LogInformation("Audit {@Valeur}", valeur);

                public void Lot(IReadOnlyList<Beneficiary> beneficiaires)
                {
                    foreach (var b in beneficiaires)
                    {
                        var demande = new DemandeRemboursement(Guid.NewGuid(), b.Nir, 10m);
                        Traiter(demande);
                        Traiter(new DemandeRemboursement(Guid.NewGuid(), b.Nir, 25m));
                        Audit({|PII0103:demande|});
                    }
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Wrappers_that_write_through_a_delegate_field_an_indexer_or_a_tag_collection_are_sinks_a_lookup_is_not()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Linq;
            using log4net;
            using Microsoft.Extensions.Logging;

            public sealed class Traces
            {
                private static readonly Action<ILogger, string, Exception?> Rejet =
                    LoggerMessage.Define<string>(LogLevel.Warning, new EventId(7, "Rejet"), "Rejet pour {Assure}");

                private readonly ILogger logger;
                private readonly List<Beneficiary> cache = new();
                public Traces(ILogger logger) => this.logger = logger;

                public void Rejeter(string assure) => Rejet(logger, assure, null);

                public void Contexte(string valeur) => ThreadContext.Properties["assure"] = valeur;

                public ActivityEvent Evenement(object valeur) => new("controle", tags: new ActivityTagsCollection { { "assure", valeur } });

                public Beneficiary? Chercher(string valeur) => cache.FirstOrDefault(b => b.Nir == valeur);

                public void Traiter(Beneficiary beneficiary)
                {
                    Rejeter({|PII0101:beneficiary.Nir|});
                    Contexte({|PII0101:beneficiary.Mutuelle|});
                    Evenement({|PII0105:beneficiary.BirthDate|});
                    Chercher(beneficiary.Nir);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_wrappers_that_do_not_write()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            public class BeneficiaryIndex
            {
                private readonly Dictionary<string, int> byNir = new();
                private readonly ILogger logger;
                public BeneficiaryIndex(ILogger logger) => this.logger = logger;

                public void Add(string key, int id)
                {
                    byNir[key] = id;
                    logger.LogInformation("Indexed beneficiary {Id}", id);
                }

                public void Index(Beneficiary beneficiary) => Add(beneficiary.Nir, beneficiary.Id);
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_helpers_and_computed_properties_that_read_the_data_themselves()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using Microsoft.Extensions.Logging;

            public class Dossier
            {
                public Beneficiary Titulaire { get; set; } = new();
                public string Reference { get; set; } = "";
                public string Affichage => $"{Reference} ({Titulaire.Nir})";
                public string Resume
                {
                    get { return Reference + " né le " + Titulaire.BirthDate.ToString("d"); }
                }
            }

            public static class BeneficiaryText
            {
                public static string Description(this Beneficiary beneficiary) => $"{beneficiary.LastName}, {beneficiary.Mutuelle}";
            }

            public class RejetsService
            {
                private readonly ILogger logger;
                public RejetsService(ILogger logger) => this.logger = logger;

                private static string Cle(Beneficiary beneficiary) => beneficiary.Nir + "-" + beneficiary.Id;

                public void Rejeter(Beneficiary beneficiary, Dossier dossier)
                {
                    logger.LogWarning("Rejet {Cle}", {|PII0101:Cle(beneficiary)|});
                    logger.LogWarning("Rejet de {Beneficiaire}", {|PII0101:beneficiary.Description()|});
                    logger.LogWarning("Dossier {Dossier}", {|PII0101:dossier.Affichage|});
                    logger.LogWarning($"Dossier {{|PII0101:dossier.Resume|}}");
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_helpers_and_computed_properties_that_return_no_personal_data()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class Dossier
            {
                public Beneficiary Titulaire { get; set; } = new();
                public string Reference { get; set; } = "";
                public string Affichage => $"{Reference} ({Titulaire.Id})";
                public string Initiale => Titulaire.LastName.Substring(0, 1);
                public string NirValide => Titulaire.Nir.Length == 15 ? "oui" : "non";
                public string NirMasque => Titulaire.Nir[..5] + "**********";
            }

            public static class BeneficiaryText
            {
                public static string Description(this Beneficiary beneficiary) => $"{beneficiary.LastName} ({beneficiary.Id})";
                public static string MasquerNir(this Beneficiary beneficiary) => beneficiary.Nir.Substring(0, 5) + "**********";
                public static string Empreinte(this Beneficiary beneficiary)
                    => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(beneficiary.Nir)));
            }

            public class RejetsService
            {
                private readonly ILogger logger;
                public RejetsService(ILogger logger) => this.logger = logger;

                private static string Cle(Beneficiary beneficiary) => "B-" + beneficiary.Id;

                public void Rejeter(Beneficiary beneficiary, Dossier dossier)
                {
                    logger.LogWarning("Rejet {Cle}", Cle(beneficiary));
                    logger.LogWarning("Rejet de {Beneficiaire}", beneficiary.Description());
                    logger.LogWarning("Empreinte {Empreinte}", beneficiary.Empreinte());
                    logger.LogWarning("Dossier {Dossier} {Initiale} {Valide}", dossier.Affichage, dossier.Initiale, dossier.NirValide);
                    logger.LogWarning("Titulaire {Nir} {Masque}", dossier.NirMasque, beneficiary.MasquerNir());
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task A_birth_date_formatted_to_its_year_is_derived_any_other_format_is_the_date()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Globalization;
            using Microsoft.Extensions.Logging;

            public class StatistiquesService
            {
                private readonly ILogger logger;
                public StatistiquesService(ILogger logger) => this.logger = logger;

                public void Tracer(Beneficiary beneficiary)
                {
                    logger.LogInformation($"Classe d'âge {beneficiary.BirthDate:yyyy}");
                    logger.LogInformation("Année {Annee}", beneficiary.BirthDate.ToString("yyyy", CultureInfo.InvariantCulture));
                    logger.LogInformation("Année {Annee}", beneficiary.BirthDate.Year);
                    logger.LogInformation($"Né le {{|PII0101:beneficiary.BirthDate|}:dd/MM/yyyy}");
                    logger.LogInformation("Né en {Mois}", {|PII0101:beneficiary.BirthDate.ToString("MM/yyyy")|});
                    logger.LogInformation("Né le {Date}", {|PII0101:beneficiary.BirthDate.ToString("d", CultureInfo.InvariantCulture)|});
                }
            }
            """ + SampleModel.Beneficiary);
}

