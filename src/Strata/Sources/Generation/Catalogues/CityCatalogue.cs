namespace Strata.Sources.Generation.Catalogues;

/// <summary>A city customers live in, the federal district (region) it belongs to, and its population in thousands.</summary>
internal sealed record City(string Name, string Region, int PopulationThousands);

/// <summary>
/// Russian cities (2021 census, rounded) grouped into the eight federal districts. Customers are drawn in
/// proportion to population, so Moscow and Saint Petersburg dominate as they do in real Russian e-commerce.
/// Names are Latin transliterations in Title Case, which the ingest's case normalisation leaves unchanged.
/// </summary>
internal static class CityCatalogue
{
    public const string Country = "Russia";

    public static IReadOnlyList<City> All { get; } =
    [
        .. District("Central",
            ("Moscow", 13010), ("Voronezh", 1058), ("Yaroslavl", 577), ("Ryazan", 525), ("Lipetsk", 503), ("Tula", 473),
            ("Kursk", 440), ("Tver", 416), ("Bryansk", 379), ("Ivanovo", 361), ("Vladimir", 349), ("Belgorod", 339),
            ("Kaluga", 337), ("Smolensk", 320)),
        .. District("Northwestern",
            ("Saint Petersburg", 5384), ("Kaliningrad", 490), ("Vologda", 313), ("Arkhangelsk", 301), ("Murmansk", 270),
            ("Petrozavodsk", 229), ("Veliky Novgorod", 224), ("Pskov", 193)),
        .. District("Southern",
            ("Rostov-On-Don", 1142), ("Krasnodar", 1099), ("Volgograd", 1028), ("Astrakhan", 475), ("Sochi", 466),
            ("Taganrog", 248), ("Maykop", 141)),
        .. District("North Caucasian",
            ("Makhachkala", 623), ("Stavropol", 547), ("Grozny", 324), ("Vladikavkaz", 295), ("Nalchik", 247)),
        .. District("Volga",
            ("Kazan", 1309), ("Nizhny Novgorod", 1229), ("Samara", 1173), ("Ufa", 1144), ("Perm", 1034), ("Saratov", 901),
            ("Tolyatti", 685), ("Izhevsk", 646), ("Ulyanovsk", 625), ("Orenburg", 572), ("Naberezhnye Chelny", 548),
            ("Penza", 517), ("Cheboksary", 497), ("Kirov", 470), ("Saransk", 319), ("Yoshkar-Ola", 281)),
        .. District("Ural",
            ("Yekaterinburg", 1544), ("Chelyabinsk", 1189), ("Tyumen", 847), ("Magnitogorsk", 413), ("Surgut", 396),
            ("Nizhny Tagil", 338), ("Kurgan", 309)),
        .. District("Siberian",
            ("Novosibirsk", 1634), ("Krasnoyarsk", 1188), ("Omsk", 1126), ("Barnaul", 630), ("Irkutsk", 617),
            ("Tomsk", 568), ("Kemerovo", 557), ("Novokuznetsk", 537)),
        .. District("Far Eastern",
            ("Khabarovsk", 617), ("Vladivostok", 603), ("Ulan-Ude", 437), ("Yakutsk", 355), ("Chita", 350),
            ("Blagoveshchensk", 241), ("Yuzhno-Sakhalinsk", 181), ("Petropavlovsk-Kamchatsky", 165)),
    ];

    private static IEnumerable<City> District(string region, params (string Name, int Population)[] cities) =>
        cities.Select(city => new City(city.Name, region, city.Population));
}
