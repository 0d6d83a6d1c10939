"""All of Afterview's SQL: models, migrations, queries and the tracker's services.

Importing this package is cheap; SQLAlchemy and Alembic load only when a database is
opened, so the command line stays quick to start.
"""
