using System.Text.Json;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>Access policies and resource policies must be JSON documents; the service refuses anything else.</summary>
internal static class PolicyDocuments
{
    public static string Check(string document, string member)
    {
        try
        {
            using JsonDocument parsed = JsonDocument.Parse(document);
            if (parsed.RootElement.ValueKind == JsonValueKind.Object) return document;
        }
        catch (JsonException)
        {
        }
        throw Errors.InvalidParameter($"The {member} is not a valid JSON policy document.");
    }

    /// <summary>Whether a policy grants to an AWS Organization (the aws:PrincipalOrgID condition key) rather than to accounts.</summary>
    public static bool GrantsToOrganization(string document) =>
        document.Contains("aws:PrincipalOrgID", System.StringComparison.OrdinalIgnoreCase);
}
