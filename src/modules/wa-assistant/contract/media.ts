// Wire shapes of the assistant's office location and video testimonials (settings fields). Imports nothing but zod.
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/ }).max(1000);

export const testimonialVideoSchema = z.object({
  url: httpUrl.describe('An MP4 the WhatsApp server can download (sent as a video file).'),
  caption: z.string().trim().max(500).default('').describe('Sent with the video, e.g. "Bu Aminah, jamaah Maret 2025".'),
});

/** Settings fields: what the assistant sends when a customer asks where the office is, or for testimonials. */
export const mediaSettingsFields = {
  office_name: z.string().trim().min(1).max(200).nullable().describe('The office as customers know it, e.g. "Kantor Amanah Tour Jakarta".'),
  office_address: z.string().trim().min(1).max(500).nullable().describe('Street address sent with the map link; null: the office location is not configured.'),
  office_latitude: z.number().min(-90).max(90).nullable().describe('With office_longitude: the map link points at these coordinates (when office_maps_url is null).'),
  office_longitude: z.number().min(-180).max(180).nullable().describe('With office_latitude.'),
  office_maps_url: httpUrl.nullable().describe('A map link (Google Maps share link); wins over the coordinates.'),
  testimonial_videos: z.array(testimonialVideoSchema).max(5).describe('Video testimonials sent when a customer asks for reviews; empty: none configured.'),
};
