// Packages: what the assistant offers (a sold-out one never), with price, departure and seats; add, change, delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { ConfirmDialog, Dialog } from '../../../components/dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorNotice, useToast } from '../../../components/notices';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { useSignedIn } from '../../../session/session';
import type { Package, PackageList } from '../api-types';
import { WA_PERMISSIONS } from '../permissions';
import { draftOf, emptyDraft } from './draft';
import { PackageForm } from './package-form';

type Editing = { mode: 'add' } | { mode: 'edit'; pkg: Package } | undefined;

export function Seats({ p }: { p: Package }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (p.sold_out) return <span className="badge badge-bad">{t('wa.packages.soldOut')}</span>;
  return <>{t('wa.packages.seats', { left: f.number(p.quota_remaining), total: f.number(p.quota_total) })}</>;
}

export function PackagesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const toast = useToast();
  const packages = useApi(() => api.get<PackageList>('/api/packages'), []);
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<Package>();
  const [deleteError, setDeleteError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const editable = can(WA_PERMISSIONS.manage);

  const remove = async (p: Package) => {
    setBusy(true);
    setDeleteError(undefined);
    try {
      await api.delete(`/api/packages/${encodeURIComponent(p.code)}`);
      setDeleting(undefined);
      toast(t('wa.packages.deleted', { code: p.code }));
      packages.reload();
    } catch (thrown) {
      setDeleteError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };
  const saved = (p: Package) => {
    setEditing(undefined);
    toast(t('wa.packages.saved', { code: p.code }));
    packages.reload();
  };
  const addButton = editable && (
    <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'add' })}>
      {t('wa.packages.add')}
    </button>
  );

  return (
    <Page title={t('wa.packages.title')} intro={t('wa.packages.intro')} actions={addButton || undefined}>
      {!editable && <p className="muted">{t('wa.packages.readOnly')}</p>}
      <Loadable {...packages}>
        {(list) =>
          list.items.length === 0 ? (
            <EmptyState title={t('wa.packages.emptyTitle')} hint={t('wa.packages.emptyHint')} testId="wa-packages-empty">
              {addButton}
            </EmptyState>
          ) : (
            <DataTable
              caption={t('wa.packages.title')}
              rows={list.items}
              rowKey={(p) => p.code}
              empty={t('wa.packages.emptyTitle')}
              columns={[
                {
                  key: 'package',
                  header: t('wa.packages.name'),
                  cell: (p: Package) => (
                    <>
                      <strong>{p.name}</strong>
                      <span className="cell-sub wa-code">{p.code}</span>
                    </>
                  ),
                },
                { key: 'departure', header: t('wa.packages.departure'), cell: (p) => `${f.day(p.departure_date)} · ${t('wa.packages.days', { count: p.duration_days })}` },
                { key: 'price', header: t('wa.packages.price'), className: 'num', cell: (p) => f.money(p.price, p.currency) },
                { key: 'seats', header: t('wa.packages.quotaRemaining'), cell: (p) => <Seats p={p} /> },
                ...(editable
                  ? [
                      {
                        key: 'actions',
                        header: t('common.actions'),
                        className: 'actions',
                        cell: (p: Package) => (
                          <div className="button-row">
                            <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', pkg: p })} aria-label={`${t('common.edit')} ${p.code}`}>
                              {t('common.edit')}
                            </button>
                            <button type="button" className="button button-danger-quiet" onClick={() => setDeleting(p)} aria-label={`${t('common.delete')} ${p.code}`}>
                              {t('common.delete')}
                            </button>
                          </div>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </Loadable>
      <Dialog open={editing !== undefined} wide title={editing?.mode === 'edit' ? t('wa.packages.editTitle', { code: editing.pkg.code }) : t('wa.packages.addTitle')} onClose={() => setEditing(undefined)}>
        {editing && (
          <PackageForm
            key={editing.mode === 'edit' ? editing.pkg.code : 'new'}
            initial={editing.mode === 'edit' ? draftOf(editing.pkg) : emptyDraft()}
            editing={editing.mode === 'edit'}
            onSaved={saved}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('wa.packages.deleteTitle', { code: deleting?.code ?? '' })}
        message={t('wa.packages.deleteMessage')}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => {
          setDeleting(undefined);
          setDeleteError(undefined);
        }}
      >
        {deleteError && <ErrorNotice error={deleteError} />}
      </ConfirmDialog>
    </Page>
  );
}
