/**
 * Uploading one bulletin: a chosen file goes to the server as its bytes (the server reads GBK,
 * UTF-8, .docx, .pdf and web pages as `atlas ingest` does); pasted text goes as text. What the
 * pipeline found is shown item by item.
 */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { failure, loading } from '../format.ts';
import { INGEST } from '../queries.ts';
import type { IngestMutation, WriteStatus } from '../queries.ts';

const STATUS_TEXT: Record<WriteStatus, string> = { CREATED: '已新增', REPLACED: '已替换同名文档', UNCHANGED: '内容未变化' };
const ACCEPTED = '.txt,.text,.docx,.pdf,.html,.htm,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MAX_UPLOAD_MB = 10;

export function uploadPanel(token: string, uploaded: () => void): HTMLElement {
  const file = h('input', { type: 'file', accept: ACCEPTED, name: 'file' });
  const name = h('input', { type: 'text', name: 'name', placeholder: '如：组工信息-2024-第3期.docx', required: true });
  const text = h('textarea', { name: 'text', rows: 8, placeholder: '没有文件时，也可以把简报全文粘贴在这里' });
  const chosen = h('p', { class: 'muted small', 'aria-live': 'polite' });
  const result = h('div', { class: 'ingest-result', 'aria-live': 'polite' });
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    mount(result);
    if (!picked) {
      mount(chosen);
      return;
    }
    // The file's own name: a name typed for an earlier file must not label this one.
    name.value = picked.name;
    text.value = '';
    mount(chosen, `将上传文件“${picked.name}”（${Math.max(1, Math.round(picked.size / 1024))} KB），由服务器识别编码和格式。`);
  });
  const form = h('form', { class: 'upload-form' },
    h('label', undefined, '选择文件（.txt 含 GBK 编码、.docx、.pdf、网页）', file),
    chosen,
    h('label', undefined, '文档名称', name),
    h('label', undefined, '或粘贴简报全文', text),
    h('button', { type: 'submit', class: 'primary' }, '上传并抽取'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = file.files?.[0];
    const label = name.value.trim() || picked?.name || `粘贴-${new Date().toISOString().slice(0, 10)}.txt`;
    if (picked) {
      if (picked.size > MAX_UPLOAD_MB * 1024 * 1024) {
        mount(result, failure(new Error(`文件“${picked.name}”超过 ${MAX_UPLOAD_MB} MB，请用命令行 atlas ingest 导入。`)));
        return;
      }
      void send(() => readAsBase64(picked).then((bytes) => gql(INGEST, { name: label, file: bytes }, { token })), label, result, uploaded);
    } else if (text.value.trim()) {
      void send(() => gql(INGEST, { name: label, text: text.value }, { token }), label, result, uploaded);
    } else {
      mount(result, failure(new Error('请先选择文件或粘贴简报全文。')));
    }
  });
  return h('section', { class: 'panel' }, h('h2', undefined, '上传简报'), form, result);
}

/** The file's bytes in base64, without the data: URL prefix. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`无法读取文件“${file.name}”。`));
    reader.readAsDataURL(file);
  });
}

async function send(run: () => Promise<IngestMutation>, label: string, result: HTMLElement, uploaded: () => void): Promise<void> {
  mount(result, loading(`正在读取“${label}”、抽取并入库，可能需要几十秒…`));
  try {
    const { ingestDocument: answer } = await run();
    mount(result, ...extractionView(answer, label));
    uploaded();
  } catch (error) {
    mount(result, failure(error));
  }
}

function extractionView(answer: IngestMutation['ingestDocument'], label: string): HTMLElement[] {
  const { document: doc, extraction } = answer;
  return [
    h('p', { class: 'success', role: 'status' }, `${STATUS_TEXT[answer.status]}：${[doc.title, doc.issue].filter(Boolean).join(' ') || label}${doc.date ? `（${doc.date}）` : ''}`),
    h('dl', { class: 'extraction' },
      h('dt', undefined, '信息条目'), h('dd', undefined, String(extraction.items)),
      h('dt', undefined, '数据'), h('dd', undefined, String(extraction.outcomes)),
      h('dt', undefined, '地区'), h('dd', undefined, extraction.regions.map((region) => region.path.join('')).join('、') || '—'),
      h('dt', undefined, '做法'), h('dd', undefined, extraction.practices.join('、') || '—'),
      h('dt', undefined, '候选做法'), h('dd', undefined, extraction.candidatePractices.join('、') || '—')),
    h('table', { class: 'compare small' },
      h('thead', undefined, h('tr', undefined, ['序号', '标题', '地区', '做法', '数据'].map((heading) => h('th', { scope: 'col' }, heading)))),
      h('tbody', undefined, doc.items.map((item) => h('tr', undefined,
        h('td', undefined, String(item.ordinal)),
        h('td', undefined, item.title, item.office ? h('div', { class: 'muted' }, item.office) : null),
        h('td', undefined, item.region?.path.join(' › ') ?? '—'),
        h('td', undefined, item.practices.map((practice) => practice.name).join('、') || '—'),
        h('td', undefined, [...new Set(item.outcomes.map((outcome) => outcome.text))].join('；') || '—'))))),
  ];
}
