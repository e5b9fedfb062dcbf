namespace Strata.Sources.Generation.Output;

/// <summary>
/// Where a sales or a returns row holds the columns a line's defects touch: both files describe lines of goods (an id,
/// when, which product to which customer, how many at what price), so one set of defects serves both.
/// </summary>
internal sealed record LineColumns(int Id, int Date, int Product, int Customer, int Quantity, int Price);
