namespace PiiAnalyzers.Classification;

/// <summary>
/// The English and French vocabulary of health-payment personal data, as data.
/// </summary>
/// <remarks>
/// <para>
/// Every entry is a sequence of words, written with spaces. Identifiers are split into words
/// (<see cref="IdentifierWords"/>) and an entry matches a run of whole words whose concatenation equals the entry's:
/// <c>dateNaissance</c>, <c>DATE_NAISSANCE</c>, <c>DateDeNaissance</c> and <c>Datenaissance</c> all match
/// <c>"date naissance"</c> or <c>"date de naissance"</c>, and a trailing plural <c>s</c> is tolerated. No entry ever
/// matches inside a word: <c>Nirvana</c> is not <c>nir</c>.
/// </para>
/// <para>
/// <see cref="Strong"/> entries classify on their own. <see cref="Weak"/> entries (<c>Numero</c>, <c>Rang</c>,
/// <c>Insee</c>) classify only in a person-like container (<see cref="PersonWords"/>) or next to a person word in the
/// identifier itself (<c>NumeroAssure</c>), and only when every other word of the identifier is such a word.
/// <see cref="Blockers"/> are word runs that look like an entry but name something else (<c>LieuNaissance</c> is a
/// place, <c>CodeInsee</c> a town). <see cref="NotTheDataWords"/> anywhere outside the matched run mean the member
/// describes the data rather than holding it (<c>NirValidator</c>, <c>BirthDateRequiredError</c>, <c>SsnHash</c>).
/// </para>
/// Users extend the lexicon with the <c>pii_analyzers.extra_names.*</c> options rather than by editing this file.
/// </remarks>
internal static class NameLexicon
{
    public static readonly (PiiCategory Category, string[] Entries)[] Strong =
    {
        (PiiCategory.Nir, new[]
        {
            "nir", "nia", "ssn", "nss", "nirpp",
            "social security", "social security number", "social security no", "social security num",
            "social security nr", "social security id", "soc sec num", "soc sec no", "soc sec number",
            "numero securite sociale", "numero de securite sociale", "num securite sociale", "no securite sociale",
            "n securite sociale", "securite sociale", "num secu", "numero secu", "no secu", "n secu", "nr secu",
            "secu number", "num ss", "numero ss", "no ss", "ss number", "ss no", "ss num",
            "numero insee", "num insee", "no insee", "n insee", "insee number",
            "matricule assure", "numero assure", "num assure", "no assure", "numero immatriculation",
            "num immatriculation", "immatriculation number", "insurance number", "insuree number",
            "insured number", "insured id", "insuree id", "national id", "national identification number",
        }),
        (PiiCategory.BirthDate, new[]
        {
            "birth date", "date of birth", "dob", "birthday", "birth dt", "date birth", "born on", "born date",
            "date naissance", "date de naissance", "date naiss", "date nais", "dt naiss", "dt naissance",
            "dte naissance", "d naissance", "naissance date", "ddn",
        }),
        (PiiCategory.InsuranceGuarantee, new[]
        {
            "guarantee", "garantie", "coverage", "couverture", "niveau garantie", "formule garantie",
            "taux remboursement", "taux de remboursement", "reimbursement rate", "taux prise en charge",
            "taux de prise en charge", "coverage level", "benefit level", "panier soins", "panier de soins",
        }),
        (PiiCategory.HealthInsurer, new[]
        {
            "insurer", "assureur", "mutuelle", "organisme complementaire", "amc", "amo", "health insurer",
            "health insurance", "insurance company", "insurance provider", "insurance carrier", "insurance name",
            "insurance fund", "complementary insurer", "complementary health", "complementaire sante",
            "caisse affiliation", "caisse primaire", "cpam", "organisme assurance", "organisme assureur",
            "regime obligatoire", "mutual insurer",
        }),
        (PiiCategory.MaritalStatus, new[]
        {
            "marital", "marital status", "civil status", "situation familiale", "situation de famille",
            "situation famille", "etat civil", "situation matrimoniale", "statut marital", "statut matrimonial",
            "family status", "family situation", "relationship status", "marriage status",
        }),
    };

    public static readonly (PiiCategory Category, string[] Entries)[] Weak =
    {
        (PiiCategory.Nir, new[] { "numero", "number", "num", "rang", "insee", "matricule", "immatriculation", "secu" }),
        (PiiCategory.BirthDate, new[] { "naissance", "born", "birth", "anniversaire" }),
        (PiiCategory.InsuranceGuarantee, new[] { "formule", "benefits" }),
        (PiiCategory.HealthInsurer, new[] { "insurance", "organisme", "caisse", "complementaire", "carrier" }),
    };

    /// <summary>Word runs that contain an entry but name something else. They are removed before matching.</summary>
    public static readonly string[] Blockers =
    {
        // Places and names at birth are not the date of birth; partial dates are derived values.
        "lieu naissance", "lieu de naissance", "ville naissance", "ville de naissance", "commune naissance",
        "commune de naissance", "pays naissance", "pays de naissance", "departement naissance",
        "departement de naissance", "place of birth", "birth place", "birthplace", "country of birth", "birth country",
        "city of birth", "birth city", "nom naissance", "nom de naissance", "birth name", "rang naissance",
        "rang de naissance", "birth rank", "birth order", "birth weight", "poids naissance", "poids de naissance",
        "birth certificate", "acte naissance", "acte de naissance", "annee naissance", "annee de naissance",
        "birth year", "year of birth", "mois naissance", "mois de naissance", "birth month", "month of birth",
        // The INSEE code of a town, not of a person.
        "code insee", "insee code", "code commune",
        // Software, not insurance.
        "code coverage", "test coverage",
        // A title (Monsieur, Madame), not a marital status.
        "civilite", "civility", "salutation",
    };

    /// <summary>Words that make a person-like container, or that may stand next to a weak entry.</summary>
    public static readonly string[] PersonWords =
    {
        "beneficiary", "beneficiaire", "assure", "assuree", "insuree", "insured", "patient", "adherent", "member",
        "membre", "ayant", "droit", "ayantdroit", "person", "personne", "individual", "individu", "citizen",
        "citoyen", "customer", "subscriber", "souscripteur", "policyholder", "titulaire", "dependent", "dependant",
        "spouse", "conjoint", "enfant", "child", "employee", "salarie", "affilie", "ouvrant", "identity", "identite",
        "applicant", "demandeur", "holder", "user", "utilisateur", "profile", "profil",
    };

    /// <summary>Words that may stand next to a weak entry without changing what it names.</summary>
    public static readonly string[] NeutralWords =
    {
        "the", "of", "de", "du", "la", "le", "d", "m", "s", "value", "valeur", "current", "actuel",
    };

    /// <summary>
    /// Words that, outside the matched run, show that the member is about the data, not the data: services and
    /// plumbing, flags and counts, messages and resource keys, products and catalogues, hashes and redaction results.
    /// </summary>
    public static readonly string[] NotTheDataWords =
    {
        // services and plumbing
        "service", "services", "svc", "validator", "validators", "validation", "verifier", "verification", "checker",
        "repository", "repo", "provider", "factory", "helper", "helpers", "util", "utils", "utility", "handler",
        "manager", "controller", "formatter", "format", "formats", "parser", "parse", "generator", "generate",
        "calculator", "calculate", "builder", "mapper", "mapping", "converter", "convert", "serializer", "regex",
        "regexp", "pattern", "options", "settings", "setting", "config", "configuration", "rule", "rules",
        "spec", "specification", "attribute", "store", "cache", "logger", "log", "endpoint", "url", "uri", "path",
        "route", "template", "placeholder", "prefix", "suffix", "separator", "algorithm", "strategy",
        "command", "query", "event", "handler", "middleware", "schema",
        // flags, counts, bounds and positions
        "count", "counter", "nb", "nbr", "nombre", "total", "sum", "length", "len", "size", "width", "max",
        "counts", "lengths", "sizes", "longueur", "taille", "timeout", "timeouts", "seconds", "secondes", "retry", "retries",
        "maximum", "min", "minimum", "limit", "range", "index", "idx", "position", "offset", "enabled", "enable",
        "disabled", "disable", "visible", "visibility", "hidden", "hide", "show", "required", "mandatory",
        "obligatoire", "editable", "readonly", "flag", "flags", "toggle", "feature", "is", "has", "can", "should",
        "valid", "valide", "validity", "validite",
        "column", "col", "field", "header", "status", "statut", "state", "etat", "exists", "present", "missing",
        "known", "unknown", "changed", "updated", "modified", "source", "origin", "origine",
        // messages and resource keys
        "label", "caption", "title", "tooltip", "hint", "help", "message", "messages", "msg", "error", "errors",
        "labels", "captions", "titles", "libelle", "libelles", "intitule", "intitules",
        "erreur", "warning", "exception", "resource", "resources", "invalid", "localized", "prompt",
        // products and catalogues
        "warranty", "warranties", "months", "month", "mois", "years", "year", "annee", "days", "day", "jours",
        "jour", "duration", "duree", "delay", "delai", "product", "products", "produit", "catalog", "catalogue",
        "offer", "offre", "price", "pricing", "prix", "tarif", "sku", "stock", "item", "article", "delivery",
        "livraison", "shipping", "vendor", "supplier", "fournisseur", "seller", "merchant", "loan", "pret",
        // derived values: hashes, masks, ciphers, tokens
        "hash", "hashed", "hashcode", "sha", "sha1", "sha256", "sha512", "md5", "hmac", "digest", "checksum",
        "fingerprint", "salt", "masked", "mask", "masque", "masquee", "redacted", "anonymized", "anonymised", "anonymise", "anonymize",
        "pseudonymized", "pseudonymised", "pseudonym", "obfuscated", "encrypted", "encrypt", "encryption", "crypted",
        "cipher", "ciphertext", "chiffre", "token", "tokenized", "tokenised", "last", "partial", "truncated",
        "pseudonymise", "pseudonymize", "pseudonymisee", "anonymisee", "hache", "hashe",
    };

    /// <summary>Words that are plumbing for one category only (an insurer's HTTP client, a network's coverage).</summary>
    public static readonly (PiiCategory Category, string[] Words)[] NotTheDataWordsByCategory =
    {
        (PiiCategory.HealthInsurer, new[]
        {
            "client", "gateway", "connector", "adapter", "webhook", "integration", "sync", "export", "import",
            "batch", "job", "queue", "file", "flux", "api", "type", "types", "list",
            // what an insurer pays or charges, kept in integers too (cents): MontantAmcCentimes, PartMutuelle
            "montant", "montants", "amount", "amounts", "share", "shares", "part", "parts", "taux", "rate", "rates",
            "cotisation", "cotisations", "premium", "premiums", "paiement", "paiements", "payment", "payments",
            "solde", "balance", "centimes", "cents",
        }),
        (PiiCategory.InsuranceGuarantee, new[]
        {
            "test", "tests", "network", "reseau", "mobile", "signal", "wifi", "zone", "area", "map",
            "geographic", "cloud", "percentage", "report",
        }),
        (PiiCategory.Nir, new[] { "type", "kind", "mode", "version" }),
        (PiiCategory.BirthDate, new[]
        {
            "type", "kind", "mode", "filters", "greeting", "greetings", "reminder", "wish", "wishes", "card", "party",
            "gift", "cake", "notification", "campaign",
        }),
    };
}
