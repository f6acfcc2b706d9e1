//! The sandbox's memory: everything that happened, behind one lock.
//!
//! Handlers run with the lock held and never await; delayed steps (auto-completion, async
//! refunds, customs clearance, notification delivery) are tokio tasks that take the lock again.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;
use serde_json::Value;
use umf_core::model::{Decimal, PaymentState, RefundState};
use umf_core::Client;

use crate::auth::Tokens;
use crate::config::SandboxConfig;
use crate::faults::Faults;
use crate::ids::Ids;

/// Shared by every connection and task.
pub(crate) struct Shared {
    pub config: SandboxConfig,
    /// The core client the sandbox validates with (UMF's public key; no merchant key).
    pub core: Client,
    /// `http://127.0.0.1:PORT/cberest/v1`.
    pub base_url: String,
    pub store: Mutex<Store>,
    pub http: crate::transport::HttpClient,
    /// Whether the UMF key was rotated an odd number of times (then the next key signs).
    pub rotated: std::sync::atomic::AtomicBool,
}

impl Shared {
    /// The UMF key the sandbox signs with now.
    pub(crate) fn signing_key(&self) -> &umf_core::PrivateKey {
        let [current, _] = self.umf_keys();
        current
    }

    /// Both UMF keys, the signing one first: either decrypts (a merchant mid change-over may
    /// still encrypt with the other).
    pub(crate) fn umf_keys(&self) -> [&umf_core::PrivateKey; 2] {
        let (first, next) = (
            &self.config.umf_private_key,
            &self.config.umf_next_private_key,
        );
        if self.rotated.load(std::sync::atomic::Ordering::SeqCst) {
            [next, first]
        } else {
            [first, next]
        }
    }

    /// Switches the signing key; returns the new key's fingerprint.
    pub(crate) fn rotate_umf_key(&self) -> String {
        self.rotated
            .fetch_xor(true, std::sync::atomic::Ordering::SeqCst);
        self.signing_key().fingerprint().to_hex()
    }

    /// The store. A poisoned lock means a handler panicked mid-update; the data is still the
    /// best there is for a test server, so keep serving.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub(crate) type SharedRef = Arc<Shared>;

/// A payment and what is known about it.
#[derive(Debug, Clone)]
pub(crate) struct Payment {
    pub id: String,
    pub mer_reference_id: String,
    pub mer_date: String,
    pub currency: String,
    pub total: Decimal,
    pub method: String,
    pub state: PaymentState,
    /// The request as received, sensitive fields removed: compared on a repeat
    /// `mer_reference_id` (API.md Q28).
    pub fingerprint: Value,
    /// The `payer` object to echo (pay elements UMF adds, never card data).
    pub payer: Value,
    /// The cashier page of page-based flavours (the `upay` link).
    pub upay: Option<String>,
    /// The `order` object to echo.
    pub order: Value,
    pub risk_info: Value,
    pub notify_url: Option<String>,
    pub sms_code: Option<String>,
    pub sms_failures: u32,
    /// Executed under `--outcomes async`: the result is on its way (the state stays
    /// `WAIT_BUYER_PAY` until then).
    pub executing: bool,
    pub card_last4: Option<String>,
    pub paid_at: Option<String>,
    pub settle_date: Option<String>,
    pub refunded: Decimal,
    pub express: Vec<Value>,
}

/// A refund.
#[derive(Debug, Clone)]
pub(crate) struct Refund {
    pub id: String,
    pub payment_id: String,
    pub mer_reference_id: String,
    pub mer_date: String,
    pub mer_refund_id: Option<String>,
    pub currency: String,
    pub total: Decimal,
    pub state: RefundState,
    pub refund_info: Value,
    pub notify_url: Option<String>,
    pub created_at: String,
    pub settle_date: Option<String>,
}

/// Customs or CIQ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DeclarationKind {
    Customs,
    Ciq,
}

/// A customs or CIQ declaration.
#[derive(Debug, Clone)]
pub(crate) struct Declaration {
    pub id: String,
    pub kind: DeclarationKind,
    pub payment_id: String,
    pub mer_reference_id: String,
    pub sub_order_id: String,
    pub state: umf_core::model::DeclarationState,
    pub body: Value,
    pub notify_url: Option<String>,
    pub clearance_date: Option<String>,
}

/// A bound card.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Agreement {
    pub external_customer_id: String,
    pub usr_busi_agreement_id: String,
    pub usr_pay_agreement_id: String,
    pub gate_id: String,
    pub last_four_cardid: String,
    pub phone: String,
    pub bank_type: String,
}

/// One notification and what became of it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Delivery {
    pub seq: u64,
    pub kind: &'static str,
    pub object_id: String,
    pub state: String,
    pub url: String,
    pub body: String,
    pub signature: String,
    pub attempts: u32,
    pub last_status: Option<u16>,
    pub acknowledged: bool,
    pub duplicate: bool,
    pub gave_up: bool,
}

/// Everything the sandbox remembers.
pub(crate) struct Store {
    pub ids: Ids,
    pub tokens: Tokens,
    pub faults: Faults,
    pub payments: BTreeMap<String, Payment>,
    pub payment_refs: HashMap<String, String>,
    pub refunds: BTreeMap<String, Refund>,
    pub declarations: BTreeMap<String, Declaration>,
    pub agreements: Vec<Agreement>,
    /// SMS codes of card bindings in progress, by external customer id.
    pub binding_codes: HashMap<String, String>,
    pub enterprises: BTreeMap<String, Value>,
    pub enterprise_reports: BTreeMap<String, Value>,
    /// Payee data by payee account.
    pub payees: BTreeMap<String, Value>,
    /// Trade details by batch number (remittance).
    pub order_items: BTreeMap<String, Vec<Value>>,
    /// Remittances by payment id.
    pub remittances: BTreeMap<String, Value>,
    pub tuition_files: BTreeSet<String>,
    pub tuition_orders: BTreeMap<String, Value>,
    /// B2B trade details by batch number.
    pub b2b_details: BTreeMap<String, Vec<Value>>,
    pub b2b_orders: BTreeMap<String, Value>,
    pub uploads: Vec<String>,
    /// Monthly statement files by file id.
    pub month_files: BTreeMap<String, String>,
    pub deliveries: Vec<Delivery>,
    pub requests_served: u64,
}

impl Store {
    pub(crate) fn new(config: &SandboxConfig) -> Self {
        Store {
            ids: Ids::new(config.seed),
            tokens: Tokens::default(),
            faults: Faults::new(config.faults.clone()),
            payments: BTreeMap::new(),
            payment_refs: HashMap::new(),
            refunds: BTreeMap::new(),
            declarations: BTreeMap::new(),
            agreements: Vec::new(),
            binding_codes: HashMap::new(),
            enterprises: BTreeMap::new(),
            enterprise_reports: BTreeMap::new(),
            payees: BTreeMap::new(),
            order_items: BTreeMap::new(),
            remittances: BTreeMap::new(),
            tuition_files: BTreeSet::new(),
            tuition_orders: BTreeMap::new(),
            b2b_details: BTreeMap::new(),
            b2b_orders: BTreeMap::new(),
            uploads: Vec::new(),
            month_files: BTreeMap::new(),
            deliveries: Vec::new(),
            requests_served: 0,
        }
    }

    /// A uniform draw in [0, 1) from the seeded sequence (fault probabilities).
    pub(crate) fn roll(&mut self) -> f64 {
        (self.ids.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}
