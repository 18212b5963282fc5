using System.Reflection.PortableExecutable;
using CwLogs.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CwLogs.PowerShell.Tests;

/// <summary>
/// A Release build ships ReadyToRun images of CwLogs.dll and the AWS SDK in out/CwLogs/bin (they shorten the first
/// call of a session; docs/performance-profile.md), images that still carry IL so any platform can load them.
/// A Debug build leaves them IL only, to build fast.
/// </summary>
public sealed class ReadyToRunTests
{
    [Theory]
    [InlineData("CwLogs.dll")]
    [InlineData("AWSSDK.Core.dll")]
    public void ReleaseModuleAssembliesAreReadyToRunImages(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(Path.Combine(RepoPaths.Module, "bin", assembly)));
        var cor = reader.PEHeaders.CorHeader!;

        // crossgen2 marks an image IL-library and gives it a ReadyToRun header (the managed native header).
        var readyToRun = cor.Flags.HasFlag(CorFlags.ILLibrary) && cor.ManagedNativeHeaderDirectory.Size > 0;
        Assert.Equal(RepoPaths.Configuration == "Release", readyToRun);
        Assert.True(reader.HasMetadata);
    }
}
