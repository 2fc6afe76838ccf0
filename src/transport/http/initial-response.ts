import type { APIInteractionResponse } from 'discord-api-types/v10';

/**
 * The single HTTP response that acknowledges an interaction. The first acknowledgement wins;
 * everything after it goes through the webhook API, and only once Discord has received this one.
 */
export class InitialResponse {
  private settle!: (body: APIInteractionResponse) => void;
  private markDelivered!: () => void;
  /** The body to answer the signed request with, once a handler (or the time budget) chose it. */
  readonly body = new Promise<APIInteractionResponse>((resolve) => (this.settle = resolve));
  /** Resolved by the server when the response has been written. */
  readonly delivered = new Promise<void>((resolve) => (this.markDelivered = resolve));
  private isSent = false;

  get sent(): boolean {
    return this.isSent;
  }

  /** Sends `body` if nothing was sent yet; returns whether it did. */
  send(body: APIInteractionResponse): boolean {
    if (this.isSent) return false;
    this.isSent = true;
    this.settle(body);
    return true;
  }

  /** Called by the server once the HTTP response is written (or the connection is gone). */
  confirmDelivered(): void {
    this.markDelivered();
  }
}
