using Microsoft.EntityFrameworkCore;
using TiersPayant.Domain;

namespace TiersPayant.Data;

public sealed class TiersPayantDbContext(DbContextOptions<TiersPayantDbContext> options) : DbContext(options)
{
    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<ComplementaryInsurer> ComplementaryInsurers => Set<ComplementaryInsurer>();

    public DbSet<Practitioner> Practitioners => Set<Practitioner>();

    public DbSet<CareRelationship> CareRelationships => Set<CareRelationship>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Beneficiary>(beneficiary =>
        {
            beneficiary.Property(b => b.Nir).HasMaxLength(15);
            beneficiary.HasIndex(b => b.Nir).IsUnique();
            beneficiary.HasOne(b => b.Contrat).WithOne().HasForeignKey<Contract>(c => c.BeneficiaryId);
        });

        modelBuilder.Entity<Contract>().HasMany(c => c.Garanties).WithOne().HasForeignKey(g => g.ContractId);
        modelBuilder.Entity<Practitioner>().HasIndex(p => p.Rpps).IsUnique();
    }
}
