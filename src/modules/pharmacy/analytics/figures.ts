// Small arithmetic shared by the pharmacy figures: numbers from either database's aggregates, shares, money to the cent.

/** SQLite answers numbers, PostgreSQL answers bigint counts as text: both read as numbers; null (a sum of nothing) is 0. */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** A share from 0 to 1 with 4 decimals, or null when there is nothing to divide by. */
export const share = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

export const cents = (value: number): number => Math.round(value * 100) / 100;
