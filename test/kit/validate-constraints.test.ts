import { expect } from '@open-wc/testing';
import {
  assertValidConstraints,
  validateConstraints,
  type ValidateOptions,
} from '../../src/constraints/validate.js';
import { MediaCaptureError } from '../../src/errors.js';
import { engine, stub } from '../fixtures/index.js';

/** `true`: valid. Otherwise the first error: its path, message and suggestion (`null`: none). */
type Expected = true | { path: string; message?: RegExp; suggestion?: string | null };
type Case = [title: string, value: unknown, expected: Expected, options?: ValidateOptions];

const display = { api: 'getDisplayMedia' } as const;
const video = (constraints: Record<string, unknown>) => ({ video: constraints });
const audio = (constraints: Record<string, unknown>) => ({ audio: constraints });

const cases: Case[] = [
  // MediaStreamConstraints
  ['video: true', { video: true }, true],
  ['audio: true', { audio: true }, true],
  ['video and audio', { video: true, audio: true }, true],
  ['video: false with audio', { video: false, audio: true }, true],
  ['an empty MediaTrackConstraints', { video: {} }, true],
  ['an undefined member is absent', { video: { width: undefined }, audio: undefined }, true],
  ['peerIdentity', { video: true, peerIdentity: 'bob@example.org' }, true],
  ['a null-prototype object', Object.assign(Object.create(null), { video: true }), true],
  ['frozen objects', Object.freeze({ video: Object.freeze({ width: 640 }) }), true],
  ['neither video nor audio', { video: false, audio: false }, { path: '', message: /neither/ }],
  ['an empty object', {}, { path: '', message: /neither video nor audio/ }],
  ['null', null, { path: '', message: /^the constraints are null: expected/ }],
  ['a string', 'video', { path: '', message: /"video": expected a MediaStreamConstraints/ }],
  ['video: null', { video: null }, { path: 'video', message: /^video is null: expected/ }],
  ['video: []', { video: [] }, { path: 'video', message: /is \[\]: expected true, false/ }],
  ['video: "true"', { video: 'true' }, { path: 'video', suggestion: 'true' }],
  ['audio: 1', { audio: 1 }, { path: 'audio', message: /audio is 1: expected/ }],
  ['vidoe', { vidoe: true }, { path: 'vidoe', suggestion: 'video' }],
  ['Audio', { Audio: true }, { path: 'Audio', suggestion: 'audio' }],
  [
    'a track member at the top',
    { width: 640 },
    { path: 'width', message: /belongs inside video/, suggestion: 'video: { width: 640 }' },
  ],
  [
    'a getDisplayMedia option in getUserMedia',
    { video: true, systemAudio: 'include' },
    { path: 'systemAudio', message: /getDisplayMedia option/ },
  ],

  // ConstrainULong / ConstrainDouble
  ['width and height', video({ width: 1280, height: 720 }), true],
  ['a range', video({ width: { min: 640, ideal: 1280, max: 1920 } }), true],
  ['exact', video({ height: { exact: 480 } }), true],
  ['aspectRatio', video({ aspectRatio: 16 / 9 }), true],
  ['frameRate', video({ frameRate: { ideal: 30, max: 60 } }), true],
  ['zero', video({ width: { min: 0 } }), true],
  [
    'a negative min',
    video({ width: { min: -1 } }),
    {
      path: 'video.width.min',
      message: /^video\.width\.min is -1: expected a positive number of pixels$/,
    },
  ],
  ['a negative width', video({ width: -1 }), { path: 'video.width', message: /is -1: expected/ }],
  ['NaN', video({ height: NaN }), { path: 'video.height', message: /is NaN: expected/ }],
  [
    'Infinity',
    video({ aspectRatio: Infinity }),
    { path: 'video.aspectRatio', message: /Infinity/ },
  ],
  [
    'a word for a number',
    video({ width: 'big' }),
    {
      path: 'video.width',
      message: /"big": expected a positive number of pixels or \{ min, max, exact, ideal \}/,
      suggestion: null,
    },
  ],
  ['a numeric string', video({ width: '640' }), { path: 'video.width', suggestion: '640' }],
  [
    'min above max',
    video({ width: { min: 10, max: 5 } }),
    { path: 'video.width.min', message: /10, above max 5: expected min ≤ max/ },
  ],
  [
    'exact outside min and max',
    video({ width: { min: 200, exact: 100 } }),
    { path: 'video.width.exact', message: /no value can satisfy both/ },
  ],
  [
    'beyond an unsigned long',
    video({ width: 2 ** 32 }),
    { path: 'video.width', message: /up to 4294967295/ },
  ],
  [
    'a misspelt range member',
    video({ width: { minimum: 640 } }),
    { path: 'video.width.minimum', suggestion: 'min' },
  ],
  ['a string in a range', video({ frameRate: { ideal: '30' } }), { path: 'video.frameRate.ideal' }],
  ['a negative frame rate', video({ frameRate: -30 }), { path: 'video.frameRate' }],
  ['audio numbers', audio({ sampleRate: 48000, sampleSize: 16, latency: 0.01 }), true],
  ['channelCount', audio({ channelCount: { ideal: 2, max: 2 } }), true],
  [
    'a negative channelCount',
    audio({ channelCount: { ideal: -2 } }),
    { path: 'audio.channelCount.ideal' },
  ],
  [
    'a sampleRate string',
    audio({ sampleRate: '48000' }),
    { path: 'audio.sampleRate', suggestion: '48000' },
  ],

  // ConstrainBoolean / ConstrainBooleanOrDOMString
  ['booleans', audio({ autoGainControl: { exact: false }, noiseSuppression: false }), true],
  ['echoCancellation modes', audio({ echoCancellation: 'all' }), true],
  ['echoCancellation exact mode', audio({ echoCancellation: { exact: 'remote-only' } }), true],
  [
    'echoCancellation: "false"',
    audio({ echoCancellation: 'false' }),
    { path: 'audio.echoCancellation', suggestion: 'false' },
  ],
  [
    'echoCancellation: "yes"',
    audio({ echoCancellation: 'yes' }),
    { path: 'audio.echoCancellation' },
  ],
  ['a boolean string', video({ torch: 'true' }), { path: 'video.torch', suggestion: 'true' }],
  [
    'a number for a boolean',
    audio({ autoGainControl: { exact: 1 } }),
    { path: 'audio.autoGainControl.exact', message: /is 1: expected true or false$/ },
  ],
  [
    'a range member on a boolean',
    audio({ noiseSuppression: { min: true } }),
    { path: 'audio.noiseSuppression.min', message: /expected exact or ideal/ },
  ],

  // ConstrainDOMString
  ['facingMode', video({ facingMode: 'user' }), true],
  ['facingMode exact', video({ facingMode: { exact: 'environment' } }), true],
  ['facingMode list', video({ facingMode: ['left', 'right'] }), true],
  ['resizeMode', video({ resizeMode: 'crop-and-scale' }), true],
  ['deviceId', video({ deviceId: 'abc' }), true],
  ['deviceId exact', video({ deviceId: { exact: ['a', 'b'] } }), true],
  ['an empty ideal deviceId', video({ deviceId: '' }), true],
  ['groupId', audio({ groupId: { ideal: 'g' } }), true],
  [
    'facingMode: "back"',
    video({ facingMode: 'back' }),
    {
      path: 'video.facingMode',
      message: /expected one of "user", "environment"/,
      suggestion: 'environment',
    },
  ],
  [
    'a misspelt exact facingMode',
    video({ facingMode: { exact: 'enviroment' } }),
    { path: 'video.facingMode.exact', suggestion: 'environment' },
  ],
  ['User', video({ facingMode: 'User' }), { path: 'video.facingMode', suggestion: 'user' }],
  [
    'an empty exact list',
    video({ facingMode: { exact: [] } }),
    { path: 'video.facingMode.exact', message: /an empty list matches nothing/ },
  ],
  ['a number for a string', video({ facingMode: 42 }), { path: 'video.facingMode' }],
  [
    'resizeMode: "crop"',
    video({ resizeMode: 'crop' }),
    { path: 'video.resizeMode', suggestion: 'crop-and-scale' },
  ],
  [
    'deviceId exact ""',
    video({ deviceId: { exact: '' } }),
    { path: 'video.deviceId.exact', message: /an empty deviceId matches no device/ },
  ],
  [
    'an empty id in an exact list',
    video({ deviceId: { exact: ['a', ''] } }),
    { path: 'video.deviceId.exact[1]' },
  ],
  ['groupId exact ""', audio({ groupId: { exact: '' } }), { path: 'audio.groupId.exact' }],
  [
    'a number in a list',
    video({ deviceId: ['a', 3] }),
    { path: 'video.deviceId[1]', message: /is 3: expected a string/ },
  ],

  // Unknown members
  [
    'framerate',
    video({ framerate: 30 }),
    {
      path: 'video.framerate',
      message:
        /^video\.framerate is not a MediaTrackConstraints member: did you mean `frameRate`\?$/,
      suggestion: 'frameRate',
    },
  ],
  ['deviceID', video({ deviceID: 'x' }), { path: 'video.deviceID', suggestion: 'deviceId' }],
  [
    'facingmode',
    video({ facingmode: 'user' }),
    { path: 'video.facingmode', suggestion: 'facingMode' },
  ],
  ['frameRates', video({ frameRates: 30 }), { path: 'video.frameRates', suggestion: 'frameRate' }],
  ['widht', video({ widht: 640 }), { path: 'video.widht', suggestion: 'width' }],
  ['fps', video({ fps: 30 }), { path: 'video.fps', suggestion: 'frameRate' }],
  [
    'googNoiseSuppression',
    audio({ googNoiseSuppression: false }),
    { path: 'audio.googNoiseSuppression', suggestion: 'noiseSuppression' },
  ],
  [
    'minWidth',
    video({ minWidth: 1280 }),
    { path: 'video.minWidth', message: /legacy/, suggestion: 'width: { min: 1280 }' },
  ],
  [
    'maxFrameRate',
    video({ maxFrameRate: 30 }),
    { path: 'video.maxFrameRate', suggestion: 'frameRate: { max: 30 }' },
  ],
  [
    'mandatory',
    video({ mandatory: { minWidth: 1280 } }),
    { path: 'video.mandatory', message: /legacy/ },
  ],
  [
    'no name near',
    video({ sparkle: true }),
    { path: 'video.sparkle', message: /expected a constrainable property/, suggestion: null },
  ],
  [
    'an odd key',
    video({ 'frame rate': 30 }),
    { path: 'video["frame rate"]', suggestion: 'frameRate' },
  ],

  // advanced
  [
    'advanced',
    video({ width: 640, advanced: [{ width: 1920 }, { facingMode: 'environment' }] }),
    true,
  ],
  [
    'advanced not a list',
    video({ advanced: { width: 640 } }),
    { path: 'video.advanced', message: /array of constraint sets/ },
  ],
  ['a number in advanced', video({ advanced: [5] }), { path: 'video.advanced[0]' }],
  [
    'advanced in advanced',
    video({ advanced: [{ advanced: [] }] }),
    { path: 'video.advanced[0].advanced' },
  ],
  [
    'an unknown member in advanced',
    video({ advanced: [{ width: 640 }, { framerate: 30 }] }),
    { path: 'video.advanced[1].framerate', suggestion: 'frameRate' },
  ],

  // image-capture
  [
    'image-capture members',
    video({
      whiteBalanceMode: 'continuous',
      exposureMode: { exact: 'manual' },
      focusMode: ['single-shot', 'continuous'],
      exposureCompensation: -1.5,
      exposureTime: 100,
      colorTemperature: 5000,
      iso: 400,
      brightness: -10,
      contrast: 50,
      saturation: 50,
      sharpness: 0,
      focusDistance: 0.3,
      pan: true,
      tilt: -3600,
      zoom: { ideal: 2 },
      torch: true,
    }),
    true,
  ],
  ['pointsOfInterest', video({ pointsOfInterest: [{ x: 0.5, y: 0.5 }] }), true],
  ['pointsOfInterest ideal', video({ pointsOfInterest: { ideal: [{ x: 0, y: 1 }] } }), true],
  [
    'a single point',
    video({ pointsOfInterest: { x: 0.5, y: 0.5 } }),
    { path: 'video.pointsOfInterest', suggestion: '[{ x, y }]' },
  ],
  [
    'a point outside the frame',
    video({ pointsOfInterest: [{ x: 2, y: 0 }] }),
    { path: 'video.pointsOfInterest[0].x' },
  ],
  [
    'a point member z',
    video({ pointsOfInterest: [{ x: 0, z: 0 }] }),
    { path: 'video.pointsOfInterest[0].z' },
  ],
  ['focusMode: "auto"', video({ focusMode: 'auto' }), { path: 'video.focusMode' }],
  ['a negative zoom', video({ zoom: -1 }), { path: 'video.zoom', message: /positive zoom factor/ }],
  ['pan: "left"', video({ pan: 'left' }), { path: 'video.pan' }],
  [
    'a negative exposureTime',
    video({ exposureTime: { exact: -1 } }),
    { path: 'video.exposureTime.exact' },
  ],

  // mediacapture-extensions
  [
    'extension members',
    video({
      backgroundBlur: false,
      backgroundSegmentationMask: true,
      powerEfficient: true,
      faceFraming: { ideal: true },
      eyeGazeCorrection: false,
    }),
    true,
  ],
  ['voiceIsolation', audio({ voiceIsolation: true }), true],
  ['backgroundBlur: "on"', video({ backgroundBlur: 'on' }), { path: 'video.backgroundBlur' }],

  // Values JSON cannot hold
  [
    'a BigInt',
    video({ width: 10n }),
    { path: 'video.width', message: /BigInt \(JSON cannot hold it\)/ },
  ],
  ['a function', video({ width: () => 640 }), { path: 'video.width', message: /a function/ }],
  [
    'a symbol',
    video({ facingMode: Symbol('user') }),
    { path: 'video.facingMode', message: /a symbol/ },
  ],
  [
    'a getter that throws',
    video({
      get width(): number {
        throw new TypeError('boom');
      },
    }),
    { path: 'video.width', message: /could not be read \(TypeError: boom\)/ },
  ],
  [
    'a cycle',
    (() => {
      const track: Record<string, unknown> = {};
      track.advanced = [track];
      return { video: track };
    })(),
    { path: 'video.advanced[0]', message: /a cycle/ },
  ],

  // DisplayMediaStreamOptions
  [
    'screen capture',
    {
      video: { displaySurface: 'browser', cursor: 'motion', logicalSurface: true, frameRate: 30 },
      audio: { suppressLocalAudioPlayback: true, restrictOwnAudio: true },
      systemAudio: 'exclude',
      selfBrowserSurface: 'exclude',
      surfaceSwitching: 'include',
      monitorTypeSurfaces: 'exclude',
      windowAudio: 'system',
      preferCurrentTab: false,
    },
    true,
    display,
  ],
  ['no options', undefined, true, display],
  ['max is allowed', video({ width: { max: 1920, ideal: 1280 } }), true, display],
  [
    'min in getDisplayMedia',
    video({ width: { min: 640 } }),
    { path: 'video.width.min', message: /not allowed by getDisplayMedia/ },
    display,
  ],
  [
    'exact in getDisplayMedia',
    video({ displaySurface: { exact: 'monitor' } }),
    { path: 'video.displaySurface.exact' },
    display,
  ],
  ['advanced in getDisplayMedia', video({ advanced: [] }), { path: 'video.advanced' }, display],
  ['video: false in getDisplayMedia', { video: false }, { path: 'video' }, display],
  [
    'systemAudio: "yes"',
    { systemAudio: 'yes' },
    { path: 'systemAudio', message: /"include" or "exclude"/ },
    display,
  ],
  [
    'displaySurface: "screen"',
    video({ displaySurface: 'screen' }),
    { path: 'video.displaySurface', suggestion: 'monitor' },
    display,
  ],
  [
    'peerIdentity in getDisplayMedia',
    { peerIdentity: 'x' },
    { path: 'peerIdentity', message: /getUserMedia option/ },
    display,
  ],
  ['a controller that is not one', { controller: 'mine' }, { path: 'controller' }, display],
];

describe('validateConstraints', () => {
  it(`checks ${cases.length} cases from the dictionaries`, () => {
    expect(cases.length).to.be.greaterThanOrEqual(60);
    for (const [title, value, expected, options] of cases) {
      const result = validateConstraints(value, options);
      if (expected === true) {
        expect(result.errors, title).to.deep.equal([]);
        expect(result.ok, title).to.be.true;
        continue;
      }
      expect(result.ok, title).to.be.false;
      const [error] = result.errors;
      expect(error, title).to.exist;
      expect(error.path, title).to.equal(expected.path);
      if (expected.path) expect(error.message.startsWith(expected.path), title).to.be.true;
      if (expected.message) expect(error.message, title).to.match(expected.message);
      if (expected.suggestion === null) expect(error.suggestion, title).to.equal(undefined);
      else if (expected.suggestion !== undefined) {
        expect(error.suggestion, title).to.equal(expected.suggestion);
        expect(error.message, title).to.contain('did you mean');
      }
    }
  });

  it('reports every error, each with its path', () => {
    const result = validateConstraints({
      video: { framerate: 30, width: { min: -1 }, deviceId: { exact: '' } },
      audio: { sampleRate: 'high' },
    });
    expect(result.errors.map((error) => error.path)).to.deep.equal([
      'video.framerate',
      'video.width.min',
      'video.deviceId.exact',
      'audio.sampleRate',
    ]);
  });

  it('gives a plain copy of what it validated: getters read once, undefined left out', () => {
    let reads = 0;
    const input = {
      video: {
        get width() {
          reads++;
          return 640;
        },
        height: undefined,
        advanced: [{ facingMode: ['user'] }],
      },
      audio: true,
    };
    const result = validateConstraints(input);
    expect(reads).to.equal(1);
    expect(result.constraints).to.deep.equal({
      video: { width: 640, advanced: [{ facingMode: ['user'] }] },
      audio: true,
    });
    expect(result.constraints).not.to.equal(input);
    expect(JSON.parse(JSON.stringify(result.constraints))).to.deep.equal(result.constraints);
    expect(validateConstraints({ video: { width: -1 } }).constraints).to.equal(undefined);
  });

  it('reads members a constraints object inherits, as the platform does', () => {
    class Hd {
      get width() {
        return 1280;
      }
    }
    const result = validateConstraints({ video: new Hd() });
    expect(result.constraints).to.deep.equal({ video: { width: 1280 } });
    const inherited = validateConstraints({ video: Object.create({ framerate: 30 }) });
    expect(inherited.ok).to.be.true; // an inherited unknown name is not read, by the platform either
  });

  describe('never throws, whatever the input', () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get trap');
        },
        ownKeys: () => {
          throw new Error('ownKeys trap');
        },
        getPrototypeOf: () => {
          throw new Error('getPrototypeOf trap');
        },
        has: () => {
          throw new Error('has trap');
        },
      },
    );
    const keysOnly = new Proxy(
      { width: 1 },
      {
        get: () => {
          throw Symbol('not even an Error');
        },
      },
    );
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const hostile = {
      toString() {
        throw new Error('toString');
      },
      [Symbol.toPrimitive]() {
        throw new Error('toPrimitive');
      },
    };
    const sparse: unknown[] = [];
    sparse.length = 10_000_000;
    const deep: Record<string, unknown> = { video: true };
    deep.self = deep;
    const inputs: [string, unknown][] = [
      ['a throwing Proxy', throwing],
      ['a throwing Proxy as video', { video: throwing }],
      ['a throwing Proxy as width', { video: { width: throwing } }],
      ['a throwing Proxy in advanced', { video: { advanced: [throwing] } }],
      ['a Proxy throwing a symbol', { video: keysOnly }],
      ['a revoked Proxy', revoked.proxy],
      ['a revoked Proxy as video', { video: revoked.proxy }],
      ['a revoked Proxy as a list', { video: { deviceId: revoked.proxy } }],
      ['a revoked Proxy in advanced', { video: { advanced: revoked.proxy } }],
      ['an object whose toString throws', { video: { width: hostile, facingMode: [hostile] } }],
      [
        'a getter throwing null',
        {
          video: Object.defineProperty({}, 'width', {
            get: () => {
              throw null;
            },
            enumerable: true,
          }),
        },
      ],
      ['a huge sparse advanced', { video: { advanced: sparse } }],
      ['a cycle at the top', deep],
      [
        'a cycle through video',
        (() => {
          const c: Record<string, unknown> = {};
          c.video = c;
          return c;
        })(),
      ],
      ['a symbol', Symbol('constraints')],
      ['a BigInt', 5n],
      ['a function', () => ({ video: true })],
      [
        'frozen, sealed and null-prototype',
        { video: Object.seal(Object.freeze(Object.create(null))) },
      ],
      ['a Date as video', { video: new Date(0) }],
      ['a Map as width', { video: { width: new Map([['min', 1]]) } }],
      ['an array as constraints', [{ video: true }]],
    ];
    for (const [title, input] of inputs) {
      it(title, () => {
        let result: ReturnType<typeof validateConstraints> | undefined;
        expect(() => (result = validateConstraints(input)), title).not.to.throw();
        expect(result!.ok).to.be.a('boolean');
        for (const issue of [...result!.errors, ...result!.warnings]) {
          expect(issue.path).to.be.a('string');
          expect(issue.message).to.be.a('string');
        }
        try {
          assertValidConstraints(input);
        } catch (error) {
          expect(error).to.be.instanceOf(MediaCaptureError);
          expect((error as MediaCaptureError).code).to.equal('invalid-constraints');
        }
      });
    }

    it('says why each hostile input is invalid', () => {
      const message = (input: unknown) => validateConstraints(input).errors[0]?.message;
      expect(message({ video: throwing })).to.match(
        /^video could not be read \(Error: ownKeys trap\)/,
      );
      expect(message({ video: keysOnly })).to.match(
        /^video\.width could not be read \(an exception\)/,
      );
      expect(message({ video: { advanced: sparse } })).to.match(/has 10000000 entries/);
      expect(message(deep)).to.match(/^self is not a MediaStreamConstraints member/);
    });
  });
});

describe('warnings: known members this browser ignores', () => {
  const supported = navigator.mediaDevices.getSupportedConstraints() as Record<string, boolean>;
  const samples: [string, 'video' | 'audio', unknown][] = [
    ['width', 'video', 640],
    ['aspectRatio', 'video', 1.5],
    ['frameRate', 'video', 30],
    ['resizeMode', 'video', 'none'],
    ['sampleRate', 'audio', 48000],
    ['sampleSize', 'audio', 16],
    ['latency', 'audio', 0.01],
    ['channelCount', 'audio', 1],
    ['voiceIsolation', 'audio', true],
    ['backgroundBlur', 'video', true],
    ['powerEfficient', 'video', true],
    ['faceFraming', 'video', true],
    ['torch', 'video', true],
    ['zoom', 'video', 1],
    ['pan', 'video', true],
    ['whiteBalanceMode', 'video', 'continuous'],
  ];

  it(`follow getSupportedConstraints() in ${engine}, and are never errors`, () => {
    for (const [name, kind, value] of samples) {
      const result = validateConstraints({ [kind]: { [name]: value } });
      expect(result.ok, name).to.be.true;
      const warned = result.warnings.map((warning) => warning.path);
      expect(warned, name).to.deep.equal(supported[name] ? [] : [`${kind}.${name}`]);
    }
  });

  it(`match what ${engine} is known to lack`, () => {
    const warns = (kind: string, name: string, value: unknown) =>
      validateConstraints({ [kind]: { [name]: value } }).warnings.length > 0;
    expect(warns('video', 'width', 640)).to.be.false;
    expect(warns('video', 'deviceId', 'a')).to.be.false;
    if (engine === 'firefox') {
      expect(warns('video', 'aspectRatio', 1.5)).to.be.true;
      expect(warns('audio', 'sampleRate', 48000)).to.be.true;
      expect(warns('audio', 'sampleSize', 16)).to.be.true;
      expect(warns('audio', 'latency', 0.01)).to.be.true;
    } else {
      expect(warns('video', 'aspectRatio', 1.5)).to.be.false;
      expect(warns('audio', 'sampleRate', 48000)).to.be.false;
    }
    if (engine === 'chromium') expect(warns('video', 'backgroundBlur', true)).to.be.true;
    if (engine === 'webkit') expect(warns('video', 'backgroundBlur', true)).to.be.false;
    const message = validateConstraints({ video: { advanced: [{ faceFraming: true }] } })
      .warnings[0]?.message;
    if (!supported.faceFraming) {
      expect(message).to.equal(
        'video.advanced[0].faceFraming is not supported by this browser: it is ignored',
      );
    }
  });

  it('name a member meant for the other track kind, or for screen capture', () => {
    const { ok, warnings } = validateConstraints({
      video: { sampleRate: 48000, displaySurface: 'monitor' },
      audio: { facingMode: 'user' },
    });
    expect(ok).to.be.true;
    expect(warnings.map((warning) => warning.message)).to.deep.equal([
      'video.sampleRate applies to audio tracks: the video track ignores it',
      'video.displaySurface applies to screen capture (getDisplayMedia): getUserMedia ignores it',
      'audio.facingMode applies to video tracks: the audio track ignores it',
    ]);
    expect(
      validateConstraints({ video: { displaySurface: 'monitor' } }, display).warnings.some(
        (warning) => /screen capture/.test(warning.message),
      ),
    ).to.be.false;
    expect(
      validateConstraints({ video: true, preferCurrentTab: true }).warnings[0].message,
    ).to.equal('preferCurrentTab is a getDisplayMedia option: getUserMedia ignores it');
  });

  it('name a non-standard member', () => {
    const { ok, warnings } = validateConstraints({ video: { mediaSource: 'camera' } });
    expect(ok).to.be.true;
    expect(warnings[0].message).to.match(
      engine === 'firefox' ? /non-standard \(Firefox only\)/ : /not supported by this browser/,
    );
  });

  it('are none where there is no getSupportedConstraints() to ask', () => {
    stub(navigator, 'mediaDevices', undefined as unknown as MediaDevices);
    expect(validateConstraints({ video: { faceFraming: true } }).warnings).to.deep.equal([]);
  });

  it('are none, and nothing throws, when getSupportedConstraints() throws', () => {
    stub(navigator, 'mediaDevices', {
      getSupportedConstraints() {
        throw new Error('broken');
      },
    } as unknown as MediaDevices);
    const result = validateConstraints({ video: { faceFraming: true } });
    expect(result).to.deep.include({ ok: true, warnings: [] });
  });
});

describe('assertValidConstraints', () => {
  it('returns the validated copy', () => {
    stub(console, 'warn', () => {}); // Firefox lists no displaySurface: a warning
    const input = { video: { width: 640 }, audio: true };
    const constraints = assertValidConstraints(input);
    expect(constraints).to.deep.equal(input);
    expect(constraints).not.to.equal(input);
    const options: DisplayMediaStreamOptions = assertValidConstraints(
      { video: { displaySurface: 'window' } },
      display,
    );
    expect(options).to.deep.equal({ video: { displaySurface: 'window' } });
  });

  it('throws a MediaCaptureError invalid-constraints with every error in its message', () => {
    let thrown: unknown;
    try {
      assertValidConstraints({ video: { framerate: 30, width: { min: -1 } } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(MediaCaptureError);
    const error = thrown as MediaCaptureError;
    expect(error.code).to.equal('invalid-constraints');
    expect(error.recoverable).to.be.false;
    expect(error.message).to.equal(
      'video.framerate is not a MediaTrackConstraints member: did you mean `frameRate`?; ' +
        'video.width.min is -1: expected a positive number of pixels',
    );
  });

  it('warns on the console once per warning, and still returns', () => {
    const lines: unknown[][] = [];
    stub(console, 'warn', (...args: unknown[]) => void lines.push(args));
    const constraints = assertValidConstraints({
      video: { sampleRate: 48000 },
      audio: { facingMode: 'user' },
    });
    expect(constraints).to.deep.equal({
      video: { sampleRate: 48000 },
      audio: { facingMode: 'user' },
    });
    expect(lines).to.have.length(2);
    expect(String(lines[0][0])).to.contain('video.sampleRate applies to audio tracks');
    expect(String(lines[1][0])).to.contain('audio.facingMode applies to video tracks');
  });

  it('warns even when it then throws, and a throwing console changes nothing', () => {
    stub(console, 'warn', () => {
      throw new Error('console');
    });
    expect(() => assertValidConstraints({ video: { sampleRate: 48000, width: -1 } })).to.throw(
      MediaCaptureError,
      /video\.width is -1/,
    );
  });
});
