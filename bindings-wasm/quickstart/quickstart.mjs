// A Node merchant's first payment from the npm packages alone (ES module):
//
//   npm install umf-sdk umf-sdk-cli
//   npx umf sandbox --print-test-keys > test-keys.json   # the sandbox's public test keys
//   npx umf sandbox                                       # prints {"base_url": ...}
//   UMF_BASE_URL=... UMF_TEST_KEYS=test-keys.json node quickstart.mjs
//
// Against UMF itself: its certificate, your merchant key and credentials instead.
import fs from 'node:fs';
import { UmfClient } from 'umf-sdk';

const keys = JSON.parse(fs.readFileSync(process.env.UMF_TEST_KEYS, 'utf8'));
const client = new UmfClient({
  baseUrl: process.env.UMF_BASE_URL,
  umfPublicKey: keys.umf_public_key_pem,
  merchantKey: keys.merchant_private_key_pem,
  clientId: keys.client_id,
  clientSecret: keys.client_secret,
  verify: { policy: 'strict' },
});

const reference = `QS-${Date.now()}`;
const { result: payment } = await client.createPayment({
  payer: { payment_method: 'WECHAT_SCAN', interface_type: 'SERVER_TO_SERVER' },
  order: {
    mer_reference_id: reference,
    mer_date: new Date().toISOString().slice(0, 10).replaceAll('-', ''),
    amount: { total: '12.50', currency: 'USD' },   // amounts are text, never numbers
  },
  notify_url: 'https://shop.example/umf/notify',
});
if (!payment.id) throw new Error('UMF answered without a payment id');
console.log(`created ${payment.id}: ${payment.state}`);
const { result } = await client.getPayment({ payment_id: payment.id });
console.log(`queried ${payment.id}: ${result.state} ${result.order.amount.total}`);
