// What both benchmarks share: the create_payment request they build, and the timer.
import { performance } from 'node:perf_hooks';

/** Milliseconds spent per measurement (BENCH_MS). */
export const BUDGET_MS = Number(process.env.BENCH_MS || 1500);

/** A create_payment request with six sensitive fields (~0.7 KB as given, ~1.7 KB once encrypted). */
export function createPayment() {
  return {
    payer: {
      payment_method: 'CREDIT_CARD',
      interface_type: 'SERVER_TO_SERVER',
      payer_info: {
        name: '张三',
        bank_card: {
          number: '6222020000000000000', cvv2: '123', valid_date: '1230', payer_name: '张三',
          citizen_id_number: '110101199003077777',
        },
        phone: '13800000000',
      },
    },
    order: {
      mer_reference_id: 'ORDER-20240101-0001',
      mer_date: '20240101',
      amount: { total: '100.00', currency: 'USD' },
      order_summary: 'Cross-border goods',
      sub_orders: [{
        mer_sub_reference_id: 'SUB-1', amount: { total: '100.00', currency: 'USD' }, trans_code: '01122030',
        items: [{ mer_item_id: 'ITEM-1', type: 'FOOD', name: 'Tea', quantity: '1', amount: { total: '100.00', currency: 'USD' } }],
      }],
    },
    notify_url: 'https://merchant.example/umf/notify',
  };
}

/** Rounds per measurement; the median round is reported. */
const ROUNDS = 5;

/**
 * Time per call in µs: a warm-up, then ROUNDS rounds of calls until each round's share of the
 * budget is spent, reporting the median round's mean (the machines this runs on are shared, and
 * the median shrugs off a round another process took over).
 */
export function time(fn) {
  for (let i = 0; i < 20; i++) fn();
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < BUDGET_MS / ROUNDS) {
      fn();
      n++;
      elapsed = performance.now() - start;
    }
    rounds.push((elapsed * 1000) / n);
  }
  return rounds.sort((a, b) => a - b)[ROUNDS >> 1];
}
