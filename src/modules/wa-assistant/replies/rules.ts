// Reply templates (pure): the words and media of a reply, in Bahasa Indonesia or English, from a decision and the package catalogue.
import type { Decision, Language } from '../rules.js';
import type { ReplyTemplates, TemplateName } from '../contract/experiments.js';

/** What the templates read of a package. */
export interface PackageFacts {
  readonly code: string;
  readonly name: string;
  /** Whole units of the currency (Rupiah have no minor unit in practice). */
  readonly price: number;
  readonly currency: string;
  /** YYYY-MM-DD */
  readonly departureDate: string;
  readonly durationDays: number;
  readonly quotaRemaining: number;
  readonly brochureImageUrl: string | null;
  readonly itineraryUrl: string | null;
  readonly features: readonly string[];
  readonly hotel: string | null;
  readonly inclusions: string | null;
  readonly exclusions: string | null;
  readonly paymentTerms: string | null;
}

export type ReplyPart =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'image' | 'file' | 'video'; readonly url: string; readonly caption?: string; readonly filename?: string; readonly mimetype?: string }
  /** The office: sent as a text (`caption`: name, address and map link); `url` is the map link. */
  | { readonly type: 'location'; readonly url: string; readonly caption: string };

export interface ReplyInput {
  readonly decision: Decision;
  readonly packages: readonly PackageFacts[];
  /** Null while the owner has not named the business: the welcome then names none. */
  readonly companyName: string | null;
  /** Today in the workspace's time zone (YYYY-MM-DD): packages that have left are not offered. */
  readonly today: string;
  /** An A/B test variant's own words for some replies (greeting, package_intro, package_details); absent: the standard ones. */
  readonly templates?: ReplyTemplates;
}

const MONTHS: Record<Language, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `Rp 25.000.000` for IDR; other currencies as `USD 1,200`. */
export function formatPrice(amount: number, currency: string): string {
  if (currency === 'IDR') return `Rp ${Math.round(amount).toLocaleString('id-ID')}`;
  return `${currency} ${amount.toLocaleString('en-US')}`;
}

/** `15 Maret 2025` / `15 March 2025` from YYYY-MM-DD. */
export function formatDate(day: string, language: Language): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d ?? ''} ${MONTHS[language][(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

/** Offered: seats left and not yet departed. A sold-out package is never offered. */
export const isOffered = (p: PackageFacts, today: string): boolean => p.quotaRemaining > 0 && p.departureDate >= today;

/** What a reply says instead of a list when no package has seats. */
const allFull = (lang: Language): string =>
  lang === 'en' ? 'All our packages are full at the moment; our admin will let you know about the next departures.' : 'Saat ini semua paket kami sudah penuh; admin kami akan mengabarkan jadwal berikutnya.';

/**
 * The packages with seats, one line each, or null when there are none: a reply then says so instead of introducing a
 * list ("these still have seats:") and asking which one.
 */
function packageList(packages: readonly PackageFacts[], today: string, lang: Language): string | null {
  const offered = packages.filter((p) => isOffered(p, today)).sort((a, b) => a.departureDate.localeCompare(b.departureDate));
  if (offered.length === 0) return null;
  return offered
    .slice(0, 8)
    .map((p) =>
      lang === 'en'
        ? `• ${p.name}: ${formatPrice(p.price, p.currency)}, departs ${formatDate(p.departureDate, 'en')} (${p.durationDays} days), ${p.quotaRemaining} seats left`
        : `• ${p.name}: ${formatPrice(p.price, p.currency)}, berangkat ${formatDate(p.departureDate, 'id')} (${p.durationDays} hari), sisa ${p.quotaRemaining} kursi`,
    )
    .join('\n');
}

const text = (t: string): ReplyPart => ({ type: 'text', text: t });

/**
 * A reply built around the list of packages with seats; when none has any, `opening` followed by the sentence that
 * all are full, instead of a list introduction with nothing under it and a question about which one.
 */
function withSeats(input: ReplyInput, lang: Language, opening: string, listed: (list: string) => string): ReplyPart[] {
  const list = packageList(input.packages, input.today, lang);
  return [text(list === null ? `${opening}${allFull(lang)}` : listed(list))];
}

/**
 * An A/B test variant's own words for a named reply in this language, placeholders filled, or null (no variant, or
 * none for this reply or language: the standard words are used). Placeholders were checked when the test was saved;
 * one without a value is left as written rather than guessed.
 */
export function templateText(templates: ReplyTemplates | undefined, name: TemplateName, language: Language, values: Readonly<Record<string, string | number>>): string | null {
  const words = templates?.[name]?.[language];
  if (words === undefined) return null;
  return words.replace(/\{([a-z_]+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The business's name for a template's {company}, or words for "us" in the reply's language while it has none. */
const companyWords = (input: ReplyInput, lang: Language): string => input.companyName ?? (lang === 'en' ? 'our travel agency' : 'travel umroh kami');

function welcome(input: ReplyInput, lang: Language): ReplyPart[] {
  const list = packageList(input.packages, input.today, lang) ?? allFull(lang);
  const custom = templateText(input.templates, 'greeting', lang, { company: companyWords(input, lang), packages: list });
  if (custom !== null) return [text(custom)];
  return [
    text(
      lang === 'en'
        ? `Assalamualaikum! Welcome${input.companyName ? ` to ${input.companyName}` : ''} 🕋\n\nTo recommend the best package:\n1. How many people will travel?\n2. Which month would you like to leave?\n\nOur umroh departures this season:\n${list}`
        : `Assalamualaikum! Selamat datang${input.companyName ? ` di ${input.companyName}` : ''} 🕋\n\nUntuk membantu memberikan rekomendasi terbaik:\n1. Berapa orang yang akan berangkat?\n2. Bulan apa yang Bapak/Ibu inginkan?\n\nBerikut jadwal umroh kami musim ini:\n${list}`,
    ),
  ];
}

function packageIntro(p: PackageFacts, input: ReplyInput, lang: Language): ReplyPart[] {
  const facts = { company: companyWords(input, lang), package: p.name, price: formatPrice(p.price, p.currency), departure: formatDate(p.departureDate, lang), duration: p.durationDays, seats: p.quotaRemaining };
  const parts: ReplyPart[] = [
    text(templateText(input.templates, 'package_intro', lang, facts) ?? (lang === 'en' ? `Assalamualaikum! Thank you for your interest in our ${p.name} 🕋` : `Assalamualaikum! Terima kasih telah tertarik dengan ${p.name} kami 🕋`)),
  ];
  if (p.brochureImageUrl) parts.push({ type: 'image', url: p.brochureImageUrl, filename: `${p.code}.jpg`, mimetype: 'image/jpeg' });
  parts.push(
    text(
      templateText(input.templates, 'package_details', lang, facts) ??
      (lang === 'en'
        ? `Price: ${formatPrice(p.price, p.currency)}\nDeparture: ${formatDate(p.departureDate, 'en')}\nDuration: ${p.durationDays} days\n\nWould you like to know the details of the facilities?`
        : `Harga: ${formatPrice(p.price, p.currency)}\nKeberangkatan: ${formatDate(p.departureDate, 'id')}\nDurasi: ${p.durationDays} hari\n\nApakah Bapak/Ibu ingin mengetahui detail fasilitasnya?`),
    ),
  );
  return parts;
}

function soldOut(p: PackageFacts, input: ReplyInput, lang: Language): ReplyPart[] {
  const en = lang === 'en';
  const opening = en ? `Assalamualaikum! Thank you for your interest in ${p.name}.` : `Assalamualaikum! Terima kasih atas minatnya pada ${p.name}.`;
  return withSeats(input, lang, `${opening} ${en ? 'That departure is fully booked.' : 'Mohon maaf, keberangkatan tersebut sudah penuh.'} `, (list) =>
    en ? `${opening} That departure is fully booked; these still have seats:\n${list}` : `${opening} Mohon maaf, keberangkatan tersebut sudah penuh; berikut paket yang masih tersedia:\n${list}`,
  );
}

function details(p: PackageFacts, lang: Language): ReplyPart[] {
  const lines = [lang === 'en' ? `Here are the details of ${p.name}:` : `Berikut detail ${p.name}:`];
  if (p.hotel) lines.push(`🏨 Hotel: ${p.hotel}`);
  if (p.features.length > 0) lines.push(...p.features.map((f) => `• ${f}`));
  if (p.inclusions) lines.push(`✅ ${lang === 'en' ? 'Included' : 'Termasuk'}: ${p.inclusions}`);
  if (p.exclusions) lines.push(`❌ ${lang === 'en' ? 'Not included' : 'Tidak termasuk'}: ${p.exclusions}`);
  if (p.paymentTerms) lines.push(`💳 ${lang === 'en' ? 'Payment' : 'Pembayaran'}: ${p.paymentTerms}`);
  if (p.brochureImageUrl || p.itineraryUrl) lines.push('', lang === 'en' ? 'The brochure and itinerary follow below.' : 'Brosur dan itinerary kami kirimkan di bawah ini.');
  const parts: ReplyPart[] = [text(lines.join('\n'))];
  if (p.brochureImageUrl) parts.push({ type: 'image', url: p.brochureImageUrl, filename: `${p.code}.jpg`, mimetype: 'image/jpeg' });
  if (p.itineraryUrl) parts.push({ type: 'file', url: p.itineraryUrl, filename: `itinerary-${p.code}.pdf`, mimetype: 'application/pdf' });
  return parts;
}

/** The reply's parts in sending order. An escalated turn still gets a short, honest answer. */
export function composeReply(input: ReplyInput): ReplyPart[] {
  const d = input.decision;
  const lang = d.language;
  const pkg = d.packageCode ? input.packages.find((p) => p.code === d.packageCode) : undefined;
  const en = lang === 'en';
  switch (d.intent) {
    case 'campaign_code':
      if (!pkg) return welcome(input, lang);
      return isOffered(pkg, input.today) ? packageIntro(pkg, input, lang) : soldOut(pkg, input, lang);
    case 'details':
      if (pkg && isOffered(pkg, input.today)) return details(pkg, lang);
      return withSeats(input, lang, '', (list) => (en ? `Which package would you like the details of?\n${list}` : `Paket mana yang ingin Bapak/Ibu ketahui detailnya?\n${list}`));
    case 'price':
      if (pkg) return [text(en ? `${pkg.name} costs ${formatPrice(pkg.price, pkg.currency)} per person, departing ${formatDate(pkg.departureDate, 'en')} (${pkg.durationDays} days).${pkg.paymentTerms ? `\nPayment: ${pkg.paymentTerms}` : ''}` : `Harga ${pkg.name} ${formatPrice(pkg.price, pkg.currency)} per orang, berangkat ${formatDate(pkg.departureDate, 'id')} (${pkg.durationDays} hari).${pkg.paymentTerms ? `\nPembayaran: ${pkg.paymentTerms}` : ''}`)];
      return welcome(input, lang);
    case 'payment':
      if (d.highIntent || !pkg) {
        return withSeats(input, lang, en ? 'Thank you for your interest! ' : 'Terima kasih atas minatnya! ', (list) =>
          en
            ? `Thank you for your interest! Before payment, which package would you like? These still have seats:\n${list}\n\nOur admin will also help you.`
            : `Terima kasih atas minatnya! Sebelum pembayaran, boleh kami tahu paket mana yang Bapak/Ibu pilih? Berikut paket yang masih tersedia:\n${list}\n\nAdmin kami juga akan membantu Bapak/Ibu.`,
        );
      }
      return [text(en ? `Thank you! Our admin will contact you shortly to complete the registration and payment for ${pkg.name}.${pkg.paymentTerms ? `\nPayment terms: ${pkg.paymentTerms}` : ''}` : `Terima kasih! Admin kami akan segera menghubungi Bapak/Ibu untuk proses pendaftaran dan pembayaran ${pkg.name}.${pkg.paymentTerms ? `\nKetentuan pembayaran: ${pkg.paymentTerms}` : ''}`)];
    case 'transfer_done':
      return [text(en ? 'Thank you! Our admin will check your payment and get back to you shortly 🙏' : 'Terima kasih! Admin kami akan segera memeriksa pembayaran Bapak/Ibu dan menghubungi kembali 🙏')];
    case 'health':
    case 'visa':
    case 'refund':
    case 'complaint':
      return [text(en ? 'Thank you for asking. We are passing this to our admin so that you get the right answer; please wait a moment 🙏' : 'Terima kasih atas pertanyaannya. Kami teruskan ke admin kami agar Bapak/Ibu mendapat jawaban yang tepat; mohon ditunggu sebentar 🙏')];
    case 'human':
      return [text(en ? 'Of course, we are connecting you with our admin. Please wait a moment 🙏' : 'Baik, kami hubungkan dengan admin kami. Mohon ditunggu sebentar 🙏')];
    case 'people_month':
    case 'ask_packages':
      return withSeats(input, lang, en ? 'Thank you! ' : 'Terima kasih! ', (list) =>
        en ? `Thank you! These departures still have seats:\n${list}\n\nWhich one interests you?` : `Terima kasih! Berikut paket yang masih tersedia:\n${list}\n\nPaket mana yang Bapak/Ibu minati?`,
      );
    case 'thanks':
      return [text(en ? 'You are welcome! Let us know if there is anything else 🙏' : 'Sama-sama! Jika ada yang ingin ditanyakan lagi, silakan kabari kami 🙏')];
    case 'location':
    case 'testimonial':
      // Answered from the configured office and videos (media/rules.ts, put together in brain.ts); the welcome is what is left without them.
      return welcome(input, lang);
    case 'greeting':
      if (pkg) return [text(en ? `Waalaikumsalam! How can we help you with ${pkg.name}?` : `Waalaikumsalam! Ada yang bisa kami bantu mengenai ${pkg.name}?`)];
      return welcome(input, lang);
    case 'affirmative':
    case 'unknown':
      if (d.escalate) return [text(en ? 'Sorry, we want to make sure you get the right answer: our admin will reply to you shortly 🙏' : 'Mohon maaf, agar jawabannya tepat, admin kami akan segera membalas pesan Bapak/Ibu 🙏')];
      return welcome(input, lang);
  }
}

/** The holding message sent once when nobody has picked up an escalated conversation in time. */
export function holdingMessage(language: Language): string {
  return language === 'en'
    ? 'Thank you for waiting. Our admin is still helping other customers and will reply to you as soon as possible 🙏'
    : 'Terima kasih sudah menunggu. Admin kami masih melayani pelanggan lain dan akan segera membalas pesan Bapak/Ibu 🙏';
}
