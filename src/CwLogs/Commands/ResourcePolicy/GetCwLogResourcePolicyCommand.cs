using System.Management.Automation;
using System.Net;
using CwLogs.Client.Errors;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Lists the region's resource policies (DescribeResourcePolicies), streaming page by page. The service has no
/// name filter: -PolicyName (exact names or wildcards) filters here; an exact name not listed is an ObjectNotFound error.
/// </summary>
[Cmdlet(VerbsCommon.Get, "CwLogResourcePolicy")]
[OutputType(typeof(ResourcePolicy))]
public sealed class GetCwLogResourcePolicyCommand : CwLogsCmdlet
{
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string[] PolicyName { get; set; } = Array.Empty<string>();

    /// <summary>Policies per request (1-50); the cmdlet still returns every page.</summary>
    [Parameter]
    [ValidateRange(1, 50)]
    public int? PageSize { get; set; }

    protected override void ProcessRecord()
    {
        var patterns = PolicyName.Select(n => WildcardPattern.Get(n, WildcardOptions.None)).ToArray();
        var unseen = new HashSet<string>(PolicyName.Where(n => !WildcardPattern.ContainsWildcardCharacters(n)), StringComparer.Ordinal);
        var request = new DescribeResourcePoliciesRequest { Limit = PageSize };
        var target = PolicyName.Length == 0 ? "*" : string.Join(", ", PolicyName);
        if (!IsValidRequest(request, target)) return;
        var listed = TryForItem(target, "Listing resource policies", () =>
        {
            foreach (var page in SendPaged(CwLogsOperations.DescribeResourcePolicies, request))
                foreach (var policy in page.ResourcePolicies ?? new List<ResourcePolicyData>())
                {
                    var name = policy.PolicyName ?? "";
                    if (patterns.Length > 0 && !patterns.Any(p => p.IsMatch(name))) continue;
                    unseen.Remove(name);
                    WriteObject(policy.ToResourcePolicy());
                }
        });
        if (!listed) return;
        // Reported like the service's own not-found error, so scripts can handle both alike.
        foreach (var name in unseen)
            TryForItem(name, $"Resource policy '{name}'", () =>
                throw ServiceErrors.Create("ResourceNotFoundException", $"Resource policy '{name}' does not exist.", null, HttpStatusCode.BadRequest));
    }
}
