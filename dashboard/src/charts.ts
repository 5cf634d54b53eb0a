// Apache ECharts, only the parts the page draws, on canvas. Tooltips render as rich text on the canvas (not
// HTML), so the page needs no inline styles under its Content-Security-Policy.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent,
  CanvasRenderer]);

export type Option = echarts.EChartsCoreOption;

export const PALETTE = ['#c8102e', '#1f5fa8', '#e8a317', '#2e8b57', '#7b4fa0', '#d2691e', '#4a90a4', '#8c8c8c'];
const FONT = '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif';

const live = new Set<echarts.ECharts>();

/** Draws `option` into `el` (replacing what was there); the chart follows the element's size. */
export function draw(el: HTMLElement, option: Option): echarts.ECharts {
  const chart = echarts.getInstanceByDom(el) ?? echarts.init(el, undefined, { renderer: 'canvas', locale: 'EN' });
  chart.setOption({
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    aria: { enabled: true },
    animation: false,
    tooltip: { renderMode: 'richText', confine: true },
    ...option,
  }, true);
  live.add(chart);
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(el);
  (el as HTMLElement & { _observer?: ResizeObserver })._observer?.disconnect();
  (el as HTMLElement & { _observer?: ResizeObserver })._observer = observer;
  return chart;
}

/** Disposes every chart (before the page is drawn again). */
export function disposeAll(): void {
  for (const chart of live) {
    const el = chart.getDom() as HTMLElement & { _observer?: ResizeObserver };
    el._observer?.disconnect();
    chart.dispose();
  }
  live.clear();
}

export interface Series { name: string; data: number[]; stack?: string; type?: 'bar' | 'line' }

/** Bars (or lines) over categories; horizontal when the names are long. */
export function bars(categories: string[], series: Series[], opts: { horizontal?: boolean; percent?: boolean } = {}): Option {
  const valueAxis = { type: 'value', minInterval: opts.percent ? undefined : 1, max: opts.percent ? 100 : undefined,
    axisLabel: { formatter: opts.percent ? '{value}%' : '{value}' } };
  const categoryAxis = { type: 'category', data: categories,
    axisLabel: { interval: 0, width: opts.horizontal ? 150 : 90, overflow: 'truncate', hideOverlap: !opts.horizontal } };
  return {
    legend: series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
    grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', renderMode: 'richText', confine: true },
    xAxis: opts.horizontal ? valueAxis : categoryAxis,
    yAxis: opts.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map((s) => ({
      name: s.name, type: s.type ?? 'bar', data: s.data, stack: s.stack, barMaxWidth: 36,
      connectNulls: true, label: { show: (s.type ?? 'bar') === 'bar' && !s.stack, position: opts.horizontal ? 'right' : 'top' },
    })),
  };
}

/** A ring of shares. */
export function ring(items: { name: string; value: number }[]): Option {
  return {
    legend: { bottom: 0, type: 'scroll' },
    tooltip: { trigger: 'item', renderMode: 'richText', confine: true, formatter: '{b}: {c} ({d}%)' },
    series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], data: items,
      label: { formatter: '{c}' }, avoidLabelOverlap: true }],
  };
}
