using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Bulk;

/// <summary>PII0202: raw SQL through Dapper, EF Core and ADO.NET, flagged and not.</summary>
public class UnboundedRawSqlTests
{
    private const string DapperUsings = """
        using System.Collections.Generic;
        using System.Data;
        using System.Linq;
        using System.Threading.Tasks;
        using Dapper;

        """;

    private static Task Dapper(string members, string? editorConfig = null)
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer(DapperUsings + """
            public class BeneficiaryRepository
            {
                private const string Columns = "Id, Nir, BirthDate";
                private readonly IDbConnection connection;
                public BeneficiaryRepository(IDbConnection connection) => this.connection = connection;

            """ + members + """

            }
            """ + BulkModel.Entities, editorConfig);

    [Fact]
    public Task Dapper_query_of_classified_columns_async()
        => Dapper("""
                public async Task<IEnumerable<Beneficiary>> AllAsync()
                    => await connection.QueryAsync<Beneficiary>({|PII0202:"SELECT Id, Nir, BirthDate FROM Beneficiaries"|});
            """);

    [Fact]
    public Task Dapper_command_definitions_in_place_and_in_a_local()
        => Dapper("""
                public async Task<IEnumerable<Beneficiary>> AllAsync(System.Threading.CancellationToken ct)
                    => await connection.QueryAsync<Beneficiary>(new CommandDefinition({|PII0202:"SELECT Id, Nir, BirthDate FROM Beneficiaries"|}, cancellationToken: ct));

                public async Task<IEnumerable<Beneficiary>> ActiveAsync()
                {
                    var command = new CommandDefinition({|PII0202:"SELECT Id, Nir FROM Beneficiaries WHERE Active = 1"|});
                    return await connection.QueryAsync<Beneficiary>(command);
                }

                public async Task<IEnumerable<Beneficiary>> RecentAsync()
                    => await connection.QueryAsync<Beneficiary>(new CommandDefinition("SELECT TOP 50 Id, Nir FROM Beneficiaries ORDER BY Id DESC"));
            """);

    [Fact]
    public Task Dapper_query_sync_through_locals_and_a_const()
        => Dapper("""
                public List<Beneficiary> All()
                {
                    var sql = "SELECT " + Columns + " FROM dbo.Beneficiaries WHERE Active = 1";
                    var rows = connection.Query<Beneficiary>({|PII0202:sql|});
                    return rows.ToList();
                }
            """);

    [Fact]
    public Task Dapper_star_from_a_holder_table_and_interpolation()
        => Dapper("""
                public IEnumerable<Beneficiary> ByPractitioner(int practitionerId)
                    => connection.Query<Beneficiary>({|PII0202:$"SELECT * FROM [Beneficiaries] WHERE PractitionerId = {practitionerId}"|});

                public IEnumerable<dynamic> Raw()
                    => connection.Query({|PII0202:"SELECT b.* FROM beneficiaries b JOIN practices p ON p.Id = b.PractitionerId"|});
            """);

    [Fact]
    public Task Dapper_french_columns_and_aliases()
        => Dapper("""
                public IEnumerable<dynamic> Export()
                    => connection.Query({|PII0202:@"
                        SELECT a.num_secu AS Numero, a.date_naissance, a.situation_familiale
                        FROM assures a"|});
            """);

    [Fact]
    public Task Dapper_column_mapped_to_a_classified_property()
        => Dapper("""
                public IEnumerable<Beneficiary> All() => connection.Query<Beneficiary>({|PII0202:"SELECT id, mutuelle FROM t_benef"|});
            """);

    [Fact]
    public Task Ef_core_FromSqlRaw_FromSqlInterpolated_and_SqlQueryRaw()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class ClaimsExport
            {
                private readonly TiersPayantDbContext db;
                public ClaimsExport(TiersPayantDbContext db) => this.db = db;

                public Task<List<Beneficiary>> ActiveAsync()
                    => db.Beneficiaries.FromSqlRaw({|PII0202:"SELECT * FROM Beneficiaries WHERE Active = 1"|}).ToListAsync();

                public List<Beneficiary> ForCity(string city)
                    => db.Beneficiaries.FromSqlInterpolated({|PII0202:$"SELECT * FROM Beneficiaries WHERE City = {city}"|}).ToList();

                public IQueryable<string> Nirs()
                    => db.Database.SqlQueryRaw<string>({|PII0202:"SELECT Nir FROM Beneficiaries"|});
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Ado_net_command_text_and_constructor()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Data.Common;
            using System.Threading.Tasks;

            public class BeneficiaryReader
            {
                private readonly DbConnection connection;
                public BeneficiaryReader(DbConnection connection) => this.connection = connection;

                public async Task<List<Beneficiary>> AllAsync()
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = {|PII0202:"SELECT Id, Nir, BirthDate FROM Beneficiaries"|};
                    var result = new List<Beneficiary>();
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        result.Add(new Beneficiary { Id = reader.GetInt32(0), Nir = reader.GetString(1), BirthDate = reader.GetDateTime(2) });
                    }

                    return result;
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Ado_net_IDbCommand()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Data;

            public class BeneficiaryReader
            {
                public List<Beneficiary> All(IDbConnection connection)
                {
                    using IDbCommand command = connection.CreateCommand();
                    command.CommandText = {|PII0202:"SELECT id, date_naissance FROM beneficiaires ORDER BY nom"|};
                    var result = new List<Beneficiary>();
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        result.Add(new Beneficiary { Id = reader.GetInt32(0), BirthDate = reader.GetDateTime(1) });
                    }

                    return result;
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Controller_returns_dapper_rows()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Data;
            using System.Threading.Tasks;
            using Dapper;
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("api/beneficiaries")]
            public class BeneficiariesController : ControllerBase
            {
                private readonly IDbConnection connection;
                public BeneficiariesController(IDbConnection connection) => this.connection = connection;

                [HttpGet]
                public async Task<IActionResult> Get() => Ok(await connection.QueryAsync<Beneficiary>({|PII0202:"SELECT * FROM Beneficiaries"|}));
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Limited_sql_is_not_flagged()
        => Dapper("""
                public IEnumerable<Beneficiary> Top() => connection.Query<Beneficiary>("SELECT TOP 50 Id, Nir FROM Beneficiaries ORDER BY Id");
                public IEnumerable<Beneficiary> TopParens(int n) => connection.Query<Beneficiary>("SELECT DISTINCT TOP (@n) Id, Nir FROM Beneficiaries", new { n });
                public IEnumerable<Beneficiary> Limit() => connection.Query<Beneficiary>("SELECT id, nir FROM beneficiaries ORDER BY id LIMIT 20");
                public IEnumerable<Beneficiary> Offset(int page) => connection.Query<Beneficiary>("SELECT Id, Nir FROM Beneficiaries ORDER BY Id OFFSET @skip ROWS FETCH NEXT 20 ROWS ONLY", new { skip = page * 20 });
                public IEnumerable<Beneficiary> Fetch() => connection.Query<Beneficiary>("SELECT Id, Nir FROM Beneficiaries FETCH FIRST 10 ROWS ONLY");
                public IEnumerable<Beneficiary> Oracle() => connection.Query<Beneficiary>("SELECT Id, Nir FROM Beneficiaries WHERE ROWNUM <= 10");
                public IEnumerable<Beneficiary> Derived() => connection.Query<Beneficiary>("SELECT * FROM (SELECT TOP 10 * FROM Beneficiaries) b");
            """);

    [Fact]
    public Task Single_row_reads_are_not_flagged()
        => Dapper("""
                public Beneficiary? ById(int id) => connection.QuerySingleOrDefault<Beneficiary>("SELECT * FROM Beneficiaries WHERE Id = @id", new { id });
                public Task<Beneficiary> FirstAsync() => connection.QueryFirstAsync<Beneficiary>("SELECT Nir FROM Beneficiaries");
                public Beneficiary? Lookup(int id) => connection.Query<Beneficiary>("SELECT Nir, BirthDate FROM Beneficiaries WHERE Id = @id", new { id }).FirstOrDefault();
                public IEnumerable<Beneficiary> Key(int id) => connection.Query<Beneficiary>("SELECT Nir FROM Beneficiaries b WHERE b.Id = @id", new { id });
            """);

    [Fact]
    public Task Comments_strings_and_look_alike_identifiers_do_not_count_as_limits()
        => Dapper("""
                public IEnumerable<Beneficiary> Commented() => connection.Query<Beneficiary>({|PII0202:"SELECT Nir FROM Beneficiaries -- TOP 10\n WHERE Active = 1"|});
                public IEnumerable<Beneficiary> Block() => connection.Query<Beneficiary>({|PII0202:"SELECT /* LIMIT 5 */ Nir FROM Beneficiaries"|});
                public IEnumerable<Beneficiary> Literal() => connection.Query<Beneficiary>({|PII0202:"SELECT Nir FROM Beneficiaries WHERE Note <> 'LIMIT 10'"|});
                public IEnumerable<Beneficiary> Named() => connection.Query<Beneficiary>({|PII0202:"SELECT Nir, TopCustomers FROM Beneficiaries"|});
            """);

    [Fact]
    public Task Non_personal_columns_and_statements_are_not_flagged()
        => Dapper("""
                public IEnumerable<Practice> Practices() => connection.Query<Practice>("SELECT * FROM Practices");
                public IEnumerable<int> Ids() => connection.Query<int>("SELECT Id FROM Beneficiaries");
                public IEnumerable<dynamic> Counts() => connection.Query("SELECT Mutuelle_Id, COUNT(*) FROM Beneficiaries GROUP BY Mutuelle_Id");
                public IEnumerable<dynamic> Names() => connection.Query("SELECT LastName FROM Beneficiaries -- Nir, BirthDate");
                public IEnumerable<dynamic> Quoted() => connection.Query("SELECT LastName, 'Nir' AS Label FROM Beneficiaries");
                public int Update() => connection.Execute("UPDATE Beneficiaries SET Nir = NULL");
                public IEnumerable<dynamic> Procedure() => connection.Query("EXEC dbo.ExportBeneficiaries");
            """);

    [Fact]
    public Task Rows_used_internally_are_not_flagged()
        => Dapper("""
                public int Recompute()
                {
                    var rows = connection.Query<Beneficiary>("SELECT Id, Nir, BirthDate FROM Beneficiaries");
                    var count = 0;
                    foreach (var row in rows)
                    {
                        count += row.BirthDate.Year > 1950 ? 1 : 0;
                    }

                    return count;
                }

                public bool AnyMinor() => connection.Query<Beneficiary>("SELECT BirthDate FROM Beneficiaries").Any(b => b.BirthDate.Year > 2010);

                public void Purge(System.IO.TextWriter writer)
                {
                    foreach (var row in connection.Query<Beneficiary>("SELECT Id, Nir FROM Beneficiaries"))
                    {
                        writer.WriteLine(row.Id);
                    }
                }
            """);

    [Fact]
    public Task Ado_net_reading_a_single_value_is_not_flagged()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Data.Common;
            using System.Threading.Tasks;

            public class BeneficiaryStats
            {
                public async Task<int> CountAsync(DbConnection connection)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = "SELECT Nir FROM Beneficiaries";
                    var count = 0;
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        count++;
                    }

                    return count;
                }

                public async Task<string?> NirAsync(DbConnection connection, int id)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = "SELECT Nir FROM Beneficiaries WHERE Id = @id";
                    return (string?)await command.ExecuteScalarAsync();
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Ef_core_raw_sql_bounded_by_the_query()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class ClaimsExport
            {
                private readonly TiersPayantDbContext db;
                public ClaimsExport(TiersPayantDbContext db) => this.db = db;

                public Task<List<Beneficiary>> FirstPageAsync()
                    => db.Beneficiaries.FromSqlRaw("SELECT * FROM Beneficiaries").OrderBy(b => b.Id).Take(50).ToListAsync();

                public Task<Beneficiary?> ByNirAsync(string nir)
                    => db.Beneficiaries.FromSqlInterpolated($"SELECT * FROM Beneficiaries WHERE Nir = {nir}").FirstOrDefaultAsync();

                public Task<int> CountAsync() => db.Beneficiaries.FromSqlRaw("SELECT * FROM Beneficiaries").CountAsync();
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Sql_built_with_a_string_builder()
        => Dapper("""
                public List<Beneficiary> Search(string? city, bool paged)
                {
                    var sql = new System.Text.StringBuilder("SELECT Id, Nir, BirthDate ");
                    sql.Append("FROM Beneficiaries WHERE 1 = 1");
                    if (city is not null)
                    {
                        sql.Append(" AND City = @city");
                    }

                    return connection.Query<Beneficiary>({|PII0202:sql.ToString()|}, new { city }).ToList();
                }

                public List<Beneficiary> FirstPage(string? city)
                {
                    var sql = new System.Text.StringBuilder();
                    sql.Append("SELECT Id, Nir FROM Beneficiaries").AppendLine(" WHERE City = @city").Append(" ORDER BY Id LIMIT 20");
                    return connection.Query<Beneficiary>(sql.ToString(), new { city }).ToList();
                }
            """);

    [Fact]
    public Task Long_concatenation_keeps_its_start()
        => Dapper("""
                public IEnumerable<Beneficiary> Export(string schema, string table, string order, string city, string status)
                    => connection.Query<Beneficiary>({|PII0202:"SELECT " + "b.Id, " + "b.Nir, " + "b.BirthDate " + "FROM " + schema + "." + table + " b "
                        + "WHERE b.City = '" + city + "' " + "AND b.Status = '" + status + "' " + "ORDER BY " + order|});
            """);

    [Fact]
    public Task Distinct_identifying_columns_are_still_people()
        => Dapper("""
                public IEnumerable<string> Nirs() => connection.Query<string>({|PII0202:"SELECT DISTINCT Nir FROM Beneficiaries"|});
            """);

    [Fact]
    public Task Rows_streamed_or_copied_to_a_returned_collection()
        => Dapper("""
                public IEnumerable<BeneficiaryDto> Stream()
                {
                    foreach (var row in connection.Query<Beneficiary>({|PII0202:"SELECT Id, Nir FROM Beneficiaries"|}))
                    {
                        yield return new BeneficiaryDto { Id = row.Id, Nir = row.Nir };
                    }
                }

                public List<BeneficiaryDto> Copy()
                {
                    var result = new List<BeneficiaryDto>();
                    foreach (var row in connection.Query<Beneficiary>({|PII0202:"SELECT Id, Nir FROM Beneficiaries"|}))
                    {
                        result.Add(new BeneficiaryDto { Id = row.Id, Nir = row.Nir });
                    }

                    return result;
                }
            """);

    [Fact]
    public Task Razor_page_handler_fills_its_model_with_raw_sql()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Data;
            using System.Linq;
            using System.Threading.Tasks;
            using Dapper;
            using Microsoft.AspNetCore.Mvc.RazorPages;

            public class ExportModel : PageModel
            {
                private readonly IDbConnection connection;
                public ExportModel(IDbConnection connection) => this.connection = connection;

                public List<Beneficiary> Rows { get; set; } = new();
                public int Count { get; set; }

                public async Task OnGetAsync()
                {
                    Rows = (await connection.QueryAsync<Beneficiary>({|PII0202:"SELECT Id, Nir, BirthDate FROM Beneficiaries"|})).ToList();
                    Count = (await connection.QueryAsync<Beneficiary>("SELECT Id, Nir FROM Beneficiaries")).Count();
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Star_from_tables_mapped_fluently()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Data;
            using Dapper;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;

            public class Contract
            {
                public int Id { get; set; }
                public string Garanties { get; set; } = "";
            }

            public class PortalContext : DbContext
            {
                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Beneficiary>().ToTable("T_BENEF");
                    modelBuilder.Entity<Practice>(p => p.ToTable("T_CABINET"));
                }
            }

            public class ContractConfiguration : IEntityTypeConfiguration<Contract>
            {
                public void Configure(EntityTypeBuilder<Contract> builder) => builder.ToTable("T_CONTRAT");
            }

            public class LegacyExport
            {
                private readonly IDbConnection connection;
                public LegacyExport(IDbConnection connection) => this.connection = connection;

                public IEnumerable<dynamic> Beneficiaries() => connection.Query({|PII0202:"SELECT * FROM T_BENEF"|});
                public IEnumerable<dynamic> Contracts() => connection.Query({|PII0202:"SELECT c.* FROM dbo.T_CONTRAT c"|});
                public IEnumerable<dynamic> Practices() => connection.Query("SELECT * FROM T_CABINET");
            }
            """ + BulkModel.Entities);
}
