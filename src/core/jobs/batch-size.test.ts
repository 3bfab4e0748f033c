import { describe, expect, it } from 'vitest';
import { createBatchCost } from './batch-size.js';

describe('batch sizing', () => {
  it('starts small, then claims as many jobs as fit in the budget by what recent batches cost', () => {
    const cost = createBatchCost(200, 10);
    expect(cost.limit()).toBe(16);
    cost.observe(16, 32); // 2 ms a job
    expect(cost.limit()).toBe(5);
    cost.observe(5, 1); // cheap jobs: the average moves towards them, not all the way at once
    expect(cost.limit()).toBe(6);
    for (let i = 0; i < 30; i++) cost.observe(50, 5);
    expect(cost.limit()).toBe(99);
  });

  it('never claims fewer than one job or more than the most a batch may hold', () => {
    const slow = createBatchCost(200, 10);
    slow.observe(1, 500);
    expect(slow.limit()).toBe(1);
    const fast = createBatchCost(200, 10);
    fast.observe(200, 0);
    expect(fast.limit()).toBe(200);
  });

  it('without a budget (PostgreSQL) always claims the most a batch may hold', () => {
    const unlimited = createBatchCost(200, Number.POSITIVE_INFINITY);
    expect(unlimited.limit()).toBe(200);
    unlimited.observe(200, 4_000);
    expect(unlimited.limit()).toBe(200);
  });
});
