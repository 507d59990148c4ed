using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Bulk;

/// <summary>Layered tiers-payant code: repositories, services, mappers and controllers, for PII0201 and PII0202.</summary>
public class TiersPayantScenarioTests
{
    [Fact]
    public Task Materialised_in_the_repository_is_reported_there_only()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public async Task<List<Beneficiary>> GetAllAsync() => await db.Beneficiaries.AsNoTracking().{|PII0201:ToListAsync()|};
            }

            public class BeneficiaryService
            {
                private readonly BeneficiaryRepository repository;
                public BeneficiaryService(BeneficiaryRepository repository) => this.repository = repository;

                public Task<List<Beneficiary>> GetAllAsync() => repository.GetAllAsync();
            }

            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly BeneficiaryService service;
                public BeneficiariesController(BeneficiaryService service) => this.service = service;

                [HttpGet]
                public async Task<IActionResult> Get()
                {
                    var beneficiaries = await service.GetAllAsync();
                    return Ok(beneficiaries);
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Generic_repository_is_reported_where_the_entity_is_known()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class Repository<T> where T : class
            {
                private readonly DbSet<T> set;
                public Repository(TiersPayantDbContext db) => set = db.Set<T>();

                public async Task<IEnumerable<T>> GetAllAsync() => await set.ToListAsync();
            }

            public class BeneficiaryService
            {
                private readonly Repository<Beneficiary> repository;
                public BeneficiaryService(Repository<Beneficiary> repository) => this.repository = repository;

                public async Task<IEnumerable<Beneficiary>> ListAsync() => await {|PII0201:repository.GetAllAsync()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Mapped_rows_keep_their_source()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public static class BeneficiaryMapper
            {
                public static List<BeneficiaryDto> ToDtos(IEnumerable<Beneficiary> rows) => rows.Select(b => new BeneficiaryDto { Id = b.Id, Nir = b.Nir }).ToList();
            }

            public class ClaimsExport
            {
                private readonly TiersPayantDbContext db;
                public ClaimsExport(TiersPayantDbContext db) => this.db = db;

                public async Task<List<BeneficiaryDto>> ExportAsync()
                {
                    var entities = await db.Beneficiaries.Where(b => b.Active).{|PII0201:ToListAsync()|};
                    return BeneficiaryMapper.ToDtos(entities);
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Lookups_by_key_or_nir_are_one_person()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Task<List<Beneficiary>> ById(int id) => db.Beneficiaries.Where(b => b.Id == id).ToListAsync();
                public List<Beneficiary> ByNir(string nir) => db.Beneficiaries.Where(b => b.Nir == nir && b.Active).ToList();
                public List<Beneficiary> ByPractitioner(int practitionerId)
                    => db.Beneficiaries.Where(b => b.PractitionerId == practitionerId).{|PII0201:ToList()|};
                public List<Beneficiary> EitherId(int id, int other)
                    => db.Beneficiaries.Where(b => b.Id == id || b.Id == other).{|PII0201:ToList()|};
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Dapper_lookups_by_key_and_shared_sql_fields()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Data;
            using System.Linq;
            using Dapper;

            public static class BeneficiarySql
            {
                public static readonly string SelectAll = "SELECT b.Id, b.Nir, b.BirthDate " + "FROM Beneficiaries b";
            }

            public class BeneficiaryRepository
            {
                private readonly IDbConnection connection;
                public BeneficiaryRepository(IDbConnection connection) => this.connection = connection;

                public IEnumerable<Beneficiary> All() => connection.Query<Beneficiary>({|PII0202:BeneficiarySql.SelectAll|});
                public IEnumerable<Beneficiary> ById(int id) => connection.Query<Beneficiary>("SELECT * FROM Beneficiaries WHERE BeneficiaryId = @id", new { id });
                public IEnumerable<Beneficiary> ByNir(string nir) => connection.Query<Beneficiary>("SELECT * FROM Beneficiaries b WHERE b.Nir = @nir", new { nir });
                public IEnumerable<Beneficiary> ByPractitioner(int id)
                    => connection.Query<Beneficiary>({|PII0202:"SELECT * FROM Beneficiaries WHERE PractitionerId = @id"|}, new { id });
                public IEnumerable<Beneficiary> Either(int id, string nir)
                    => connection.Query<Beneficiary>({|PII0202:"SELECT * FROM Beneficiaries WHERE Id = @id OR Nir = @nir"|}, new { id, nir });
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Practitioner_portal_search_with_paging_object()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;

            public record PageRequest(int Page, int Size);
            public record PagedResult<T>(IReadOnlyList<T> Items, int Total);

            [ApiController]
            [Route("api/practitioners/{practitionerId}/beneficiaries")]
            public class PractitionerBeneficiariesController : ControllerBase
            {
                private const int MaxSize = 50;
                private readonly TiersPayantDbContext db;
                public PractitionerBeneficiariesController(TiersPayantDbContext db) => this.db = db;

                [HttpGet]
                public async Task<ActionResult<PagedResult<Beneficiary>>> Search(int practitionerId, [FromQuery] PageRequest paging)
                {
                    var size = Math.Clamp(paging.Size, 1, MaxSize);
                    var query = db.Beneficiaries.Where(b => b.PractitionerId == practitionerId).OrderBy(b => b.LastName);
                    var total = await query.CountAsync();
                    var items = await query.Skip(paging.Page * size).Take(size).ToListAsync();
                    return new PagedResult<Beneficiary>(items, total);
                }

                [HttpGet("all")]
                public async Task<ActionResult<PagedResult<Beneficiary>>> All(int practitionerId)
                {
                    var query = db.Beneficiaries.Where(b => b.PractitionerId == practitionerId);
                    var items = await query.{|PII0201:ToListAsync()|};
                    return new PagedResult<Beneficiary>(items, items.Count);
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Local_functions_count_where_the_method_returns_them()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class RightsBatch
            {
                private readonly TiersPayantDbContext db;
                public RightsBatch(TiersPayantDbContext db) => this.db = db;

                public async Task<int> RunAsync()
                {
                    var count = 0;
                    foreach (var beneficiary in await LoadAsync())
                    {
                        count += beneficiary.Active ? 1 : 0;
                    }

                    return count;

                    Task<List<Beneficiary>> LoadAsync() => db.Beneficiaries.ToListAsync();
                }

                public async Task<List<Beneficiary>> ExportAsync()
                {
                    return await {|PII0201:LoadAsync()|};

                    Task<List<Beneficiary>> LoadAsync() => db.Beneficiaries.ToListAsync();
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Statistics_by_insurer_are_not_people()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public record InsurerCount(string Mutuelle, int Count);

            public class InsurerStatistics
            {
                private readonly TiersPayantDbContext db;
                public InsurerStatistics(TiersPayantDbContext db) => this.db = db;

                public List<InsurerCount> ByInsurer()
                    => db.Beneficiaries.GroupBy(b => b.Mutuelle).Select(g => new InsurerCount(g.Key, g.Count())).ToList();
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Mvc_view_of_every_beneficiary()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiariesController : Controller
            {
                private readonly TiersPayantDbContext db;
                public BeneficiariesController(TiersPayantDbContext db) => this.db = db;

                public async Task<IActionResult> Index() => View(await db.Beneficiaries.OrderBy(b => b.LastName).{|PII0201:ToListAsync()|});
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Rows_through_an_object_mapper()
        => Verify<UnboundedQueryAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public interface IMapper
            {
                TDestination Map<TDestination>(object source);
            }

            public class BeneficiaryService
            {
                private readonly TiersPayantDbContext db;
                private readonly IMapper mapper;
                public BeneficiaryService(TiersPayantDbContext db, IMapper mapper) => (this.db, this.mapper) = (db, mapper);

                public async Task<List<BeneficiaryDto>> AllAsync()
                    => mapper.Map<List<BeneficiaryDto>>(await db.Beneficiaries.{|PII0201:ToListAsync()|});
            }
            """ + BulkModel.Entities);
}
