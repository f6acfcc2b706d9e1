// Writes npm/models.d.ts, the TypeScript of every model, enum, operation and error code, from
// the core's schema (`umf schema --json`, core/src/schema.rs): nothing here is read from Rust
// source. The output is checked in; scripts/test-wasm.sh regenerates it and fails when the
// checked-in file is not current.
//
//   node scripts/types.mjs SCHEMA.json           writes npm/models.d.ts
//   node scripts/types.mjs SCHEMA.json --check   exits 1 when npm/models.d.ts differs
//
// Required means required: a model member the schema marks `required`, and every path an
// operation's answers always carry (`requires`), is non-optional in that operation's result
// type (`GetRefundResult`: `id` and `state`). Everything else stays optional.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'npm', 'models.d.ts');

/** `get_refund` -> `GetRefund`. */
export const pascal = (id) => id.split(/[_\s]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
/** `http_status` -> `httpStatus`: the property of an error extra (bindings-wasm/src/error.rs, `js_name`). */
export const camel = (id) => id.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
/** An error's extra as a JavaScript property: camelCase, but `name` is the Error's own. */
export const errorProperty = (field) => (field === 'name' ? 'header' : camel(field));

const doc = (text) => String(text).replace(/\*\//g, '*\\/');
/** A JSDoc comment at `indent` holding `text` (the core's doc comment: Markdown, which editors render). */
const jsdoc = (indent, text) => {
  const lines = doc(text).split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */`;
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`.trimEnd()), `${indent} */`].join('\n');
};
/** A member's JSDoc: its doc, and the older spellings it is also read as. */
const memberDoc = (m) => {
  const aka = m.aliases.length ? ` Also read as ${m.aliases.map((a) => `\`${a}\``).join(', ')}.` : '';
  return jsdoc('    ', m.doc + aka);
};
const key = (name) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));

// The TypeScript of each leaf kind of the schema (core/src/schema.rs).
const LEAF = {
  text: 'string',
  integer: 'number',
  decimal: 'Decimal',
  datetime: 'DateTimeText',
  messages: 'RetMsg',
  rate: 'ExchangeRateValue',
  sensitive: 'SensitiveString',
  any: 'unknown',
};

function typeOf(t) {
  switch (t.kind) {
    case 'object': return t.model;
    case 'enum': return t.name;
    case 'list': {
      const inner = typeOf(t.of);
      return /^[A-Za-z0-9_]+$/.test(inner) ? `${inner}[]` : `(${inner})[]`;
    }
    default:
      if (!(t.kind in LEAF)) throw new Error(`the schema names a type kind this generator does not know: ${t.kind}`);
      return LEAF[t.kind];
  }
}

// The TypeScript of the kinds only errors' extra fields use (the schema's `error_fields`, from
// core/src/error.rs `ERROR_FIELDS`, which gives every field its type, nullability and doc).
const ERROR_LEAF = { boolean: 'boolean', return_code_class: 'ApiErrorClass', validation_problem: 'ValidationProblem' };

function errorFieldType(name, described) {
  if (!described) throw new Error(`error field ${name} is not described in the schema's error_fields`);
  const of = (t) => (t.kind === 'list' ? `${of(t.of)}[]` : ERROR_LEAF[t.kind] ?? typeOf(t));
  return of(described.type) + (described.nullable ? ' | null' : '');
}

// Where the binding's spelling differs from the core's, the doc says so.
const errorFieldDoc = (name, described) =>
  described.doc + (name === 'name' ? ' `name` is the Error\'s own: the field is `header`.' : '');

// What the schema does not describe (the envelope, statements, uploads, validation problems):
// written here, named as the core's types are.
const FIXED = `
/** A decimal as text, exactly as sent or received (\`"100.00"\`, \`"6.9800"\`); never a float. */
export type Decimal = string;
/** A date-time as UMF wrote it (\`2018-11-26T14:50:56+0800\`, \`20170916\`, Unix seconds, ...). */
export type DateTimeText = string;
/** \`meta.ret_msg\`: a string in responses, an array in notifications. */
export type RetMsg = string | string[];
/** Ciphertext made on a device (\`CardEncryptor\`), passed through by the server unchanged. */
export interface EncryptedValue { $encrypted: string }
/** A card or identity field: plaintext (encrypted by the SDK before sending) or a device-made marker. */
export type SensitiveString = string | EncryptedValue;
/** An exchange rate: an object, or the rate alone. */
export type ExchangeRateValue = ExchangeRate | Decimal;
/** Members the SDK does not model, kept as received and sent as given. */
export interface UnknownMembers { [member: string]: unknown }
/** The envelope of every answer (\`ret_code\` \`0000\` is success). */
export interface Meta { ret_code?: string; ret_msg?: RetMsg; sign?: string; error_code?: string }
/** A HATEOAS link: data only, never followed by the SDK. */
export interface Link { href?: string; ref?: string; method?: "GET" | "POST" | (string & {}) }
/** The result of operations that answer with \`meta\` (and links) only. */
export type NoResult = Record<string, never>;
/** The parameters of operations that take none. */
export type NoParams = Record<string, never>;
/** The file of an upload operation (sent as \`multipart/form-data\`, signed over the exact bytes). */
export interface UploadParams {
    /** File name sent in the part's \`Content-Disposition\`. */
    file_name: string;
    /** The file's bytes, base64. */
    content_base64: string;
    /** Content type of the part (default \`application/octet-stream\`). */
    content_type?: string;
    /** Form field name of the part (default \`file\`). */
    field?: string;
}
/** The layout of a statement file. */
export type StatementLayout = "settlement_detail" | "transaction_detail" | "monthly_bill";
/** A parsed statement. */
export interface Statement {
    layout: StatementLayout;
    /** Header record fields by name (\`merId\`, \`settleDate\` / \`settleMonth\`). */
    header: Record<string, string | null>;
    /** One object per transaction line, by column name; \`N/A\` and empty are null. */
    rows: Record<string, string | null>[];
    /** Trailer record fields by name (counts and totals). */
    trailer: Record<string, string | null>;
    /** What was tolerated (bracket lines, short rows, count mismatch, non-UTF-8 bytes). */
    warnings: string[];
}
/** A downloaded statement: the bytes as received and their parse. */
export interface StatementFile {
    /** The file exactly as received. */
    raw: Uint8Array;
    /** The parse, or null when the file is not the expected layout. */
    statement: Statement | null;
    /** Why it could not be parsed. */
    parse_error: string | null;
}
/** One problem \`Client.validate\` found. */
export interface ValidationProblem {
    /** JSON path from the request body root, e.g. \`order.sub_orders[0].amount.total\`. */
    path: string;
    /** Stable rule name: \`required\`, \`max_length\`, \`enum\`, \`amount_format\`, \`sum_mismatch\`, ... */
    rule: string;
    /** Human-readable detail; never the value of a sensitive field. */
    message: string;
    /** \`error\` stops the request; \`warning\` reports a documented rule UMF evidently does not enforce. */
    severity: Severity;
}
/** How serious a validation problem is. */
export type Severity = "error" | "warning";
`;

/**
 * The required-path tree of one operation's result: `{ member: { list, child } }` per model,
 * from the `requires` paths. The paths are the answer's (`refund.id`); a first segment that is
 * a result key rather than a member of the result's model is the result itself.
 */
function requiredTree(op, models, unplaced) {
  if (!op.result || op.result.kind !== 'object') return null;
  const root = { model: op.result.model, members: new Map() };
  for (const full of op.requires) {
    let segments = full.split('.').map((s) => s.replace(/\[\]$/, ''));
    const first = models[root.model].members.some((m) => m.name === segments[0]);
    if (!first && op.result_keys.includes(segments[0])) segments = segments.slice(1);
    let node = root;
    let ok = true;
    for (const [i, seg] of segments.entries()) {
      const member = models[node.model].members.find((m) => m.name === seg);
      if (!member) { ok = false; break; }
      let t = member.type;
      const list = t.kind === 'list';
      if (list) t = t.of;
      const last = i === segments.length - 1;
      if (!last && t.kind !== 'object') { ok = false; break; }
      let entry = node.members.get(seg);
      if (!entry) {
        entry = { list, child: last ? null : { model: t.model, members: new Map() } };
        node.members.set(seg, entry);
      } else if (!last && !entry.child) {
        entry.child = { model: t.model, members: new Map() };
      }
      node = entry.child;
    }
    if (!ok) unplaced.push(`${op.id}: ${full}`);
  }
  return root.members.size ? root : null;
}

/** Interfaces for a required-path tree, the root named `name`. */
function treeInterfaces(name, node, models, out) {
  const lines = [`export interface ${name} extends ${node.model} {`];
  for (const [member, entry] of node.members) {
    const m = models[node.model].members.find((x) => x.name === member);
    let type;
    if (entry.child) {
      const childName = name + pascal(member);
      treeInterfaces(childName, entry.child, models, out);
      type = entry.list ? `${childName}[]` : childName;
    } else {
      type = typeOf(m.type);
    }
    lines.push(memberDoc(m), `    ${key(member)}: ${type};`);
  }
  lines.push('}');
  out.push(lines.join('\n'));
}

export function generate(schema) {
  const { models, enums, operations, errors, error_fields: errorFields } = schema;
  const out = [
    `// Generated by scripts/types.mjs from the core's schema (\`umf schema --json\`, schema_version ${schema.schema_version}). Do not edit.`,
    '// Models, enums, every operation\'s parameters and result, and the errors with their extra fields.',
    FIXED.trim(),
    `/** How an \`api_error\`'s \`ret_code\` is classed. */\nexport type ApiErrorClass = ${schema.return_code_classes.map((c) => JSON.stringify(c)).join(' | ')};`,
  ];

  for (const [name, described] of Object.entries(enums)) {
    const values = described.values.map((v) => v.value);
    const listed = described.values.map((v) => `- \`${v.value}\`: ${v.doc}`).join('\n');
    const text = `${described.doc}\n\n${listed}\n\nDocumented values, or any other string UMF sends.`;
    out.push(`${jsdoc('', text)}\nexport type ${name} = ${[...values.map((v) => JSON.stringify(v)), '(string & {})'].join(' | ')};`);
  }
  for (const [name, model] of Object.entries(models)) {
    const lines = [jsdoc('', model.doc), `export interface ${name} {`];
    for (const m of model.members) {
      lines.push(memberDoc(m));
      lines.push(`    ${key(m.name)}${m.required ? '' : '?'}: ${typeOf(m.type)};`);
    }
    lines.push('}');
    out.push(lines.join('\n'));
  }

  const unplaced = [];
  const table = [];
  for (const op of operations) {
    if (op.body.kind === 'token') continue;
    const base = pascal(op.id);
    // Parameters: path and query parameters by name, `$confirm`, the body's members.
    const own = [
      ...op.path_params.map((p) => `${key(p)}: string`),
      ...op.query.map((q) => `${key(q.name)}${q.required ? '' : '?'}: string | number`),
    ];
    if (op.confirm) own.push(`/** Required: ${doc(op.confirm)}. */\n    "$confirm": true`);
    const parts = [];
    if (own.length) parts.push(`{\n    ${own.join(';\n    ')};\n}`);
    if (op.body.kind === 'json') parts.push(typeOf(op.body.type));
    if (op.body.kind === 'multipart') parts.push('UploadParams');
    out.push(`/** The parameters of \`${op.id}\` (${op.method} ${op.path}). */\nexport type ${base}Params = ${parts.length ? parts.join(' & ') : 'NoParams'};`);

    // Result.
    let result;
    if (op.response.kind === 'csv') result = 'StatementFile';
    else if (!op.result) result = 'NoResult';
    else {
      const tree = requiredTree(op, models, unplaced);
      const ifPresent = op.response.shape === 'payment_if_present';
      const named = ifPresent ? `${base}Answer` : `${base}Result`;
      if (tree) {
        treeInterfaces(named, tree, models, out);
        result = named;
      } else {
        result = typeOf(op.result);
      }
      if (ifPresent) result = `${result} | NoResult`;
    }
    if (result !== `${base}Result`) {
      out.push(`/** The result of \`${op.id}\`. */\nexport type ${base}Result = ${result};`);
    }
    const summary = `${op.method} ${op.path} (§${op.section})` + (op.notes ? `\n\n${op.notes}` : '');
    table.push(`${jsdoc('    ', summary)}\n    ${op.id}: { params: ${base}Params; result: ${base}Result };`);
  }
  out.push(`/** The flat parameters and the result of every operation, by id. */\nexport interface OperationTypes {\n${table.join('\n')}\n}`);
  out.push([
    '/** Every operation id `UmfClient.call` and `Client.parse` take. */',
    'export type OperationId = keyof OperationTypes;',
    '/** The flat parameters of an operation: path and query parameters by name, the rest is the body. */',
    'export type OperationParams<K extends OperationId> = OperationTypes[K]["params"];',
    '/** The `result` of an operation\'s answer. */',
    'export type OperationResultOf<K extends OperationId> = OperationTypes[K]["result"];',
    '/** The result of any operation. */',
    'export type OperationResult = OperationTypes[OperationId]["result"];',
  ].join('\n'));
  if (unplaced.length) {
    out.push(`// Required paths not placed on a result type (the answer's shape differs from the model's):\n${unplaced.map((p) => `//   ${p}`).join('\n')}`);
  }

  // Errors: each code with its family and extra fields, by the names the schema gives (camelCase).
  const fields = new Map();
  for (const e of errors) {
    for (const f of e.fields) fields.set(f, errorFieldType(f, errorFields[f]));
  }
  const families = [...new Set(errors.map((e) => e.family))];
  out.push(`/** Every stable error code. */\nexport type UmfErrorCode =\n${errors.map((e) => `    | ${JSON.stringify(e.code)}`).join('\n')};`);
  out.push(`/** The family of an error code. */\nexport type UmfErrorFamily = ${families.map((f) => JSON.stringify(f)).join(' | ')};`);
  out.push([
    '/** Each code\'s family and extra fields, as the core lists them (`ERROR_KINDS`). */',
    'export interface UmfErrorFields {',
    ...errors.map((e) => `    ${key(e.code)}: { family: ${JSON.stringify(e.family)}${e.fields.map((f) => `; ${errorProperty(f)}: ${fields.get(f)}`).join('')} };`),
    '}',
  ].join('\n'));
  out.push([
    '/**',
    ' * What every error of the SDK carries. Branch on `code` (stable across releases and bindings),',
    ' * never on `message`; after `if (err.code === "response_missing_field")` its fields are typed.',
    ' * Extras are the core\'s names in camelCase (`http_status` -> `httpStatus`), but `name` is',
    ' * `header` (an Error\'s `name` is `UmfError`).',
    ' */',
    'export interface UmfErrorBase extends Error {',
    '    name: "UmfError";',
    '    code: UmfErrorCode;',
    '    family: UmfErrorFamily;',
    '    /** Whether sending the same request again is safe and may succeed. */',
    '    retryable: boolean;',
    '    /** `transport_error` / `timeout` from `UmfClient`: the host\'s own error (the `fetch` failure). */',
    '    cause?: unknown;',
    ...[...fields].filter(([f]) => f !== 'retryable').flatMap(([f, t]) => [
      `    /** ${doc(errorFieldDoc(f, errorFields[f]))} */`,
      `    ${errorProperty(f)}?: ${t};`,
    ]),
    '    /** `api_error`: its `class` as flags. */',
    '    duplicate?: boolean;',
    '    pending?: boolean;',
    '    tokenExpired?: boolean;',
    '    /** @deprecated `len` (`value_too_long`). */',
    '    length?: number;',
    '    /** @deprecated `max` (`value_too_long`). */',
    '    maxLength?: number;',
    '    /** @deprecated `max` (`key_kdf_limit`). */',
    '    limit?: number;',
    '}',
    '/** The error of one code, its extra fields present. */',
    'export type UmfErrorOf<C extends UmfErrorCode> = UmfErrorBase & { code: C } & UmfErrorFields[C];',
    '/** An error of the SDK: narrow on `code` for its fields. */',
    'export type UmfError = { [C in UmfErrorCode]: UmfErrorOf<C> }[UmfErrorCode];',
  ].join('\n'));
  return out.join('\n\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [source, flag] = process.argv.slice(2);
  if (!source) {
    console.error('usage: node scripts/types.mjs SCHEMA.json [--check]');
    process.exit(2);
  }
  const text = generate(JSON.parse(fs.readFileSync(source, 'utf8')));
  if (flag === '--check') {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error('npm/models.d.ts is not current: run `node scripts/types.mjs <(umf schema --json)`');
      process.exit(1);
    }
    console.log('npm/models.d.ts is current');
  } else {
    fs.writeFileSync(OUT, text);
    console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
  }
}
