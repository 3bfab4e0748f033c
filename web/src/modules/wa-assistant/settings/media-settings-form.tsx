// The office location and video testimonials the assistant sends (PUT /api/settings/wa-assistant, these fields only).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { TextField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import type { AssistantSettings, AssistantSettingsUpdate } from '../api-types';

const MAX_VIDEOS = 5;
const orNull = (s: string) => s.trim() || null;
const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

export function MediaSettingsForm({ settings, onSaved }: { settings: AssistantSettings; onSaved(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [v, setV] = useState({
    office_name: settings.office_name ?? '',
    office_address: settings.office_address ?? '',
    office_latitude: settings.office_latitude === null ? '' : String(settings.office_latitude),
    office_longitude: settings.office_longitude === null ? '' : String(settings.office_longitude),
    office_maps_url: settings.office_maps_url ?? '',
  });
  const [videos, setVideos] = useState(settings.testimonial_videos.map((x) => ({ url: x.url, caption: x.caption })));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body: AssistantSettingsUpdate = {
        office_name: orNull(v.office_name),
        office_address: orNull(v.office_address),
        office_latitude: numberOrNull(v.office_latitude),
        office_longitude: numberOrNull(v.office_longitude),
        office_maps_url: orNull(v.office_maps_url),
        // A row left without an address is not a video.
        testimonial_videos: videos.filter((x) => x.url.trim() !== '').map((x) => ({ url: x.url.trim(), caption: x.caption.trim() })),
      };
      await api.put<AssistantSettings>('/api/settings/wa-assistant', body);
      toast(t('wa.media.saved'));
      onSaved();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof typeof v, extra: { hint?: string; type?: string; inputMode?: 'decimal'; placeholder?: string } = {}) => (
    <TextField label={t(`wa.media.${name}`)} value={v[name]} onChange={(e) => setV((s) => ({ ...s, [name]: e.target.value }))} autoComplete="off" {...extra} />
  );
  const setVideo = (i: number, change: Partial<{ url: string; caption: string }>) => setVideos((list) => list.map((x, j) => (j === i ? { ...x, ...change } : x)));

  return (
    <section className="card" aria-labelledby="wa-media-title">
      <h2 id="wa-media-title">{t('wa.media.title')}</h2>
      <p className="muted">{t('wa.media.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div className="inline-fields">
          {field('office_name')}
          {field('office_address')}
          {field('office_latitude', { inputMode: 'decimal', placeholder: '-6.2088', hint: t('wa.media.coordinatesHint') })}
          {field('office_longitude', { inputMode: 'decimal', placeholder: '106.8456' })}
          {field('office_maps_url', { type: 'url', placeholder: 'https://maps.app.goo.gl/…', hint: t('wa.media.mapsHint') })}
        </div>
        <fieldset>
          <legend>{t('wa.media.videos')}</legend>
          <p className="field-hint">{t('wa.media.videosHint')}</p>
          {videos.map((x, i) => (
            <div className="inline-fields" key={i}>
              <TextField label={t('wa.media.video_url', { n: i + 1 })} type="url" value={x.url} onChange={(e) => setVideo(i, { url: e.target.value })} autoComplete="off" />
              <TextField label={t('wa.media.video_caption', { n: i + 1 })} value={x.caption} onChange={(e) => setVideo(i, { caption: e.target.value })} autoComplete="off" />
              <button type="button" className="button button-ghost" onClick={() => setVideos((list) => list.filter((_, j) => j !== i))}>
                {t('wa.media.removeVideo', { n: i + 1 })}
              </button>
            </div>
          ))}
          {videos.length < MAX_VIDEOS && (
            <button type="button" className="button button-ghost" onClick={() => setVideos((list) => [...list, { url: '', caption: '' }])}>
              {t('wa.media.addVideo')}
            </button>
          )}
        </fieldset>
        {error && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('wa.media.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
