import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export type UPlotChartProps = {
  /** uPlot options without a width: the chart takes its container's width. Memoize them:
   * a new options object rebuilds the chart, while new data only redraws it. */
  options: Omit<uPlot.Options, 'width'>;
  data: uPlot.AlignedData;
  /** The chart is one image to assistive technology; give it a name and a text alternative. */
  label: string;
  className?: string;
};

/** A uPlot chart that fills the width of its container and follows resizes. */
export function UPlotChart({ options, data, label, className }: UPlotChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const latestData = useRef(data);

  // Before the effect below, so a rebuilt chart starts from this render's data.
  useEffect(() => {
    latestData.current = data;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const widthOf = () => Math.max(200, Math.floor(container.clientWidth));
    const plot = new uPlot({ ...options, width: widthOf() }, latestData.current, container);
    plotRef.current = plot;
    const observer = new ResizeObserver(() => {
      if (widthOf() !== plot.width) plot.setSize({ width: widthOf(), height: options.height });
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [options]);

  useEffect(() => {
    const plot = plotRef.current;
    if (plot && plot.data !== data) plot.setData(data);
  }, [data]);

  return (
    <div
      ref={containerRef}
      role="img"
      aria-label={label}
      className={['uplot-chart', className].filter(Boolean).join(' ')}
    />
  );
}
