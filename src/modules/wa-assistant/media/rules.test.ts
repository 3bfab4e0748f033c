// The office location and testimonial replies row by row: what is configured, what is answered, what the model may pick.
import { describe, expect, it } from 'vitest';
import { thinkWithRules, type BrainInput } from '../brain.js';
import { mergeModelAnswer } from '../model/answer.js';
import { configuredMedia, configuredMediaParts, mediaSettingsProblem, type MediaSettings } from './rules.js';

const NONE: MediaSettings = { office_name: null, office_address: null, office_latitude: null, office_longitude: null, office_maps_url: null, testimonial_videos: [] };
const CONFIGURED: MediaSettings = {
  ...NONE,
  office_name: 'Kantor Amanah Tour',
  office_address: 'Jl. Sudirman 1, Jakarta',
  office_latitude: -6.2,
  office_longitude: 106.8,
  testimonial_videos: [{ url: 'https://cdn.amanah.test/testimoni-aminah.mp4', caption: 'Bu Aminah, jamaah Maret' }],
};

const brain = (message: string, media: MediaSettings, phase: BrainInput['phase'] = 'leads'): ReturnType<typeof thinkWithRules> =>
  thinkWithRules({ messages: [message], phase, packageCode: null, previousLanguage: 'id', packages: [], companyName: 'Amanah Tour', lowConfidenceThreshold: 0.5, today: '2026-01-05', media: configuredMedia(media) });

describe('office location', () => {
  it('answers "where is the office" with the name, address and a map link to the coordinates, without moving the phase', () => {
    const a = brain('alamat kantor dimana kak?', CONFIGURED, 'interest');
    expect(a.decision).toMatchObject({ intent: 'location', phase: 'interest', escalate: false });
    expect(a.parts).toEqual([
      { type: 'location', url: 'https://www.google.com/maps/search/?api=1&query=-6.2,106.8', caption: expect.stringContaining('Jl. Sudirman 1, Jakarta') },
    ]);
    expect(a.parts[0]).toMatchObject({ caption: expect.stringContaining('📍 Kantor Amanah Tour') });
  });
  it('a configured map link wins over the coordinates; English when asked in English', () => {
    const a = brain('where is your office?', { ...CONFIGURED, office_maps_url: 'https://maps.app.goo.gl/amanah' });
    expect(a.parts[0]).toMatchObject({ type: 'location', url: 'https://maps.app.goo.gl/amanah', caption: expect.stringMatching(/^Our office:/) });
  });
  it('not configured: the customer hears that an admin will send it, and a person is asked (low confidence)', () => {
    const a = brain('lokasinya dimana?', NONE);
    expect(a.decision).toMatchObject({ intent: 'location', escalate: true, escalationReason: 'low_confidence', notes: [{ code: 'wa.office_not_configured' }] });
    expect(a.parts).toEqual([{ type: 'text', text: expect.stringContaining('alamat kantor') }]);
  });
  it('coordinates come in pairs', () => {
    expect(mediaSettingsProblem({ ...NONE, office_latitude: -6.2 })).toMatchObject({ field: 'office_longitude' });
    expect(mediaSettingsProblem({ ...NONE, office_longitude: 106.8 })).toMatchObject({ field: 'office_latitude' });
    expect(mediaSettingsProblem(CONFIGURED)).toBeNull();
  });
});

describe('testimonials', () => {
  it('sends every configured video as an MP4 file with its caption, after a short text', () => {
    const a = brain('ada video jamaah?', CONFIGURED);
    expect(a.decision).toMatchObject({ intent: 'testimonial', escalate: false });
    expect(a.parts).toEqual([
      { type: 'text', text: expect.stringContaining('testimoni') },
      { type: 'video', url: 'https://cdn.amanah.test/testimoni-aminah.mp4', mimetype: 'video/mp4', filename: 'testimoni-aminah.mp4', caption: 'Bu Aminah, jamaah Maret' },
    ]);
  });
  it('none configured: an admin is asked', () => {
    expect(brain('Do you have reviews?', NONE).decision).toMatchObject({ intent: 'testimonial', escalate: true, escalationReason: 'low_confidence', language: 'en' });
  });
});

describe('the language model', () => {
  it('may choose the configured office and videos (sent as configured), nothing else', () => {
    const rules = brain('lokasinya dimana?', CONFIGURED);
    const parts = configuredMediaParts(configuredMedia(CONFIGURED), 'id');
    const merged = mergeModelAnswer({
      rules,
      model: {
        reply: 'Kantor kami di Jakarta',
        media: [
          { type: 'location', url: parts[0]?.url ?? '' },
          { type: 'video', url: 'https://cdn.amanah.test/testimoni-aminah.mp4' },
          { type: 'location', url: 'https://maps.example.test/elsewhere' },
        ],
        new_phase: 'leads',
        confidence: 0.9,
        escalate: false,
        intent: 'location',
      },
      modelName: 'm',
      phase: 'leads',
      lowConfidenceThreshold: 0.5,
      allowedMedia: new Set(),
      configuredParts: new Map(parts.map((p) => [p.url, p.part])),
    });
    expect(merged.parts.map((p) => p.type)).toEqual(['text', 'location', 'video']);
    expect(merged.parts[1]).toMatchObject({ caption: expect.stringContaining('Jl. Sudirman 1') });
    expect(merged.decision.notes).toContainEqual({ code: 'wa.model_media_refused', values: { url: 'https://maps.example.test/elsewhere' } });
  });
});
