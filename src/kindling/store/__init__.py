"""Storage: the SQLite journal, its schema and migrations, and a repository of plain records."""
