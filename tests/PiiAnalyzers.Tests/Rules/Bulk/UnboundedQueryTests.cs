using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Bulk;

/// <summary>PII0201: what is flagged, source by source and shape by shape.</summary>
public class UnboundedQueryTests
{
    [Fact]
    public Task DbSet_materialised_async_and_returned()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public async Task<List<Beneficiary>> GetActiveAsync()
                    => await db.Beneficiaries.Where(b => b.Active).OrderBy(b => b.LastName).{|PII0201:ToListAsync()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task DbSet_materialised_sync_through_a_local()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Beneficiary[] GetAll()
                {
                    var query = db.Beneficiaries.Where(b => b.Active);
                    var rows = query.{|PII0201:ToArray()|};
                    return rows;
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Query_returned_as_IQueryable()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public IQueryable<Beneficiary> Query() => {|PII0201:db.Beneficiaries.Where(b => b.Active)|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Projection_that_keeps_the_nir_and_a_dto()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class ClaimsExport
            {
                private readonly TiersPayantDbContext db;
                public ClaimsExport(TiersPayantDbContext db) => this.db = db;

                public async Task<object> ExportAsync()
                    => await db.Beneficiaries.Select(b => new { b.Id, b.Nir, b.BirthDate }).{|PII0201:ToListAsync()|};

                public List<BeneficiaryDto> Dtos()
                    => db.Beneficiaries.Select(b => new BeneficiaryDto { Id = b.Id, Nir = b.Nir }).{|PII0201:ToList()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task AsQueryable_over_an_in_memory_list()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryCache
            {
                private readonly List<Beneficiary> all = new();

                public IQueryable<Beneficiary> Query() => {|PII0201:all.AsQueryable()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Repository_query_method_materialised_by_a_service()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public interface IBeneficiaryRepository
            {
                IQueryable<Beneficiary> Beneficiaries();
            }

            public class BeneficiaryService
            {
                private readonly IBeneficiaryRepository repository;
                public BeneficiaryService(IBeneficiaryRepository repository) => this.repository = repository;

                public Task<List<Beneficiary>> ListAsync()
                    => repository.Beneficiaries().Where(b => b.Active).{|PII0201:ToListAsync()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Repository_interface_query_implemented_in_source_materialised_by_a_service()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public interface IBeneficiaryRepository
            {
                IQueryable<Beneficiary> Beneficiaries();
            }

            public sealed class BeneficiaryRepository : IBeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public IQueryable<Beneficiary> Beneficiaries() => {|PII0201:db.Beneficiaries|};
            }

            public class BeneficiaryService
            {
                private readonly IBeneficiaryRepository repository;
                public BeneficiaryService(IBeneficiaryRepository repository) => this.repository = repository;

                public Task<List<Beneficiary>> ListAsync()
                    => repository.Beneficiaries().Where(b => b.Active).{|PII0201:ToListAsync()|};

                public Task<List<Beneficiary>> FirstPageAsync()
                    => repository.Beneficiaries().OrderBy(b => b.Id).Take(20).ToListAsync();
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Repository_interface_answers_as_its_implementation()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;

            public interface IBeneficiaryRepository
            {
                Task<List<Beneficiary>> RecentAsync();
                Task<List<Beneficiary>> AllAsync();
            }

            public sealed class BeneficiaryRepository : IBeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Task<List<Beneficiary>> RecentAsync() => db.Beneficiaries.OrderByDescending(b => b.Id).Take(50).ToListAsync();
                public Task<List<Beneficiary>> AllAsync() => db.Beneficiaries.{|PII0201:ToListAsync()|};
            }

            public class BeneficiariesController : ControllerBase
            {
                private readonly IBeneficiaryRepository repository;
                public BeneficiariesController(IBeneficiaryRepository repository) => this.repository = repository;

                public async Task<IActionResult> Recent() => Ok(await repository.RecentAsync());
                public Task<List<Beneficiary>> Recents() => repository.RecentAsync();
                public async Task<IActionResult> All() => Ok(await {|PII0201:repository.AllAsync()|}); // and where they leave
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task In_source_repository_method_followed()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public IEnumerable<Beneficiary> Active()
                {
                    return {|PII0201:db.Beneficiaries.Where(b => b.Active)|};
                }
            }

            public class BeneficiaryService
            {
                private readonly BeneficiaryRepository repository;
                public BeneficiaryService(BeneficiaryRepository repository) => this.repository = repository;

                public List<Beneficiary> Everyone() => repository.Active().{|PII0201:ToList()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Take_above_the_maximum_is_unbounded()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> Latest() => db.Beneficiaries.OrderBy(b => b.Id).Take(5000).{|PII0201:ToList()|};
                public List<Beneficiary> HugePages(int page) => db.Beneficiaries.OrderBy(b => b.Id).Skip(page * 5000).Take(5000).{|PII0201:ToList()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Take_of_an_unclamped_parameter_is_unbounded_for_a_review()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> Latest(int count) => db.Beneficiaries.Take(count).{|PII0201:ToList()|};
            }
            """ + BulkModel.Entities, "pii_analyzers.caller_row_counts = unbounded\n");

    [Fact]
    public Task Configured_max_rows_lowers_the_bound()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> Latest() => db.Beneficiaries.Take(50).{|PII0201:ToList()|};
                public List<Beneficiary> Few() => db.Beneficiaries.Take(20).ToList();
            }
            """ + BulkModel.Entities, "pii_analyzers.max_rows = 20\n");

    [Fact]
    public Task Foreach_into_a_returned_collection()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public class ClaimsExport
            {
                private readonly TiersPayantDbContext db;
                public ClaimsExport(TiersPayantDbContext db) => this.db = db;

                public List<BeneficiaryDto> Export()
                {
                    var result = new List<BeneficiaryDto>();
                    foreach (var beneficiary in {|PII0201:db.Beneficiaries.Where(b => b.Active)|})
                    {
                        result.Add(new BeneficiaryDto { Id = beneficiary.Id, Nir = beneficiary.Nir });
                    }

                    return result;
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Foreach_that_fills_a_returned_list_with_a_nir_or_yields_birth_dates()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public class NirExport
            {
                private readonly TiersPayantDbContext db;
                public NirExport(TiersPayantDbContext db) => this.db = db;

                public List<string> TousLesNir()
                {
                    var nirs = new List<string>();
                    foreach (var beneficiary in {|PII0201:db.Beneficiaries.Where(b => b.Active)|})
                    {
                        nirs.Add(beneficiary.Nir);
                    }

                    return nirs;
                }

                public IEnumerable<DateTime> DatesDeNaissance()
                {
                    foreach (var beneficiary in db.Beneficiaries)
                    {
                        yield return {|PII0201:beneficiary.BirthDate|};
                    }
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Foreach_that_fills_a_list_with_keys_non_identifying_values_or_a_bounded_page_is_not_flagged()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public class Exports
            {
                private readonly TiersPayantDbContext db;
                public Exports(TiersPayantDbContext db) => this.db = db;

                public List<int> Ids()
                {
                    var ids = new List<int>();
                    foreach (var beneficiary in db.Beneficiaries) { ids.Add(beneficiary.Id); }
                    return ids;
                }

                public List<string> Mutuelles()
                {
                    var mutuelles = new List<string>();
                    foreach (var beneficiary in db.Beneficiaries) { mutuelles.Add(beneficiary.Mutuelle); }
                    return mutuelles;
                }

                public List<string> PremiersNir()
                {
                    var nirs = new List<string>();
                    foreach (var beneficiary in db.Beneficiaries.OrderBy(b => b.Id).Take(50)) { nirs.Add(beneficiary.Nir); }
                    return nirs;
                }

                public int Controler()
                {
                    var invalides = new List<string>();
                    foreach (var beneficiary in db.Beneficiaries) { if (beneficiary.Nir.Length != 15) invalides.Add(beneficiary.Nir); }
                    return invalides.Count;
                }

                public List<string> NirsDuPraticien(IEnumerable<Beneficiary> patients)
                {
                    var nirs = new List<string>();
                    foreach (var patient in patients) { nirs.Add(patient.Nir); }
                    return nirs;
                }

                public IEnumerable<int> IdsEnFlux()
                {
                    foreach (var beneficiary in db.Beneficiaries) { yield return beneficiary.Id; }
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Async_stream_returned()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public IAsyncEnumerable<Beneficiary> Stream() => db.Beneficiaries.{|PII0201:AsAsyncEnumerable()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Controller_returns_ok_of_a_materialised_query()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;

            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly TiersPayantDbContext db;
                public BeneficiariesController(TiersPayantDbContext db) => this.db = db;

                [HttpGet]
                public async Task<IActionResult> GetAll() => Ok(await db.Beneficiaries.{|PII0201:ToListAsync()|});
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Minimal_api_handler_returns_the_table()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.EntityFrameworkCore;

            public static class BeneficiaryEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/beneficiaries", async (TiersPayantDbContext db) => await db.Beneficiaries.{|PII0201:ToListAsync()|});
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Dictionary_and_hash_set()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryIndex
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryIndex(TiersPayantDbContext db) => this.db = db;

                public Task<Dictionary<int, Beneficiary>> ById() => db.Beneficiaries.{|PII0201:ToDictionaryAsync(b => b.Id)|};
                public HashSet<Beneficiary> Set() => db.Beneficiaries.{|PII0201:ToHashSet()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Private_query_helper_materialised_unbounded_by_a_caller()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Task<List<Beneficiary>> AllAsync() => Mine().OrderBy(b => b.LastName).{|PII0201:ToListAsync()|};
                private IQueryable<Beneficiary> Mine() => db.Beneficiaries.Where(b => b.Active);
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Query_syntax_and_nested_envelopes()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;

            [ApiController]
            [Route("api/exports")]
            public class ClaimsExportController : ControllerBase
            {
                private readonly TiersPayantDbContext db;
                public ClaimsExportController(TiersPayantDbContext db) => this.db = db;

                [HttpGet("beneficiaries")]
                public async Task<IActionResult> Beneficiaries()
                {
                    var rows = await (from b in db.Beneficiaries where b.Active orderby b.LastName select b).{|PII0201:ToListAsync()|};
                    return Ok(new { Items = rows, Total = rows.Count });
                }

                [HttpGet("count")]
                public async Task<IActionResult> Count() => Ok(new { Total = await db.Beneficiaries.CountAsync() });
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Project_filter_extension_keeps_the_rows_unbounded()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public static class BeneficiaryFilters
            {
                public static IQueryable<Beneficiary> ActiveOnly(this IQueryable<Beneficiary> query) => query.Where(b => b.Active);
            }

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Task<List<Beneficiary>> ActiveAsync() => db.Beneficiaries.ActiveOnly().{|PII0201:ToListAsync()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Counts_with_a_guard_or_range_above_the_maximum()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> Guarded(int count)
                {
                    if (count > 10000)
                    {
                        throw new ArgumentOutOfRangeException(nameof(count));
                    }

                    return db.Beneficiaries.OrderBy(b => b.Id).Take(count).{|PII0201:ToList()|};
                }

                public List<Beneficiary> Validated([System.ComponentModel.DataAnnotations.Range(1, 5000)] int count)
                    => db.Beneficiaries.OrderBy(b => b.Id).Take(count).{|PII0201:ToList()|};
            }
            """ + BulkModel.Entities, "pii_analyzers.caller_row_counts = unbounded\n");

    [Fact]
    public Task Razor_page_handler_fills_its_model()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc.RazorPages;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiariesIndexModel : PageModel
            {
                private readonly TiersPayantDbContext db;
                public BeneficiariesIndexModel(TiersPayantDbContext db) => this.db = db;

                public IList<Beneficiary> Beneficiaries { get; set; } = new List<Beneficiary>();
                public IList<Beneficiary> Recent { get; set; } = new List<Beneficiary>();
                public int Total { get; set; }

                public async Task OnGetAsync()
                {
                    Beneficiaries = await db.Beneficiaries.OrderBy(b => b.LastName).{|PII0201:ToListAsync()|};
                    Recent = await db.Beneficiaries.OrderByDescending(b => b.Id).Take(10).ToListAsync();
                    Total = await db.Beneficiaries.CountAsync();
                }

                private async Task<int> CountActiveAsync()
                {
                    var all = await db.Beneficiaries.ToListAsync();
                    return all.Count(b => b.Active);
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Projection_to_a_classified_value()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Task<List<string>> AllNirsAsync() => db.Beneficiaries.Select(b => b.Nir).{|PII0201:ToListAsync()|};

                public async Task<List<System.DateTime>> BirthDatesAsync()
                {
                    var dates = await db.Beneficiaries.Where(b => b.Active).Select(b => b.BirthDate).Distinct().{|PII0201:ToListAsync()|};
                    return dates;
                }

                public List<string> Insurers() => db.Beneficiaries.Select(b => b.Mutuelle).Distinct().ToList();
                public List<string> InsurerOfEach() => db.Beneficiaries.Select(b => b.Mutuelle).ToList();
                public List<string> Names() => db.Beneficiaries.Select(b => b.LastName).ToList();
                public List<string> FirstNirs() => db.Beneficiaries.OrderBy(b => b.Id).Select(b => b.Nir).Take(20).ToList();
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Dictionary_keyed_or_filled_by_a_classified_value()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryIndex
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryIndex(TiersPayantDbContext db) => this.db = db;

                public Task<Dictionary<int, string>> NirById() => db.Beneficiaries.{|PII0201:ToDictionaryAsync(b => b.Id, b => b.Nir)|};
                public Dictionary<string, int> IdByNir() => db.Beneficiaries.Where(b => b.Active).{|PII0201:ToDictionary(b => b.Nir, b => b.Id)|};
                public ILookup<int, Beneficiary> ByPractitioner() => db.Beneficiaries.{|PII0201:ToLookup(b => b.PractitionerId)|};
                public ILookup<string, string> NamesByNir() => db.Beneficiaries.{|PII0201:ToLookup(b => b.Nir, b => b.LastName)|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Dictionary_of_values_that_do_not_identify_a_person()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryIndex
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryIndex(TiersPayantDbContext db) => this.db = db;

                public Task<Dictionary<int, string>> NameById() => db.Beneficiaries.ToDictionaryAsync(b => b.Id, b => b.LastName);
                public Dictionary<int, int> PractitionerById() => db.Beneficiaries.ToDictionary(b => b.Id, b => b.PractitionerId);
                public Dictionary<int, string> InsurerById() => db.Beneficiaries.ToDictionary(b => b.Id, b => b.Mutuelle);
                public Dictionary<string, int> CountByInsurer()
                    => db.Beneficiaries.GroupBy(b => b.Mutuelle).ToDictionary(g => g.Key, g => g.Count());
                public ILookup<string, string> CitiesByName() => db.Practices.ToLookup(p => p.Name, p => p.City);
                public Task<Dictionary<int, string>> NirOfOne(int id)
                    => db.Beneficiaries.Where(b => b.Id == id).ToDictionaryAsync(b => b.Id, b => b.Nir);
            }
            """ + BulkModel.Entities);

    private const string GenericRepository = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Linq.Expressions;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        public interface IRepository<T> where T : class
        {
            Task<List<T>> ListAsync(CancellationToken cancellationToken = default);
            Task<List<T>> ListAsync(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default);
        }

        public class EfRepository<T> : IRepository<T> where T : class
        {
            private readonly TiersPayantDbContext db;
            public EfRepository(TiersPayantDbContext db) => this.db = db;

            public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => db.Set<T>().ToListAsync(cancellationToken);

            public Task<List<T>> ListAsync(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default)
                => db.Set<T>().Where(filter).ToListAsync(cancellationToken);
        }

        """;

    [Fact]
    public Task Generic_repository_filtered_by_the_caller_is_followed_into_its_implementation()
        => Verify<UnboundedQueryAnalyzer>.Analyzer(GenericRepository + """
            public class BeneficiaryService
            {
                private readonly IRepository<Beneficiary> beneficiaries;
                public BeneficiaryService(IRepository<Beneficiary> beneficiaries) => this.beneficiaries = beneficiaries;

                public Task<List<Beneficiary>> OfPractitionerAsync(int practitionerId, CancellationToken ct)
                    => {|PII0201:beneficiaries.ListAsync(b => b.PractitionerId == practitionerId && b.Active, ct)|};

                public Task<List<Beneficiary>> EveryoneAsync(CancellationToken ct) => {|PII0201:beneficiaries.ListAsync(ct)|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Generic_repository_filtered_to_one_row_or_over_rows_without_personal_data()
        => Verify<UnboundedQueryAnalyzer>.Analyzer(GenericRepository + """
            public class BeneficiaryService
            {
                private readonly IRepository<Beneficiary> beneficiaries;
                private readonly IRepository<Practice> practices;

                public BeneficiaryService(IRepository<Beneficiary> beneficiaries, IRepository<Practice> practices)
                {
                    this.beneficiaries = beneficiaries;
                    this.practices = practices;
                }

                public Task<List<Beneficiary>> ByIdAsync(int id, CancellationToken ct) => beneficiaries.ListAsync(b => b.Id == id, ct);
                public Task<List<Beneficiary>> ByNirAsync(string nir, CancellationToken ct) => beneficiaries.ListAsync(b => b.Nir == nir, ct);
                public Task<List<Practice>> InCityAsync(string city, CancellationToken ct) => practices.ListAsync(p => p.City == city, ct);
                public Task<List<Practice>> PracticesAsync(CancellationToken ct) => practices.ListAsync(ct);

                public async Task<int> CountActiveAsync(CancellationToken ct)
                {
                    var active = await beneficiaries.ListAsync(b => b.Active, ct);
                    return active.Count;
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Collection_expression_spreading_a_query_materialises_it()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            // IDE0305 rewrites ToList() as a collection expression: [.. query].
            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> All() => {|PII0201:[.. db.Beneficiaries]|};
                public Beneficiary[] OfPractitioner(int practitionerId) => {|PII0201:[.. db.Beneficiaries.Where(b => b.PractitionerId == practitionerId)]|};
                public List<string> Nirs() => {|PII0201:[.. db.Beneficiaries.Select(b => b.Nir)]|};

                public List<Beneficiary> Active()
                {
                    List<Beneficiary> active = {|PII0201:[.. db.Beneficiaries.Where(b => b.Active)]|};
                    return active;
                }

                public async Task<List<Beneficiary>> AllAsync() => [.. await db.Beneficiaries.{|PII0201:ToListAsync()|}];
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Collection_expression_over_bounded_or_non_personal_rows()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> FirstPage() => [.. db.Beneficiaries.OrderBy(b => b.Id).Take(50)];
                public List<Beneficiary> One(int id) => [.. db.Beneficiaries.Where(b => b.Id == id)];
                public List<string> Names() => [.. db.Beneficiaries.Select(b => b.LastName)];
                public List<Practice> Practices() => [.. db.Practices];
                public List<Beneficiary> Single(Beneficiary beneficiary) => [beneficiary];

                public int CountActive()
                {
                    List<Beneficiary> active = [.. db.Beneficiaries.Where(b => b.Active)];
                    return active.Count;
                }
            }
            """ + BulkModel.Entities);
}
