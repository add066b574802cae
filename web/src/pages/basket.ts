/** The 市外参考 basket: reorder with buttons (keyboard usable), remove, export .docx / Markdown. */
import { clearBasket, headline, isFromOwnCity, moveInBasket, ownCity, readBasket, removeFromBasket, setOwnCity, sourceLine } from '../basket/store.ts';
import type { BasketEntry } from '../basket/store.ts';
import { download, h, mount } from '../dom.ts';
import { empty, failure } from '../format.ts';
import { href } from '../router.ts';

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

export function renderBasket(container: HTMLElement): void {
  const entries = readBasket();
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const rerender = (focusSelector?: string): void => {
    renderBasket(container);
    if (focusSelector) container.querySelector<HTMLElement>(focusSelector)?.focus();
  };
  /** Items from the user's own city do not belong in 市外参考: asked before every export. */
  const confirmOwnCity = (): boolean => {
    const own = readBasket().filter((entry) => isFromOwnCity(entry));
    return own.length === 0 || window.confirm(`有 ${own.length} 条信息来自本市（${ownCity()}），通常不编入“市外参考”：\n${own.map((entry) => `· ${entry.title}`).join('\n')}\n仍要导出吗？`);
  };
  const exportDocx = async (): Promise<void> => {
    if (!confirmOwnCity()) return;
    status.textContent = '正在生成 Word 文档…';
    try {
      // docx is loaded only when a document is exported, keeping the first page light.
      const { basketDocx } = await import('../basket/export.ts');
      download(await basketDocx(readBasket()), `市外参考-${stamp()}.docx`);
      status.textContent = '已生成 Word 文档。';
    } catch (error) {
      mount(status, failure(error));
    }
  };
  const exportMarkdown = async (): Promise<void> => {
    if (!confirmOwnCity()) return;
    const { basketMarkdown } = await import('../basket/export.ts');
    download(new Blob([basketMarkdown(readBasket())], { type: 'text/markdown;charset=utf-8' }), `市外参考-${stamp()}.md`);
    status.textContent = '已生成 Markdown 文件。';
  };
  mount(container,
    h('h1', undefined, '市外参考'),
    h('p', { class: 'muted' }, '从检索结果、做法页或地区页加入的信息，按这里的顺序编入“市外参考”栏目。'),
    ownCityForm(rerender),
    entries.length === 0
      ? empty('还没有加入任何信息。', h('p', undefined, h('a', { href: href(['search']) }, '去检索')))
      : [
        h('p', { class: 'actions' },
          h('button', { type: 'button', class: 'primary', onclick: () => void exportDocx() }, '导出 Word（.docx）'),
          h('button', { type: 'button', onclick: () => void exportMarkdown() }, '导出 Markdown'),
          h('button', { type: 'button', class: 'danger', onclick: () => { if (window.confirm('确定清空市外参考？')) { clearBasket(); rerender(); } } }, '清空')),
        status,
        h('ol', { class: 'basket' }, entries.map((entry, index) => basketRow(entry, index, entries.length, rerender))),
      ]);
}

function basketRow(entry: BasketEntry, index: number, total: number, rerender: (focus?: string) => void): HTMLElement {
  const move = (step: -1 | 1, which: string): void => {
    moveInBasket(entry.id, step);
    // Keep focus on the same control of the moved entry so repeated key presses keep moving it.
    rerender(`[data-entry="${CSS.escape(entry.id)}"] .${which}`);
  };
  return h('li', { class: 'card basket-entry', 'data-entry': entry.id },
    h('h2', { class: 'card-title' }, `△${headline(entry)}`),
    isFromOwnCity(entry) ? h('p', { class: 'own-city-warning', role: 'note' }, `本市信息（${ownCity()}），通常不编入“市外参考”`) : null,
    h('p', { class: 'meta' }, entry.regionPath.join(' › ') || entry.regionName || '', entry.date ? ` · ${entry.date}` : '', sourceLine(entry) ? ` · ${sourceLine(entry)}` : ''),
    h('p', { class: 'snippet' }, entry.text.length > 160 ? `${entry.text.slice(0, 160)}…` : entry.text),
    entry.office ? h('p', { class: 'muted' }, `（${entry.office}）`) : null,
    h('div', { class: 'card-actions' },
      h('button', { type: 'button', class: 'up', disabled: index === 0, 'aria-label': `上移：${entry.title}`, onclick: () => move(-1, 'up') }, '↑ 上移'),
      h('button', { type: 'button', class: 'down', disabled: index === total - 1, 'aria-label': `下移：${entry.title}`, onclick: () => move(1, 'down') }, '↓ 下移'),
      h('button', { type: 'button', class: 'danger', onclick: () => { removeFromBasket(entry.id); rerender(); } }, '移除')));
}

/** 本市: the city the user compiles for, so its own items are flagged (kept in this browser). */
function ownCityForm(rerender: () => void): HTMLElement {
  const input = h('input', { type: 'text', value: ownCity(), placeholder: '如：安庆市', 'aria-label': '本市' });
  const form = h('form', { class: 'own-city' }, h('label', undefined, '本市 ', input), h('button', { type: 'submit', class: 'small-button' }, '保存'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setOwnCity(input.value.trim());
    rerender();
  });
  return form;
}

