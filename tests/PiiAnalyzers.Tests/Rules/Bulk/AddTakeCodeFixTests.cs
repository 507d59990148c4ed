using System.Threading.Tasks;
using PiiAnalyzers.CodeFixes;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Bulk;

/// <summary>PII0201's fix: insert Take(max_rows) before the materialising call, one at a time and fix-all.</summary>
public class AddTakeCodeFixTests
{
    [Fact]
    public Task Inserts_take_before_an_ordered_async_materialisation()
        => Verify<UnboundedQueryAnalyzer, AddTakeCodeFixProvider>.CodeFix("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Task<List<Beneficiary>> ActiveAsync()
                    => db.Beneficiaries.Where(b => b.Active).OrderBy(b => b.LastName).{|PII0201:ToListAsync()|};
            }
            """ + BulkModel.Entities, """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Task<List<Beneficiary>> ActiveAsync()
                    => db.Beneficiaries.Where(b => b.Active).OrderBy(b => b.LastName).Take(100).ToListAsync();
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Inserts_take_in_a_multi_line_chain_without_ordering()
        => Verify<UnboundedQueryAnalyzer, AddTakeCodeFixProvider>.CodeFix("""
            using System.Collections.Generic;
            using System.Linq;

            public class ClaimsExport
            {
                private readonly TiersPayantDbContext db;
                public ClaimsExport(TiersPayantDbContext db) => this.db = db;

                public List<BeneficiaryDto> Export()
                {
                    var rows = db.Beneficiaries
                        .Where(b => b.Active)
                        .Select(b => new BeneficiaryDto { Id = b.Id, Nir = b.Nir })
                        .{|PII0201:ToList()|};
                    return rows;
                }
            }
            """ + BulkModel.Entities, """
            using System.Collections.Generic;
            using System.Linq;

            public class ClaimsExport
            {
                private readonly TiersPayantDbContext db;
                public ClaimsExport(TiersPayantDbContext db) => this.db = db;

                public List<BeneficiaryDto> Export()
                {
                    var rows = db.Beneficiaries
                        .Where(b => b.Active)
                        .Select(b => new BeneficiaryDto { Id = b.Id, Nir = b.Nir })
                        .Take(100).ToList();
                    return rows;
                }
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Fix_all_bounds_every_returned_query_of_the_document()
        => Verify<UnboundedQueryAnalyzer, AddTakeCodeFixProvider>.CodeFix("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Task<Beneficiary[]> AllAsync() => db.Beneficiaries.OrderBy(b => b.Id).{|PII0201:ToArrayAsync()|};
                public List<Beneficiary> Married() => db.Beneficiaries.Where(b => b.MaritalStatus == "M").{|PII0201:ToList()|};
                public IAsyncEnumerable<Beneficiary> Stream() => db.Beneficiaries.{|PII0201:AsAsyncEnumerable()|};
                public int Count() => db.Beneficiaries.Count();
            }
            """ + BulkModel.Entities, """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public Task<Beneficiary[]> AllAsync() => db.Beneficiaries.OrderBy(b => b.Id).Take(100).ToArrayAsync();
                public List<Beneficiary> Married() => db.Beneficiaries.Where(b => b.MaritalStatus == "M").Take(100).ToList();
                public IAsyncEnumerable<Beneficiary> Stream() => db.Beneficiaries.Take(100).AsAsyncEnumerable();
                public int Count() => db.Beneficiaries.Count();
            }
            """ + BulkModel.Entities);

    [Theory]
    [InlineData("db.Beneficiaries", "Add .Take(100) (add an OrderBy for stable pages)")]
    [InlineData("db.Beneficiaries.OrderBy(b => b.Id)", "Add .Take(100)")]
    public Task Title_asks_for_an_ordering_when_there_is_none(string query, string title)
    {
        var test = new Verify<UnboundedQueryAnalyzer, AddTakeCodeFixProvider>.CodeFixTest
        {
            TestCode = Repository(query + ".{|PII0201:ToList()|}"),
            FixedCode = Repository(query + ".Take(100).ToList()"),
            ReferenceAssemblies = TestReferences.None,
            CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title),
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
        return test.RunAsync();
    }

    private static string Repository(string expression) => """
        using System.Collections.Generic;
        using System.Linq;

        public class BeneficiaryRepository
        {
            private readonly TiersPayantDbContext db;
            public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

            public List<Beneficiary> All() => 
        """ + expression + """
        ;
        }
        """ + BulkModel.Entities;

    [Fact]
    public Task Fix_with_its_equivalence_key()
        => Verify<UnboundedQueryAnalyzer, AddTakeCodeFixProvider>.CodeFix("""
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> All() => db.Beneficiaries.{|PII0201:ToList()|};
            }
            """ + BulkModel.Entities, """
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> All() => db.Beneficiaries.Take(100).ToList();
            }
            """ + BulkModel.Entities, equivalenceKey: AddTakeCodeFixProvider.Key);

    [Fact]
    public Task Uses_the_configured_max_rows()
    {
        var test = new Verify<UnboundedQueryAnalyzer, AddTakeCodeFixProvider>.CodeFixTest
        {
            TestCode = Repository("db.Beneficiaries.OrderBy(b => b.Id).{|PII0201:ToList()|}"),
            FixedCode = Repository("db.Beneficiaries.OrderBy(b => b.Id).Take(25).ToList()"),
            ReferenceAssemblies = TestReferences.None,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Add .Take(25)", action.Title),
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\npii_analyzers.max_rows = 25\n"));
        test.FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\npii_analyzers.max_rows = 25\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Bounds_the_query_a_collection_expression_spreads()
        => Verify<UnboundedQueryAnalyzer, AddTakeCodeFixProvider>.CodeFix("""
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> All() => {|PII0201:[.. db.Beneficiaries]|};
                public Beneficiary[] Active() => {|PII0201:[.. db.Beneficiaries.Where(b => b.Active).OrderBy(b => b.LastName)]|};
            }
            """ + BulkModel.Entities, """
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> All() => [.. db.Beneficiaries.Take(100)];
                public Beneficiary[] Active() => [.. db.Beneficiaries.Where(b => b.Active).OrderBy(b => b.LastName).Take(100)];
            }
            """ + BulkModel.Entities);

    [Fact]
    public Task Not_offered_for_a_collection_expression_spreading_two_queries()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;

            public class BeneficiaryRepository
            {
                private readonly TiersPayantDbContext db;
                public BeneficiaryRepository(TiersPayantDbContext db) => this.db = db;

                public List<Beneficiary> ActiveThenInactive()
                    => {|PII0201:[.. db.Beneficiaries.Where(b => b.Active), .. db.Beneficiaries.Where(b => !b.Active)]|};
            }
            """ + BulkModel.Entities;
        return Verify<UnboundedQueryAnalyzer, AddTakeCodeFixProvider>.CodeFix(source, source);
    }
}
