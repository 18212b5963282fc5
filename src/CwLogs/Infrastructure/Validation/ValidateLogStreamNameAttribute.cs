using System;

namespace CwLogs.Infrastructure.Validation
{
    /// <summary>Rejects log stream names the service would refuse (see <see cref="NameRules.LogStreamNameProblem"/>).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateLogStreamNameAttribute : NameValidationAttribute
    {
        /// <summary>When true, a value with '*' may be a wildcard pattern (see <see cref="NameRules.LogStreamNameOrWildcardProblem"/>).</summary>
        public bool Wildcards { get; set; }

        protected override string? Problem(string name) =>
            Wildcards ? NameRules.LogStreamNameOrWildcardProblem(name) : NameRules.LogStreamNameProblem(name);
    }
}
