import { describe, expect, it } from 'vitest';
import { embedSizeMessage, isPymWidthMessage, isSizeRequest, pymChildId, pymMessage } from './embed-size';

describe('embed size messages', () => {
  it('speaks AMP: sentinel, type and a whole number of pixels', () => {
    expect(embedSizeMessage(812.3)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 813 });
  });

  it('recognises embed.js’s request and @newswire/frames’ frames-init, nothing else', () => {
    expect(isSizeRequest({ type: 'embed-size-request' })).toBe(true);
    expect(isSizeRequest({ sentinel: 'amp', type: 'frames-init' })).toBe(true);
    expect(isSizeRequest({ type: 'frames-init' })).toBe(false);
    expect(isSizeRequest({ type: 'embed-size', height: 3 })).toBe(false);
    expect(isSizeRequest('embed-size-request')).toBe(false);
    expect(isSizeRequest(null)).toBe(false);
  });
});

describe('Pym.js messages', () => {
  it('reads the child id pym.Parent adds to the frame’s URL', () => {
    expect(pymChildId('?initialWidth=600&childId=map-1&parentTitle=A')).toBe('map-1');
    expect(pymChildId('?event=x')).toBeUndefined();
    expect(pymChildId('?childId=a%20b')).toBeUndefined();
    expect(pymChildId('?childId=axPYMxb')).toBeUndefined();
  });

  it('writes the height as pym.Child does', () => {
    expect(pymMessage('map-1', 'height', 812)).toBe('pymxPYMxmap-1xPYMxheightxPYMx812');
  });

  it('recognises the parent’s width message for this child only', () => {
    expect(isPymWidthMessage('pymxPYMxmap-1xPYMxwidthxPYMx600', 'map-1')).toBe(true);
    expect(isPymWidthMessage('pymxPYMxmap-2xPYMxwidthxPYMx600', 'map-1')).toBe(false);
    expect(isPymWidthMessage('pymxPYMxmap-1xPYMxheightxPYMx600', 'map-1')).toBe(false);
    expect(isPymWidthMessage({ type: 'width' }, 'map-1')).toBe(false);
  });
});
