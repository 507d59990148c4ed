namespace PiiAnalyzers.Tests.Rules.Bulk;

/// <summary>The tiers-payant entities and EF Core context the bulk tests share, appended to each test source.</summary>
internal static class BulkModel
{
    public const string Entities = """

        public class Beneficiary
        {
            public int Id { get; set; }
            public int PractitionerId { get; set; }
            public string Nir { get; set; } = "";
            public System.DateTime BirthDate { get; set; }
            public string LastName { get; set; } = "";
            public string Mutuelle { get; set; } = "";
            public string MaritalStatus { get; set; } = "";
            public bool Active { get; set; }
        }

        public class Practice
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public string City { get; set; } = "";
        }

        public class BeneficiaryDto
        {
            public int Id { get; set; }
            public string Nir { get; set; } = "";
        }

        public record BeneficiarySummary(int Id, string LastName);

        public class TiersPayantDbContext : Microsoft.EntityFrameworkCore.DbContext
        {
            public Microsoft.EntityFrameworkCore.DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
            public Microsoft.EntityFrameworkCore.DbSet<Practice> Practices => Set<Practice>();
        }
        """;
}
