namespace CwLogs.Emulator.Insights.Conditions;

/// <summary>A <c>filter</c> condition over one record.</summary>
internal interface ICondition
{
    bool Holds(QueryRecord record);
}
