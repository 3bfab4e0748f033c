// The model's prompt (pure): base prompt + company info + package data with live seats + conversation rules + escalation criteria, then the conversation.
import { formatDate, formatPrice, isOffered, type PackageFacts } from '../replies/rules.js';
import { INTENTS, PHASES, type Language, type Phase } from '../rules.js';
import type { ChatMessage } from './client.js';

/** The production content of each prompt type (base, company, rules, escalation, faq) that has one. */
export type PromptContents = Readonly<Partial<Record<string, string>>>;

export interface PromptInput {
  readonly prompts: PromptContents;
  readonly companyName: string | null;
  readonly packages: readonly PackageFacts[];
  readonly today: string;
  readonly phase: Phase;
  readonly packageCode: string | null;
  readonly language: Language;
  /** Earlier messages of the conversation, oldest first. */
  readonly history: readonly { readonly from: 'customer' | 'us'; readonly text: string }[];
  /** The turn's messages (one burst), oldest first. */
  readonly messages: readonly string[];
  /** The office location and testimonial videos configured, which the model may send besides the package files. */
  readonly extraMedia?: readonly { readonly type: 'location' | 'video'; readonly url: string; readonly label: string }[];
}

/** Used while the marketing admin has saved no prompt of a type, so the model still knows its job and its limits. */
const DEFAULTS = {
  base: 'You are a friendly, honest sales assistant for an umroh travel agency, answering customers on WhatsApp. Keep replies short, warm and clear. Never invent prices, dates, seats or facilities: use only the package data below.',
  rules: [
    'Answer in the customer\'s language: Bahasa Indonesia by default, English when the customer writes English.',
    'Offer only packages listed below; a package not listed has no seats and must not be offered.',
    'Without a chosen package, ask how many people will travel and in which month, and list the packages.',
    'Asking for details, brochure, itinerary, hotel, what is included or the schedule moves the conversation to interest; asking how to pay or to book moves it to booking.',
    'Phases only move forward: leads, then interest, then booking.',
  ].join('\n'),
  escalation: 'Escalate to a person (escalate: true) when the customer wants to pay or book, asks about health, visas, refunds or cancellations, complains, says a transfer was already made, asks for a person, or when you are not sure of the answer.',
} as const;

function packageBlock(packages: readonly PackageFacts[], today: string): string {
  const offered = packages.filter((p) => isOffered(p, today)).sort((a, b) => a.departureDate.localeCompare(b.departureDate));
  if (offered.length === 0) return 'No package has seats at the moment: tell the customer an admin will let them know about the next departures.';
  return offered
    .slice(0, 30)
    .map((p) => {
      const lines = [
        `- ${p.code}: ${p.name}`,
        `  price ${formatPrice(p.price, p.currency)} per person; departs ${formatDate(p.departureDate, 'en')} (${p.departureDate}); ${p.durationDays} days; ${p.quotaRemaining} seats left`,
      ];
      if (p.hotel) lines.push(`  hotel: ${p.hotel}`);
      if (p.features.length > 0) lines.push(`  features: ${p.features.join('; ')}`);
      if (p.inclusions) lines.push(`  included: ${p.inclusions}`);
      if (p.exclusions) lines.push(`  not included: ${p.exclusions}`);
      if (p.paymentTerms) lines.push(`  payment terms: ${p.paymentTerms}`);
      if (p.brochureImageUrl) lines.push(`  brochure image (media type image): ${p.brochureImageUrl}`);
      if (p.itineraryUrl) lines.push(`  itinerary PDF (media type file): ${p.itineraryUrl}`);
      return lines.join('\n');
    })
    .join('\n');
}

const ANSWER_FORMAT = [
  'Answer with one JSON object and nothing else, with exactly these fields:',
  '{"reply": "the message to send the customer", "media": [{"type": "image", "file", "video" or "location", "url": "a URL from the package data or the office and testimonials"}], ' +
    `"new_phase": ${PHASES.map((p) => `"${p}"`).join(' or ')}, "confidence": a number from 0 to 1, "escalate": true or false, "intent": one of ${INTENTS.map((i) => `"${i}"`).join(', ')}}`,
  'media may be empty; use only URLs listed in the package data or under office and testimonials.',
].join('\n');

/** The chat to send: one system message with every section, then the conversation so far, then the turn's messages. */
export function buildChat(input: PromptInput): ChatMessage[] {
  const p = input.prompts;
  const section = (title: string, body: string | undefined) => (body && body.trim() !== '' ? `## ${title}\n${body.trim()}` : null);
  const system = [
    section('Role', p['base'] ?? DEFAULTS.base),
    section('Company', [input.companyName ? `Company name: ${input.companyName}` : '', p['company']].filter(Boolean).join('\n')),
    section(`Packages with seats (live, ${input.today})`, packageBlock(input.packages, input.today)),
    section('Conversation rules', p['rules'] ?? DEFAULTS.rules),
    section('Escalation criteria', p['escalation'] ?? DEFAULTS.escalation),
    section('Frequently asked questions', p['faq']),
    section('Office and testimonials (send when the customer asks where we are, or for reviews)', (input.extraMedia ?? []).map((m) => `- ${m.label} (media type ${m.type}): ${m.url}`).join('\n')),
    section(
      'This conversation',
      [`Current phase: ${input.phase}`, `Package: ${input.packageCode ?? 'none chosen yet'}`, `Customer language so far: ${input.language === 'en' ? 'English' : 'Bahasa Indonesia'}`].join('\n'),
    ),
    section('Answer format', ANSWER_FORMAT),
  ].filter((s): s is string => s !== null);
  return [
    { role: 'system', content: system.join('\n\n') },
    ...input.history.map((m): ChatMessage => ({ role: m.from === 'customer' ? 'user' : 'assistant', content: m.text })),
    ...input.messages.filter((m) => m.trim() !== '').map((m): ChatMessage => ({ role: 'user', content: m })),
  ];
}
