namespace Strata.Sources.Generation.Catalogues;

/// <summary>
/// The assortment of a Russian online shop. Seasons are what analytics should find: garden, outdoor and summer
/// clothing in summer; heaters and winter clothing in winter; toys and electronics before New Year; beauty
/// before 8 March; stationery before school starts on 1 September; sports after New Year's resolutions.
/// </summary>
internal static class CategoryCatalogue
{
    /// <summary>Wholesalers that supply every category, next to each category's specialists.</summary>
    public static IReadOnlyList<string> Distributors { get; } = ["Vostok Trading", "Yug Distribution", "Sibir Logistics"];

    public static IReadOnlyList<string> Colours { get; } = ["Black", "White", "Grey", "Navy", "Red", "Green", "Beige", "Blue"];

    public static IReadOnlyList<Category> All { get; } =
    [
        new("Electronics", 0.12, 990, 59_990,
            new(1.00, 0.90, 0.95, 0.90, 0.90, 0.90, 0.90, 0.95, 1.00, 1.05, 1.35, 1.60), Women: 0.8, Men: 1.3,
            ["Wireless Headphones", "Bluetooth Speaker", "Smartwatch", "Power Bank", "Action Camera", "E-Book Reader",
             "Tablet", "Smartphone", "Wireless Mouse", "Mechanical Keyboard", "Monitor", "Robot Vacuum"],
            ["Baikal Electronics", "Vostok Digital", "Neva Tech"]) { Coloured = true },
        new("Kitchen", 0.11, 290, 24_990,
            new(0.90, 0.95, 1.10, 0.95, 0.95, 0.90, 0.90, 0.95, 1.00, 1.00, 1.10, 1.30), Women: 1.2, Men: 0.8,
            ["Frying Pan", "Chef's Knife", "Electric Kettle", "Blender", "Coffee Maker", "Cutting Board", "Cookware Set",
             "Toaster", "Food Storage Set", "Slow Cooker", "Tea Set"],
            ["Polyus Home", "Domovoy Kitchenware", "Samovar Trading"]),
        new("Garden", 0.07, 190, 34_990,
            new(0.25, 0.30, 0.70, 1.60, 2.30, 2.00, 1.60, 1.20, 0.70, 0.35, 0.25, 0.25), Women: 1.0, Men: 1.0,
            ["Garden Hose", "Pruning Shears", "Lawn Mower", "Watering Can", "Seed Starter Kit", "Garden Gloves",
             "Sprinkler", "Wheelbarrow", "Planter Box", "Hedge Trimmer", "Greenhouse Film", "Rake"],
            ["Dacha Garden Supply", "Sever Garden", "Ogorod Tools"]),
        new("Outdoor", 0.06, 490, 29_990,
            new(0.50, 0.50, 0.70, 1.10, 1.70, 1.90, 1.90, 1.40, 0.90, 0.60, 0.50, 0.55), Women: 0.85, Men: 1.2,
            ["Camping Tent", "Sleeping Bag", "Hiking Backpack", "Folding Chair", "Portable Grill", "Cooler Bag",
             "Fishing Rod", "Trekking Poles", "Camping Stove", "Hammock", "Mosquito Net"],
            ["Taiga Outdoor", "Altai Expedition"]) { Coloured = true },
        new("Heaters", 0.04, 1490, 19_990,
            new(2.40, 1.80, 0.90, 0.35, 0.20, 0.15, 0.15, 0.25, 0.80, 1.70, 2.10, 2.40), Women: 1.0, Men: 1.0,
            ["Oil Heater", "Fan Heater", "Infrared Heater", "Convector Heater", "Heated Blanket", "Ceramic Heater", "Towel Warmer"],
            ["Teplo Appliances", "Ural Climate"]),
        new("Winter Clothing", 0.06, 990, 14_990,
            new(1.80, 1.20, 0.60, 0.25, 0.15, 0.12, 0.12, 0.30, 0.90, 1.90, 2.30, 2.10), Women: 1.1, Men: 0.95,
            ["Down Jacket", "Wool Scarf", "Knitted Hat", "Thermal Gloves", "Felt Boots", "Fleece Sweater",
             "Thermal Underwear", "Parka", "Winter Boots"],
            ["Neva Textiles", "Sibir Wear", "Yamal Apparel"]) { Coloured = true },
        new("Summer Clothing", 0.06, 390, 6990,
            new(0.40, 0.45, 0.70, 1.10, 1.60, 2.00, 1.90, 1.30, 0.70, 0.45, 0.40, 0.45), Women: 1.3, Men: 0.75,
            ["Linen Shirt", "Sundress", "Shorts", "Swimsuit", "Sandals", "Panama Hat", "T-Shirt", "Sunglasses", "Polo Shirt"],
            ["Neva Textiles", "Kuban Apparel", "Sochi Beachwear"]) { Coloured = true },
        new("Toys", 0.07, 199, 9990,
            new(0.70, 0.75, 0.80, 0.80, 0.85, 1.05, 0.80, 0.85, 0.85, 0.95, 1.35, 2.30), Women: 1.15, Men: 0.9,
            ["Building Blocks Set", "Plush Bear", "Board Game \"Space Race\"", "Puzzle", "Remote Control Car",
             "Doll House", "Toy Train", "Art Kit", "Science Kit", "Kick Scooter"],
            ["Zarya Toys", "Matryoshka Toys"]),
        new("Beauty", 0.08, 149, 5990,
            new(0.80, 1.15, 1.55, 0.95, 0.95, 0.90, 0.90, 0.90, 0.95, 1.00, 1.20, 1.45), Women: 1.8, Men: 0.45,
            ["Face Cream", "Shampoo", "Perfume", "Lipstick", "Hand Cream", "Hair Dryer", "Shower Gel", "Serum",
             "Nail Polish", "Beard Trimmer", "Gift Set"],
            ["Amur Beauty", "Zhemchug Cosmetics"]),
        new("Books", 0.07, 199, 2490,
            new(0.95, 0.95, 0.95, 0.95, 1.00, 1.05, 1.10, 1.10, 1.00, 0.95, 1.00, 1.30), Women: 1.15, Men: 0.9,
            ["Detective Novel", "Cookbook", "Fantasy Novel", "Children's Picture Book", "Travel Guide",
             "Poetry Collection", "Science Fiction Novel", "Self-Help Book", "Biography", "Atlas"],
            ["Oka Books", "Knizhny Mir Distribution"])
        {
            Modifiers = ["Illustrated", "Pocket", "Hardcover", "Collector's", "Bestselling", "Annotated"],
        },
        new("Sports", 0.07, 390, 39_990,
            new(1.45, 1.20, 1.05, 1.05, 1.15, 1.10, 1.00, 0.95, 1.05, 0.90, 0.85, 0.90), Women: 0.85, Men: 1.25,
            ["Yoga Mat", "Dumbbell Set", "Running Shoes", "Fitness Tracker", "Bicycle", "Skis", "Ice Skates",
             "Jump Rope", "Football", "Exercise Bike", "Protein Shaker"],
            ["Kama Sports", "Olimp Sport"]) { Coloured = true },
        new("Stationery", 0.06, 49, 2990,
            new(0.75, 0.80, 0.85, 0.80, 0.75, 0.65, 0.90, 2.40, 1.60, 0.90, 0.85, 0.95), Women: 1.1, Men: 0.9,
            ["Notebook", "Gel Pen Set", "School Backpack", "Pencil Case", "Colour Pencils", "Planner",
             "Desk Organiser", "Sketchbook", "Calculator", "Marker Set"],
            ["Oka Stationery", "Shkolnik Supply"]),
    ];
}
