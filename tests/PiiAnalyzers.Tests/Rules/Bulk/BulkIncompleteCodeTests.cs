using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Bulk;

/// <summary>Queries and SQL being typed: PII0201 and PII0202 never throw, and do not guess.</summary>
public class BulkIncompleteCodeTests
{
    private const string Prelude = """
        using System.Collections.Generic;
        using System.Data;
        using System.Data.Common;
        using System.Linq;
        using System.Threading.Tasks;
        using Dapper;
        using Microsoft.EntityFrameworkCore;

        """;

    public static TheoryData<string, string> Snippets { get; } = new()
    {
        { "half-typed materialiser", "class R { TiersPayantDbContext db = null!; List<Beneficiary> All() => db.Beneficiaries.ToLi }" },
        { "missing receiver", "class R { List<Beneficiary> All() => .ToList(); }" },
        { "unknown DbSet", "class R { TiersPayantDbContext db = null!; List<Beneficiary> All() => db.Beneficiarie.ToList(); }" },
        { "take without argument", "class R { TiersPayantDbContext db = null!; List<Beneficiary> All() => db.Beneficiaries.Take().ToList(); }" },
        { "take with a string", "class R { TiersPayantDbContext db = null!; List<Beneficiary> All() => db.Beneficiaries.Take(\"10\").ToList(); }" },
        { "take with a huge constant", "class R { TiersPayantDbContext db = null!; List<Beneficiary> All() => db.Beneficiaries.Take(99999999999999).ToList(); }" },
        { "return without value", "class R { TiersPayantDbContext db = null!; List<Beneficiary> All() { var q = db.Beneficiaries; return; } }" },
        { "self-assigned local", "class R { TiersPayantDbContext db = null!; List<Beneficiary> All() { IQueryable<Beneficiary> q = q; q = q.Where(b => b.Active); return q.ToList(); } }" },
        { "recursive repository", "class R { IQueryable<Beneficiary> A() => B(); IQueryable<Beneficiary> B() => A().Where(b => b.Active); List<Beneficiary> C() => A().ToList(); }" },
        { "foreach over nothing", "class R { List<Beneficiary> All() { var r = new List<Beneficiary>(); foreach (var b in ) r.Add(b); return r; } }" },
        { "unterminated SQL", "class R { IDbConnection c = null!; IEnumerable<Beneficiary> All() => c.Query<Beneficiary>(\"SELECT Nir FROM Beneficiaries WHERE x = '); }" },
        { "SQL without text", "class R { IDbConnection c = null!; IEnumerable<Beneficiary> All() => c.Query<Beneficiary>(); }" },
        { "SQL from a null constant", "class R { const string? Sql = null; IDbConnection c = null!; IEnumerable<Beneficiary> All() => c.Query<Beneficiary>(Sql); }" },
        { "command text half-typed", "class R { List<Beneficiary> All(DbCommand cmd) { cmd.CommandText = \"SELECT * FROM \" + ; cmd.ExecuteReader(); return new(); } }" },
        { "SQL concatenated with itself", "class R { IDbConnection c = null!; IEnumerable<Beneficiary> All() { var s = \"SELECT Nir\"; s += s; s += \" FROM Beneficiaries\"; return c.Query<Beneficiary>(s); } }" },
        { "interpolation with a broken hole", "class R { IDbConnection c = null!; IEnumerable<Beneficiary> All() => c.Query<Beneficiary>($\"SELECT {} FROM Beneficiaries\"); }" },
        { "minimal API in progress", "class R { void M(Microsoft.AspNetCore.Builder.WebApplication app) { app.MapGet(\"/b\", (TiersPayantDbContext db) => db.Beneficiaries.ToList( ); } }" },
        { "odata attribute without type", "class R { TiersPayantDbContext db = null!; [EnableQuery(PageSize = )] IQueryable<Beneficiary> Get() => db.Beneficiaries; }" },
        { "garbage", "class R { ))) .ToList() Take( SELECT * FROM" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Never_throws(string name, string snippet)
    {
        var exceptions = new ConcurrentBag<Exception>();
        var compilation = TestCompilation.Create(Prelude + snippet + BulkModel.Entities);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UnboundedQueryAnalyzer(), new UnboundedRawSqlAnalyzer());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.True(exceptions.IsEmpty, $"{name}: {string.Join("\n", exceptions)}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public Task Half_typed_query_reports_nothing_it_cannot_bind()
        => Verify<UnboundedQueryAnalyzer>.IncompleteCode(Prelude + """
            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db = null!;
                public List<Beneficiary> All() => db.Beneficiaries.Where(b => b.Active).ToLi
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Linq_over_a_string_parameter_is_not_raw_sql()
        => Verify<UnboundedRawSqlAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryCache
            {
                private readonly List<Beneficiary> beneficiaries = new();
                public IEnumerable<Beneficiary> Query(string sql) => beneficiaries.Where(b => b.LastName == sql);
            }
            """ + BulkModel.Entities);
}
