/**
 * A hand-made horizontal bar chart of the results (no chart library).
 * Speed ratios are drawn on a log scale centred on 1× (the baseline):
 * bars to the right are faster than the baseline, to the left slower; a red
 * tick marks a target. Memory rows get a linear MiB scale of their own.
 */
import { relativeSpeed, ResultRow, SuiteResult } from './results';

const WIDTH = 1080;
const LABEL_WIDTH = 450;
const PLOT_LEFT = LABEL_WIDTH + 10;
const PLOT_WIDTH = WIDTH - PLOT_LEFT - 70;
const ROW = 18;
const HEADER = 26;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fmt(n: number): string {
  return n === 0 ? '0' : n >= 10 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3);
}

interface Bar {
  readonly label: string;
  readonly value: number | undefined;
  readonly target: number | undefined;
  readonly alkahest: boolean;
  readonly note: string;
}

interface Section {
  readonly title: string;
  readonly scale: 'log-speed' | 'mib';
  readonly bars: readonly Bar[];
}

function barsOf(rows: readonly ResultRow[], scale: Section['scale']): Bar[] {
  return rows.map((row) => ({
    label: `${row.caseName} · ${row.variant}`,
    value: scale === 'mib' ? row.summary?.median : relativeSpeed(row),
    target: row.target?.chartValue,
    alkahest: row.variant.startsWith('alkahest'),
    note: row.summary === undefined ? (row.note ?? 'no result') : '',
  }));
}

function sectionsOf(suites: readonly SuiteResult[]): Section[] {
  const sections: Section[] = [];
  for (const suite of suites) {
    if (suite.skipped !== undefined || suite.rows.length === 0) continue;
    const mib = suite.rows.filter((r) => r.unit === 'MiB');
    const speed = suite.rows.filter((r) => r.unit !== 'MiB');
    if (speed.length > 0) sections.push({ title: `${suite.title}: relative speed (log scale, 1× = baseline)`, scale: 'log-speed', bars: barsOf(speed, 'log-speed') });
    if (mib.length > 0) sections.push({ title: `${suite.title}: peak RSS growth (MiB)`, scale: 'mib', bars: barsOf(mib, 'mib') });
  }
  return sections;
}

export function renderChart(suites: readonly SuiteResult[], subtitle: string): string {
  const sections = sectionsOf(suites);
  // The log scale's extent: whole powers of two covering every bar and target.
  let extent = 2;
  for (const s of sections) {
    if (s.scale !== 'log-speed') continue;
    for (const b of s.bars) {
      for (const v of [b.value, b.target]) if (v !== undefined && v > 0) extent = Math.max(extent, Math.ceil(Math.abs(Math.log2(v))));
    }
  }
  extent = Math.min(extent, 8);
  let mibMax = 64;
  for (const s of sections) if (s.scale === 'mib') for (const b of s.bars) for (const v of [b.value, b.target]) if (v !== undefined) mibMax = Math.max(mibMax, v);
  mibMax = Math.ceil((mibMax * 1.1) / 16) * 16;

  const xLog = (v: number): number => PLOT_LEFT + ((Math.max(-extent, Math.min(extent, Math.log2(v))) + extent) / (2 * extent)) * PLOT_WIDTH;
  const xMib = (v: number): number => PLOT_LEFT + (Math.min(v, mibMax) / mibMax) * PLOT_WIDTH;

  const parts: string[] = [];
  let y = 54;
  for (const section of sections) {
    parts.push(`<text x="10" y="${y + 16}" class="h">${esc(section.title)}</text>`);
    y += HEADER;
    const top = y;
    const height = section.bars.length * ROW;
    // Grid and axis labels.
    if (section.scale === 'log-speed') {
      for (let e = -extent; e <= extent; e++) {
        const x = xLog(2 ** e);
        parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + height}" class="${e === 0 ? 'axis' : 'grid'}"/>`);
        parts.push(`<text x="${x}" y="${top + height + 12}" class="tick">${e >= 0 ? `${2 ** e}×` : `1/${2 ** -e}×`}</text>`);
      }
    } else {
      for (let v = 0; v <= mibMax; v += mibMax / 4) {
        const x = xMib(v);
        parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + height}" class="${v === 0 ? 'axis' : 'grid'}"/>`);
        parts.push(`<text x="${x}" y="${top + height + 12}" class="tick">${fmt(v)} MiB</text>`);
      }
    }
    for (const bar of section.bars) {
      const cy = y + ROW / 2;
      parts.push(`<text x="${LABEL_WIDTH}" y="${cy + 4}" class="label${bar.alkahest ? ' alk' : ''}">${esc(bar.label)}</text>`);
      if (bar.value === undefined || !(bar.value > 0 || section.scale === 'mib')) {
        parts.push(`<text x="${PLOT_LEFT + 4}" y="${cy + 4}" class="fail">${esc(bar.note.slice(0, 90) || 'no result')}</text>`);
      } else {
        const x0 = section.scale === 'log-speed' ? xLog(1) : xMib(0);
        const x1 = section.scale === 'log-speed' ? xLog(bar.value) : xMib(bar.value);
        const left = Math.min(x0, x1);
        const w = Math.max(1, Math.abs(x1 - x0));
        parts.push(`<rect x="${left.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}" class="${bar.alkahest ? 'bar alk' : 'bar'}"/>`);
        const label = section.scale === 'log-speed' ? `${fmt(bar.value)}×` : `${fmt(bar.value)}`;
        parts.push(`<text x="${(Math.max(x0, x1) + 4).toFixed(1)}" y="${cy + 4}" class="val">${label}</text>`);
      }
      if (bar.target !== undefined) {
        const xt = section.scale === 'log-speed' ? xLog(bar.target) : xMib(bar.target);
        parts.push(`<line x1="${xt.toFixed(1)}" y1="${y + 1}" x2="${xt.toFixed(1)}" y2="${y + ROW - 1}" class="target"/>`);
      }
      y += ROW;
    }
    y += 24;
  }
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">`,
    '<style>',
    '.h{font-size:13px;font-weight:bold;fill:#222}.label{font-size:11px;fill:#333;text-anchor:end}.alk{font-weight:bold;fill:#0b4f8a}',
    '.tick{font-size:9px;fill:#666;text-anchor:middle}.val{font-size:10px;fill:#222}.fail{font-size:10px;fill:#b00020;font-style:italic}',
    '.grid{stroke:#ddd;stroke-width:1}.axis{stroke:#555;stroke-width:1}.bar{fill:#9aa5b1}.bar.alk{fill:#1f77b4}.target{stroke:#d62728;stroke-width:2}',
    '</style>',
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="10" y="22" font-size="16" font-weight="bold">alkahest benchmarks</text>`,
    `<text x="10" y="40" font-size="11" fill="#555">${esc(subtitle)} · red tick = target · blue = alkahest</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
