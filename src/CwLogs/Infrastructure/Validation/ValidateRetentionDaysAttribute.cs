using System;
using System.Globalization;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Validation
{
    /// <summary>Rejects a retention period PutRetentionPolicy would refuse, listing the allowed values.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateRetentionDaysAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            object? value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            if (value is null)
            {
                return;
            }

            // The binder has already converted the argument to the parameter's type (int or int?).
            int days = Convert.ToInt32(value, CultureInfo.InvariantCulture);
            string? problem = NameRules.RetentionDaysProblem(days);
            if (problem != null)
            {
                throw new ValidationMetadataException(problem);
            }
        }
    }
}
