"""The pure core: no I/O, no clock. ``today``/``now`` and the time zone are arguments."""
