using System.Reflection;

namespace Gongkai.Core.Analysis;

/// <summary>Reads the analysis data files compiled into this assembly (see Gongkai.Core.csproj).</summary>
internal static class EmbeddedText
{
    public static string Read(string fileName)
    {
        var name = "Gongkai.Core.Analysis.Resources." + fileName;
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {typeof(EmbeddedText).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
