/**
 * One labelled drop-down per field, listing the sheet's columns: the column-mapping step shared by
 * the 처리결과 import (followups/ResultImport.tsx) and the project-list import (library/SheetMappingDialog.tsx).
 */
interface Props<F extends string> {
  fields: readonly F[];
  labels: Readonly<Record<string, string>>;
  columns: readonly string[];
  mapping: Partial<Record<F, number>>;
  /** Prefix of each drop-down's id (`${idPrefix}-${field}`). */
  idPrefix: string;
  noColumn: string;
  columnLabel: (index: number, name: string) => string;
  onChange: (field: F, column: number | undefined) => void;
}

export function ColumnMappingFields<F extends string>({ fields, labels, columns, mapping, idPrefix, noColumn, columnLabel, onChange }: Props<F>) {
  return (
    <div className="fu-mapping">
      {fields.map((field) => (
        <div key={field} className="xc-field">
          <label htmlFor={`${idPrefix}-${field}`}>{labels[field]}</label>
          <select
            id={`${idPrefix}-${field}`}
            value={mapping[field] === undefined ? '' : String(mapping[field])}
            onChange={(e) => onChange(field, e.target.value === '' ? undefined : Number(e.target.value))}
          >
            <option value="">{noColumn}</option>
            {columns.map((name, i) => (
              <option key={i} value={i}>
                {columnLabel(i, name)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
