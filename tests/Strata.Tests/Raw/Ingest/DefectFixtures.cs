namespace Strata.Tests.Raw.Ingest;

/// <summary>A small Strata CSV set holding genuine rows and every defect kind docs/csv-format.md lists, in each table it applies to.</summary>
public static class DefectFixtures
{
    public static CsvFixture Customers() => new CsvFixture("customer_data.csv", "customer_data", "customer_id,age,gender,city,region,country,registration_date")
        .Genuine("1,34,F,Berlin,Berlin,Germany,2023-01-05")
        .Genuine("2,51,M,Hamburg,Hamburg,Germany,2023-02-11")
        .Genuine("3,,,,,,2023-03-01")
        .Genuine("4,28,F,Москва,Центральный,Россия,2023-04-15")
        .InPlace("mixed_date_format", "5,40,M,Munich,Bavaria,Germany,20.05.2023", "5,40,M,Munich,Bavaria,Germany,2023-05-20")
        .InPlace("stray_whitespace_case", " 6 , 33, m ,\"  new   YORK \",new york,UNITED STATES,2023/06/01",
            "6,33,M,New York,New York,United States,2023-06-01")
        .Duplicate("2,51,M,Hamburg,Hamburg,Germany,2023-02-11")
        .Defect("conflicting_duplicate", "1,35,F,Berlin,Berlin,Germany,2023-01-05", "conflicting duplicate: customer_id 1 first appears on line 2")
        .Defect("missing_required", "900,30,F,Bonn,Nrw,Germany,", "registration_date: required, but empty")
        .Defect("unparseable_number", "901,3x,F,Bonn,Nrw,Germany,2023-01-01", "age: expected a whole number between 14 and 110, got \"3x\"")
        .Defect("unparseable_date", "902,30,F,Bonn,Nrw,Germany,2023-13-45", "registration_date: expected a date");

    public static CsvFixture Products() => new CsvFixture("product_data.csv", "product_data", "product_id,name,category,supplier,price")
        .Genuine("P00001,Wireless Mouse,Electronics,Logitech,25.00")
        .Genuine("P00002,\"Mug \"\"Big\"\"\",Kitchen,Acme,4.50")
        .Genuine("P00003,\"Desk, Oak\",Furniture,,199.99")
        .InPlace("stray_whitespace_case", "P00004,\"  Desk\r\n  Lamp \",LIGHTING,  ikea ,15.00", "P00004,Desk Lamp,Lighting,Ikea,15.00")
        .Duplicate("P00001,Wireless Mouse,Electronics,Logitech,25.00")
        .Defect("conflicting_duplicate", "P00002,Mug,Kitchen,Acme,5.00", "conflicting duplicate: product_id \"P00002\" first appears on line 3")
        .Defect("missing_required", "P00900,,Toys,,3.00", "name: required, but empty")
        .Defect("non_positive_price", "P00901,Ball,Toys,,0.00", "price: expected an amount")
        .Defect("non_positive_price", "P00902,Ball,Toys,,-1.00", "price: expected an amount")
        .Defect("unparseable_number", "P00903,Ball,Toys,,abc", "price: expected an amount")
        .Genuine("P00005,Cable,Electronics,Logitech,9.99");

    public static CsvFixture Sales() => new CsvFixture("sales_data.csv", "sales_data", "sale_id,sale_date,product_id,customer_id,quantity,price")
        .Genuine("1,2024-03-01 10:00:00,P00001,1,2,25.00")
        .Genuine("2,2024-03-01 11:00:00,P00002,2,1,4.50")
        .Genuine("3,2024-03-01 12:00:00,P00003,4,1,199.99")
        .InPlace("mixed_date_format", "4,01.03.2024 12:30,P00001,5,1,25.00", "4,2024-03-01 12:30:00,P00001,5,1,25.00")
        .InPlace("mixed_date_format", "5,2024/03/02 08:15:30,P00004,6,3,15.00", "5,2024-03-02 08:15:30,P00004,6,3,15.00")
        .InPlace("mixed_date_format", "6,2024-03-03T10:00:00+02:00,P00005,3,1,9.99", "6,2024-03-03 08:00:00,P00005,3,1,9.99")
        .InPlace("stray_whitespace_case", "7, 2024-03-05 09:00:00 , P00001 ,1, 1 ,25.00", "7,2024-03-05 09:00:00,P00001,1,1,25.00")
        .Duplicate("1,2024-03-01 10:00:00,P00001,1,2,25.00")
        .Defect("conflicting_duplicate", "2,2024-03-01 11:00:00,P00002,2,5,4.50", "conflicting duplicate: sale_id 2 first appears on line 3")
        .Defect("missing_required", "900,2024-03-01 10:00:00,,1,1,1.00", "product_id: required, but empty")
        .Defect("non_positive_quantity", "901,2024-03-01 10:00:00,P00001,1,0,25.00", "quantity: expected a whole number >= 1, got \"0\"")
        .Defect("non_positive_quantity", "902,2024-03-01 10:00:00,P00001,1,-3,25.00", "quantity: expected a whole number >= 1, got \"-3\"")
        .Defect("non_positive_price", "903,2024-03-01 10:00:00,P00001,1,1,0.00", "price: expected an amount")
        .Defect("unparseable_number", "904,2024-03-01 10:00:00,P00001,1,12x,25.00", "quantity: expected a whole number >= 1, got \"12x\"")
        .Defect("unparseable_date", "905,yesterday,P00001,1,1,25.00", "sale_date: expected a date and time")
        .Defect("future_date", "906,2091-01-01 00:00:00,P00001,1,1,25.00", "sale_date: 2091-01-01 00:00:00 is in the future")
        .Defect("unknown_reference", "907,2024-03-01 10:00:00,P09999,1,1,25.00", "unknown reference: product_id \"P09999\" is not in product_data")
        .Defect("unknown_reference", "908,2024-03-01 10:00:00,P00001,9999,1,25.00", "unknown reference: customer_id 9999 is not in customer_data");

    /// <summary>Returns of the sales above (cancelled_invoice: the sale_id taken back, or empty), with the sales' defect kinds.</summary>
    public static CsvFixture Returns() => new CsvFixture("returns_data.csv", "returns_data",
            "return_id,return_date,product_id,customer_id,quantity,price,cancelled_invoice")
        .Genuine("1,2024-03-04 10:00:00,P00001,1,1,25.00,1")
        .Genuine("2,2024-03-05 18:30:00,P00003,4,1,199.99,")
        .InPlace("mixed_date_format", "3,06.03.2024 09:15,P00004,6,2,15.00,5", "3,2024-03-06 09:15:00,P00004,6,2,15.00,5")
        .Duplicate("1,2024-03-04 10:00:00,P00001,1,1,25.00,1")
        .Defect("conflicting_duplicate", "2,2024-03-05 18:30:00,P00003,4,1,199.99,3", "conflicting duplicate: return_id 2 first appears on line 3")
        .Defect("missing_required", "900,,P00001,1,1,25.00,1", "return_date: required, but empty")
        .Defect("non_positive_quantity", "901,2024-03-04 10:00:00,P00001,1,-1,25.00,1", "quantity: expected a whole number >= 1, got \"-1\"")
        .Defect("unparseable_number", "902,2024-03-04 10:00:00,P00001,1,1,25.00,C489449", "cancelled_invoice: expected a whole number >= 1, got \"C489449\"")
        .Defect("future_date", "903,2091-01-01 00:00:00,P00001,1,1,25.00,1", "return_date: 2091-01-01 00:00:00 is in the future")
        .Defect("unknown_reference", "904,2024-03-04 10:00:00,P09999,1,1,25.00,", "unknown reference: product_id \"P09999\" is not in product_data");

    public static IReadOnlyList<CsvFixture> All() => [Customers(), Products(), Sales()];
}
