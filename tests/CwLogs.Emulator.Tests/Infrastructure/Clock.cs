using System;

namespace CwLogs.Emulator.Tests.Infrastructure;

/// <summary>Epoch-millisecond helpers (CloudWatch's unit of time).</summary>
public static class Clock
{
    public const long Second = 1000;
    public const long Minute = 60 * Second;
    public const long Hour = 60 * Minute;
    public const long Day = 24 * Hour;

    public static long NowMillis() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
