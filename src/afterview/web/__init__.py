"""The web interface (``afterview serve``)."""
