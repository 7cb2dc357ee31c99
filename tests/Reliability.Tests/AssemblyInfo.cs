// Hangfire keeps its job storage in a static (JobStorage.Current): two services started in one
// process at once share it, and one service's worker runs the other's jobs against its own corpus.
// Test classes therefore run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
