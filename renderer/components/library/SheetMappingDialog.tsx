import { useEffect, useRef, useState } from 'react';
import type { ProjectListField, ProjectListMapping, ProjectListPreview } from '@shared/model/projectList';
import { PROJECT_LIST_FIELDS } from '@shared/model/projectList';
import { projectListUiText } from '@shared/text/projectList';
import { ColumnMappingFields } from '../common/ColumnMappingFields';
import { SampleTable } from '../common/SampleTable';
import { setColumn } from '../../state/followups';

interface Props {
  fileName: string;
  preview: ProjectListPreview;
  onImport: (mapping: ProjectListMapping) => void;
  onCancel: () => void;
}

/**
 * 표의 열 지정: which column of a spreadsheet holds 사업명, 부서, 예산 … (prefilled from the
 * service's suggestion), with the first rows under the header. A modal <dialog>: focus starts on
 * the first drop-down, Esc cancels.
 */
export function SheetMappingDialog({ fileName, preview, onImport, onCancel }: Props) {
  const t = projectListUiText;
  const ref = useRef<HTMLDialogElement>(null);
  const [mapping, setMapping] = useState<ProjectListMapping>(preview.rememberedMapping ?? preview.suggestedMapping);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector('select')?.focus();
  }, []);
  const change = (field: ProjectListField, column: number | undefined) => setMapping((m) => setColumn(m, field, column));
  const usable = mapping.title !== undefined;
  const shown = preview.rows.slice(0, 5);
  const headerOf = (i: number) => preview.columns[i] || t.column(i, '');
  const width = Math.max(preview.columns.length, ...shown.map((r) => r.length));
  return (
    <dialog
      ref={ref}
      className="dialog sheet-mapping"
      aria-labelledby="sheet-mapping-title"
      aria-describedby="sheet-mapping-intro"
      data-testid="sheet-mapping"
      onCancel={(e) => (e.preventDefault(), onCancel())}
    >
      <h2 id="sheet-mapping-title">{`${t.dialogTitle}: ${fileName}`}</h2>
      <p id="sheet-mapping-intro">{t.intro(preview.sheetName, preview.headerRow)}</p>
      <p className="xc-muted">{`${t.rowCount(preview.rowCount)} · ${t.moneyUnit(preview.moneyUnit)}`}</p>
      <ColumnMappingFields
        fields={PROJECT_LIST_FIELDS}
        labels={t.fields}
        columns={preview.columns}
        mapping={mapping}
        idPrefix="sheet-map"
        noColumn={t.noColumn}
        columnLabel={t.column}
        onChange={change}
      />
      {shown.length ? (
        <SampleTable caption={t.sample(shown.length)} headers={Array.from({ length: width }, (_, i) => headerOf(i))} rows={shown} />
      ) : null}
      {usable ? null : (
        <p className="fu-error" role="alert">
          {t.needTitle}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <button type="button" className="primary" disabled={!usable} onClick={() => onImport(mapping)}>
          {t.importButton}
        </button>
      </div>
    </dialog>
  );
}
