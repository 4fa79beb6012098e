/** Shapes of the widget documents' answers (see widgets/documents.ts). */
import type { SourceInfo } from './phalang-element.ts';
import type { UnitLike } from './format.ts';

export interface Period {
  start: string;
  end: string;
  fiscalYear: number | null;
}

export interface IndicatorMeta {
  code: string;
  nameTh: string;
  nameEn: string;
  measure: 'COUNT' | 'AMOUNT' | 'PERCENTAGE' | 'QUANTITY';
  higherIsBetter: boolean;
  aggregation: 'SUM' | 'LAST';
  unit: UnitLike & { nameTh: string; nameEn: string };
}

export interface KpiData {
  indicator: IndicatorMeta & {
    total: {
      value: number | null;
      approximate: boolean;
      observationCount: number;
      period: Period | null;
      sources: SourceInfo[];
    };
    latest: {
      value: number | null;
      target: number | null;
      progress: number | null;
      previousValue: number | null;
      change: number | null;
      changePercent: number | null;
      period: Period;
      previousPeriod: Period | null;
    } | null;
  };
}

export interface SeriesPoint {
  key: string;
  labelTh: string;
  labelEn: string;
  value: number | null;
  target: number | null;
  share: number | null;
  period: Period | null;
}

export interface SeriesData {
  indicator: IndicatorMeta & {
    series: { groupBy: string; total: number | null; points: SeriesPoint[]; sources: SourceInfo[] };
  };
}

export interface ObservationsData {
  indicator: IndicatorMeta & {
    observations: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: {
          id: string;
          kind: string;
          value: number;
          approximate: boolean;
          period: Period;
          area: { code: string; nameTh: string; nameEn: string } | null;
          category: { code: string; nameTh: string; nameEn: string } | null;
          source: SourceInfo;
        };
      }[];
    };
  };
}

export interface EnterpriseListData {
  enterprises: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        slug: string;
        kind: string;
        nameTh: string;
        nameEn: string;
        area: {
          code: string;
          nameTh: string;
          nameEn: string;
          parent: { code: string; nameTh: string; nameEn: string } | null;
        } | null;
        businessTypes: { code: string; nameTh: string; nameEn: string }[];
        sources: SourceInfo[];
      };
    }[];
  };
}
