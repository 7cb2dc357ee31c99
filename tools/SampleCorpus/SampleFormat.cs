namespace Gongkai.Tools.SampleCorpus;

/// <summary>How a sample is written to the corpus.</summary>
public enum SampleFormat
{
    Docx,
    /// <summary>Written as a .docx into a staging folder; LibreOffice turns it into the committed PDF once.</summary>
    Pdf,
    Txt,
    /// <summary>Plain text encoded in GB18030, as old Windows exports are.</summary>
    TxtGb18030,
    /// <summary>A portal page with a catalog table and the text in div#zoom.</summary>
    Html,
    /// <summary>Only the sidecar is generated; the document itself exists already (the seed).</summary>
    SidecarOnly,
}
