using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>PII0101 on values read by column or key name: ADO.NET rows and readers, untyped rows, the request.</summary>
public class KeyedRecordTests
{
    [Fact]
    public Task Flags_columns_read_by_name_from_rows_readers_untyped_rows_and_the_request()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using System.Data;
            using System.Data.Common;
            using System.Linq;
            using Dapper;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            public sealed class ImportAssures
            {
                private readonly ILogger<ImportAssures> logger;
                private readonly IDbConnection connection;

                public ImportAssures(ILogger<ImportAssures> logger, IDbConnection connection)
                {
                    this.logger = logger;
                    this.connection = connection;
                }

                public void Importer(DataTable table)
                {
                    foreach (DataRow row in table.Rows)
                    {
                        var valeur = row["NIR"].ToString();
                        logger.LogInformation("Import de {Valeur}", {|PII0101:valeur|});
                        logger.LogDebug("Ligne " + {|PII0101:row["DATE_NAISSANCE"]|});
                    }
                }

                public void Lire(DbDataReader reader)
                {
                    while (reader.Read())
                    {
                        logger.LogInformation("Mutuelle {Mutuelle}", {|PII0101:reader["Mutuelle"]|});
                        var lu = reader.GetString(reader.GetOrdinal("NIR"));
                        logger.LogInformation("Assuré {Lu}", {|PII0101:lu|});
                        logger.LogInformation("Né le {Date}", {|PII0101:reader.GetDateTime("DateNaissance")|});
                        logger.LogInformation("Ligne {Id} {Premier}", reader.GetInt32(reader.GetOrdinal("Id")), reader.GetString(0));
                    }
                }

                public void Dapper()
                {
                    foreach (var row in connection.Query("SELECT Id, Nir FROM Assures WHERE Id = 1"))
                    {
                        var code = (string)row.Nir;
                        logger.LogInformation("Assuré {Code}", {|PII0101:code|});
                        var champs = (IDictionary<string, object>)row;
                        logger.LogInformation("Assuré {Code}", {|PII0101:champs["Nir"]|});
                    }
                }

                public void Requete(HttpRequest request)
                    => logger.LogWarning("Recherche {Critere}", {|PII0101:request.Query["nir"]|});
            }
            """);

    [Fact]
    public Task Flags_tracked_values_of_personal_properties_in_an_ef_core_audit_not_the_others()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Logging;

            public class AuditDbContext : DbContext
            {
                private readonly ILogger<AuditDbContext> logger;
                public AuditDbContext(DbContextOptions<AuditDbContext> options, ILogger<AuditDbContext> logger) : base(options) => this.logger = logger;

                public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();

                public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
                {
                    foreach (var entry in ChangeTracker.Entries<Beneficiary>())
                    {
                        logger.LogInformation("{State} {Id}", entry.State, entry.Property(b => b.Id).CurrentValue);
                        logger.LogDebug("Avant {Avant}", {|PII0101:entry.OriginalValues["Nir"]|});
                        logger.LogDebug("Après {Apres}", {|PII0101:entry.Property(b => b.BirthDate).CurrentValue|});
                        logger.LogDebug("Mutuelle {Mutuelle}", {|PII0101:entry.Property(nameof(Beneficiary.Mutuelle)).OriginalValue|});
                        logger.LogDebug("Nom modifié {Modifie}", entry.Property("LastName").IsModified);
                        logger.LogDebug("Id {Id}", entry.OriginalValues["Id"]);
                    }

                    return base.SaveChangesAsync(cancellationToken);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_other_columns_weak_names_label_tables_settings_and_texts()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Data;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Localization;
            using Microsoft.Extensions.Logging;

            public sealed class Libelles
            {
                private static readonly Dictionary<string, string> Colonnes = new() { ["Nir"] = "Numéro de sécurité sociale" };

                private readonly ILogger<Libelles> logger;
                private readonly IConfiguration configuration;
                private readonly IStringLocalizer<Libelles> textes;

                public Libelles(ILogger<Libelles> logger, IConfiguration configuration, IStringLocalizer<Libelles> textes)
                {
                    this.logger = logger;
                    this.configuration = configuration;
                    this.textes = textes;
                }

                public void Tracer(DataRow row)
                {
                    logger.LogInformation("Ligne {Id} {Numero} {Rang}", row["ID"], row["NUMERO"], row["RANG"]);
                    logger.LogInformation("Colonne {Libelle}", Colonnes["Nir"]);
                    logger.LogInformation("Format {Format}", configuration["Nir"]);
                    logger.LogInformation("Texte {Texte}", textes["Nir"]);
                    logger.LogInformation("Présent {Present}", row["NIR"] is not System.DBNull);
                }
            }
            """);
}
