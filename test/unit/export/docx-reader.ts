// Reads a .docx back for assertions: unzips it with jszip and parses its XML
// parts into a small element tree (the parts are machine-written, namespaced
// XML without DTDs, so a minimal parser suffices).
import JSZip from 'jszip';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const tag =
    /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let at = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const text = xml.slice(at, m.index);
    if (text) stack[stack.length - 1].children.push(decode(text));
    at = tag.lastIndex;
    if (m[5] !== undefined) stack[stack.length - 1].children.push(m[5]);
    if (!m[2]) continue;
    if (m[1]) {
      const open = stack.pop()!;
      if (open.name !== m[2]) throw new Error(`XML: </${m[2]}> closes <${open.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[a[1]] = decode(a[2] ?? a[3]);
    const element: XmlElement = { name: m[2], attributes, children: [] };
    stack[stack.length - 1].children.push(element);
    if (!m[4]) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].name}> is not closed`);
  return root;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10),
      );
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref.toLowerCase()]!;
  });
}

/** Every descendant element named `name`, in document order. */
export function all(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

export function first(node: XmlElement, name: string): XmlElement | undefined {
  return all(node, name)[0];
}

/** The text directly inside `node` (its string children). */
export function ownText(node: XmlElement): string {
  return node.children.filter((c): c is string => typeof c === 'string').join('');
}

/** The text of the w:t runs inside `node`. */
export function textOf(node: XmlElement): string {
  return all(node, 'w:t').map(ownText).join('');
}

export interface DocxParts {
  files: string[];
  document: XmlElement;
  styles: XmlElement;
  numbering: XmlElement;
  core: XmlElement;
  headers: XmlElement[];
  footers: XmlElement[];
  /** Raw XML by part name. */
  raw: Map<string, string>;
}

export async function readDocx(buffer: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.keys(zip.files);
  const raw = new Map<string, string>();
  for (const name of files)
    if (name.endsWith('.xml') || name.endsWith('.rels')) raw.set(name, await zip.file(name)!.async('string'));
  const part = (name: string) => {
    const xml = raw.get(name);
    if (xml === undefined) throw new Error(`the .docx has no ${name}`);
    return parseXml(xml);
  };
  return {
    files,
    document: part('word/document.xml'),
    styles: part('word/styles.xml'),
    numbering: part('word/numbering.xml'),
    core: part('docProps/core.xml'),
    headers: files.filter((f) => /^word\/header\d*\.xml$/.test(f)).map(part),
    footers: files.filter((f) => /^word\/footer\d*\.xml$/.test(f)).map(part),
    raw,
  };
}

/** Body paragraphs with their style, numbering and text. */
export function paragraphs(
  doc: XmlElement,
): { style: string | null; numId: string | null; level: string | null; text: string }[] {
  const body = first(doc, 'w:body')!;
  return all(body, 'w:p').map((p) => {
    const numPr = first(p, 'w:numPr');
    return {
      style: first(p, 'w:pStyle')?.attributes['w:val'] ?? null,
      numId: numPr ? first(numPr, 'w:numId')!.attributes['w:val'] : null,
      level: numPr ? first(numPr, 'w:ilvl')!.attributes['w:val'] : null,
      text: textOf(p),
    };
  });
}
