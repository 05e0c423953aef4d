// A bar chart drawn with Chart.js (canvas), with the figure's table beside it for screen readers and a PNG export.
// Chart.js: maintained, tree-shakable (only the bar chart, two scales, legend and tooltip are registered: about
// 60 kB gzipped, loaded with the dashboard pages only), numbers formatted by Intl for the UI's locale, and a
// canvas that exports to PNG by itself (`toBase64Image`). A canvas is opaque to screen readers: it is marked as
// an image named by its caption, and the same numbers are always in a table next to it.
import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { useFormat, useTranslation } from '@oryndau/ui';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface BarChartProps {
  /** Names the chart (its accessible name and the PNG's file name). */
  caption: string;
  labels: string[];
  series: ChartSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  /** The PNG file's name, without extension. */
  fileName: string;
  /** Values are shares 0–1, shown as percentages. */
  percent?: boolean;
}

// colour-blind-safe palette (Okabe–Ito)
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export function BarChart({ caption, labels, series, stacked = false, horizontal = false, fileName, percent = false }: BarChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const fmt = (v: number) => (percent ? `${format.number(v * 100, 1)} %` : format.number(v, 1));
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: COLOURS[i % COLOURS.length] })) },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: format.language === 'kk' ? 'ru-RU' : format.language === 'ru' ? 'ru-RU' : 'en-GB',
        plugins: { legend: { display: series.length > 1 }, tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${fmt(Number(c.raw))}` } } },
        scales: {
          x: { stacked, ticks: horizontal ? { callback: (v) => fmt(Number(v)) } : {} },
          y: { stacked, beginAtZero: true, ticks: horizontal ? {} : { callback: (v) => fmt(Number(v)) } },
        },
      },
      // a white background, so that the exported PNG is readable
      plugins: [{ id: 'background', beforeDraw: (c) => { const ctx = c.canvas.getContext('2d')!; ctx.save(); ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, c.width, c.height); ctx.restore(); } }],
    };
    chart.current?.destroy();
    chart.current = new Chart(canvas.current, config);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [labels, series, stacked, horizontal, percent, format]);

  const exportPng = () => {
    const url = chart.current?.toBase64Image('image/png', 1);
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.png`;
    a.click();
  };

  return (
    <figure className="ov-chart">
      <div className="ov-chart__canvas" style={{ height: Math.max(220, horizontal ? labels.length * 26 + 60 : 260) }}>
        <canvas ref={canvas} role="img" aria-label={caption} />
      </div>
      <figcaption className="ov-chart__caption">
        <span>{caption}</span>{' '}
        <button type="button" className="or-button or-button--secondary ov-small" onClick={exportPng}>
          {t('app.dashboards.exportPng')}
        </button>
      </figcaption>
    </figure>
  );
}
