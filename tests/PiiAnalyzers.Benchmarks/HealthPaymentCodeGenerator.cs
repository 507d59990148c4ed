using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// Generates realistic health-payment code: per module, entities holding NIRs, birth dates, guarantees, insurers and
/// marital status; an EF Core DbContext; repositories with LINQ, logging and exceptions; an MVC controller; minimal API
/// endpoints; a Serilog-logging batch service; and plain non-personal code (catalogue, pricing) as a real code base
/// has. About 520 lines per module; <see cref="ModulesPerUnit"/> modules make the 1x size (over 50,000 lines).
/// Deterministic: the same arguments always give the same text.
/// </summary>
public static class HealthPaymentCodeGenerator
{
    public const int ModulesPerUnit = 100;

    /// <summary>The files of a code base of <paramref name="modules"/> modules (plus one shared file).</summary>
    public static IReadOnlyList<(string Path, string Text)> Generate(int modules)
    {
        var files = new List<(string, string)> { ("/src/Shared.cs", Shared) };
        for (var i = 0; i < modules; i++)
        {
            var m = i.ToString(CultureInfo.InvariantCulture);
            files.Add(($"/src/Module{m}/Entities.cs", Entities.Replace("__M__", m, StringComparison.Ordinal)));
            files.Add(($"/src/Module{m}/Data.cs", Data.Replace("__M__", m, StringComparison.Ordinal)));
            files.Add(($"/src/Module{m}/Web.cs", Web.Replace("__M__", m, StringComparison.Ordinal)));
            files.Add(($"/src/Module{m}/Services.cs", Services.Replace("__M__", m, StringComparison.Ordinal)));
        }

        return files;
    }

    public static int LineCount(IEnumerable<(string Path, string Text)> files)
        => files.Sum(f => f.Text.Count(c => c == '\n') + 1);

    private const string Shared = """
        using System;
        using System.Collections.Generic;

        namespace Health.Payment;

        public enum MaritalStatus { Single, Married, Divorced, Widowed, CivilPartnership }

        public sealed record Page(int Number, int Size);

        public interface ICurrentPractitioner
        {
            string Id { get; }
            IReadOnlyCollection<string> PatientIds { get; }
        }

        public static class Money
        {
            public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.ToEven);
        }
        """;

    private const string Entities = """
        using System;
        using System.Collections.Generic;
        using PiiAnalyzers.Annotations;

        namespace Health.Payment.Module__M__.Domain;

        public class Beneficiary
        {
            public int Id { get; set; }
            [Nir] public string Nir { get; set; } = "";
            public string NumeroAssure { get; set; } = "";
            public DateOnly DateOfBirth { get; set; }
            public string FirstName { get; set; } = "";
            public string LastName { get; set; } = "";
            public MaritalStatus SituationFamiliale { get; set; }
            public int RangNaissance { get; set; }
            public string Email { get; set; } = "";
            public string City { get; set; } = "";
            public string PostalCode { get; set; } = "";
            public DateTime CreatedAt { get; set; }
            public DateTime? UpdatedAt { get; set; }
            public bool IsActive { get; set; }
            public Contract? Contract { get; set; }
            public List<Beneficiary> AyantsDroit { get; } = new();
            public string PractitionerId { get; set; } = "";
        }

        public class Contract
        {
            public int Id { get; set; }
            public string ContractNumber { get; set; } = "";
            public string Mutuelle { get; set; } = "";
            public string NiveauGarantie { get; set; } = "";
            public List<Guarantee> Garanties { get; } = new();
            public DateOnly StartDate { get; set; }
            public DateOnly? EndDate { get; set; }
            public decimal MonthlyPremium { get; set; }
            public bool IsSuspended { get; set; }
        }

        public record Guarantee(int Id, string Code, string Label, decimal TauxRemboursement, decimal Ceiling);

        public record ClaimLine(int Id, string NumeroAssure, DateTime DateNaissance, string ActCode, decimal Amount, string OrganismeComplementaire);

        public record BeneficiarySummary(int Id, string LastName, string City);

        public class Practitioner
        {
            public string Id { get; set; } = "";
            public string Rpps { get; set; } = "";
            public string Name { get; set; } = "";
            public string Speciality { get; set; } = "";
            public List<Beneficiary> Patients { get; } = new();
        }

        public class CatalogueItem
        {
            public int Id { get; set; }
            public string Code { get; set; } = "";
            public string Label { get; set; } = "";
            public decimal BasePrice { get; set; }
            public int WarrantyGuaranteeMonths { get; set; }
            public bool ShowBirthDateField { get; set; }
            public int NirCount { get; set; }
        }

        public sealed class AuditEntry
        {
            public long Id { get; set; }
            public string Actor { get; set; } = "";
            public string Action { get; set; } = "";
            public DateTime At { get; set; }
            public string Resource { get; set; } = "";
        }
        """;

    private const string Data = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Health.Payment.Module__M__.Domain;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Logging;

        namespace Health.Payment.Module__M__.Data;

        public class PaymentDbContext : DbContext
        {
            public PaymentDbContext(DbContextOptions<PaymentDbContext> options) : base(options) { }

            public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
            public DbSet<Contract> Contracts => Set<Contract>();
            public DbSet<Practitioner> Practitioners => Set<Practitioner>();
            public DbSet<CatalogueItem> Catalogue => Set<CatalogueItem>();
            public DbSet<AuditEntry> Audit => Set<AuditEntry>();

            protected override void OnModelCreating(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity<Beneficiary>().HasKey(b => b.Id);
                modelBuilder.Entity<Beneficiary>().Property(b => b.Nir).HasMaxLength(15).IsRequired();
                modelBuilder.Entity<Beneficiary>().HasIndex(b => b.Nir).IsUnique();
                modelBuilder.Entity<Beneficiary>().HasOne(b => b.Contract);
                modelBuilder.Entity<Contract>().HasKey(c => c.Id);
                modelBuilder.Entity<Contract>().Property(c => c.Mutuelle).HasMaxLength(200);
                modelBuilder.Entity<Practitioner>().HasKey(p => p.Id);
                modelBuilder.Entity<CatalogueItem>().HasKey(c => c.Id);
                modelBuilder.Entity<AuditEntry>().HasKey(a => a.Id);
            }
        }

        public interface IBeneficiaryRepository
        {
            Task<List<Beneficiary>> AllAsync(CancellationToken cancellationToken);
            Task<List<Beneficiary>> PageAsync(Page page, CancellationToken cancellationToken);
            Task<Beneficiary?> FindByNirAsync(string nir, CancellationToken cancellationToken);
            Task<List<Beneficiary>> ForPractitionerAsync(string practitionerId, CancellationToken cancellationToken);
            IQueryable<Beneficiary> Query();
        }

        public sealed class BeneficiaryRepository : IBeneficiaryRepository
        {
            private readonly PaymentDbContext db;
            private readonly ILogger<BeneficiaryRepository> logger;

            public BeneficiaryRepository(PaymentDbContext db, ILogger<BeneficiaryRepository> logger)
            {
                this.db = db;
                this.logger = logger;
            }

            public Task<List<Beneficiary>> AllAsync(CancellationToken cancellationToken)
                => db.Beneficiaries.Include(b => b.Contract).ToListAsync(cancellationToken);

            public Task<List<Beneficiary>> PageAsync(Page page, CancellationToken cancellationToken)
                => db.Beneficiaries
                    .OrderBy(b => b.LastName)
                    .ThenBy(b => b.FirstName)
                    .Skip(page.Number * page.Size)
                    .Take(Math.Min(page.Size, 100))
                    .ToListAsync(cancellationToken);

            public async Task<Beneficiary?> FindByNirAsync(string nir, CancellationToken cancellationToken)
            {
                logger.LogDebug("Looking up beneficiary {Nir}", nir);
                var beneficiary = await db.Beneficiaries
                    .Include(b => b.Contract)
                    .FirstOrDefaultAsync(b => b.Nir == nir, cancellationToken);
                if (beneficiary is null)
                {
                    logger.LogWarning("No beneficiary found for NIR {Nir}", nir);
                    return null;
                }

                logger.LogInformation("Found beneficiary {Id} born {DateOfBirth}", beneficiary.Id, beneficiary.DateOfBirth);
                return beneficiary;
            }

            public Task<List<Beneficiary>> ForPractitionerAsync(string practitionerId, CancellationToken cancellationToken)
                => db.Beneficiaries
                    .Where(b => b.PractitionerId == practitionerId && b.IsActive)
                    .OrderBy(b => b.LastName)
                    .Take(50)
                    .ToListAsync(cancellationToken);

            public IQueryable<Beneficiary> Query() => db.Beneficiaries.AsNoTracking();

            public async Task<int> DeactivateExpiredAsync(DateOnly today, CancellationToken cancellationToken)
            {
                var expired = await db.Beneficiaries
                    .Where(b => b.Contract != null && b.Contract.EndDate < today)
                    .ToListAsync(cancellationToken);
                foreach (var beneficiary in expired)
                {
                    beneficiary.IsActive = false;
                    beneficiary.UpdatedAt = DateTime.UtcNow;
                }

                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Deactivated {Count} beneficiaries", expired.Count);
                return expired.Count;
            }

            public async Task UpdateContactAsync(int id, string email, string city, CancellationToken cancellationToken)
            {
                var beneficiary = await db.Beneficiaries.FindAsync(new object[] { id }, cancellationToken)
                    ?? throw new KeyNotFoundException("Unknown beneficiary " + id);
                beneficiary.Email = email;
                beneficiary.City = city;
                beneficiary.UpdatedAt = DateTime.UtcNow;
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        public sealed class ContractRepository
        {
            private readonly PaymentDbContext db;

            public ContractRepository(PaymentDbContext db) => this.db = db;

            public Task<List<Contract>> ByInsurerAsync(string mutuelle, CancellationToken cancellationToken)
                => db.Contracts.Where(c => c.Mutuelle == mutuelle).ToListAsync(cancellationToken);

            public Task<Contract?> FindAsync(int id, CancellationToken cancellationToken)
                => db.Contracts.Include(c => c.Garanties).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

            public async Task<decimal> TotalPremiumsAsync(CancellationToken cancellationToken)
            {
                var premiums = await db.Contracts.Where(c => !c.IsSuspended).Select(c => c.MonthlyPremium).ToListAsync(cancellationToken);
                return Money.Round(premiums.Sum());
            }

            public IEnumerable<Guarantee> GuaranteesAbove(Contract contract, decimal rate)
            {
                foreach (var guarantee in contract.Garanties)
                {
                    if (guarantee.TauxRemboursement > rate)
                    {
                        yield return guarantee;
                    }
                }
            }
        }

        public sealed class CatalogueRepository
        {
            private readonly PaymentDbContext db;

            public CatalogueRepository(PaymentDbContext db) => this.db = db;

            public Task<List<CatalogueItem>> AllAsync(CancellationToken cancellationToken) => db.Catalogue.OrderBy(c => c.Code).ToListAsync(cancellationToken);

            public async Task<decimal> PriceAsync(string code, int quantity, CancellationToken cancellationToken)
            {
                var item = await db.Catalogue.FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
                if (item is null)
                {
                    throw new ArgumentException($"Unknown catalogue code {code}", nameof(code));
                }

                var price = item.BasePrice * quantity;
                if (quantity > 10)
                {
                    price *= 0.95m;
                }

                return Money.Round(price);
            }

            public Task AddAuditAsync(string actor, string action, string resource, CancellationToken cancellationToken)
            {
                db.Audit.Add(new AuditEntry { Actor = actor, Action = action, Resource = resource, At = DateTime.UtcNow });
                return db.SaveChangesAsync(cancellationToken);
            }
        }
        """;

    private const string Web = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Claims;
        using System.Threading;
        using System.Threading.Tasks;
        using Health.Payment.Module__M__.Data;
        using Health.Payment.Module__M__.Domain;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.Extensions.Logging;

        namespace Health.Payment.Module__M__.Web;

        [ApiController]
        [Route("api/practitioners/m__M__/beneficiaries")]
        [Authorize(Roles = "Practitioner")]
        public class BeneficiariesController : ControllerBase
        {
            private readonly IBeneficiaryRepository repository;
            private readonly ICurrentPractitioner practitioner;
            private readonly ILogger<BeneficiariesController> logger;

            public BeneficiariesController(IBeneficiaryRepository repository, ICurrentPractitioner practitioner, ILogger<BeneficiariesController> logger)
            {
                this.repository = repository;
                this.practitioner = practitioner;
                this.logger = logger;
            }

            [HttpGet]
            public async Task<ActionResult<List<Beneficiary>>> All(CancellationToken cancellationToken)
                => Ok(await repository.AllAsync(cancellationToken));

            [HttpGet("mine")]
            public async Task<ActionResult<List<Beneficiary>>> Mine(CancellationToken cancellationToken)
                => Ok(await repository.ForPractitionerAsync(practitioner.Id, cancellationToken));

            [HttpGet("page")]
            public async Task<ActionResult<List<BeneficiarySummary>>> Paged([FromQuery] int page, [FromQuery] int pageSize, CancellationToken cancellationToken)
            {
                var beneficiaries = await repository.PageAsync(new Page(page, pageSize), cancellationToken);
                return Ok(beneficiaries.Select(b => new BeneficiarySummary(b.Id, b.LastName, b.City)).ToList());
            }

            [HttpGet("{nir}")]
            public async Task<IActionResult> ByNir(string nir, CancellationToken cancellationToken)
            {
                var callerId = User.FindFirstValue(ClaimTypes.NameIdentifier);
                logger.LogInformation("Practitioner {Caller} looks up {Nir}", callerId, nir);
                var beneficiary = await repository.FindByNirAsync(nir, cancellationToken);
                if (beneficiary is null)
                {
                    return NotFound();
                }

                if (beneficiary.PractitionerId != callerId)
                {
                    return Forbid();
                }

                return Ok(new { beneficiary.Id, beneficiary.Nir, beneficiary.DateOfBirth, beneficiary.Contract?.Mutuelle });
            }

            [HttpPut("{id:int}/contact")]
            public IActionResult UpdateContact(int id, [FromBody] ContactUpdate update)
            {
                if (string.IsNullOrWhiteSpace(update.Email))
                {
                    return BadRequest("Email is required");
                }

                logger.LogInformation("Updating contact of beneficiary {Id}", id);
                return NoContent();
            }
        }

        public sealed record ContactUpdate(string Email, string City);

        public static class Endpoints__M__
        {
            public static IEndpointRouteBuilder MapModule__M__(this IEndpointRouteBuilder app)
            {
                var group = app.MapGroup("/portail-ps/m__M__").RequireAuthorization("Practitioner");
                group.MapGet("/beneficiaries", async (IBeneficiaryRepository repository, CancellationToken ct) => await repository.AllAsync(ct));
                group.MapGet("/beneficiaries/{nir}", async (string nir, IBeneficiaryRepository repository, CancellationToken ct) =>
                {
                    var beneficiary = await repository.FindByNirAsync(nir, ct);
                    return beneficiary is null ? Results.NotFound() : Results.Ok(beneficiary);
                });
                group.MapGet("/mine", async (ICurrentPractitioner me, IBeneficiaryRepository repository, CancellationToken ct)
                    => Results.Ok(await repository.ForPractitionerAsync(me.Id, ct)));
                app.MapGet("/public/m__M__/catalogue", async (CatalogueRepository catalogue, CancellationToken ct) => await catalogue.AllAsync(ct))
                    .AllowAnonymous();
                app.MapPost("/claims/m__M__", (ClaimLine line, ILogger<ClaimLine> log) =>
                {
                    log.LogWarning("Claim {Id} for {Assure} born {Birth}", line.Id, line.NumeroAssure, line.DateNaissance);
                    return Results.Accepted();
                });
                app.MapGet("/health/m__M__", () => Results.Ok("ok"));
                return app;
            }
        }
        """;

    private const string Services = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Health.Payment.Module__M__.Data;
        using Health.Payment.Module__M__.Domain;
        using Microsoft.Extensions.Logging;
        using Serilog;

        namespace Health.Payment.Module__M__.Services;

        public sealed class EligibilityService
        {
            private readonly IBeneficiaryRepository repository;
            private readonly Microsoft.Extensions.Logging.ILogger<EligibilityService> logger;

            public EligibilityService(IBeneficiaryRepository repository, Microsoft.Extensions.Logging.ILogger<EligibilityService> logger)
            {
                this.repository = repository;
                this.logger = logger;
            }

            public async Task<bool> IsEligibleAsync(string nir, DateOnly on, CancellationToken cancellationToken)
            {
                var beneficiary = await repository.FindByNirAsync(nir, cancellationToken);
                if (beneficiary?.Contract is not { } contract)
                {
                    logger.LogInformation("Not eligible: no contract for {Nir}", nir);
                    return false;
                }

                var active = contract.StartDate <= on && (contract.EndDate is null || contract.EndDate >= on) && !contract.IsSuspended;
                logger.LogInformation("Eligibility of {Id}: {Active} ({Mutuelle})", beneficiary.Id, active, contract.Mutuelle);
                return active;
            }

            public decimal Reimbursement(Contract contract, string actCode, decimal amount)
            {
                var guarantee = contract.Garanties.FirstOrDefault(g => g.Code == actCode);
                if (guarantee is null)
                {
                    throw new InvalidOperationException($"No guarantee {actCode} in contract {contract.ContractNumber} ({contract.NiveauGarantie})");
                }

                var reimbursed = Math.Min(amount * guarantee.TauxRemboursement, guarantee.Ceiling);
                return Money.Round(reimbursed);
            }

            public static int AgeAt(Beneficiary beneficiary, DateOnly on)
            {
                var age = on.Year - beneficiary.DateOfBirth.Year;
                if (on < beneficiary.DateOfBirth.AddYears(age))
                {
                    age--;
                }

                return age;
            }
        }

        public sealed class ExportJob
        {
            private readonly IBeneficiaryRepository repository;

            public ExportJob(IBeneficiaryRepository repository) => this.repository = repository;

            public async Task<int> RunAsync(CancellationToken cancellationToken)
            {
                var all = await repository.AllAsync(cancellationToken);
                var builder = new StringBuilder();
                foreach (var beneficiary in all)
                {
                    builder.Append(beneficiary.Id).Append(';');
                    builder.Append(beneficiary.LastName).Append(';');
                    builder.Append(beneficiary.City).AppendLine();
                    if (beneficiary.Nir.Length != 15)
                    {
                        Log.Warning("Malformed NIR for beneficiary {Id}: {Nir}", beneficiary.Id, beneficiary.Nir);
                    }
                }

                Log.Information("Exported {Count} beneficiaries, {Bytes} bytes", all.Count, builder.Length);
                Console.WriteLine($"export done: {all.Count}");
                return all.Count;
            }
        }

        public static class Pricing
        {
            private static readonly Dictionary<string, decimal> Rates = new(StringComparer.Ordinal)
            {
                ["C"] = 26.50m,
                ["G"] = 30.00m,
                ["APC"] = 55.00m,
                ["TCG"] = 30.00m,
            };

            public static decimal Price(string code, int count, bool night)
            {
                if (!Rates.TryGetValue(code, out var rate))
                {
                    throw new ArgumentOutOfRangeException(nameof(code), code, "unknown act code");
                }

                var total = rate * count;
                if (night)
                {
                    total += 35.00m * count;
                }

                return Money.Round(total);
            }

            public static string Describe(IEnumerable<(string Code, int Count)> acts)
                => string.Join(", ", acts.Select(a => string.Format(CultureInfo.InvariantCulture, "{0} x{1} = {2:F2}", a.Code, a.Count, Price(a.Code, a.Count, false))));

            public static IReadOnlyList<decimal> Split(decimal total, int parts)
            {
                if (parts <= 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(parts));
                }

                var share = Math.Floor(total / parts * 100) / 100;
                var result = Enumerable.Repeat(share, parts).ToList();
                result[^1] += total - share * parts;
                return result;
            }
        }

        public sealed class ClaimValidator
        {
            public IReadOnlyList<string> Validate(ClaimLine line)
            {
                var errors = new List<string>();
                if (string.IsNullOrEmpty(line.NumeroAssure))
                {
                    errors.Add("missing insured number");
                }

                if (line.Amount <= 0)
                {
                    errors.Add("amount must be positive");
                }

                if (line.DateNaissance > DateTime.UtcNow)
                {
                    errors.Add("birth date in the future");
                }

                switch (line.ActCode)
                {
                    case "C":
                    case "G":
                        break;
                    case "APC" when line.Amount > 100:
                        errors.Add("APC above ceiling");
                        break;
                    default:
                        errors.Add("unknown act " + line.ActCode);
                        break;
                }

                return errors;
            }
        }
        """;
}
