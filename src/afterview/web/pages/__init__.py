"""The HTML pages, one module per page; each exposes ``router``."""
