"""A list that counts the items read from it: the reach tests count a rule's reads of a
page's labels instead of timing it (machines are noisy)."""


class CountedReads(list):
    """A list that counts the items read from it (``CountedReads.reads``, shared by every
    instance; a test sets it to 0 before the run it counts)."""
    reads = 0

    def __getitem__(self, i):
        CountedReads.reads += 1
        return list.__getitem__(self, i)
