using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Validation
{
    /// <summary>
    /// CloudWatch Logs' naming and retention rules, checked locally so a bad value fails before any service call.
    /// Each *Problem method returns null when the value is fine, else a message for the user.
    /// </summary>
    public static class NameRules
    {
        public const int MaxNameLength = 512;

        /// <summary>The only retention periods (in days) PutRetentionPolicy accepts.</summary>
        public static readonly IReadOnlyList<int> RetentionDays = ServiceFacts.RetentionDays;

        private const string GroupCharsetHint = "use 1-512 characters from A-Z, a-z, 0-9, '_', '-', '/', '.' and '#'";
        private const string GroupWildcardHint = "use the characters of a log group name and the wildcards *, ? and [...]";
        private const string StreamHint = "use 1-512 characters, without ':' or '*'";
        private const string StreamWildcardHint = "use up to 512 characters without ':', and the wildcards *, ? and [...] (a name with * is a pattern)";

        private static readonly Regex GroupCharset = new Regex(@"^[\.\-_/#A-Za-z0-9]{1,512}$", RegexOptions.CultureInvariant);

        // A log group name can hold none of *, ? [ ]: with them, the value can only be a wildcard pattern.
        private static readonly Regex GroupWildcardCharset = new Regex(@"^[\.\-_/#A-Za-z0-9*?\[\]]{1,512}$", RegexOptions.CultureInvariant);

        public static string? LogGroupNameProblem(string? name) => GroupStyleProblem("Log group name", name);

        public static string? LogGroupNamePrefixProblem(string? prefix) => GroupStyleProblem("Log group name prefix", prefix);

        /// <summary>A log group name, or a PowerShell wildcard pattern made of a name's characters.</summary>
        public static string? LogGroupNameOrWildcardProblem(string? name)
        {
            if (name is null || !WildcardPattern.ContainsWildcardCharacters(name))
            {
                return LogGroupNameProblem(name);
            }

            return GroupWildcardCharset.IsMatch(name) && IsWellFormedWildcard(name)
                ? null
                : Invalid("Log group name pattern", name, GroupWildcardHint);
        }

        public static string? LogStreamNameProblem(string? name)
        {
            if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || name.IndexOfAny(new[] { ':', '*' }) >= 0)
            {
                return Invalid("Log stream name", name, StreamHint);
            }

            return null;
        }

        /// <summary>
        /// A log stream name, or, when it holds a '*' (which no stream name can), a PowerShell wildcard pattern.
        /// Without a '*' the value is a name, so '?' and '[...]' in it are taken literally.
        /// </summary>
        public static string? LogStreamNameOrWildcardProblem(string? name)
        {
            if (name is null || !name.Contains('*'))
            {
                return LogStreamNameProblem(name);
            }

            return name.Length <= MaxNameLength && !name.Contains(':') && IsWellFormedWildcard(name)
                ? null
                : Invalid("Log stream name pattern", name, StreamWildcardHint);
        }

        public static string? RetentionDaysProblem(int days)
        {
            if (RetentionDays.Contains(days))
            {
                return null;
            }

            return $"Retention of {days} days is not valid: use one of {string.Join(", ", RetentionDays)}.";
        }

        private static bool IsWellFormedWildcard(string pattern)
        {
            try
            {
                // The pattern is parsed on first use; an unclosed '[' fails here rather than mid-listing.
                WildcardPattern.Get(pattern, WildcardOptions.None).IsMatch(string.Empty);
                return true;
            }
            catch (WildcardPatternException)
            {
                return false;
            }
        }

        private static string? GroupStyleProblem(string what, string? name)
        {
            return name != null && GroupCharset.IsMatch(name) ? null : Invalid(what, name, GroupCharsetHint);
        }

        private static string Invalid(string what, string? name, string hint)
        {
            if (string.IsNullOrEmpty(name))
            {
                return $"{what} is empty: {hint}.";
            }

            // A 5,000-character name would drown the message; show its start and its length instead.
            string shown = name.Length > 64
                ? $"'{name.Substring(0, 64)}...' ({name.Length} characters)"
                : $"'{name}'";
            return $"{what} {shown} is not valid: {hint}.";
        }
    }
}
