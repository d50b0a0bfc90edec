import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiClient,
  getAgentProductivityReport,
  getAgingReport,
  getReconciliationReport,
  getRevenueReport,
  getSlaBreachReport,
  getTrafficReport,
} from '@beaus/shared';
import type { ResponseOf } from '@beaus/shared';
import type { Observable } from 'rxjs';

export type RevenueReport = ResponseOf<typeof getRevenueReport>;
export type ReconciliationReport = ResponseOf<typeof getReconciliationReport>;
export type AgingReport = ResponseOf<typeof getAgingReport>;
export type SlaBreachReport = ResponseOf<typeof getSlaBreachReport>;
export type AgentProductivityReport = ResponseOf<typeof getAgentProductivityReport>;
export type TrafficReport = ResponseOf<typeof getTrafficReport>;
export type ReportKind =
  | 'revenue'
  | 'traffic'
  | 'reconciliation'
  | 'aging'
  | 'slaBreaches'
  | 'productivity';

/** Where each report's CSV export lives under /api/supervisor/reports/. */
const csvPaths: Record<ReportKind, string> = {
  revenue: 'revenue.csv',
  traffic: 'traffic.csv',
  reconciliation: 'reconciliation.csv',
  aging: 'aging.csv',
  slaBreaches: 'sla-breaches.csv',
  productivity: 'agent-productivity.csv',
};

/** A report's filter: local days (inclusive) and optionally one plaza. */
export interface ReportFilter {
  readonly from: string;
  readonly to: string;
  readonly plaza: string | null;
}

/** The supervisor reports over the generated client, and their CSV exports. */
@Injectable()
export class ReportsApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  revenue(filter: ReportFilter): Observable<RevenueReport> {
    return this.api.call(getRevenueReport, this.params(filter));
  }

  traffic(filter: ReportFilter): Observable<TrafficReport> {
    return this.api.call(getTrafficReport, this.params(filter));
  }

  reconciliation(filter: ReportFilter): Observable<ReconciliationReport> {
    return this.api.call(getReconciliationReport, this.params(filter));
  }

  slaBreaches(filter: ReportFilter): Observable<SlaBreachReport> {
    return this.api.call(getSlaBreachReport, this.params(filter));
  }

  productivity(filter: ReportFilter): Observable<AgentProductivityReport> {
    return this.api.call(getAgentProductivityReport, this.params(filter));
  }

  aging(asOf: string): Observable<AgingReport> {
    return this.api.call(getAgingReport, { asOf });
  }

  /**
   * The report as a CSV file. Through HttpClient (not a plain link) so the bearer token goes
   * with it; the BFF streams the file, the browser keeps it as a Blob to save.
   */
  csv(kind: ReportKind, filter: ReportFilter): Observable<Blob> {
    const params: Record<string, string> =
      kind === 'aging' ? { asOf: filter.to } : this.params(filter);
    return this.http.get(`/api/supervisor/reports/${csvPaths[kind]}`, {
      params,
      responseType: 'blob',
    });
  }

  private params(filter: ReportFilter): { from: string; to: string; plaza?: string } {
    return {
      from: filter.from,
      to: filter.to,
      ...(filter.plaza ? { plaza: filter.plaza } : {}),
    };
  }
}
