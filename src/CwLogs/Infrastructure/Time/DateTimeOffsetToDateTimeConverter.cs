using System;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Time
{
    /// <summary>
    /// Lets PowerShell turn a DateTimeOffset into a DateTime, which it cannot do on its own: a comparison
    /// converts the right operand to the left one's type, so without this `(Get-Date) -lt $event.Timestamp`
    /// fails while `$event.Timestamp -gt (Get-Date)` works. The DateTime is the same instant in local time,
    /// what Get-Date returns. Registered for System.DateTimeOffset by CwLogs.psm1; it only adds the
    /// conversion PowerShell lacked and declines every other one.
    /// </summary>
    public sealed class DateTimeOffsetToDateTimeConverter : PSTypeConverter
    {
        public override bool CanConvertFrom(object sourceValue, Type destinationType) => false;

        public override object ConvertFrom(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase)
            => throw new InvalidCastException();

        public override bool CanConvertTo(object sourceValue, Type destinationType)
            => Unwrap(sourceValue) is DateTimeOffset && destinationType == typeof(DateTime);

        public override object ConvertTo(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase)
            => Unwrap(sourceValue) is DateTimeOffset offset && destinationType == typeof(DateTime)
                ? offset.LocalDateTime
                : throw new InvalidCastException($"Cannot convert {sourceValue} to {destinationType}.");

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
