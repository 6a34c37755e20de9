import type { TableNode } from '@shared/parser/types';

/** Amounts and counts (`1,274`, `△4,786`, `30%`) are never broken across lines. */
const NUMERIC = /^\s*[△▲+\-]?\s*[\d,.]+\s*(%|천원|백만원|억원|원|건|명|개소|회|개)?\s*$/;

/** A parsed table as a real <table>: the first row is the header when the table has more than one row. */
export function DataTable({ table, fallbackCaption }: { table: TableNode; fallbackCaption: string }) {
  const head = table.rows.length > 1 ? table.rows[0] : undefined;
  const body = table.rows.length > 1 ? table.rows.slice(1) : table.rows;
  const caption = [table.caption?.replace(/^[□○◦\-\s]+/, ''), table.unitsLine].filter(Boolean).join(' ') || fallbackCaption;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        {head ? (
          <thead>
            <tr>
              {head.map((cell, i) =>
                cell.trim() ? (
                  <th key={i} scope="col">
                    {cell}
                  </th>
                ) : (
                  <td key={i} />
                ),
              )}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i} className={NUMERIC.test(cell) ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
