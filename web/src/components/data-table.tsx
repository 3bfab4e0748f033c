// A table that becomes a stack of labelled cards on a phone (each cell carries its column name in data-label).
import type { ReactNode } from 'react';

export interface Column<T> {
  /** Also the React key of the cell. */
  key: string;
  header: string;
  cell(row: T): ReactNode;
  /** e.g. "num" for right-aligned figures, "actions" for buttons. */
  className?: string;
}

interface DataTableProps<T> {
  caption: string;
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey(row: T): string;
  empty: string;
  /** Shows the caption on screen (otherwise only screen readers hear it). */
  showCaption?: boolean;
}

export function DataTable<T>({ caption, columns, rows, rowKey, empty, showCaption }: DataTableProps<T>) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.key} data-label={c.header} className={c.className}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
