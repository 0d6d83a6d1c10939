"""The ``afterview`` command line: thin Typer wrappers around library functions."""
