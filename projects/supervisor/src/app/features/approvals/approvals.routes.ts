import type { Routes } from '@angular/router';
import { provideTranslations } from '@beaus/shared';
import { ApprovalsApi } from './data/approvals.api';
import { RefundApprovalsApi } from './data/refund-approvals.api';
import { refundApprovalTexts } from './refund-approvals.texts';

export default [
  {
    path: '',
    providers: [ApprovalsApi, RefundApprovalsApi, provideTranslations(refundApprovalTexts)],
    loadComponent: () => import('./pages/approvals.page'),
  },
] satisfies Routes;
