// 下载立法对照表（Word） on /compare/ and the pairwise pages: fetches the chosen regulations' table data (as the
// many-way table does), groups them with the same library and writes the Word table in the browser; nothing is
// sent anywhere. The docx library is loaded only when a reader asks for the file.
import { groupTableView, type GroupTableView } from '../lib/compare/group-table-view.ts';
import { legislativeTable, legislativeTableFileName } from '../lib/compare/legislative-table.ts';
import type { CorpusAlignment, RegulationTableData } from '../lib/schemas/alignment.ts';
import { announce } from './announce.ts';
import { saveBlob } from './save-blob.ts';

type Fetch = <T>(url: string) => Promise<T>;

const plainFetch: Fetch = async <T>(url: string) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}：${r.status}`);
  return (await r.json()) as T;
};

/** The many-way table view over these regulations (in column order), from their published table data. */
export async function loadGroupView(ids: readonly string[], get: Fetch = plainFetch): Promise<GroupTableView> {
  const [method, ...parts] = await Promise.all([
    get<CorpusAlignment['method']>('/compare/table/method.json'),
    ...ids.map((id) => get<RegulationTableData>(`/compare/table/${id}.json`)),
  ]);
  return groupTableView(parts as RegulationTableData[], method as CorpusAlignment['method']);
}

/** Write the 立法对照表 of a table view as Word and download it. */
async function downloadLegislativeTable(view: GroupTableView, sharedOnly: boolean, source: string): Promise<void> {
  const [{ Packer }, { buildLegislativeTableDocx }] = await Promise.all([import('docx'), import('../lib/compare/legislative-table-docx.ts')]);
  const now = new Date();
  const doc = legislativeTable(view, { sharedOnly, source, date: `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日` });
  const blob = await Packer.toBlob(buildLegislativeTableDocx(doc));
  saveBlob(blob, legislativeTableFileName(doc.columns));
}

/**
 * Wire a 下载立法对照表 button: `choose` says which regulations (and whether only shared rows) at the time of the
 * click; the button is in the page hidden, and shown only now that it works.
 */
export function wireLegislativeTable(button: HTMLButtonElement, choose: () => { ids: string[]; sharedOnly: boolean; source: string }, get?: Fetch): void {
  button.hidden = false;
  button.addEventListener('click', () => {
    const { ids, sharedOnly, source } = choose();
    if (ids.length < 2) {
      announce('请至少选择两部条例');
      return;
    }
    button.disabled = true;
    loadGroupView(ids, get)
      .then((view) => downloadLegislativeTable(view, sharedOnly, source))
      .then(() => announce('已生成立法对照表（Word）'))
      .catch(() => announce('生成立法对照表失败，请稍后再试'))
      .finally(() => (button.disabled = false));
  });
}

// the pairwise page: its two regulations, in its order
const pair = document.querySelector<HTMLButtonElement>('button[data-legislative-pair]');
if (pair) {
  const ids = pair.dataset['legislativePair']!.split(',');
  wireLegislativeTable(pair, () => ({ ids, sharedOnly: false, source: location.href }));
}
