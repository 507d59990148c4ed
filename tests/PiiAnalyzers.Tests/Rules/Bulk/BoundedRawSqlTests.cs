using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Bulk;

/// <summary>PII0202: look-alikes that must not be flagged.</summary>
public class BoundedRawSqlTests
{
    private static Task NoDiagnostic(string members)
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Data;
            using System.Data.Common;
            using System.Linq;
            using System.Threading.Tasks;
            using Dapper;

            public class BeneficiaryRepository
            {
                private readonly IDbConnection connection;
                public BeneficiaryRepository(IDbConnection connection) => this.connection = connection;

            """ + members + """

            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Personal_columns_only_in_the_where_clause()
        => NoDiagnostic("""
                public IEnumerable<int> IdsBornAfter(System.DateTime date)
                    => connection.Query<int>("SELECT Id FROM Beneficiaries WHERE BirthDate > @date ORDER BY Nir", new { date });
            """);

    [Fact]
    public Task Star_from_a_table_mapped_to_no_holder()
        => NoDiagnostic("""
                public IEnumerable<dynamic> Practices() => connection.Query("SELECT * FROM Practices p WHERE p.City = @city", new { city = "Lyon" });
                public IEnumerable<dynamic> AuditLog() => connection.Query("SELECT * FROM AuditEntries");
            """);

    [Fact]
    public Task Text_the_code_does_not_show()
        => NoDiagnostic("""
                public IEnumerable<Beneficiary> Run(string sql) => connection.Query<Beneficiary>(sql);
                public IEnumerable<Beneficiary> FromFile() => connection.Query<Beneficiary>(System.IO.File.ReadAllText("export.sql"));
                public IEnumerable<Beneficiary> Procedure() => connection.Query<Beneficiary>("dbo.ExportBeneficiaries", commandType: CommandType.StoredProcedure);
            """);

    [Fact]
    public Task Rows_limited_after_the_call()
        => NoDiagnostic("""
                public List<Beneficiary> FirstFifty() => connection.Query<Beneficiary>("SELECT Id, Nir FROM Beneficiaries ORDER BY Id").Take(50).ToList();
                public Beneficiary? First() => connection.Query<Beneficiary>("SELECT Id, Nir FROM Beneficiaries").FirstOrDefault();
                public int Count() => connection.Query<Beneficiary>("SELECT Id, Nir FROM Beneficiaries").Count();
            """);

    [Fact]
    public Task Writes_and_scalars()
        => NoDiagnostic("""
                public Task<int> ForgetAsync(int id) => connection.ExecuteAsync("UPDATE Beneficiaries SET Nir = NULL, BirthDate = NULL WHERE Id = @id", new { id });
                public Task<string?> NirAsync(int id) => connection.ExecuteScalarAsync<string?>("SELECT Nir FROM Beneficiaries WHERE Id = @id", new { id });
                public IEnumerable<int> Inserted() => connection.Query<int>("INSERT INTO Beneficiaries (Nir) OUTPUT inserted.Id VALUES (@nir)", new { nir = "" });
            """);

    [Fact]
    public Task Ado_net_command_whose_rows_stay_in_the_method()
        => NoDiagnostic("""
                public async Task<bool> AnyMarriedAsync(DbConnection db)
                {
                    await using var command = db.CreateCommand();
                    command.CommandText = "SELECT MaritalStatus FROM Beneficiaries";
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        if (reader.GetString(0) == "M")
                        {
                            return true;
                        }
                    }

                    return false;
                }
            """);

    [Fact]
    public Task Look_alike_column_names()
        => NoDiagnostic("""
                public IEnumerable<dynamic> Catalogue()
                    => connection.Query("SELECT Nirvana, CreatedDate, IsGuaranteed, NirCount, BirthYear, CodeInsee FROM Beneficiaries");
            """);

    [Fact]
    public Task Distinct_values_of_a_non_identifying_column()
        => NoDiagnostic("""
                public IEnumerable<string> Insurers() => connection.Query<string>("SELECT DISTINCT Mutuelle FROM Beneficiaries ORDER BY Mutuelle");
                public IEnumerable<string> Statuses() => connection.Query<string>("SELECT DISTINCT MaritalStatus FROM Beneficiaries");
            """);

    [Fact]
    public Task Single_row_dapper_reads_of_personal_columns()
        => NoDiagnostic("""
                public Task<Beneficiary?> ByNirAsync(string nir)
                    => connection.QueryFirstOrDefaultAsync<Beneficiary>("SELECT Id, Nir, BirthDate FROM Beneficiaries WHERE Nir = @nir", new { nir });
                public Task<Beneficiary> OneAsync(int practitionerId)
                    => connection.QuerySingleAsync<Beneficiary>("SELECT Nir, BirthDate FROM Beneficiaries WHERE PractitionerId = @practitionerId", new { practitionerId });
                public IEnumerable<Beneficiary> TopOne() => connection.Query<Beneficiary>("SELECT TOP 1 Nir FROM Beneficiaries ORDER BY Id DESC");
            """);

    [Fact]
    public Task Writes_of_personal_data()
        => NoDiagnostic("""
                public Task<int> InsertAsync(Beneficiary b)
                    => connection.ExecuteAsync("INSERT INTO Beneficiaries (Nir, BirthDate) VALUES (@Nir, @BirthDate)", b);

                public int Anonymise(DbConnection db)
                {
                    using var command = db.CreateCommand();
                    command.CommandText = "UPDATE Beneficiaries SET Nir = NULL WHERE Active = 0";
                    return command.ExecuteNonQuery();
                }
            """);

    [Fact]
    public Task Personal_columns_commented_out()
        => NoDiagnostic("""
                public IEnumerable<dynamic> Summaries()
                    => connection.Query(@"
                        SELECT Id, LastName -- , Nir, BirthDate
                        /* , Mutuelle, MaritalStatus */
                        FROM Beneficiaries");
            """);

    [Fact]
    public Task Postgres_and_mysql_limits()
        => NoDiagnostic("""
                public IEnumerable<Beneficiary> Pg(int size, int offset)
                    => connection.Query<Beneficiary>("select id, nir, birth_date from public.beneficiaries order by id limit :size offset :offset", new { size, offset });
                public IEnumerable<Beneficiary> MySql()
                    => connection.Query<Beneficiary>("SELECT `id`, `nir` FROM `beneficiaries` ORDER BY `id` LIMIT 0, 50");
            """);
}
