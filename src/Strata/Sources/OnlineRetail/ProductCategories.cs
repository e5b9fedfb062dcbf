namespace Strata.Sources.OnlineRetail;

/// <summary>
/// The export has no product category, but the contract requires one: a category is read off keywords
/// of the description, the first matching group winning (so "CHRISTMAS ... T-LIGHT" is Christmas, not
/// Lighting). Deliberately simple and documented (docs/ingest.md); anything unmatched is "Uncategorised".
/// </summary>
public static class ProductCategories
{
    public const string Uncategorised = "Uncategorised";

    private static readonly char[] Separators = [' ', ',', '.', '-', '/', '+', '&', '"', '\'', '(', ')'];

    private static readonly (string Category, HashSet<string> Keywords)[] Groups =
    [
        ("Christmas", Words("CHRISTMAS XMAS ADVENT SANTA REINDEER SNOWFLAKE SNOWMAN NATIVITY")),
        ("Lighting", Words("LIGHT LIGHTS LANTERN LAMP CANDLE CANDLES NIGHTLIGHT")),
        ("Kitchen & Dining", Words("MUG MUGS CUP CUPS PLATE PLATES BOWL BOWLS JUG TEA TEAPOT CAKE CAKES LUNCHBOX LUNCH BAKING SPOON SPOONS "
            + "DISH GLASS GOBLET CUTLERY NAPKINS JAR COASTER COASTERS TIN TINS")),
        ("Bags & Storage", Words("BAG BAGS BOX BOXES BASKET STORAGE POT CASE")),
        ("Stationery & Gift Wrap", Words("CARD CARDS WRAP WRAPS STICKER STICKERS PAPER NOTEBOOK PENCIL PENCILS PEN WRITING CHALK")),
        ("Toys & Games", Words("TOY TOYS GAME GAMES DOLL PUZZLE JIGSAW DOMINOES PLAYHOUSE BLOCK")),
        ("Jewellery & Accessories", Words("BRACELET NECKLACE EARRINGS BROOCH RING UMBRELLA APRON PURSE")),
        ("Home Decor", Words("SIGN FRAME CLOCK DOORMAT MAT WREATH GARLAND ORNAMENT DECORATION DECORATIONS HEART CUSHION KNOB CABINET MIRROR "
            + "VASE BUNTING LETTERS BOTTLE DOORSTOP")),
    ];

    public static string Of(string description)
    {
        var words = description.ToUpperInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return Groups.FirstOrDefault(group => words.Any(group.Keywords.Contains)).Category ?? Uncategorised;
    }

    private static HashSet<string> Words(string keywords) => [.. keywords.Split(' ')];
}
