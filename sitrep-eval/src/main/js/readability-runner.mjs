// Runs Mozilla Readability over pages sent by Sitrep's extraction harness: one JSON object per line on
// stdin ({"html": ..., "url": ...}), one per line on stdout ({"text": ...} or {"error": ...}).
import { createInterface } from 'node:readline';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const quiet = new VirtualConsole();

// Readability's textContent runs a heading into the next paragraph ("TitleFirst words"); the scorers
// count word tokens, so the text is rebuilt from the article's HTML with a newline at every block edge.
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

function blockText(node, out) {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      out.push(child.nodeValue);
    } else if (child.nodeType === 1) {
      const block = BLOCKS.has(child.nodeName);
      if (block) out.push('\n');
      blockText(child, out);
      if (block) out.push('\n');
    }
  }
  return out;
}
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });

for await (const line of lines) {
  if (!line.trim()) continue;
  let answer;
  const cpuBefore = process.cpuUsage();
  try {
    const { html, url } = JSON.parse(line);
    const dom = new JSDOM(html, { url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    let text = '';
    if (article && article.content) {
      const body = new JSDOM(article.content).window.document.body;
      text = blockText(body, []).join('').replace(/[ \t]*\n\s*/g, '\n\n').trim();
    }
    answer = { text };
    dom.window.close();
  } catch (e) {
    answer = { error: String(e && e.message ? e.message : e).split('\n')[0] };
  }
  // CPU time of this page in microseconds, so the harness can time the peer per core like the others.
  const cpu = process.cpuUsage(cpuBefore);
  answer.cpuMicros = cpu.user + cpu.system;
  process.stdout.write(JSON.stringify(answer) + '\n');
}
