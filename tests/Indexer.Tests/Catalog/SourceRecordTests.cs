using Xunit;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Extraction;

namespace Gongkai.Indexer.Tests;

public class SourceRecordTests
{
    private static SourceRecord Record(string source, SourceState state, FailureReason? reason) =>
        new(source, 100, 42, state, reason, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void An_indexed_file_with_the_same_fingerprint_is_unchanged() =>
        Assert.True(Record("a.docx", SourceState.Indexed, null).IsUnchanged(100, 42));

    [Fact]
    public void A_new_size_or_time_is_a_change()
    {
        Assert.False(Record("a.docx", SourceState.Indexed, null).IsUnchanged(101, 42));
        Assert.False(Record("a.docx", SourceState.Indexed, null).IsUnchanged(100, 43));
    }

    [Fact]
    public void A_doc_refused_as_unsupported_before_the_word_reader_is_retried() =>
        Assert.False(Record("old/a.doc", SourceState.Failed, FailureReason.UnsupportedFormat).IsUnchanged(100, 42));

    [Fact]
    public void Other_failures_and_unreadable_extensions_are_not_retried_unchanged()
    {
        Assert.True(Record("a.doc", SourceState.Failed, FailureReason.Corrupt).IsUnchanged(100, 42));
        Assert.True(Record("a.xyz", SourceState.Failed, FailureReason.UnsupportedFormat).IsUnchanged(100, 42));
    }
}
