using System.Collections.Generic;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>Realistic health-payment sources (entities, EF Core, controllers, minimal APIs, logging, raw SQL) for the robustness tests.</summary>
public static class RealisticSources
{
    public const string Entities = """
        using System;
        using System.Collections.Generic;
        using PiiAnalyzers.Annotations;

        namespace Health.Payment.Domain;

        public enum MaritalStatus { Single, Married, Divorced, Widowed, CivilPartnership }

        public class Insuree
        {
            public int Id { get; set; }
            [Nir] public string Nir { get; set; } = "";
            public long NumeroSecuriteSociale { get; set; }
            public DateOnly DateOfBirth { get; set; }
            public string? LastName { get; set; }
            public MaritalStatus SituationFamiliale { get; set; }
            public string Mutuelle { get; set; } = "";
            public List<Guarantee> Garanties { get; } = new();
            public Insuree? AyantDroitDe { get; set; }
            public int RangNaissance { get; set; }
            public override string ToString() => $"{LastName} {Nir} {DateOfBirth:yyyy-MM-dd}";
        }

        public record Guarantee(string Code, decimal TauxRemboursement, string NiveauGarantie);

        public record ClaimLine(string NumeroAssure, DateTime DateNaissance, decimal Amount, string OrganismeComplementaire);

        public sealed class Holder<T> where T : class
        {
            public T? Value { get; set; }
            public Holder<T>? Next { get; set; }
        }

        public static class Fixtures
        {
            public const string SampleNir = "1 85 05 78 006 084 91";
            public static readonly string[] Nirs = { "185057800608491", "2 55 08 2A 004 001 86" };
            public static readonly long NumericNir = 185057800608491;
        }
        """;

    public const string Data = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Dapper;
        using Health.Payment.Domain;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Logging;

        namespace Health.Payment.Data;

        public class PaymentDbContext : DbContext
        {
            public PaymentDbContext(DbContextOptions<PaymentDbContext> options) : base(options) { }
            public DbSet<Insuree> Insurees => Set<Insuree>();
            public DbSet<Guarantee> Guarantees => Set<Guarantee>();

            protected override void OnModelCreating(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity<Insuree>().HasKey(i => i.Id);
                modelBuilder.Entity<Insuree>().Property(i => i.Nir).HasMaxLength(15);
                modelBuilder.Entity<Guarantee>().HasNoKey();
            }
        }

        public interface IInsureeRepository
        {
            Task<List<Insuree>> AllAsync();
            Task<Insuree?> FindByNirAsync(string nir);
        }

        public sealed class InsureeRepository : IInsureeRepository
        {
            private readonly PaymentDbContext db;
            private readonly ILogger<InsureeRepository> logger;
            private readonly System.Data.IDbConnection connection;

            public InsureeRepository(PaymentDbContext db, ILogger<InsureeRepository> logger, System.Data.IDbConnection connection)
            {
                this.db = db;
                this.logger = logger;
                this.connection = connection;
            }

            public Task<List<Insuree>> AllAsync() => db.Insurees.Include(i => i.Garanties).ToListAsync();

            public async Task<Insuree?> FindByNirAsync(string nir)
            {
                logger.LogInformation("Looking up insuree {Nir}", nir);
                var found = await db.Insurees.FirstOrDefaultAsync(i => i.Nir == nir);
                if (found is null)
                {
                    throw new InvalidOperationException("No insuree with NIR " + nir);
                }

                Serilog.Log.Information("Found {@Insuree} born {Dob}", found, found.DateOfBirth);
                Console.WriteLine($"found {found.Nir} ({found.Mutuelle})");
                return found;
            }

            public IEnumerable<ClaimLine> Claims(DateTime since)
                => connection.Query<ClaimLine>("SELECT NumeroAssure, DateNaissance, Amount FROM Claims WHERE Date > @since", new { since });

            public IQueryable<Insuree> Query(string? mutuelle)
            {
                var query = db.Insurees.AsQueryable();
                if (!string.IsNullOrEmpty(mutuelle))
                {
                    query = query.Where(i => i.Mutuelle == mutuelle);
                }

                return query.OrderBy(i => i.LastName).Skip(0).Take(100);
            }
        }
        """;

    public const string Web = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Health.Payment.Data;
        using Health.Payment.Domain;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.Extensions.Logging;

        namespace Health.Payment.Web;

        [ApiController]
        [Route("api/practitioners/insurees")]
        [Authorize(Roles = "Practitioner")]
        public class InsureesController : ControllerBase
        {
            private readonly IInsureeRepository repository;
            private readonly ILogger<InsureesController> logger;

            public InsureesController(IInsureeRepository repository, ILogger<InsureesController> logger)
            {
                this.repository = repository;
                this.logger = logger;
            }

            [HttpGet]
            public async Task<ActionResult<List<Insuree>>> All() => Ok(await repository.AllAsync());

            [HttpGet("{nir}")]
            public async Task<IActionResult> ByNir(string nir, [FromQuery] DateOnly? dateNaissance)
            {
                using var scope = logger.BeginScope("nir {Nir}", nir);
                var practitioner = User.FindFirstValue(ClaimTypes.NameIdentifier);
                var insuree = await repository.FindByNirAsync(nir);
                if (insuree is null || dateNaissance is { } d && d != insuree.DateOfBirth)
                {
                    return NotFound($"unknown {nir}");
                }

                System.Diagnostics.Activity.Current?.SetTag("insuree.nir", insuree.Nir);
                return Ok(new { insuree.Nir, insuree.DateOfBirth, insuree.Mutuelle, Practitioner = practitioner });
            }
        }

        public static class Endpoints
        {
            public static void Map(IEndpointRouteBuilder app)
            {
                var group = app.MapGroup("/portail-ps").RequireAuthorization("Practitioner");
                group.MapGet("/insurees", async (IInsureeRepository repository) => await repository.AllAsync());
                group.MapGet("/insurees/{nir}", (string nir, IInsureeRepository repository) => repository.FindByNirAsync(nir));
                app.MapGet("/public/count", () => Results.Ok(42)).AllowAnonymous();
                app.MapPost("/claims", (ClaimLine line, ILogger<ClaimLine> log) =>
                {
                    log.LogWarning("Claim for {Assure} born {Birth}", line.NumeroAssure, line.DateNaissance);
                    return Results.Accepted();
                });
            }
        }
        """;

    public const string Preprocessor = """
        // Preprocessor regions, local functions, pattern matching, generics: the shapes of real code.
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Health.Payment.Domain;

        namespace Health.Payment.Batch;

        public static class Exporter
        {
        #if DEBUG
            public static string DebugNir = "185057800608491";
        #else
            public static string ReleaseNote = "no NIR here";
        #endif

            public static IEnumerable<string> Export(IEnumerable<Insuree> insurees, Func<Insuree, bool>? filter = null)
            {
                foreach (var insuree in insurees.Where(filter ?? (_ => true)))
                {
                    var line = insuree switch
                    {
                        { Nir.Length: 15 } i when i.DateOfBirth.Year > 1900 => Format(i),
                        { AyantDroitDe: { } parent } => "ayant droit de " + parent.LastName,
                        _ => string.Empty,
                    };

                    yield return line;
                }

                static string Format(Insuree i)
                {
                    var garanties = string.Join(";", i.Garanties.Select(g => $"{g.Code}:{g.TauxRemboursement:P0}"));
                    return $"{i.Nir[..5]}*****|{i.DateOfBirth:yyyy}|{garanties}";
                }
            }

            public static Holder<T> Chain<T>(T value, int depth) where T : class
            {
                var holder = new Holder<T> { Value = value };
                for (var i = 0; i < depth; i++)
                {
                    holder = new Holder<T> { Value = value, Next = holder };
                }

                return holder;
            }
        }
        """;

    /// <summary>
    /// Legacy imports and audits: columns read by name (DataRow, data readers, Dapper dynamic rows), an EF Core audit
    /// override, a list of NIRs served by an endpoint, a foreach export, a list of records logged whole, a ToString
    /// reading through a member.
    /// </summary>
    public const string Legacy = """
        using System;
        using System.Collections.Generic;
        using System.Data;
        using System.Data.Common;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Dapper;
        using Health.Payment.Data;
        using Health.Payment.Domain;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Logging;

        namespace Health.Payment.Legacy;

        public record ExportLine(int Id, string Nir);

        public class Dossier
        {
            public int Id { get; set; }
            public Insuree Titulaire { get; set; } = new();
            public override string ToString() => $"Dossier {Id} ({Titulaire.Nir})";
        }

        public sealed class LegacyImport
        {
            private readonly ILogger<LegacyImport> logger;
            private readonly IDbConnection connection;
            private readonly PaymentDbContext db;

            public LegacyImport(ILogger<LegacyImport> logger, IDbConnection connection, PaymentDbContext db)
            {
                this.logger = logger;
                this.connection = connection;
                this.db = db;
            }

            public void Import(DataTable table, DbDataReader reader)
            {
                foreach (DataRow row in table.Rows)
                {
                    logger.LogInformation("Row {Nir} {Id}", row["NIR"], row["ID"]);
                }

                while (reader.Read())
                {
                    logger.LogDebug("Born {Date}", reader.GetDateTime(reader.GetOrdinal("DateNaissance")));
                }

                foreach (var dynamicRow in connection.Query("SELECT Id, Nir FROM Insurees WHERE Id < 10"))
                {
                    var value = (string)dynamicRow.Nir;
                    logger.LogInformation("Insuree {Value}", value);
                }
            }

            public List<string> AllNirs()
            {
                var nirs = new List<string>();
                foreach (var insuree in db.Insurees.Where(i => i.Mutuelle != ""))
                {
                    nirs.Add(insuree.Nir);
                }

                return nirs;
            }

            public void Trace(List<ExportLine> lines, Dossier dossier)
            {
                logger.LogInformation("Lines {Lines} for {Dossier}", lines, dossier);
            }
        }

        public sealed class AuditedDbContext : DbContext
        {
            private readonly ILogger<AuditedDbContext> logger;
            public AuditedDbContext(DbContextOptions<AuditedDbContext> options, ILogger<AuditedDbContext> logger) : base(options) => this.logger = logger;
            public DbSet<Insuree> Insurees => Set<Insuree>();

            public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
            {
                foreach (var entry in ChangeTracker.Entries<Insuree>())
                {
                    logger.LogDebug("{Before} -> {After}", entry.OriginalValues["Nir"], entry.Property(i => i.Nir).CurrentValue);
                }

                return base.SaveChangesAsync(cancellationToken);
            }
        }

        [ApiController]
        [Route("api/practitioners/exports")]
        public sealed class ExportsController : ControllerBase
        {
            private readonly PaymentDbContext db;
            public ExportsController(PaymentDbContext db) => this.db = db;

            [HttpGet("nirs")]
            public async Task<List<string>> Nirs() => await db.Insurees.Select(i => i.Nir).ToListAsync();

            [HttpGet("births")]
            public async Task<IActionResult> Births()
            {
                var dates = await db.Insurees.Select(i => i.DateOfBirth).ToListAsync();
                return Ok(dates);
            }
        }
        """;

    public static IReadOnlyList<(string Name, string Text)> All { get; } = new[]
    {
        ("Entities.cs", Entities),
        ("Data.cs", Data),
        ("Web.cs", Web),
        ("Preprocessor.cs", Preprocessor),
        ("Legacy.cs", Legacy),
    };
}
