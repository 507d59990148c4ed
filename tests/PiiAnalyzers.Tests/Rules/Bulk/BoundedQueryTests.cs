using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Bulk;

/// <summary>PII0201: what must not be flagged, bound by bound, and look-alikes.</summary>
public class BoundedQueryTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        """;

    /// <summary>The review preset's reading of caller counts: only a count the server controls bounds.</summary>
    private const string CallerCountsUnbounded = "pii_analyzers.caller_row_counts = unbounded\n";

    private static Task NoDiagnostic(string members, string? editorConfig = null)
        => Verify<UnboundedQueryAnalyzer>.Analyzer(Usings + """
            public class BeneficiaryRepository
            {
                private const int MaxPageSize = 50;
                private static readonly int DefaultLimit = 20;
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

            """ + members + """

            }
            """ + BulkModel.Entities, editorConfig);

    [Fact]
    public Task Take_a_constant_up_to_the_maximum()
        => NoDiagnostic("""
                public Task<List<Beneficiary>> LatestAsync() => db.Beneficiaries.OrderByDescending(b => b.Id).Take(100).ToListAsync();
                public List<Beneficiary> Latest() => db.Beneficiaries.OrderBy(b => b.Id).Take(MaxPageSize).ToList();
            """);

    [Fact]
    public Task Take_of_a_callers_count_is_a_bound_by_default()
        => NoDiagnostic("""
                public List<Beneficiary> Latest(int count) => db.Beneficiaries.OrderByDescending(b => b.Id).Take(count).ToList();

                public Task<List<Beneficiary>> GetTopAsync(int pageSize, CancellationToken ct)
                    => db.Beneficiaries.OrderBy(b => b.Id).Take(pageSize).ToListAsync(ct);
            """);

    [Fact]
    public Task Take_clamped_with_Math_Min_or_Clamp()
        => NoDiagnostic("""
                public List<Beneficiary> Min(int count) => db.Beneficiaries.Take(Math.Min(count, 100)).ToList();
                public List<Beneficiary> Clamp(int count) => db.Beneficiaries.Take(Math.Clamp(count, 1, MaxPageSize)).ToList();
                public List<Beneficiary> Field(int count) => db.Beneficiaries.Take(Math.Min(count, DefaultLimit)).ToList();
            """, CallerCountsUnbounded);

    [Fact]
    public Task Take_of_a_local_or_parameter_clamped_before()
        => NoDiagnostic("""
                public async Task<List<Beneficiary>> SearchAsync(string name, int pageSize)
                {
                    if (pageSize > MaxPageSize)
                    {
                        pageSize = MaxPageSize;
                    }

                    var size = Math.Min(pageSize, 100);
                    return await db.Beneficiaries.Where(b => b.LastName == name).Take(size).ToListAsync();
                }
            """, CallerCountsUnbounded);

    [Fact]
    public Task Skip_and_Take_paging_direct_and_through_locals()
        => NoDiagnostic("""
                public Task<List<Beneficiary>> PageAsync(int page, int size)
                    => db.Beneficiaries.OrderBy(b => b.Id).Skip(page * size).Take(size).ToListAsync();

                public List<Beneficiary> Page(int page, int size)
                {
                    var query = db.Beneficiaries.OrderBy(b => b.Id).Skip(page * size);
                    return query.Take(size).ToList();
                }
            """);

    [Fact]
    public Task Query_bounded_conditionally_on_a_local()
        => NoDiagnostic("""
                public async Task<List<Beneficiary>> SearchAsync(string? name, int page, int size)
                {
                    IQueryable<Beneficiary> query = db.Beneficiaries;
                    if (name is not null)
                    {
                        query = query.Where(b => b.LastName == name);
                    }

                    query = query.OrderBy(b => b.Id).Skip(page * size).Take(size);
                    var rows = await query.ToListAsync();
                    return rows;
                }
            """);

    [Fact]
    public Task Single_row_operators()
        => NoDiagnostic("""
                public Task<Beneficiary?> ByIdAsync(int id) => db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id);
                public Beneficiary ByNir(string nir) => db.Beneficiaries.Single(b => b.Nir == nir);
                public ValueTask<Beneficiary?> FindAsync(int id) => db.Beneficiaries.FindAsync(id);
                public Beneficiary? Last() => db.Beneficiaries.OrderBy(b => b.Id).LastOrDefault();
                public Beneficiary Third() => db.Beneficiaries.OrderBy(b => b.Id).ElementAt(2);
            """);

    [Fact]
    public Task Aggregates()
        => NoDiagnostic("""
                public Task<int> CountAsync() => db.Beneficiaries.CountAsync();
                public bool AnyMarried() => db.Beneficiaries.Any(b => b.MaritalStatus == "M");
                public DateTime Oldest() => db.Beneficiaries.Min(b => b.BirthDate);
                public long Total() => db.Beneficiaries.LongCount();
            """);

    [Fact]
    public Task Paging_helpers_known_and_configured()
        => NoDiagnostic("""
                public Task<List<Beneficiary>> ToPagedListAsync(IQueryable<Beneficiary> query, int page) => query.Skip(page * 20).Take(20).ToListAsync();
                public Task<List<Beneficiary>> PageAsync(int page) => ToPagedListAsync(db.Beneficiaries.OrderBy(b => b.Id), page);
                public List<Beneficiary> Slice(int page) => db.Beneficiaries.OrderBy(b => b.Id).Chunked(page);
            """ + """

            }

            public static class QueryExtensions
            {
                public static List<T> Chunked<T>(this IQueryable<T> query, int page) => query.Skip(page * 10).Take(10).ToList();
            """, "pii_analyzers.paging_methods = Chunked\n");

    [Fact]
    public Task Batch_job_iterating_every_beneficiary_internally()
        => NoDiagnostic("""
                public async Task<int> RecomputeRightsAsync()
                {
                    var count = 0;
                    foreach (var beneficiary in await db.Beneficiaries.ToListAsync())
                    {
                        beneficiary.Active = beneficiary.BirthDate > DateTime.Today.AddYears(-100);
                        count++;
                    }

                    await db.SaveChangesAsync();
                    return count;
                }

                public void Export(System.IO.TextWriter writer)
                {
                    var all = db.Beneficiaries.AsNoTracking().ToList();
                    foreach (var beneficiary in all)
                    {
                        writer.WriteLine(beneficiary.Id);
                    }
                }
            """);

    [Fact]
    public Task Rows_without_personal_data()
        => NoDiagnostic("""
                public Task<List<Practice>> PracticesAsync() => db.Practices.ToListAsync();
                public List<int> Ids() => db.Beneficiaries.Select(b => b.Id).ToList();
                public List<BeneficiarySummary> Summaries() => db.Beneficiaries.Select(b => new BeneficiarySummary(b.Id, b.LastName)).ToList();
                public List<string> Names() => db.Beneficiaries.Select(b => b.LastName).Distinct().ToList();
            """);

    [Fact]
    public Task Queries_over_a_caller_supplied_sequence()
        => NoDiagnostic("""
                public IQueryable<Beneficiary> OnlyActive(IQueryable<Beneficiary> query) => query.Where(b => b.Active);
                public List<Beneficiary> Sorted(IEnumerable<Beneficiary> beneficiaries) => beneficiaries.OrderBy(b => b.LastName).ToList();
            """);

    [Fact]
    public Task Foreach_that_stops_at_a_maximum()
        => NoDiagnostic("""
                public List<BeneficiaryDto> FirstHundred()
                {
                    var result = new List<BeneficiaryDto>();
                    foreach (var beneficiary in db.Beneficiaries.OrderBy(b => b.Id))
                    {
                        if (result.Count == 100)
                        {
                            break;
                        }

                        result.Add(new BeneficiaryDto { Id = beneficiary.Id, Nir = beneficiary.Nir });
                    }

                    return result;
                }
            """);

    [Fact]
    public Task DbContext_exposes_its_tables()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Linq;
            using Microsoft.EntityFrameworkCore;

            public class PortalDbContext : DbContext
            {
                public DbSet<Beneficiary> AllBeneficiaries { get; set; } = null!;
                public IQueryable<Beneficiary> ActiveBeneficiaries => AllBeneficiaries.Where(b => b.Active);
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task OData_page_size_and_its_subclass()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Linq;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.OData.Query;

            namespace Microsoft.AspNetCore.OData.Query
            {
                public class EnableQueryAttribute : System.Attribute
                {
                    public int PageSize { get; set; }
                }
            }

            public class PagedQueryAttribute : EnableQueryAttribute
            {
                public PagedQueryAttribute() => PageSize = 50;
            }

            public class BeneficiariesODataController : ControllerBase
            {
                private readonly TiersPayantDbContext db;
                public BeneficiariesODataController(TiersPayantDbContext db) => this.db = db;

                [EnableQuery(PageSize = 50)]
                public IQueryable<Beneficiary> Get() => db.Beneficiaries;

                [PagedQuery]
                public IQueryable<Beneficiary> GetActive() => db.Beneficiaries.Where(b => b.Active);
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task OData_without_page_size_is_flagged()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Linq;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.OData.Query;

            namespace Microsoft.AspNetCore.OData.Query
            {
                public class EnableQueryAttribute : System.Attribute
                {
                    public int PageSize { get; set; }
                    public int MaxTop { get; set; }
                }
            }

            public class BeneficiariesODataController : ControllerBase
            {
                private readonly TiersPayantDbContext db;
                public BeneficiariesODataController(TiersPayantDbContext db) => this.db = db;

                [EnableQuery(MaxTop = 50)]
                public IQueryable<Beneficiary> Get() => {|PII0201:db.Beneficiaries|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Lambdas_inside_a_query_are_not_returns_of_the_method()
        => NoDiagnostic("""
                public int Families() => db.Beneficiaries.GroupBy(b => b.LastName).Select(g => g.ToList()).Count();
            """);

    [Fact]
    public Task Local_collection_filled_from_a_bounded_query()
        => NoDiagnostic("""
                public List<BeneficiaryDto> Recent()
                {
                    var result = new List<BeneficiaryDto>();
                    foreach (var beneficiary in db.Beneficiaries.OrderByDescending(b => b.Id).Take(20))
                    {
                        result.Add(new BeneficiaryDto { Id = beneficiary.Id, Nir = beneficiary.Nir });
                    }

                    return result;
                }
            """);

    [Fact]
    public Task Private_query_helper_composed_by_bounded_callers()
        => NoDiagnostic("""
                public Task<List<Beneficiary>> PageAsync(int page) => Mine().OrderBy(b => b.Id).Skip(page * 20).Take(20).ToListAsync();
                public Task<Beneficiary?> ByIdAsync(int id) => Mine().FirstOrDefaultAsync(b => b.Id == id);
                private IQueryable<Beneficiary> Mine() => db.Beneficiaries.Where(b => b.PractitionerId == 42);
            """);

    [Fact]
    public Task Project_paging_extension_recognised_by_its_body()
        => NoDiagnostic("""
                public Task<List<Beneficiary>> Window(int index) => db.Beneficiaries.OrderBy(b => b.Id).Slice(index).ToListAsync();
            """ + """

            }

            public static class SliceExtensions
            {
                public static IQueryable<T> Slice<T>(this IQueryable<T> query, int index) => query.Skip(index * 25).Take(25);
            """);

    [Fact]
    public Task Counts_validated_by_a_guard_or_a_range()
        => NoDiagnostic("""
                public List<Beneficiary> Guarded(int count)
                {
                    if (count > MaxPageSize)
                    {
                        throw new ArgumentOutOfRangeException(nameof(count));
                    }

                    return db.Beneficiaries.OrderBy(b => b.Id).Take(count).ToList();
                }

                public List<Beneficiary> Validated([System.ComponentModel.DataAnnotations.Range(1, 100)] int count)
                    => db.Beneficiaries.OrderBy(b => b.Id).Take(count).ToList();

                public List<Beneficiary> FromRequest(SearchRequest request)
                    => db.Beneficiaries.OrderBy(b => b.Id).Take(request.Limit).ToList();
            """ + """

            }

            public class SearchRequest
            {
                [System.ComponentModel.DataAnnotations.Range(1, 50)]
                public int Limit { get; set; }
            """, CallerCountsUnbounded);

    [Fact]
    public Task OData_page_size_on_the_controller()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Linq;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.OData.Query;

            namespace Microsoft.AspNetCore.OData.Query
            {
                public class EnableQueryAttribute : System.Attribute
                {
                    public int PageSize { get; set; }
                }
            }

            [EnableQuery(PageSize = 20)]
            public class ContractsODataController : ControllerBase
            {
                private readonly TiersPayantDbContext db;
                public ContractsODataController(TiersPayantDbContext db) => this.db = db;

                public IQueryable<Beneficiary> Get() => db.Beneficiaries.Where(b => b.Active);
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Property_returning_a_bounded_query()
        => NoDiagnostic("""
                public IQueryable<Beneficiary> Newest => db.Beneficiaries.OrderByDescending(b => b.Id).Take(MaxPageSize);
                public IEnumerable<Beneficiary> Sample => db.Beneficiaries.OrderBy(b => b.Id).Take(10).AsEnumerable();
            """);
}
