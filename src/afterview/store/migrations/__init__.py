"""Alembic migrations of the tracker's schema, shipped in the package and run on first use."""
