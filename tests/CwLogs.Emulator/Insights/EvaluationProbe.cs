using System;

namespace CwLogs.Emulator.Insights;

/// <summary>
/// A test hook into query evaluation: <see cref="EachEvent"/> is called once per event a query reads, on the
/// evaluating thread, so a test can hold a query Running (and see that other calls and StopQuery still get through).
/// </summary>
internal sealed class EvaluationProbe
{
    public Action? EachEvent { get; set; }
}
