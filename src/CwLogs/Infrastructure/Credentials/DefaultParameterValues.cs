using System.Collections;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Credentials;

/// <summary>Which $PSDefaultParameterValues entry supplies a parameter of a command, as PowerShell's binder matches them.</summary>
internal static class DefaultParameterValues
{
    /// <param name="names">The parameter's name and aliases.</param>
    /// <returns>Whether an entry "CommandPattern:Name" matches; its value (a ScriptBlock is returned as is).</returns>
    public static bool TryFind(IDictionary? defaults, string commandName, IEnumerable<string> names, out object? value)
    {
        value = null;
        if (defaults is null) return false;
        var wanted = names.ToList();
        foreach (DictionaryEntry entry in defaults)
        {
            if (entry.Key is not string key) continue;
            var colon = key.LastIndexOf(':');
            if (colon <= 0) continue;
            var parameter = key.Substring(colon + 1).Trim();
            if (!wanted.Any(n => string.Equals(n, parameter, StringComparison.OrdinalIgnoreCase))) continue;
            if (!WildcardPattern.Get(key.Substring(0, colon).Trim(), WildcardOptions.IgnoreCase).IsMatch(commandName)) continue;
            value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
            return true;
        }
        return false;
    }
}
