using System.Collections.Generic;

namespace CwLogs.Emulator.Insights.Commands;

/// <summary>
/// One <c>stats</c> function: <c>count(*)</c>, <c>count(field)</c>, <c>avg</c>, <c>sum</c>, <c>min</c>, <c>max</c>.
/// <paramref name="Name"/> is the result column: the alias after <c>as</c>, else the call as written (<c>avg(latency)</c>).
/// </summary>
internal sealed record Aggregate(string Function, string? Field, string Name)
{
    public static readonly string[] Functions = { "count", "avg", "sum", "min", "max" };

    /// <summary>The value for one group, or null when it has none (no numeric values for avg/sum/min/max).</summary>
    public string? Compute(IReadOnlyList<QueryRecord> group)
    {
        if (Function == "count")
        {
            int count = 0;
            foreach (QueryRecord record in group)
                if (Field is null || record.Get(Field) is not null) count++;
            return FieldValues.Format(count);
        }

        var numbers = new List<double>();
        foreach (QueryRecord record in group)
            if (FieldValues.TryNumber(record.Get(Field!), out double number)) numbers.Add(number);
        if (numbers.Count == 0) return null;
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        foreach (double n in numbers)
        {
            sum += n;
            if (n < min) min = n;
            if (n > max) max = n;
        }
        double result = Function switch
        {
            "avg" => sum / numbers.Count,
            "sum" => sum,
            "min" => min,
            _ => max,
        };
        return FieldValues.Format(result);
    }
}
