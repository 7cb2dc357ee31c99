using Gongkai.Core.Domain;

namespace Gongkai.Indexer.Extraction;

/// <summary>What a format extractor read from one file.</summary>
/// <param name="Text">Body text in reading order; paragraphs separated by '\n', no markup.</param>
/// <param name="Given">Catalog metadata the file itself declares (a portal page's 索引号/发布机构 block, document properties); empty when none.</param>
/// <param name="HeaderFooter">Text of page headers/footers, kept apart from the body.</param>
public sealed record ExtractedDocument(string Text, ProvidedMetadata Given, string? HeaderFooter = null);
