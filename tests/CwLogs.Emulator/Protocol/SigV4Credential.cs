namespace CwLogs.Emulator.Protocol;

/// <summary>
/// Reads the credential scope out of a SigV4 Authorization header. The signature itself
/// is not verified (tests have no real keys); only the header's shape is checked.
/// </summary>
internal sealed record SigV4Credential(string AccessKeyId, string Date, string Region, string Service)
{
    private const string Prefix = "AWS4-HMAC-SHA256 Credential=";

    /// <summary>Null when the header is missing or not a SigV4 header with a 5-part scope.</summary>
    public static SigV4Credential? TryParse(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(Prefix, System.StringComparison.Ordinal))
            return null;

        string rest = authorization.Substring(Prefix.Length);
        int end = rest.IndexOf(',');
        string credential = (end < 0 ? rest : rest.Substring(0, end)).Trim();

        // AKID/yyyymmdd/region/service/aws4_request
        string[] parts = credential.Split('/');
        if (parts.Length != 5 || parts[4] != "aws4_request") return null;
        foreach (string part in parts)
        {
            if (part.Length == 0) return null;
        }
        return new SigV4Credential(parts[0], parts[1], parts[2], parts[3]);
    }
}
