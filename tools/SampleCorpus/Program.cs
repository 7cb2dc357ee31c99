using System.Text;
using Gongkai.Tools.SampleCorpus;

// Usage: dotnet run --project tools/SampleCorpus -- <outDir> [--table]
// Regenerates the invented samples (and the seed's sidecar) under <outDir>; PDFs are staged as .docx
// and the LibreOffice command that turns them into the committed PDFs is printed, run once by hand.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: SampleCorpus <outDir> [--table]");
    return 2;
}

var outDir = Path.GetFullPath(args[0]);
var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt")
    .Order(StringComparer.Ordinal)
    .Select(SampleParser.Parse)
    .ToList();
var duplicate = samples.GroupBy(s => s.SidecarFile).FirstOrDefault(g => g.Count() > 1);
if (duplicate is not null) throw new InvalidDataException($"two samples share the stem of {duplicate.Key}");

var staging = Path.Combine(Path.GetTempPath(), "SampleCorpus-pdf-src");
if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
var pdfFolders = new SortedSet<string>(StringComparer.Ordinal);

foreach (var sample in samples)
{
    var target = Path.Combine(outDir, sample.File);
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    switch (sample.Format)
    {
        case SampleFormat.Docx:
            File.WriteAllBytes(target, DocxRenderer.Render(sample));
            break;
        case SampleFormat.Pdf:
            var source = Path.Combine(staging, Path.ChangeExtension(sample.File, ".docx"));
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllBytes(source, DocxRenderer.Render(sample, installedFaces: true));
            pdfFolders.Add(Path.GetDirectoryName(sample.File)!);
            break;
        case SampleFormat.Txt or SampleFormat.TxtGb18030:
            File.WriteAllBytes(target, TxtRenderer.Encode(sample));
            break;
        case SampleFormat.Html:
            File.WriteAllText(target, HtmlRenderer.Render(sample), new UTF8Encoding(false));
            break;
        case SampleFormat.SidecarOnly:
            if (!File.Exists(target)) Console.Error.WriteLine($"note: {sample.File} is not in {outDir}; copy the seed there");
            break;
    }
    if (sample.WritesSidecar)
        File.WriteAllText(Path.Combine(outDir, sample.SidecarFile), SidecarWriter.Render(sample.Metadata), new UTF8Encoding(false));
}

Console.WriteLine($"wrote {samples.Count} samples to {outDir}");
if (pdfFolders.Count > 0)
{
    Console.WriteLine("PDFs are made once with LibreOffice (then commit them):");
    foreach (var folder in pdfFolders)
        Console.WriteLine($"  libreoffice --headless --convert-to pdf --outdir '{Path.Combine(outDir, folder)}' '{Path.Combine(staging, folder)}'/*.docx");
}
if (args.Contains("--table")) Console.WriteLine(CatalogTable.Render(samples));
return 0;
