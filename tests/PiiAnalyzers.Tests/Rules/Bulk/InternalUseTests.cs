using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Bulk;

/// <summary>PII0201 must not flag rows that stay inside the method, or what is returned about them.</summary>
public class InternalUseTests
{
    private static Task NoDiagnostic(string members)
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public record EligibilityStats(int Total, double AverageAge);

            public class ClaimsBatch
            {
                private readonly TiersPayantDbContext db;
                public ClaimsBatch(TiersPayantDbContext db) => this.db = db;

            """ + members + """

            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Async_stream_consumed_inside_the_batch()
        => NoDiagnostic("""
                public async Task<int> NotifyAllAsync(CancellationToken cancellationToken)
                {
                    var sent = 0;
                    await foreach (var beneficiary in db.Beneficiaries.AsAsyncEnumerable().WithCancellation(cancellationToken))
                    {
                        sent += beneficiary.Active ? 1 : 0;
                    }

                    return sent;
                }
            """);

    [Fact]
    public Task Statistics_computed_over_every_row()
        => NoDiagnostic("""
                public async Task<EligibilityStats> StatsAsync()
                {
                    var all = await db.Beneficiaries.ToListAsync();
                    return new EligibilityStats(all.Count, all.Average(b => DateTime.Today.Year - b.BirthDate.Year));
                }
            """);

    [Fact]
    public Task Count_and_flags_of_a_materialised_list()
        => NoDiagnostic("""
                public int CountActive() => db.Beneficiaries.ToList().Count(b => b.Active);
                public bool HasMinors() => db.Beneficiaries.ToList().Any(b => b.BirthDate > DateTime.Today.AddYears(-18));
                public Beneficiary Oldest() => db.Beneficiaries.ToList().OrderBy(b => b.BirthDate).First();
            """);

    [Fact]
    public Task Bulk_updates_and_deletes_return_a_count()
        => NoDiagnostic("""
                public Task<int> DeactivateAsync() => db.Beneficiaries.Where(b => b.BirthDate < new DateTime(1900, 1, 1)).ExecuteUpdateAsync(s => s.SetProperty(b => b.Active, false));
                public Task<int> PurgeAsync() => db.Beneficiaries.Where(b => !b.Active).ExecuteDeleteAsync();
            """);

    [Fact]
    public Task Background_work_in_a_lambda_is_not_a_return_of_the_method()
        => NoDiagnostic("""
                public void Schedule()
                {
                    _ = Task.Run(() => db.Beneficiaries.ToList());
                    Func<List<Beneficiary>> load = () => db.Beneficiaries.ToList();
                    _ = load;
                }
            """);

    [Fact]
    public Task Dictionary_of_counts_per_insurer()
        => NoDiagnostic("""
                public Dictionary<string, int> PerInsurer()
                    => db.Beneficiaries.GroupBy(b => b.Mutuelle).ToDictionary(g => g.Key, g => g.Count());
            """);

    [Fact]
    public Task Generic_repository_itself_is_not_reported()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class Repository<T> where T : class
            {
                private readonly DbContext context;
                public Repository(DbContext context) => this.context = context;

                public Task<List<T>> GetAllAsync() => context.Set<T>().ToListAsync();
                public IQueryable<T> Query() => context.Set<T>();
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Opted_out_members_are_not_personal_data()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.EntityFrameworkCore;
            using PiiAnalyzers.Annotations;

            public class AdherentCard
            {
                public int Id { get; set; }
                [NotPersonalData("Card number of our portal, not a NIR")]
                public string Numero { get; set; } = "";
                public decimal Amount { get; set; }
            }

            public class BillingContext : DbContext
            {
                public DbSet<AdherentCard> Cards => Set<AdherentCard>();
            }

            public class InvoiceRepository
            {
                private readonly BillingContext db;
                public InvoiceRepository(BillingContext db) => this.db = db;

                public List<AdherentCard> All() => db.Cards.ToList();
            }
            """);

    [Fact]
    public Task Same_entity_without_the_opt_out_is_flagged()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.EntityFrameworkCore;

            public class AdherentCard
            {
                public int Id { get; set; }
                public string Numero { get; set; } = "";
            }

            public class BillingContext : DbContext
            {
                public DbSet<AdherentCard> Cards => Set<AdherentCard>();
            }

            public class CardRepository
            {
                private readonly BillingContext db;
                public CardRepository(BillingContext db) => this.db = db;

                public List<AdherentCard> All() => db.Cards.{|PII0201:ToList()|};
            }
            """);

    [Fact]
    public Task Entities_without_personal_data()
        => NoDiagnostic("""
                public Task<List<Practice>> PracticesAsync() => db.Practices.OrderBy(p => p.Name).ToListAsync();
                public IQueryable<Practice> Practices() => db.Practices;
            """);
}
