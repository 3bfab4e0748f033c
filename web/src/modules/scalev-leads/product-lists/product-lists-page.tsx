// Product lists: which products (and sales people) make leads, and their three Mailketing lists; add, edit, delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { MailketingLists, ProductListEntry, ProductLists } from '../api-types';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { useSetup } from '../../../features/setup/use-setup';
import { Link } from '../../../router';
import { PERMISSIONS } from '../../../session/permissions';
import { ConfirmDialog, Dialog } from '../../../components/dialog';
import { ErrorNotice, useToast } from '../../../components/notices';
import { Loadable, Page } from '../../../components/page';
import { useSignedIn } from '../../../session/session';
import { draftOf, emptyDraft } from './draft';
import { ProductListForm } from './product-list-form';
import { LEAD_PERMISSIONS } from '../permissions';

type Editing = { mode: 'add' } | { mode: 'edit'; entry: ProductListEntry } | undefined;

export function ProductListsPage() {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  const toast = useToast();
  const entries = useApi(() => api.get<ProductLists>('/api/product-lists'), []);
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<ProductListEntry>();
  const [deleteError, setDeleteError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const editable = can(LEAD_PERMISSIONS.editProductLists);
  // List names beside their ids, when this role may ask Mailketing; otherwise (or if it fails) the ids alone.
  const lists = useApi(() => (editable ? api.get<MailketingLists>('/api/mailketing/lists') : Promise.resolve<MailketingLists>({ items: [] })), [editable]);
  const listCell = (id: string) => {
    const name = lists.data?.items.find((l) => l.id === id)?.name;
    return name ? (
      <>
        {name}
        <span className="cell-sub">ID {id}</span>
      </>
    ) : (
      id
    );
  };

  const remove = async (entry: ProductListEntry) => {
    setBusy(true);
    setDeleteError(undefined);
    try {
      await api.delete(`/api/product-lists/${entry.id}`);
      setDeleting(undefined);
      toast(t('productLists.deleted'));
      entries.reload();
    } catch (thrown) {
      setDeleteError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={t('productLists.title')}
      intro={t('productLists.intro')}
      actions={
        editable && (
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'add' })}>
            + {t('productLists.add')}
          </button>
        )
      }
    >
      <Loadable {...entries}>
        {(data) => data.items.length === 0 ? (
          <NoProductsYet />
        ) : (
          <DataTable
            caption={t('productLists.title')}
            rows={data.items}
            rowKey={(e) => e.id}
            empty={t('productLists.none')}
            columns={[
              { key: 'store', header: t('productLists.store'), cell: (e) => e.store_name },
              {
                key: 'product',
                header: t('productLists.product'),
                cell: (e) => (
                  <>
                    {e.product_name}
                    {e.sku && <span className="cell-sub">{e.sku}</span>}
                  </>
                ),
              },
              { key: 'sales', header: t('productLists.salesPerson'), cell: (e) => e.sales_person_name || e.sales_person_email || t('productLists.allSales') },
              { key: 'followup', header: t('productLists.listFollowUp'), cell: (e) => listCell(e.mailketing_list_followup) },
              { key: 'closing', header: t('productLists.listClosing'), cell: (e) => listCell(e.mailketing_list_closing) },
              { key: 'not_closing', header: t('productLists.listNotClosing'), cell: (e) => listCell(e.mailketing_list_not_closing) },
              ...(editable
                ? [
                    {
                      key: 'actions',
                      header: t('common.actions'),
                      className: 'actions',
                      cell: (e: ProductListEntry) => (
                        <div className="button-row">
                          <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', entry: e })} aria-label={`${t('common.edit')}: ${e.product_name}`}>
                            {t('common.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button-danger-quiet"
                            onClick={() => {
                              setDeleteError(undefined);
                              setDeleting(e);
                            }}
                            aria-label={`${t('common.delete')}: ${e.product_name}`}
                          >
                            {t('common.delete')}
                          </button>
                        </div>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Loadable>

      <Dialog open={editing !== undefined} wide title={editing?.mode === 'edit' ? t('productLists.editTitle') : t('productLists.addTitle')} onClose={() => setEditing(undefined)}>
        {editing && (
          <ProductListForm
            key={editing.mode === 'edit' ? editing.entry.id : 'new'}
            initial={editing.mode === 'edit' ? draftOf(editing.entry) : emptyDraft()}
            entryId={editing.mode === 'edit' ? editing.entry.id : undefined}
            onCancel={() => setEditing(undefined)}
            onSaved={(saved) => {
              setEditing(undefined);
              const warning = saved.warnings[0];
              toast(warning ? t(`productLists.savedUnchecked.${warning.code}`) : t('productLists.saved'));
              entries.reload();
            }}
          />
        )}
      </Dialog>

      <ConfirmDialog
        open={deleting !== undefined}
        title={t('common.delete')}
        message={deleting ? t('productLists.deleteConfirm', { product: deleting.product_name, store: deleting.store_name }) : ''}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => deleting && void remove(deleting)}
      >
        {deleteError && <ErrorNotice error={deleteError} />}
      </ConfirmDialog>
    </Page>
  );
}

/** The empty list: what to do first, and whether the keys must be set before products can be picked. Its own
 * component, so the set-up answer re-renders only it, never the page and its open form. */
function NoProductsYet() {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  const setup = useSetup();
  const keysMissing = setup.data?.providers.some((p) => (p.provider === 'scalev' || p.provider === 'mailketing') && p.status === 'not_set') ?? false;
  return (
    <EmptyState title={t('leadSetup.emptyTitle')} hint={keysMissing ? t('leadSetup.emptyNeedsKeys') : t('leadSetup.emptyHint')} testId="product-lists-empty">
      {keysMissing && can(PERMISSIONS.manageWorkspace) && (
        <Link className="button" to="/settings?tab=scalev-leads">
          {t('leadSetup.openSettings')}
        </Link>
      )}
    </EmptyState>
  );
}
