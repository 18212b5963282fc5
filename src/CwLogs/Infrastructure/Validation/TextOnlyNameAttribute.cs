using System;
using System.Collections;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Validation
{
    /// <summary>
    /// Lets a name parameter take strings by value ('s1','s2' | New-CwLogStream -LogGroupName g) without letting
    /// any other object become a name through its ToString() (a piped LogGroup's is its group name). Text, numbers
    /// and characters pass; any other object is replaced by a stand-in that PowerShell cannot turn into a string.
    /// Refusing by throwing here would not do: the binder first tries the value without conversion, before the
    /// object's properties, and a throw would end binding there for objects that do carry the name property.
    /// The stand-in only fails the conversion, which the binder tries after the properties.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TextOnlyNameAttribute : ArgumentTransformationAttribute
    {
        /// <param name="what">What the name is, for the message: "log stream name".</param>
        public TextOnlyNameAttribute(string what) => What = what;

        public string What { get; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = Unwrap(inputData);
            if (value is IEnumerable items && value is not string)
            {
                foreach (object? item in items)
                {
                    if (!IsText(Unwrap(item))) return new NotAName(Unwrap(item)!, What);
                }

                return inputData;
            }

            return IsText(value) ? inputData : new NotAName(value!, What);
        }

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        private static bool IsText(object? value)
            => value is null or string or char || (value.GetType().IsPrimitive && value is not bool and not IntPtr and not UIntPtr) || value is decimal;

        /// <summary>Stands in for an object that is not a name; converting it to a string fails with a message saying so.</summary>
        private sealed class NotAName
        {
            private readonly string _message;

            public NotAName(object refused, string what)
            {
                var type = refused is PSObject { BaseObject: PSCustomObject } ? "PSCustomObject" : refused.GetType().FullName;
                _message = $"A {type} is not a {what}: pipe names as text, or objects with the name as a property.";
            }

            // PowerShell's conversion to string calls this; the binder reports the message.
            public override string ToString() => throw new PSInvalidCastException(_message);
        }
    }
}
