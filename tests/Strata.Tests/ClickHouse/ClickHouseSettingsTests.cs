using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Diagnostics;

namespace Strata.Tests.ClickHouse;

public sealed class ClickHouseSettingsTests
{
    [Fact]
    public void Without_configuration_clickhouse_is_embedded_under_the_data_folder()
    {
        var settings = StrataSettings.FromEnvironment(name => name switch
        {
            "STRATA_DATA" => "/srv/strata",
            "STRATA_CACHE" => "/cache",
            _ => null,
        });

        Assert.Equal(new ClickHouseLocation.Embedded("/srv/strata/clickhouse", "strata"), ClickHouseLocation.Parse(settings.Warehouse));
        Assert.Equal($"/cache/libchdb/{StrataSettings.LibChdbVersion}/libchdb.so", settings.LibChdb);
    }

    [Theory]
    [InlineData("embedded:/data/ch", "/data/ch", "strata")]
    [InlineData("embedded:/data/ch?database=test_1", "/data/ch", "test_1")]
    public void Embedded_locations_name_a_directory_and_optionally_a_database(string text, string directory, string database)
    {
        Assert.Equal(new ClickHouseLocation.Embedded(directory, database), ClickHouseLocation.Parse(text));
    }

    [Theory]
    [InlineData("https://reader:s3cret@ch.example.com:8443/warehouse", "warehouse")]
    [InlineData("http://localhost:8123", "strata")]
    public void Http_urls_name_a_server_and_its_database(string text, string database)
    {
        var server = Assert.IsType<ClickHouseLocation.Server>(ClickHouseLocation.Parse(text));

        Assert.Equal(new Uri(text), server.Address);
        Assert.Equal(database, server.Database);
    }

    [Theory]
    [InlineData("tcp://host:9000")]
    [InlineData("embedded:")]
    [InlineData("/just/a/path")]
    public void Anything_else_is_refused_with_the_accepted_forms(string text)
    {
        var error = Assert.Throws<StrataException>(() => ClickHouseLocation.Parse(text));

        Assert.Contains("embedded:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_name_that_is_not_a_plain_identifier_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ClickHouseLocation.Parse("embedded:/d?database=x`; DROP"));
    }

    [Fact]
    public void Server_error_text_with_a_version_suffix_reads_the_same_as_embedded_text()
    {
        var error = ClickHouseException.FromText("Code: 60. DB::Exception: Table warehouse.nope does not exist. (UNKNOWN_TABLE) (version 25.8.1.1)");

        Assert.Equal((60, "UNKNOWN_TABLE", "Table warehouse.nope does not exist"), (error.Code, error.Name, error.Detail));
    }

    [Fact]
    public void Postgres_source_parameters_come_from_the_connection_string()
    {
        var parameters = PostgresSource.Parameters("Host=db.internal;Port=6432;Username=etl;Password=p@ss;Database=raw");

        Assert.Equal(
            new Dictionary<string, object?> { ["pg_address"] = "db.internal:6432", ["pg_database"] = "raw", ["pg_user"] = "etl", ["pg_password"] = "p@ss" },
            parameters);
    }

    [Fact]
    public void Postgres_over_a_unix_socket_cannot_be_reached_by_clickhouse()
    {
        Assert.Throws<StrataException>(() => PostgresSource.Parameters("Host=/var/run/postgresql;Username=etl;Database=raw"));
    }
}
