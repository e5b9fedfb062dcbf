using Strata.Sql;

namespace Strata.Archive;

/// <summary>
/// The one place that picks the SQL for a dialect. A statement is looked up from the most specific folder to the
/// most general: sql/archive/&lt;dialect&gt;/, then sql/archive/greenplum_6_and_7/ (what Greenplum 6 and 7 share),
/// then sql/archive/common/. Nothing else in the archive tier asks which dialect it is talking to.
/// </summary>
public sealed class ArchiveSql(ArchiveDialect dialect)
{
    public ArchiveDialect Dialect => dialect;

    public string Path(string name) =>
        Folders().Select(folder => $"archive/{folder}/{name}").FirstOrDefault(path => SqlCatalog.List(System.IO.Path.GetDirectoryName(path)!).Contains(path))
        ?? throw new InvalidOperationException($"No archive SQL '{name}' for {dialect}.");

    /// <summary>A statement with no placeholders, read as it is.</summary>
    public string Read(string name) => SqlCatalog.Read(Path(name));

    public string Render(string name, IReadOnlyDictionary<string, string> values) =>
        SqlTemplate.Render(SqlCatalog.Read(Path(name)), values);

    private IEnumerable<string> Folders()
    {
        yield return dialect.Folder();
        if (dialect != ArchiveDialect.PostgreSql)
        {
            yield return "greenplum_6_and_7";
        }
        yield return "common";
    }
}
