//! Reference tables of the 004 appendix: currencies, countries, customs and CIQ channels, bank
//! codes and transaction codes. Generated once from API.md §4; this file is now their source.

/// ISO-4217 currencies of the appendix (004:L5544-5562; the repeated `MOP` row once).
pub const CURRENCIES: &[&str] = &[
    "CNY", "HKD", "USD", "EUR", "JPY", "GBP", "AUD", "CAD", "NZD", "SGD", "MOP", "CHF", "SEK",
    "DKK", "NOK",
];

/// Alpha-3 country codes of §9.7 (004:L5865-6086).
pub const COUNTRIES: &[&str] = &[
    "ALB", "DZA", "ARG", "ARE", "ABW", "OMN", "AZE", "EGY", "ETH", "IRL", "EST", "AND", "AGO",
    "AIA", "ATG", "AUT", "AUS", "MAC", "BRB", "PNG", "BHS", "PRY", "PSE", "BHR", "PAN", "BRA",
    "BLR", "BMU", "BGR", "MNP", "PLW", "BEN", "CRI", "GRD", "GRL", "GEO", "GLP", "GUM", "GUY",
    "KAZ", "HTI", "KOR", "NLD", "ANT", "HMD", "HND", "KIR", "DJI", "KGZ", "GIN", "GNB", "CAN",
    "GHA", "GAB", "KHM", "CZE", "CMR", "QAT", "CYM", "CCK", "COM", "KWT", "KEN", "COK", "LVA",
    "LSO", "LAO", "LBY", "SGS", "NRU", "NPL", "NIC", "NER", "NGA", "NIU", "NOR", "NFK", "PCN",
    "PRT", "JPN", "SWE", "CHE", "SLV", "SEN", "SYC", "SAU", "CXR", "SHN", "KNA", "LCA", "SMR",
    "SPM", "VCT", "LKA", "SVK", "SVN", "SJM", "SWZ", "SUR", "SLB", "TJK", "THA", "VGB", "IOT",
    "JOR", "VNM", "ZMB", "TCD", "GIB", "CHL", "CAF", "CHN", "TWN", "SRB", "MNE", "BEL", "ISL",
    "PRI", "POL", "BOL", "BWA", "BLZ", "BTN", "BDI", "BVT", "GNQ", "DNK", "DEU", "TMP", "TGO",
    "DOM", "DMA", "RUS", "ECU", "ERI", "FRA", "FRO", "PYF", "GUF", "ATF", "VAT", "PHL", "FJI",
    "FIN", "CPV", "GMB", "COG", "COL", "LTU", "LIE", "REU", "LUX", "ROM", "MDG", "MLT", "MDV",
    "FLK", "MWI", "MYS", "MLI", "MHL", "MTQ", "MYT", "MUS", "MRT", "USA", "ASM", "UMI", "VIR",
    "MNG", "MSR", "BGD", "PER", "FSM", "MMR", "MDA", "MAR", "MCO", "MOZ", "MEX", "NAM", "ZAF",
    "ATA", "TZA", "TON", "TCA", "TTO", "TUN", "TUV", "TUR", "TKM", "TKL", "WLF", "VUT", "GTM",
    "VEN", "BRN", "UGA", "UKR", "URY", "UZB", "ESP", "ESH", "WSM", "GRC", "HKG", "SGP", "NCL",
    "NZL", "HUN", "SYR", "JAM", "ARM", "YEM", "ISR", "ITA", "IND", "IDN", "GBR",
];

/// Customs channels (004:L5649-5664).
pub const CUSTOMS_IDS: &[&str] = &[
    "CQZS", "GZHG", "BJZS", "NB", "ZZZS", "QDZS", "SZHG", "HZHG", "SHHG", "FZHG", "PTHG", "FSHG",
    "WHHG",
];

/// CIQ channels (004:L5665-5669).
pub const CIQ_CODES: &[&str] = &["GJHP", "GJNS"];

/// Banks for credit cards (004:L5563-5630).
pub const CREDIT_CARD_BANKS: &[&str] = &[
    "ICBC", "CCB", "ABC", "BOC", "PSBC", "COMM", "CITIC", "CEB", "HXB", "CMBC", "CMB", "SHB",
    "BJB", "BEA", "CIB", "NBB", "SPDB", "GDB", "SPAB", "BSB", "CSCB", "CDB", "CDRCB", "CRCB",
    "CQB", "DLB", "DYCCB", "ORBANK", "FJNXB", "GYB", "GCB", "GRCB", "HEBB", "HNNXB", "HSB", "BHB",
    "HZCB", "BOJZ", "CSRCB", "JSB", "JRCB", "JJCCB", "LZB", "DAQINGB", "QHB", "SHRCB", "SRB",
    "SDEB", "TZCB", "WHSHB", "WFCCB", "WZCB", "URMQCCB", "WRCB", "YCCB", "YZB", "CZCB", "ZJTLCB",
    "MTBANK", "NJCB", "NCB", "QLBANK", "YDRCB", "WJRCB", "CZSB",
];

/// Banks for debit cards (004:L5631-5648).
pub const DEBIT_CARD_BANKS: &[&str] = &[
    "SPDB", "CCB", "ABC", "BOC", "CITIC", "CEB", "CMB", "ICBC", "CMBC", "GDB", "COMM", "SPAB",
    "CIB", "SHB", "CZSB",
];

/// One row of the transaction-code table (004:L5261-5290).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct TransCode {
    /// The code sent in `trans_code` and `business_code`.
    pub code: &'static str,
    /// Type of trade.
    pub trade: &'static str,
    /// Postscript.
    pub description: &'static str,
    /// Seed line.
    pub source: &'static str,
}

/// Every transaction code: the 27 rows of the 004 table, plus `01121990`, which 001/003
/// use for goods (001:L88, 003:L155) and 004's `order_sub_type` text still names (L5190).
pub const TRANS_CODES: &[TransCode] = &[
    TransCode {
        code: "01122030",
        trade: "Goods trade",
        description: "E-Commerce",
        source: "004:L5264",
    },
    TransCode {
        code: "02223022",
        trade: "Study Abroad",
        description: "Tuition travel for study abroad and education (above one year)",
        source: "004:L5265",
    },
    TransCode {
        code: "02223023",
        trade: "Study Abroad",
        description: "Tuition travel for study abroad and education (one year or less)",
        source: "004:L5266",
    },
    TransCode {
        code: "03222024",
        trade: "Air ticket",
        description: "Air ticket for going abroad",
        source: "004:L5267",
    },
    TransCode {
        code: "03223010",
        trade: "Air ticket",
        description: "Business trip air ticket",
        source: "004:L5268",
    },
    TransCode {
        code: "03223021",
        trade: "Air ticket",
        description: "Air ticket for receiving medical treatment and health examination",
        source: "004:L5269",
    },
    TransCode {
        code: "03223022",
        trade: "Air ticket",
        description: "Air ticket for study abroad and education (above one year)",
        source: "004:L5270",
    },
    TransCode {
        code: "03223023",
        trade: "Air ticket",
        description: "Air ticket for study abroad and education (one year or less)",
        source: "004:L5271",
    },
    TransCode {
        code: "03223029",
        trade: "Air ticket",
        description: "Other private travel air ticket",
        source: "004:L5272",
    },
    TransCode {
        code: "04223010",
        trade: "Hotel Booking",
        description: "Hotel for study abroad and education (one year or less)",
        source: "004:L5273",
    },
    TransCode {
        code: "04223021",
        trade: "Hotel Booking",
        description: "Other private travel hotel",
        source: "004:L5274",
    },
    TransCode {
        code: "04223022",
        trade: "Hotel Booking",
        description: "Business trip hotel",
        source: "004:L5275",
    },
    TransCode {
        code: "04223023",
        trade: "Hotel Booking",
        description: "Hotel for receiving medical treatment and health examination",
        source: "004:L5276",
    },
    TransCode {
        code: "04223029",
        trade: "Hotel Booking",
        description: "Hotel for study abroad and education (above one year)",
        source: "004:L5277",
    },
    TransCode {
        code: "05227010",
        trade: "Phone Bill",
        description: "Mobile telecommunications service",
        source: "004:L5278",
    },
    TransCode {
        code: "06223010",
        trade: "Travelling",
        description: "Business trip",
        source: "004:L5279",
    },
    TransCode {
        code: "06223021",
        trade: "Travelling",
        description: "Trip for receiving medical treatment and health",
        source: "004:L5280",
    },
    TransCode {
        code: "06223022",
        trade: "Travelling",
        description: "Study abroad and education (above one year)",
        source: "004:L5281",
    },
    TransCode {
        code: "06223023",
        trade: "Travelling",
        description: "Study abroad and education (one year or less)",
        source: "004:L5282",
    },
    TransCode {
        code: "06223029",
        trade: "Travelling",
        description: "Other private travelling",
        source: "004:L5283",
    },
    TransCode {
        code: "07222012",
        trade: "Transportation",
        description: "Ocean freight service (import to China)",
        source: "004:L5284",
    },
    TransCode {
        code: "07222022",
        trade: "Transportation",
        description: "Air freight service (import to China)",
        source: "004:L5285",
    },
    TransCode {
        code: "07222032",
        trade: "Transportation",
        description: "Other Freight service (import to China)",
        source: "004:L5286",
    },
    TransCode {
        code: "08227020",
        trade: "Software service",
        description: "Software service",
        source: "004:L5287",
    },
    TransCode {
        code: "08231030",
        trade: "Software service",
        description: "License fee for copying or distributing computer software",
        source: "004:L5288",
    },
    TransCode {
        code: "09228025",
        trade: "International exhibition",
        description: "Exhibition services",
        source: "004:L5289",
    },
    TransCode {
        code: "00228024",
        trade: "Advertising services",
        description: "Advertising services",
        source: "004:L5290",
    },
    TransCode {
        code: "01121990",
        trade: "Goods trade",
        description: "Goods trade (001/003 only)",
        source: "001:L88; 003:L155",
    },
];

/// Whether `code` is a known transaction code.
pub fn is_trans_code(code: &str) -> bool {
    TRANS_CODES.iter().any(|t| t.code == code)
}

/// English names of the banks of both lists (004:L5563-5648), by code.
pub const BANK_NAMES: &[(&str, &str)] = &[
    ("ICBC", "Industrial and Commercial Bank of China"),
    ("CCB", "China Construction Bank"),
    ("ABC", "Agricultural Bank of China"),
    ("BOC", "Bank of China"),
    ("PSBC", "Postal Savings Bank of China"),
    ("COMM", "Bank of Communications"),
    ("CITIC", "China Citic Bank"),
    ("CEB", "China Everbright Bank"),
    ("HXB", "Hua Xia Bank"),
    ("CMBC", "China Minsheng Bank"),
    ("CMB", "China Merchants Bank"),
    ("SHB", "Bank of Shanghai"),
    ("BJB", "Bank of Beijing"),
    ("BEA", "Bank of East Asia"),
    ("CIB", "China Industrial Bank"),
    ("NBB", "Bank of Ningbo"),
    ("SPDB", "Shanghai Pudong Development Bank"),
    ("GDB", "Guangdong Development Bank"),
    ("SPAB", "Ping An Bank"),
    ("BSB", "Baoshang Bank"),
    ("CSCB", "Bank of Changsha"),
    ("CDB", "Bank of Chengde"),
    ("CDRCB", "Chengdu Rural Commercial Bank"),
    ("CRCB", "Chongqing Rural Commercial Bank"),
    ("CQB", "Bank of Chongqing"),
    ("DLB", "Bank of Dalian"),
    ("DYCCB", "Dongying Commercial Bank"),
    ("ORBANK", "Erdos Bank"),
    ("FJNXB", "Rural Credit Cooperative of Fujian"),
    ("GYB", "Bank of Guiyang"),
    ("GCB", "Bank of Guangzhou"),
    ("GRCB", "Guangzhou Rural Commercial Bank"),
    ("HEBB", "Harbin Bank"),
    ("HNNXB", "Rural Credit Cooperative of Hunan"),
    ("HSB", "Huishang Bank"),
    ("BHB", "Bank of Hebei"),
    ("HZCB", "Bank of Hangzhou"),
    ("BOJZ", "Bank of Jinzhou"),
    ("CSRCB", "Jiangsu Changshu Rural Commercial Bank"),
    ("JSB", "Bank of Jiangsu"),
    ("JRCB", "Jiangyin Rural Commercial Bank"),
    ("JJCCB", "Bank of Jiujiang"),
    ("LZB", "Bank of Lanzhou"),
    ("DAQINGB", "Bank of Longjiang"),
    ("QHB", "Bank of Qinghai"),
    ("SHRCB", "Shanghai Rural Commercial Bank"),
    ("SRB", "Bank of Shangrao"),
    ("SDEB", "Shunde Rural Commercial Bank"),
    ("TZCB", "Bank of Taizhou"),
    ("WHSHB", "Weihai City Commercial Bank"),
    ("WFCCB", "Bank of Weifang"),
    ("WZCB", "Bank of Wenzhou"),
    ("URMQCCB", "Urumqi City Commercial Bank"),
    ("WRCB", "Wuxi Rural Commercial Bank"),
    ("YCCB", "Yichang City Commercial Banks"),
    ("YZB", "Bank of Yinzhou"),
    ("CZCB", "Zhejiang Chouzhou Commercial Bank"),
    ("ZJTLCB", "Zhejiang Tailong Commercial Bank"),
    ("MTBANK", "Zhejiang Mintai Commercial Bank"),
    ("NJCB", "Bank of Nanjing"),
    ("NCB", "Bank of Nanchang"),
    ("QLBANK", "Qilu Bank"),
    ("YDRCB", "Yaodu Rural Commercial Bank"),
    ("WJRCB", "Wujiang Rural Commercial Bank"),
    ("CZSB", "CHINA ZHESHANG BANK CO., LTD."),
];

/// The English name of a bank code.
pub fn bank_name(code: &str) -> Option<&'static str> {
    BANK_NAMES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}
