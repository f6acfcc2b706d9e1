// The same first payment from CommonJS: node quickstart.cjs (see quickstart.mjs).
const fs = require('node:fs');
const { UmfClient } = require('umf-sdk');

async function main() {
  const keys = JSON.parse(fs.readFileSync(process.env.UMF_TEST_KEYS, 'utf8'));
  const client = new UmfClient({
    baseUrl: process.env.UMF_BASE_URL,
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
  console.log(`created ${payment.id}: ${payment.state}`);
  const { result } = await client.getPayment({ payment_id: payment.id });
  console.log(`queried ${payment.id}: ${result.state} ${result.order.amount.total}`);
}

main().catch((err) => { console.error(err); process.exit(1); });
