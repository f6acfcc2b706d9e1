// The same first payment in TypeScript, checked by tsc --strict against the package's
// declarations (Node-only tsconfig, no skipLibCheck): the required members are typed present.
import fs from 'node:fs';
import { UmfClient } from 'umf-sdk';

interface TestKeys {
  client_id: string;
  client_secret: string;
  merchant_private_key_pem: string;
  umf_public_key_pem: string;
}

const keys: TestKeys = JSON.parse(fs.readFileSync(process.env.UMF_TEST_KEYS ?? 'test-keys.json', 'utf8'));
const client = new UmfClient({
  baseUrl: process.env.UMF_BASE_URL ?? 'http://127.0.0.1:8080/cberest/v1',
  umfPublicKey: keys.umf_public_key_pem,
  merchantKey: keys.merchant_private_key_pem,
  clientId: keys.client_id,
  clientSecret: keys.client_secret,
  verify: { policy: 'strict' },
});

const { result: payment } = await client.createPayment({
  payer: { payment_method: 'WECHAT_SCAN', interface_type: 'SERVER_TO_SERVER' },
  order: {
    mer_reference_id: `QS-${Date.now()}`,
    mer_date: new Date().toISOString().slice(0, 10).replaceAll('-', ''),
    amount: { total: '12.50', currency: 'USD' },
  },
  notify_url: 'https://shop.example/umf/notify',
});
if (!payment.id) throw new Error('UMF answered without a payment id');
const { result } = await client.getPayment({ payment_id: payment.id });
const total: string = result.order.amount.total;   // get_payment: always present, no `?.`
console.log(`queried ${payment.id}: ${result.state} ${total}`);
