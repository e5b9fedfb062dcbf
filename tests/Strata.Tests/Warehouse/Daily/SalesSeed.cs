namespace Strata.Tests.Warehouse.Daily;

/// <summary>
/// A small, deterministic raw tier: 40 customers (some with no age, gender or region), 12 products in 4
/// categories (some without a supplier), and 700 sales every 3h05m13.5s from 2024-01-01 to 2024-03-31 UTC,
/// so the sales span three month partitions and carry sub-second timestamps. Every row was last updated
/// on 2024-04-02, before any run: only what a test changes afterwards counts as changed.
/// </summary>
internal static class SalesSeed
{
    public const string Sql = """
        INSERT INTO customer_data (customer_id, age, gender, city, region, country, registration_date, source_file, updated_at)
        SELECT i,
               CASE WHEN i % 9 = 0 THEN NULL ELSE 16 + (i * 7) % 60 END,
               CASE WHEN i % 7 = 0 THEN NULL WHEN i % 2 = 0 THEN 'F' ELSE 'M' END,
               'City ' || (i % 5),
               CASE WHEN i % 11 = 0 THEN NULL ELSE 'Region ' || (i % 3) END,
               'Germany',
               DATE '2023-01-01' + i,
               'seed',
               TIMESTAMPTZ '2024-04-02 00:00:00+00'
        FROM generate_series(1, 40) AS i;

        INSERT INTO product_data (product_id, name, category, supplier, price, source_file, updated_at)
        SELECT 'P' || lpad(i::text, 3, '0'), 'Product ' || i, 'Category ' || (i % 4),
               CASE WHEN i % 5 = 0 THEN NULL ELSE 'Supplier ' || (i % 3) END, 1.99 + i, 'seed',
               TIMESTAMPTZ '2024-04-02 00:00:00+00'
        FROM generate_series(1, 12) AS i;

        INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file, updated_at)
        SELECT i,
               TIMESTAMPTZ '2024-01-01 00:00:00+00' + i * INTERVAL '3 hours 5 minutes 13.5 seconds',
               'P' || lpad((1 + i % 12)::text, 3, '0'),
               1 + (i * 13) % 40,
               1 + i % 4,
               round(2.49 + (i % 17) * 1.37, 2),
               'seed',
               TIMESTAMPTZ '2024-04-02 00:00:00+00'
        FROM generate_series(1, 700) AS i;
        """;
}
