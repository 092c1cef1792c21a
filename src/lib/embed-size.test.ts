import { describe, expect, it } from 'vitest';
import { embedSizeMessage, isSizeRequest } from './embed-size';

describe('embed size messages', () => {
  it('speaks AMP: sentinel, type and a whole number of pixels', () => {
    expect(embedSizeMessage(812.3)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 813 });
  });

  it('recognises only the host’s request', () => {
    expect(isSizeRequest({ type: 'embed-size-request' })).toBe(true);
    expect(isSizeRequest({ type: 'embed-size', height: 3 })).toBe(false);
    expect(isSizeRequest('embed-size-request')).toBe(false);
    expect(isSizeRequest(null)).toBe(false);
  });
});
