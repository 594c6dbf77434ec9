import { expect } from '@open-wc/testing';
import {
  MediaCaptureError,
  toMediaCaptureError,
  type MediaCaptureErrorCode,
} from '../../src/errors.js';
import { stub } from '../fixtures/index.js';

const dom = (name: string, message = '') => new DOMException(message, name);

describe('MediaCaptureError', () => {
  it('is an Error with a stable code, message, cause and recoverable', () => {
    const cause = dom('NotReadableError', 'Could not start video source');
    const error = new MediaCaptureError('device-in-use', { cause });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('MediaCaptureError');
    expect(error.code).to.equal('device-in-use');
    expect(error.cause).to.equal(cause);
    expect(error.message).to.match(/close the other app/);
    expect(error.recoverable).to.be.true;
    expect(error.constraint).to.equal(undefined);
  });

  it('every code has a message saying what to do; recoverable exactly where a user action fixes it', () => {
    const recoverable: Record<MediaCaptureErrorCode, boolean> = {
      unsupported: false,
      'insecure-context': false,
      'permission-denied': true,
      'permission-dismissed': true,
      'system-denied': true,
      'policy-blocked': false,
      'not-found': true,
      'device-in-use': true,
      overconstrained: false,
      'invalid-constraints': false,
      timeout: true,
      'track-ended': true,
      'gesture-required': true,
      aborted: true,
      unknown: true,
    };
    for (const [code, expected] of Object.entries(recoverable)) {
      const error = new MediaCaptureError(code as MediaCaptureErrorCode);
      expect(error.recoverable, code).to.equal(expected);
      expect(error.message.length, code).to.be.greaterThan(20);
    }
  });
});

describe('toMediaCaptureError', () => {
  const cases: [string, Error, MediaCaptureErrorCode][] = [
    ['NotAllowedError', dom('NotAllowedError', 'Permission denied'), 'permission-denied'],
    [
      'Safari denial',
      dom('NotAllowedError', 'The request is not allowed by the user agent'),
      'permission-denied',
    ],
    ['dismissed', dom('NotAllowedError', 'Permission dismissed'), 'permission-dismissed'],
    ['system', dom('NotAllowedError', 'Permission denied by system'), 'system-denied'],
    ['NotFoundError', dom('NotFoundError', 'Requested device not found'), 'not-found'],
    ['NotReadableError', dom('NotReadableError', 'Could not start video source'), 'device-in-use'],
    ['Firefox AbortError', dom('AbortError', 'Starting videoinput failed'), 'device-in-use'],
    ['OverconstrainedError', dom('OverconstrainedError'), 'overconstrained'],
    [
      'TypeError',
      new TypeError('At least one of audio and video must be requested'),
      'invalid-constraints',
    ],
    ['legacy PermissionDeniedError', dom('PermissionDeniedError'), 'permission-denied'],
    ['legacy DevicesNotFoundError', dom('DevicesNotFoundError'), 'not-found'],
    ['legacy TrackStartError', dom('TrackStartError'), 'device-in-use'],
    ['legacy ConstraintNotSatisfiedError', dom('ConstraintNotSatisfiedError'), 'overconstrained'],
    ['anything else', dom('InvalidStateError', 'odd'), 'unknown'],
  ];
  for (const [title, cause, code] of cases) {
    it(`${title} → ${code}`, () => {
      const error = toMediaCaptureError(cause);
      expect(error.code).to.equal(code);
      expect(error.cause).to.equal(cause);
    });
  }

  it('a non-error value becomes unknown', () => {
    expect(toMediaCaptureError('nope').code).to.equal('unknown');
    expect(toMediaCaptureError(undefined).code).to.equal('unknown');
  });

  it('overconstrained names the constraint', () => {
    const cause = Object.assign(dom('OverconstrainedError'), { constraint: 'width' });
    const error = toMediaCaptureError(cause);
    expect(error.constraint).to.equal('width');
    expect(error.message).to.include('"width"');
  });

  it('a TypeError keeps the platform message', () => {
    const error = toMediaCaptureError(
      new TypeError('At least one of audio and video must be requested'),
    );
    expect(error.message).to.include('At least one of audio and video must be requested');
  });

  it('NotAllowedError under a blocking Permissions Policy is policy-blocked', () => {
    stub(document as Document & { permissionsPolicy?: unknown }, 'permissionsPolicy', {
      allowsFeature: (feature: string) => feature !== 'microphone',
    });
    expect(toMediaCaptureError(dom('NotAllowedError', 'Permission denied')).code).to.equal(
      'policy-blocked',
    );
  });

  it('a MediaCaptureError passes through', () => {
    const error = new MediaCaptureError('timeout');
    expect(toMediaCaptureError(error)).to.equal(error);
  });
});
