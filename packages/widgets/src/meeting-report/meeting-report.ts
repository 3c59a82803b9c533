import { defineElement } from '../shared/define.js';
import { SajjaMeetingReport } from './meeting-report.component.js';

export { SajjaMeetingReport };

defineElement('sajja-meeting-report', SajjaMeetingReport);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-meeting-report': SajjaMeetingReport;
  }
}
