import { waitUntil } from '@open-wc/testing';
import type { SajjaDepositForm } from '../src/deposit-form/deposit-form.js';

// What the tests of <sajja-deposit-form> share: reading its shadow DOM, typing and saving as a
// person does, and the test runner's browser commands.

export const shadow = (element: Element) => element.shadowRoot!;
export const control = (element: Element, id: string) =>
  shadow(element).querySelector<HTMLInputElement & HTMLTextAreaElement & HTMLButtonElement>(
    `#${id}`,
  )!;
export const text = (element: Element, selector: string) =>
  shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

/** Types into a field the way a browser reports it: the value, then an `input` event. */
export function type(
  element: SajjaDepositForm,
  id: 'amount' | 'slip' | 'date' | 'note',
  value: string,
): void {
  const field = control(element, id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Presses the save button and waits until the save is over, written or refused. */
export async function submit(element: SajjaDepositForm): Promise<void> {
  control(element, 'save').click();
  await element.updateComplete;
  await waitUntil(() => !control(element, 'save').disabled, 'the save never finished');
  await element.updateComplete;
}

/** Real key presses through the test runner's browser control (its send-keys command). */
export async function sendKeys(payload: { press: string } | { type: string }): Promise<void> {
  await serverCommand('send-keys', payload);
}

/** Resizes the test page's viewport (the runner's set-viewport command). */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await serverCommand('set-viewport', viewport);
}

async function serverCommand(command: string, payload: unknown): Promise<void> {
  // What @web/test-runner-commands does in the browser; that package is not a dependency here.
  const socket = '/__web-dev-server__web-socket.js';
  const { sendMessageWaitForResponse } = (await import(socket)) as {
    sendMessageWaitForResponse(message: unknown): Promise<{ executed: boolean }>;
  };
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const response = await sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command,
    payload,
  });
  if (!response.executed) throw new Error(`The test runner did not run ${command}`);
}
