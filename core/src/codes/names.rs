//! A named constant for every documented return code, from the first English message of its
//! rows in the code table (generated once; `every_documented_code_has_one_name` keeps the
//! two in step). Use them instead of literals: `codes::names::PAYMENT_NOT_EXISTS`.
//!
//! Each constant is checked against the table when the crate compiles (a `const fn` over the table).

/// `code`, if the table documents it; a compile error otherwise.
const fn documented(code: &'static str) -> &'static str {
    assert!(
        super::table::is_documented(code),
        "not a documented return code"
    );
    code
}

/// `0000`: Successful (004:L5294).
pub const SUCCESS: &str = documented("0000");
/// `00060999`: System error (004:L5295).
pub const SYSTEM_ERROR: &str = documented("00060999");
/// `00060076`: Unsupported bank card account. (004:L5300).
pub const UNSUPPORTED_BANK_CARD_ACCOUNT: &str = documented("00060076");
/// `00060112`: Please input user’s real name again. (004:L5301).
pub const INPUT_USERS_REAL_NAME_AGAIN: &str = documented("00060112");
/// `00060114`: Merchant permissions restricted. (004:L5302).
pub const MERCHANT_PERMISSIONS_RESTRICTED: &str = documented("00060114");
/// `00060305`: Invalid card number. (004:L5303).
pub const INVALID_CARD_NUMBER: &str = documented("00060305");
/// `00060306`: Card locked, cannot process the payment. (004:L5304).
pub const CARD_LOCKED_CANNOT_PROCESS_PAYMENT: &str = documented("00060306");
/// `00060309`: Order amount is greater than maximum allowed for one order. (004:L5305).
pub const ORDER_AMOUNT_GREATER_THAN_MAXIMUM_00060309: &str = documented("00060309");
/// `00060310`: User has not signed the services terms and conditions. (004:L5306).
pub const USER_NOT_SIGNED_SERVICES_TERMS: &str = documented("00060310");
/// `00060405`: Payment password was inputted incorrectly for more than three times. (004:L5307).
pub const PAYMENT_PASSWORD_WAS_INPUTTED_INCORRECTLY: &str = documented("00060405");
/// `00060490`: User‘s one day total order amount is greater than maximum allowed for one order. (004:L5308).
pub const USERS_ONE_DAY_TOTAL_ORDER: &str = documented("00060490");
/// `00060544`: Payment amount exceeds maximum bank allowed. Please contact your bank. (004:L5309).
pub const PAYMENT_AMOUNT_EXCEEDS_MAXIMUM_BANK: &str = documented("00060544");
/// `00060550`: Payment declined by the bank. (004:L5310).
pub const PAYMENT_DECLINED_BANK: &str = documented("00060550");
/// `00060700`: Data validation failure. (004:L5311).
pub const DATA_VALIDATION_FAILURE_00060700: &str = documented("00060700");
/// `00060702`: Timeout. (004:L5312).
pub const TIMEOUT: &str = documented("00060702");
/// `00060710`: Merchant signature validation failure. (004:L5313).
pub const SIGNATURE_FAILURE: &str = documented("00060710");
/// `00060711`: Merchant has not registered. (004:L5314).
pub const MERCHANT_NOT_REGISTERED: &str = documented("00060711");
/// `00060720`: Invalid phone number. (004:L5315).
pub const INVALID_PHONE_NUMBER: &str = documented("00060720");
/// `00060721`: The user chose the online bank he or she does not have. (004:L5316).
pub const USER_CHOSE_ONLINE_BANK_HE: &str = documented("00060721");
/// `00060722`: Please reselect the bank. (004:L5317).
pub const RESELECT_BANK: &str = documented("00060722");
/// `00060723`: Wrong password, please re-enter. (004:L5318).
pub const WRONG_PASSWORD_RE_ENTER: &str = documented("00060723");
/// `00060724`: Payment password was incorrect more than three times. (004:L5319).
pub const PAYMENT_PASSWORD_WAS_INCORRECT_MORE: &str = documented("00060724");
/// `00060740`: Failed to generate payment order. (004:L5320).
pub const FAILED_GENERATE_PAYMENT_ORDER: &str = documented("00060740");
/// `00060750`: Payment failure (004:L5321).
pub const PAYMENT_FAILURE_00060750: &str = documented("00060750");
/// `00060751`: Overtime payment has been refunded. (004:L5322).
pub const OVERTIME_PAYMENT_REFUNDED: &str = documented("00060751");
/// `00060760`: Payment not exists. (004:L5323).
pub const PAYMENT_NOT_EXISTS: &str = documented("00060760");
/// `00060761`: Payment processing. Please wait. (004:L5324).
pub const PAYMENT_PROCESSING_WAIT: &str = documented("00060761");
/// `00060762`: Order expired, please order again. (004:L5325).
pub const ORDER_EXPIRED_ORDER_AGAIN: &str = documented("00060762");
/// `00060763`: The order has been stopped. (004:L5326).
pub const ORDER_STOPPED: &str = documented("00060763");
/// `00060764`: Orders have not been paid, please continue to pay. (004:L5327).
pub const ORDERS_NOT_PAID_CONTINUE_PAY: &str = documented("00060764");
/// `00060765`: Payment failure, please re-select the payment method. (004:L5328).
pub const PAYMENT_FAILURE_RE_SELECT_PAYMENT: &str = documented("00060765");
/// `00060766`: Refund unavailable. (004:L5329).
pub const REFUND_UNAVAILABLE: &str = documented("00060766");
/// `00060767`: Refund failed. (004:L5330).
pub const REFUND_FAILED: &str = documented("00060767");
/// `00060768`: Refund amount is inconsistent with the payment amount. (004:L5331).
pub const REFUND_AMOUNT_INCONSISTENT_PAYMENT_AMOUNT: &str = documented("00060768");
/// `00060774`: Accumulated refund amount larger than the payment amount. (004:L5332).
pub const ACCUMULATED_REFUND_AMOUNT_LARGER_THAN: &str = documented("00060774");
/// `00060778`: Refund record not found. (004:L5333).
pub const REFUND_RECORD_NOT_FOUND: &str = documented("00060778");
/// `00060780`: Payment success. No need to pay again. (004:L5334).
pub const PAYMENT_SUCCESS_NO_NEED_PAY: &str = documented("00060780");
/// `00060861`: Financial processing. (004:L5335).
pub const FINANCIAL_PROCESSING: &str = documented("00060861");
/// `00060874`: Refund is not allowed during this time period[23:45~00:25]. (004:L5336).
pub const REFUND_NOT_ALLOWED_DURING_THIS: &str = documented("00060874");
/// `00060920`: Merchant not support for T+0 refund. (004:L5337).
pub const MERCHANT_NOT_SUPPORT_T_0: &str = documented("00060920");
/// `00060931`: Unidentified refund result. (004:L5338).
pub const UNIDENTIFIED_REFUND_RESULT: &str = documented("00060931");
/// `00071024`: Transaction cannot complete. Please contact the card issuing bank. (004:L5340).
pub const TRANSACTION_CANNOT_COMPLETE_CONTACT_CARD: &str = documented("00071024");
/// `00071039`: Transaction not allowed. (004:L5341).
pub const TRANSACTION_NOT_ALLOWED: &str = documented("00071039");
/// `00080530`: User account balance is insufficient. (004:L5342).
pub const USER_ACCOUNT_BALANCE_INSUFFICIENT: &str = documented("00080530");
/// `00080531`: Transaction failure due to expired bank card or wrong expiry date, please contact the card issuing bank. (004:L5343).
pub const TRANSACTION_FAILURE_DUE_EXPIRED_BANK: &str = documented("00080531");
/// `00080534`: Wrong phone number or CVV2. (004:L5344).
pub const WRONG_PHONE_NUMBER_CVV2: &str = documented("00080534");
/// `00080535`: Card Information and ID mismatch. (004:L5345).
pub const CARD_INFORMATION_ID_MISMATCH: &str = documented("00080535");
/// `00080537`: Transaction failure. Please contact the card issuing bank. (004:L5346).
pub const TRANSACTION_FAILURE_CONTACT_CARD_ISSUING: &str = documented("00080537");
/// `00080541`: Payment timeout. (004:L5347).
pub const PAYMENT_TIMEOUT: &str = documented("00080541");
/// `00080542`: Transaction rejected by bank. (004:L5348).
pub const TRANSACTION_REJECTED_BANK: &str = documented("00080542");
/// `00080545`: Enter Invalid card password more than the limitation. (004:L5349).
pub const ENTER_INVALID_CARD_PASSWORD_MORE: &str = documented("00080545");
/// `00080557`: Bank return failure (004:L5350).
pub const BANK_RETURN_FAILURE: &str = documented("00080557");
/// `00080559`: Transaction Failure. Please contact the issuing bank. (004:L5351).
pub const TRANSACTION_FAILURE_CONTACT_ISSUING_BANK_00080559: &str = documented("00080559");
/// `00080711`: Verification code is invalid. (004:L5352).
pub const VERIFICATION_CODE_INVALID: &str = documented("00080711");
/// `00080722`: Verification code expired (004:L5353).
pub const VERIFICATION_CODE_EXPIRED: &str = documented("00080722");
/// `00080730`: Transaction is canceled. (004:L5354).
pub const TRANSACTION_CANCELED: &str = documented("00080730");
/// `00080732`: Transaction in process, please change a different bank card (004:L5355).
pub const TRANSACTION_PROCESS_CHANGE_DIFFERENT_BANK: &str = documented("00080732");
/// `00080748`: Card type not supported, please change a different bank card. (004:L5356).
pub const CARD_TYPE_NOT_SUPPORTED_CHANGE: &str = documented("00080748");
/// `00081550`: Order amount is greater than maximum allowed. (004:L5357).
pub const ORDER_AMOUNT_GREATER_THAN_MAXIMUM_00081550: &str = documented("00081550");
/// `00090020`: Card expired or expiration date wrong. (004:L5358).
pub const CARD_EXPIRED_EXPIRATION_DATE_WRONG: &str = documented("00090020");
/// `00090021`: Payment failure. (004:L5359).
pub const PAYMENT_FAILURE_00090021: &str = documented("00090021");
/// `00090230`: Transaction unsupported. (004:L5360).
pub const TRANSACTION_UNSUPPORTED: &str = documented("00090230");
/// `00090239`: There’s an error with this card. (004:L5361).
pub const THERES_ERROR_THIS_CARD: &str = documented("00090239");
/// `00090255`: User’s bank does not support this transaction. (004:L5362).
pub const USERS_BANK_DOES_NOT_SUPPORT: &str = documented("00090255");
/// `00090361`: Exceed the maximum amount of daily transactions. (004:L5363).
pub const EXCEED_MAXIMUM_AMOUNT_DAILY_TRANSACTIONS: &str = documented("00090361");
/// `00090362`: There’s an error with this transaction. (004:L5364).
pub const THERES_ERROR_THIS_TRANSACTION: &str = documented("00090362");
/// `00090388`: Payment failure due to risk. (004:L5365).
pub const PAYMENT_FAILURE_DUE_RISK: &str = documented("00090388");
/// `00090412`: Transaction record not found. (004:L5366).
pub const TRANSACTION_RECORD_NOT_FOUND: &str = documented("00090412");
/// `00090470`: Exceed the order amount limit per order. (004:L5367).
pub const EXCEED_ORDER_AMOUNT_LIMIT_PER: &str = documented("00090470");
/// `00090504`: Bank network error. (004:L5368).
pub const BANK_NETWORK_ERROR: &str = documented("00090504");
/// `00090511`: Transaction rejected. (004:L5369).
pub const TRANSACTION_REJECTED: &str = documented("00090511");
/// `00131040`: Transaction failure. Please contact the issuing bank or try later. (004:L5370).
pub const TRANSACTION_FAILURE_CONTACT_ISSUING_BANK_00131040: &str = documented("00131040");
/// `00131072`: Insufficient balance in account, please try again after confirmation. (004:L5371).
pub const INSUFFICIENT_BALANCE_ACCOUNT_TRY_AGAIN: &str = documented("00131072");
/// `00160079`: Phone number and Name mismatch. (004:L5372).
pub const PHONE_NUMBER_NAME_MISMATCH: &str = documented("00160079");
/// `00160080`: Phone number and ID mismatch. (004:L5373).
pub const PHONE_NUMBER_ID_MISMATCH: &str = documented("00160080");
/// `00180008`: Unidentified payment result, please check later. (004:L5374).
pub const UNIDENTIFIED_PAYMENT_RESULT_CHECK_LATER: &str = documented("00180008");
/// `00180018`: Abnormal state of order, please pay again. (004:L5375).
pub const ABNORMAL_STATE_ORDER_PAY_AGAIN: &str = documented("00180018");
/// `00200005`: SMS verification code not found. (004:L5376).
pub const SMS_VERIFICATION_CODE_NOT_FOUND: &str = documented("00200005");
/// `00200013`: Merchant has not opened this bank channel. (004:L5377).
pub const MERCHANT_NOT_OPENED_THIS_BANK: &str = documented("00200013");
/// `00200014`: Error. Please try later. (004:L5378).
pub const ERROR_TRY_LATER: &str = documented("00200014");
/// `00200025`: Validation failure. (004:L5379).
pub const VALIDATION_FAILURE: &str = documented("00200025");
/// `00200029`: Abnormal communication in system. (004:L5380).
pub const ABNORMAL_COMMUNICATION_SYSTEM: &str = documented("00200029");
/// `00200073`: Card validation failure. (004:L5381).
pub const CARD_VALIDATION_FAILURE: &str = documented("00200073");
/// `00200075`: Bank card type and payment method mismatch. (004:L5382).
pub const BANK_CARD_TYPE_PAYMENT_METHOD: &str = documented("00200075");
/// `00200076`: Merchant has not opened this service. (004:L5383).
pub const MERCHANT_NOT_OPENED_THIS_SERVICE: &str = documented("00200076");
/// `00200077`: Cannot generate order. (004:L5384).
pub const CANNOT_GENERATE_ORDER: &str = documented("00200077");
/// `00200078`: Order not found. (004:L5385).
pub const ORDER_NOT_FOUND: &str = documented("00200078");
/// `00200079`: Order timeout. (004:L5386).
pub const ORDER_TIMEOUT: &str = documented("00200079");
/// `00200080`: Order closed (004:L5387).
pub const ORDER_CLOSED: &str = documented("00200080");
/// `00200081`: This transaction does not exist. (004:L5388).
pub const THIS_TRANSACTION_DOES_NOT_EXIST: &str = documented("00200081");
/// `00200082`: Exceed the limitation of validation code request. (004:L5389).
pub const EXCEED_LIMITATION_VALIDATION_CODE_REQUEST: &str = documented("00200082");
/// `00200083`: Validation code incorrect. (004:L5390).
pub const VALIDATION_CODE_INCORRECT: &str = documented("00200083");
/// `00200084`: Exceed the limitation times of incorrect validation code. (004:L5391).
pub const EXCEED_LIMITATION_TIMES_INCORRECT_VALIDATION: &str = documented("00200084");
/// `00200085`: Incorrect validation code. (004:L5392).
pub const INCORRECT_VALIDATION_CODE: &str = documented("00200085");
/// `00200086`: Verification code only can be requested once in a minute. (004:L5393).
pub const VERIFICATION_CODE_ONLY_CAN_REQUESTED: &str = documented("00200086");
/// `00200088`: Exceed the limit times of incorrect validation code. (004:L5394).
pub const EXCEED_LIMIT_TIMES_INCORRECT_VALIDATION: &str = documented("00200088");
/// `00200089`: Mismatch phone number. (004:L5395).
pub const MISMATCH_PHONE_NUMBER: &str = documented("00200089");
/// `00200090`: Invalid validation code. (004:L5396).
pub const INVALID_VALIDATION_CODE: &str = documented("00200090");
/// `00200091`: Processing. Cannot be canceled. (004:L5397).
pub const PROCESSING_CANNOT_CANCELED: &str = documented("00200091");
/// `00200092`: Cancel amount and payment amount mismatch. (004:L5398).
pub const CANCEL_AMOUNT_PAYMENT_AMOUNT_MISMATCH: &str = documented("00200092");
/// `00200093`: QR code expired. (004:L5399).
pub const QR_CODE_EXPIRED_00200093: &str = documented("00200093");
/// `00200094`: QR code expired. (004:L5400).
pub const QR_CODE_EXPIRED_00200094: &str = documented("00200094");
/// `00200096`: Refund is processed and not accept duplicate application. (004:L5401).
pub const REFUND_PROCESSED_NOT_ACCEPT_DUPLICATE: &str = documented("00200096");
/// `00202000`: The exchange rate quire response parameter error. (004:L5402).
pub const EXCHANGE_RATE_QUIRE_RESPONSE_PARAMETER: &str = documented("00202000");
/// `00202001`: The foreign currency amount of order must not be blank. (004:L5403).
pub const FOREIGN_CURRENCY_AMOUNT_ORDER_MUST: &str = documented("00202001");
/// `00202002`: Identity number not found, please check again. (004:L5404).
pub const IDENTITY_NUMBER_NOT_FOUND_CHECK: &str = documented("00202002");
/// `00202003`: Order amount should be greater than 0. (004:L5405).
pub const ORDER_AMOUNT_SHOULD_GREATER_THAN: &str = documented("00202003");
/// `00202004`: Incomplete data when ordering the products. (004:L5406).
pub const INCOMPLETE_DATA_WHEN_ORDERING_PRODUCTS: &str = documented("00202004");
/// `00202005`: Incorrect bank card number. (004:L5407).
pub const INCORRECT_BANK_CARD_NUMBER: &str = documented("00202005");
/// `00202006`: Name too long or not in Chinese character. (004:L5408).
pub const NAME_TOO_LONG_NOT_CHINESE: &str = documented("00202006");
/// `00202007`: ID and Card number mismatch. (004:L5409).
pub const ID_CARD_NUMBER_MISMATCH: &str = documented("00202007");
/// `00202008`: The cross-border order extension data is absent. (004:L5410).
pub const CROSS_BORDER_ORDER_EXTENSION_DATA: &str = documented("00202008");
/// `00202009`: Incorrect Identity number. (004:L5411).
pub const INCORRECT_IDENTITY_NUMBER: &str = documented("00202009");
/// `00202010`: The refund amount in the refund application is inconsistent with the original order amount. (004:L5412).
pub const REFUND_AMOUNT_REFUND_APPLICATION_INCONSISTENT: &str = documented("00202010");
/// `00202011`: The currency in the refund application is inconsistent with the original order currency. (004:L5413).
pub const CURRENCY_REFUND_APPLICATION_INCONSISTENT_ORIGINAL: &str = documented("00202011");
/// `00202012`: User’s card has not opened online payment. (004:L5414).
pub const USERS_CARD_NOT_OPENED_ONLINE: &str = documented("00202012");
/// `00202013`: The customs information has been updated and shall not be updated again. (004:L5415).
pub const CUSTOMS_INFORMATION_UPDATED_SHALL_NOT: &str = documented("00202013");
/// `00202016`: The cross-border cargo information sheet is absent. (004:L5416).
pub const CROSS_BORDER_CARGO_INFORMATION_SHEET: &str = documented("00202016");
/// `00202017`: Incorrect payment method. (004:L5417).
pub const INCORRECT_PAYMENT_METHOD: &str = documented("00202017");
/// `00202018`: Absence of necessary payment information. (004:L5418).
pub const ABSENCE_NECESSARY_PAYMENT_INFORMATION: &str = documented("00202018");
/// `00202019`: Duplication of sub-order number in one day. (004:L5419).
pub const DUPLICATION_SUB_ORDER_NUMBER_ONE: &str = documented("00202019");
/// `00202020`: Duplication of product code in the sub-order in one day (004:L5420).
pub const DUPLICATION_PRODUCT_CODE_SUB_ORDER: &str = documented("00202020");
/// `00202021`: Anomaly on requesting real-name authentication in “GuoZhengTong.” (004:L5421).
pub const ANOMALY_REQUESTING_REAL_NAME_AUTHENTICATION: &str = documented("00202021");
/// `00202022`: Duplicate order, information in sub-order and original order not match. (004:L5422).
pub const DUPLICATE_ORDER_INFORMATION_SUB_ORDER: &str = documented("00202022");
/// `00202023`: Order amont exceeds the limit requird by Administration of Exchange Control. (004:L5423).
pub const ORDER_AMONT_EXCEEDS_LIMIT_REQUIRD: &str = documented("00202023");
/// `00202024`: Wrong coding on business code. (004:L5424).
pub const WRONG_CODING_BUSINESS_CODE: &str = documented("00202024");
/// `00202025`: Business category has not been configured. (004:L5425).
pub const BUSINESS_CATEGORY_NOT_CONFIGURED: &str = documented("00202025");
/// `00202026`: Not support refund in prescribed time. (004:L5426).
pub const NOT_SUPPORT_REFUND_PRESCRIBED_TIME: &str = documented("00202026");
/// `00210008`: Format incorrect. (004:L5427).
pub const FORMAT_INCORRECT: &str = documented("00210008");
/// `00210028`: Card information mismatch. (004:L5428).
pub const CARD_INFORMATION_MISMATCH: &str = documented("00210028");
/// `00210037`: Incorrect information or has not opened express online payment. (004:L5429).
pub const INCORRECT_INFORMATION_NOT_OPENED_EXPRESS: &str = documented("00210037");
/// `00210040`: Bank System Error. (004:L5430).
pub const BANK_SYSTEM_ERROR: &str = documented("00210040");
/// `00210051`: Wrong user name. (004:L5431).
pub const WRONG_USER_NAME: &str = documented("00210051");
/// `00210059`: Wrong card information. (004:L5432).
pub const WRONG_CARD_INFORMATION: &str = documented("00210059");
/// `00210077`: Exceed bank’s limit of daily transaction amount. (004:L5433).
pub const EXCEED_BANKS_LIMIT_DAILY_TRANSACTION: &str = documented("00210077");
/// `00230001`: Order date mismatch. (004:L5434).
pub const ORDER_DATE_MISMATCH: &str = documented("00230001");
/// `00230005`: Field is too long. (004:L5435).
pub const FIELD_TOO_LONG: &str = documented("00230005");
/// `00230006`: Order status mismatch. (004:L5436).
pub const ORDER_STATUS_MISMATCH: &str = documented("00230006");
/// `00230009`: Transaction status mismatch. (004:L5437).
pub const TRANSACTION_STATUS_MISMATCH: &str = documented("00230009");
/// `00230012`: transaction terminated. (004:L5438).
pub const TRANSACTION_TERMINATED: &str = documented("00230012");
/// `00230017`: Wrong order date. (004:L5439).
pub const WRONG_ORDER_DATE: &str = documented("00230017");
/// `00252001`: Transaction failed due to banned account. (004:L5440).
pub const TRANSACTION_FAILED_DUE_BANNED_ACCOUNT: &str = documented("00252001");
/// `00252002`: Transaction failed due to banned bank card. (004:L5441).
pub const TRANSACTION_FAILED_DUE_BANNED_BANK: &str = documented("00252002");
/// `00252003`: Transaction failed due to banned user ID. (004:L5442).
pub const TRANSACTION_FAILED_DUE_BANNED_USER: &str = documented("00252003");
/// `00252004`: Transaction failed due to banned merchant. (004:L5443).
pub const TRANSACTION_FAILED_DUE_BANNED_MERCHANT: &str = documented("00252004");
/// `00252006`: Transaction failed due to banned payment product. (004:L5444).
pub const TRANSACTION_FAILED_DUE_BANNED_PAYMENT: &str = documented("00252006");
/// `00252007`: Transaction failed due to banned phone number. (004:L5445).
pub const TRANSACTION_FAILED_DUE_BANNED_PHONE: &str = documented("00252007");
/// `00252008`: Transaction failed due to banned ID number. (004:L5446).
pub const TRANSACTION_FAILED_DUE_BANNED_ID: &str = documented("00252008");
/// `00252009`: Transaction failed due to banned terminal ID. (004:L5447).
pub const TRANSACTION_FAILED_DUE_BANNED_TERMINAL: &str = documented("00252009");
/// `00252010`: Transaction failed due to banned IP address. (004:L5448).
pub const TRANSACTION_FAILED_DUE_BANNED_IP: &str = documented("00252010");
/// `00253001`: Exceed the maximum transaction amount within 1 hour. (004:L5449).
pub const EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253001: &str = documented("00253001");
/// `00253002`: Exceed the maximum transaction amount within day. (004:L5450).
pub const EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253002: &str = documented("00253002");
/// `00253003`: Exceed the maximum transaction amount within 30 days. (004:L5451).
pub const EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253003: &str = documented("00253003");
/// `00253010`: User’s phone number exceeded the maximum transaction amount within 1 hour (004:L5452).
pub const USERS_PHONE_NUMBER_EXCEEDED_MAXIMUM: &str = documented("00253010");
/// `00253011`: User’s phone number exceed the maximum transaction amount within day. (004:L5453).
pub const USERS_PHONE_NUMBER_EXCEED_MAXIMUM_00253011: &str = documented("00253011");
/// `00253012`: User’s phone number exceed the maximum transaction amount within 30 days. (004:L5454).
pub const USERS_PHONE_NUMBER_EXCEED_MAXIMUM_00253012: &str = documented("00253012");
/// `00253022`: Exceed the maximum transaction amount within 1 hour for this card (004:L5455).
pub const EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253022: &str = documented("00253022");
/// `00253024`: Exceed the maximum transaction amount within 30 days for this card (004:L5456).
pub const EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253024: &str = documented("00253024");
/// `00253034`: This phone number exceeded the maximum transaction amount per hour. (004:L5457).
pub const THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00253034: &str = documented("00253034");
/// `00253035`: This phone number exceeded the maximum transaction amount per day. (004:L5458).
pub const THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00253035: &str = documented("00253035");
/// `00253036`: This phone number exceeded the maximum transaction amount per month. (004:L5459).
pub const THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00253036: &str = documented("00253036");
/// `00253044`: Your order exceeds the merchant’s per transaction limit (004:L5460).
pub const YOUR_ORDER_EXCEEDS_MERCHANTS_PER: &str = documented("00253044");
/// `00253048`: Order amount is greater than maximum allowed for the first order. (004:L5461).
pub const ORDER_AMOUNT_GREATER_THAN_MAXIMUM_00253048: &str = documented("00253048");
/// `00253049`: New user’s phone number exceeded the maximum transaction amount per hour. (004:L5462).
pub const NEW_USERS_PHONE_NUMBER_EXCEEDED_00253049: &str = documented("00253049");
/// `00253052`: New user’s phone number exceeded the maximum amount per transaction. (004:L5463).
pub const NEW_USERS_PHONE_NUMBER_EXCEEDED_00253052: &str = documented("00253052");
/// `00254001`: This phone number exceeded the maximum transaction times per hour. (004:L5464).
pub const THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00254001: &str = documented("00254001");
/// `00254002`: This phone number exceeded the maximum transaction times per day. (004:L5465).
pub const THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00254002: &str = documented("00254002");
/// `00254003`: This phone number exceeded the maximum transaction times per month. (004:L5466).
pub const THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00254003: &str = documented("00254003");
/// `00254014`: Exceed the maximum transaction times within day. (004:L5467).
pub const EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254014: &str = documented("00254014");
/// `00254015`: Exceed the maximum transaction times within 30 days. (004:L5468).
pub const EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254015: &str = documented("00254015");
/// `00254022`: This card exceeds the maximum transaction times per hour. (004:L5469).
pub const THIS_CARD_EXCEEDS_MAXIMUM_TRANSACTION_00254022: &str = documented("00254022");
/// `00254023`: This card exceeds the maximum transaction times per day. (004:L5470).
pub const THIS_CARD_EXCEEDS_MAXIMUM_TRANSACTION_00254023: &str = documented("00254023");
/// `00254024`: This card exceeds the maximum transaction times per 30 days. (004:L5471).
pub const THIS_CARD_EXCEEDS_MAXIMUM_TRANSACTION_00254024: &str = documented("00254024");
/// `00254028`: Exceed the maximum transaction times within 1 hour . (004:L5472).
pub const EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254028: &str = documented("00254028");
/// `00254029`: Exceed the maximum transaction times within 1 day. (004:L5473).
pub const EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254029: &str = documented("00254029");
/// `00254037`: New user exceeded the maximum transaction times per hour. (004:L5474).
pub const NEW_USER_EXCEEDED_MAXIMUM_TRANSACTION_00254037: &str = documented("00254037");
/// `00254038`: New user exceeded the maximum transaction times per day. (004:L5475).
pub const NEW_USER_EXCEEDED_MAXIMUM_TRANSACTION_00254038: &str = documented("00254038");
/// `00255003`: Insufficient balance in account happened too many times. Payment refused due to risk. (004:L5476).
pub const INSUFFICIENT_BALANCE_ACCOUNT_HAPPENED_TOO: &str = documented("00255003");
/// `00280036`: The merchant has not given permission to use this currency. (004:L5477).
pub const MERCHANT_NOT_GIVEN_PERMISSION_USE: &str = documented("00280036");
/// `00280037`: Data validation failure. (004:L5478).
pub const DATA_VALIDATION_FAILURE_00280037: &str = documented("00280037");
/// `00280038`: The merchant has not given permission for customs declaration. (004:L5479).
pub const MERCHANT_NOT_GIVEN_PERMISSION_CUSTOMS: &str = documented("00280038");
/// `00280039`: The merchant doesn’t support payment for goods trade. (004:L5480).
pub const MERCHANT_DOESNT_SUPPORT_PAYMENT_GOODS: &str = documented("00280039");
/// `00280040`: The field “mer_cust_id” and “usr_busi_agreement_id” at least one is required. (004:L5481).
pub const FIELD_MER_CUST_ID_USR: &str = documented("00280040");
/// `00280041`: The value of the field “pay_type” is out of the range. (004:L5482).
pub const VALUE_FIELD_PAY_TYPE_OUT: &str = documented("00280041");
/// `00280042`: The field “user business agreement number” and “merchant-user identification” don’t match. (004:L5483).
pub const FIELD_USER_BUSINESS_AGREEMENT_NUMBER: &str = documented("00280042");
/// `00280043`: The order has been declared to the customs. (004:L5484).
pub const ORDER_DECLARED_CUSTOMS: &str = documented("00280043");
/// `00280044`: The order’s information is wrong. (004:L5485).
pub const ORDERS_INFORMATION_WRONG: &str = documented("00280044");
/// `00280045`: The order has not been sent. (004:L5486).
pub const ORDER_NOT_SENT: &str = documented("00280045");
/// `00280046`: The order has been sent to be treated. (004:L5487).
pub const ORDER_SENT_TREATED: &str = documented("00280046");
/// `00280047`: The order failed to declaration custom. (004:L5488).
pub const ORDER_FAILED_DECLARATION_CUSTOM: &str = documented("00280047");
/// `00280048`: Only goods suborder type support CIQ applying. (004:L5489).
pub const ONLY_GOODS_SUBORDER_TYPE_SUPPORT: &str = documented("00280048");
/// `00280049`: The order has been sent to and processing by CIQ. (004:L5490).
pub const ORDER_SENT_PROCESSING_CIQ: &str = documented("00280049");
/// `00280050`: The order has applied for CIQ successfully, no need for another application. (004:L5491).
pub const ORDER_APPLIED_CIQ_SUCCESSFULLY_NO: &str = documented("00280050");
/// `00280051`: The inspection date is 30 days after the date of order. (004:L5492).
pub const INSPECTION_DATE_30_DAYS_AFTER: &str = documented("00280051");
/// `00280052`: The customCode must fail, check does not pass. (004:L5493).
pub const CUSTOMCODE_MUST_FAIL_CHECK_DOES: &str = documented("00280052");
/// `00280053`: The merchant is not configured. (004:L5494).
pub const MERCHANT_NOT_CONFIGURED: &str = documented("00280053");
/// `00280054`: The merchant did not open any bank passages. (004:L5495).
pub const MERCHANT_DID_NOT_OPEN_ANY: &str = documented("00280054");
/// `00280055`: The dealer configures the channel and does not support the currency. (004:L5496).
pub const DEALER_CONFIGURES_CHANNEL_DOES_NOT: &str = documented("00280055");
/// `00280056`: The merchant did not configure the independent customs declaration fee. (004:L5497).
pub const MERCHANT_DID_NOT_CONFIGURE_INDEPENDENT: &str = documented("00280056");
/// `00280057`: The merchant did not open an independent declaration. (004:L5498).
pub const MERCHANT_DID_NOT_OPEN_INDEPENDENT: &str = documented("00280057");
/// `00280058`: The data is exist. (004:L5499).
pub const DATA_EXIST: &str = documented("00280058");
/// `00280059`: The file is not exist. (004:L5500).
pub const FILE_NOT_EXIST: &str = documented("00280059");
/// `00280064`: The submitted customs data doesn’t exist and is not allowed to be submitted to CIQ. (004:L5501).
pub const SUBMITTED_CUSTOMS_DATA_DOESNT_EXIST: &str = documented("00280064");
/// `00280065`: Order amount > set amount ( not need to send SMS) (004:L5502).
pub const ORDER_AMOUNT_SET_AMOUNT_NOT: &str = documented("00280065");
/// `00280066`: Bank unsigned. (004:L5503).
pub const BANK_UNSIGNED: &str = documented("00280066");
/// `00281017`: Merchant has not open this currency channel. (004:L5504).
pub const MERCHANT_NOT_OPEN_THIS_CURRENCY: &str = documented("00281017");
/// `00282014`: Merchnat has not declare with customs, require to updating the customs information. (004:L5505).
pub const MERCHNAT_NOT_DECLARE_CUSTOMS_REQUIRE: &str = documented("00282014");
/// `00282015`: The sub-order absent. (004:L5506).
pub const SUB_ORDER_ABSENT: &str = documented("00282015");
/// `00282016`: No corresponding goods information. (004:L5507).
pub const NO_CORRESPONDING_GOODS_INFORMATION: &str = documented("00282016");
/// `00283087`: Merchant configuration query. Merchants is invalid. (004:L5508).
pub const MERCHANT_CONFIGURATION_QUERY_MERCHANTS_INVALID: &str = documented("00283087");
/// `00284003`: Field validation of real-name authentication failed. (004:L5509).
pub const FIELD_VALIDATION_REAL_NAME_AUTHENTICATION: &str = documented("00284003");
/// `00290502`: Identification record mismatch. (004:L5510).
pub const IDENTIFICATION_RECORD_MISMATCH: &str = documented("00290502");
/// `00290508`: Validation information mismatch. (004:L5511).
pub const VALIDATION_INFORMATION_MISMATCH: &str = documented("00290508");
/// `00290511`: Bank card and full name mismatch. (004:L5512).
pub const BANK_CARD_FULL_NAME_MISMATCH: &str = documented("00290511");
/// `00290512`: Phone mismatch. (004:L5513).
pub const PHONE_MISMATCH: &str = documented("00290512");
/// `00290521`: Unsupported ID type. (004:L5514).
pub const UNSUPPORTED_ID_TYPE: &str = documented("00290521");
/// `00280702`: Input data doesn’t meet regular expressions. (004:L5515).
pub const INPUT_DATA_DOESNT_MEET_REGULAR: &str = documented("00280702");
/// `00284000`: Authentication request exception. (004:L5516).
pub const AUTHENTICATION_REQUEST_EXCEPTION: &str = documented("00284000");
/// `00284001`: Authentication failed. (004:L5517).
pub const AUTHENTICATION_FAILED: &str = documented("00284001");
/// `00284002`: Authentication request timeout. (004:L5518).
pub const AUTHENTICATION_REQUEST_TIMEOUT: &str = documented("00284002");
/// `00060406`: failed to query media corresponding users. (004:L5519).
pub const FAILED_QUERY_MEDIA_CORRESPONDING_USERS: &str = documented("00060406");
/// `00060124`: The payment protocol relationship that the business protocol depends on does not exist. (004:L5520).
pub const PAYMENT_PROTOCOL_RELATIONSHIP_THAT_BUSINESS: &str = documented("00060124");
/// `00160108`: This bankcard has been signed. (004:L5521).
pub const THIS_BANKCARD_SIGNED: &str = documented("00160108");
/// `00060072`: Agreement does not exist. (004:L5522).
pub const AGREEMENT_DOES_NOT_EXIST: &str = documented("00060072");
/// `00210011`: Mobile phone verification failed. (004:L5523).
pub const MOBILE_PHONE_VERIFICATION_FAILED: &str = documented("00210011");
/// `00280701`: Data valid_date must fail, check does not pass. (004:L5524).
pub const DATA_VALID_DATE_MUST_FAIL: &str = documented("00280701");
/// `00280703`: Data Token is expired checksum does not pass. (004:L5525).
pub const TOKEN_EXPIRED: &str = documented("00280703");
/// `00160107`: The information of your bank card is wrong. (004:L5527).
pub const INFORMATION_YOUR_BANK_CARD_WRONG: &str = documented("00160107");
/// `00290010`: ID is null or format error. (004:L5528).
pub const ID_NULL_FORMAT_ERROR: &str = documented("00290010");
/// `00281019`: Merchant has not open. (004:L5529).
pub const MERCHANT_NOT_OPEN: &str = documented("00281019");
/// `00200026`: The card has expired. (004:L2475).
pub const CARD_EXPIRED: &str = documented("00200026");
/// `00080706`: Acquire verification codes too many times within one minute. (004:L2477).
pub const ACQUIRE_VERIFICATION_CODES_TOO_MANY: &str = documented("00080706");
/// `00060875`: Failed to validate the card bin (validation failure due to incorrect card number) (004:L2478).
pub const FAILED_VALIDATE_CARD_BIN_VALIDATION: &str = documented("00060875");
/// `00080707`: The number of verification code requests for the order exceeds the maximum. (004:L2479).
pub const NUMBER_VERIFICATION_CODE_REQUESTS_ORDER: &str = documented("00080707");
/// `00200027`: The bank is not linked with the merchant on UMF’s platform. (004:L2480).
pub const BANK_NOT_LINKED_MERCHANT_UMFS: &str = documented("00200027");
/// `00060869`: Merchant goods are not registered on UMF’s platform. (004:L2481).
pub const MERCHANT_GOODS_NOT_REGISTERED_UMFS: &str = documented("00060869");
/// `00280070`: The receiver failed to receive the message (004:L5850).
pub const RECEIVER_FAILED_RECEIVE_MESSAGE: &str = documented("00280070");
/// `00280071`: The recipient information already exists (004:L5851).
pub const RECIPIENT_INFORMATION_ALREADY_EXISTS: &str = documented("00280071");
/// `00280073`: Input order details failed (004:L5852).
pub const INPUT_ORDER_DETAILS_FAILED: &str = documented("00280073");
/// `00280074`: The order details already exist (004:L5853).
pub const ORDER_DETAILS_ALREADY_EXIST: &str = documented("00280074");
/// `00280076`: Please be patient while the payment is being processed (004:L5854).
pub const PATIENT_WHILE_PAYMENT_BEING_PROCESSED: &str = documented("00280076");
/// `00280077`: Payment failed – the order details corresponding to this batch could not be found. Please input the order details first before payment (004:L5855).
pub const PAYMENT_FAILED_ORDER_DETAILS_CORRESPONDING: &str = documented("00280077");
/// `00280078`: Payment failed – the payee information corresponding to this batch cannot be found. Please send the payee data first before payment (004:L5856).
pub const PAYMENT_FAILED_PAYEE_INFORMATION_CORRESPONDING: &str = documented("00280078");
/// `00280079`: Payment failed – the payment amount for this batch is not consistent with the accumulated amount of the corresponding order details (004:L5857).
pub const PAYMENT_FAILED_PAYMENT_AMOUNT_THIS: &str = documented("00280079");
/// `00280080`: Payment failed – payment failed and the balance is insufficient. Please confirm that the amount of U payment account is sufficient (004:L5858).
pub const PAYMENT_FAILED_PAYMENT_FAILED_BALANCE: &str = documented("00280080");
/// `00280081`: Payment failed – the bank verification data failed, please contact the operation personnel to check the payment information (004:L5859).
pub const PAYMENT_FAILED_BANK_VERIFICATION_DATA: &str = documented("00280081");
/// `00280083`: Exchange rate inquiry failed (004:L5860).
pub const EXCHANGE_RATE_INQUIRY_FAILED: &str = documented("00280083");
/// `00280084`: Recipient information does not exist (004:L5861).
pub const RECIPIENT_INFORMATION_DOES_NOT_EXIST: &str = documented("00280084");
/// `00280085`: Corresponding payment order was not found (004:L5862).
pub const CORRESPONDING_PAYMENT_ORDER_WAS_NOT: &str = documented("00280085");
/// `00280086`: The order payment is in progress (004:L5863).
pub const ORDER_PAYMENT_PROGRESS: &str = documented("00280086");
/// `00280087`: The result of recipient information query is not unique (004:L5864).
pub const RESULT_RECIPIENT_INFORMATION_QUERY_NOT: &str = documented("00280087");
/// `00020000`: 数据库错误 (004:L6189).
pub const CODE_00020000: &str = documented("00020000");
/// `00131074`: 订单重复 (004:L6191).
pub const CODE_00131074: &str = documented("00131074");

/// Every name with its code, in table order.
pub const ALL: &[(&str, &str)] = &[
    ("SUCCESS", SUCCESS),
    ("SYSTEM_ERROR", SYSTEM_ERROR),
    (
        "UNSUPPORTED_BANK_CARD_ACCOUNT",
        UNSUPPORTED_BANK_CARD_ACCOUNT,
    ),
    ("INPUT_USERS_REAL_NAME_AGAIN", INPUT_USERS_REAL_NAME_AGAIN),
    (
        "MERCHANT_PERMISSIONS_RESTRICTED",
        MERCHANT_PERMISSIONS_RESTRICTED,
    ),
    ("INVALID_CARD_NUMBER", INVALID_CARD_NUMBER),
    (
        "CARD_LOCKED_CANNOT_PROCESS_PAYMENT",
        CARD_LOCKED_CANNOT_PROCESS_PAYMENT,
    ),
    (
        "ORDER_AMOUNT_GREATER_THAN_MAXIMUM_00060309",
        ORDER_AMOUNT_GREATER_THAN_MAXIMUM_00060309,
    ),
    (
        "USER_NOT_SIGNED_SERVICES_TERMS",
        USER_NOT_SIGNED_SERVICES_TERMS,
    ),
    (
        "PAYMENT_PASSWORD_WAS_INPUTTED_INCORRECTLY",
        PAYMENT_PASSWORD_WAS_INPUTTED_INCORRECTLY,
    ),
    ("USERS_ONE_DAY_TOTAL_ORDER", USERS_ONE_DAY_TOTAL_ORDER),
    (
        "PAYMENT_AMOUNT_EXCEEDS_MAXIMUM_BANK",
        PAYMENT_AMOUNT_EXCEEDS_MAXIMUM_BANK,
    ),
    ("PAYMENT_DECLINED_BANK", PAYMENT_DECLINED_BANK),
    (
        "DATA_VALIDATION_FAILURE_00060700",
        DATA_VALIDATION_FAILURE_00060700,
    ),
    ("TIMEOUT", TIMEOUT),
    ("SIGNATURE_FAILURE", SIGNATURE_FAILURE),
    ("MERCHANT_NOT_REGISTERED", MERCHANT_NOT_REGISTERED),
    ("INVALID_PHONE_NUMBER", INVALID_PHONE_NUMBER),
    ("USER_CHOSE_ONLINE_BANK_HE", USER_CHOSE_ONLINE_BANK_HE),
    ("RESELECT_BANK", RESELECT_BANK),
    ("WRONG_PASSWORD_RE_ENTER", WRONG_PASSWORD_RE_ENTER),
    (
        "PAYMENT_PASSWORD_WAS_INCORRECT_MORE",
        PAYMENT_PASSWORD_WAS_INCORRECT_MORE,
    ),
    (
        "FAILED_GENERATE_PAYMENT_ORDER",
        FAILED_GENERATE_PAYMENT_ORDER,
    ),
    ("PAYMENT_FAILURE_00060750", PAYMENT_FAILURE_00060750),
    ("OVERTIME_PAYMENT_REFUNDED", OVERTIME_PAYMENT_REFUNDED),
    ("PAYMENT_NOT_EXISTS", PAYMENT_NOT_EXISTS),
    ("PAYMENT_PROCESSING_WAIT", PAYMENT_PROCESSING_WAIT),
    ("ORDER_EXPIRED_ORDER_AGAIN", ORDER_EXPIRED_ORDER_AGAIN),
    ("ORDER_STOPPED", ORDER_STOPPED),
    ("ORDERS_NOT_PAID_CONTINUE_PAY", ORDERS_NOT_PAID_CONTINUE_PAY),
    (
        "PAYMENT_FAILURE_RE_SELECT_PAYMENT",
        PAYMENT_FAILURE_RE_SELECT_PAYMENT,
    ),
    ("REFUND_UNAVAILABLE", REFUND_UNAVAILABLE),
    ("REFUND_FAILED", REFUND_FAILED),
    (
        "REFUND_AMOUNT_INCONSISTENT_PAYMENT_AMOUNT",
        REFUND_AMOUNT_INCONSISTENT_PAYMENT_AMOUNT,
    ),
    (
        "ACCUMULATED_REFUND_AMOUNT_LARGER_THAN",
        ACCUMULATED_REFUND_AMOUNT_LARGER_THAN,
    ),
    ("REFUND_RECORD_NOT_FOUND", REFUND_RECORD_NOT_FOUND),
    ("PAYMENT_SUCCESS_NO_NEED_PAY", PAYMENT_SUCCESS_NO_NEED_PAY),
    ("FINANCIAL_PROCESSING", FINANCIAL_PROCESSING),
    (
        "REFUND_NOT_ALLOWED_DURING_THIS",
        REFUND_NOT_ALLOWED_DURING_THIS,
    ),
    ("MERCHANT_NOT_SUPPORT_T_0", MERCHANT_NOT_SUPPORT_T_0),
    ("UNIDENTIFIED_REFUND_RESULT", UNIDENTIFIED_REFUND_RESULT),
    (
        "TRANSACTION_CANNOT_COMPLETE_CONTACT_CARD",
        TRANSACTION_CANNOT_COMPLETE_CONTACT_CARD,
    ),
    ("TRANSACTION_NOT_ALLOWED", TRANSACTION_NOT_ALLOWED),
    (
        "USER_ACCOUNT_BALANCE_INSUFFICIENT",
        USER_ACCOUNT_BALANCE_INSUFFICIENT,
    ),
    (
        "TRANSACTION_FAILURE_DUE_EXPIRED_BANK",
        TRANSACTION_FAILURE_DUE_EXPIRED_BANK,
    ),
    ("WRONG_PHONE_NUMBER_CVV2", WRONG_PHONE_NUMBER_CVV2),
    ("CARD_INFORMATION_ID_MISMATCH", CARD_INFORMATION_ID_MISMATCH),
    (
        "TRANSACTION_FAILURE_CONTACT_CARD_ISSUING",
        TRANSACTION_FAILURE_CONTACT_CARD_ISSUING,
    ),
    ("PAYMENT_TIMEOUT", PAYMENT_TIMEOUT),
    ("TRANSACTION_REJECTED_BANK", TRANSACTION_REJECTED_BANK),
    (
        "ENTER_INVALID_CARD_PASSWORD_MORE",
        ENTER_INVALID_CARD_PASSWORD_MORE,
    ),
    ("BANK_RETURN_FAILURE", BANK_RETURN_FAILURE),
    (
        "TRANSACTION_FAILURE_CONTACT_ISSUING_BANK_00080559",
        TRANSACTION_FAILURE_CONTACT_ISSUING_BANK_00080559,
    ),
    ("VERIFICATION_CODE_INVALID", VERIFICATION_CODE_INVALID),
    ("VERIFICATION_CODE_EXPIRED", VERIFICATION_CODE_EXPIRED),
    ("TRANSACTION_CANCELED", TRANSACTION_CANCELED),
    (
        "TRANSACTION_PROCESS_CHANGE_DIFFERENT_BANK",
        TRANSACTION_PROCESS_CHANGE_DIFFERENT_BANK,
    ),
    (
        "CARD_TYPE_NOT_SUPPORTED_CHANGE",
        CARD_TYPE_NOT_SUPPORTED_CHANGE,
    ),
    (
        "ORDER_AMOUNT_GREATER_THAN_MAXIMUM_00081550",
        ORDER_AMOUNT_GREATER_THAN_MAXIMUM_00081550,
    ),
    (
        "CARD_EXPIRED_EXPIRATION_DATE_WRONG",
        CARD_EXPIRED_EXPIRATION_DATE_WRONG,
    ),
    ("PAYMENT_FAILURE_00090021", PAYMENT_FAILURE_00090021),
    ("TRANSACTION_UNSUPPORTED", TRANSACTION_UNSUPPORTED),
    ("THERES_ERROR_THIS_CARD", THERES_ERROR_THIS_CARD),
    ("USERS_BANK_DOES_NOT_SUPPORT", USERS_BANK_DOES_NOT_SUPPORT),
    (
        "EXCEED_MAXIMUM_AMOUNT_DAILY_TRANSACTIONS",
        EXCEED_MAXIMUM_AMOUNT_DAILY_TRANSACTIONS,
    ),
    (
        "THERES_ERROR_THIS_TRANSACTION",
        THERES_ERROR_THIS_TRANSACTION,
    ),
    ("PAYMENT_FAILURE_DUE_RISK", PAYMENT_FAILURE_DUE_RISK),
    ("TRANSACTION_RECORD_NOT_FOUND", TRANSACTION_RECORD_NOT_FOUND),
    (
        "EXCEED_ORDER_AMOUNT_LIMIT_PER",
        EXCEED_ORDER_AMOUNT_LIMIT_PER,
    ),
    ("BANK_NETWORK_ERROR", BANK_NETWORK_ERROR),
    ("TRANSACTION_REJECTED", TRANSACTION_REJECTED),
    (
        "TRANSACTION_FAILURE_CONTACT_ISSUING_BANK_00131040",
        TRANSACTION_FAILURE_CONTACT_ISSUING_BANK_00131040,
    ),
    (
        "INSUFFICIENT_BALANCE_ACCOUNT_TRY_AGAIN",
        INSUFFICIENT_BALANCE_ACCOUNT_TRY_AGAIN,
    ),
    ("PHONE_NUMBER_NAME_MISMATCH", PHONE_NUMBER_NAME_MISMATCH),
    ("PHONE_NUMBER_ID_MISMATCH", PHONE_NUMBER_ID_MISMATCH),
    (
        "UNIDENTIFIED_PAYMENT_RESULT_CHECK_LATER",
        UNIDENTIFIED_PAYMENT_RESULT_CHECK_LATER,
    ),
    (
        "ABNORMAL_STATE_ORDER_PAY_AGAIN",
        ABNORMAL_STATE_ORDER_PAY_AGAIN,
    ),
    (
        "SMS_VERIFICATION_CODE_NOT_FOUND",
        SMS_VERIFICATION_CODE_NOT_FOUND,
    ),
    (
        "MERCHANT_NOT_OPENED_THIS_BANK",
        MERCHANT_NOT_OPENED_THIS_BANK,
    ),
    ("ERROR_TRY_LATER", ERROR_TRY_LATER),
    ("VALIDATION_FAILURE", VALIDATION_FAILURE),
    (
        "ABNORMAL_COMMUNICATION_SYSTEM",
        ABNORMAL_COMMUNICATION_SYSTEM,
    ),
    ("CARD_VALIDATION_FAILURE", CARD_VALIDATION_FAILURE),
    (
        "BANK_CARD_TYPE_PAYMENT_METHOD",
        BANK_CARD_TYPE_PAYMENT_METHOD,
    ),
    (
        "MERCHANT_NOT_OPENED_THIS_SERVICE",
        MERCHANT_NOT_OPENED_THIS_SERVICE,
    ),
    ("CANNOT_GENERATE_ORDER", CANNOT_GENERATE_ORDER),
    ("ORDER_NOT_FOUND", ORDER_NOT_FOUND),
    ("ORDER_TIMEOUT", ORDER_TIMEOUT),
    ("ORDER_CLOSED", ORDER_CLOSED),
    (
        "THIS_TRANSACTION_DOES_NOT_EXIST",
        THIS_TRANSACTION_DOES_NOT_EXIST,
    ),
    (
        "EXCEED_LIMITATION_VALIDATION_CODE_REQUEST",
        EXCEED_LIMITATION_VALIDATION_CODE_REQUEST,
    ),
    ("VALIDATION_CODE_INCORRECT", VALIDATION_CODE_INCORRECT),
    (
        "EXCEED_LIMITATION_TIMES_INCORRECT_VALIDATION",
        EXCEED_LIMITATION_TIMES_INCORRECT_VALIDATION,
    ),
    ("INCORRECT_VALIDATION_CODE", INCORRECT_VALIDATION_CODE),
    (
        "VERIFICATION_CODE_ONLY_CAN_REQUESTED",
        VERIFICATION_CODE_ONLY_CAN_REQUESTED,
    ),
    (
        "EXCEED_LIMIT_TIMES_INCORRECT_VALIDATION",
        EXCEED_LIMIT_TIMES_INCORRECT_VALIDATION,
    ),
    ("MISMATCH_PHONE_NUMBER", MISMATCH_PHONE_NUMBER),
    ("INVALID_VALIDATION_CODE", INVALID_VALIDATION_CODE),
    ("PROCESSING_CANNOT_CANCELED", PROCESSING_CANNOT_CANCELED),
    (
        "CANCEL_AMOUNT_PAYMENT_AMOUNT_MISMATCH",
        CANCEL_AMOUNT_PAYMENT_AMOUNT_MISMATCH,
    ),
    ("QR_CODE_EXPIRED_00200093", QR_CODE_EXPIRED_00200093),
    ("QR_CODE_EXPIRED_00200094", QR_CODE_EXPIRED_00200094),
    (
        "REFUND_PROCESSED_NOT_ACCEPT_DUPLICATE",
        REFUND_PROCESSED_NOT_ACCEPT_DUPLICATE,
    ),
    (
        "EXCHANGE_RATE_QUIRE_RESPONSE_PARAMETER",
        EXCHANGE_RATE_QUIRE_RESPONSE_PARAMETER,
    ),
    (
        "FOREIGN_CURRENCY_AMOUNT_ORDER_MUST",
        FOREIGN_CURRENCY_AMOUNT_ORDER_MUST,
    ),
    (
        "IDENTITY_NUMBER_NOT_FOUND_CHECK",
        IDENTITY_NUMBER_NOT_FOUND_CHECK,
    ),
    (
        "ORDER_AMOUNT_SHOULD_GREATER_THAN",
        ORDER_AMOUNT_SHOULD_GREATER_THAN,
    ),
    (
        "INCOMPLETE_DATA_WHEN_ORDERING_PRODUCTS",
        INCOMPLETE_DATA_WHEN_ORDERING_PRODUCTS,
    ),
    ("INCORRECT_BANK_CARD_NUMBER", INCORRECT_BANK_CARD_NUMBER),
    ("NAME_TOO_LONG_NOT_CHINESE", NAME_TOO_LONG_NOT_CHINESE),
    ("ID_CARD_NUMBER_MISMATCH", ID_CARD_NUMBER_MISMATCH),
    (
        "CROSS_BORDER_ORDER_EXTENSION_DATA",
        CROSS_BORDER_ORDER_EXTENSION_DATA,
    ),
    ("INCORRECT_IDENTITY_NUMBER", INCORRECT_IDENTITY_NUMBER),
    (
        "REFUND_AMOUNT_REFUND_APPLICATION_INCONSISTENT",
        REFUND_AMOUNT_REFUND_APPLICATION_INCONSISTENT,
    ),
    (
        "CURRENCY_REFUND_APPLICATION_INCONSISTENT_ORIGINAL",
        CURRENCY_REFUND_APPLICATION_INCONSISTENT_ORIGINAL,
    ),
    ("USERS_CARD_NOT_OPENED_ONLINE", USERS_CARD_NOT_OPENED_ONLINE),
    (
        "CUSTOMS_INFORMATION_UPDATED_SHALL_NOT",
        CUSTOMS_INFORMATION_UPDATED_SHALL_NOT,
    ),
    (
        "CROSS_BORDER_CARGO_INFORMATION_SHEET",
        CROSS_BORDER_CARGO_INFORMATION_SHEET,
    ),
    ("INCORRECT_PAYMENT_METHOD", INCORRECT_PAYMENT_METHOD),
    (
        "ABSENCE_NECESSARY_PAYMENT_INFORMATION",
        ABSENCE_NECESSARY_PAYMENT_INFORMATION,
    ),
    (
        "DUPLICATION_SUB_ORDER_NUMBER_ONE",
        DUPLICATION_SUB_ORDER_NUMBER_ONE,
    ),
    (
        "DUPLICATION_PRODUCT_CODE_SUB_ORDER",
        DUPLICATION_PRODUCT_CODE_SUB_ORDER,
    ),
    (
        "ANOMALY_REQUESTING_REAL_NAME_AUTHENTICATION",
        ANOMALY_REQUESTING_REAL_NAME_AUTHENTICATION,
    ),
    (
        "DUPLICATE_ORDER_INFORMATION_SUB_ORDER",
        DUPLICATE_ORDER_INFORMATION_SUB_ORDER,
    ),
    (
        "ORDER_AMONT_EXCEEDS_LIMIT_REQUIRD",
        ORDER_AMONT_EXCEEDS_LIMIT_REQUIRD,
    ),
    ("WRONG_CODING_BUSINESS_CODE", WRONG_CODING_BUSINESS_CODE),
    (
        "BUSINESS_CATEGORY_NOT_CONFIGURED",
        BUSINESS_CATEGORY_NOT_CONFIGURED,
    ),
    (
        "NOT_SUPPORT_REFUND_PRESCRIBED_TIME",
        NOT_SUPPORT_REFUND_PRESCRIBED_TIME,
    ),
    ("FORMAT_INCORRECT", FORMAT_INCORRECT),
    ("CARD_INFORMATION_MISMATCH", CARD_INFORMATION_MISMATCH),
    (
        "INCORRECT_INFORMATION_NOT_OPENED_EXPRESS",
        INCORRECT_INFORMATION_NOT_OPENED_EXPRESS,
    ),
    ("BANK_SYSTEM_ERROR", BANK_SYSTEM_ERROR),
    ("WRONG_USER_NAME", WRONG_USER_NAME),
    ("WRONG_CARD_INFORMATION", WRONG_CARD_INFORMATION),
    (
        "EXCEED_BANKS_LIMIT_DAILY_TRANSACTION",
        EXCEED_BANKS_LIMIT_DAILY_TRANSACTION,
    ),
    ("ORDER_DATE_MISMATCH", ORDER_DATE_MISMATCH),
    ("FIELD_TOO_LONG", FIELD_TOO_LONG),
    ("ORDER_STATUS_MISMATCH", ORDER_STATUS_MISMATCH),
    ("TRANSACTION_STATUS_MISMATCH", TRANSACTION_STATUS_MISMATCH),
    ("TRANSACTION_TERMINATED", TRANSACTION_TERMINATED),
    ("WRONG_ORDER_DATE", WRONG_ORDER_DATE),
    (
        "TRANSACTION_FAILED_DUE_BANNED_ACCOUNT",
        TRANSACTION_FAILED_DUE_BANNED_ACCOUNT,
    ),
    (
        "TRANSACTION_FAILED_DUE_BANNED_BANK",
        TRANSACTION_FAILED_DUE_BANNED_BANK,
    ),
    (
        "TRANSACTION_FAILED_DUE_BANNED_USER",
        TRANSACTION_FAILED_DUE_BANNED_USER,
    ),
    (
        "TRANSACTION_FAILED_DUE_BANNED_MERCHANT",
        TRANSACTION_FAILED_DUE_BANNED_MERCHANT,
    ),
    (
        "TRANSACTION_FAILED_DUE_BANNED_PAYMENT",
        TRANSACTION_FAILED_DUE_BANNED_PAYMENT,
    ),
    (
        "TRANSACTION_FAILED_DUE_BANNED_PHONE",
        TRANSACTION_FAILED_DUE_BANNED_PHONE,
    ),
    (
        "TRANSACTION_FAILED_DUE_BANNED_ID",
        TRANSACTION_FAILED_DUE_BANNED_ID,
    ),
    (
        "TRANSACTION_FAILED_DUE_BANNED_TERMINAL",
        TRANSACTION_FAILED_DUE_BANNED_TERMINAL,
    ),
    (
        "TRANSACTION_FAILED_DUE_BANNED_IP",
        TRANSACTION_FAILED_DUE_BANNED_IP,
    ),
    (
        "EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253001",
        EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253001,
    ),
    (
        "EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253002",
        EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253002,
    ),
    (
        "EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253003",
        EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253003,
    ),
    (
        "USERS_PHONE_NUMBER_EXCEEDED_MAXIMUM",
        USERS_PHONE_NUMBER_EXCEEDED_MAXIMUM,
    ),
    (
        "USERS_PHONE_NUMBER_EXCEED_MAXIMUM_00253011",
        USERS_PHONE_NUMBER_EXCEED_MAXIMUM_00253011,
    ),
    (
        "USERS_PHONE_NUMBER_EXCEED_MAXIMUM_00253012",
        USERS_PHONE_NUMBER_EXCEED_MAXIMUM_00253012,
    ),
    (
        "EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253022",
        EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253022,
    ),
    (
        "EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253024",
        EXCEED_MAXIMUM_TRANSACTION_AMOUNT_WITHIN_00253024,
    ),
    (
        "THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00253034",
        THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00253034,
    ),
    (
        "THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00253035",
        THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00253035,
    ),
    (
        "THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00253036",
        THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00253036,
    ),
    (
        "YOUR_ORDER_EXCEEDS_MERCHANTS_PER",
        YOUR_ORDER_EXCEEDS_MERCHANTS_PER,
    ),
    (
        "ORDER_AMOUNT_GREATER_THAN_MAXIMUM_00253048",
        ORDER_AMOUNT_GREATER_THAN_MAXIMUM_00253048,
    ),
    (
        "NEW_USERS_PHONE_NUMBER_EXCEEDED_00253049",
        NEW_USERS_PHONE_NUMBER_EXCEEDED_00253049,
    ),
    (
        "NEW_USERS_PHONE_NUMBER_EXCEEDED_00253052",
        NEW_USERS_PHONE_NUMBER_EXCEEDED_00253052,
    ),
    (
        "THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00254001",
        THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00254001,
    ),
    (
        "THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00254002",
        THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00254002,
    ),
    (
        "THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00254003",
        THIS_PHONE_NUMBER_EXCEEDED_MAXIMUM_00254003,
    ),
    (
        "EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254014",
        EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254014,
    ),
    (
        "EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254015",
        EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254015,
    ),
    (
        "THIS_CARD_EXCEEDS_MAXIMUM_TRANSACTION_00254022",
        THIS_CARD_EXCEEDS_MAXIMUM_TRANSACTION_00254022,
    ),
    (
        "THIS_CARD_EXCEEDS_MAXIMUM_TRANSACTION_00254023",
        THIS_CARD_EXCEEDS_MAXIMUM_TRANSACTION_00254023,
    ),
    (
        "THIS_CARD_EXCEEDS_MAXIMUM_TRANSACTION_00254024",
        THIS_CARD_EXCEEDS_MAXIMUM_TRANSACTION_00254024,
    ),
    (
        "EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254028",
        EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254028,
    ),
    (
        "EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254029",
        EXCEED_MAXIMUM_TRANSACTION_TIMES_WITHIN_00254029,
    ),
    (
        "NEW_USER_EXCEEDED_MAXIMUM_TRANSACTION_00254037",
        NEW_USER_EXCEEDED_MAXIMUM_TRANSACTION_00254037,
    ),
    (
        "NEW_USER_EXCEEDED_MAXIMUM_TRANSACTION_00254038",
        NEW_USER_EXCEEDED_MAXIMUM_TRANSACTION_00254038,
    ),
    (
        "INSUFFICIENT_BALANCE_ACCOUNT_HAPPENED_TOO",
        INSUFFICIENT_BALANCE_ACCOUNT_HAPPENED_TOO,
    ),
    (
        "MERCHANT_NOT_GIVEN_PERMISSION_USE",
        MERCHANT_NOT_GIVEN_PERMISSION_USE,
    ),
    (
        "DATA_VALIDATION_FAILURE_00280037",
        DATA_VALIDATION_FAILURE_00280037,
    ),
    (
        "MERCHANT_NOT_GIVEN_PERMISSION_CUSTOMS",
        MERCHANT_NOT_GIVEN_PERMISSION_CUSTOMS,
    ),
    (
        "MERCHANT_DOESNT_SUPPORT_PAYMENT_GOODS",
        MERCHANT_DOESNT_SUPPORT_PAYMENT_GOODS,
    ),
    ("FIELD_MER_CUST_ID_USR", FIELD_MER_CUST_ID_USR),
    ("VALUE_FIELD_PAY_TYPE_OUT", VALUE_FIELD_PAY_TYPE_OUT),
    (
        "FIELD_USER_BUSINESS_AGREEMENT_NUMBER",
        FIELD_USER_BUSINESS_AGREEMENT_NUMBER,
    ),
    ("ORDER_DECLARED_CUSTOMS", ORDER_DECLARED_CUSTOMS),
    ("ORDERS_INFORMATION_WRONG", ORDERS_INFORMATION_WRONG),
    ("ORDER_NOT_SENT", ORDER_NOT_SENT),
    ("ORDER_SENT_TREATED", ORDER_SENT_TREATED),
    (
        "ORDER_FAILED_DECLARATION_CUSTOM",
        ORDER_FAILED_DECLARATION_CUSTOM,
    ),
    (
        "ONLY_GOODS_SUBORDER_TYPE_SUPPORT",
        ONLY_GOODS_SUBORDER_TYPE_SUPPORT,
    ),
    ("ORDER_SENT_PROCESSING_CIQ", ORDER_SENT_PROCESSING_CIQ),
    (
        "ORDER_APPLIED_CIQ_SUCCESSFULLY_NO",
        ORDER_APPLIED_CIQ_SUCCESSFULLY_NO,
    ),
    (
        "INSPECTION_DATE_30_DAYS_AFTER",
        INSPECTION_DATE_30_DAYS_AFTER,
    ),
    (
        "CUSTOMCODE_MUST_FAIL_CHECK_DOES",
        CUSTOMCODE_MUST_FAIL_CHECK_DOES,
    ),
    ("MERCHANT_NOT_CONFIGURED", MERCHANT_NOT_CONFIGURED),
    ("MERCHANT_DID_NOT_OPEN_ANY", MERCHANT_DID_NOT_OPEN_ANY),
    (
        "DEALER_CONFIGURES_CHANNEL_DOES_NOT",
        DEALER_CONFIGURES_CHANNEL_DOES_NOT,
    ),
    (
        "MERCHANT_DID_NOT_CONFIGURE_INDEPENDENT",
        MERCHANT_DID_NOT_CONFIGURE_INDEPENDENT,
    ),
    (
        "MERCHANT_DID_NOT_OPEN_INDEPENDENT",
        MERCHANT_DID_NOT_OPEN_INDEPENDENT,
    ),
    ("DATA_EXIST", DATA_EXIST),
    ("FILE_NOT_EXIST", FILE_NOT_EXIST),
    (
        "SUBMITTED_CUSTOMS_DATA_DOESNT_EXIST",
        SUBMITTED_CUSTOMS_DATA_DOESNT_EXIST,
    ),
    ("ORDER_AMOUNT_SET_AMOUNT_NOT", ORDER_AMOUNT_SET_AMOUNT_NOT),
    ("BANK_UNSIGNED", BANK_UNSIGNED),
    (
        "MERCHANT_NOT_OPEN_THIS_CURRENCY",
        MERCHANT_NOT_OPEN_THIS_CURRENCY,
    ),
    (
        "MERCHNAT_NOT_DECLARE_CUSTOMS_REQUIRE",
        MERCHNAT_NOT_DECLARE_CUSTOMS_REQUIRE,
    ),
    ("SUB_ORDER_ABSENT", SUB_ORDER_ABSENT),
    (
        "NO_CORRESPONDING_GOODS_INFORMATION",
        NO_CORRESPONDING_GOODS_INFORMATION,
    ),
    (
        "MERCHANT_CONFIGURATION_QUERY_MERCHANTS_INVALID",
        MERCHANT_CONFIGURATION_QUERY_MERCHANTS_INVALID,
    ),
    (
        "FIELD_VALIDATION_REAL_NAME_AUTHENTICATION",
        FIELD_VALIDATION_REAL_NAME_AUTHENTICATION,
    ),
    (
        "IDENTIFICATION_RECORD_MISMATCH",
        IDENTIFICATION_RECORD_MISMATCH,
    ),
    (
        "VALIDATION_INFORMATION_MISMATCH",
        VALIDATION_INFORMATION_MISMATCH,
    ),
    ("BANK_CARD_FULL_NAME_MISMATCH", BANK_CARD_FULL_NAME_MISMATCH),
    ("PHONE_MISMATCH", PHONE_MISMATCH),
    ("UNSUPPORTED_ID_TYPE", UNSUPPORTED_ID_TYPE),
    (
        "INPUT_DATA_DOESNT_MEET_REGULAR",
        INPUT_DATA_DOESNT_MEET_REGULAR,
    ),
    (
        "AUTHENTICATION_REQUEST_EXCEPTION",
        AUTHENTICATION_REQUEST_EXCEPTION,
    ),
    ("AUTHENTICATION_FAILED", AUTHENTICATION_FAILED),
    (
        "AUTHENTICATION_REQUEST_TIMEOUT",
        AUTHENTICATION_REQUEST_TIMEOUT,
    ),
    (
        "FAILED_QUERY_MEDIA_CORRESPONDING_USERS",
        FAILED_QUERY_MEDIA_CORRESPONDING_USERS,
    ),
    (
        "PAYMENT_PROTOCOL_RELATIONSHIP_THAT_BUSINESS",
        PAYMENT_PROTOCOL_RELATIONSHIP_THAT_BUSINESS,
    ),
    ("THIS_BANKCARD_SIGNED", THIS_BANKCARD_SIGNED),
    ("AGREEMENT_DOES_NOT_EXIST", AGREEMENT_DOES_NOT_EXIST),
    (
        "MOBILE_PHONE_VERIFICATION_FAILED",
        MOBILE_PHONE_VERIFICATION_FAILED,
    ),
    ("DATA_VALID_DATE_MUST_FAIL", DATA_VALID_DATE_MUST_FAIL),
    ("TOKEN_EXPIRED", TOKEN_EXPIRED),
    (
        "INFORMATION_YOUR_BANK_CARD_WRONG",
        INFORMATION_YOUR_BANK_CARD_WRONG,
    ),
    ("ID_NULL_FORMAT_ERROR", ID_NULL_FORMAT_ERROR),
    ("MERCHANT_NOT_OPEN", MERCHANT_NOT_OPEN),
    ("CARD_EXPIRED", CARD_EXPIRED),
    (
        "ACQUIRE_VERIFICATION_CODES_TOO_MANY",
        ACQUIRE_VERIFICATION_CODES_TOO_MANY,
    ),
    (
        "FAILED_VALIDATE_CARD_BIN_VALIDATION",
        FAILED_VALIDATE_CARD_BIN_VALIDATION,
    ),
    (
        "NUMBER_VERIFICATION_CODE_REQUESTS_ORDER",
        NUMBER_VERIFICATION_CODE_REQUESTS_ORDER,
    ),
    (
        "BANK_NOT_LINKED_MERCHANT_UMFS",
        BANK_NOT_LINKED_MERCHANT_UMFS,
    ),
    (
        "MERCHANT_GOODS_NOT_REGISTERED_UMFS",
        MERCHANT_GOODS_NOT_REGISTERED_UMFS,
    ),
    (
        "RECEIVER_FAILED_RECEIVE_MESSAGE",
        RECEIVER_FAILED_RECEIVE_MESSAGE,
    ),
    (
        "RECIPIENT_INFORMATION_ALREADY_EXISTS",
        RECIPIENT_INFORMATION_ALREADY_EXISTS,
    ),
    ("INPUT_ORDER_DETAILS_FAILED", INPUT_ORDER_DETAILS_FAILED),
    ("ORDER_DETAILS_ALREADY_EXIST", ORDER_DETAILS_ALREADY_EXIST),
    (
        "PATIENT_WHILE_PAYMENT_BEING_PROCESSED",
        PATIENT_WHILE_PAYMENT_BEING_PROCESSED,
    ),
    (
        "PAYMENT_FAILED_ORDER_DETAILS_CORRESPONDING",
        PAYMENT_FAILED_ORDER_DETAILS_CORRESPONDING,
    ),
    (
        "PAYMENT_FAILED_PAYEE_INFORMATION_CORRESPONDING",
        PAYMENT_FAILED_PAYEE_INFORMATION_CORRESPONDING,
    ),
    (
        "PAYMENT_FAILED_PAYMENT_AMOUNT_THIS",
        PAYMENT_FAILED_PAYMENT_AMOUNT_THIS,
    ),
    (
        "PAYMENT_FAILED_PAYMENT_FAILED_BALANCE",
        PAYMENT_FAILED_PAYMENT_FAILED_BALANCE,
    ),
    (
        "PAYMENT_FAILED_BANK_VERIFICATION_DATA",
        PAYMENT_FAILED_BANK_VERIFICATION_DATA,
    ),
    ("EXCHANGE_RATE_INQUIRY_FAILED", EXCHANGE_RATE_INQUIRY_FAILED),
    (
        "RECIPIENT_INFORMATION_DOES_NOT_EXIST",
        RECIPIENT_INFORMATION_DOES_NOT_EXIST,
    ),
    (
        "CORRESPONDING_PAYMENT_ORDER_WAS_NOT",
        CORRESPONDING_PAYMENT_ORDER_WAS_NOT,
    ),
    ("ORDER_PAYMENT_PROGRESS", ORDER_PAYMENT_PROGRESS),
    (
        "RESULT_RECIPIENT_INFORMATION_QUERY_NOT",
        RESULT_RECIPIENT_INFORMATION_QUERY_NOT,
    ),
    ("CODE_00020000", CODE_00020000),
    ("CODE_00131074", CODE_00131074),
];
