using Gongkai.Core.Domain;

namespace Gongkai.Tools.SampleCorpus;

/// <summary>
/// One sample as described by its file in Samples/: where it goes, in which format, its catalog
/// metadata (the truth about the invented document) and its body.
/// </summary>
/// <param name="File">Path relative to the corpus folder, with extension.</param>
/// <param name="WritesSidecar">False for samples whose metadata the product must read from the text alone.</param>
public sealed record SampleDefinition(
    string SourceName,
    string File,
    SampleFormat Format,
    bool WritesSidecar,
    ProvidedMetadata Metadata,
    IReadOnlyList<BodyLine> Body)
{
    public string SidecarFile => Path.ChangeExtension(File, ".meta.json");
}
