using System;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using TiersPayant.Domain;
using TiersPayant.Integration;

namespace TiersPayant.Data;

/// <summary>Fictitious people. Every NIR below has a wrong control key, except the one that shows PII0002.</summary>
public static class SeedData
{
    public static void Populate(DbContext context)
    {
        if (context.Set<Beneficiary>().Any())
        {
            return;
        }

        var horizon = new ComplementaryInsurer { Name = "Mutuelle Horizon Santé", Code = "75123456" };
        var prevoyance = new ComplementaryInsurer { Name = "Prévoyance des Métiers", Code = "33987654" };

        // PII0002 clean: the layout of a NIR, but the key (10 instead of 09) is wrong, so it identifies nobody.
        var dupont = Person("178067511204510", "Dupont", "Jean", new DateOnly(1978, 6, 14), SituationFamiliale.Marie);
        var martin = Person("192016912303160", "Martin", "Léa", new DateOnly(1992, 1, 3), SituationFamiliale.Pacse);
        var bernard = Person("269091305528896", "Bernard", "Claire", new DateOnly(1969, 9, 27), SituationFamiliale.Veuf);

        // PII0002: this NIR has a valid control key. The warning points at the literal and never repeats the number.
        var petit = Person("284057304211782", "Petit", "Sophie", new DateOnly(1984, 5, 2), SituationFamiliale.Divorce);

        // The mutuelle's legacy file holds NIRs as numbers (see PII0003); this one has an invalid key as well.
        var legacy = new AmcAffiliationLine
        {
            NumeroSecuriteSociale = 155123300815245,
            NomPrenom = "Moreau Paul",
            DateNaissance = new DateOnly(1955, 12, 8),
        }.ToBeneficiary();

        Cover(dupont, horizon, "HS-000142", "Confort", 200);
        Cover(martin, horizon, "HS-000907", "Essentiel", 125);
        Cover(bernard, prevoyance, "PM-417730", "Renfort", 300);
        Cover(petit, prevoyance, "PM-420011", "Confort", 200);
        Cover(legacy, horizon, "HS-001288", "Essentiel", 100);
        context.Set<Beneficiary>().AddRange(dupont, martin, bernard, petit, legacy);

        var drLefebvre = new Practitioner { Rpps = "10001234567", Nom = "Dr Lefebvre", Specialite = "Médecine générale" };
        var optiqueRoux = new Practitioner { Rpps = "10007654321", Nom = "Optique Roux", Specialite = "Opticien" };
        context.Set<Practitioner>().AddRange(drLefebvre, optiqueRoux);
        context.SaveChanges();

        // Dr Lefebvre follows two patients, the optician one. Neither should see the others.
        context.Set<CareRelationship>().AddRange(
            Follows(drLefebvre, dupont),
            Follows(drLefebvre, martin),
            Follows(optiqueRoux, bernard));
        context.SaveChanges();
    }

    private static Beneficiary Person(string nir, string nom, string prenom, DateOnly dateNaissance, SituationFamiliale situation)
        => new() { Nir = nir, Nom = nom, Prenom = prenom, DateNaissance = dateNaissance, SituationFamiliale = situation };

    private static void Cover(Beneficiary beneficiary, ComplementaryInsurer mutuelle, string numero, string niveau, int optique)
        => beneficiary.Contrat = new Contract
        {
            NumeroContrat = numero,
            Mutuelle = mutuelle,
            NiveauGarantie = niveau,
            DateEffet = new DateOnly(2025, 1, 1),
            Garanties =
            [
                new Guarantee { Poste = "Pharmacie", TauxRemboursement = 100 },
                new Guarantee { Poste = "Optique", TauxRemboursement = optique },
                new Guarantee { Poste = "Dentaire", TauxRemboursement = optique - 25 },
            ],
        };

    private static CareRelationship Follows(Practitioner practitioner, Beneficiary beneficiary)
        => new() { PractitionerId = practitioner.Id, BeneficiaryId = beneficiary.Id, Depuis = new DateOnly(2024, 3, 1) };
}
