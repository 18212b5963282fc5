using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Amazon;

namespace CwLogs.Infrastructure;

/// <summary>Tab completion for -Region from the SDK's region table.</summary>
public sealed class RegionCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var prefix = wordToComplete.Trim('\'', '"');
        return RegionEndpoint.EnumerableAllRegions
            .Where(r => r.SystemName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.SystemName, StringComparer.Ordinal)
            .Select(r => new CompletionResult(r.SystemName, r.SystemName, CompletionResultType.ParameterValue, r.DisplayName));
    }
}
