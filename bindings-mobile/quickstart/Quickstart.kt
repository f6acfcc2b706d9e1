// A JVM merchant's first payment with nothing but the release jar and JNA:
//
//   umf sandbox --print-test-keys > test-keys.json      # the sandbox's public test keys
//   umf sandbox &                                        # prints {"base_url": ...}
//   kotlinc -cp umf-sdk-jvm.jar Quickstart.kt -d quickstart.jar
//   UMF_BASE_URL=... UMF_TEST_KEYS=test-keys.json \
//       java -cp umf-sdk-jvm.jar:jna.jar:quickstart.jar QuickstartKt
//
// Against UMF itself: the UMF certificate, your merchant key and credentials instead of the
// sandbox's test keys, and UmfEnvironment.PRODUCTION.baseUrl() (or SANDBOX, UMF's test system).
import com.umfsdk.jvm.Amount
import com.umfsdk.jvm.CreatePaymentRequest
import com.umfsdk.jvm.GetPaymentParams
import com.umfsdk.jvm.InterfaceType
import com.umfsdk.jvm.JsonText
import com.umfsdk.jvm.ListBanksParams
import com.umfsdk.jvm.Order
import com.umfsdk.jvm.Payer
import com.umfsdk.jvm.PaymentMethod
import com.umfsdk.jvm.PaymentState
import com.umfsdk.jvm.UmfClient
import com.umfsdk.jvm.createPayment
import com.umfsdk.jvm.getPayment
import com.umfsdk.jvm.listBanks
import java.io.File
import java.math.BigDecimal
import java.time.LocalDate
import java.time.format.DateTimeFormatter

fun main() {
    @Suppress("UNCHECKED_CAST")
    val keys = JsonText.read(File(System.getenv("UMF_TEST_KEYS")).readText()) as Map<String, String>
    val umf = UmfClient.create(
        System.getenv("UMF_BASE_URL"),
        keys.getValue("umf_public_key_pem").toByteArray(),
        keys.getValue("merchant_private_key_pem").toByteArray(),
        keys.getValue("client_id"),
        keys.getValue("client_secret"),
    )
    println("banks: ${umf.listBanks(ListBanksParams()).result.banks.size}")

    // A WeChat QR payment: the payer scans qr_code_url; UMF notifies notify_url when paid.
    val created = umf.createPayment(
        CreatePaymentRequest(
            payer = Payer(paymentMethod = PaymentMethod.WECHAT_SCAN, interfaceType = InterfaceType.SERVER_TO_SERVER),
            order = Order(
                merReferenceId = "QS-" + System.currentTimeMillis(),   // UMF pays each one at most once
                merDate = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE),
                amount = Amount(total = BigDecimal("12.50"), currency = "USD"),
            ),
            notifyUrl = "https://shop.example/umf/notify",
        ),
    )
    val id = created.result.id ?: error("no payment id")
    println("created $id: ${created.result.state}, scan ${created.result.payer?.payerInfo?.qrCodeScan?.qrCodeUrl}")
    val state: PaymentState = umf.getPayment(GetPaymentParams(id)).paymentState
    println("queried $id: $state")
}
