// A minimal pull tokenizer for the well-formed XML inside office zips. It yields element
// starts/ends by local name (prefixes vary between writers) and decoded text, which is all
// the text extractors need; attributes are not parsed.

export type XmlEvent =
  | { kind: 'open'; name: string; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const TOKEN =
  /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>|([^<]+)/g;

export function* xmlEvents(xml: string): Generator<XmlEvent> {
  for (const match of xml.matchAll(TOKEN)) {
    const [, slash, , name, selfClose, cdata, text] = match;
    if (name !== undefined) {
      yield slash ? { kind: 'close', name } : { kind: 'open', name, selfClosing: selfClose === '/' };
    } else if (cdata !== undefined) {
      yield { kind: 'text', text: cdata };
    } else if (text !== undefined) {
      yield { kind: 'text', text: decodeEntities(text) };
    }
  }
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (entity, body: string) => {
    if (body.startsWith('#x')) return safeFromCodePoint(parseInt(body.slice(2), 16)) ?? entity;
    if (body.startsWith('#')) return safeFromCodePoint(parseInt(body.slice(1), 10)) ?? entity;
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : entity;
  });
}

function safeFromCodePoint(code: number): string | null {
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}
