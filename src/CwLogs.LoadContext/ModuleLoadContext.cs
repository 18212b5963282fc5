using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace CwLogs.LoadContext;

/// <summary>
/// CwLogs' private AssemblyLoadContext. AWSSDK.Core keeps the strong name 4.0.0.0 for every 4.x
/// and AWS.Tools ships 3.x, so a second copy in the default context would break one of the two
/// modules. Everything in the module's bin/ folder loads here; anything else (PowerShell itself,
/// the framework) falls through to the default context so shared types stay shared.
/// </summary>
public sealed class ModuleLoadContext : AssemblyLoadContext
{
    private static readonly object Gate = new();
    private static ModuleLoadContext? _instance;

    private readonly string _binFolder;

    private ModuleLoadContext(string binFolder)
        : base(name: "CwLogs", isCollectible: false)
    {
        _binFolder = binFolder;
    }

    /// <summary>Loads (once per process) the module assembly from bin/ and returns it for Import-Module -Assembly.</summary>
    public static Assembly Initialize(string moduleAssemblyPath)
    {
        lock (Gate)
        {
            _instance ??= new ModuleLoadContext(Path.GetDirectoryName(Path.GetFullPath(moduleAssemblyPath))!);
            return _instance.LoadFromAssemblyPath(Path.GetFullPath(moduleAssemblyPath));
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var candidate = Path.Combine(_binFolder, assemblyName.Name + ".dll");
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var candidate = Path.Combine(_binFolder, unmanagedDllName);
        return File.Exists(candidate) ? LoadUnmanagedDllFromPath(candidate) : IntPtr.Zero;
    }
}
