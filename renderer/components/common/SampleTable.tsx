interface Props {
  caption: string;
  headers: string[];
  rows: string[][];
  /** Columns holding running text (they wrap wider). */
  textColumns?: number[];
}

/** The first rows of an imported spreadsheet, under their headers, in a scrollable labelled region. */
export function SampleTable({ caption, headers, rows, textColumns = [] }: Props) {
  return (
    <div className="fu-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="fu-table fu-sample">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {headers.map((h, i) => (
                <td key={i} data-label={h} className={textColumns.includes(i) ? 'fu-body' : undefined}>
                  {row[i] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
