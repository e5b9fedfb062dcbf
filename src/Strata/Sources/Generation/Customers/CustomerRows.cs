using Strata.Contracts;
using Strata.Sources.Generation.Catalogues;
using Strata.Sources.Generation.Output;

namespace Strata.Sources.Generation.Customers;

/// <summary>A customer as a customer_data.csv row; unknown age or gender stay empty.</summary>
internal static class CustomerRows
{
    public static readonly int Id = Column("customer_id");
    public static readonly int Age = Column("age");
    public static readonly int Gender = Column("gender");
    public static readonly int City = Column("city");
    public static readonly int Region = Column("region");
    public static readonly int Country = Column("country");
    public static readonly int Registered = Column("registration_date");

    public static int Width => RawTables.Customers.Columns.Count;

    public static void Render(Customer customer, string[] row)
    {
        row[Id] = CsvText.Integer(customer.Id);
        row[Age] = customer.Age is { } age ? CsvText.Integer(age) : "";
        row[Gender] = customer.Gender ?? "";
        row[City] = customer.City.Name;
        row[Region] = customer.City.Region;
        row[Country] = CityCatalogue.Country;
        row[Registered] = CsvText.Date(customer.Registered);
    }

    private static int Column(string name) => ColumnIndex.Of(RawTables.Customers, name);
}
