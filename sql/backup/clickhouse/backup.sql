-- The warehouse tables into a folder, with ClickHouse's own BACKUP (the embedded engine's configuration allows any
-- path: src/Strata/ClickHouse/Embedded/EmbeddedConfiguration.cs). Each table is copied as of one set of its parts.
BACKUP {{tables}} TO File({{path}})
