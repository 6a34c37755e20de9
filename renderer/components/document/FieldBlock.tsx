import type { FieldNode } from '@shared/parser/types';
import { workspaceText } from '@shared/text/workspace';
import { DataTable } from './DataTable';
import { fieldSegments } from './readerModel';

/** One labelled block of a project (사업개요, 추진계획, 소요예산 …) with its own heading. */
export function FieldBlock({ field, headingLevel = 3 }: { field: FieldNode; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  let tableNo = 0;
  return (
    <section className={`field field-${field.key}`}>
      <Heading className="field-label">{field.label}</Heading>
      {fieldSegments(field).map((s, i) =>
        s.kind === 'text' ? (
          <p key={i} className="field-text">
            {s.text}
          </p>
        ) : (
          <DataTable key={i} table={s.table} fallbackCaption={`${field.label} ${workspaceText.reader.tableCaption(++tableNo)}`} />
        ),
      )}
    </section>
  );
}
