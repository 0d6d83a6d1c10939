"""The outside world: calendar feeds, mail sending and receiving."""
