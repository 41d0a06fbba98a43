// libtorch's default generator is process-wide: tests that seed it and train must not interleave.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
