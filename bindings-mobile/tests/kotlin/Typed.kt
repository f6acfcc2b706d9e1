// The typed records of UmfTypes.kt (generated from the core's schema): the payment and refund
// flows end to end against `umf sandbox` with records in and records out, every documented
// answer read into its operation's reply, required members non-null (and a missing one a
// typed error naming its path), secrets kept out of toString(), the JSON reader on random input.
package com.umfsdk.test

import com.umfsdk.ApiResponse
import com.umfsdk.ClientOptions
import com.umfsdk.HttpResponse
import com.umfsdk.SignatureScope
import com.umfsdk.UmfException
import com.umfsdk.VerifyOptions
import com.umfsdk.VerifyPolicy
import com.umfsdk.jvm.Amount
import com.umfsdk.jvm.BankCard
import com.umfsdk.jvm.BusinessType
import com.umfsdk.jvm.CreatePaymentRequest
import com.umfsdk.jvm.CreateRefundParams
import com.umfsdk.jvm.ExecutePaymentParams
import com.umfsdk.jvm.GetPaymentParams
import com.umfsdk.jvm.GetRefundParams
import com.umfsdk.jvm.InterfaceType
import com.umfsdk.jvm.Item
import com.umfsdk.jvm.JsonText
import com.umfsdk.jvm.OpId
import com.umfsdk.jvm.Operation
import com.umfsdk.jvm.Ops
import com.umfsdk.jvm.Order
import com.umfsdk.jvm.Payer
import com.umfsdk.jvm.PayerInfo
import com.umfsdk.jvm.PayerRequest
import com.umfsdk.jvm.PaymentMethod
import com.umfsdk.jvm.PaymentState
import com.umfsdk.jvm.RefundInfo
import com.umfsdk.jvm.RefundRequest
import com.umfsdk.jvm.RefundState
import com.umfsdk.jvm.RiskInfo
import com.umfsdk.jvm.SendPaymentSmsParams
import com.umfsdk.jvm.SubOrder
import com.umfsdk.jvm.UmfClient
import com.umfsdk.jvm.call
import com.umfsdk.jvm.Wire
import com.umfsdk.jvm.createPayment
import com.umfsdk.jvm.createRefund
import com.umfsdk.jvm.encryptFields
import com.umfsdk.jvm.executePayment
import com.umfsdk.jvm.getPayment
import com.umfsdk.jvm.getRefund
import com.umfsdk.jvm.parse
import com.umfsdk.jvm.payment
import com.umfsdk.jvm.refund
import com.umfsdk.jvm.prepare
import com.umfsdk.jvm.sendPaymentSms
import com.umfsdk.jvm.validate
import java.io.File
import java.math.BigDecimal
import kotlin.random.Random
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertTrue

/** The test card as a record (the same values as `CARD`). */
fun typedCard(extra: (BankCard) -> BankCard = { it }) = extra(
    BankCard(
        number = CARD.getValue("number"), validDate = CARD.getValue("valid_date"), cvv2 = CARD.getValue("cvv2"),
        payerName = CARD.getValue("payer_name"), citizenIdNumber = CARD.getValue("citizen_id_number"),
        phone = "13800000000",
    ),
)

/** `fullCreatePayment` as a record. */
fun typedCreatePayment(reference: String, notifyUrl: String, date: String, card: BankCard = typedCard()) = CreatePaymentRequest(
    payer = Payer(
        paymentMethod = PaymentMethod.CREDIT_CARD, interfaceType = InterfaceType.SERVER_TO_SERVER,
        businessType = BusinessType.B2C, payerInfo = PayerInfo(name = "张三", bankCard = card),
    ),
    order = Order(
        merReferenceId = reference, merDate = date, amount = Amount(total = BigDecimal("100.00"), currency = "USD"),
        orderSummary = "green tea",
        subOrders = listOf(
            SubOrder(
                merSubReferenceId = "$reference-S1", transCode = "01122030",
                amount = Amount(total = BigDecimal("100.00"), currency = "USD"),
                items = listOf(
                    Item(
                        merItemId = "TEA-01", type = "FOOD", name = "green tea", quantity = "2",
                        amount = Amount(total = BigDecimal("100.00"), currency = "USD"),
                    ),
                ),
            ),
        ),
    ),
    notifyUrl = notifyUrl,
    riskInfo = RiskInfo(
        transType = "02", goodsType = "1", receiverName = "ZHANG SAN", receiverMoblieId = "13800000000",
        receiverAddress = "Shanghai",
    ),
)

private val STRICT = ClientOptions(verify = VerifyOptions(VerifyPolicy.STRICT, SignatureScope.PRIMARY_RESULT))

fun typedTests(suite: Suite, v: Vectors, repo: File, umfBinary: File) {
    suite.test("typed: a record writes the very parameter object the JSON form is") {
        val typed = typedCreatePayment("KT-ORDER-0001", "https://shop.example/umf/notify", "20260301")
        assertEquals(Json.parse(fullCreatePayment(cardJson())), Json.parse(Wire.write(typed)))
        appClient(v).use { app ->
            assertEquals(app.validate("create_payment", fullCreatePayment(cardJson())), app.validate(Ops.CREATE_PAYMENT, typed))
            assertTrue(app.validate(Ops.CREATE_PAYMENT, typed).isEmpty())
            // A record the rules refuse is refused with the same paths as its JSON.
            val broken = typed.copy(order = typed.order!!.copy(amount = Amount(total = BigDecimal("-1"), currency = "USD")))
            assertTrue(app.validate(Ops.CREATE_PAYMENT, broken).any { it.path == "order.amount.total" })
            // The device encrypts the record's card; the app's client refuses to sign.
            val sealed = app.cardEncryptor().encryptFields(Ops.CREATE_PAYMENT, typed)
            assertTrue("payer.payer_info.bank_card.number" in sealed.encrypted)
            assertFalse(sealed.payloadJson.contains(CARD.getValue("number")))
            expectError<UmfException.Request>("merchant_key_required") { app.prepare(Ops.CREATE_PAYMENT, typed) }
        }
        serverClient(v).use { server ->
            val request = server.prepare(Ops.GET_PAYMENT, GetPaymentParams(paymentId = "PAY_1"))
            assertTrue(request.url().endsWith("/payments/payment/PAY_1"), request.url())
        }
        assertEquals(OpId.CREATE_PAYMENT, OpId.of("create_payment"))
        assertEquals(null, OpId.of("create_paymnet"))
        assertEquals(54, OpId.values().size)
    }

    suite.test("typed: every documented answer reads into its operation's reply") {
        val umf = UmfSigner(File(repo, "tests/vectors/keys/umf_1024_pkcs8.pem"))
        val examples = File(repo, "tests/vectors/examples/examples.jsonl").readLines().map { Json.parse(it).obj() }
            .filter { it["kind"] == "response" }
        var read = 0
        appClient(v, STRICT).use { app ->
            for (example in examples) {
                val id = example.str("operation")
                val op = Ops.byId[OpId.of(id) ?: error("$id is not an OpId")] ?: continue
                val json = example["json"]
                // 004's reconciliation statement comes as a top-level array of one envelope.
                val envelope = (if (json is List<*>) json.first() else json).obj()
                if ((envelope["meta"].obj().strOrNull("ret_code") ?: "0000") != "0000") continue // an error answer
                val (body, _) = umf.signedBody(com.umfsdk.operation(id), envelope)
                val wire = if (json is List<*>) "[$body]" else body
                // The typed descriptor reads what the core parsed, and parse(op) is the same.
                val answer = app.parse(id, HttpResponse(status = 200, body = wire.toByteArray()))
                assertNotNull(op.read(answer), id)
                assertNotNull(app.parse(op, HttpResponse(status = 200, body = wire.toByteArray())), id)
                read++
            }
        }
        assertTrue(read >= 50, "read $read answers")
    }

    suite.test("typed: a required member is non-null, and its absence an error naming the path") {
        val umf = UmfSigner(File(repo, "tests/vectors/keys/umf_1024_pkcs8.pem"))
        val payment = mapOf("id" to "PAY_1", "state" to "TRADE_SUCCESS", "order" to mapOf("amount" to mapOf("total" to "12.50", "currency" to "USD")))
        appClient(v, STRICT).use { app ->
            val getPayment = com.umfsdk.operation("get_payment")
            fun answer(payment: Map<String, Any?>): HttpResponse {
                val (body, _) = umf.signedBody(getPayment, mapOf("meta" to mapOf("ret_code" to "0000", "ret_msg" to "ok"), "payment" to payment))
                return HttpResponse(status = 200, body = body.toByteArray())
            }
            val reply = app.parse(Ops.GET_PAYMENT, answer(payment))
            val state: PaymentState = reply.paymentState
            assertEquals(PaymentState.TRADE_SUCCESS, state)
            assertEquals(BigDecimal("12.50"), reply.paymentOrderAmountTotal)
            assertEquals("12.50", reply.paymentOrderAmountTotal.toPlainString(), "the exact text")
            val missing = expectError<UmfException.Response>("response_missing_field") {
                app.parse(Ops.GET_PAYMENT, answer(payment - "state"))
            }
            assertEquals("payment.state", missing.path)
            // A state the documents do not list is read, not refused.
            assertEquals(PaymentState.UNRECOGNIZED, app.parse(Ops.GET_PAYMENT, answer(payment + ("state" to "NEW_STATE"))).paymentState)
        }
    }

    suite.test("typed: toString() of records shows no card, ID number, name or phone") {
        val typed = typedCreatePayment("KT-ORDER-0001", "https://shop.example/umf/notify", "20260301")
        val shown = typed.toString() + SendPaymentSmsParams("PAY_1", PayerRequest(typed.payer)).toString()
        for (secret in CARD.values + "13800000000" + "张三" + "ZHANG SAN") {
            assertFalse(shown.contains(secret), "$secret in $shown")
        }
        assertTrue(shown.contains("KT-ORDER-0001") && shown.contains("CREDIT_CARD") && shown.contains("100.00"), shown)
    }

    suite.test("typed: JsonText reads back what it writes, for random values") {
        val random = Random(System.nanoTime())
        fun value(depth: Int): Any? = when (if (depth > 3) random.nextInt(4) else random.nextInt(6)) {
            0 -> null
            1 -> random.nextBoolean()
            2 -> BigDecimal(random.nextLong()).movePointLeft(random.nextInt(0, 6))
            3 -> String(CharArray(random.nextInt(0, 12)) { random.nextInt(0, 0x3000).toChar() })
                .filter { !it.isSurrogate() }
            4 -> List(random.nextInt(0, 4)) { value(depth + 1) }
            else -> (0 until random.nextInt(0, 4)).associate { "k$it" + String(CharArray(2) { random.nextInt(32, 0x2000).toChar() }) to value(depth + 1) }
        }
        repeat(2000) {
            val v = value(0)
            val text = JsonText.write(v)
            assertEquals(v, JsonText.read(text), text)
            assertEquals(Json.parse(text), Json.parse(JsonText.write(JsonText.read(text))), text)
        }
    }

    suite.test("typed: a payment and its refund end to end through UmfClient, records in and out") {
        SandboxRun(umfBinary).use { umf ->
            val server = UmfClient.create(
                umf.baseUrl, v.key("umf_1024_cert.pem"), v.key("merchant_1024_pkcs8.pem"),
                SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, options = STRICT,
            )
            val created = server.createPayment(
                typedCreatePayment("KT-TYPED-0001", umf.notifyUrl, SANDBOX_TODAY, BankCard(phone = "13800000000")),
            )
            assertEquals(PaymentState.WAIT_BUYER_PAY, created.result.state)
            assertEquals(BigDecimal("100.00"), created.paymentOrderAmountTotal)
            val id = created.result.id!!
            val payer = { card: BankCard -> PayerRequest(Payer(paymentMethod = PaymentMethod.CREDIT_CARD, payerInfo = PayerInfo(bankCard = card))) }
            val card = typedCard { it.copy(citizenIdType = "IDENTITY_CARD") }
            server.sendPaymentSms(SendPaymentSmsParams(id, payer(card)))
            val code = umf.admin("sms/$id").str("code")
            val executed = server.executePayment(ExecutePaymentParams(id, payer(card.copy(verifyCode = code))))
            assertEquals(PaymentState.TRADE_SUCCESS, executed.paymentState)
            assertEquals(PaymentState.TRADE_SUCCESS, server.getPayment(GetPaymentParams(id)).paymentState)
            // UMF's notification of it, verified on the device and read as a record.
            val (signature, body) = umf.notificationAbout(id)
            val note = com.umfsdk.PublicKey(v.key("umf_1024_cert.pem")).use { com.umfsdk.Client(umf.baseUrl, it) }
                .verifyNotification(signature, body)
            assertEquals(PaymentState.TRADE_SUCCESS, note.payment()?.state)
            assertEquals(id, note.payment()?.id)
            assertEquals(null, note.refund())
            val refund = server.createRefund(
                CreateRefundParams(
                    id,
                    RefundRequest(
                        notifyUrl = umf.notifyUrl,
                        refundInfo = RefundInfo(
                            merReferenceId = "KT-TYPED-R1", merDate = SANDBOX_TODAY,
                            amount = Amount(total = BigDecimal("40.00"), currency = "USD"),
                            subOrders = listOf(
                                SubOrder(
                                    merSubReferenceId = "KT-TYPED-0001-S1", transCode = "01122030",
                                    amount = Amount(total = BigDecimal("40.00"), currency = "USD"),
                                    items = listOf(Item(merItemId = "TEA-01")),
                                ),
                            ),
                        ),
                    ),
                ),
            )
            val refundState: RefundState = refund.refundState
            assertTrue(refundState in setOf(RefundState.REFUND_PROCESS, RefundState.REFUND_SUCCESS), "$refundState")
            val queried = server.getRefund(GetRefundParams(refund.result.id!!))
            assertEquals(refund.result.id, queried.refundId)
            assertEquals(BigDecimal("40.00"), queried.result.refundInfo?.amount?.total)
            // The descriptor form is the same call.
            val again: ApiResponse = server.call(Ops.GET_PAYMENT, GetPaymentParams(id)).response
            assertEquals(id, Json.parse(again.resultJson).obj().str("id"))
        }
    }

    suite.test("typed: the operation descriptors are the table's, one per typed operation") {
        val typed = Ops.byId.keys.map { it.wire }.toSet()
        val all = com.umfsdk.operations().map { it.id }.toSet()
        assertEquals(all, OpId.values().map { it.wire }.toSet())
        assertEquals(all - typed, com.umfsdk.operations().filter { it.bodyKind == "multipart" || it.bodyKind == "token" }.map { it.id }.toSet())
        val op: Operation<*, *> = Ops.byId.getValue(OpId.GET_PAYMENT)
        assertEquals("get_payment", op.toString())
    }
}
