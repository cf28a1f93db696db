import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

describe('CurrencyInput', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('sends an amount in currency units to Twenty as micros', async () => {
    bff.resetRequests();
    const data = await bff.data<{ createOpportunity: { amount: unknown } }>(
      'mutation { createOpportunity(data: { name: "Units", amount: { amount: 12.5, currencyCode: "USD" } }) { amount { amount amountMicros currencyCode } } }',
    );
    expect(data.createOpportunity.amount).toEqual({ amount: 12.5, amountMicros: 12_500_000, currencyCode: 'USD' });
    const posts = bff.upstream().filter((entry) => entry.method === 'POST');
    expect(posts.map((entry) => entry.body)).toEqual([{ id: expect.any(String), name: 'Units', amount: { amountMicros: 12_500_000, currencyCode: 'USD' } }]);
  });

  it('refuses amount and amountMicros together before any upstream call', async () => {
    bff.resetRequests();
    const result = await bff.execute(
      'mutation { updateCompany(id: "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f", data: { annualRecurringRevenue: { amount: 1, amountMicros: 1000000 } }) { id } }',
    );
    expect(result.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['argumentPath']])).toEqual([
      ['BAD_USER_INPUT', 'data.annualRecurringRevenue'],
    ]);
    expect(bff.upstream()).toEqual([]);
  });
});
