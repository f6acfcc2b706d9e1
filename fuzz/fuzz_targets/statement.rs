//! CSV statement files in every layout.
#![no_main]

use libfuzzer_sys::fuzz_target;
use umf_core::statements::{parse_statement, StatementLayout};

fuzz_target!(|data: &[u8]| {
    for layout in [StatementLayout::SettlementDetail, StatementLayout::TransactionDetail, StatementLayout::MonthlyBill] {
        let _ = parse_statement(layout, data);
    }
});
