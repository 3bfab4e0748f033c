// What the assistant's screens refetch on: a WhatsApp webhook came in (a customer message, an ack), a reply's
// delivery moved, or a conversation changed phase. The core announces all three; a handover by a colleague
// shows with the next of them.
import type { ChangeKind } from '../../components/live';

export const WA_LIVE_KINDS: readonly ChangeKind[] = ['events', 'deliveries', 'stages'];
