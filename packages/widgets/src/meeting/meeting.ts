import { defineElement } from '../shared/define.js';
import { SajjaMeeting } from './meeting.component.js';

export { SajjaMeeting };
export type { SajjaMeetingRowDetail, SajjaMeetingRowEvent } from './meeting.component.js';

defineElement('sajja-meeting', SajjaMeeting);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-meeting': SajjaMeeting;
  }
  interface GlobalEventHandlersEventMap {
    'sajja-meeting-row': import('./meeting.component.js').SajjaMeetingRowEvent;
  }
}
