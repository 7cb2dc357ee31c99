using System.Diagnostics;

namespace Gongkai.Bench;

/// <summary>Runs a measuring subcommand in its own process, echoing its stderr (progress) and returning its key=value stdout.</summary>
public static class ChildProcess
{
    public static KeyValues Run(string file, IEnumerable<string> args, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (var a in args) info.ArgumentList.Add(a);
        Console.Error.WriteLine($"  $ {file} {string.Join(' ', info.ArgumentList)}");
        using var p = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {p.ExitCode}:\n{stdout}");
        return KeyValues.Parse(stdout);
    }

    /// <summary>This benchmark's own executable, to run a subcommand of it in a fresh process.</summary>
    public static KeyValues Self(params string[] args)
    {
        var dll = typeof(ChildProcess).Assembly.Location;
        return Run("dotnet", [dll, .. args]);
    }
}
