using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace CwLogs.Infrastructure.Time
{
    /// <summary>
    /// Lets a DateTime parameter take anything <see cref="TimeInput"/> reads (1d, 30s, '2h ago', epoch ms, ISO 8601, ...)
    /// and hands the cmdlet a UTC DateTime. Collections become DateTime[]; null passes through.
    /// </summary>
    /// <example><c>[Parameter] [TimeArgumentTransformation] public DateTime? StartTime { get; set; }</c></example>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TimeArgumentTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? input = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (input is null)
            {
                return null;
            }

            DateTime utcNow = DateTime.UtcNow;
            try
            {
                if (input is IEnumerable items && input is not string)
                {
                    var times = new List<DateTime>();
                    foreach (object? item in items)
                    {
                        times.Add(TimeInput.ToUtc(item, utcNow));
                    }

                    return times.ToArray();
                }

                return TimeInput.ToUtc(input, utcNow);
            }
            catch (ArgumentException ex)
            {
                // PowerShell reports this as "Cannot process argument transformation on parameter 'X'. <message>".
                throw new ArgumentTransformationMetadataException(ex.Message, ex);
            }
        }
    }
}
