#!/usr/bin/env python3
"""Generates the forgery matrix: signed responses and notifications (signed by OpenSSL with the
test UMF key) and every way to tamper with them, each with the outcome the SDK must give.

    python3 tests/vectors/generate_forgeries.py      # writes tests/vectors/forgery.json

Every binding's suite runs the same matrix and asserts on error codes. A case whose outcome is
`verified` is a change that does not alter what was signed (whitespace between members, member
order at the top level, an escaped `=` in the signature text) or that the chosen scope does not
cover by design (links and meta under `primary_result`, README "Decisions"): those are listed so
the limits of each scope are tested too, never silently assumed.
"""

import base64
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = os.path.join(HERE, "keys")
UMF = os.path.join(KEYS, "umf_1024_pkcs8.pem")
OTHER = os.path.join(KEYS, "merchant_1024_pkcs8.pem")


def sign(data: bytes, key: str = UMF) -> str:
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        out = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key, f.name],
                             check=True, capture_output=True).stdout
    return base64.b64encode(out).decode()


PAYMENT = ('{"id":"PAY_GM3TAOJRGYYDONJVGY3TGMRU","state":"TRADE_SUCCESS",'
           '"order":{"mer_reference_id":"ORDER-1","amount":{"total":"100.00","currency":"USD"}}}')
LINKS = '[{"href":"https://uatfx.soopay.net/cberest/v1/payments/payment/PAY_GM3TAOJRGYYDONJVGY3TGMRU","ref":"self","method":"GET"}]'
OTHER_PAYMENT = PAYMENT.replace("PAY_GM3TAOJRGYYDONJVGY3TGMRU", "PAY_OTHER0000000000000000").replace("100.00", "1.00")


def response(payment: str = PAYMENT, sig: str = None, links: str = LINKS) -> str:
    sig = sig if sig is not None else sign(PAYMENT.encode())
    return '{"meta":{"ret_code":"0000","ret_msg":"success","sign":"%s"},"payment":%s,"links":%s}' % (sig, payment, links)


def responses():
    s = sign(PAYMENT.encode())
    good = response(sig=s)
    cases = []

    def add(kind, body, expect, scope="primary_result", policy="if_present"):
        cases.append({"tamper": kind, "body": body, "scope": scope, "policy": policy,
                      "result_keys": ["payment"], "expect": expect})

    add("none", good, "verified")
    # Change a value of the covered member.
    for old, new in [('"TRADE_SUCCESS"', '"TRADE_CLOSED"'), ('"100.00"', '"900.00"'), ('"USD"', '"CNY"'),
                     ('"ORDER-1"', '"ORDER-2"'), ('PAY_GM3TAOJRGYYDONJVGY3TGMRU","state"', 'PAY_GM3TAOJRGYYDONJVGY3TGMRV","state"')]:
        add("change_value", good.replace(old, new, 1), "signature_invalid")
    add("change_type", good.replace('"total":"100.00"', '"total":100.00', 1), "signature_invalid")
    add("add_member", good.replace('"state":"TRADE_SUCCESS"', '"state":"TRADE_SUCCESS","refunded":"0.00"', 1), "signature_invalid")
    add("remove_member", good.replace('"state":"TRADE_SUCCESS",', '', 1), "signature_invalid")
    add("duplicate_member_same_value", good.replace('"state":"TRADE_SUCCESS"', '"state":"TRADE_SUCCESS","state":"TRADE_SUCCESS"', 1), "response_malformed")
    add("duplicate_member_other_value", good.replace('"state":"TRADE_SUCCESS"', '"state":"TRADE_FAIL","state":"TRADE_SUCCESS"', 1), "response_malformed")
    add("duplicate_member_by_escape", good.replace('"state":"TRADE_SUCCESS"', '"state":"TRADE_SUCCESS","st\\u0061te":"TRADE_FAIL"', 1), "response_malformed")
    add("reorder_inside_covered", good.replace('"id":"PAY_GM3TAOJRGYYDONJVGY3TGMRU","state":"TRADE_SUCCESS"', '"state":"TRADE_SUCCESS","id":"PAY_GM3TAOJRGYYDONJVGY3TGMRU"', 1), "signature_invalid")
    add("whitespace_inside_covered", good.replace('"state":"TRADE_SUCCESS"', '"state": "TRADE_SUCCESS"', 1), "signature_invalid")
    add("escape_equivalent_value", good.replace('"ORDER-1"', '"ORDER\\u002d1"', 1), "signature_invalid")
    add("escape_quote_injection", good.replace('"TRADE_SUCCESS"', '"TRADE_SUCCESS\\u0022,\\u0022x\\u0022:\\u0022"', 1), "signature_invalid")
    add("escape_lone_surrogate", good.replace('"ORDER-1"', '"ORDER-\\ud800"', 1), "response_malformed")
    # The envelope and the document.
    add("duplicate_result_member", good[:-1] + ',"payment":%s}' % OTHER_PAYMENT, "response_malformed")
    add("duplicate_meta", good[:-1] + ',"meta":{"ret_code":"0000","ret_msg":"ok"}}', "response_malformed")
    add("duplicate_sign", good.replace('"ret_code"', '"sign":"AAAA","ret_code"', 1), "response_malformed")
    add("second_document", good + '{"meta":{"ret_code":"0000"},"payment":%s}' % OTHER_PAYMENT, "response_malformed")
    add("trailing_garbage", good + "x", "response_malformed")
    add("byte_order_mark", "\ufeff" + good, "response_malformed")
    add("nul_byte", good.replace('"success"', '"succ\x00ess"', 1), "response_malformed")
    add("deep_nesting", '{"meta":{"sign":"%s"},"payment":%s}' % (s, "[" * 200 + "]" * 200), "response_malformed")
    add("not_json", "<html>502 Bad Gateway</html>", "response_malformed")
    add("empty_body", "", "response_malformed")
    add("top_level_scalar", '"just a string"', "response_malformed")
    # The signature.
    add("wrong_key", response(sig=sign(PAYMENT.encode(), OTHER)), "signature_invalid")
    add("replayed_from_other_body", response(payment=OTHER_PAYMENT, sig=s), "signature_invalid")
    add("signature_over_links_moved", response(sig=sign(LINKS.encode())), "signature_invalid")
    add("truncated_signature", response(sig=s[:64]), "signature_malformed")
    add("non_base64_signature", response(sig="!" + s[1:]), "signature_malformed")
    add("signature_one_byte_longer", response(sig=base64.b64encode(base64.b64decode(s) + b"\0").decode()), "signature_malformed")
    add("removed_signature", good.replace('"sign":"%s",' % s, "").replace(',"sign":"%s"' % s, ""), "unsigned")
    add("removed_signature_strict", good.replace(',"sign":"%s"' % s, ""), "signature_missing", policy="strict")
    add("empty_signature_strict", good.replace(s, ""), "signature_missing", policy="strict")
    add("sign_not_a_string", good.replace('"%s"' % s, "12345"), "response_malformed")
    # Changes that do not touch the covered bytes: what each scope leaves out, by design.
    add("benign_top_level_reorder", '{"links":%s,"payment":%s,"meta":{"ret_code":"0000","ret_msg":"success","sign":"%s"}}' % (LINKS, PAYMENT, s), "verified")
    add("benign_whitespace_between_members", good.replace(',"payment":', ' ,\n  "payment" : ', 1), "verified")
    add("benign_escaped_signature_padding", good.replace(s, s.replace("=", "\\u003d")), "verified")
    add("scope_limit_links_not_covered_by_primary", good.replace('"GET"', '"POST"', 1), "verified")
    add("scope_limit_meta_not_covered_by_primary", good.replace('"success"', '"changed"', 1), "verified")
    # The same changes under the scopes that do cover them. `body_without_meta` covers the
    # envelope with `meta` cut out: member names and separators included.
    wm_sig = sign(('{"payment":%s,"links":%s}' % (PAYMENT, LINKS)).encode())
    wm_good = response(sig=wm_sig)
    add("none", wm_good, "verified", scope="body_without_meta")
    add("none", wm_good, "verified", scope="auto")
    add("change_links", wm_good.replace('"GET"', '"POST"', 1), "signature_invalid", scope="body_without_meta")
    add("change_value", wm_good.replace('"100.00"', '"900.00"', 1), "signature_invalid", scope="body_without_meta")
    add("reorder_results", '{"meta":{"ret_code":"0000","ret_msg":"success","sign":"%s"},"links":%s,"payment":%s}' % (wm_sig, LINKS, PAYMENT), "signature_invalid", scope="body_without_meta")
    add("rename_result", wm_good.replace('"payment":', '"refund":', 1), "signature_invalid", scope="auto")
    add("meta_not_covered", wm_good.replace('"success"', '"changed"', 1), "verified", scope="body_without_meta")
    # Every value concatenated without names or separators (API.md Q4 (a)) is not a reading the
    # SDK offers: two different bodies cover the same bytes under it.
    concat_sig = sign((PAYMENT + LINKS).encode())
    add("separator_ambiguity_concatenation", response(sig=concat_sig), "signature_invalid", scope="auto")
    unsigned_body = '{"meta":{"ret_code":"0000","ret_msg":"success"},"payment":%s}' % PAYMENT
    body_sig = sign(unsigned_body.encode())
    body_good = unsigned_body.replace('"success"}', '"success","sign":"%s"}' % body_sig)
    add("none", body_good, "verified", scope="body_without_sign")
    add("change_meta", body_good.replace('"0000"', '"0001"', 1), "signature_invalid", scope="body_without_sign")
    add("change_value", body_good.replace('"100.00"', '"900.00"', 1), "signature_invalid", scope="body_without_sign")
    add("whitespace_between_members", body_good.replace(',"payment":', ', "payment":', 1), "signature_invalid", scope="body_without_sign")
    # A meta-only answer: covered by meta without its sign.
    meta = '{"ret_code":"0000","ret_msg":"success"}'
    meta_sig = sign(meta.encode())
    meta_good = '{"meta":{"ret_code":"0000","ret_msg":"success","sign":"%s"}}' % meta_sig
    add("none", meta_good, "verified")
    add("meta_only_changed_code", meta_good.replace('"0000"', '"00060780"', 1), "signature_invalid")
    add("meta_only_added_result", meta_good[:-1] + ',"payment":%s}' % PAYMENT, "signature_invalid")
    add("none", meta_good, "verified", scope="auto")
    add("meta_only_changed_code", meta_good.replace('"0000"', '"00060780"', 1), "signature_invalid", scope="auto")
    add("none", body_good, "verified", scope="auto")
    add("change_meta", body_good.replace('"0000"', '"0001"', 1), "signature_invalid", scope="auto")
    for case in cases:
        case["name"] = f'{case["scope"]}/{case["tamper"]}'
    return cases


REFUND = ('{"id":"REFUND_GM3TAOJRGYYDONJVGY3TGMRU","state":"REFUND_SUCCESS",'
          '"refund_info":{"mer_reference_id":"REFUND-1","amount":{"total":"100.00","currency":"USD"}}}')
FAILED_PAYMENT = PAYMENT.replace("TRADE_SUCCESS", "TRADE_FAIL")
FORGED_REFUNDS = ('{"refund_infos":[{"refund_id":"REFUND_FORGED000000000000000","state":"REFUND_SUCCESS",'
                  '"refund_amount":"100.00"}]}')
RECONCILIATIONS = ('{"settle_date":"20240101","amount":{"total":"100.00","currency":"USD"},'
                   '"pagination":{"total_count":1,"page_number":1,"page_size":500}}')


def answers():
    """Scope confusion, read through each binding's `parse`: what the signature does not cover
    must never reach the typed result, and each answer says what was covered and what not.
    `absent` strings must not appear in the typed result's JSON; `present` strings must."""
    cases = []

    def add(name, op, body, expect, scope="auto", covered=(), uncovered=(), absent=(), present=()):
        cases.append({"name": f"{scope}/{name}", "op": op, "body": body, "scope": scope,
                      "policy": "if_present", "expect": expect, "covered": list(covered),
                      "uncovered": list(uncovered), "absent": list(absent), "present": list(present)})

    def envelope(sig, members, ret_code="0000"):
        return '{"meta":{"ret_code":"%s","ret_msg":"success","sign":"%s"},%s}' % (ret_code, sig, members)

    s_pay = sign(PAYMENT.encode())
    # 1. A result member added beside the signed one.
    add("added_result_member", "get_payment_with_refunds",
        envelope(s_pay, '"payment":%s,"refund":%s' % (PAYMENT, FORGED_REFUNDS)), "verified",
        covered=["payment"], uncovered=["meta", "refund"], absent=["REFUND_FORGED"],
        present=["PAY_GM3TAOJRGYYDONJVGY3TGMRU"])
    add("added_result_member", "get_payment_with_refunds",
        envelope(s_pay, '"payment":%s,"refund":%s' % (PAYMENT, FORGED_REFUNDS)), "signature_invalid",
        scope="body_without_sign")
    # 2. A top-level pagination beside a signed statement that carries its own.
    s_rec = sign(RECONCILIATIONS.encode())
    add("uncovered_pagination", "get_reconciliation_statement",
        envelope(s_rec, '"reconciliations":%s,"pagination":{"total_count":7777,"page_number":1,"page_size":1}' % RECONCILIATIONS),
        "verified", covered=["reconciliations"], uncovered=["meta", "pagination"], absent=["7777"],
        present=['"page_size":500'])
    # 3. `ret_code` flipped to success on a signed failed payment: meta is not covered, and says so.
    s_fail = sign(FAILED_PAYMENT.encode())
    add("uncovered_ret_code", "get_payment", envelope(s_fail, '"payment":%s' % FAILED_PAYMENT), "verified",
        covered=["payment"], uncovered=["meta"], present=["TRADE_FAIL"])
    failed_body = '{"meta":{"ret_code":"00200014","ret_msg":"failed"},"payment":%s}' % FAILED_PAYMENT
    s_body = sign(failed_body.encode())
    flipped = failed_body.replace('"00200014"', '"0000"').replace('"failed"}', '"failed","sign":"%s"}' % s_body)
    add("uncovered_ret_code", "get_payment", flipped, "signature_invalid", scope="body_without_sign")
    add("uncovered_ret_code", "get_payment", flipped, "signature_invalid", scope="body_without_meta")
    # 4. A genuinely signed object of one kind moved under another member name.
    s_ref = sign(REFUND.encode())
    add("transplanted_member", "get_payment", envelope(s_ref, '"payment":%s' % REFUND), "signature_invalid")
    add("transplanted_member", "get_refund", envelope(s_pay, '"refund":%s' % PAYMENT), "signature_invalid")
    add("transplanted_member", "get_payment", envelope(s_ref, '"payment":%s' % REFUND), "signature_invalid",
        scope="primary_result")
    # 5. Values concatenated without names or separators: two bodies, the same bytes.
    s_cat = sign((PAYMENT + LINKS).encode())
    add("separator_ambiguity", "get_payment", envelope(s_cat, '"payment":%s,"links":%s' % (PAYMENT, LINKS)),
        "signature_invalid")
    # What each reading covers, when nothing was tampered with.
    add("covered_primary", "get_payment", envelope(s_pay, '"payment":%s,"links":%s' % (PAYMENT, LINKS)),
        "verified", covered=["payment"], uncovered=["meta", "links"], present=["PAY_GM3TAOJRGYYDONJVGY3TGMRU"])
    s_wm = sign(('{"payment":%s,"links":%s}' % (PAYMENT, LINKS)).encode())
    add("covered_body_without_meta", "get_payment", envelope(s_wm, '"payment":%s,"links":%s' % (PAYMENT, LINKS)),
        "verified", covered=["payment", "links"], uncovered=["meta"], present=["TRADE_SUCCESS"])
    whole = '{"meta":{"ret_code":"0000","ret_msg":"success"},"payment":%s,"refund":%s}' % (PAYMENT, FORGED_REFUNDS)
    s_whole = sign(whole.encode())
    add("covered_body_without_sign", "get_payment_with_refunds",
        whole.replace('"success"}', '"success","sign":"%s"}' % s_whole, 1), "verified",
        covered=["meta", "payment", "refund"], uncovered=[], present=["REFUND_FORGED"])
    return cases


NOTE = ('{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"payment":{"id":"PAY_GM3TAOJRGYYDONJVGY3TGMRU",'
        '"state":"TRADE_SUCCESS","order":{"mer_reference_id":"ORDER-1","amount":{"total":"0.01","currency":"CNY"}}}}')


def notifications():
    s = sign(NOTE.encode())
    cases = []

    def add(kind, body, signature, expect):
        cases.append({"tamper": kind, "name": kind, "body": body, "signature": signature, "expect": expect})

    add("none", NOTE, s, "verified")
    add("benign_header_whitespace", NOTE, "  " + s + "\r\n", "verified")
    for old, new in [('"TRADE_SUCCESS"', '"TRADE_CLOSED"'), ('"0.01"', '"9.01"'), ('"CNY"', '"USD"'), ('"ORDER-1"', '"ORDER-2"')]:
        add("change_value", NOTE.replace(old, new, 1), s, "signature_invalid")
    add("add_member", NOTE.replace('"state"', '"extra":1,"state"', 1), s, "signature_invalid")
    add("remove_member", NOTE.replace(',"order":{"mer_reference_id":"ORDER-1","amount":{"total":"0.01","currency":"CNY"}}', '', 1), s, "signature_invalid")
    add("duplicate_member", NOTE.replace('"state":"TRADE_SUCCESS"', '"state":"TRADE_FAIL","state":"TRADE_SUCCESS"', 1), s, "signature_invalid")
    add("reorder", NOTE.replace('"id":"PAY_GM3TAOJRGYYDONJVGY3TGMRU","state":"TRADE_SUCCESS"', '"state":"TRADE_SUCCESS","id":"PAY_GM3TAOJRGYYDONJVGY3TGMRU"', 1), s, "signature_invalid")
    add("whitespace", NOTE.replace(',"payment"', ', "payment"', 1), s, "signature_invalid")
    add("trailing_newline", NOTE + "\n", s, "signature_invalid")
    add("escape_equivalent", NOTE.replace('"ORDER-1"', '"ORDER\\u002d1"', 1), s, "signature_invalid")
    add("escape_quote_injection", NOTE.replace('"TRADE_SUCCESS"', '"TRADE\\u0022"', 1), s, "signature_invalid")
    add("second_document", NOTE + NOTE, s, "signature_invalid")
    add("byte_order_mark", "\ufeff" + NOTE, s, "signature_invalid")
    add("wrong_key", NOTE, sign(NOTE.encode(), OTHER), "signature_invalid")
    add("replayed_from_other_body", NOTE.replace("TRADE_SUCCESS", "TRADE_CLOSED"), sign(NOTE.replace("TRADE_SUCCESS", "TRADE_FAIL").encode()), "signature_invalid")
    add("truncated_signature", NOTE, s[:100], "signature_malformed")
    add("non_base64_signature", NOTE, "%%" + s[2:], "signature_malformed")
    add("url_safe_base64_signature", NOTE, s.replace("+", "-").replace("/", "_") if ("+" in s or "/" in s) else "-" + s[1:], "signature_malformed")
    add("empty_signature", NOTE, "", "signature_missing")
    add("empty_body", "", s, "notification_malformed")
    # Signed, so the signature passes, but not a notification the SDK accepts.
    for kind, body in [("signed_duplicate_member", NOTE.replace('"state":"TRADE_SUCCESS"', '"state":"TRADE_FAIL","state":"TRADE_SUCCESS"', 1)),
                       ("signed_second_document", NOTE + " " + NOTE),
                       ("signed_no_object", '{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]}}'),
                       ("signed_no_id", NOTE.replace('"id":"PAY_GM3TAOJRGYYDONJVGY3TGMRU",', '', 1)),
                       ("signed_not_json", "ret_code=0000")]:
        add(kind, body, sign(body.encode()), "notification_malformed")
    return cases


def main():
    matrix = {
        "about": "Forgery matrix made by tests/vectors/generate_forgeries.py with OpenSSL. Every suite runs it.",
        "umf_public_key": "umf_1024_cert.pem",
        "responses": responses(),
        "answers": answers(),
        "notifications": notifications(),
    }
    with open(os.path.join(HERE, "forgery.json"), "w") as f:
        json.dump(matrix, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f'{len(matrix["responses"])} response cases, {len(matrix["answers"])} answer cases, '
          f'{len(matrix["notifications"])} notification cases')


if __name__ == "__main__":
    main()
