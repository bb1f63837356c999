/**
 * Embedded charts: Sheet.newChart() builder, insertChart/updateChart/removeChart/getCharts.
 * The chart image is not rendered: getAs('image/png') returns a Blob holding the PNG signature and a
 * JSON description of the chart, so a test can see what would have been drawn.
 */
import { type CallCounter, gas, unwrap, wrap } from './counter';
import { ChartType, type EnumValue } from './enums';
import type { Rect } from './grid';
import { FakeBlob } from './utilities';

export interface ChartHost {
  _sheetKey: object;
  _rangeFromRect(rect: Rect): GoogleAppsScript.Spreadsheet.Range;
}

interface ChartState {
  ranges: { host: ChartHost; rect: Rect }[];
  type: EnumValue;
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorCol: number; offsetX: number; offsetY: number };
  numHeaders?: number;
}

type ECB = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export class FakeEmbeddedChartBuilder
  implements
    Pick<
      ECB,
      | 'addRange'
      | 'removeRange'
      | 'clearRanges'
      | 'setChartType'
      | 'setNumHeaders'
      | 'setPosition'
      | 'setOption'
      | 'build'
      | 'getRanges'
      | 'getChartType'
    >
{
  constructor(
    private readonly counter: CallCounter,
    private readonly state: ChartState,
    private readonly chartId: number | null,
  ) {}
  addRange(range: GoogleAppsScript.Spreadsheet.Range): ECB {
    const raw = unwrap(range) as unknown as { _host: ChartHost; _rect: Rect };
    this.state.ranges.push({ host: raw._host, rect: { ...raw._rect } });
    return gas(this);
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): ECB {
    const raw = unwrap(range) as unknown as { _rect: Rect };
    this.state.ranges = this.state.ranges.filter((r) => JSON.stringify(r.rect) !== JSON.stringify(raw._rect));
    return gas(this);
  }
  clearRanges(): ECB {
    this.state.ranges = [];
    return gas(this);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): ECB {
    this.state.type = unwrap(type) as unknown as EnumValue;
    return gas(this);
  }
  /** "Sets the number of rows or columns of the range that act as headers" (EmbeddedChartBuilder reference). */
  setNumHeaders(headers: number): ECB {
    this.state.numHeaders = headers;
    return gas(this);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ECB {
    this.state.position = { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY };
    return gas(this);
  }
  setOption(option: string, value: any): ECB {
    this.state.options[option] = value;
    return gas(this);
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.state.ranges.map((r) => r.host._rangeFromRect(r.rect));
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return gas(this.state.type);
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    const copy: ChartState = {
      ...this.state,
      ranges: this.state.ranges.map((r) => ({ ...r, rect: { ...r.rect } })),
      options: { ...this.state.options },
    };
    return gas(wrap(this.counter, 'EmbeddedChart', new FakeEmbeddedChart(this.counter, copy, this.chartId)));
  }
}

export class FakeEmbeddedChart
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.EmbeddedChart,
      'getChartId' | 'getRanges' | 'getAs' | 'getBlob' | 'modify' | 'getOptions'
    >
{
  constructor(
    private readonly counter: CallCounter,
    readonly _state: ChartState,
    /** null until inserted: the reference says getChartId() returns "null if the chart is not embedded". */
    public _chartId: number | null,
  ) {}
  getChartId(): number | null {
    return this._chartId;
  }
  getId(): string {
    return this._chartId === null ? '' : `u${this._chartId}`;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._state.ranges.map((r) => r.host._rangeFromRect(r.rect));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const opts = { ...this._state.options };
    return gas({ get: (name: string) => opts[name] ?? null, getOrDefault: (name: string) => opts[name] ?? null });
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const description = JSON.stringify({
      type: String(this._state.type),
      options: this._state.options,
      position: this._state.position,
    });
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(description),
    ]);
    return gas(wrap(this.counter, 'Blob', new FakeBlob(this.counter, png, contentType, 'chart')));
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs('image/png');
  }
  modify(): ECB {
    const state: ChartState = {
      ...this._state,
      ranges: this._state.ranges.map((r) => ({ ...r, rect: { ...r.rect } })),
      options: { ...this._state.options },
    };
    return gas(
      wrap(this.counter, 'EmbeddedChartBuilder', new FakeEmbeddedChartBuilder(this.counter, state, this._chartId)),
    );
  }
}

export function newChartBuilder(counter: CallCounter): ECB {
  const state: ChartState = {
    ranges: [],
    type: ChartType.LINE,
    options: {},
    position: { anchorRow: 1, anchorCol: 1, offsetX: 0, offsetY: 0 },
  };
  return gas(wrap(counter, 'EmbeddedChartBuilder', new FakeEmbeddedChartBuilder(counter, state, null)));
}

/** The `Charts` global (only the enum the builders need). */
export const ChartsGlobal = { ChartType };
