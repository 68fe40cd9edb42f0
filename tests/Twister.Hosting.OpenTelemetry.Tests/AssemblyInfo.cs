// The activity source and the meter are process-wide: the tests run one at a time so each sees only its own host.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
