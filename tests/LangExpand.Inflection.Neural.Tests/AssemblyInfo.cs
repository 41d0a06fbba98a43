// Training draws from libtorch's process-wide generator and sets its thread count, so tests that train run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
