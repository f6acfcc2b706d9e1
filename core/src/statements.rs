//! The three CSV statement files, kept as raw bytes and read by a tolerant parser.
//!
//! The documents describe the layouts loosely (API.md Q25): a `…START` record, one line per
//! transaction, an `…END` record; `N/A` for empty; 004 and 003 disagree on the transaction file's
//! columns (20 against 15); the example is wrapped in `[`/`]` lines. The charset is not stated.
//! [`parse_statement`] accepts all of that: it keys on the header and trailer records, strips
//! a BOM and the bracket lines, accepts CRLF, quoted fields and missing trailing columns, names
//! columns by the layout (choosing 004's or 003's transaction columns by count), reads `N/A` and
//! empty fields as null, and records what it tolerated in `warnings` instead of failing. The raw
//! bytes are always kept.

use std::fmt;

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// The documented statement layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum StatementLayout {
    /// `SETTLEDETAIL-START … SETTLEDETAIL-END` (004:L3444-3487).
    SettlementDetail,
    /// `TRANSDETAIL-START … TRANSDETAIL-END` (004:L3572-3606; 003:L926-975).
    TransactionDetail,
    /// `MONTHLYBILL_START … MONTHLYBILL_END` (004:L3645-3677).
    MonthlyBill,
}

const SETTLEMENT_COLUMNS: &[&str] = &[
    "tradeNo",
    "tranType",
    "tranState",
    "productName",
    "mainOrderId",
    "platDateTime",
    "currency",
    "cbAmount",
    "rate",
    "amount",
    "comAmt",
    "sendTime",
    "buyForexNo",
    "buyForexRate",
    "buyCurrencyId",
    "foreignAmount",
    "oriOrderId",
    "refundNo",
    "refundAmountRequested",
];
const SETTLEMENT_TRAILER: &[&str] = &[
    "merId",
    "settleDate",
    "transactionCount",
    "totalReferenceForeignAmount",
    "settlementAmount",
    "settlementCurrency",
];

const TRANSACTION_COLUMNS_004: &[&str] = &[
    "tradeno",
    "mobileid",
    "orderid",
    "orderdate",
    "platdate",
    "plattime",
    "currency",
    "cbamount",
    "amount",
    "exchangerate",
    "settledate",
    "transtate",
    "transtype",
    "productid",
    "merdate",
    "refundno",
    "prefundtradeno",
    "cardholder",
    "identifycode",
    "comamt",
];
/// 003:L952-975 (15 columns).
const TRANSACTION_COLUMNS_003: &[&str] = &[
    "tradeNo",
    "mobileId",
    "orderId",
    "orderDate",
    "platDate",
    "platTime",
    "currency",
    "cbAmount",
    "amount",
    "exchangeRate",
    "settleDate",
    "transState",
    "transType",
    "productId",
    "refundNo",
];
const TRANSACTION_TRAILER: &[&str] = &["merId", "settleDate", "transactionCount"];

const MONTHLY_COLUMNS: &[&str] = &[
    "order_id_or_refund_no",
    "trade_no",
    "order_form_time",
    "order_finish_time",
    "product_name",
    "merchant_amount",
    "merchant_currency",
    "transaction_rate",
    "transaction_amount",
    "fee",
    "net_amount",
    "transaction_type",
    "transaction_state",
    "purchase_date",
    "purchase_rate",
    "reference_foreign_amount",
    "settle_currency",
    "settle_state",
    "settle_date",
    "origin_order_id",
];
const MONTHLY_TRAILER: &[&str] = &[
    "merId",
    "billingCycle",
    "transactionCount",
    "settleCurrency",
    "totalForeignExchangePurchase",
    "totalPayment",
];

/// Columns holding personal data (cardholder name, ID number): kept, never printed by `Debug`.
const PERSONAL_COLUMNS: &[&str] = &["cardholder", "identifycode", "mobileid", "mobileId"];

impl StatementLayout {
    fn tag(self) -> &'static str {
        match self {
            StatementLayout::SettlementDetail => "SETTLEDETAIL",
            StatementLayout::TransactionDetail => "TRANSDETAIL",
            StatementLayout::MonthlyBill => "MONTHLYBILL",
        }
    }

    fn header_fields(self) -> &'static [&'static str] {
        match self {
            StatementLayout::MonthlyBill => &["merId", "settleMonth"],
            _ => &["merId", "settleDate"],
        }
    }

    fn trailer_fields(self) -> &'static [&'static str] {
        match self {
            StatementLayout::SettlementDetail => SETTLEMENT_TRAILER,
            StatementLayout::TransactionDetail => TRANSACTION_TRAILER,
            StatementLayout::MonthlyBill => MONTHLY_TRAILER,
        }
    }

    /// Column names for rows of `width` fields.
    fn columns(self, width: usize) -> &'static [&'static str] {
        match self {
            StatementLayout::SettlementDetail => SETTLEMENT_COLUMNS,
            StatementLayout::TransactionDetail if width == TRANSACTION_COLUMNS_003.len() => {
                TRANSACTION_COLUMNS_003
            }
            StatementLayout::TransactionDetail => TRANSACTION_COLUMNS_004,
            StatementLayout::MonthlyBill => MONTHLY_COLUMNS,
        }
    }
}

/// A downloaded statement: the bytes as received and, when they could be read, the parse.
#[derive(Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct StatementFile {
    /// The file exactly as received.
    // JSON has no bytes, so serde writes lossy UTF-8 text; the npm package, whose TypeScript
    // this is, hands over the bytes themselves (the charset is not documented, API.md Q25).
    #[serde(serialize_with = "utf8_lossy")]
    #[cfg_attr(feature = "tsify", tsify(type = "Uint8Array"))]
    pub raw: Vec<u8>,
    /// The parse, or `None` when the file is not the expected layout.
    pub statement: Option<Statement>,
    /// Why it could not be parsed.
    pub parse_error: Option<String>,
}

fn utf8_lossy<S: Serializer>(raw: &[u8], s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&String::from_utf8_lossy(raw))
}

impl fmt::Debug for StatementFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatementFile")
            .field("raw_len", &self.raw.len())
            .field("statement", &self.statement)
            .field("parse_error", &self.parse_error)
            .finish()
    }
}

impl StatementFile {
    /// Keeps `raw` and parses it as `layout`.
    pub fn read(layout: StatementLayout, raw: Vec<u8>) -> Self {
        match parse_statement(layout, &raw) {
            Ok(statement) => StatementFile {
                raw,
                statement: Some(statement),
                parse_error: None,
            },
            Err(e) => StatementFile {
                raw,
                statement: None,
                parse_error: Some(e.to_string()),
            },
        }
    }
}

/// A parsed statement.
#[derive(Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Statement {
    /// The layout.
    pub layout: StatementLayout,
    /// Header record fields by name (`merId`, `settleDate` / `settleMonth`).
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string | null>"))]
    pub header: Map<String, Value>,
    /// One object per transaction line, by column name; `N/A` and empty are null.
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string | null>[]"))]
    pub rows: Vec<Map<String, Value>>,
    /// Trailer record fields by name (counts and totals).
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string | null>"))]
    pub trailer: Map<String, Value>,
    /// What was tolerated (bracket lines, short rows, count mismatch, non-UTF-8 bytes).
    pub warnings: Vec<String>,
}

impl fmt::Debug for Statement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted: Vec<Map<String, Value>> = self
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|(k, v)| {
                        if PERSONAL_COLUMNS.contains(&k.as_str()) && !v.is_null() {
                            (k.clone(), Value::String("***".into()))
                        } else {
                            (k.clone(), v.clone())
                        }
                    })
                    .collect()
            })
            .collect();
        f.debug_struct("Statement")
            .field("layout", &self.layout)
            .field("header", &self.header)
            .field("rows", &redacted)
            .field("trailer", &self.trailer)
            .field("warnings", &self.warnings)
            .finish()
    }
}

/// Splits one CSV line: commas, optional RFC 4180 quotes, fields trimmed.
fn split_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field).trim().to_owned()),
            c => field.push(c),
        }
    }
    fields.push(field.trim().to_owned());
    fields
}

fn cell(text: &str) -> Value {
    if text.is_empty() || text.eq_ignore_ascii_case("N/A") {
        Value::Null
    } else {
        Value::String(text.to_owned())
    }
}

fn named(names: &[&str], fields: &[String], extra_prefix: &str) -> Map<String, Value> {
    let mut map = Map::new();
    for (i, value) in fields.iter().enumerate() {
        let name = names
            .get(i)
            .map_or_else(|| format!("{extra_prefix}{}", i + 1), |n| (*n).to_owned());
        map.insert(name, cell(value));
    }
    map
}

fn is_record(first_field: &str, tag: &str, end: &str) -> bool {
    let upper = first_field.to_ascii_uppercase();
    upper == format!("{tag}-{end}") || upper == format!("{tag}_{end}")
}

/// Parses a statement file of `layout`.
pub fn parse_statement(layout: StatementLayout, raw: &[u8]) -> Result<Statement> {
    let mut warnings = Vec::new();
    let text = match std::str::from_utf8(raw) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => {
            warnings.push("the file is not UTF-8; undecodable bytes were replaced".to_owned());
            String::from_utf8_lossy(raw)
        }
    };
    let text = text.trim_start_matches('\u{feff}');
    let tag = layout.tag();
    let mut header = None;
    let mut trailer = None;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if line == "[" || line == "]" {
            warnings.push(format!("line {}: bracket line ignored", n + 1));
            continue;
        }
        let fields = split_fields(line);
        let first = fields.first().map(String::as_str).unwrap_or("");
        if is_record(first, tag, "START") {
            header = Some(named(layout.header_fields(), &fields[1..], "field"));
        } else if is_record(first, tag, "END") {
            trailer = Some(named(layout.trailer_fields(), &fields[1..], "field"));
        } else if header.is_none() {
            return Err(Error::malformed(format!(
                "line {}: expected the {tag} start record",
                n + 1
            )));
        } else if trailer.is_some() {
            warnings.push(format!("line {}: data after the end record ignored", n + 1));
        } else {
            let columns = layout.columns(fields.len());
            if fields.len() < columns.len() {
                warnings.push(format!(
                    "line {}: {} of {} columns",
                    n + 1,
                    fields.len(),
                    columns.len()
                ));
            }
            rows.push(named(columns, &fields, "column"));
        }
    }
    let header = header.ok_or_else(|| Error::malformed(format!("no {tag} start record")))?;
    let trailer = match trailer {
        Some(t) => t,
        None => {
            warnings.push(format!("no {tag} end record: the file may be truncated"));
            Map::new()
        }
    };
    if let Some(count) = trailer
        .get("transactionCount")
        .and_then(Value::as_str)
        .and_then(|c| c.parse::<usize>().ok())
    {
        if count != rows.len() {
            warnings.push(format!(
                "the end record counts {count} transactions; the file has {}",
                rows.len()
            ));
        }
    }
    Ok(Statement {
        layout,
        header,
        rows,
        trailer,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SETTLEMENT_004: &str = "[\nSETTLEDETAIL-START,70510000,20180130\n\
        2801291631868981,payment,success,PaymentGateway-Debitcard,20180129355757,20180129163131,USD,200.00,6.80880000,1361.76,61.76,20180130,BFUSD3705100002220241801290001,6.8088,USD,190.93,N/A,N/A\n\
        2801291631868981,refund,success,PaymentGateway-Debitcard,20180129355757,20180129173852,USD,200.00,6.80880000,68.08,0.00,20180130,BFUSD3705100002220241801290001,6.8088,USD,10.00,20180129355757,901012902,123456\n\
        SETTLEDETAIL-END,70510000,20180130,2,602.79,602.79,USD\n]\n";

    #[test]
    fn reads_the_004_settlement_example() {
        let s =
            parse_statement(StatementLayout::SettlementDetail, SETTLEMENT_004.as_bytes()).unwrap();
        assert_eq!(s.header["merId"], "70510000");
        assert_eq!(s.rows.len(), 2);
        assert_eq!(s.rows[0]["tranType"], "payment");
        assert_eq!(s.rows[0]["rate"], "6.80880000");
        assert_eq!(s.rows[0]["oriOrderId"], Value::Null);
        assert_eq!(s.rows[1]["refundAmountRequested"], "123456");
        assert_eq!(s.trailer["settlementCurrency"], "USD");
        assert!(s.warnings.iter().any(|w| w.contains("bracket")));
        assert!(s.warnings.iter().any(|w| w.contains("18 of 19")));
        assert!(!s.warnings.iter().any(|w| w.contains("counts")));
    }

    #[test]
    fn chooses_003_or_004_transaction_columns_by_count() {
        let raw = "\u{feff}TRANSDETAIL-START,7051,20170213\r\n\
            T1,138,O1,20170213,20170213,101010,USD,1.00,6.88,6.88,20170214,0,P,P1,N/A\r\n\
            TRANSDETAIL-End,7051,20170213,1\r\n";
        let s = parse_statement(StatementLayout::TransactionDetail, raw.as_bytes()).unwrap();
        assert_eq!(s.rows[0]["transType"], "P");
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        let wide = format!(
            "TRANSDETAIL-START,7051,20170213\n{}\nTRANSDETAIL-END,7051,20170213,1\n",
            (1..=20)
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(",")
        );
        let s = parse_statement(StatementLayout::TransactionDetail, wide.as_bytes()).unwrap();
        assert_eq!(s.rows[0]["identifycode"], "19");
        assert!(!format!("{s:?}").contains("\"19\""));
    }

    #[test]
    fn tolerates_quotes_counts_and_missing_trailer_but_not_another_file() {
        let raw = "MONTHLYBILL_START,7051,201801\n\"O,1\",T1\nMONTHLYBILL_END,7051,201801,5\n";
        let s = parse_statement(StatementLayout::MonthlyBill, raw.as_bytes()).unwrap();
        assert_eq!(s.rows[0]["order_id_or_refund_no"], "O,1");
        assert!(s.warnings.iter().any(|w| w.contains("counts 5")));
        let cut =
            parse_statement(StatementLayout::MonthlyBill, b"MONTHLYBILL_START,1,2\nx\n").unwrap();
        assert!(cut.warnings.iter().any(|w| w.contains("truncated")));
        assert!(parse_statement(StatementLayout::MonthlyBill, b"{\"meta\":{}}").is_err());
        assert!(parse_statement(StatementLayout::SettlementDetail, raw.as_bytes()).is_err());
    }
}
