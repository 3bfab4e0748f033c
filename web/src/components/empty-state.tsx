// An empty list that says what to do next (add the first product, import businesses), with the action's button or link.
import type { ReactNode } from 'react';
import './empty-state.css';

export function EmptyState({ title, hint, children, testId }: { title: string; hint: ReactNode; children?: ReactNode; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-state-title">{title}</p>
      <p className="muted">{hint}</p>
      {children && <div className="empty-state-actions">{children}</div>}
    </div>
  );
}
