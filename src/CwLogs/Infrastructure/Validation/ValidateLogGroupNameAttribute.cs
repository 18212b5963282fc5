using System;

namespace CwLogs.Infrastructure.Validation
{
    /// <summary>Rejects log group names the service would refuse (see <see cref="NameRules.LogGroupNameProblem"/>).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateLogGroupNameAttribute : NameValidationAttribute
    {
        /// <summary>When true, the value is a name prefix (same rules, own wording).</summary>
        public bool Prefix { get; set; }

        /// <summary>When true, the value may also be a wildcard pattern (see <see cref="NameRules.LogGroupNameOrWildcardProblem"/>).</summary>
        public bool Wildcards { get; set; }

        protected override string? Problem(string name) =>
            Prefix ? NameRules.LogGroupNamePrefixProblem(name)
            : Wildcards ? NameRules.LogGroupNameOrWildcardProblem(name)
            : NameRules.LogGroupNameProblem(name);
    }
}
