import { useId } from 'react';

export interface BarRow {
  label: string;
  part: number;
  whole: number;
  /** The share in percent; computed from part and whole when left out. */
  percent?: number;
}

/**
 * A bar chart: one SVG bar per row, its length the row's share, with a dashed line at `target` when
 * there is one. The numbers are written beside each bar, so the chart reads the same without the bars.
 */
export function Bars({ caption, rows, target, format }: { caption: string; rows: readonly BarRow[]; target?: number; format(row: BarRow, percent: number): string }) {
  const captionId = useId();
  return (
    <figure className="chart">
      <figcaption id={captionId}>{caption}</figcaption>
      <ul className="bars" aria-labelledby={captionId}>
        {rows.map((row) => {
          const percent = row.percent ?? (row.whole ? (100 * row.part) / row.whole : 0);
          return (
            <li key={row.label}>
              <span className="bar-label">{row.label}</span>
              <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect className="bar-track" width="100" height="10" />
                <rect className="bar-fill" width={Math.min(100, Math.max(0, percent))} height="10" />
                {target !== undefined && <line className="bar-target" x1={target} x2={target} y1="0" y2="10" vectorEffect="non-scaling-stroke" />}
              </svg>
              <span className="bar-value">{format(row, percent)}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
