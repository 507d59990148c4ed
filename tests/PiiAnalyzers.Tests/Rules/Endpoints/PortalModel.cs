namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>The tiers-payant domain the endpoint tests share: beneficiaries, rights, a repository, a caller context.</summary>
internal static class PortalModel
{
    public const string Source = """


        namespace TiersPayant.Domain
        {
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public class Beneficiary
            {
                public int Id { get; set; }
                public string Nir { get; set; } = "";
                public DateTime DateNaissance { get; set; }
                public string Mutuelle { get; set; } = "";
                public string PractitionerId { get; set; } = "";
            }

            public record RightsDto(int BeneficiaryId, string Nir, DateTime BirthDate, string Guarantees);

            public record AppointmentSlot(int Id, DateTime Start, string Room);

            public record PagedQuery(int Page, int PageSize);

            public interface IBeneficiaryRepository
            {
                Task<Beneficiary?> FindByNirAsync(string nir);
                Task<List<Beneficiary>> ListAsync();
                Task<List<Beneficiary>> ListForPractitionerAsync(string practitionerId);
            }

            public interface ICurrentPractitioner
            {
                string PractitionerId { get; }
            }

            public class PortalDb : DbContext
            {
                public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
                public DbSet<AppointmentSlot> Slots => Set<AppointmentSlot>();
            }
        }
        """;
}
