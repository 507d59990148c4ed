using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>PII0203: endpoints returning collections of personal data with no bound and no paging parameter.</summary>
public class UnboundedEndpointTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.EntityFrameworkCore;
        using TiersPayant.Domain;

        """;

    private static Task Verify(string source, string? editorConfig = null)
        => Verify<UnboundedEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source, editorConfig);

    [Fact]
    public Task Flags_controller_actions_returning_every_beneficiary()
        => Verify("""
            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly PortalDb db;
                private readonly IBeneficiaryRepository repository;
                public BeneficiariesController(PortalDb db, IBeneficiaryRepository repository) { this.db = db; this.repository = repository; }

                [HttpGet]
                public async Task<ActionResult<List<Beneficiary>>> {|PII0203:All|}() => await db.Beneficiaries.ToListAsync();

                [HttpGet("mutuelle/{mutuelle}")]
                public IActionResult {|PII0203:ByInsurer|}(string mutuelle) => Ok(db.Beneficiaries.Where(b => b.Mutuelle == mutuelle).ToList());

                [HttpGet("export")]
                public IQueryable<Beneficiary> {|PII0203:Export|}() => db.Beneficiaries;

                [HttpGet("repository")]
                public Task<List<Beneficiary>> {|PII0203:FromRepository|}() => repository.ListAsync();

                [HttpGet("huge")]
                public List<Beneficiary> {|PII0203:Huge|}() => db.Beneficiaries.Take(5000).ToList();

                [HttpGet("huge-latest")]
                public List<Beneficiary> {|PII0203:HugeLatest|}() => db.Beneficiaries.AsEnumerable().TakeLast(5000).ToList();
            }
            """);

    [Fact]
    public Task Flags_minimal_api_returning_a_projection_collection()
        => Verify("""
            public static class ExportEndpoints
            {
                public static void Map(WebApplication app)
                {
                    app.{|PII0203:MapGet|}("/api/export", (PortalDb db) => Results.Ok(db.Beneficiaries.Select(b => new RightsDto(b.Id, b.Nir, b.DateNaissance, "")).ToList()));
                    app.{|PII0203:MapGet|}("/api/stream", (PortalDb db) => db.Beneficiaries.AsAsyncEnumerable());
                }
            }
            """);

    [Fact]
    public Task Flags_endpoints_returning_every_nir_or_birth_date_as_a_list_of_values()
        => Verify("""
            [ApiController]
            [Route("api/exports")]
            public class ExportsController : ControllerBase
            {
                private readonly PortalDb db;
                public ExportsController(PortalDb db) => this.db = db;

                [HttpGet("nirs")]
                public async Task<List<string>> {|PII0203:Nirs|}() => await db.Beneficiaries.Select(b => b.Nir).ToListAsync();

                [HttpGet("naissances")]
                public async Task<IActionResult> {|PII0203:Naissances|}()
                {
                    var dates = await db.Beneficiaries.Where(b => b.Mutuelle != "").Select(b => b.DateNaissance).ToListAsync();
                    return Ok(dates);
                }
            }

            public static class NirExport
            {
                public static void Map(WebApplication app)
                    => app.{|PII0203:MapGet|}("/api/v2/exports/nirs", (PortalDb db) => Results.Ok(db.Beneficiaries.Select(b => b.Nir).ToList()));
            }
            """);

    [Fact]
    public Task Does_not_flag_lists_of_keys_insurers_or_a_bounded_list_of_nirs()
        => Verify("""
            [ApiController]
            [Route("api/exports")]
            public class ExportsController : ControllerBase
            {
                private readonly PortalDb db;
                public ExportsController(PortalDb db) => this.db = db;

                [HttpGet("ids")]
                public async Task<List<int>> Ids() => await db.Beneficiaries.Select(b => b.Id).ToListAsync();

                [HttpGet("mutuelles")]
                public async Task<List<string>> Mutuelles() => await db.Beneficiaries.Select(b => b.Mutuelle).Distinct().ToListAsync();

                [HttpGet("derniers-nirs")]
                public async Task<List<string>> DerniersNirs() => await db.Beneficiaries.OrderByDescending(b => b.Id).Take(20).Select(b => b.Nir).ToListAsync();

                [HttpGet("page-nirs")]
                public async Task<List<string>> PageNirs(int page, int pageSize)
                    => await db.Beneficiaries.OrderBy(b => b.Id).Skip(page * pageSize).Take(pageSize).Select(b => b.Nir).ToListAsync();
            }
            """);

    [Fact]
    public Task Flags_odata_attribute_subclass_without_a_page_size()
        => Verify("""
            namespace Microsoft.AspNetCore.OData.Query
            {
                public class EnableQueryAttribute : System.Attribute { public int PageSize { get; set; } public int MaxExpansionDepth { get; set; } }
            }

            public sealed class ExpandableQueryAttribute : Microsoft.AspNetCore.OData.Query.EnableQueryAttribute
            {
                public ExpandableQueryAttribute() { MaxExpansionDepth = 3; }
            }

            [ApiController]
            [Route("odata/beneficiaires")]
            public class BeneficiairesController : ControllerBase
            {
                private readonly PortalDb db;
                public BeneficiairesController(PortalDb db) => this.db = db;

                [HttpGet]
                [ExpandableQuery]
                public IQueryable<Beneficiary> {|PII0203:Get|}() => db.Beneficiaries;
            }
            """);

    [Fact]
    public Task Not_flagged_when_bounded_in_the_handler()
        => Verify("""
            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly PortalDb db;
                public BeneficiariesController(PortalDb db) => this.db = db;

                [HttpGet("recent")]
                public List<Beneficiary> Recent() => db.Beneficiaries.OrderByDescending(b => b.Id).Take(50).ToList();

                [HttpGet("at-limit")]
                public List<Beneficiary> AtLimit() => db.Beneficiaries.OrderBy(b => b.Id).Take(100).ToList();

                [HttpGet("one/{id}")]
                public Beneficiary? One(int id) => db.Beneficiaries.Find(id);

                [HttpGet("page")]
                public List<Beneficiary> Page() => db.Beneficiaries.OrderBy(b => b.Id).Skip(100).Take(25).ToList();

                [HttpGet("latest")]
                public List<Beneficiary> Latest() => db.Beneficiaries.OrderBy(b => b.Id).AsEnumerable().TakeLast(20).ToList();
            }

            public static class ExportEndpoints
            {
                public static void Map(WebApplication app)
                    => app.MapGet("/api/recent", (PortalDb db) => db.Beneficiaries.OrderBy(b => b.Id).Take(20).ToListAsync());
            }
            """);

    [Fact]
    public Task Raw_sql_repositories_with_and_without_a_row_limit()
        => Verify("""
            public sealed class BeneficiairesSql
            {
                private readonly System.Data.IDbConnection connection;
                public BeneficiairesSql(System.Data.IDbConnection connection) => this.connection = connection;

                public async Task<List<Beneficiary>> DerniersAsync()
                    => (await Dapper.SqlMapper.QueryAsync<Beneficiary>(connection, "SELECT TOP 100 Id, Nir, BirthDate FROM Beneficiaries ORDER BY Id DESC")).ToList();

                public async Task<List<Beneficiary>> TousAsync()
                    => (await Dapper.SqlMapper.QueryAsync<Beneficiary>(connection, "SELECT Id, Nir, BirthDate FROM Beneficiaries")).ToList();
            }

            [ApiController]
            [Route("api/beneficiaires")]
            public class BeneficiairesController : ControllerBase
            {
                private readonly BeneficiairesSql sql;
                public BeneficiairesController(BeneficiairesSql sql) => this.sql = sql;

                [HttpGet("derniers")]
                public Task<List<Beneficiary>> Derniers() => sql.DerniersAsync();

                [HttpGet]
                public Task<List<Beneficiary>> {|PII0203:Tous|}() => sql.TousAsync();
            }
            """);

    [Fact]
    public Task Iterators_over_a_bounded_or_unbounded_source()
        => Verify("""
            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesStreamController : ControllerBase
            {
                private readonly PortalDb db;
                public BeneficiariesStreamController(PortalDb db) => this.db = db;

                [HttpGet("recent")]
                public async IAsyncEnumerable<Beneficiary> Recent()
                {
                    await foreach (var b in db.Beneficiaries.OrderByDescending(b => b.Id).Take(50).AsAsyncEnumerable())
                    {
                        yield return b;
                    }
                }

                [HttpGet("all")]
                public async IAsyncEnumerable<Beneficiary> {|PII0203:All|}()
                {
                    await foreach (var b in db.Beneficiaries.AsAsyncEnumerable())
                    {
                        yield return b;
                    }
                }
            }
            """);

    [Fact]
    public Task Not_flagged_with_paging_parameters_or_paging_object()
        => Verify("""
            public class SearchCriteria { public string? Mutuelle { get; set; } public int PageSize { get; set; } = 20; public string? ContinuationToken { get; set; } }

            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly PortalDb db;
                public BeneficiariesController(PortalDb db) => this.db = db;

                [HttpGet]
                public List<Beneficiary> List(int page, int pageSize) => db.Beneficiaries.ToList();

                [HttpGet("cursor")]
                public List<Beneficiary> Cursor(string? cursor, int limit) => db.Beneficiaries.ToList();

                [HttpPost("search")]
                public List<Beneficiary> Search([FromBody] SearchCriteria criteria) => db.Beneficiaries.ToList();

                [HttpGet("paged")]
                public List<Beneficiary> Paged([FromQuery] PagedQuery query) => db.Beneficiaries.ToList();
            }

            public static class ExportEndpoints
            {
                public static void Map(WebApplication app)
                    => app.MapGet("/api/list", (int skip, int top, PortalDb db) => db.Beneficiaries.ToList());
            }
            """);

    [Fact]
    public Task Not_flagged_when_bounded_by_in_source_repository_or_paging_helper()
        => Verify("""
            public static class Paging
            {
                public static List<T> ToPagedList<T>(this IQueryable<T> source, int page) => source.Skip(page * 20).Take(20).ToList();
            }

            public class BeneficiaryQueries
            {
                private readonly PortalDb db;
                public BeneficiaryQueries(PortalDb db) => this.db = db;
                public List<Beneficiary> Latest() => db.Beneficiaries.OrderByDescending(b => b.Id).Take(10).ToList();
            }

            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly PortalDb db;
                private readonly BeneficiaryQueries queries;
                public BeneficiariesController(PortalDb db, BeneficiaryQueries queries) { this.db = db; this.queries = queries; }

                [HttpGet("latest")]
                public List<Beneficiary> Latest() => queries.Latest();

                [HttpGet("first-page")]
                public List<Beneficiary> FirstPage() => db.Beneficiaries.ToPagedList(0);
            }
            """);

    [Fact]
    public Task Not_flagged_for_collections_without_personal_data_or_single_holders()
        => Verify("""
            [ApiController]
            [Route("api/agenda")]
            public class AgendaController : ControllerBase
            {
                private readonly PortalDb db;
                public AgendaController(PortalDb db) => this.db = db;

                [HttpGet]
                public List<AppointmentSlot> Slots() => db.Slots.ToList();

                [HttpGet("ids")]
                public List<int> Ids() => db.Beneficiaries.Select(b => b.Id).ToList();

                [HttpGet("one")]
                public Task<Beneficiary?> One(int id) => db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id);
            }
            """);

    [Fact]
    public Task Configured_max_rows_changes_the_limit()
        => Verify("""
            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly PortalDb db;
                public BeneficiariesController(PortalDb db) => this.db = db;

                [HttpGet("fifty")]
                public List<Beneficiary> {|PII0203:Fifty|}() => db.Beneficiaries.Take(50).ToList();

                [HttpGet("ten")]
                public List<Beneficiary> Ten() => db.Beneficiaries.Take(10).ToList();
            }
            """, "pii_analyzers.max_rows = 20\n");

    [Fact]
    public Task Flags_serialised_collections()
        => Verify("""
            [ApiController]
            [Route("api/export")]
            public class ExportController : ControllerBase
            {
                private readonly PortalDb db;
                public ExportController(PortalDb db) => this.db = db;

                [HttpGet]
                public string {|PII0203:Json|}() => System.Text.Json.JsonSerializer.Serialize(db.Beneficiaries.ToList());
            }
            """);
}
