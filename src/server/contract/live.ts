// GET /api/live's change kinds that the core itself announces; modules add theirs (ModuleParts.liveSignals).

/** New webhook events, stage changes, delivery updates, refused webhooks, and upload status or progress. */
export const CORE_LIVE_KINDS = ['events', 'stages', 'deliveries', 'rejections', 'uploads'] as const;
export type CoreLiveKind = (typeof CORE_LIVE_KINDS)[number];
