using System;

namespace CwLogs.Infrastructure.Validation
{
    /// <summary>Rejects log stream names the service would refuse (see <see cref="NameRules.LogStreamNameProblem"/>).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateLogStreamNameAttribute : NameValidationAttribute
    {
        protected override string? Problem(string name) => NameRules.LogStreamNameProblem(name);
    }
}
