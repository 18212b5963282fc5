namespace CwLogs.Emulator.Filtering;

/// <summary>A parsed filterPattern, applied to one event message.</summary>
internal interface IMessagePattern
{
    bool Matches(string message);
}
