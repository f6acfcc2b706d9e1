// The typed face of the binding: the records, enums and operation descriptors of UmfTypes.kt
// (generated from the core's schema) in and out of `Client`, `CardEncryptor` and `UmfClient`.
// Each call writes the record as the flat parameter object the core reads and reads the core's
// result JSON back; validation, encryption, signing and verification stay in the core. The
// JSON-text methods remain for what the records do not say (an undocumented member).
package com.umfsdk.jvm

import com.umfsdk.AccessToken
import com.umfsdk.ApiResponse
import com.umfsdk.CardEncryptor
import com.umfsdk.Client
import com.umfsdk.EncryptedPayload
import com.umfsdk.HttpRequest
import com.umfsdk.HttpResponse
import com.umfsdk.NotificationKind
import com.umfsdk.UmfException
import com.umfsdk.ValidationProblem
import com.umfsdk.VerifiedNotification
import java.math.BigDecimal

/** A record written as JSON members: a model, or an operation's parameters. */
interface WireObject {
    /** The members, by their wire names; absent ones are left out. */
    fun toJson(): Map<String, Any?>
}

/** A generated enum: its constant and the exact text UMF uses. */
interface WireEnum {
    val wire: String
}

/** The parameters of an operation that takes none. */
object NoParams : WireObject {
    override fun toJson(): Map<String, Any?> = emptyMap()
    override fun toString(): String = "NoParams"
}

/** A typed answer: the operation's result record and the whole `ApiResponse` (verification,
 *  `meta`, links, the exact `resultJson`). */
open class Reply<R>(val result: R, val response: ApiResponse)

/** One operation of the table with the types of its parameters and of its reply. */
class Operation<P : WireObject, R>(val id: OpId, private val reader: (ApiResponse) -> R) {
    /** Reads an answer the core has parsed and verified. */
    fun read(response: ApiResponse): R = reader(response)

    override fun toString(): String = id.wire
}

/** Builds the exact request for `op` from its typed parameters (see `Client.prepare`). */
fun <P : WireObject, R> Client.prepare(op: Operation<P, R>, params: P, token: AccessToken? = null): HttpRequest =
    prepare(op.id.wire, Wire.write(params), token)

/** Every validation problem of `params`, warnings included (see `Client.validate`). */
fun <P : WireObject, R> Client.validate(op: Operation<P, R>, params: P): List<ValidationProblem> =
    validate(op.id.wire, Wire.write(params))

/** Reads UMF's answer to `op` as its typed reply; throws as `Client.parse` does, and
 *  `UmfException.Response` (`response_missing_field`, with the `path`) for a member the
 *  documents show in every answer. */
fun <P : WireObject, R> Client.parse(op: Operation<P, R>, response: HttpResponse): R =
    op.read(parse(op.id.wire, response))

/** Encrypts the sensitive fields of `params` on the device (see `CardEncryptor.encryptFields`). */
fun <P : WireObject, R> CardEncryptor.encryptFields(op: Operation<P, R>, params: P): EncryptedPayload =
    encryptFields(op.id.wire, Wire.write(params))

/** Calls `op` with its typed parameters and reads its typed reply. */
fun <P : WireObject, R> UmfOperations.call(op: Operation<P, R>, params: P): R =
    op.read(call(op.id.wire, Wire.write(params)))

/** The payment a verified `PAYMENT` notification carries, typed; null for another kind. */
fun VerifiedNotification.payment(): Payment? =
    if (kind == NotificationKind.PAYMENT) Payment.fromJson(carried("payment"), "payment") else null

/** The refund a verified `REFUND` notification carries, typed; null for another kind. */
fun VerifiedNotification.refund(): Refund? =
    if (kind == NotificationKind.REFUND) Refund.fromJson(carried("refund"), "refund") else null

/** `object` is tagged by kind: `{"payment": {…}}`. */
private fun VerifiedNotification.carried(kind: String): Any? =
    ((JsonText.read(notificationJson) as? Map<*, *>)?.get("object") as? Map<*, *>)?.get(kind)

/** The readers and writers the generated records use. */
object Wire {
    /** `params` as the JSON text the core reads. */
    fun write(params: WireObject): String = JsonText.write(params.toJson())

    /** The members that are set, written as JSON values (decimals as strings, as UMF writes
     *  amounts; enums as their wire text). */
    fun obj(vararg members: Pair<String, Any?>): Map<String, Any?> {
        val out = LinkedHashMap<String, Any?>()
        for ((name, value) in members) if (value != null) out[name] = value(value)
        return out
    }

    private fun value(v: Any?): Any? = when (v) {
        is WireObject -> v.toJson()
        is WireEnum -> v.wire
        is BigDecimal -> v.toPlainString()
        is List<*> -> v.map { value(it) }
        else -> v
    }

    /** `parent.member`, the path errors name. */
    fun at(parent: String, member: String): String = if (parent.isEmpty()) member else "$parent.$member"

    fun members(v: Any?, path: String): Map<*, *> = v as? Map<*, *> ?: throw malformed(path, "an object")

    fun list(v: Any?, path: String): List<*>? = when (v) {
        null -> null
        is List<*> -> v
        else -> throw malformed(path, "a list")
    }

    /** Text members; a number UMF sent where text is documented keeps its exact digits. */
    fun text(v: Any?, path: String): String? = when (v) {
        null -> null
        is String -> v
        is BigDecimal -> v.toPlainString()
        is Boolean -> v.toString()
        else -> throw malformed(path, "text")
    }

    fun integer(v: Any?, path: String): Long? = try {
        when (v) {
            null -> null
            is BigDecimal -> v.longValueExact()
            is String -> v.toLong()
            else -> throw malformed(path, "an integer")
        }
    } catch (e: ArithmeticException) {
        throw malformed(path, "an integer")
    } catch (e: NumberFormatException) {
        throw malformed(path, "an integer")
    }

    fun decimal(v: Any?, path: String): BigDecimal? = try {
        when (v) {
            null -> null
            is BigDecimal -> v
            is String -> BigDecimal(v)
            else -> throw malformed(path, "a decimal")
        }
    } catch (e: NumberFormatException) {
        throw malformed(path, "a decimal")
    }

    /** A member the documents show in every answer (the core checked it; this holds the type
     *  system to it). */
    fun <T> need(v: T?, path: String): T =
        v ?: throw UmfException.Response("response_missing_field", "the answer has no $path", path)

    /** What `toString()` shows of a sensitive member: whether it is set, never its value. */
    fun redacted(v: Any?): String = if (v == null) "null" else "<redacted>"

    private fun malformed(path: String, wanted: String) =
        UmfException.Response("response_malformed", "$path is not $wanted", null)
}
