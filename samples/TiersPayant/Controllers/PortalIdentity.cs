using System.Globalization;
using System.Security.Claims;

namespace TiersPayant.Controllers;

/// <summary>The claims and policy of the practitioner portal.</summary>
public static class PortalIdentity
{
    public const string PractitionerPolicy = "Practitioner";

    public const string PractitionerIdClaim = "practitioner_id";

    public const string RppsClaim = "rpps";

    /// <summary>The calling practitioner's id, from the sign-in claims.</summary>
    public static int PractitionerId(this ClaimsPrincipal user)
        => int.Parse(user.FindFirstValue(PractitionerIdClaim)!, CultureInfo.InvariantCulture);
}
