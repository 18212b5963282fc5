using System.Reflection;

namespace CwLogs.PowerShell.Tests.Infrastructure;

/// <summary>Where the built module, the script host and NuGet's packages are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Module => Path.Combine(Root, "out", "CwLogs");

    public static string ModuleManifest => Path.Combine(Module, "CwLogs.psd1");

    /// <summary>The configuration these tests (and so the module they import) were built in.</summary>
    public static string Configuration => Metadata("Configuration");

    public static string ScriptHost => Path.Combine(Root, "tests", "CwLogs.ScriptHost", "bin", Configuration, "net10.0", "CwLogs.ScriptHost.dll");

    /// <summary>AWSSDK.Core 3.7.402 as AWS.Tools 4 ships it (downloaded by the test project's PackageDownload).</summary>
    public static string OtherAwsSdkCore
    {
        get
        {
            var root = Metadata("NuGetPackageRoot");
            var path = Path.Combine(root, "awssdk.core", "3.7.402", "lib", "netcoreapp3.1", "AWSSDK.Core.dll");
            if (!File.Exists(path)) throw new FileNotFoundException("AWSSDK.Core 3.7.402 was not restored; run dotnet restore.", path);
            return path;
        }
    }

    private static string Metadata(string key)
        => typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Module.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Cannot find the repository root (Module.sln) above " + AppContext.BaseDirectory);
    }
}
