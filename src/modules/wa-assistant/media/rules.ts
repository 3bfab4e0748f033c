// The office location and video testimonials (pure): what is configured, and the reply to "where is your office?" or "any reviews?".
//
// The WAHA contract this server follows documents sendText, sendImage and sendFile, and no location message: so the
// office goes out as a text with a map link (WhatsApp shows the link's map preview), and a testimonial as a video
// file through sendFile with its caption.
import type { ReplyPart } from '../replies/rules.js';
import type { Decision, Language } from '../rules.js';

export interface Office {
  readonly name: string | null;
  readonly address: string;
  /** Where the map link points: the configured link, else one made from the coordinates, else none. */
  readonly mapsUrl: string | null;
}

export interface Testimonial {
  readonly url: string;
  readonly caption: string;
}

/** What the workspace configured: the office (null without an address or a map link) and its testimonial videos. */
export interface ConfiguredMedia {
  readonly office: Office | null;
  readonly testimonials: readonly Testimonial[];
}

/** The settings fields this reads (the module's settings have them). */
export interface MediaSettings {
  readonly office_name: string | null;
  readonly office_address: string | null;
  readonly office_latitude: number | null;
  readonly office_longitude: number | null;
  readonly office_maps_url: string | null;
  readonly testimonial_videos: readonly { readonly url: string; readonly caption: string }[];
}

export const NO_MEDIA: ConfiguredMedia = { office: null, testimonials: [] };

/** A Google Maps link to the coordinates (opens the app on phones). */
export const coordinatesLink = (latitude: number, longitude: number): string => `https://www.google.com/maps/search/?api=1&query=${latitude},${longitude}`;

export function configuredMedia(s: MediaSettings): ConfiguredMedia {
  const mapsUrl = s.office_maps_url ?? (s.office_latitude !== null && s.office_longitude !== null ? coordinatesLink(s.office_latitude, s.office_longitude) : null);
  const address = s.office_address ?? (mapsUrl !== null ? '' : null);
  return {
    office: address === null ? null : { name: s.office_name, address, mapsUrl },
    testimonials: s.testimonial_videos.map((v) => ({ url: v.url, caption: v.caption })),
  };
}

/**
 * A setting that cannot be saved as given, by field name: coordinates come in pairs. Read on the settings as they
 * will be after a change (stored values and the change together).
 */
export function mediaSettingsProblem(s: MediaSettings): { field: string; message: string } | null {
  if ((s.office_latitude === null) !== (s.office_longitude === null)) {
    const field = s.office_latitude === null ? 'office_latitude' : 'office_longitude';
    return { field, message: `${field}: give the office's latitude and longitude together, or neither` };
  }
  return null;
}

/** The office as one message: its name, address and map link. */
export function officePart(office: Office, language: Language): ReplyPart {
  const lines = [language === 'en' ? 'Our office:' : 'Kantor kami:'];
  if (office.name) lines.push(`📍 ${office.name}`);
  if (office.address) lines.push(office.address);
  if (office.mapsUrl) lines.push(office.mapsUrl);
  lines.push('', language === 'en' ? 'You are welcome to visit us 🙏' : 'Silakan berkunjung, kami siap menyambut Bapak/Ibu 🙏');
  return { type: 'location', url: office.mapsUrl ?? '', caption: lines.join('\n') };
}

/** One testimonial video: an MP4 sent as a file, its caption beside it. */
export function testimonialPart(t: Testimonial, index: number): ReplyPart {
  const name = decodeURIComponent(new URL(t.url).pathname.split('/').pop() ?? '') || `testimoni-${index + 1}.mp4`;
  return { type: 'video', url: t.url, mimetype: 'video/mp4', filename: name, ...(t.caption ? { caption: t.caption } : {}) };
}

const text = (t: string): ReplyPart => ({ type: 'text', text: t });

/**
 * The reply to a location or testimonial question; null for every other intent (the templates of replies/rules.ts
 * answer those). Without the office or videos configured, the customer hears that an admin will send them (the
 * decision escalated the turn as one the assistant could not answer).
 */
export function mediaReply(d: Decision, media: ConfiguredMedia): ReplyPart[] | null {
  const en = d.language === 'en';
  if (d.intent === 'location') {
    if (!media.office) return [text(en ? 'Our admin will send you our office address shortly 🙏' : 'Admin kami akan segera mengirimkan alamat kantor kami 🙏')];
    return [officePart(media.office, d.language)];
  }
  if (d.intent === 'testimonial') {
    if (media.testimonials.length === 0) return [text(en ? 'Our admin will send you testimonials from our pilgrims shortly 🙏' : 'Admin kami akan segera mengirimkan testimoni jamaah kami 🙏')];
    return [
      text(en ? 'Here is what pilgrims who travelled with us say 🕋' : 'Berikut testimoni jamaah yang sudah berangkat bersama kami 🕋'),
      ...media.testimonials.map(testimonialPart),
    ];
  }
  return null;
}

/** Media the language model may choose besides the package files: only what the workspace configured, by URL. */
export function configuredMediaParts(media: ConfiguredMedia, language: Language): { readonly type: 'location' | 'video'; readonly url: string; readonly label: string; readonly part: ReplyPart }[] {
  const out: { type: 'location' | 'video'; url: string; label: string; part: ReplyPart }[] = [];
  if (media.office?.mapsUrl) out.push({ type: 'location', url: media.office.mapsUrl, label: `office location${media.office.name ? ` (${media.office.name})` : ''}`, part: officePart(media.office, language) });
  media.testimonials.forEach((t, i) => out.push({ type: 'video', url: t.url, label: `testimonial video${t.caption ? `: ${t.caption}` : ''}`, part: testimonialPart(t, i) }));
  return out;
}
