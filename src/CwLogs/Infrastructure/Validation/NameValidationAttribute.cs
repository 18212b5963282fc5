using System;
using System.Collections;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Validation
{
    /// <summary>
    /// Shared base for the name attributes: checks a string or each string of a collection with a
    /// <see cref="NameRules"/> function. Null and empty are left to [ValidateNotNullOrEmpty].
    /// </summary>
    public abstract class NameValidationAttribute : ValidateArgumentsAttribute
    {
        protected abstract string? Problem(string name);

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            object? value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            if (value is IEnumerable items && value is not string)
            {
                foreach (object? item in items)
                {
                    Check(item is PSObject inner ? inner.BaseObject : item);
                }

                return;
            }

            Check(value);
        }

        private void Check(object? value)
        {
            string? name = value as string ?? value?.ToString();
            if (string.IsNullOrEmpty(name))
            {
                return;
            }

            string? problem = Problem(name);
            if (problem != null)
            {
                throw new ValidationMetadataException(problem);
            }
        }
    }
}
