import { describe, expect, it } from 'vitest';

import { budgetLimitOf } from '../createSharedGateway.js';

describe('budgetLimitOf', () => {
  it('keeps 2% below Twenty\'s limit, at least one request, never below one', () => {
    expect([100, 50, 5, 2, 1].map(budgetLimitOf)).toEqual([98, 49, 4, 1, 1]);
  });
});
