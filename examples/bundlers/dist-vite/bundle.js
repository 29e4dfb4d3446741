var e = Object.create,
  t = Object.defineProperty,
  n = Object.getOwnPropertyDescriptor,
  r = Object.getOwnPropertyNames,
  i = Object.getPrototypeOf,
  a = Object.prototype.hasOwnProperty,
  o = (e, t) => () => (
    t || (e((t = { exports: {} }).exports, t, t.exports), (e = null)), t.exports
  ),
  s = (e, i, o, s) => {
    if ((i && typeof i == `object`) || typeof i == `function`)
      for (var c = r(i), l = 0, u = c.length, d; l < u; l++)
        (d = c[l]),
          !a.call(e, d) &&
            d !== o &&
            t(e, d, {
              get: ((e) => i[e]).bind(null, d),
              enumerable: !(s = n(i, d)) || s.enumerable,
            });
    return e;
  },
  c = (n, r, o) => (
    (o = n == null ? {} : e(i(n))),
    s(
      r || !n || !n.__esModule || !a.call(n, `default`)
        ? t(o, `default`, { value: n, enumerable: !0 })
        : o,
      n,
    )
  );
function l(e) {
  return `[${e.map((e) => (e === -1 ? `*` : String(e))).join(`, `)}]`;
}
function u(e, t, n, r) {
  const i = e.shape;
  if (!(i.length === t.length && t.every((e, t) => e === -1 || e === i[t]))) {
    const e = i.length === t.length ? `` : ` (rank ${i.length}, expected rank ${t.length})`;
    throw Error(`${r}: argument '${n}' must have shape ${l(t)}, got ${l(i)}${e}`);
  }
}
var d = 1e-7,
  f = 1e-4,
  p = class {
    constructor(e, t) {
      (this.backend = e),
        (this.dataMover = t),
        (this.data = new WeakMap()),
        (this.dataIdsCount = 0);
    }
    get(e) {
      return (this.data.has(e) || this.dataMover.moveData(this.backend, e), this.data.get(e));
    }
    set(e, t) {
      this.dataIdsCount++, this.data.set(e, t);
    }
    has(e) {
      return this.data.has(e);
    }
    delete(e) {
      return (this.dataIdsCount--, this.data.delete(e));
    }
    numDataIds() {
      return this.dataIdsCount;
    }
  },
  m = class {
    refCount(e) {
      return h(`refCount`);
    }
    incRef(e) {
      return h(`incRef`);
    }
    timerAvailable() {
      return !0;
    }
    time(e) {
      return h(`time`);
    }
    read(e) {
      return h(`read`);
    }
    readSync(e) {
      return h(`readSync`);
    }
    readToGPU(e, t) {
      return h(`readToGPU`);
    }
    numDataIds() {
      return h(`numDataIds`);
    }
    disposeData(e, t) {
      return h(`disposeData`);
    }
    write(e, t, n) {
      return h(`write`);
    }
    move(e, t, n, r, i) {
      return h(`move`);
    }
    createTensorFromGPUData(e, t, n) {
      return h(`createTensorFromGPUData`);
    }
    memory() {
      return h(`memory`);
    }
    floatPrecision() {
      return h(`floatPrecision`);
    }
    epsilon() {
      return this.floatPrecision() === 32 ? d : f;
    }
    dispose() {
      return h(`dispose`);
    }
  };
function h(e) {
  throw Error(
    `'${e}' not yet implemented or not found in the registry. This kernel may not be supported by the tfjs backend you have chosen`,
  );
}
function g(e, t, n) {
  return Math.max(e, Math.min(t, n));
}
function _(e, t, n) {
  const r = e[t];
  (e[t] = e[n]), (e[n] = r);
}
function v(e, t) {
  if (!e) throw Error(typeof t == `string` ? t : t());
}
function y(e, t, n = ``) {
  v(S(e, t), () => n + ` Shapes ${e} and ${t} must match`);
}
function b(e) {
  v(e != null, () => `The input to the tensor constructor must be a non-null value.`);
}
function x(e) {
  if (e.length === 0) return 1;
  let t = e[0];
  for (let n = 1; n < e.length; n++) t *= e[n];
  return t;
}
function S(e, t) {
  if (e === t) return !0;
  if (e == null || t == null || e.length !== t.length) return !1;
  for (let n = 0; n < e.length; n++) if (e[n] !== t[n]) return !1;
  return !0;
}
function C(e) {
  return e % 1 == 0;
}
function w(e, t) {
  return t <= e.length ? e : e + ` `.repeat(t - e.length);
}
function T(e, t) {
  let n = 1,
    r = -1;
  for (let t = 0; t < e.length; ++t)
    if (e[t] >= 0) n *= e[t];
    else if (e[t] === -1) {
      if (r !== -1)
        throw Error(`Shapes can only have 1 implicit size. Found -1 at dim ${r} and dim ${t}`);
      r = t;
    } else if (e[t] < 0) throw Error(`Shapes can not be < 0. Found ${e[t]} at dim ${t}`);
  if (r === -1) {
    if (t > 0 && t !== n) throw Error(`Size(${t}) must match the product of shape ${e}`);
    return e;
  }
  if (n === 0) throw Error(`Cannot infer the missing size in [${e}] when there are 0 elements`);
  if (t % n !== 0) throw Error(`The implicit shape can't be a fractional number. Got ${t} / ${n}`);
  const i = e.slice();
  return ((i[r] = t / n), i);
}
function E(e, t) {
  const n = t.length;
  return (
    (e = e == null ? t.map((e, t) => t) : [].concat(e)),
    v(
      e.every((e) => e >= -n && e < n),
      () => `All values in axis param must be in range [-${n}, ${n}) but got axis ${e}`,
    ),
    v(
      e.every((e) => C(e)),
      () => `All values in axis param must be integers but got axis ${e}`,
    ),
    e.map((e) => (e < 0 ? n + e : e))
  );
}
function D(e, t) {
  return O(e, t);
}
function O(e, t) {
  let n = null;
  if (e == null || e === `float32`) n = new Float32Array(t);
  else if (e === `int32`) n = new Int32Array(t);
  else if (e === `bool`) n = new Uint8Array(t);
  else if (e === `string`) n = Array(t);
  else throw Error(`Unknown data type ${e}`);
  return n;
}
function k(e, t) {
  for (let n = 0; n < e.length; n++) {
    const r = e[n];
    if (isNaN(r) || !isFinite(r))
      throw Error(`A tensor of type ${t} being uploaded contains ${r}.`);
  }
}
function A(e) {
  return e === `bool` || e === `complex64` || e === `float32` || e === `int32` || e === `string`;
}
function j(e, t) {
  return !(
    t === `complex64` ||
    (t === `float32` && e !== `complex64`) ||
    (t === `int32` && e !== `float32` && e !== `complex64`) ||
    (t === `bool` && e === `bool`)
  );
}
function M(e) {
  if (e === `float32` || e === `int32`) return 4;
  if (e === `complex64`) return 8;
  if (e === `bool`) return 1;
  throw Error(`Unknown dtype ${e}`);
}
function ee(e) {
  if (e == null) return 0;
  let t = 0;
  return (e.forEach((e) => (t += e.length)), t);
}
function te(e) {
  return typeof e == `string` || e instanceof String;
}
function N(e) {
  return typeof e == `boolean`;
}
function ne(e) {
  return typeof e == `number`;
}
function re(e) {
  return Array.isArray(e)
    ? re(e[0])
    : e instanceof Float32Array
      ? `float32`
      : e instanceof Int32Array || e instanceof Uint8Array || e instanceof Uint8ClampedArray
        ? `int32`
        : ne(e)
          ? `float32`
          : te(e)
            ? `string`
            : N(e)
              ? `bool`
              : `float32`;
}
function ie(e) {
  return !!(e && e.constructor && e.call && e.apply);
}
function P(e) {
  const t = e.length;
  if (t < 2) return [];
  const n = Array(t - 1);
  n[t - 2] = e[t - 1];
  for (let r = t - 3; r >= 0; --r) n[r] = n[r + 1] * e[r + 1];
  return n;
}
function ae(e, t, n, r = !1) {
  const i = [];
  if (t.length === 1) {
    const a = t[0] * (r ? 2 : 1);
    for (let t = 0; t < a; t++) i[t] = n[e + t];
  } else {
    const a = t[0],
      o = t.slice(1),
      s = o.reduce((e, t) => e * t) * (r ? 2 : 1);
    for (let t = 0; t < a; t++) i[t] = ae(e + t * s, o, n, r);
  }
  return i;
}
function F(e, t, n = !1) {
  if (e.length === 0) return t[0];
  const r = e.reduce((e, t) => e * t) * (n ? 2 : 1);
  if (r === 0) return [];
  if (r !== t.length)
    throw Error(
      `[${e}] does not match the input size ${t.length}${n ? ` for a complex tensor` : ``}.`,
    );
  return ae(0, e, t, n);
}
function oe(e, t) {
  if (Array.isArray(e)) return e;
  if (t === `float32`) return e instanceof Float32Array ? e : new Float32Array(e);
  if (t === `int32`) return e instanceof Int32Array ? e : new Int32Array(e);
  if (t === `bool` || t === `string`) return Uint8Array.from(new Int32Array(e));
  throw Error(`Unknown dtype ${t}`);
}
function I(e, t) {
  const n = L(e, t);
  for (let e = 0; e < n.length; e++) n[e] = 1;
  return n;
}
function L(e, t) {
  if (t == null || t === `float32` || t === `complex64`) return new Float32Array(e);
  if (t === `int32`) return new Int32Array(e);
  if (t === `bool`) return new Uint8Array(e);
  throw Error(`Unknown data type ${t}`);
}
function se(e, t) {
  const n = e.reduce((e, t) => e * t, 1);
  if (t == null || t === `float32`) return F(e, new Float32Array(n));
  if (t === `int32`) return F(e, new Int32Array(n));
  if (t === `bool`) return F(e, new Uint8Array(n));
  throw Error(`Unknown data type ${t}`);
}
function ce(e) {
  e.forEach((t) => {
    v(
      Number.isInteger(t) && t >= 0,
      () => `Tensor must have a shape comprised of positive integers but got shape [${e}].`,
    );
  });
}
function le(e, t, n) {
  if (t === 0) return 0;
  if (t === 1) return e[0];
  let r = e[e.length - 1];
  for (let t = 0; t < e.length - 1; ++t) r += n[t] * e[t];
  return r;
}
function ue(e, t, n) {
  if (t === 0) return [];
  if (t === 1) return [e];
  const r = Array(t);
  for (let t = 0; t < r.length - 1; ++t) (r[t] = Math.floor(e / n[t])), (e -= r[t] * n[t]);
  return ((r[r.length - 1] = e), r);
}
function de(e) {
  return e && e.then && typeof e.then == `function`;
}
var fe = `tfjsflags`,
  pe = class {
    constructor(e) {
      (this.global = e),
        (this.flags = {}),
        (this.flagRegistry = {}),
        (this.urlFlags = {}),
        (this.getQueryParams = me),
        this.populateURLFlags();
    }
    setPlatform(e, t) {
      this.platform != null &&
        (R().getBool(`IS_TEST`) ||
          R().getBool(`PROD`) ||
          console.warn(
            `Platform ${this.platformName} has already been set. Overwriting the platform with ${e}.`,
          )),
        (this.platformName = e),
        (this.platform = t);
    }
    registerFlag(e, t, n) {
      if (((this.flagRegistry[e] = { evaluationFn: t, setHook: n }), this.urlFlags[e] != null)) {
        const t = this.urlFlags[e];
        R().getBool(`IS_TEST`) ||
          R().getBool(`PROD`) ||
          console.warn(`Setting feature override from URL ${e}: ${t}.`),
          this.set(e, t);
      }
    }
    async getAsync(e) {
      return (e in this.flags || (this.flags[e] = await this.evaluateFlag(e)), this.flags[e]);
    }
    get(e) {
      if (e in this.flags) return this.flags[e];
      const t = this.evaluateFlag(e);
      if (de(t))
        throw Error(`Flag ${e} cannot be synchronously evaluated. Please use getAsync() instead.`);
      return ((this.flags[e] = t), this.flags[e]);
    }
    getNumber(e) {
      return this.get(e);
    }
    getBool(e) {
      return this.get(e);
    }
    getString(e) {
      return this.get(e);
    }
    getFlags() {
      return this.flags;
    }
    get features() {
      return this.flags;
    }
    set(e, t) {
      if (this.flagRegistry[e] == null)
        throw Error(`Cannot set flag ${e} as it has not been registered.`);
      (this.flags[e] = t), this.flagRegistry[e].setHook != null && this.flagRegistry[e].setHook(t);
    }
    evaluateFlag(e) {
      if (this.flagRegistry[e] == null)
        throw Error(`Cannot evaluate flag '${e}': no evaluation function found.`);
      return this.flagRegistry[e].evaluationFn();
    }
    setFlags(e) {
      this.flags = Object.assign({}, e);
    }
    reset() {
      (this.flags = {}), (this.urlFlags = {}), this.populateURLFlags();
    }
    populateURLFlags() {
      if (
        this.global === void 0 ||
        this.global.location === void 0 ||
        this.global.location.search === void 0
      )
        return;
      const e = this.getQueryParams(this.global.location.search);
      fe in e &&
        e[fe].split(`,`).forEach((e) => {
          const [t, n] = e.split(`:`);
          this.urlFlags[t] = ge(t, n);
        });
    }
  };
function me(e) {
  const t = {};
  return (
    e.replace(/[?&]([^=?&]+)(?:=([^&]*))?/g, (e, ...n) => (he(t, n[0], n[1]), n.join(`=`))), t
  );
}
function he(e, t, n) {
  e[decodeURIComponent(t)] = decodeURIComponent(n || ``);
}
function ge(e, t) {
  const n = t.toLowerCase();
  return n === `true` || n === `false` ? n === `true` : `${+n}` === n ? +n : t;
}
function R() {
  return _e;
}
var _e = null;
function ve(e) {
  _e = e;
}
var ye;
function be() {
  if (ye == null) {
    let e;
    if (typeof window < `u`) e = window;
    else if (typeof global < `u`) e = global;
    else if (typeof process < `u`) e = process;
    else if (typeof self < `u`) e = self;
    else throw Error(`Could not find a global object`);
    ye = e;
  }
  return ye;
}
function xe() {
  const e = be();
  return ((e._tfGlobals ??= new Map()), e._tfGlobals);
}
function Se(e, t) {
  const n = xe();
  if (n.has(e)) return n.get(e);
  {
    const r = t();
    return (n.set(e, r), n.get(e));
  }
}
var Ce = `Acos`,
  we = `Acosh`,
  Te = `AddN`,
  Ee = `ArgMax`,
  De = `ArgMin`,
  Oe = `Asin`,
  ke = `Asinh`,
  Ae = `Atan`,
  je = `Atanh`,
  Me = `Atan2`,
  Ne = `AvgPool`,
  Pe = `AvgPoolGrad`,
  Fe = `AvgPool3D`,
  Ie = `AvgPool3DGrad`,
  Le = `BatchMatMul`,
  Re = `BatchToSpaceND`,
  ze = `Bincount`,
  Be = `BitwiseAnd`,
  Ve = `BroadcastArgs`,
  He = `Cast`,
  Ue = `Ceil`,
  We = `ClipByValue`,
  Ge = `Complex`,
  z = `ComplexAbs`,
  Ke = `Concat`,
  qe = `Conv2D`,
  Je = `Conv2DBackpropFilter`,
  Ye = `Conv2DBackpropInput`,
  Xe = `Conv3D`,
  Ze = `Conv3DBackpropFilterV2`,
  Qe = `Conv3DBackpropInputV2`,
  $e = `Cosh`,
  et = `Cumprod`,
  tt = `Cumsum`,
  nt = `CropAndResize`,
  rt = `DenseBincount`,
  it = `DepthToSpace`,
  at = `DepthwiseConv2dNative`,
  ot = `DepthwiseConv2dNativeBackpropFilter`,
  st = `DepthwiseConv2dNativeBackpropInput`,
  ct = `Diag`,
  lt = `Dilation2D`,
  ut = `Dilation2DBackpropInput`,
  dt = `Dilation2DBackpropFilter`,
  ft = `Draw`,
  pt = `RealDiv`,
  mt = `Einsum`,
  ht = `EluGrad`,
  gt = `Equal`,
  _t = `ExpandDims`,
  vt = `Expm1`,
  yt = `Fill`,
  bt = `FlipLeftRight`,
  xt = `Floor`,
  St = `FloorDiv`,
  Ct = `FusedBatchNorm`,
  wt = `GatherV2`,
  Tt = `GatherNd`,
  Et = `Greater`,
  Dt = `GreaterEqual`,
  Ot = `Identity`,
  kt = `IFFT`,
  At = `Imag`,
  jt = `IsFinite`,
  Mt = `IsInf`,
  Nt = `IsNan`,
  Pt = `LeakyRelu`,
  Ft = `Less`,
  It = `LessEqual`,
  Lt = `LinSpace`,
  Rt = `Log1p`,
  zt = `LogicalAnd`,
  Bt = `LogicalNot`,
  Vt = `LogicalOr`,
  Ht = `LogicalXor`,
  Ut = `LRNGrad`,
  Wt = `Maximum`,
  Gt = `MaxPool`,
  Kt = `MaxPoolGrad`,
  qt = `MaxPool3D`,
  Jt = `MaxPool3DGrad`,
  Yt = `MaxPoolWithArgmax`,
  Xt = `Mean`,
  Zt = `Minimum`,
  Qt = `MirrorPad`,
  $t = `Multinomial`,
  en = `Multiply`,
  tn = `NotEqual`,
  nn = `NonMaxSuppressionV3`,
  rn = `NonMaxSuppressionV4`,
  an = `NonMaxSuppressionV5`,
  on = `OnesLike`,
  sn = `OneHot`,
  cn = `Pack`,
  ln = `PadV2`,
  un = `Prelu`,
  dn = `Prod`,
  fn = `RaggedGather`,
  pn = `RaggedRange`,
  mn = `RaggedTensorToTensor`,
  hn = `Range`,
  gn = `Real`,
  _n = `Reciprocal`,
  vn = `Relu`,
  yn = `Reshape`,
  bn = `ResizeNearestNeighbor`,
  xn = `ResizeNearestNeighborGrad`,
  Sn = `ResizeBilinear`,
  Cn = `ResizeBilinearGrad`,
  wn = `Relu6`,
  Tn = `Reverse`,
  En = `Round`,
  Dn = `Rsqrt`,
  On = `ScatterNd`,
  kn = `TensorScatterUpdate`,
  An = `SearchSorted`,
  jn = `Select`,
  Mn = `Selu`,
  Nn = `Slice`,
  Pn = `Sinh`,
  Fn = `Sign`,
  In = `Sigmoid`,
  Ln = `Softplus`,
  Rn = `Sqrt`,
  zn = `SpaceToBatchND`,
  Bn = `SplitV`,
  Vn = `Softmax`,
  Hn = `SparseFillEmptyRows`,
  Un = `SparseReshape`,
  Wn = `SparseSegmentMean`,
  Gn = `SparseSegmentSum`,
  Kn = `SparseToDense`,
  qn = `SquaredDifference`,
  Jn = `Square`,
  Yn = `StaticRegexReplace`,
  Xn = `StridedSlice`,
  Zn = `StringNGrams`,
  Qn = `StringSplit`,
  $n = `StringToHashBucketFast`,
  er = `Tanh`,
  tr = `Tile`,
  nr = `TopK`,
  rr = `Transform`,
  ir = `Transpose`,
  ar = `Unique`,
  or = `Unpack`,
  sr = `UnsortedSegmentSum`,
  cr = `ZerosLike`,
  lr = `Step`,
  ur = `RotateWithOffset`,
  dr = `_FusedMatMul`,
  fr = `FusedConv2D`,
  pr = `FusedDepthwiseConv2D`;
function mr(...e) {
  R().getBool(`IS_TEST`) || R().getBool(`PROD`) || console.warn(...e);
}
var hr = Se(`kernelRegistry`, () => new Map()),
  gr = Se(`gradRegistry`, () => new Map());
function _r(e, t) {
  const n = Sr(e, t);
  return hr.get(n);
}
function vr(e) {
  return gr.get(e);
}
function yr(e) {
  const t = hr.entries(),
    n = [];
  for (;;) {
    const { done: r, value: i } = t.next();
    if (r) break;
    const [a, o] = i,
      [s] = a.split(`_`);
    s === e && n.push(o);
  }
  return n;
}
function br(e) {
  const { kernelName: t, backendName: n } = e,
    r = Sr(t, n);
  hr.has(r) && mr(`The kernel '${t}' for backend '${n}' is already registered`), hr.set(r, e);
}
function xr(e) {
  const { kernelName: t } = e;
  gr.has(t) && R().getBool(`DEBUG`) && mr(`Overriding the gradient for '${t}'`), gr.set(t, e);
}
function Sr(e, t) {
  return `${t}_${e}`;
}
function Cr(e) {
  return (
    e instanceof Float32Array ||
    e instanceof Int32Array ||
    e instanceof Uint8Array ||
    e instanceof Uint8ClampedArray
  );
}
var wr = c(
    o((e, t) => {
      t.exports = r;
      var n = null;
      try {
        n = new WebAssembly.Instance(
          new WebAssembly.Module(
            new Uint8Array([
              0, 97, 115, 109, 1, 0, 0, 0, 1, 13, 2, 96, 0, 1, 127, 96, 4, 127, 127, 127, 127, 1,
              127, 3, 7, 6, 0, 1, 1, 1, 1, 1, 6, 6, 1, 127, 1, 65, 0, 11, 7, 50, 6, 3, 109, 117,
              108, 0, 1, 5, 100, 105, 118, 95, 115, 0, 2, 5, 100, 105, 118, 95, 117, 0, 3, 5, 114,
              101, 109, 95, 115, 0, 4, 5, 114, 101, 109, 95, 117, 0, 5, 8, 103, 101, 116, 95, 104,
              105, 103, 104, 0, 0, 10, 191, 1, 6, 4, 0, 35, 0, 11, 36, 1, 1, 126, 32, 0, 173, 32, 1,
              173, 66, 32, 134, 132, 32, 2, 173, 32, 3, 173, 66, 32, 134, 132, 126, 34, 4, 66, 32,
              135, 167, 36, 0, 32, 4, 167, 11, 36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134,
              132, 32, 2, 173, 32, 3, 173, 66, 32, 134, 132, 127, 34, 4, 66, 32, 135, 167, 36, 0,
              32, 4, 167, 11, 36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
              32, 3, 173, 66, 32, 134, 132, 128, 34, 4, 66, 32, 135, 167, 36, 0, 32, 4, 167, 11, 36,
              1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173, 32, 3, 173, 66, 32,
              134, 132, 129, 34, 4, 66, 32, 135, 167, 36, 0, 32, 4, 167, 11, 36, 1, 1, 126, 32, 0,
              173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173, 32, 3, 173, 66, 32, 134, 132, 130, 34,
              4, 66, 32, 135, 167, 36, 0, 32, 4, 167, 11,
            ]),
          ),
          {},
        ).exports;
      } catch {}
      function r(e, t, n) {
        (this.low = e | 0), (this.high = t | 0), (this.unsigned = !!n);
      }
      r.prototype.__isLong__, Object.defineProperty(r.prototype, '__isLong__', { value: !0 });
      function i(e) {
        return (e && e.__isLong__) === !0;
      }
      r.isLong = i;
      var a = {},
        o = {};
      function s(e, t) {
        var n, r, i;
        return t
          ? ((e >>>= 0),
            (i = 0 <= e && e < 256) && ((r = o[e]), r)
              ? r
              : ((n = l(e, (e | 0) < 0 ? -1 : 0, !0)), i && (o[e] = n), n))
          : ((e |= 0),
            (i = -128 <= e && e < 128) && ((r = a[e]), r)
              ? r
              : ((n = l(e, e < 0 ? -1 : 0, !1)), i && (a[e] = n), n));
      }
      r.fromInt = s;
      function c(e, t) {
        if (isNaN(e)) return t ? b : y;
        if (t) {
          if (e < 0) return b;
          if (e >= g) return T;
        } else {
          if (e <= -_) return E;
          if (e + 1 >= _) return w;
        }
        return e < 0 ? c(-e, t).neg() : l((e % h) | 0, (e / h) | 0, t);
      }
      r.fromNumber = c;
      function l(e, t, n) {
        return new r(e, t, n);
      }
      r.fromBits = l;
      var u = Math.pow;
      function d(e, t, n) {
        if (e.length === 0) throw Error(`empty string`);
        if (e === `NaN` || e === `Infinity` || e === `+Infinity` || e === `-Infinity`) return y;
        if ((typeof t == `number` ? ((n = t), (t = !1)) : (t = !!t), (n ||= 10), n < 2 || 36 < n))
          throw RangeError(`radix`);
        var r;
        if ((r = e.indexOf(`-`)) > 0) throw Error(`interior hyphen`);
        if (r === 0) return d(e.substring(1), t, n).neg();
        for (var i = c(u(n, 8)), a = y, o = 0; o < e.length; o += 8) {
          var s = Math.min(8, e.length - o),
            l = parseInt(e.substring(o, o + s), n);
          if (s < 8) {
            var f = c(u(n, s));
            a = a.mul(f).add(c(l));
          } else (a = a.mul(i)), (a = a.add(c(l)));
        }
        return ((a.unsigned = t), a);
      }
      r.fromString = d;
      function f(e, t) {
        return typeof e == `number`
          ? c(e, t)
          : typeof e == `string`
            ? d(e, t)
            : l(e.low, e.high, typeof t == `boolean` ? t : e.unsigned);
      }
      r.fromValue = f;
      var p = 65536,
        m = 1 << 24,
        h = p * p,
        g = h * h,
        _ = g / 2,
        v = s(m),
        y = s(0);
      r.ZERO = y;
      var b = s(0, !0);
      r.UZERO = b;
      var x = s(1);
      r.ONE = x;
      var S = s(1, !0);
      r.UONE = S;
      var C = s(-1);
      r.NEG_ONE = C;
      var w = l(-1, 0x7fffffff, !1);
      r.MAX_VALUE = w;
      var T = l(-1, -1, !0);
      r.MAX_UNSIGNED_VALUE = T;
      var E = l(0, -0x80000000, !1);
      r.MIN_VALUE = E;
      var D = r.prototype;
      (D.toInt = function () {
        return this.unsigned ? this.low >>> 0 : this.low;
      }),
        (D.toNumber = function () {
          return this.unsigned
            ? (this.high >>> 0) * h + (this.low >>> 0)
            : this.high * h + (this.low >>> 0);
        }),
        (D.toString = function (e) {
          if (((e ||= 10), e < 2 || 36 < e)) throw RangeError(`radix`);
          if (this.isZero()) return `0`;
          if (this.isNegative()) {
            if (this.eq(E)) {
              var t = c(e),
                n = this.div(t),
                r = n.mul(t).sub(this);
              return n.toString(e) + r.toInt().toString(e);
            }
            return `-` + this.neg().toString(e);
          }
          for (var i = c(u(e, 6), this.unsigned), a = this, o = ``; ; ) {
            var s = a.div(i),
              l = (a.sub(s.mul(i)).toInt() >>> 0).toString(e);
            if (((a = s), a.isZero())) return l + o;
            for (; l.length < 6; ) l = `0` + l;
            o = `` + l + o;
          }
        }),
        (D.getHighBits = function () {
          return this.high;
        }),
        (D.getHighBitsUnsigned = function () {
          return this.high >>> 0;
        }),
        (D.getLowBits = function () {
          return this.low;
        }),
        (D.getLowBitsUnsigned = function () {
          return this.low >>> 0;
        }),
        (D.getNumBitsAbs = function () {
          if (this.isNegative()) return this.eq(E) ? 64 : this.neg().getNumBitsAbs();
          for (
            var e = this.high == 0 ? this.low : this.high, t = 31;
            t > 0 && !(e & (1 << t));
            t--
          );
          return this.high == 0 ? t + 1 : t + 33;
        }),
        (D.isZero = function () {
          return this.high === 0 && this.low === 0;
        }),
        (D.eqz = D.isZero),
        (D.isNegative = function () {
          return !this.unsigned && this.high < 0;
        }),
        (D.isPositive = function () {
          return this.unsigned || this.high >= 0;
        }),
        (D.isOdd = function () {
          return (this.low & 1) == 1;
        }),
        (D.isEven = function () {
          return !(this.low & 1);
        }),
        (D.equals = function (e) {
          return (
            i(e) || (e = f(e)),
            this.unsigned !== e.unsigned && this.high >>> 31 == 1 && e.high >>> 31 == 1
              ? !1
              : this.high === e.high && this.low === e.low
          );
        }),
        (D.eq = D.equals),
        (D.notEquals = function (e) {
          return !this.eq(e);
        }),
        (D.neq = D.notEquals),
        (D.ne = D.notEquals),
        (D.lessThan = function (e) {
          return this.comp(e) < 0;
        }),
        (D.lt = D.lessThan),
        (D.lessThanOrEqual = function (e) {
          return this.comp(e) <= 0;
        }),
        (D.lte = D.lessThanOrEqual),
        (D.le = D.lessThanOrEqual),
        (D.greaterThan = function (e) {
          return this.comp(e) > 0;
        }),
        (D.gt = D.greaterThan),
        (D.greaterThanOrEqual = function (e) {
          return this.comp(e) >= 0;
        }),
        (D.gte = D.greaterThanOrEqual),
        (D.ge = D.greaterThanOrEqual),
        (D.compare = function (e) {
          if ((i(e) || (e = f(e)), this.eq(e))) return 0;
          var t = this.isNegative(),
            n = e.isNegative();
          return t && !n
            ? -1
            : !t && n
              ? 1
              : this.unsigned
                ? e.high >>> 0 > this.high >>> 0 ||
                  (e.high === this.high && e.low >>> 0 > this.low >>> 0)
                  ? -1
                  : 1
                : this.sub(e).isNegative()
                  ? -1
                  : 1;
        }),
        (D.comp = D.compare),
        (D.negate = function () {
          return !this.unsigned && this.eq(E) ? E : this.not().add(x);
        }),
        (D.neg = D.negate),
        (D.add = function (e) {
          i(e) || (e = f(e));
          var t = this.high >>> 16,
            n = this.high & 65535,
            r = this.low >>> 16,
            a = this.low & 65535,
            o = e.high >>> 16,
            s = e.high & 65535,
            c = e.low >>> 16,
            u = e.low & 65535,
            d = 0,
            p = 0,
            m = 0,
            h = 0;
          return (
            (h += a + u),
            (m += h >>> 16),
            (h &= 65535),
            (m += r + c),
            (p += m >>> 16),
            (m &= 65535),
            (p += n + s),
            (d += p >>> 16),
            (p &= 65535),
            (d += t + o),
            (d &= 65535),
            l((m << 16) | h, (d << 16) | p, this.unsigned)
          );
        }),
        (D.subtract = function (e) {
          return (i(e) || (e = f(e)), this.add(e.neg()));
        }),
        (D.sub = D.subtract),
        (D.multiply = function (e) {
          if (this.isZero()) return y;
          if ((i(e) || (e = f(e)), n))
            return l(n.mul(this.low, this.high, e.low, e.high), n.get_high(), this.unsigned);
          if (e.isZero()) return y;
          if (this.eq(E)) return e.isOdd() ? E : y;
          if (e.eq(E)) return this.isOdd() ? E : y;
          if (this.isNegative())
            return e.isNegative() ? this.neg().mul(e.neg()) : this.neg().mul(e).neg();
          if (e.isNegative()) return this.mul(e.neg()).neg();
          if (this.lt(v) && e.lt(v)) return c(this.toNumber() * e.toNumber(), this.unsigned);
          var t = this.high >>> 16,
            r = this.high & 65535,
            a = this.low >>> 16,
            o = this.low & 65535,
            s = e.high >>> 16,
            u = e.high & 65535,
            d = e.low >>> 16,
            p = e.low & 65535,
            m = 0,
            h = 0,
            g = 0,
            _ = 0;
          return (
            (_ += o * p),
            (g += _ >>> 16),
            (_ &= 65535),
            (g += a * p),
            (h += g >>> 16),
            (g &= 65535),
            (g += o * d),
            (h += g >>> 16),
            (g &= 65535),
            (h += r * p),
            (m += h >>> 16),
            (h &= 65535),
            (h += a * d),
            (m += h >>> 16),
            (h &= 65535),
            (h += o * u),
            (m += h >>> 16),
            (h &= 65535),
            (m += t * p + r * d + a * u + o * s),
            (m &= 65535),
            l((g << 16) | _, (m << 16) | h, this.unsigned)
          );
        }),
        (D.mul = D.multiply),
        (D.divide = function (e) {
          if ((i(e) || (e = f(e)), e.isZero())) throw Error(`division by zero`);
          if (n)
            return !this.unsigned && this.high === -0x80000000 && e.low === -1 && e.high === -1
              ? this
              : l(
                  (this.unsigned ? n.div_u : n.div_s)(this.low, this.high, e.low, e.high),
                  n.get_high(),
                  this.unsigned,
                );
          if (this.isZero()) return this.unsigned ? b : y;
          var t, r, a;
          if (this.unsigned) {
            if ((e.unsigned || (e = e.toUnsigned()), e.gt(this))) return b;
            if (e.gt(this.shru(1))) return S;
            a = b;
          } else {
            if (this.eq(E))
              return e.eq(x) || e.eq(C)
                ? E
                : e.eq(E)
                  ? x
                  : ((t = this.shr(1).div(e).shl(1)),
                    t.eq(y)
                      ? e.isNegative()
                        ? x
                        : C
                      : ((r = this.sub(e.mul(t))), (a = t.add(r.div(e))), a));
            if (e.eq(E)) return this.unsigned ? b : y;
            if (this.isNegative())
              return e.isNegative() ? this.neg().div(e.neg()) : this.neg().div(e).neg();
            if (e.isNegative()) return this.div(e.neg()).neg();
            a = y;
          }
          for (r = this; r.gte(e); ) {
            t = Math.max(1, Math.floor(r.toNumber() / e.toNumber()));
            for (
              var o = Math.ceil(Math.log(t) / Math.LN2),
                s = o <= 48 ? 1 : u(2, o - 48),
                d = c(t),
                p = d.mul(e);
              p.isNegative() || p.gt(r);
            )
              (t -= s), (d = c(t, this.unsigned)), (p = d.mul(e));
            d.isZero() && (d = x), (a = a.add(d)), (r = r.sub(p));
          }
          return a;
        }),
        (D.div = D.divide),
        (D.modulo = function (e) {
          return (
            i(e) || (e = f(e)),
            n
              ? l(
                  (this.unsigned ? n.rem_u : n.rem_s)(this.low, this.high, e.low, e.high),
                  n.get_high(),
                  this.unsigned,
                )
              : this.sub(this.div(e).mul(e))
          );
        }),
        (D.mod = D.modulo),
        (D.rem = D.modulo),
        (D.not = function () {
          return l(~this.low, ~this.high, this.unsigned);
        }),
        (D.and = function (e) {
          return (i(e) || (e = f(e)), l(this.low & e.low, this.high & e.high, this.unsigned));
        }),
        (D.or = function (e) {
          return (i(e) || (e = f(e)), l(this.low | e.low, this.high | e.high, this.unsigned));
        }),
        (D.xor = function (e) {
          return (i(e) || (e = f(e)), l(this.low ^ e.low, this.high ^ e.high, this.unsigned));
        }),
        (D.shiftLeft = function (e) {
          return (
            i(e) && (e = e.toInt()),
            (e &= 63) == 0
              ? this
              : e < 32
                ? l(this.low << e, (this.high << e) | (this.low >>> (32 - e)), this.unsigned)
                : l(0, this.low << (e - 32), this.unsigned)
          );
        }),
        (D.shl = D.shiftLeft),
        (D.shiftRight = function (e) {
          return (
            i(e) && (e = e.toInt()),
            (e &= 63) == 0
              ? this
              : e < 32
                ? l((this.low >>> e) | (this.high << (32 - e)), this.high >> e, this.unsigned)
                : l(this.high >> (e - 32), this.high >= 0 ? 0 : -1, this.unsigned)
          );
        }),
        (D.shr = D.shiftRight),
        (D.shiftRightUnsigned = function (e) {
          if ((i(e) && (e = e.toInt()), (e &= 63), e === 0)) return this;
          var t = this.high;
          return e < 32
            ? l((this.low >>> e) | (t << (32 - e)), t >>> e, this.unsigned)
            : l(e === 32 ? t : t >>> (e - 32), 0, this.unsigned);
        }),
        (D.shru = D.shiftRightUnsigned),
        (D.shr_u = D.shiftRightUnsigned),
        (D.toSigned = function () {
          return this.unsigned ? l(this.low, this.high, !1) : this;
        }),
        (D.toUnsigned = function () {
          return this.unsigned ? this : l(this.low, this.high, !0);
        }),
        (D.toBytes = function (e) {
          return e ? this.toBytesLE() : this.toBytesBE();
        }),
        (D.toBytesLE = function () {
          var e = this.high,
            t = this.low;
          return [
            t & 255,
            (t >>> 8) & 255,
            (t >>> 16) & 255,
            t >>> 24,
            e & 255,
            (e >>> 8) & 255,
            (e >>> 16) & 255,
            e >>> 24,
          ];
        }),
        (D.toBytesBE = function () {
          var e = this.high,
            t = this.low;
          return [
            e >>> 24,
            (e >>> 16) & 255,
            (e >>> 8) & 255,
            e & 255,
            t >>> 24,
            (t >>> 16) & 255,
            (t >>> 8) & 255,
            t & 255,
          ];
        }),
        (r.fromBytes = (e, t, n) => (n ? r.fromBytesLE(e, t) : r.fromBytesBE(e, t))),
        (r.fromBytesLE = (e, t) =>
          new r(
            e[0] | (e[1] << 8) | (e[2] << 16) | (e[3] << 24),
            e[4] | (e[5] << 8) | (e[6] << 16) | (e[7] << 24),
            t,
          )),
        (r.fromBytesBE = (e, t) =>
          new r(
            (e[4] << 24) | (e[5] << 16) | (e[6] << 8) | e[7],
            (e[0] << 24) | (e[1] << 16) | (e[2] << 8) | e[3],
            t,
          ));
    })(),
  ),
  Tr = wr.default || wr;
function Er(e) {
  return Tr.fromString(e, !0, 16);
}
var Dr = Er(`c3a5c85c97cb3127`),
  Or = Er(`b492b66fbe98f273`),
  kr = Er(`9ae16a3b2f90404f`);
function Ar(e) {
  return e.xor(e.shru(47));
}
function jr(e, t, n) {
  const r = e.slice(t, t + n);
  return Tr.fromBytes(Array.from(r), !0, !0);
}
function B(e, t) {
  return jr(e, t, 8);
}
function Mr(e, t) {
  return jr(e, t, 4);
}
function Nr(e, t) {
  return t === 0 ? e : e.shru(t).or(e.shl(64 - t));
}
function Pr(e, t, n = Er(`9ddfea08eb382d69`)) {
  let r = e.xor(t).mul(n);
  r = r.xor(r.shru(47));
  let i = t.xor(r).mul(n);
  return ((i = i.xor(i.shru(47))), (i = i.mul(n)), i);
}
function Fr(e, t, n, r, i, a) {
  (i = i.add(e)), (a = Nr(a.add(i).add(r), 21));
  const o = i;
  return ((i = i.add(t)), (i = i.add(n)), (a = a.add(Nr(i, 44))), [i.add(r), a.add(o)]);
}
function Ir(e, t, n, r) {
  return Fr(B(e, t), B(e, t + 8), B(e, t + 16), B(e, t + 24), n, r);
}
function Lr(e, t = e.length) {
  if (t >= 8) {
    const n = kr.add(t * 2),
      r = B(e, 0).add(kr),
      i = B(e, t - 8);
    return Pr(Nr(i, 37).mul(n).add(r), Nr(r, 25).add(i).mul(n), n);
  }
  if (t >= 4) {
    const n = kr.add(t * 2);
    return Pr(Mr(e, 0).shl(3).add(t), Mr(e, t - 4), n);
  }
  if (t > 0) {
    const n = e[0],
      r = e[t >> 1],
      i = e[t - 1],
      a = n + (r << 8),
      o = t + (i << 2);
    return Ar(kr.mul(a).xor(Dr.mul(o))).mul(kr);
  }
  return kr;
}
function Rr(e, t = e.length) {
  const n = kr.add(t * 2),
    r = B(e, 0).mul(Or),
    i = B(e, 8),
    a = B(e, t - 8).mul(n),
    o = B(e, t - 16).mul(kr);
  return Pr(Nr(r.add(i), 43).add(Nr(a, 30)).add(o), r.add(Nr(i.add(kr), 18)).add(a), n);
}
function zr(e, t = e.length) {
  const n = kr.add(t * 2),
    r = B(e, 0).mul(kr),
    i = B(e, 8),
    a = B(e, t - 8).mul(n),
    o = B(e, t - 16).mul(kr),
    s = Nr(r.add(i), 43).add(Nr(a, 30)).add(o),
    c = Pr(s, r.add(Nr(i.add(kr), 18)).add(a), n),
    l = B(e, 16).mul(n),
    u = B(e, 24),
    d = s.add(B(e, t - 32)).mul(n),
    f = c.add(B(e, t - 24)).mul(n);
  return Pr(Nr(l.add(u), 43).add(Nr(d, 30)).add(f), l.add(Nr(u.add(r), 18)).add(d), n);
}
function Br(e, t = e.length) {
  const n = Tr.fromNumber(81, !0);
  if (t <= 32) return t <= 16 ? Lr(e, t) : Rr(e, t);
  if (t <= 64) return zr(e, t);
  let r = n,
    i = n.mul(Or).add(113),
    a = Ar(i.mul(kr).add(113)).mul(kr),
    o = [Tr.UZERO, Tr.UZERO],
    s = [Tr.UZERO, Tr.UZERO];
  r = r.mul(kr).add(B(e, 0));
  let c = 0,
    l = ((t - 1) >> 6) * 64,
    u = l + ((t - 1) & 63) - 63;
  do
    (r = Nr(
      r
        .add(i)
        .add(o[0])
        .add(B(e, c + 8)),
      37,
    ).mul(Or)),
      (i = Nr(i.add(o[1]).add(B(e, c + 48)), 42).mul(Or)),
      (r = r.xor(s[1])),
      (i = i.add(o[0]).add(B(e, c + 40))),
      (a = Nr(a.add(s[0]), 33).mul(Or)),
      (o = Ir(e, c, o[1].mul(Or), r.add(s[0]))),
      (s = Ir(e, c + 32, a.add(s[1]), i.add(B(e, c + 16)))),
      ([a, r] = [r, a]),
      (c += 64);
  while (c !== l);
  const d = Or.add(a.and(255).shl(1));
  return (
    (c = u),
    (s[0] = s[0].add((t - 1) & 63)),
    (o[0] = o[0].add(s[0])),
    (s[0] = s[0].add(o[0])),
    (r = Nr(
      r
        .add(i)
        .add(o[0])
        .add(B(e, c + 8)),
      37,
    ).mul(d)),
    (i = Nr(i.add(o[1]).add(B(e, c + 48)), 42).mul(d)),
    (r = r.xor(s[1].mul(9))),
    (i = i.add(o[0].mul(9).add(B(e, c + 40)))),
    (a = Nr(a.add(s[0]), 33).mul(d)),
    (o = Ir(e, c, o[1].mul(d), r.add(s[0]))),
    (s = Ir(e, c + 32, a.add(s[1]), i.add(B(e, c + 16)))),
    ([a, r] = [r, a]),
    Pr(Pr(o[0], s[0], d).add(Ar(i).mul(Dr)).add(a), Pr(o[1], s[1], d).add(r), d)
  );
}
function Vr(e, t) {
  return t === `string` ? Kr(e) : Ur([e], t);
}
function Hr(e, t) {
  return (
    (e instanceof Float32Array && t === `float32`) ||
    (e instanceof Int32Array && t === `int32`) ||
    (e instanceof Uint8Array && t === `bool`)
  );
}
function Ur(e, t) {
  if (t === `string`) throw Error(`Cannot convert a string[] to a TypedArray`);
  if ((Array.isArray(e) && (e = Yr(e)), R().getBool(`DEBUG`) && k(e, t), Hr(e, t))) return e;
  if (t == null || t === `float32` || t === `complex64`) return new Float32Array(e);
  if (t === `int32`) return new Int32Array(e);
  if (t === `bool`) {
    const t = new Uint8Array(e.length);
    for (let n = 0; n < t.length; ++n) Math.round(e[n]) !== 0 && (t[n] = 1);
    return t;
  }
  throw Error(`Unknown data type ${t}`);
}
function Wr() {
  return R().platform.now();
}
function Gr(e, t) {
  return R().platform.fetch(e, t);
}
function Kr(e, t = `utf-8`) {
  return ((t ||= `utf-8`), R().platform.encode(e, t));
}
function qr(e, t = `utf-8`) {
  return ((t ||= `utf-8`), R().platform.decode(e, t));
}
function Jr(e) {
  return R().platform.isTypedArray == null ? Cr(e) : R().platform.isTypedArray(e);
}
function Yr(e, t = [], n = !1) {
  if (
    ((t ??= []),
    typeof e == `boolean` ||
      typeof e == `number` ||
      typeof e == `string` ||
      de(e) ||
      e == null ||
      (Jr(e) && n))
  )
    t.push(e);
  else if (Array.isArray(e) || Jr(e)) for (let r = 0; r < e.length; ++r) Yr(e[r], t, n);
  else {
    let r = -1;
    for (const t of Object.keys(e)) /^([1-9]+[0-9]*|0)$/.test(t) && (r = Math.max(r, Number(t)));
    for (let i = 0; i <= r; i++) Yr(e[i], t, n);
  }
  return t;
}
var Xr = class {
  constructor(e, t) {
    (this.backendTimer = e), (this.logger = t), t ?? (this.logger = new Qr());
  }
  profileKernel(e, t, n) {
    let r,
      i = () => {
        r = n();
      },
      a,
      o = Wr();
    if (this.backendTimer.timerAvailable()) a = this.backendTimer.time(i);
    else {
      i();
      for (const e of r) e.dataSync();
      a = Promise.resolve({ kernelMs: Wr() - o });
    }
    if (R().getBool(`CHECK_COMPUTATION_FOR_ERRORS`))
      for (let t = 0; t < r.length; t++) {
        const n = r[t];
        n.data().then((t) => {
          Zr(t, n.dtype, e);
        });
      }
    return {
      kernelName: e,
      outputs: r,
      inputs: t,
      timeMs: a.then((e) => e.kernelMs),
      extraInfo: a.then((e) => (e.getExtraProfileInfo == null ? `` : e.getExtraProfileInfo())),
    };
  }
  logKernelProfile(e) {
    const { kernelName: t, outputs: n, timeMs: r, inputs: i, extraInfo: a } = e;
    n.forEach((e) => {
      Promise.all([e.data(), r, a]).then((n) => {
        this.logger.logKernelProfile(t, e, n[0], n[1], i, n[2]);
      });
    });
  }
};
function Zr(e, t, n) {
  if (t !== `float32`) return !1;
  for (let t = 0; t < e.length; t++) {
    const r = e[t];
    if (isNaN(r) || !isFinite(r)) return (console.warn(`Found ${r} in the result of '${n}'`), !0);
  }
  return !1;
}
var Qr = class {
  logKernelProfile(e, t, n, r, i, a) {
    let o = typeof r == `number` ? w(`${r}ms`, 9) : r.error,
      s = w(e, 25),
      c = t.rank,
      l = t.size,
      u = w(t.shape.toString(), 14),
      d = ``;
    for (const e in i) {
      const n = i[e];
      if (n != null) {
        const r = n.shape || t.shape,
          i = r.length;
        d += `${e}: ${i}D ${i > 0 ? r : ``} `;
      }
    }
    console.log(
      `%c${s}\t%c${o}\t%c${c}D ${u}\t%c${l}\t%c${d}\t%c${a}`,
      `font-weight:bold`,
      `color:red`,
      `color:blue`,
      `color: orange`,
      `color: green`,
      `color: steelblue`,
    );
  }
};
function $r(e, t, n) {
  const r = {},
    i = {};
  for (let e = 0; e < t.length; e++) r[t[e].id] = !0;
  for (let n = 0; n < e.length; n++) {
    const a = e[n],
      o = a.inputs;
    for (const e in o) {
      let n = o[e],
        s = !1;
      for (let e = 0; e < t.length; e++)
        if (r[n.id]) {
          a.outputs.forEach((e) => (r[e.id] = !0)), (s = !0), (i[a.id] = !0);
          break;
        }
      if (s) break;
    }
  }
  const a = {};
  a[n.id] = !0;
  const o = {};
  for (let t = e.length - 1; t >= 0; t--) {
    const n = e[t],
      r = n.inputs;
    for (let e = 0; e < n.outputs.length; e++)
      if (a[n.outputs[e].id]) {
        for (const e in r) (a[r[e].id] = !0), (o[n.id] = !0);
        break;
      }
  }
  const s = [];
  for (let t = 0; t < e.length; t++) {
    const n = e[t];
    if (i[n.id] && o[n.id]) {
      const e = {};
      for (const t in n.inputs) {
        const i = n.inputs[t];
        r[i.id] && (e[t] = i);
      }
      const t = Object.assign({}, n);
      (t.inputs = e), (t.outputs = n.outputs), s.push(t);
    }
  }
  return s;
}
function ei(e, t, n, r) {
  for (let i = t.length - 1; i >= 0; i--) {
    const a = t[i],
      o = [];
    if (
      (a.outputs.forEach((t) => {
        const n = e[t.id];
        n == null ? o.push(null) : o.push(n);
      }),
      a.gradient == null)
    )
      throw Error(`Cannot compute gradient: gradient function not found for ${a.kernelName}.`);
    const s = a.gradient(o);
    for (const t in a.inputs) {
      if (!(t in s))
        throw Error(
          `Cannot backprop through input ${t}. Available gradients found: ${Object.keys(s)}.`,
        );
      const i = n(() => s[t]());
      if (i.dtype !== `float32`)
        throw Error(
          `Error in gradient for op ${a.kernelName}. The gradient of input ${t} must have 'float32' dtype, but has '${i.dtype}'`,
        );
      const o = a.inputs[t];
      if (!S(i.shape, o.shape))
        throw Error(
          `Error in gradient for op ${a.kernelName}. The gradient of input '${t}' has shape '${i.shape}', which does not match the shape of the input '${o.shape}'`,
        );
      if (e[o.id] == null) e[o.id] = i;
      else {
        const t = e[o.id];
        (e[o.id] = r(t, i)), t.dispose();
      }
    }
  }
}
var ti = 20,
  ni = 3,
  ri = 7;
function ii(e, t, n, r) {
  const i = P(t),
    a = ai(e, t, n, i),
    o = t.length,
    s = ci(e, t, n, i, a),
    c = [`Tensor`];
  return (
    r &&
      (c.push(`  dtype: ${n}`),
      c.push(`  rank: ${o}`),
      c.push(`  shape: [${t}]`),
      c.push(`  values:`)),
    c.push(
      s
        .map((e) => `    ` + e)
        .join(`
`),
    ),
    c.join(`
`)
  );
}
function ai(e, t, n, r) {
  const i = x(t),
    a = r[r.length - 1],
    o = Array(a).fill(0),
    s = t.length,
    c = n === `complex64` ? li(e) : e;
  if (s > 1)
    for (let e = 0; e < i / a; e++) {
      const t = e * a;
      for (let e = 0; e < a; e++) o[e] = Math.max(o[e], oi(c[t + e], 0, n).length);
    }
  return o;
}
function oi(e, t, n) {
  let r;
  return (
    (r = Array.isArray(e)
      ? `${parseFloat(e[0].toFixed(ri))} + ${parseFloat(e[1].toFixed(ri))}j`
      : te(e)
        ? `'${e}'`
        : n === `bool`
          ? si(e)
          : parseFloat(e.toFixed(ri)).toString()),
    w(r, t)
  );
}
function si(e) {
  return e === 0 ? `false` : `true`;
}
function ci(e, t, n, r, i, a = !0) {
  const o = n === `complex64` ? 2 : 1,
    s = t[0],
    c = t.length;
  if (c === 0)
    return n === `complex64` ? [oi(li(e)[0], 0, n)] : n === `bool` ? [si(e[0])] : [e[0].toString()];
  if (c === 1) {
    if (s > ti) {
      let t = ni * o,
        r = Array.from(e.slice(0, t)),
        a = Array.from(e.slice((s - ni) * o, s * o));
      return (
        n === `complex64` && ((r = li(r)), (a = li(a))),
        [
          `[` +
            r.map((e, t) => oi(e, i[t], n)).join(`, `) +
            `, ..., ` +
            a.map((e, t) => oi(e, i[s - ni + t], n)).join(`, `) +
            `]`,
        ]
      );
    }
    return [
      `[` +
        (n === `complex64` ? li(e) : Array.from(e)).map((e, t) => oi(e, i[t], n)).join(`, `) +
        `]`,
    ];
  }
  const l = t.slice(1),
    u = r.slice(1),
    d = r[0] * o,
    f = [];
  if (s > ti) {
    for (let t = 0; t < ni; t++) {
      const r = t * d,
        a = r + d;
      f.push(...ci(e.slice(r, a), l, n, u, i, !1));
    }
    f.push(`...`);
    for (let t = s - ni; t < s; t++) {
      const r = t * d,
        a = r + d;
      f.push(...ci(e.slice(r, a), l, n, u, i, t === s - 1));
    }
  } else
    for (let t = 0; t < s; t++) {
      const r = t * d,
        a = r + d;
      f.push(...ci(e.slice(r, a), l, n, u, i, t === s - 1));
    }
  const p = c === 2 ? `,` : ``;
  f[0] = `[` + (s > 0 ? f[0] + p : ``);
  for (let e = 1; e < f.length - 1; e++) f[e] = ` ` + f[e] + p;
  let m = `,
`;
  for (let e = 2; e < c; e++)
    m += `
`;
  return ((f[f.length - 1] = ` ` + f[f.length - 1] + `]` + (a ? `` : m)), f);
}
function li(e) {
  const t = [];
  for (let n = 0; n < e.length; n += 2) t.push([e[n], e[n + 1]]);
  return t;
}
var ui = class {
    constructor(e, t, n) {
      if (((this.dtype = t), (this.shape = e.slice()), (this.size = x(e)), n != null)) {
        const e = n.length;
        v(
          e === this.size,
          () =>
            `Length of values '${e}' does not match the size inferred by the shape '${this.size}'.`,
        );
      }
      if (t === `complex64`)
        throw Error(
          `complex64 dtype TensorBuffers are not supported. Please create a TensorBuffer for the real and imaginary parts separately and call tf.complex(real, imag).`,
        );
      (this.values = n || O(t, this.size)), (this.strides = P(e));
    }
    set(e, ...t) {
      t.length === 0 && (t = [0]),
        v(
          t.length === this.rank,
          () =>
            `The number of provided coordinates (${t.length}) must match the rank (${this.rank})`,
        );
      const n = this.locToIndex(t);
      this.values[n] = e;
    }
    get(...e) {
      e.length === 0 && (e = [0]);
      let t = 0;
      for (const n of e) {
        if (n < 0 || n >= this.shape[t]) {
          const t = `Requested out of range element at ${e}.   Buffer shape=${this.shape}`;
          throw Error(t);
        }
        t++;
      }
      let n = e[e.length - 1];
      for (let t = 0; t < e.length - 1; ++t) n += this.strides[t] * e[t];
      return this.values[n];
    }
    locToIndex(e) {
      if (this.rank === 0) return 0;
      if (this.rank === 1) return e[0];
      let t = e[e.length - 1];
      for (let n = 0; n < e.length - 1; ++n) t += this.strides[n] * e[n];
      return t;
    }
    indexToLoc(e) {
      if (this.rank === 0) return [];
      if (this.rank === 1) return [e];
      const t = Array(this.shape.length);
      for (let n = 0; n < t.length - 1; ++n)
        (t[n] = Math.floor(e / this.strides[n])), (e -= t[n] * this.strides[n]);
      return ((t[t.length - 1] = e), t);
    }
    get rank() {
      return this.shape.length;
    }
    toTensor() {
      return di().makeTensor(this.values, this.shape, this.dtype);
    }
  },
  di = null,
  fi = null;
function pi(e) {
  di = e;
}
function mi(e) {
  fi = e;
}
var hi = class {
  constructor(e, t, n, r) {
    (this.kept = !1),
      (this.isDisposedInternal = !1),
      (this.shape = e.slice()),
      (this.dtype = t || `float32`),
      (this.size = x(e)),
      (this.strides = P(e)),
      (this.dataId = n),
      (this.id = r),
      (this.rankType = this.rank < 5 ? this.rank.toString() : `higher`);
  }
  get rank() {
    return this.shape.length;
  }
  async buffer() {
    const e = await this.data();
    return fi.buffer(this.shape, this.dtype, e);
  }
  bufferSync() {
    return fi.buffer(this.shape, this.dtype, this.dataSync());
  }
  async array() {
    const e = await this.data();
    return F(this.shape, e, this.dtype === `complex64`);
  }
  arraySync() {
    return F(this.shape, this.dataSync(), this.dtype === `complex64`);
  }
  async data() {
    this.throwIfDisposed();
    const e = di().read(this.dataId);
    if (this.dtype === `string`) {
      const t = await e;
      try {
        return t.map((e) => qr(e));
      } catch {
        throw Error(
          `Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().`,
        );
      }
    }
    return e;
  }
  dataToGPU(e) {
    return (this.throwIfDisposed(), di().readToGPU(this.dataId, e));
  }
  dataSync() {
    this.throwIfDisposed();
    const e = di().readSync(this.dataId);
    if (this.dtype === `string`)
      try {
        return e.map((e) => qr(e));
      } catch {
        throw Error(
          `Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().`,
        );
      }
    return e;
  }
  async bytes() {
    this.throwIfDisposed();
    const e = await di().read(this.dataId);
    return this.dtype === `string` ? e : new Uint8Array(e.buffer);
  }
  dispose() {
    this.isDisposed ||
      (this.kerasMask && this.kerasMask.dispose(),
      di().disposeTensor(this),
      (this.isDisposedInternal = !0));
  }
  get isDisposed() {
    return this.isDisposedInternal;
  }
  throwIfDisposed() {
    if (this.isDisposed) throw Error(`Tensor is disposed.`);
  }
  print(e = !1) {
    return fi.print(this, e);
  }
  clone() {
    return (this.throwIfDisposed(), fi.clone(this));
  }
  toString(e = !1) {
    return ii(this.dataSync(), this.shape, this.dtype, e);
  }
  cast(e) {
    return (this.throwIfDisposed(), fi.cast(this, e));
  }
  variable(e = !0, t, n) {
    return (this.throwIfDisposed(), di().makeVariable(this, e, t, n));
  }
};
Object.defineProperty(hi, Symbol.hasInstance, {
  value: (e) => !!e && e.data != null && e.dataSync != null && e.throwIfDisposed != null,
});
function gi() {
  return Se(`Tensor`, () => hi);
}
gi();
var _i = class extends hi {
  constructor(e, t, n, r) {
    super(e.shape, e.dtype, e.dataId, r), (this.trainable = t), (this.name = n);
  }
  assign(e) {
    if (e.dtype !== this.dtype)
      throw Error(
        `dtype of the new value (${e.dtype}) and previous value (${this.dtype}) must match`,
      );
    if (!S(e.shape, this.shape))
      throw Error(
        `shape of the new value (${e.shape}) and previous value (${this.shape}) must match`,
      );
    di().disposeTensor(this), (this.dataId = e.dataId), di().incRef(this, null);
  }
  dispose() {
    di().disposeVariable(this), (this.isDisposedInternal = !0);
  }
};
Object.defineProperty(_i, Symbol.hasInstance, {
  value: (e) => e instanceof hi && e.assign != null && e.assign instanceof Function,
});
var vi;
((e) => {
  (e.R0 = `R0`),
    (e.R1 = `R1`),
    (e.R2 = `R2`),
    (e.R3 = `R3`),
    (e.R4 = `R4`),
    (e.R5 = `R5`),
    (e.R6 = `R6`);
})((vi ||= {}));
var yi;
((e) => {
  (e.float32 = `float32`), (e.int32 = `int32`), (e.bool = `int32`), (e.complex64 = `complex64`);
})((yi ||= {}));
var bi;
((e) => {
  (e.float32 = `float32`), (e.int32 = `int32`), (e.bool = `bool`), (e.complex64 = `complex64`);
})((bi ||= {}));
var xi;
((e) => {
  (e.float32 = `float32`), (e.int32 = `float32`), (e.bool = `float32`), (e.complex64 = `complex64`);
})((xi ||= {}));
var Si;
((e) => {
  (e.float32 = `complex64`),
    (e.int32 = `complex64`),
    (e.bool = `complex64`),
    (e.complex64 = `complex64`);
})((Si ||= {}));
var Ci = { float32: xi, int32: yi, bool: bi, complex64: Si };
function wi(e, t) {
  if (e === `string` || t === `string`) {
    if (e === `string` && t === `string`) return `string`;
    throw Error(`Can not upcast ${e} with ${t}`);
  }
  return Ci[e][t];
}
function Ti(e) {
  return typeof e == `object` && !!e && `texture` in e && e.texture instanceof WebGLTexture;
}
function Ei(e) {
  return (
    typeof GPUBuffer < `u` &&
    typeof e == `object` &&
    !!e &&
    `buffer` in e &&
    e.buffer instanceof GPUBuffer
  );
}
function Di(e, t) {
  if (e.dtype === t.dtype) return [e, t];
  const n = wi(e.dtype, t.dtype);
  return [e.cast(n), t.cast(n)];
}
function Oi(e) {
  const t = [];
  return (ki(e, t, new Set()), t);
}
function ki(e, t, n) {
  if (e == null) return;
  if (e instanceof hi) {
    t.push(e);
    return;
  }
  if (!Ai(e)) return;
  const r = e;
  for (const e in r) {
    const i = r[e];
    n.has(i) || (n.add(i), ki(i, t, n));
  }
}
function Ai(e) {
  return Array.isArray(e) || typeof e == `object`;
}
function ji(e) {
  return e.kernelName != null;
}
var Mi = class {
    constructor() {
      (this.registeredVariables = {}),
        (this.nextTapeNodeId = 0),
        (this.numBytes = 0),
        (this.numTensors = 0),
        (this.numStringTensors = 0),
        (this.numDataBuffers = 0),
        (this.gradientDepth = 0),
        (this.kernelDepth = 0),
        (this.scopeStack = []),
        (this.numDataMovesStack = []),
        (this.nextScopeId = 0),
        (this.tensorInfo = new WeakMap()),
        (this.profiling = !1),
        (this.activeProfile = {
          newBytes: 0,
          newTensors: 0,
          peakBytes: 0,
          kernels: [],
          result: null,
          get kernelNames() {
            return Array.from(new Set(this.kernels.map((e) => e.name)));
          },
        });
    }
    dispose() {
      for (const e in this.registeredVariables) this.registeredVariables[e].dispose();
    }
  },
  Ni = class e {
    constructor(e) {
      (this.ENV = e),
        (this.registry = {}),
        (this.registryFactory = {}),
        (this.pendingBackendInitId = 0),
        (this.state = new Mi());
    }
    async ready() {
      if (this.pendingBackendInit != null) return this.pendingBackendInit.then(() => {});
      if (this.backendInstance != null) return;
      const e = this.getSortedBackends();
      for (let t = 0; t < e.length; t++) {
        const n = e[t];
        if (await this.initializeBackend(n).success) {
          await this.setBackend(n);
          return;
        }
      }
      throw Error(`Could not initialize any backends, all backend initializations failed.`);
    }
    get backend() {
      if (this.pendingBackendInit != null)
        throw Error(
          `Backend '${this.backendName}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`,
        );
      if (this.backendInstance == null) {
        const { name: e, asyncInit: t } = this.initializeBackendsAndReturnBest();
        if (t)
          throw Error(
            `The highest priority backend '${e}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`,
          );
        this.setBackend(e);
      }
      return this.backendInstance;
    }
    backendNames() {
      return Object.keys(this.registryFactory);
    }
    findBackend(e) {
      if (!(e in this.registry)) {
        if (e in this.registryFactory) {
          const { asyncInit: t } = this.initializeBackend(e);
          if (t) return null;
        } else return null;
      }
      return this.registry[e];
    }
    findBackendFactory(e) {
      return e in this.registryFactory ? this.registryFactory[e].factory : null;
    }
    registerBackend(e, t, n = 1) {
      return e in this.registryFactory
        ? (mr(`${e} backend was already registered. Reusing existing backend factory.`), !1)
        : ((this.registryFactory[e] = { factory: t, priority: n }), !0);
    }
    async setBackend(e) {
      if (this.registryFactory[e] == null) throw Error(`Backend name '${e}' not found in registry`);
      if (((this.backendName = e), this.registry[e] == null)) {
        this.backendInstance = null;
        const { success: t, asyncInit: n } = this.initializeBackend(e);
        if (!(n ? await t : t)) return !1;
      }
      return (
        (this.backendInstance = this.registry[e]),
        this.setupRegisteredKernels(),
        (this.profiler = new Xr(this.backendInstance)),
        !0
      );
    }
    setupRegisteredKernels() {
      yr(this.backendName).forEach((e) => {
        e.setupFunc != null && e.setupFunc(this.backendInstance);
      });
    }
    disposeRegisteredKernels(e) {
      yr(e).forEach((t) => {
        t.disposeFunc != null && t.disposeFunc(this.registry[e]);
      });
    }
    initializeBackend(e) {
      const t = this.registryFactory[e];
      if (t == null) throw Error(`Cannot initialize backend ${e}, no registration found.`);
      try {
        const n = t.factory();
        if (n && !(n instanceof m) && typeof n.then == `function`) {
          const t = ++this.pendingBackendInitId,
            r = n
              .then((n) =>
                t < this.pendingBackendInitId
                  ? !1
                  : ((this.registry[e] = n), (this.pendingBackendInit = null), !0),
              )
              .catch(
                (n) => (
                  t < this.pendingBackendInitId ||
                    ((this.pendingBackendInit = null),
                    mr(`Initialization of backend ${e} failed`),
                    mr(n.stack || n.message)),
                  !1
                ),
              );
          return ((this.pendingBackendInit = r), { success: r, asyncInit: !0 });
        }
        return ((this.registry[e] = n), { success: !0, asyncInit: !1 });
      } catch (t) {
        return (
          mr(`Initialization of backend ${e} failed`),
          mr(t.stack || t.message),
          { success: !1, asyncInit: !1 }
        );
      }
    }
    removeBackend(e) {
      if (!(e in this.registryFactory)) throw Error(`${e} backend not found in registry`);
      this.backendName === e && this.pendingBackendInit != null && this.pendingBackendInitId++,
        e in this.registry &&
          (this.disposeRegisteredKernels(e), this.registry[e].dispose(), delete this.registry[e]),
        delete this.registryFactory[e],
        this.backendName === e &&
          ((this.pendingBackendInit = null),
          (this.backendName = null),
          (this.backendInstance = null));
    }
    getSortedBackends() {
      if (Object.keys(this.registryFactory).length === 0)
        throw Error(`No backend found in registry.`);
      return Object.keys(this.registryFactory).sort(
        (e, t) => this.registryFactory[t].priority - this.registryFactory[e].priority,
      );
    }
    initializeBackendsAndReturnBest() {
      const e = this.getSortedBackends();
      for (let t = 0; t < e.length; t++) {
        const n = e[t],
          { success: r, asyncInit: i } = this.initializeBackend(n);
        if (i || r) return { name: n, asyncInit: i };
      }
      throw Error(`Could not initialize any backends, all backend initializations failed.`);
    }
    moveData(e, t) {
      const n = this.state.tensorInfo.get(t),
        r = n.backend,
        i = this.readSync(t),
        a = r.refCount(t);
      r.disposeData(t, !0),
        (n.backend = e),
        e.move(t, i, n.shape, n.dtype, a),
        this.shouldCheckForMemLeaks() &&
          this.state.numDataMovesStack[this.state.numDataMovesStack.length - 1]++;
    }
    tidy(e, t) {
      let n = null;
      if (t == null) {
        if (typeof e != `function`) throw Error(`Please provide a function to tidy()`);
        t = e;
      } else {
        if (typeof e != `string` && !(e instanceof String))
          throw Error(
            `When calling with two arguments, the first argument to tidy() must be a string`,
          );
        if (typeof t != `function`)
          throw Error(
            `When calling with two arguments, the 2nd argument to tidy() must be a function`,
          );
        n = e;
      }
      let r;
      return this.scopedRun(
        () => this.startScope(n),
        () => this.endScope(r),
        () => (
          (r = t()),
          r instanceof Promise && console.error(`Cannot return a Promise inside of tidy.`),
          r
        ),
      );
    }
    scopedRun(e, t, n) {
      e();
      try {
        const e = n();
        return (t(), e);
      } catch (e) {
        throw (t(), e);
      }
    }
    nextTensorId() {
      return e.nextTensorId++;
    }
    nextVariableId() {
      return e.nextVariableId++;
    }
    clone(e) {
      const t = V.runKernel(Ot, { x: e }),
        n = { x: e };
      return (
        this.addTapeNode(
          this.state.activeScope.name,
          n,
          [t],
          (e) => ({
            x: () => {
              const t = { x: e };
              return V.runKernel(He, t, { dtype: `float32` });
            },
          }),
          [],
          {},
        ),
        t
      );
    }
    runKernel(e, t, n) {
      if ((this.backendName ?? this.backend, _r(e, this.backendName) == null))
        throw Error(`Kernel '${e}' not registered for backend '${this.backendName}'`);
      return this.runKernelFunc({ kernelName: e, inputs: t, attrs: n });
    }
    shouldCheckForMemLeaks() {
      return this.ENV.getBool(`IS_TEST`);
    }
    checkKernelForMemLeak(e, t, n) {
      let r = this.backend.numDataIds(),
        i = 0;
      n.forEach((e) => {
        i += e.dtype === `complex64` ? 3 : 1;
      });
      const a = this.state.numDataMovesStack[this.state.numDataMovesStack.length - 1],
        o = r - t - i - a;
      if (o > 0)
        throw Error(
          `Backend '${this.backendName}' has an internal memory leak (${o} data ids) after running '${e}'`,
        );
    }
    runKernelFunc(e) {
      let t,
        n = [],
        r = this.isTapeOn(),
        i = this.state.numBytes,
        a = this.state.numTensors;
      this.shouldCheckForMemLeaks() && this.state.numDataMovesStack.push(0);
      let o;
      this.backendName ?? this.backend;
      let s,
        c = ji(e)
          ? e.kernelName
          : this.state.activeScope == null
            ? ``
            : this.state.activeScope.name;
      if (ji(e)) {
        const { kernelName: t, inputs: i, attrs: a } = e;
        this.backendName ?? this.backend;
        const c = _r(t, this.backendName);
        v(
          c != null,
          () => `Cannot find registered kernel '${t}' for backend '${this.backendName}'`,
        ),
          (o = () => {
            const e = this.backend.numDataIds();
            s = c.kernelFunc({ inputs: i, attrs: a, backend: this.backend });
            const o = Array.isArray(s) ? s : [s];
            this.shouldCheckForMemLeaks() && this.checkKernelForMemLeak(t, e, o);
            const l = o.map((e) => (e.rank == null ? this.makeTensorFromTensorInfo(e) : e));
            if (r) {
              const e = this.getTensorsForGradient(t, i, l);
              n = this.saveTensorsForBackwardMode(e);
            }
            return l;
          });
      } else {
        const { forwardFunc: t } = e,
          i = (e) => {
            r && (n = e.map((e) => this.keep(this.clone(e))));
          };
        o = () => {
          const e = this.backend.numDataIds();
          s = this.tidy(() => t(this.backend, i));
          const n = Array.isArray(s) ? s : [s];
          return (this.shouldCheckForMemLeaks() && this.checkKernelForMemLeak(c, e, n), n);
        };
      }
      let { inputs: l, attrs: u } = e,
        d = ji(e) ? null : e.backwardsFunc,
        f;
      return (
        this.scopedRun(
          () => this.state.kernelDepth++,
          () => this.state.kernelDepth--,
          () => {
            !this.ENV.getBool(`DEBUG`) && !this.state.profiling
              ? (t = o())
              : ((f = this.profiler.profileKernel(c, l, () => o())),
                this.ENV.getBool(`DEBUG`) && this.profiler.logKernelProfile(f),
                (t = f.outputs));
          },
        ),
        r && this.addTapeNode(c, l, t, d, n, u),
        this.state.profiling &&
          this.state.activeProfile.kernels.push({
            name: c,
            bytesAdded: this.state.numBytes - i,
            totalBytesSnapshot: this.state.numBytes,
            tensorsAdded: this.state.numTensors - a,
            totalTensorsSnapshot: this.state.numTensors,
            inputShapes: Object.keys(l).map((e) => (l[e] == null ? null : l[e].shape)),
            outputShapes: t.map((e) => e.shape),
            kernelTimeMs: f.timeMs,
            extraInfo: f.extraInfo,
          }),
        Array.isArray(s) ? t : t[0]
      );
    }
    saveTensorsForBackwardMode(e) {
      return e.map((e) => this.keep(this.clone(e)));
    }
    getTensorsForGradient(e, t, n) {
      const r = vr(e);
      if (r != null) {
        let e = r.inputsToSave || [],
          i = r.outputsToSave || [],
          a;
        r.saveAllInputs
          ? (v(Array.isArray(t), () => `saveAllInputs is true, expected inputs to be an array.`),
            (a = Object.keys(t).map((e) => t[e])))
          : (a = e.map((e) => t[e]));
        const o = n.filter((e, t) => i[t]);
        return a.concat(o);
      }
      return [];
    }
    makeTensor(e, t, n, r) {
      if (e == null) throw Error(`Values passed to engine.makeTensor() are null`);
      (n ||= `float32`), (r ||= this.backend);
      let i = e;
      n === `string` && te(e[0]) && (i = e.map((e) => Kr(e)));
      const a = r.write(i, t, n),
        o = new hi(t, n, a, this.nextTensorId());
      if ((this.trackTensor(o, r), n === `string`)) {
        const e = this.state.tensorInfo.get(a),
          t = ee(i);
        (this.state.numBytes += t - e.bytes), (e.bytes = t);
      }
      return o;
    }
    makeTensorFromDataId(e, t, n, r) {
      n ||= `float32`;
      const i = { dataId: e, shape: t, dtype: n };
      return this.makeTensorFromTensorInfo(i, r);
    }
    makeTensorFromTensorInfo(e, t) {
      const { dataId: n, shape: r, dtype: i } = e,
        a = new hi(r, i, n, this.nextTensorId());
      return (this.trackTensor(a, t), a);
    }
    makeVariable(e, t = !0, n, r) {
      (n ||= this.nextVariableId().toString()), r != null && r !== e.dtype && (e = e.cast(r));
      const i = new _i(e, t, n, this.nextTensorId());
      if (this.state.registeredVariables[i.name] != null)
        throw Error(`Variable with name ${i.name} was already registered`);
      return ((this.state.registeredVariables[i.name] = i), this.incRef(i, this.backend), i);
    }
    trackTensor(e, t) {
      this.state.numTensors++, e.dtype === `string` && this.state.numStringTensors++;
      let n = 0;
      e.dtype !== `complex64` && e.dtype !== `string` && (n = e.size * M(e.dtype)),
        (this.state.numBytes += n),
        this.state.tensorInfo.has(e.dataId) ||
          (this.state.numDataBuffers++,
          this.state.tensorInfo.set(e.dataId, {
            backend: t || this.backend,
            dtype: e.dtype,
            shape: e.shape,
            bytes: n,
          })),
        e instanceof _i || this.track(e);
    }
    incRef(e, t) {
      this.trackTensor(e, t), this.backend.incRef(e.dataId);
    }
    removeDataId(e, t) {
      this.state.tensorInfo.has(e) &&
        this.state.tensorInfo.get(e).backend === t &&
        (this.state.tensorInfo.delete(e), this.state.numDataBuffers--);
    }
    disposeTensor(e) {
      if (!this.state.tensorInfo.has(e.dataId)) return;
      const t = this.state.tensorInfo.get(e.dataId);
      if (
        (this.state.numTensors--,
        e.dtype === `string` && (this.state.numStringTensors--, (this.state.numBytes -= t.bytes)),
        e.dtype !== `complex64` && e.dtype !== `string`)
      ) {
        const t = e.size * M(e.dtype);
        this.state.numBytes -= t;
      }
      t.backend.disposeData(e.dataId) && this.removeDataId(e.dataId, t.backend);
    }
    disposeVariables() {
      for (const e in this.state.registeredVariables) {
        const t = this.state.registeredVariables[e];
        this.disposeVariable(t);
      }
    }
    disposeVariable(e) {
      this.disposeTensor(e),
        this.state.registeredVariables[e.name] != null &&
          delete this.state.registeredVariables[e.name];
    }
    memory() {
      const e = this.backend.memory();
      return (
        (e.numTensors = this.state.numTensors),
        (e.numDataBuffers = this.state.numDataBuffers),
        (e.numBytes = this.state.numBytes),
        this.state.numStringTensors > 0 &&
          ((e.unreliable = !0),
          (e.reasons ??= []),
          e.reasons.push(`Memory usage by string tensors is approximate (2 bytes per character)`)),
        e
      );
    }
    async profile(e) {
      this.state.profiling = !0;
      const t = this.state.numBytes,
        n = this.state.numTensors;
      (this.state.activeProfile.kernels = []),
        (this.state.activeProfile.result = await e()),
        (this.state.profiling = !1),
        (this.state.activeProfile.peakBytes = Math.max(
          ...this.state.activeProfile.kernels.map((e) => e.totalBytesSnapshot),
        )),
        (this.state.activeProfile.newBytes = this.state.numBytes - t),
        (this.state.activeProfile.newTensors = this.state.numTensors - n);
      for (const e of this.state.activeProfile.kernels)
        (e.kernelTimeMs = await e.kernelTimeMs), (e.extraInfo = await e.extraInfo);
      return this.state.activeProfile;
    }
    isTapeOn() {
      return this.state.gradientDepth > 0 && this.state.kernelDepth === 0;
    }
    addTapeNode(e, t, n, r, i, a) {
      const o = { id: this.state.nextTapeNodeId++, kernelName: e, inputs: t, outputs: n, saved: i },
        s = vr(e);
      s != null && (r = s.gradFunc),
        r != null &&
          (o.gradient = (e) => (
            (e = e.map((e, t) => {
              if (e == null) {
                const e = n[t],
                  r = L(e.size, e.dtype);
                return this.makeTensor(r, e.shape, e.dtype);
              }
              return e;
            })),
            r(e.length > 1 ? e : e[0], i, a)
          )),
        this.state.activeTape.push(o);
    }
    keep(e) {
      return ((e.kept = !0), e);
    }
    startTape() {
      this.state.gradientDepth === 0 && (this.state.activeTape = []), this.state.gradientDepth++;
    }
    endTape() {
      this.state.gradientDepth--;
    }
    startScope(e) {
      const t = { track: [], name: `unnamed scope`, id: this.state.nextScopeId++ };
      e && (t.name = e), this.state.scopeStack.push(t), (this.state.activeScope = t);
    }
    endScope(e) {
      const t = Oi(e),
        n = new Set(t.map((e) => e.id));
      for (let e = 0; e < this.state.activeScope.track.length; e++) {
        const t = this.state.activeScope.track[e];
        !t.kept && !n.has(t.id) && t.dispose();
      }
      const r = this.state.scopeStack.pop();
      (this.state.activeScope =
        this.state.scopeStack.length === 0
          ? null
          : this.state.scopeStack[this.state.scopeStack.length - 1]),
        t.forEach((e) => {
          !e.kept && e.scopeId === r.id && this.track(e);
        });
    }
    gradients(e, t, n, r = !1) {
      if (
        (v(t.length > 0, () => `gradients() received an empty list of xs.`),
        n != null && n.dtype !== `float32`)
      )
        throw Error(`dy must have 'float32' dtype, but has '${n.dtype}'`);
      const i = this.scopedRun(
        () => this.startTape(),
        () => this.endTape(),
        () => this.tidy(`forward`, e),
      );
      v(i instanceof hi, () => `The result y returned by f() must be a tensor.`);
      const a = $r(this.state.activeTape, t, i);
      if (!r && a.length === 0 && t.length > 0)
        throw Error(
          `Cannot compute gradient of y=f(x) with respect to x. Make sure that the f you passed encloses all operations that lead from x to y.`,
        );
      return this.tidy(`backward`, () => {
        const e = {};
        (e[i.id] = n ?? Pi(i.shape)), ei(e, a, (e) => this.tidy(e), Ii);
        const r = t.map((t) => e[t.id]);
        return (
          this.state.gradientDepth === 0 &&
            (this.state.activeTape.forEach((e) => {
              for (const t of e.saved) t.dispose();
            }),
            (this.state.activeTape = null)),
          { value: i, grads: r }
        );
      });
    }
    customGrad(e) {
      return (
        v(ie(e), () => `The f passed in customGrad(f) must be a function.`),
        (...t) => {
          v(
            t.every((e) => e instanceof hi),
            () => `The args passed in customGrad(f)(x1, x2,...) must all be tensors`,
          );
          let n,
            r = {};
          return (
            t.forEach((e, t) => {
              r[t] = e;
            }),
            this.runKernelFunc({
              forwardFunc: (r, i) => (
                (n = e(...t, i)),
                v(
                  n.value instanceof hi,
                  () =>
                    'The function f passed in customGrad(f) must return an object where `obj.value` is a tensor',
                ),
                v(
                  ie(n.gradFunc),
                  () =>
                    'The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function.',
                ),
                n.value
              ),
              backwardsFunc: (e, r) => {
                const i = n.gradFunc(e, r),
                  a = Array.isArray(i) ? i : [i];
                v(
                  a.length === t.length,
                  () =>
                    'The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns the same number of tensors as inputs passed to f(...).',
                ),
                  v(
                    a.every((e) => e instanceof hi),
                    () =>
                      'The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns a list of only tensors.',
                  );
                const o = {};
                return (
                  a.forEach((e, t) => {
                    o[t] = () => e;
                  }),
                  o
                );
              },
              inputs: r,
            })
          );
        }
      );
    }
    readSync(e) {
      return this.state.tensorInfo.get(e).backend.readSync(e);
    }
    read(e) {
      return this.state.tensorInfo.get(e).backend.read(e);
    }
    readToGPU(e, t) {
      return this.state.tensorInfo.get(e).backend.readToGPU(e, t);
    }
    async time(e) {
      const t = Wr(),
        n = await this.backend.time(e);
      return ((n.wallMs = Wr() - t), n);
    }
    track(e) {
      return (
        this.state.activeScope != null &&
          ((e.scopeId = this.state.activeScope.id), this.state.activeScope.track.push(e)),
        e
      );
    }
    get registeredVariables() {
      return this.state.registeredVariables;
    }
    reset() {
      this.pendingBackendInitId++, this.state.dispose(), this.ENV.reset(), (this.state = new Mi());
      for (const e in this.registry)
        this.disposeRegisteredKernels(e), this.registry[e].dispose(), delete this.registry[e];
      (this.backendName = null), (this.backendInstance = null), (this.pendingBackendInit = null);
    }
  };
(Ni.nextTensorId = 0), (Ni.nextVariableId = 0);
function Pi(e) {
  const t = I(x(e), `float32`);
  return V.makeTensor(t, e, `float32`);
}
function Fi() {
  const e = be();
  return (
    (e._tfengine ??= new Ni(new pe(e))), ve(e._tfengine.ENV), pi(() => e._tfengine), e._tfengine
  );
}
var V = Fi();
function Ii(e, t) {
  const n = { a: e, b: t };
  return V.runKernel(`Add`, n);
}
function Li() {
  return (typeof window < `u` && window.document != null) || typeof WorkerGlobalScope < `u`;
}
var Ri = R();
Ri.registerFlag(
  `DEBUG`,
  () => !1,
  (e) => {
    e &&
      console.warn(
        `Debugging mode is ON. The output of every math call will be downloaded to CPU and checked for NaNs. This significantly impacts performance.`,
      );
  },
),
  Ri.registerFlag(`IS_BROWSER`, () => Li()),
  Ri.registerFlag(
    `IS_NODE`,
    () => typeof process < `u` && process.versions !== void 0 && process.versions.node !== void 0,
  ),
  Ri.registerFlag(
    `IS_CHROME`,
    () =>
      typeof navigator < `u` &&
      navigator != null &&
      navigator.userAgent != null &&
      /Chrome/.test(navigator.userAgent) &&
      /Google Inc/.test(navigator.vendor),
  ),
  Ri.registerFlag(
    `IS_SAFARI`,
    () =>
      typeof navigator < `u` &&
      navigator != null &&
      navigator.userAgent != null &&
      /Safari/.test(navigator.userAgent) &&
      /Apple/.test(navigator.vendor),
  ),
  Ri.registerFlag(`PROD`, () => !1),
  Ri.registerFlag(`TENSORLIKE_CHECK_SHAPE_CONSISTENCY`, () => Ri.getBool(`DEBUG`)),
  Ri.registerFlag(`DEPRECATION_WARNINGS_ENABLED`, () => !0),
  Ri.registerFlag(`IS_TEST`, () => !1),
  Ri.registerFlag(`CHECK_COMPUTATION_FOR_ERRORS`, () => Ri.getBool(`DEBUG`)),
  Ri.registerFlag(`WRAP_TO_IMAGEBITMAP`, () => !1),
  Ri.registerFlag(`CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU`, () => !1),
  Ri.registerFlag(`USE_SETTIMEOUTCUSTOM`, () => !1);
function zi(e, t) {
  let n = e;
  if (Jr(e)) return t === `string` ? [] : [e.length];
  if (Ti(e)) {
    const t = e.channels || `RGBA`;
    return [e.height, e.width * t.length];
  }
  if (Ei(e)) return [e.buffer.size / (t == null ? 4 : M(t))];
  if (!Array.isArray(e)) return [];
  const r = [];
  for (; Array.isArray(n) || (Jr(n) && t !== `string`); ) r.push(n.length), (n = n[0]);
  return (Array.isArray(e) && R().getBool(`TENSORLIKE_CHECK_SHAPE_CONSISTENCY`) && Bi(e, r, []), r);
}
function Bi(e, t, n) {
  if (((n ||= []), !Array.isArray(e) && !Jr(e))) {
    v(
      t.length === 0,
      () =>
        `Element arr[${n.join(`][`)}] is a primitive, but should be an array/TypedArray of ${t[0]} elements`,
    );
    return;
  }
  v(
    t.length > 0,
    () =>
      `Element arr[${n.join(`][`)}] should be a primitive, but is an array of ${e.length} elements`,
  ),
    v(
      e.length === t[0],
      () =>
        `Element arr[${n.join(`][`)}] should have ${t[0]} elements, but has ${e.length} elements`,
    );
  const r = t.slice(1);
  for (let t = 0; t < e.length; ++t) Bi(e[t], r, n.concat(t));
}
function Vi(e, t, n, r) {
  if (e !== `string_or_numeric`) {
    if (e == null) throw Error(`Expected dtype cannot be null.`);
    if ((e !== `numeric` && e !== t) || (e === `numeric` && t === `string`))
      throw Error(`Argument '${n}' passed to '${r}' must be ${e} tensor, but got ${t} tensor`);
  }
}
function H(e, t, n, r = `numeric`) {
  if (e instanceof gi()) return (Vi(r, e.dtype, t, n), e);
  let i = re(e);
  if (
    (i !== `string` && [`bool`, `int32`, `float32`].indexOf(r) >= 0 && (i = r),
    Vi(r, i, t, n),
    e == null ||
      (!Jr(e) &&
        !Array.isArray(e) &&
        typeof e != `number` &&
        typeof e != `boolean` &&
        typeof e != `string`))
  ) {
    const r = e == null ? `null` : e.constructor.name;
    throw Error(`Argument '${t}' passed to '${n}' must be a Tensor or TensorLike, but got '${r}'`);
  }
  const a = zi(e, i);
  !Jr(e) && !Array.isArray(e) && (e = [e]);
  const o = i === `string` ? Yr(e, [], !0) : Ur(e, i);
  return V.makeTensor(o, a, i);
}
function Hi(e, t, n, r = `numeric`) {
  if (!Array.isArray(e))
    throw Error(`Argument ${t} passed to ${n} must be a \`Tensor[]\` or \`TensorLike[]\``);
  return e.map((e, i) => H(e, `${t}[${i}]`, n, r));
}
var Ui = `__op`;
function U(e) {
  const t = Object.keys(e);
  if (t.length !== 1)
    throw Error(
      `Please provide an object with a single key (operation name) mapping to a function. Got an object with ${t.length} keys.`,
    );
  let n = t[0],
    r = e[n];
  n.endsWith(`_`) && (n = n.substring(0, n.length - 1)), (n += Ui);
  const i = (...e) => {
    V.startScope(n);
    try {
      const t = r(...e);
      return (de(t) && console.error(`Cannot return a Promise inside of tidy.`), V.endScope(t), t);
    } catch (e) {
      throw (V.endScope(null), e);
    }
  };
  return (Object.defineProperty(i, 'name', { value: n, configurable: !0 }), i);
}
function Wi(e, t) {
  const n = H(e, `real`, `complex`),
    r = H(t, `imag`, `complex`);
  y(
    n.shape,
    r.shape,
    `real and imag shapes, ${n.shape} and ${r.shape}, must match in call to tf.complex().`,
  );
  const i = { real: n, imag: r };
  return V.runKernel(Ge, i);
}
var Gi = U({ complex_: Wi });
function Ki(e, t, n, r) {
  if (r == null) r = re(e);
  else if (r === `complex64`)
    throw Error(`Cannot construct a complex64 tensor directly. Please use tf.complex(real, imag).`);
  if (Ei(e) || Ti(e)) {
    if (r !== `float32` && r !== `int32`)
      throw Error(
        `Creating tensor from GPU data only supports 'float32'|'int32' dtype, while the dtype is ${r}.`,
      );
    return V.backend.createTensorFromGPUData(e, t || n, r);
  }
  if (
    !Jr(e) &&
    !Array.isArray(e) &&
    typeof e != `number` &&
    typeof e != `boolean` &&
    typeof e != `string`
  )
    throw Error(
      `values passed to tensor(values) must be a number/boolean/string or an array of numbers/booleans/strings, or a TypedArray`,
    );
  if (t != null) {
    ce(t);
    const e = x(t),
      r = x(n);
    v(
      e === r,
      () => `Based on the provided shape, [${t}], the tensor should have ${e} values but has ${r}`,
    );
    for (let e = 0; e < n.length; ++e) {
      const r = n[e],
        i = e !== n.length - 1 || r !== x(t.slice(e));
      v(
        n[e] === t[e] || !i,
        () =>
          `Error creating a new Tensor. Inferred shape (${n}) does not match the provided shape (${t}). `,
      );
    }
  }
  return (
    !Jr(e) && !Array.isArray(e) && (e = [e]),
    (t ||= n),
    (e = r === `string` ? Yr(e, [], !0) : Ur(e, r)),
    V.makeTensor(e, t, r)
  );
}
function qi(e, t, n) {
  return Ki(e, t, zi(e, n), n);
}
var Ji = class e {
  static join(t) {
    return new e(t).slice();
  }
  constructor(e) {
    if (
      ((this.shards = []),
      (this.previousShardIndex = 0),
      e == null ||
        (e instanceof Array || (e = [e]),
        (e = e.map((e) => (Jr(e) ? e.buffer : e))),
        e.length === 0))
    )
      return;
    this.bufferUniformSize = e[0].byteLength;
    let t = 0;
    for (let n = 0; n < e.length; n++) {
      const r = e[n];
      n !== e.length - 1 &&
        r.byteLength !== this.bufferUniformSize &&
        (this.bufferUniformSize = void 0);
      const i = t + r.byteLength;
      this.shards.push({ buffer: r, start: t, end: i }), (t = i);
    }
    this.shards.length === 0 && (this.byteLength = 0),
      (this.byteLength = this.shards[this.shards.length - 1].end);
  }
  slice(e = 0, t = this.byteLength) {
    if (
      this.shards.length === 0 ||
      ((e = isNaN(Number(e)) ? 0 : e),
      (t = isNaN(Number(t)) ? 0 : t),
      (e = Math.max(0, e)),
      (t = Math.min(this.byteLength, t)),
      t <= e)
    )
      return new ArrayBuffer(0);
    const n = this.findShardForByte(e);
    if (n === -1) throw Error(`Could not find start shard for byte ${e}`);
    let r = t - e,
      i = new ArrayBuffer(r),
      a = new Uint8Array(i),
      o = 0;
    for (let r = n; r < this.shards.length; r++) {
      const n = this.shards[r],
        i = e + o - n.start,
        s = o,
        c = Math.min(t, n.end) - n.start,
        l = new Uint8Array(n.buffer, i, c - i);
      if ((a.set(l, s), (o += l.length), t < n.end)) break;
    }
    return i;
  }
  findShardForByte(e) {
    if (this.shards.length === 0 || e < 0 || e >= this.byteLength) return -1;
    if (this.bufferUniformSize != null)
      return (
        (this.previousShardIndex = Math.floor(e / this.bufferUniformSize)), this.previousShardIndex
      );
    function t(t) {
      return e < t.start ? -1 : +(e >= t.end);
    }
    if (t(this.shards[this.previousShardIndex]) === 0) return this.previousShardIndex;
    const n = Yi(this.shards, t);
    return n === -1 ? -1 : ((this.previousShardIndex = n), this.previousShardIndex);
  }
};
function Yi(e, t) {
  let n = 0,
    r = e.length;
  for (; n <= r; ) {
    const i = Math.floor((r - n) / 2) + n,
      a = t(e[i]);
    if (a === 0) return i;
    a < 0 ? (r = i) : (n = i + 1);
  }
  return -1;
}
function Xi() {
  return V;
}
function W(e, t) {
  return V.tidy(e, t);
}
function Zi(e) {
  Oi(e).forEach((e) => e.dispose());
}
function Qi(e) {
  return V.keep(e);
}
function $i(e) {
  return V.setBackend(e);
}
function ea() {
  return V.backendName;
}
function ta(e) {
  return V.findBackendFactory(e);
}
function na(e, t, n = 1) {
  return V.registerBackend(e, t, n);
}
var ra = typeof Buffer < `u` && (typeof Blob > `u` || typeof atob > `u` || typeof btoa > `u`);
function ia(e) {
  return ra ? Buffer.byteLength(e, `utf8`) : new Blob([e]).size;
}
function aa(e) {
  if (ra) return Buffer.from(e).toString(`base64`);
  let t = new Uint8Array(e),
    n = ``;
  for (let e = 0, r = t.length; e < r; e++) n += String.fromCharCode(t[e]);
  return btoa(n);
}
function oa(e) {
  if (ra) {
    const t = Buffer.from(e, `base64`);
    return t.buffer.slice(t.byteOffset, t.byteOffset + t.byteLength);
  }
  const t = atob(e),
    n = new Uint8Array(t.length);
  for (let e = 0; e < t.length; ++e) n.set([t.charCodeAt(e)], e);
  return n.buffer;
}
function sa(e) {
  if (e.modelTopology instanceof ArrayBuffer)
    throw Error(`Expected JSON model topology, received ArrayBuffer.`);
  return {
    dateSaved: new Date(),
    modelTopologyType: `JSON`,
    modelTopologyBytes: e.modelTopology == null ? 0 : ia(JSON.stringify(e.modelTopology)),
    weightSpecsBytes: e.weightSpecs == null ? 0 : ia(JSON.stringify(e.weightSpecs)),
    weightDataBytes: e.weightData == null ? 0 : new Ji(e.weightData).byteLength,
  };
}
var ca = class e {
    constructor() {
      (this.saveRouters = []), (this.loadRouters = []);
    }
    static getInstance() {
      return ((e.instance ??= new e()), e.instance);
    }
    static registerSaveRouter(t) {
      e.getInstance().saveRouters.push(t);
    }
    static registerLoadRouter(t) {
      e.getInstance().loadRouters.push(t);
    }
    static getSaveHandlers(t) {
      return e.getHandlers(t, `save`);
    }
    static getLoadHandlers(t, n) {
      return e.getHandlers(t, `load`, n);
    }
    static getHandlers(t, n, r) {
      const i = [];
      return (
        (n === `load` ? e.getInstance().loadRouters : e.getInstance().saveRouters).forEach((e) => {
          const n = e(t, r);
          n !== null && i.push(n);
        }),
        i
      );
    }
  },
  la = `tensorflowjs`,
  ua = 1,
  da = `models_store`,
  fa = `model_info_store`;
function pa() {
  if (!R().getBool(`IS_BROWSER`))
    throw Error(
      `Failed to obtain IndexedDB factory because the current environmentis not a web browser.`,
    );
  const e = typeof window > `u` ? self : window,
    t = e.indexedDB || e.mozIndexedDB || e.webkitIndexedDB || e.msIndexedDB || e.shimIndexedDB;
  if (t == null) throw Error(`The current browser does not appear to support IndexedDB.`);
  return t;
}
function ma(e) {
  const t = e.result;
  t.createObjectStore(da, { keyPath: `modelPath` }),
    t.createObjectStore(fa, { keyPath: `modelPath` });
}
var ha = class {
  constructor(e) {
    if (((this.indexedDB = pa()), e == null || !e))
      throw Error(`For IndexedDB, modelPath must not be null, undefined or empty.`);
    this.modelPath = e;
  }
  async save(e) {
    if (e.modelTopology instanceof ArrayBuffer)
      throw Error(
        `BrowserLocalStorage.save() does not support saving model topology in binary formats yet.`,
      );
    return this.databaseAction(this.modelPath, e);
  }
  async load() {
    return this.databaseAction(this.modelPath);
  }
  databaseAction(e, t) {
    return new Promise((e, n) => {
      const r = this.indexedDB.open(la, ua);
      (r.onupgradeneeded = () => ma(r)),
        (r.onsuccess = () => {
          const i = r.result;
          if (t == null) {
            const t = i.transaction(da, `readonly`),
              r = t.objectStore(da).get(this.modelPath);
            (r.onsuccess = () => {
              if (r.result == null)
                return (
                  i.close(),
                  n(Error(`Cannot find model with path '${this.modelPath}' in IndexedDB.`))
                );
              e(r.result.modelArtifacts);
            }),
              (r.onerror = (e) => (i.close(), n(r.error))),
              (t.oncomplete = () => i.close());
          } else {
            t.weightData = Ji.join(t.weightData);
            let r = sa(t),
              a = i.transaction(fa, `readwrite`),
              o = a.objectStore(fa),
              s;
            try {
              s = o.put({ modelPath: this.modelPath, modelArtifactsInfo: r });
            } catch (e) {
              return n(e);
            }
            let c;
            (s.onsuccess = () => {
              c = i.transaction(da, `readwrite`);
              let s = c.objectStore(da),
                l;
              try {
                l = s.put({ modelPath: this.modelPath, modelArtifacts: t, modelArtifactsInfo: r });
              } catch (e) {
                return n(e);
              }
              (l.onsuccess = () => e({ modelArtifactsInfo: r })),
                (l.onerror = (e) => {
                  o = a.objectStore(fa);
                  const t = o.delete(this.modelPath);
                  (t.onsuccess = () => (i.close(), n(l.error))),
                    (t.onerror = (e) => (i.close(), n(l.error)));
                });
            }),
              (s.onerror = (e) => (i.close(), n(s.error))),
              (a.oncomplete = () => {
                c == null ? i.close() : (c.oncomplete = () => i.close());
              });
          }
        }),
        (r.onerror = (e) => n(r.error));
    });
  }
};
ha.URL_SCHEME = `indexeddb://`;
var ga = (e) =>
  R().getBool(`IS_BROWSER`) && !Array.isArray(e) && e.startsWith(ha.URL_SCHEME)
    ? _a(e.slice(ha.URL_SCHEME.length))
    : null;
ca.registerSaveRouter(ga), ca.registerLoadRouter(ga);
function _a(e) {
  return new ha(e);
}
function va(e) {
  return e.startsWith(ha.URL_SCHEME) ? e.slice(ha.URL_SCHEME.length) : e;
}
var ya = class {
    constructor() {
      this.indexedDB = pa();
    }
    async listModels() {
      return new Promise((e, t) => {
        const n = this.indexedDB.open(la, ua);
        (n.onupgradeneeded = () => ma(n)),
          (n.onsuccess = () => {
            const r = n.result,
              i = r.transaction(fa, `readonly`),
              a = i.objectStore(fa).getAll();
            (a.onsuccess = () => {
              const t = {};
              for (const e of a.result) t[e.modelPath] = e.modelArtifactsInfo;
              e(t);
            }),
              (a.onerror = (e) => (r.close(), t(a.error))),
              (i.oncomplete = () => r.close());
          }),
          (n.onerror = (e) => t(n.error));
      });
    }
    async removeModel(e) {
      return (
        (e = va(e)),
        new Promise((t, n) => {
          const r = this.indexedDB.open(la, ua);
          (r.onupgradeneeded = () => ma(r)),
            (r.onsuccess = () => {
              let i = r.result,
                a = i.transaction(fa, `readwrite`),
                o = a.objectStore(fa),
                s = o.get(e),
                c;
              (s.onsuccess = () => {
                if (s.result == null)
                  return (i.close(), n(Error(`Cannot find model with path '${e}' in IndexedDB.`)));
                {
                  const r = o.delete(e),
                    a = () => {
                      c = i.transaction(da, `readwrite`);
                      const r = c.objectStore(da).delete(e);
                      (r.onsuccess = () => t(s.result.modelArtifactsInfo)),
                        (r.onerror = (e) => n(s.error));
                    };
                  (r.onsuccess = a), (r.onerror = (e) => (a(), i.close(), n(s.error)));
                }
              }),
                (s.onerror = (e) => (i.close(), n(s.error))),
                (a.oncomplete = () => {
                  c == null ? i.close() : (c.oncomplete = () => i.close());
                });
            }),
            (r.onerror = (e) => n(r.error));
        })
      );
    }
  },
  ba = `/`,
  xa = `tensorflowjs_models`,
  Sa = `info`,
  Ca = `model_topology`,
  wa = `weight_specs`,
  Ta = `weight_data`,
  Ea = `model_metadata`;
function Da(e) {
  return {
    info: [xa, e, Sa].join(ba),
    topology: [xa, e, Ca].join(ba),
    weightSpecs: [xa, e, wa].join(ba),
    weightData: [xa, e, Ta].join(ba),
    modelMetadata: [xa, e, Ea].join(ba),
  };
}
function Oa(e) {
  for (const t of Object.values(e)) window.localStorage.removeItem(t);
}
function ka(e) {
  const t = e.split(ba);
  if (t.length < 3) throw Error(`Invalid key format: ${e}`);
  return t.slice(1, t.length - 1).join(ba);
}
function Aa(e) {
  return e.startsWith(ja.URL_SCHEME) ? e.slice(ja.URL_SCHEME.length) : e;
}
var ja = class {
  constructor(e) {
    if (!R().getBool(`IS_BROWSER`) || typeof window > `u` || window.localStorage === void 0)
      throw Error(`The current environment does not support local storage.`);
    if (((this.LS = window.localStorage), e == null || !e))
      throw Error(`For local storage, modelPath must not be null, undefined or empty.`);
    (this.modelPath = e), (this.keys = Da(this.modelPath));
  }
  async save(e) {
    if (e.modelTopology instanceof ArrayBuffer)
      throw Error(
        `BrowserLocalStorage.save() does not support saving model topology in binary formats yet.`,
      );
    {
      const t = JSON.stringify(e.modelTopology),
        n = JSON.stringify(e.weightSpecs),
        r = sa(e),
        i = Ji.join(e.weightData);
      try {
        this.LS.setItem(this.keys.info, JSON.stringify(r)),
          this.LS.setItem(this.keys.topology, t),
          this.LS.setItem(this.keys.weightSpecs, n),
          this.LS.setItem(this.keys.weightData, aa(i));
        const a = {
          format: e.format,
          generatedBy: e.generatedBy,
          convertedBy: e.convertedBy,
          signature: e.signature == null ? void 0 : e.signature,
          userDefinedMetadata: e.userDefinedMetadata == null ? void 0 : e.userDefinedMetadata,
          modelInitializer: e.modelInitializer == null ? void 0 : e.modelInitializer,
          initializerSignature: e.initializerSignature == null ? void 0 : e.initializerSignature,
          trainingConfig: e.trainingConfig == null ? void 0 : e.trainingConfig,
        };
        return (
          this.LS.setItem(this.keys.modelMetadata, JSON.stringify(a)), { modelArtifactsInfo: r }
        );
      } catch {
        throw (
          Oa(this.keys),
          Error(
            `Failed to save model '${this.modelPath}' to local storage: size quota being exceeded is a possible cause of this failure: modelTopologyBytes=${r.modelTopologyBytes}, weightSpecsBytes=${r.weightSpecsBytes}, weightDataBytes=${r.weightDataBytes}.`,
          )
        );
      }
    }
  }
  async load() {
    const e = JSON.parse(this.LS.getItem(this.keys.info));
    if (e == null) throw Error(`In local storage, there is no model with name '${this.modelPath}'`);
    if (e.modelTopologyType !== `JSON`)
      throw Error(`BrowserLocalStorage does not support loading non-JSON model topology yet.`);
    const t = {},
      n = JSON.parse(this.LS.getItem(this.keys.topology));
    if (n == null)
      throw Error(`In local storage, the topology of model '${this.modelPath}' is missing.`);
    t.modelTopology = n;
    const r = JSON.parse(this.LS.getItem(this.keys.weightSpecs));
    if (r == null)
      throw Error(`In local storage, the weight specs of model '${this.modelPath}' are missing.`);
    t.weightSpecs = r;
    const i = this.LS.getItem(this.keys.modelMetadata);
    if (i != null) {
      const e = JSON.parse(i);
      (t.format = e.format),
        (t.generatedBy = e.generatedBy),
        (t.convertedBy = e.convertedBy),
        e.signature != null && (t.signature = e.signature),
        e.userDefinedMetadata != null && (t.userDefinedMetadata = e.userDefinedMetadata),
        e.modelInitializer != null && (t.modelInitializer = e.modelInitializer),
        e.initializerSignature != null && (t.initializerSignature = e.initializerSignature),
        e.trainingConfig != null && (t.trainingConfig = e.trainingConfig);
    }
    const a = this.LS.getItem(this.keys.weightData);
    if (a == null)
      throw Error(
        `In local storage, the binary weight values of model '${this.modelPath}' are missing.`,
      );
    return ((t.weightData = oa(a)), t);
  }
};
ja.URL_SCHEME = `localstorage://`;
var Ma = (e) =>
  R().getBool(`IS_BROWSER`) && !Array.isArray(e) && e.startsWith(ja.URL_SCHEME)
    ? Na(e.slice(ja.URL_SCHEME.length))
    : null;
ca.registerSaveRouter(Ma), ca.registerLoadRouter(Ma);
function Na(e) {
  return new ja(e);
}
var Pa = class {
    constructor() {
      v(R().getBool(`IS_BROWSER`), () => `Current environment is not a web browser`),
        v(
          typeof window > `u` || window.localStorage !== void 0,
          () => `Current browser does not appear to support localStorage`,
        ),
        (this.LS = window.localStorage);
    }
    async listModels() {
      const e = {};
      for (let t = 0; t < this.LS.length; ++t) {
        const n = this.LS.key(t);
        if (n.startsWith(`tensorflowjs_models/`) && n.endsWith(`/info`)) {
          const t = ka(n);
          e[t] = JSON.parse(this.LS.getItem(n));
        }
      }
      return e;
    }
    async removeModel(e) {
      e = Aa(e);
      const t = Da(e);
      if (this.LS.getItem(t.info) == null) throw Error(`Cannot find model at path '${e}'`);
      const n = JSON.parse(this.LS.getItem(t.info));
      return (Oa(t), n);
    }
  },
  Fa = `://`,
  Ia = class e {
    constructor() {
      this.managers = {};
    }
    static getInstance() {
      return ((e.instance ??= new e()), e.instance);
    }
    static registerManager(t, n) {
      v(t != null, () => `scheme must not be undefined or null.`),
        t.endsWith(Fa) && (t = t.slice(0, t.indexOf(Fa))),
        v(t.length > 0, () => `scheme must not be an empty string.`);
      const r = e.getInstance();
      v(
        r.managers[t] == null,
        () => `A model store manager is already registered for scheme '${t}'.`,
      ),
        (r.managers[t] = n);
    }
    static getManager(t) {
      const n = e.getInstance().managers[t];
      if (n == null) throw Error(`Cannot find model manager for scheme '${t}'`);
      return n;
    }
    static getSchemes() {
      return Object.keys(e.getInstance().managers);
    }
  },
  La = class {
    constructor() {
      (this.messageName = `setTimeoutCustom`),
        (this.functionRefs = []),
        (this.handledMessageCount = 0),
        (this.hasEventListener = !1);
    }
    fetch(e, t) {
      return fetch(e, t);
    }
    now() {
      return performance.now();
    }
    encode(e, t) {
      if (t !== `utf-8` && t !== `utf8`)
        throw Error(`Browser's encoder only supports utf-8, but got ${t}`);
      return ((this.textEncoder ??= new TextEncoder()), this.textEncoder.encode(e));
    }
    decode(e, t) {
      return new TextDecoder(t).decode(e);
    }
    setTimeoutCustom(e, t) {
      typeof window > `u` || !R().getBool(`USE_SETTIMEOUTCUSTOM`)
        ? setTimeout(e, t)
        : (this.functionRefs.push(e),
          setTimeout(() => {
            window.postMessage(
              { name: this.messageName, index: this.functionRefs.length - 1 },
              `*`,
            );
          }, t),
          this.hasEventListener ||
            ((this.hasEventListener = !0),
            window.addEventListener(
              `message`,
              (e) => {
                e.source === window &&
                  e.data.name === this.messageName &&
                  (e.stopPropagation(),
                  (0, this.functionRefs[e.data.index])(),
                  this.handledMessageCount++,
                  this.handledMessageCount === this.functionRefs.length &&
                    ((this.functionRefs = []), (this.handledMessageCount = 0)));
              },
              !0,
            )));
    }
    isTypedArray(e) {
      return Cr(e);
    }
  };
if (R().get(`IS_BROWSER`)) {
  R().setPlatform(`browser`, new La());
  try {
    Ia.registerManager(ja.URL_SCHEME, new Pa());
  } catch {}
  try {
    Ia.registerManager(ha.URL_SCHEME, new ya());
  } catch {}
}
var Ra = o((e, t) => {
    t.exports = {};
  }),
  za = { importFetch: () => Ra() },
  Ba,
  Va = class {
    constructor() {
      (this.util = Ra()), (this.textEncoder = new this.util.TextEncoder());
    }
    fetch(e, t) {
      return R().global.fetch == null
        ? ((Ba ??= za.importFetch()), Ba(e, t))
        : R().global.fetch(e, t);
    }
    now() {
      const e = process.hrtime();
      return e[0] * 1e3 + e[1] / 1e6;
    }
    encode(e, t) {
      if (t !== `utf-8` && t !== `utf8`)
        throw Error(`Node built-in encoder only supports utf-8, but got ${t}`);
      return this.textEncoder.encode(e);
    }
    decode(e, t) {
      return e.length === 0 ? `` : new this.util.TextDecoder(t).decode(e);
    }
    isTypedArray(e) {
      return (
        this.util.types.isFloat32Array(e) ||
        this.util.types.isInt32Array(e) ||
        this.util.types.isUint8Array(e) ||
        this.util.types.isUint8ClampedArray(e)
      );
    }
  };
R().get(`IS_NODE`) && !R().get(`IS_BROWSER`) && R().setPlatform(`node`, new Va());
function G(e, t = `float32`, n) {
  return ((t ||= `float32`), ce(e), new ui(e, t, n));
}
function Ha(e, t) {
  const n = H(e, `x`, `cast`);
  if (!A(t)) throw Error(`Failed to cast to unknown dtype ${t}`);
  if ((t === `string` && n.dtype !== `string`) || (t !== `string` && n.dtype === `string`))
    throw Error(`Only strings can be casted to strings`);
  const r = { x: n },
    i = { dtype: t };
  return V.runKernel(He, r, i);
}
var Ua = U({ cast_: Ha });
function Wa(e) {
  const t = { x: H(e, `x`, `clone`, `string_or_numeric`) };
  return V.runKernel(Ot, t);
}
var Ga = U({ clone_: Wa });
function Ka(e, t = !1) {
  console.log(e.toString(t));
}
Fi(), mi({ buffer: G, cast: Ua, clone: Ga, print: Ka });
function qa(e, t) {
  let n = H(e, `a`, `add`),
    r = H(t, `b`, `add`);
  [n, r] = Di(n, r);
  const i = { a: n, b: r };
  return V.runKernel(`Add`, i);
}
var K = U({ add_: qa });
function Ja(e, t) {
  let n = H(e, `a`, `floorDiv`),
    r = H(t, `b`, `floorDiv`);
  [n, r] = Di(n, r);
  const i = { a: n, b: r };
  return V.runKernel(St, i);
}
var Ya = U({ floorDiv_: Ja });
function Xa(e, t) {
  let n = H(e, `a`, `div`),
    r = H(t, `b`, `div`);
  if ((([n, r] = Di(n, r)), n.dtype === `int32` && r.dtype === `int32`)) return Ya(n, r);
  const i = { a: n, b: r };
  return V.runKernel(pt, i, {});
}
var Za = U({ div_: Xa });
function Qa(e, t) {
  let n = H(e, `a`, `mul`),
    r = H(t, `b`, `mul`);
  [n, r] = Di(n, r);
  const i = { a: n, b: r };
  return V.runKernel(en, i);
}
var q = U({ mul_: Qa });
function $a(e) {
  const t = H(e, `x`, `abs`);
  if (t.dtype === `complex64`) {
    const e = { x: t };
    return V.runKernel(z, e);
  }
  {
    const e = { x: t };
    return V.runKernel(`Abs`, e);
  }
}
var eo = U({ abs_: $a });
function to(e, t = null, n = !1) {
  const r = { x: H(e, `x`, `any`, `bool`) },
    i = { axis: t, keepDims: n };
  return V.runKernel(`Any`, r, i);
}
var no = U({ any_: to });
function ro(e, t = 0) {
  const n = { x: H(e, `x`, `argMax`) },
    r = { axis: t };
  return V.runKernel(Ee, n, r);
}
var io = U({ argMax_: ro });
function ao(e, t, n, r, i = `NHWC`, a) {
  const o = e[3];
  return co(e, [...t, o], n, a, r, null, null, So(i));
}
function oo(e, t, n, r, i, a, o = `channelsLast`) {
  let [s, c] = mo(t),
    l;
  if (o === `channelsLast`) l = [s, c, e[3], e[3]];
  else if (o === `channelsFirst`) l = [s, c, e[1], e[1]];
  else throw Error(`Unknown dataFormat ${o}`);
  return co(e, l, n, r, i, a, !1, o);
}
function so(e, t, n, r, i, a, o = `NDHWC`) {
  let [s, c, l] = ho(t),
    u,
    d;
  if (o === `NDHWC`) (d = `channelsLast`), (u = [s, c, l, e[4], e[4]]);
  else if (o === `NCDHW`) (d = `channelsFirst`), (u = [s, c, l, e[1], e[1]]);
  else throw Error(`Unknown dataFormat ${o}`);
  return lo(e, u, n, r, i, !1, d, a);
}
function co(e, t, n, r, i, a, o = !1, s = `channelsLast`) {
  let [c, l, u, d] = [-1, -1, -1, -1];
  if (s === `channelsLast`) [c, l, u, d] = e;
  else if (s === `channelsFirst`) [c, d, l, u] = e;
  else throw Error(`Unknown dataFormat ${s}`);
  let [f, p, , m] = t,
    [h, g] = mo(n),
    [_, v] = mo(r),
    y = go(f, _),
    b = go(p, v),
    { padInfo: x, outHeight: S, outWidth: C } = _o(i, l, u, h, g, y, b, a, s),
    w = o ? m * d : m,
    T;
  return (
    s === `channelsFirst` ? (T = [c, w, S, C]) : s === `channelsLast` && (T = [c, S, C, w]),
    {
      batchSize: c,
      dataFormat: s,
      inHeight: l,
      inWidth: u,
      inChannels: d,
      outHeight: S,
      outWidth: C,
      outChannels: w,
      padInfo: x,
      strideHeight: h,
      strideWidth: g,
      filterHeight: f,
      filterWidth: p,
      effectiveFilterHeight: y,
      effectiveFilterWidth: b,
      dilationHeight: _,
      dilationWidth: v,
      inShape: e,
      outShape: T,
      filterShape: t,
    }
  );
}
function lo(e, t, n, r, i, a = !1, o = `channelsLast`, s) {
  let [c, l, u, d, f] = [-1, -1, -1, -1, -1];
  if (o === `channelsLast`) [c, l, u, d, f] = e;
  else if (o === `channelsFirst`) [c, f, l, u, d] = e;
  else throw Error(`Unknown dataFormat ${o}`);
  let [p, m, h, , g] = t,
    [_, v, y] = ho(n),
    [b, x, S] = ho(r),
    C = go(p, b),
    w = go(m, x),
    T = go(h, S),
    { padInfo: E, outDepth: D, outHeight: O, outWidth: k } = vo(i, l, u, d, _, v, y, C, w, T, s),
    A = a ? g * f : g,
    j;
  return (
    o === `channelsFirst` ? (j = [c, A, D, O, k]) : o === `channelsLast` && (j = [c, D, O, k, A]),
    {
      batchSize: c,
      dataFormat: o,
      inDepth: l,
      inHeight: u,
      inWidth: d,
      inChannels: f,
      outDepth: D,
      outHeight: O,
      outWidth: k,
      outChannels: A,
      padInfo: E,
      strideDepth: _,
      strideHeight: v,
      strideWidth: y,
      filterDepth: p,
      filterHeight: m,
      filterWidth: h,
      effectiveFilterDepth: C,
      effectiveFilterHeight: w,
      effectiveFilterWidth: T,
      dilationDepth: b,
      dilationHeight: x,
      dilationWidth: S,
      inShape: e,
      outShape: j,
      filterShape: t,
    }
  );
}
function uo(e, t, n, r, i) {
  r ??= po(e, t, n);
  const a = e[0],
    o = e[1];
  return [yo((a - t + 2 * r) / n + 1, i), yo((o - t + 2 * r) / n + 1, i)];
}
function fo(e, t, n, r, i, a) {
  i ??= po(e, t[0], r[0]);
  const o = [0, 0, 0, n];
  for (let n = 0; n < 3; n++)
    e[n] + 2 * i >= t[n] && (o[n] = yo((e[n] - t[n] + 2 * i) / r[n] + 1, a));
  return o;
}
function po(e, t, n, r = 1) {
  const i = go(t, r);
  return Math.floor((e[0] * (n - 1) - n + i) / 2);
}
function mo(e) {
  return typeof e == `number` ? [e, e, e] : e.length === 2 ? [e[0], e[1], 1] : e;
}
function ho(e) {
  return typeof e == `number` ? [e, e, e] : e;
}
function go(e, t) {
  return t <= 1 ? e : e + (e - 1) * (t - 1);
}
function _o(e, t, n, r, i, a, o, s, c) {
  let l, u, d;
  if (typeof e == `number`) {
    l = { top: e, bottom: e, left: e, right: e, type: e === 0 ? `VALID` : `NUMBER` };
    const i = uo([t, n], a, r, e, s);
    (u = i[0]), (d = i[1]);
  } else if (e === `same`) {
    (u = Math.ceil(t / r)), (d = Math.ceil(n / i));
    const e = Math.max(0, (u - 1) * r + a - t),
      s = Math.max(0, (d - 1) * i + o - n),
      c = Math.floor(e / 2),
      f = e - c,
      p = Math.floor(s / 2);
    l = { top: c, bottom: f, left: p, right: s - p, type: `SAME` };
  } else if (e === `valid`)
    (l = { top: 0, bottom: 0, left: 0, right: 0, type: `VALID` }),
      (u = Math.ceil((t - a + 1) / r)),
      (d = Math.ceil((n - o + 1) / i));
  else if (typeof e == `object`) {
    const f = c === `channelsLast` ? e[1][0] : e[2][0],
      p = c === `channelsLast` ? e[1][1] : e[2][1],
      m = c === `channelsLast` ? e[2][0] : e[3][0],
      h = c === `channelsLast` ? e[2][1] : e[3][1];
    (l = {
      top: f,
      bottom: p,
      left: m,
      right: h,
      type: f === 0 && p === 0 && m === 0 && h === 0 ? `VALID` : `EXPLICIT`,
    }),
      (u = yo((t - a + f + p) / r + 1, s)),
      (d = yo((n - o + m + h) / i + 1, s));
  } else throw Error(`Unknown padding parameter: ${e}`);
  return { padInfo: l, outHeight: u, outWidth: d };
}
function vo(e, t, n, r, i, a, o, s, c, l, u) {
  let d, f, p, m;
  if ((e === `valid` && (e = 0), typeof e == `number`)) {
    d = {
      top: e,
      bottom: e,
      left: e,
      right: e,
      front: e,
      back: e,
      type: e === 0 ? `VALID` : `NUMBER`,
    };
    const h = fo([t, n, r, 1], [s, c, l], 1, [i, a, o], e, u);
    (f = h[0]), (p = h[1]), (m = h[2]);
  } else if (e === `same`) {
    (f = Math.ceil(t / i)), (p = Math.ceil(n / a)), (m = Math.ceil(r / o));
    const e = (f - 1) * i + s - t,
      u = (p - 1) * a + c - n,
      h = (m - 1) * o + l - r,
      g = Math.floor(e / 2),
      _ = e - g,
      v = Math.floor(u / 2),
      y = u - v,
      b = Math.floor(h / 2);
    d = { top: v, bottom: y, left: b, right: h - b, front: g, back: _, type: `SAME` };
  } else throw Error(`Unknown padding parameter: ${e}`);
  return { padInfo: d, outDepth: f, outHeight: p, outWidth: m };
}
function yo(e, t) {
  if (!t) return Math.trunc(e);
  switch (t) {
    case `round`:
      return Math.round(e);
    case `ceil`:
      return Math.ceil(e);
    case `floor`:
      return Math.floor(e);
    default:
      throw Error(`Unknown roundingMode ${t}`);
  }
}
function bo(e) {
  const [t, n, r] = mo(e);
  return t === 1 && n === 1 && r === 1;
}
function xo(e, t) {
  return bo(e) || bo(t);
}
function So(e) {
  if (e === `NHWC`) return `channelsLast`;
  if (e === `NCHW`) return `channelsFirst`;
  throw Error(`Unknown dataFormat ${e}`);
}
function Co(e, t) {
  const n = { x: H(e, `x`, `reshape`, `string_or_numeric`) },
    r = { shape: t };
  return V.runKernel(yn, n, r);
}
var J = U({ reshape_: Co });
function wo(e, t, n = !1, r = !1) {
  let i = H(e, `a`, `matMul`),
    a = H(t, `b`, `matMul`);
  [i, a] = Di(i, a);
  const o = { a: i, b: a },
    s = { transposeA: n, transposeB: r };
  return V.runKernel(Le, o, s);
}
var To = U({ matMul_: wo });
function Eo(e, t, n) {
  const r = H(e, `x`, `slice`, `string_or_numeric`);
  if (r.rank === 0) throw Error(`Slicing scalar is not possible`);
  const i = { x: r },
    a = { begin: t, size: n };
  return V.runKernel(Nn, i, a);
}
var Do = U({ slice_: Eo });
function Oo(e, t) {
  let n = H(e, `broadcastTo`, `x`),
    r = n.shape;
  if ((ce(t), t.length < n.rank))
    throw Error(`broadcastTo(): shape.length=${t.length} < input.rank=${n.rank}.`);
  if (t.length > n.rank) {
    const e = n.shape.slice();
    for (; e.length < t.length; ) e.unshift(1);
    n = J(n, e);
  }
  const i = n.shape,
    a = Array.from(t);
  for (let e = t.length - 1; e >= 0; e--)
    if (i[e] === t[e]) a[e] = 1;
    else if (n.shape[e] !== 1) throw Error(`broadcastTo(): [${r}] cannot be broadcast to [${t}].`);
  if (a.map((e, t) => (e > 1 ? t : -1)).filter((e) => e >= 0).length === 0) return Ga(n);
  const o = { x: n },
    s = { reps: a };
  return V.runKernel(tr, o, s);
}
var ko = U({ broadcastTo_: Oo });
function Ao(e, t, n) {
  ce(e), (n ||= re(t));
  const r = { shape: e, value: t, dtype: n };
  return V.runKernel(yt, {}, r);
}
function jo(e) {
  const t = { x: H(e, `x`, `cos`, `float32`) };
  return V.runKernel(`Cos`, t);
}
var Mo = U({ cos_: jo });
function No(e, t) {
  const n = e.length,
    r = [];
  for (let i = 0; i < n; i++) {
    const a = n - 1 - i,
      o = e[a] || 1;
    (t[t.length - 1 - i] || 1) > 1 && o === 1 && r.unshift(a);
  }
  return r;
}
function Po(e, t) {
  const n = Math.max(e.length, t.length),
    r = Array(n);
  for (let i = 0; i < n; i++) {
    let a = e[e.length - i - 1];
    a ??= 1;
    let o = t[t.length - i - 1];
    if (((o ??= 1), a === 1)) r[n - i - 1] = o;
    else if (o === 1) r[n - i - 1] = a;
    else if (a !== o) {
      const n = `Operands could not be broadcast together with shapes ${e} and ${t}.`;
      throw Error(n);
    } else r[n - i - 1] = a;
  }
  return r;
}
function Fo(e, t) {
  let n = H(e, `a`, `equal`, `string_or_numeric`),
    r = H(t, `b`, `equal`, `string_or_numeric`);
  ([n, r] = Di(n, r)), Po(n.shape, r.shape);
  const i = { a: n, b: r };
  return V.runKernel(gt, i);
}
var Io = U({ equal_: Fo });
function Lo(e, t, n) {
  const r = H(t, `a`, `where`),
    i = H(n, `b`, `where`),
    a = H(e, `condition`, `where`, `bool`),
    o = Po(Po(a.shape, r.shape), i.shape),
    s = { condition: ko(a, o), t: ko(r, o), e: ko(i, o) };
  return V.runKernel(jn, s);
}
var Ro = U({ where_: Lo });
function zo(e) {
  const t = { x: H(e, `x`, `zerosLike`) };
  return V.runKernel(cr, t);
}
var Bo = U({ zerosLike_: zo });
function Vo(e) {
  let t = H(e, `x`, `erf`);
  v(
    t.dtype === `int32` || t.dtype === `float32`,
    () => 'Input dtype must be `int32` or `float32`.',
  ),
    t.dtype === `int32` && (t = Ua(t, `float32`));
  const n = { x: t };
  return V.runKernel(`Erf`, n);
}
var Ho = U({ erf_: Vo });
function Uo(e, t) {
  for (let n = 0; n < e.length; ++n) if (e[e.length - n - 1] !== t - 1 - n) return !1;
  return !0;
}
function Wo(e, t, n) {
  let r = e.length + t.length,
    i = [],
    a = 0,
    o = 0;
  for (let s = 0; s < r; s++) n.indexOf(s) === -1 ? i.push(e[a++]) : i.push(t[o++]);
  return i;
}
function Go(e, t) {
  const n = [],
    r = e.length;
  for (let i = 0; i < r; i++) t.indexOf(i) === -1 && n.push(e[i]);
  return [n, t.map((t) => e[t])];
}
function Ko(e, t) {
  return Wo(
    e,
    t.map((e) => 1),
    t,
  );
}
function qo(e, t, n) {
  v(
    Uo(t, n),
    () => `${e} supports only inner-most axes for now. Got axes ${t} and rank-${n} input.`,
  );
}
function Jo(e, t) {
  if (Uo(e, t)) return null;
  const n = [];
  for (let r = 0; r < t; ++r) e.indexOf(r) === -1 && n.push(r);
  return (e.forEach((e) => n.push(e)), n);
}
function Yo(e) {
  return e
    .map((e, t) => [t, e])
    .sort((e, t) => e[1] - t[1])
    .map((e) => e[0]);
}
function Xo(e, t) {
  const n = [];
  for (let r = t - e; r < t; ++r) n.push(r);
  return n;
}
function Zo(e, t = null, n = !1) {
  const r = { x: H(e, `x`, `max`) },
    i = { reductionIndices: t, keepDims: n };
  return V.runKernel(`Max`, r, i);
}
var Qo = U({ max_: Zo });
function $o(e, t) {
  let n = H(e, `base`, `pow`),
    r = H(t, `exp`, `pow`);
  [n, r] = Di(n, r);
  const i = { a: n, b: r };
  return V.runKernel(`Pow`, i);
}
var es = U({ pow_: $o });
function ts(e, t) {
  if (((Jr(e) && t !== `string`) || Array.isArray(e)) && t !== `complex64`)
    throw Error(`Error creating a new Scalar: value must be a primitive (number|boolean|string)`);
  if (t === `string` && Jr(e) && !(e instanceof Uint8Array))
    throw Error('When making a scalar from encoded string, the value must be `Uint8Array`.');
  return Ki(e, [], [], t);
}
function ns(e) {
  const t = { x: H(e, `x`, `sqrt`, `float32`) };
  return V.runKernel(Rn, t);
}
var rs = U({ sqrt_: ns });
function is(e) {
  const t = H(e, `x`, `square`);
  return V.runKernel(`Square`, { x: t }, {});
}
var as = U({ square_: is });
function os(e, t = null, n = !1) {
  let r = H(e, `x`, `sum`);
  r.dtype === `bool` && (r = Ua(r, `int32`));
  const i = { x: r },
    a = { axis: t, keepDims: n };
  return V.runKernel(`Sum`, i, a);
}
var ss = U({ sum_: os });
function cs(e) {
  const t = { x: H(e, `x`, `exp`) };
  return V.runKernel(`Exp`, t);
}
var ls = U({ exp_: cs });
function us(e, t = 0) {
  const n = H(e, `x`, `expandDims`, `string_or_numeric`);
  v(t <= n.rank, () => `Axis must be <= rank of the tensor`);
  const r = { input: n },
    i = { dim: t };
  return V.runKernel(_t, r, i);
}
var ds = U({ expandDims_: us });
function fs(e, t) {
  let n = H(e, `a`, `greater`, `string_or_numeric`),
    r = H(t, `b`, `greater`, `string_or_numeric`);
  ([n, r] = Di(n, r)), Po(n.shape, r.shape);
  const i = { a: n, b: r };
  return V.runKernel(Et, i);
}
var ps = U({ greater_: fs });
function ms(e, t) {
  let n = H(e, `a`, `greaterEqual`, `string_or_numeric`),
    r = H(t, `b`, `greaterEqual`, `string_or_numeric`);
  ([n, r] = Di(n, r)), Po(n.shape, r.shape);
  const i = { a: n, b: r };
  return V.runKernel(Dt, i);
}
var hs = U({ greaterEqual_: ms });
function gs(e) {
  const t = { input: H(e, `input`, `imag`) };
  return V.runKernel(At, t);
}
var _s = U({ imag_: gs });
function vs(e, t) {
  let n = H(e, `a`, `less`, `string_or_numeric`),
    r = H(t, `b`, `less`, `string_or_numeric`);
  ([n, r] = Di(n, r)), Po(n.shape, r.shape);
  const i = { a: n, b: r };
  return V.runKernel(Ft, i);
}
var ys = U({ less_: vs });
function bs(e, t) {
  let n = H(e, `a`, `lessEqual`, `string_or_numeric`),
    r = H(t, `b`, `lessEqual`, `string_or_numeric`);
  ([n, r] = Di(n, r)), Po(n.shape, r.shape);
  const i = { a: n, b: r };
  return V.runKernel(It, i);
}
var xs = U({ lessEqual_: bs });
function Ss(e) {
  const t = { x: H(e, `x`, `log`, `float32`) };
  return V.runKernel(`Log`, t);
}
var Cs = U({ log_: Ss });
function ws(e, t) {
  v(ie(e), () => `The f passed in variableGrads(f) must be a function`),
    v(
      t == null || (Array.isArray(t) && t.every((e) => e instanceof _i)),
      () => `The varList passed in variableGrads(f, varList) must be an array of variables`,
    );
  const n = t != null;
  if (!n) {
    t = [];
    for (const e in V.registeredVariables) t.push(V.registeredVariables[e]);
  }
  const r = n ? t.filter((e) => !e.trainable) : null,
    i = t.length;
  (t = t.filter((e) => e.trainable)),
    v(
      t.length > 0,
      () =>
        `variableGrads() expects at least one of the input variables to be trainable, but none of the ${i} variables is trainable.`,
    );
  const { value: a, grads: o } = V.gradients(e, t, null, !0);
  v(
    o.some((e) => e != null),
    () =>
      `Cannot find a connection between any variable and the result of the loss function y=f(x). Please make sure the operations that use variables are inside the function f passed to minimize().`,
  ),
    v(
      a.rank === 0,
      () =>
        `The f passed in variableGrads(f) must return a scalar, but it returned a rank-${a.rank} tensor`,
    );
  const s = {};
  return (
    t.forEach((e, t) => {
      o[t] != null && (s[e.name] = o[t]);
    }),
    r?.forEach((e) => (s[e.name] = null)),
    { value: a, grads: s }
  );
}
function Ts(e) {
  return V.customGrad(e);
}
function Es(e) {
  const t = { x: H(e, `x`, `neg`) };
  return V.runKernel(`Neg`, t);
}
var Ds = U({ neg_: Es });
function Os(e, t) {
  let n = H(e, `a`, `sub`),
    r = H(t, `b`, `sub`);
  [n, r] = Di(n, r);
  const i = { a: n, b: r };
  return V.runKernel(`Sub`, i);
}
var ks = U({ sub_: Os });
function As(e, t = -1) {
  const n = H(e, `logits`, `logSoftmax`);
  if ((t === -1 && (t = n.rank - 1), t !== n.rank - 1))
    throw Error(
      `Log Softmax along a non-last dimension is not yet supported. Logits was rank ${n.rank} and axis was ${t}`,
    );
  return Ts((e, n) => {
    const r = ks(e, Qo(e, t, !0)),
      i = ks(Ua(r, `float32`), Cs(ss(ls(r), t, !0)));
    return (
      n([i]),
      {
        value: i,
        gradFunc: (e, n) => {
          const [r] = n,
            i = ls(r);
          return ks(e, q(ss(e, t, !0), i));
        },
      }
    );
  })(n);
}
var js = U({ logSoftmax_: As });
function Ms(e, t) {
  let n = H(e, `a`, `maximum`),
    r = H(t, `b`, `maximum`);
  ([n, r] = Di(n, r)),
    n.dtype === `bool` && ((n = Ua(n, `int32`)), (r = Ua(r, `int32`))),
    Po(n.shape, r.shape);
  const i = { a: n, b: r };
  return V.runKernel(Wt, i);
}
var Ns = U({ maximum_: Ms });
function Ps(e, t = null, n = !1) {
  const r = { x: H(e, `x`, `mean`) },
    i = { axis: t, keepDims: n };
  return V.runKernel(Xt, r, i);
}
var Fs = U({ mean_: Ps });
function Is(e, t = `float32`) {
  if ((ce(e), t === `complex64`)) return Gi(Is(e, `float32`), Is(e, `float32`));
  const n = L(x(e), t);
  return V.makeTensor(n, e, t);
}
function Ls(e, t = `float32`) {
  if ((ce(e), t === `complex64`)) return Gi(Ls(e, `float32`), Is(e, `float32`));
  const n = I(x(e), t);
  return V.makeTensor(n, e, t);
}
function Rs(e, t, n = 1, r = 0, i = `int32`) {
  if (t < 2) throw Error(`Error in oneHot: depth must be >=2, but it is ${t}`);
  const a = { indices: H(e, `indices`, `oneHot`, `int32`) },
    o = { dtype: i, depth: t, onValue: n, offValue: r };
  return V.runKernel(sn, a, o);
}
var zs = U({ oneHot_: Rs });
function Bs(e) {
  const t = { x: H(e, `x`, `onesLike`) };
  return V.runKernel(on, t);
}
var Vs = U({ onesLike_: Bs });
function Hs(e, t, n = 0) {
  const r = H(e, `x`, `pad`);
  if (r.rank === 0) throw Error(`pad(scalar) is not defined. Pass non-scalar to pad`);
  const i = { paddings: t, constantValue: n },
    a = { x: r };
  return V.runKernel(ln, a, i);
}
var Us = U({ pad_: Hs }),
  Ws = o((e, t, n) => {
    var r;
    (function (e, t, n) {
      function r(e) {
        var n = o();
        (this.next = () => {
          var e = 2091639 * this.s0 + this.c * 23283064365386963e-26;
          return ((this.s0 = this.s1), (this.s1 = this.s2), (this.s2 = e - (this.c = e | 0)));
        }),
          (this.c = 1),
          (this.s0 = n(` `)),
          (this.s1 = n(` `)),
          (this.s2 = n(` `)),
          (this.s0 -= n(e)),
          this.s0 < 0 && (this.s0 += 1),
          (this.s1 -= n(e)),
          this.s1 < 0 && (this.s1 += 1),
          (this.s2 -= n(e)),
          this.s2 < 0 && (this.s2 += 1),
          (n = null);
      }
      function i(e, t) {
        return ((t.c = e.c), (t.s0 = e.s0), (t.s1 = e.s1), (t.s2 = e.s2), t);
      }
      function a(e, t) {
        var n = new r(e),
          a = t && t.state,
          o = n.next;
        return (
          (o.int32 = () => (n.next() * 4294967296) | 0),
          (o.double = () => o() + ((o() * 2097152) | 0) * 11102230246251565e-32),
          (o.quick = o),
          a && (typeof a == `object` && i(a, n), (o.state = () => i(n, {}))),
          o
        );
      }
      function o() {
        var e = 0xefc8249d;
        return (t) => {
          t = String(t);
          for (var n = 0; n < t.length; n++) {
            e += t.charCodeAt(n);
            var r = 0.02519603282416938 * e;
            (e = r >>> 0), (r -= e), (r *= e), (e = r >>> 0), (r -= e), (e += r * 4294967296);
          }
          return (e >>> 0) * 23283064365386963e-26;
        };
      }
      t && t.exports ? (t.exports = a) : n && n.amd ? n(() => a) : (this.alea = a);
    })(n, typeof t == `object` && t, typeof r == `function` && r);
  }),
  Gs = o((e, t, n) => {
    var r;
    (function (e, t, n) {
      function r(e) {
        var n = ``;
        (this.x = 0),
          (this.y = 0),
          (this.z = 0),
          (this.w = 0),
          (this.next = () => {
            var e = this.x ^ (this.x << 11);
            return (
              (this.x = this.y),
              (this.y = this.z),
              (this.z = this.w),
              (this.w ^= (this.w >>> 19) ^ e ^ (e >>> 8))
            );
          }),
          e === (e | 0) ? (this.x = e) : (n += e);
        for (var r = 0; r < n.length + 64; r++) (this.x ^= n.charCodeAt(r) | 0), this.next();
      }
      function i(e, t) {
        return ((t.x = e.x), (t.y = e.y), (t.z = e.z), (t.w = e.w), t);
      }
      function a(e, t) {
        var n = new r(e),
          a = t && t.state,
          o = () => (n.next() >>> 0) / 4294967296;
        return (
          (o.double = () => {
            do var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            while (e === 0);
            return e;
          }),
          (o.int32 = n.next),
          (o.quick = o),
          a && (typeof a == `object` && i(a, n), (o.state = () => i(n, {}))),
          o
        );
      }
      t && t.exports ? (t.exports = a) : n && n.amd ? n(() => a) : (this.xor128 = a);
    })(n, typeof t == `object` && t, typeof r == `function` && r);
  }),
  Ks = o((e, t, n) => {
    var r;
    (function (e, t, n) {
      function r(e) {
        var n = ``;
        (this.next = () => {
          var e = this.x ^ (this.x >>> 2);
          return (
            (this.x = this.y),
            (this.y = this.z),
            (this.z = this.w),
            (this.w = this.v),
            ((this.d = (this.d + 362437) | 0) +
              (this.v = this.v ^ (this.v << 4) ^ (e ^ (e << 1)))) |
              0
          );
        }),
          (this.x = 0),
          (this.y = 0),
          (this.z = 0),
          (this.w = 0),
          (this.v = 0),
          e === (e | 0) ? (this.x = e) : (n += e);
        for (var r = 0; r < n.length + 64; r++)
          (this.x ^= n.charCodeAt(r) | 0),
            r == n.length && (this.d = (this.x << 10) ^ (this.x >>> 4)),
            this.next();
      }
      function i(e, t) {
        return ((t.x = e.x), (t.y = e.y), (t.z = e.z), (t.w = e.w), (t.v = e.v), (t.d = e.d), t);
      }
      function a(e, t) {
        var n = new r(e),
          a = t && t.state,
          o = () => (n.next() >>> 0) / 4294967296;
        return (
          (o.double = () => {
            do var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            while (e === 0);
            return e;
          }),
          (o.int32 = n.next),
          (o.quick = o),
          a && (typeof a == `object` && i(a, n), (o.state = () => i(n, {}))),
          o
        );
      }
      t && t.exports ? (t.exports = a) : n && n.amd ? n(() => a) : (this.xorwow = a);
    })(n, typeof t == `object` && t, typeof r == `function` && r);
  }),
  qs = o((e, t, n) => {
    var r;
    (function (e, t, n) {
      function r(e) {
        this.next = () => {
          var e = this.x,
            n = this.i,
            r = e[n],
            i;
          return (
            (r ^= r >>> 7),
            (i = r ^ (r << 24)),
            (r = e[(n + 1) & 7]),
            (i ^= r ^ (r >>> 10)),
            (r = e[(n + 3) & 7]),
            (i ^= r ^ (r >>> 3)),
            (r = e[(n + 4) & 7]),
            (i ^= r ^ (r << 7)),
            (r = e[(n + 7) & 7]),
            (r ^= r << 13),
            (i ^= r ^ (r << 9)),
            (e[n] = i),
            (this.i = (n + 1) & 7),
            i
          );
        };
        function n(e, t) {
          var n,
            r = [];
          if (t === (t | 0)) r[0] = t;
          else
            for (t = `` + t, n = 0; n < t.length; ++n)
              r[n & 7] = (r[n & 7] << 15) ^ ((t.charCodeAt(n) + r[(n + 1) & 7]) << 13);
          for (; r.length < 8; ) r.push(0);
          for (n = 0; n < 8 && r[n] === 0; ++n);
          for (n == 8 ? (r[7] = -1) : r[n], e.x = r, e.i = 0, n = 256; n > 0; --n) e.next();
        }
        n(this, e);
      }
      function i(e, t) {
        return ((t.x = e.x.slice()), (t.i = e.i), t);
      }
      function a(e, t) {
        e ??= +new Date();
        var n = new r(e),
          a = t && t.state,
          o = () => (n.next() >>> 0) / 4294967296;
        return (
          (o.double = () => {
            do var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            while (e === 0);
            return e;
          }),
          (o.int32 = n.next),
          (o.quick = o),
          a && (a.x && i(a, n), (o.state = () => i(n, {}))),
          o
        );
      }
      t && t.exports ? (t.exports = a) : n && n.amd ? n(() => a) : (this.xorshift7 = a);
    })(n, typeof t == `object` && t, typeof r == `function` && r);
  }),
  Js = o((e, t, n) => {
    var r;
    (function (e, t, n) {
      function r(e) {
        this.next = () => {
          var e = this.w,
            n = this.X,
            r = this.i,
            i,
            a;
          return (
            (this.w = e = (e + 0x61c88647) | 0),
            (a = n[(r + 34) & 127]),
            (i = n[(r = (r + 1) & 127)]),
            (a ^= a << 13),
            (i ^= i << 17),
            (a ^= a >>> 15),
            (i ^= i >>> 12),
            (a = n[r] = a ^ i),
            (this.i = r),
            (a + (e ^ (e >>> 16))) | 0
          );
        };
        function n(e, t) {
          var n,
            r,
            i,
            a,
            o,
            s = [],
            c = 128;
          for (
            t === (t | 0)
              ? ((r = t), (t = null))
              : ((t += `\0`), (r = 0), (c = Math.max(c, t.length))),
              i = 0,
              a = -32;
            a < c;
            ++a
          )
            t && (r ^= t.charCodeAt((a + 32) % t.length)),
              a === 0 && (o = r),
              (r ^= r << 10),
              (r ^= r >>> 15),
              (r ^= r << 4),
              (r ^= r >>> 13),
              a >= 0 &&
                ((o = (o + 0x61c88647) | 0), (n = s[a & 127] ^= r + o), (i = n == 0 ? i + 1 : 0));
          for (i >= 128 && (s[((t && t.length) || 0) & 127] = -1), i = 127, a = 512; a > 0; --a)
            (r = s[(i + 34) & 127]),
              (n = s[(i = (i + 1) & 127)]),
              (r ^= r << 13),
              (n ^= n << 17),
              (r ^= r >>> 15),
              (n ^= n >>> 12),
              (s[i] = r ^ n);
          (e.w = o), (e.X = s), (e.i = i);
        }
        n(this, e);
      }
      function i(e, t) {
        return ((t.i = e.i), (t.w = e.w), (t.X = e.X.slice()), t);
      }
      function a(e, t) {
        e ??= +new Date();
        var n = new r(e),
          a = t && t.state,
          o = () => (n.next() >>> 0) / 4294967296;
        return (
          (o.double = () => {
            do var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            while (e === 0);
            return e;
          }),
          (o.int32 = n.next),
          (o.quick = o),
          a && (a.X && i(a, n), (o.state = () => i(n, {}))),
          o
        );
      }
      t && t.exports ? (t.exports = a) : n && n.amd ? n(() => a) : (this.xor4096 = a);
    })(n, typeof t == `object` && t, typeof r == `function` && r);
  }),
  Ys = o((e, t, n) => {
    var r;
    (function (e, t, n) {
      function r(e) {
        var n = ``;
        (this.next = () => {
          var e = this.b,
            n = this.c,
            r = this.d,
            i = this.a;
          return (
            (e = (e << 25) ^ (e >>> 7) ^ n),
            (n = (n - r) | 0),
            (r = (r << 24) ^ (r >>> 8) ^ i),
            (i = (i - e) | 0),
            (this.b = e = (e << 20) ^ (e >>> 12) ^ n),
            (this.c = n = (n - r) | 0),
            (this.d = (r << 16) ^ (n >>> 16) ^ i),
            (this.a = (i - e) | 0)
          );
        }),
          (this.a = 0),
          (this.b = 0),
          (this.c = -0x61c88647),
          (this.d = 0x517cc1b7),
          e === Math.floor(e) ? ((this.a = (e / 4294967296) | 0), (this.b = e | 0)) : (n += e);
        for (var r = 0; r < n.length + 20; r++) (this.b ^= n.charCodeAt(r) | 0), this.next();
      }
      function i(e, t) {
        return ((t.a = e.a), (t.b = e.b), (t.c = e.c), (t.d = e.d), t);
      }
      function a(e, t) {
        var n = new r(e),
          a = t && t.state,
          o = () => (n.next() >>> 0) / 4294967296;
        return (
          (o.double = () => {
            do var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            while (e === 0);
            return e;
          }),
          (o.int32 = n.next),
          (o.quick = o),
          a && (typeof a == `object` && i(a, n), (o.state = () => i(n, {}))),
          o
        );
      }
      t && t.exports ? (t.exports = a) : n && n.amd ? n(() => a) : (this.tychei = a);
    })(n, typeof t == `object` && t, typeof r == `function` && r);
  }),
  Xs = o((e, t, n) => {
    var r;
    ((e, n, i) => {
      var a = 256,
        o = 6,
        s = 52,
        c = `random`,
        l = i.pow(a, o),
        u = i.pow(2, s),
        d = u * 2,
        f = a - 1,
        p;
      function m(e, t, r) {
        var s = [];
        t = t == 1 ? { entropy: !0 } : t || {};
        var f = v(_(t.entropy ? [e, b(n)] : (e ?? y()), 3), s),
          p = new h(s),
          m = () => {
            for (var e = p.g(o), t = l, n = 0; e < u; ) (e = (e + n) * a), (t *= a), (n = p.g(1));
            for (; e >= d; ) (e /= 2), (t /= 2), (n >>>= 1);
            return (e + n) / t;
          };
        return (
          (m.int32 = () => p.g(4) | 0),
          (m.quick = () => p.g(4) / 4294967296),
          (m.double = m),
          v(b(p.S), n),
          (
            t.pass ||
            r ||
            ((e, t, n, r) => (
              r && (r.S && g(r, p), (e.state = () => g(p, {}))), n ? ((i[c] = e), t) : e
            ))
          )(m, f, `global` in t ? t.global : this == i, t.state)
        );
      }
      function h(e) {
        var t,
          n = e.length,
          i = 0,
          o = (this.i = this.j = 0),
          s = (this.S = []);
        for (n || (e = [n++]); i < a; ) s[i] = i++;
        for (i = 0; i < a; i++) (s[i] = s[(o = f & (o + e[i % n] + (t = s[i])))]), (s[o] = t);
        (this.g = (e) => {
          for (var t, n = 0, i = this.i, o = this.j, s = this.S; e--; )
            (t = s[(i = f & (i + 1))]),
              (n = n * a + s[f & ((s[i] = s[(o = f & (o + t))]) + (s[o] = t))]);
          return ((this.i = i), (this.j = o), n);
        })(a);
      }
      function g(e, t) {
        return ((t.i = e.i), (t.j = e.j), (t.S = e.S.slice()), t);
      }
      function _(e, t) {
        var n = [],
          r = typeof e,
          i;
        if (t && r == `object`)
          for (i in e)
            try {
              n.push(_(e[i], t - 1));
            } catch {}
        return n.length ? n : r == `string` ? e : e + `\0`;
      }
      function v(e, t) {
        for (var n = e + ``, r, i = 0; i < n.length; )
          t[f & i] = f & ((r ^= t[f & i] * 19) + n.charCodeAt(i++));
        return b(t);
      }
      function y() {
        try {
          var t;
          return (
            p && (t = p.randomBytes)
              ? (t = t(a))
              : ((t = new Uint8Array(a)), (e.crypto || e.msCrypto).getRandomValues(t)),
            b(t)
          );
        } catch {
          var r = e.navigator,
            i = r && r.plugins;
          return [+new Date(), e, i, e.screen, b(n)];
        }
      }
      function b(e) {
        return String.fromCharCode.apply(0, e);
      }
      if ((v(i.random(), n), typeof t == `object` && t.exports)) {
        t.exports = m;
        try {
          p = Ra();
        } catch {}
      } else typeof r == `function` && r.amd ? r(() => m) : (i[`seed` + c] = m);
    })(typeof self < `u` ? self : n, [], Math);
  }),
  Zs = o((e, t) => {
    var n = Ws(),
      r = Gs(),
      i = Ks(),
      a = qs(),
      o = Js(),
      s = Ys(),
      c = Xs();
    (c.alea = n),
      (c.xor128 = r),
      (c.xorwow = i),
      (c.xorshift7 = a),
      (c.xor4096 = o),
      (c.tychei = s),
      (t.exports = c);
  });
function Qs(e, t, n = 1, r = `float32`) {
  if (n === 0) throw Error(`Cannot have a step of zero`);
  const i = { start: e, stop: t, step: n, dtype: r };
  return V.runKernel(hn, {}, i);
}
function $s(e) {
  const t = { input: H(e, `input`, `real`) };
  return V.runKernel(gn, t);
}
var ec = U({ real_: $s });
function tc(e) {
  const t = { x: H(e, `x`, `reciprocal`) };
  return V.runKernel(_n, t);
}
var nc = U({ reciprocal_: tc });
function rc(e) {
  const t = { x: H(e, `x`, `relu`) };
  return V.runKernel(vn, t);
}
var ic = U({ relu_: rc });
function ac(e) {
  const t = { x: H(e, `x`, `rsqrt`, `float32`) };
  return V.runKernel(Dn, t);
}
var oc = U({ rsqrt_: ac });
function sc(e) {
  const t = { x: H(e, `x`, `sin`, `float32`) };
  return V.runKernel(`Sin`, t);
}
var cc = U({ sin_: sc });
function lc(e, t, n = 0) {
  const r = { x: H(e, `x`, `split`) },
    i = { numOrSizeSplits: t, axis: n };
  return V.runKernel(Bn, r, i);
}
var uc = U({ split_: lc });
function dc(e, t = 0) {
  const n = Hi(e, `tensors`, `stack`, `string_or_numeric`);
  v(n.length >= 1, () => `Pass at least one tensor to tf.stack`),
    n.length > 0 && v(t <= n[0].rank, () => `Axis must be <= rank of the tensor`);
  const r = n,
    i = { axis: t };
  return V.runKernel(cn, r, i);
}
var fc = U({ stack_: dc });
function pc(e, t) {
  b(e);
  const n = zi(e, t);
  if (n.length !== 1) throw Error(`tensor1d() requires values to be a flat/TypedArray`);
  return Ki(e, null, n, t);
}
function mc(e, t, n) {
  if ((b(e), t != null && t.length !== 2))
    throw Error(`tensor2d() requires shape to have two numbers`);
  const r = zi(e, n);
  if (r.length !== 2 && r.length !== 1)
    throw Error(`tensor2d() requires values to be number[][] or flat/TypedArray`);
  if (r.length === 1 && t == null)
    throw Error('tensor2d() requires shape to be provided when `values` are a flat/TypedArray');
  return Ki(e, t, r, n);
}
function hc(e, t, n) {
  let r = t.shape.length,
    i = r > 1 ? t.shape[r - 1] : 1,
    a = n.length,
    o = 1;
  for (let e = i; e < a; ++e) o *= n[e];
  const s = i < 1 ? 1 : i,
    c = x(t.shape) / s,
    l = [...P(n.slice(0, i)), 1],
    u = x(n);
  return { sliceRank: i, numUpdates: c, sliceSize: o, strides: l, outputSize: u };
}
function gc(e, t = 0) {
  const n = H(e, `x`, `unstack`, `string_or_numeric`);
  v(
    t >= -n.shape.length && t < n.shape.length,
    () => `Axis = ${t} is not in [-${n.shape.length}, ${n.shape.length})`,
  );
  const r = { value: n },
    i = { axis: t };
  return V.runKernel(or, r, i);
}
var _c = U({ unstack_: gc });
function vc(e, t = !0, n, r) {
  return V.makeVariable(e, t, n, r);
}
function yc(e, t) {
  const n = [];
  for (let e = 0; e < t.length; e++) t[e] && n.push(e);
  const r = G(e, `int32`),
    i = G([n.length, e.length], `int32`);
  for (let t = 0; t < n.length; t++) {
    const a = r.indexToLoc(n[t]),
      o = t * e.length;
    i.values.set(a, o);
  }
  return i.toTensor();
}
function bc(e, t, n) {
  const r = H(e, `x`, `transpose`);
  if (
    ((t ??= r.shape.map((e, t) => t).reverse()),
    v(
      r.rank === t.length,
      () => `Error in transpose: rank of input ${r.rank} must match length of perm ${t}.`,
    ),
    t.forEach((e) => {
      v(
        e >= 0 && e < r.rank,
        () => `All entries in 'perm' must be between 0 and ${r.rank - 1} but got ${t}`,
      );
    }),
    r.rank <= 1)
  )
    return r.clone();
  const i = { x: r },
    a = { perm: t };
  return r.dtype === `complex64`
    ? W(() => {
        let e = ec(r),
          t = _s(r);
        return (
          (e = V.runKernel(ir, { x: e }, a)),
          (t = V.runKernel(ir, { x: t }, a)),
          n && (t = Ds(t)),
          Gi(e, t)
        );
      })
    : V.runKernel(ir, i, a);
}
var xc = U({ transpose_: bc });
function Sc(e, t, n) {
  const r = Cc(e, t, n),
    i = r < 0 ? -(r + 1) : r;
  e.splice(i, 0, t);
}
function Cc(e, t, n) {
  return Tc(e, t, n || wc);
}
function wc(e, t) {
  return e > t ? 1 : e < t ? -1 : 0;
}
function Tc(e, t, n) {
  let r = 0,
    i = e.length,
    a = 0,
    o = !1;
  for (; r < i; ) {
    a = r + ((i - r) >>> 1);
    const s = n(t, e[a]);
    s > 0 ? (r = a + 1) : ((i = a), (o = !s));
  }
  return o ? r : -r - 1;
}
function Ec(e, t, n, r, i) {
  return kc(e, t, n, r, i, 0);
}
function Dc(e, t, n, r, i, a) {
  return kc(e, t, n, r, i, 0, !1, a, !0);
}
function Oc(e, t, n, r, i, a) {
  return kc(e, t, n, r, i, a, !0);
}
function kc(e, t, n, r, i, a, o = !1, s = !1, c = !1) {
  const l = [];
  for (let e = 0; e < t.length; e++)
    t[e] > i && l.push({ score: t[e], boxIndex: e, suppressBeginIndex: 0 });
  l.sort(Mc);
  const u = a > 0 ? -0.5 / a : 0,
    d = [],
    f = [];
  for (; d.length < n && l.length > 0; ) {
    const t = l.pop(),
      { score: n, boxIndex: a, suppressBeginIndex: o } = t;
    if (n < i) break;
    let s = !1;
    for (let n = d.length - 1; n >= o; --n) {
      const o = Ac(e, a, d[n]);
      if (o >= r) {
        s = !0;
        break;
      }
      if (((t.score *= jc(r, u, o)), t.score <= i)) break;
    }
    (t.suppressBeginIndex = d.length),
      s || (t.score === n ? (d.push(a), f.push(t.score)) : t.score > i && Sc(l, t, Mc));
  }
  const p = d.length,
    m = n - p;
  s && m > 0 && (d.push(...Array(m).fill(0)), f.push(...Array(m).fill(0)));
  const h = { selectedIndices: d };
  return (o && (h.selectedScores = f), c && (h.validOutputs = p), h);
}
function Ac(e, t, n) {
  const r = e.subarray(t * 4, t * 4 + 4),
    i = e.subarray(n * 4, n * 4 + 4),
    a = Math.min(r[0], r[2]),
    o = Math.min(r[1], r[3]),
    s = Math.max(r[0], r[2]),
    c = Math.max(r[1], r[3]),
    l = Math.min(i[0], i[2]),
    u = Math.min(i[1], i[3]),
    d = Math.max(i[0], i[2]),
    f = Math.max(i[1], i[3]),
    p = (s - a) * (c - o),
    m = (d - l) * (f - u);
  if (p <= 0 || m <= 0) return 0;
  const h = Math.max(a, l),
    g = Math.max(o, u),
    _ = Math.min(s, d),
    v = Math.min(c, f),
    y = Math.max(_ - h, 0) * Math.max(v - g, 0);
  return y / (p + m - y);
}
function jc(e, t, n) {
  const r = Math.exp(t * n * n);
  return n <= e ? r : 0;
}
function Mc(e, t) {
  return e.score - t.score || (e.score === t.score && t.boxIndex - e.boxIndex);
}
var Nc = new Map(),
  Pc = new Map(),
  Fc = class {
    getClassName() {
      return this.constructor.className;
    }
    static fromConfig(e, t) {
      return new e(t);
    }
  },
  Ic = class e {
    constructor() {
      this.classNameMap = {};
    }
    static getMap() {
      return ((e.instance ??= new e()), e.instance);
    }
    static register(t) {
      e.getMap().classNameMap[t.className] = [t, t.fromConfig];
    }
  };
function Lc(e, t, n) {
  v(
    e.className != null,
    () => `Class being registered does not have the static className property defined.`,
  ),
    v(
      typeof e.className == `string`,
      () => `className is required to be a string, but got type ` + typeof e.className,
    ),
    v(
      e.className.length > 0,
      () => `Class being registered has an empty-string as its className, which is disallowed.`,
    ),
    t === void 0 && (t = `Custom`),
    n === void 0 && (n = e.className);
  const r = n,
    i = t + `>` + r;
  return (Ic.register(e), Nc.set(i, e), Pc.set(e, i), e);
}
var Rc = class extends Fc {
  minimize(e, t = !1, n) {
    const { value: r, grads: i } = this.computeGradients(e, n);
    if (n != null) {
      const e = n.map((e) => ({ name: e.name, tensor: i[e.name] }));
      this.applyGradients(e);
    } else this.applyGradients(i);
    return (Zi(i), t ? r : (r.dispose(), null));
  }
  get iterations() {
    return ((this.iterations_ ??= 0), this.iterations_);
  }
  incrementIterations() {
    this.iterations_ = this.iterations + 1;
  }
  computeGradients(e, t) {
    return ws(e, t);
  }
  dispose() {
    this.iterations_ != null && Zi(this.iterations_);
  }
  async saveIterations() {
    return ((this.iterations_ ??= 0), { name: `iter`, tensor: ts(this.iterations_, `int32`) });
  }
  async getWeights() {
    throw Error(`getWeights() is not implemented for this optimizer yet.`);
  }
  async setWeights(e) {
    throw Error(`setWeights() is not implemented for this optimizer class ${this.getClassName()}`);
  }
  async extractIterations(e) {
    return ((this.iterations_ = (await e[0].tensor.data())[0]), e.slice(1));
  }
};
Object.defineProperty(Rc, Symbol.hasInstance, {
  value: (e) => e.minimize != null && e.computeGradients != null && e.applyGradients != null,
});
var zc = class extends Rc {
    static get className() {
      return `Adadelta`;
    }
    constructor(e, t, n = null) {
      super(),
        (this.learningRate = e),
        (this.rho = t),
        (this.epsilon = n),
        (this.accumulatedGrads = []),
        (this.accumulatedUpdates = []),
        n ?? (this.epsilon = V.backend.epsilon());
    }
    applyGradients(e) {
      (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
        const r = V.registeredVariables[t];
        this.accumulatedGrads[n] ??
          (this.accumulatedGrads[n] = {
            originalName: `${t}/accum_grad`,
            variable: W(() => Bo(r).variable(!1)),
          }),
          this.accumulatedUpdates[n] ??
            (this.accumulatedUpdates[n] = {
              originalName: `${t}/accum_var`,
              variable: W(() => Bo(r).variable(!1)),
            });
        const i = Array.isArray(e) ? e[n].tensor : e[t];
        if (i == null) return;
        const a = this.accumulatedGrads[n].variable,
          o = this.accumulatedUpdates[n].variable;
        W(() => {
          const e = K(q(a, this.rho), q(as(i), 1 - this.rho)),
            t = q(Za(rs(K(o, this.epsilon)), rs(K(a, this.epsilon))), i),
            n = K(q(o, this.rho), q(as(t), 1 - this.rho));
          a.assign(e), o.assign(n);
          const s = K(q(t, -this.learningRate), r);
          r.assign(s);
        });
      }),
        this.incrementIterations();
    }
    dispose() {
      this.accumulatedUpdates != null &&
        (Zi(this.accumulatedGrads.map((e) => e.variable)),
        Zi(this.accumulatedUpdates.map((e) => e.variable)));
    }
    async getWeights() {
      const e = [...this.accumulatedGrads, ...this.accumulatedUpdates];
      return [await this.saveIterations()].concat(
        e.map((e) => ({ name: e.originalName, tensor: e.variable })),
      );
    }
    async setWeights(e) {
      e = await this.extractIterations(e);
      const t = e.length / 2;
      (this.accumulatedGrads = e
        .slice(0, t)
        .map((e) => ({ originalName: e.name, variable: e.tensor.variable(!1) }))),
        (this.accumulatedUpdates = e
          .slice(t, t * 2)
          .map((e) => ({ originalName: e.name, variable: e.tensor.variable(!1) })));
    }
    getConfig() {
      return { learningRate: this.learningRate, rho: this.rho, epsilon: this.epsilon };
    }
    static fromConfig(e, t) {
      return new e(t.learningRate, t.rho, t.epsilon);
    }
  },
  Bc = class extends Rc {
    static get className() {
      return `Adagrad`;
    }
    constructor(e, t = 0.1) {
      super(),
        (this.learningRate = e),
        (this.initialAccumulatorValue = t),
        (this.accumulatedGrads = []);
    }
    applyGradients(e) {
      (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
        const r = V.registeredVariables[t];
        this.accumulatedGrads[n] ??
          (this.accumulatedGrads[n] = {
            originalName: `${t}/accumulator`,
            variable: W(() => Ao(r.shape, this.initialAccumulatorValue).variable(!1)),
          });
        const i = Array.isArray(e) ? e[n].tensor : e[t];
        if (i == null) return;
        const a = this.accumulatedGrads[n].variable;
        W(() => {
          const e = K(a, as(i));
          a.assign(e);
          const t = K(q(Za(i, rs(K(e, V.backend.epsilon()))), -this.learningRate), r);
          r.assign(t);
        });
      }),
        this.incrementIterations();
    }
    dispose() {
      this.accumulatedGrads != null && Zi(this.accumulatedGrads.map((e) => e.variable));
    }
    async getWeights() {
      return [await this.saveIterations()].concat(
        this.accumulatedGrads.map((e) => ({ name: e.originalName, tensor: e.variable })),
      );
    }
    async setWeights(e) {
      (e = await this.extractIterations(e)),
        (this.accumulatedGrads = e.map((e) => ({
          originalName: e.name,
          variable: e.tensor.variable(!1),
        })));
    }
    getConfig() {
      return {
        learningRate: this.learningRate,
        initialAccumulatorValue: this.initialAccumulatorValue,
      };
    }
    static fromConfig(e, t) {
      return new e(t.learningRate, t.initialAccumulatorValue);
    }
  },
  Vc = class extends Rc {
    static get className() {
      return `Adam`;
    }
    constructor(e, t, n, r = null) {
      super(),
        (this.learningRate = e),
        (this.beta1 = t),
        (this.beta2 = n),
        (this.epsilon = r),
        (this.accumulatedFirstMoment = []),
        (this.accumulatedSecondMoment = []),
        W(() => {
          (this.accBeta1 = ts(t).variable()), (this.accBeta2 = ts(n).variable());
        }),
        r ?? (this.epsilon = V.backend.epsilon());
    }
    applyGradients(e) {
      const t = Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e);
      W(() => {
        const n = ks(1, this.accBeta1),
          r = ks(1, this.accBeta2);
        t.forEach((t, i) => {
          const a = V.registeredVariables[t];
          this.accumulatedFirstMoment[i] ??
            (this.accumulatedFirstMoment[i] = {
              originalName: `${t}/m`,
              variable: W(() => Bo(a).variable(!1)),
            }),
            this.accumulatedSecondMoment[i] ??
              (this.accumulatedSecondMoment[i] = {
                originalName: `${t}/v`,
                variable: W(() => Bo(a).variable(!1)),
              });
          const o = Array.isArray(e) ? e[i].tensor : e[t];
          if (o == null) return;
          const s = this.accumulatedFirstMoment[i].variable,
            c = this.accumulatedSecondMoment[i].variable,
            l = K(q(s, this.beta1), q(o, 1 - this.beta1)),
            u = K(q(c, this.beta2), q(as(o), 1 - this.beta2)),
            d = Za(l, n),
            f = Za(u, r);
          s.assign(l), c.assign(u);
          const p = K(q(Za(d, K(rs(f), this.epsilon)), -this.learningRate), a);
          a.assign(p);
        }),
          this.accBeta1.assign(q(this.accBeta1, this.beta1)),
          this.accBeta2.assign(q(this.accBeta2, this.beta2));
      }),
        this.incrementIterations();
    }
    dispose() {
      this.accBeta1.dispose(),
        this.accBeta2.dispose(),
        this.accumulatedFirstMoment != null &&
          Zi(this.accumulatedFirstMoment.map((e) => e.variable)),
        this.accumulatedSecondMoment != null &&
          Zi(this.accumulatedSecondMoment.map((e) => e.variable));
    }
    async getWeights() {
      const e = [...this.accumulatedFirstMoment, ...this.accumulatedSecondMoment];
      return [await this.saveIterations()].concat(
        e.map((e) => ({ name: e.originalName, tensor: e.variable })),
      );
    }
    async setWeights(e) {
      (e = await this.extractIterations(e)),
        W(() => {
          this.accBeta1.assign(es(this.beta1, this.iterations_ + 1)),
            this.accBeta2.assign(es(this.beta2, this.iterations_ + 1));
        });
      const t = e.length / 2;
      (this.accumulatedFirstMoment = e
        .slice(0, t)
        .map((e) => ({ originalName: e.name, variable: e.tensor.variable(!1) }))),
        (this.accumulatedSecondMoment = e
          .slice(t, t * 2)
          .map((e) => ({ originalName: e.name, variable: e.tensor.variable(!1) })));
    }
    getConfig() {
      return {
        learningRate: this.learningRate,
        beta1: this.beta1,
        beta2: this.beta2,
        epsilon: this.epsilon,
      };
    }
    static fromConfig(e, t) {
      return new e(t.learningRate, t.beta1, t.beta2, t.epsilon);
    }
  },
  Hc = class extends Rc {
    static get className() {
      return `Adamax`;
    }
    constructor(e, t, n, r = null, i = 0) {
      super(),
        (this.learningRate = e),
        (this.beta1 = t),
        (this.beta2 = n),
        (this.epsilon = r),
        (this.decay = i),
        (this.accumulatedFirstMoment = []),
        (this.accumulatedWeightedInfNorm = []),
        W(() => {
          (this.iteration = ts(0).variable()), (this.accBeta1 = ts(t).variable());
        }),
        r ?? (this.epsilon = V.backend.epsilon());
    }
    applyGradients(e) {
      const t = Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e);
      W(() => {
        const n = ks(1, this.accBeta1),
          r = Za(-this.learningRate, K(q(this.iteration, this.decay), 1));
        t.forEach((t, i) => {
          const a = V.registeredVariables[t];
          this.accumulatedFirstMoment[i] ??
            (this.accumulatedFirstMoment[i] = {
              originalName: `${t}/m`,
              variable: Bo(a).variable(!1),
            }),
            this.accumulatedWeightedInfNorm[i] ??
              (this.accumulatedWeightedInfNorm[i] = {
                originalName: `${t}/v`,
                variable: Bo(a).variable(!1),
              });
          const o = Array.isArray(e) ? e[i].tensor : e[t];
          if (o == null) return;
          const s = this.accumulatedFirstMoment[i].variable,
            c = this.accumulatedWeightedInfNorm[i].variable,
            l = K(q(s, this.beta1), q(o, 1 - this.beta1)),
            u = Ns(q(c, this.beta2), eo(o));
          s.assign(l), c.assign(u);
          const d = K(q(Za(r, n), Za(l, K(u, this.epsilon))), a);
          a.assign(d);
        }),
          this.iteration.assign(K(this.iteration, 1)),
          this.accBeta1.assign(q(this.accBeta1, this.beta1));
      }),
        this.incrementIterations();
    }
    dispose() {
      this.accBeta1.dispose(),
        this.iteration.dispose(),
        this.accumulatedFirstMoment != null &&
          Zi(this.accumulatedFirstMoment.map((e) => e.variable)),
        this.accumulatedWeightedInfNorm != null &&
          Zi(this.accumulatedWeightedInfNorm.map((e) => e.variable));
    }
    async getWeights() {
      throw Error(`getWeights() is not implemented for Adamax yet.`);
    }
    async setWeights(e) {
      throw Error(`setWeights() is not implemented for Adamax yet.`);
    }
    getConfig() {
      return {
        learningRate: this.learningRate,
        beta1: this.beta1,
        beta2: this.beta2,
        epsilon: this.epsilon,
        decay: this.decay,
      };
    }
    static fromConfig(e, t) {
      return new e(t.learningRate, t.beta1, t.beta2, t.epsilon, t.decay);
    }
  },
  Uc = class extends Rc {
    static get className() {
      return `SGD`;
    }
    constructor(e) {
      super(), (this.learningRate = e), this.setLearningRate(e);
    }
    applyGradients(e) {
      (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
        const r = Array.isArray(e) ? e[n].tensor : e[t];
        if (r == null) return;
        const i = V.registeredVariables[t];
        W(() => {
          const e = K(q(this.c, r), i);
          i.assign(e);
        });
      }),
        this.incrementIterations();
    }
    setLearningRate(e) {
      (this.learningRate = e), this.c != null && this.c.dispose(), (this.c = Qi(ts(-e)));
    }
    dispose() {
      this.c.dispose();
    }
    async getWeights() {
      return [await this.saveIterations()];
    }
    async setWeights(e) {
      if (((e = await this.extractIterations(e)), e.length !== 0))
        throw Error(`SGD optimizer does not have settable weights.`);
    }
    getConfig() {
      return { learningRate: this.learningRate };
    }
    static fromConfig(e, t) {
      return new e(t.learningRate);
    }
  },
  Wc = class extends Uc {
    static get className() {
      return `Momentum`;
    }
    constructor(e, t, n = !1) {
      super(e),
        (this.learningRate = e),
        (this.momentum = t),
        (this.useNesterov = n),
        (this.accumulations = []),
        (this.m = ts(this.momentum));
    }
    applyGradients(e) {
      (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
        const r = V.registeredVariables[t];
        this.accumulations[n] ??
          (this.accumulations[n] = {
            originalName: `${t}/momentum`,
            variable: W(() => Bo(r).variable(!1)),
          });
        const i = this.accumulations[n].variable,
          a = Array.isArray(e) ? e[n].tensor : e[t];
        a != null &&
          W(() => {
            let e,
              t = K(q(this.m, i), a);
            (e = this.useNesterov ? K(q(this.c, K(a, q(t, this.m))), r) : K(q(this.c, t), r)),
              i.assign(t),
              r.assign(e);
          });
      }),
        this.incrementIterations();
    }
    dispose() {
      this.m.dispose(), this.accumulations != null && Zi(this.accumulations.map((e) => e.variable));
    }
    setMomentum(e) {
      this.momentum = e;
    }
    async getWeights() {
      return [await this.saveIterations()].concat(
        this.accumulations.map((e) => ({ name: e.originalName, tensor: e.variable })),
      );
    }
    async setWeights(e) {
      (e = await this.extractIterations(e)),
        (this.accumulations = e.map((e) => ({
          originalName: e.name,
          variable: e.tensor.variable(!1),
        })));
    }
    getConfig() {
      return {
        learningRate: this.learningRate,
        momentum: this.momentum,
        useNesterov: this.useNesterov,
      };
    }
    static fromConfig(e, t) {
      return new e(t.learningRate, t.momentum, t.useNesterov);
    }
  },
  Gc = class extends Rc {
    static get className() {
      return `RMSProp`;
    }
    constructor(e, t = 0.9, n = 0, r = null, i = !1) {
      if (
        (super(),
        (this.learningRate = e),
        (this.decay = t),
        (this.momentum = n),
        (this.epsilon = r),
        (this.accumulatedMeanSquares = []),
        (this.accumulatedMoments = []),
        (this.accumulatedMeanGrads = []),
        (this.centered = i),
        r ?? (this.epsilon = V.backend.epsilon()),
        e == null)
      )
        throw Error(`learningRate for RMSPropOptimizer must be defined.`);
    }
    applyGradients(e) {
      (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
        const r = V.registeredVariables[t];
        this.accumulatedMeanSquares[n] ??
          (this.accumulatedMeanSquares[n] = {
            originalName: `${t}/rms`,
            variable: W(() => Bo(r).variable(!1)),
          }),
          this.accumulatedMoments[n] ??
            (this.accumulatedMoments[n] = {
              originalName: `${t}/momentum`,
              variable: W(() => Bo(r).variable(!1)),
            }),
          this.accumulatedMeanGrads[n] == null &&
            this.centered &&
            (this.accumulatedMeanGrads[n] = {
              originalName: `${t}/mg`,
              variable: W(() => Bo(r).variable(!1)),
            });
        const i = Array.isArray(e) ? e[n].tensor : e[t];
        if (i == null) return;
        const a = this.accumulatedMeanSquares[n].variable,
          o = this.accumulatedMoments[n].variable;
        W(() => {
          const e = K(q(a, this.decay), q(as(i), 1 - this.decay));
          if (this.centered) {
            const t = this.accumulatedMeanGrads[n].variable,
              s = K(q(t, this.decay), q(i, 1 - this.decay)),
              c = Za(q(i, this.learningRate), rs(ks(e, K(as(s), this.epsilon)))),
              l = K(q(o, this.momentum), c);
            a.assign(e), t.assign(s), o.assign(l);
            const u = ks(r, l);
            r.assign(u);
          } else {
            const e = K(q(a, this.decay), q(as(i), 1 - this.decay)),
              t = K(q(o, this.momentum), Za(q(i, this.learningRate), rs(K(e, this.epsilon))));
            a.assign(e), o.assign(t);
            const n = ks(r, t);
            r.assign(n);
          }
        });
      }),
        this.incrementIterations();
    }
    dispose() {
      this.accumulatedMeanSquares != null && Zi(this.accumulatedMeanSquares.map((e) => e.variable)),
        this.accumulatedMeanGrads != null &&
          this.centered &&
          Zi(this.accumulatedMeanGrads.map((e) => e.variable)),
        this.accumulatedMoments != null && Zi(this.accumulatedMoments.map((e) => e.variable));
    }
    async getWeights() {
      const e = [...this.accumulatedMeanSquares, ...this.accumulatedMoments];
      return (
        this.centered && e.push(...this.accumulatedMeanGrads),
        [await this.saveIterations()].concat(
          e.map((e) => ({ name: e.originalName, tensor: e.variable })),
        )
      );
    }
    async setWeights(e) {
      e = await this.extractIterations(e);
      const t = this.centered ? e.length / 3 : e.length / 2;
      (this.accumulatedMeanSquares = e
        .slice(0, t)
        .map((e) => ({ originalName: e.name, variable: e.tensor.variable(!1) }))),
        (this.accumulatedMoments = e
          .slice(t, t * 2)
          .map((e) => ({ originalName: e.name, variable: e.tensor.variable(!1) }))),
        this.centered &&
          (this.accumulatedMeanGrads = e
            .slice(t * 2, t * 3)
            .map((e) => ({ originalName: e.name, variable: e.tensor.variable(!1) })));
    }
    getConfig() {
      return {
        learningRate: this.learningRate,
        decay: this.decay,
        momentum: this.momentum,
        epsilon: this.epsilon,
        centered: this.centered,
      };
    }
    static fromConfig(e, t) {
      return new e(t.learningRate, t.decay, t.momentum, t.epsilon, t.centered);
    }
  },
  Kc = [zc, Bc, Vc, Hc, Wc, Gc, Uc];
function qc() {
  for (const e of Kc) Lc(e);
}
function Jc(e, t) {
  const n = e.shape.length,
    r = t.shape.length;
  if (n < 1)
    throw Error(`tf.gatherND() expects the input to be rank 1 or higher, but the rank was ${n}.`);
  if (r < 1)
    throw Error(`tf.gatherND() expects the indices to be rank 1 or higher, but the rank was ${r}.`);
  if (t.dtype !== `int32`)
    throw Error(
      `tf.gatherND() expects the indices to be int32 type, but the dtype was ${t.dtype}.`,
    );
  if (t.shape[r - 1] > n)
    throw Error(
      `index innermost dimension length must be <= tensor rank; saw: ${t.shape[r - 1]} vs. ${n}`,
    );
  if (x(e.shape) === 0)
    throw Error(`Requested more than 0 entries, but input is empty. Input shape: ${e.shape}.`);
  let i = t.shape,
    a = i[i.length - 1],
    o = 1;
  for (let e = 0; e < i.length - 1; ++e) o *= i[e];
  const s = e.shape,
    c = i.slice();
  c.pop();
  let l = 1;
  for (let e = a; e < n; ++e) (l *= s[e]), c.push(s[e]);
  const u = [...P(e.shape).map((e) => e / l), 1].slice(0, a);
  return [c, o, l, u];
}
var Yc = -2,
  Xc = -1;
function Zc(e, t, n) {
  const r = e.shape.length;
  v(
    r === t.length,
    () => `Error in slice${r}D: Length of begin ${t} must match the rank of the array (${r}).`,
  ),
    v(
      r === n.length,
      () => `Error in slice${r}D: Length of size ${n} must match the rank of the array (${r}).`,
    );
  for (let i = 0; i < r; ++i)
    v(
      t[i] + n[i] <= e.shape[i],
      () =>
        `Error in slice${r}D: begin[${i}] + size[${i}] (${t[i] + n[i]}) would overflow input.shape[${i}] (${e.shape[i]})`,
    );
}
function Qc(e, t, n) {
  const r = [];
  for (let i = 0; i < e.length; i++) r[i] = Math.ceil((t[i] - e[i]) / n[i]);
  return r;
}
function $c(e, t, n) {
  let r = n.length;
  for (let e = 0; e < n.length; e++)
    if (n[e] > 1) {
      r = e;
      break;
    }
  for (let i = r + 1; i < n.length; i++) if (t[i] > 0 || n[i] !== e[i]) return !1;
  return !0;
}
function el(e, t) {
  let n = e.length > 0 ? e[e.length - 1] : 1;
  for (let r = 0; r < e.length - 1; r++) n += e[r] * t[r];
  return n;
}
function tl(e, t, n) {
  let r,
    i = e.shape.length;
  (r =
    typeof t == `number`
      ? [t, ...Array(i - 1).fill(0)]
      : t.length < i
        ? t.concat(Array(i - t.length).fill(0))
        : t.slice()),
    r.forEach((e) => {
      v(e !== -1, () => `slice() does not support negative begin indexing.`);
    });
  let a;
  return (
    (a =
      n == null
        ? Array(i).fill(-1)
        : typeof n == `number`
          ? [n, ...Array(i - 1).fill(-1)]
          : n.length < i
            ? n.concat(Array(i - n.length).fill(-1))
            : n),
    (a = a.map((t, n) =>
      t >= 0
        ? t
        : (v(
            t === -1,
            () =>
              `Negative size values should be exactly -1 but got ${t} for the slice() size at index ${n}.`,
          ),
          e.shape[n] - r[n]),
    )),
    [r, a]
  );
}
function nl(e, t, n, r, i, a, o, s, c) {
  let l;
  if ((r == null ? ((l = Array(t.length)), l.fill(1)) : (l = r), o != null && o & (o - 1)))
    throw Error(`Multiple ellipses in slice is not allowed.`);
  let u = !1,
    d = {
      dims: l.length,
      numAddAxisAfterEllipsis: 0,
      begin: t.slice(),
      end: n.slice(),
      strides: l.slice(),
      beginMask: i,
      endMask: a,
      ellipsisMask: o,
      newAxisMask: s,
      shrinkAxisMask: c,
    };
  for (let e = 0; e < d.dims; e++)
    u && (1 << e) & s && d.numAddAxisAfterEllipsis++, (1 << e) & o && (u = !0);
  u || ((d.ellipsisMask |= 1 << d.dims), d.dims++);
  const f = { dims: e.length, beginMask: 0, endMask: 0, beginValid: !1, endValid: !1 };
  rl(d, f);
  let p = !0,
    m = !0,
    h = !0,
    g = [],
    _ = [];
  for (let t = 0; t < e.length; ++t) {
    if (f.strides[t] === 0) throw Error(`strides[${t}] must be non-zero`);
    const n = !!(f.shrinkAxisMask & (1 << t)),
      r = e[t];
    if (r === -1) {
      g.push(n ? 1 : -1);
      continue;
    }
    const i = [f.beginMask & (1 << t), f.endMask & (1 << t)],
      a = [f.strides[t] > 0 ? 0 : -1, f.strides[t] > 0 ? r : r - 1];
    if (n && f.strides[t] <= 0) throw Error(`only stride 1 allowed on non-range indexing.`);
    h &&= f.strides[t] === 1;
    const o = !!(f.beginMask & (1 << t) && f.endMask & (1 << t));
    if (f.beginValid && f.endValid) {
      if (n) {
        const e = f.begin[t] < 0 ? r + f.begin[t] : f.begin[t];
        if (((f.begin[t] = e), (f.end[t] = f.begin[t] + 1), e < 0 || e >= r))
          throw Error(`slice index ${f.begin[t]} of dimension ${t} out of bounds.`);
      } else
        (f.begin[t] = il(f.begin[t], 0, f.strides[t], r, i, a)),
          (f.end[t] = il(f.end[t], 1, f.strides[t], r, i, a));
      const e = f.strides[t] === 1 && f.begin[t] === 0 && f.end[t] === r;
      (p &&= e), (m &&= (t === 0 && f.strides[t] === 1) || e);
    } else (p = p && f.strides[t] === 1 && o), (m &&= (t === 0 && f.strides[t] === 1) || o);
    let s,
      c = !1;
    if (
      (f.beginValid && f.endValid
        ? ((s = f.end[t] - f.begin[t]), (c = !0))
        : n
          ? ((s = 1), (c = !0))
          : o && r >= 0 && ((s = f.strides[t] < 0 ? -r : r), (c = !0)),
      c)
    ) {
      let e;
      (e =
        s === 0 || s < 0 != f.strides[t] < 0
          ? 0
          : Math.trunc(s / f.strides[t]) + (s % f.strides[t] === 0 ? 0 : 1)),
        g.push(e);
    } else g.push(-1);
  }
  for (let e = 0; e < f.finalShapeGatherIndices.length; ++e) {
    const t = f.finalShapeGatherIndices[e];
    t >= 0 ? _.push(g[t]) : t === Yc && _.push(1);
  }
  return {
    finalShapeSparse: _.filter((e, t) => f.finalShapeGatherIndices[t] !== Yc),
    finalShape: _,
    isIdentity: p,
    sliceDim0: m,
    isSimpleSlice: h,
    begin: f.begin,
    end: f.end,
    strides: f.strides,
  };
}
function rl(e, t) {
  (t.beginMask = 0), (t.endMask = 0), (t.shrinkAxisMask = 0);
  let n = 0;
  (t.beginValid = e.begin != null),
    (t.endValid = e.end != null),
    (t.begin = Array(t.dims)),
    (t.end = Array(t.dims)),
    (t.strides = Array(t.dims)),
    (t.finalShapeGatherIndices = []),
    (t.finalShapeGatherIndicesSparse = []),
    (t.inputShapeGatherIndicesSparse = Array(t.dims));
  for (let r = 0; r < e.dims; r++)
    if ((1 << r) & e.ellipsisMask) {
      const i = Math.min(t.dims - (e.dims - r) + 1 + e.numAddAxisAfterEllipsis, t.dims);
      for (; n < i; n++)
        (t.begin[n] = 0),
          (t.end[n] = 0),
          (t.strides[n] = 1),
          (t.beginMask |= 1 << n),
          (t.endMask |= 1 << n),
          t.finalShapeGatherIndices.push(n),
          t.finalShapeGatherIndicesSparse.push(-1),
          (t.inputShapeGatherIndicesSparse[n] = r);
    } else if ((1 << r) & e.newAxisMask)
      t.finalShapeGatherIndices.push(Yc), t.finalShapeGatherIndicesSparse.push(-1);
    else {
      if (n === t.begin.length)
        throw Error(
          `Index out of range using input dim ${n}; input has only ${t.dims} dims, ${t.begin.length}.`,
        );
      e.begin != null && (t.begin[n] = e.begin[r]),
        e.end != null && (t.end[n] = e.end[r]),
        (t.strides[n] = e.strides[r]),
        e.beginMask & (1 << r) && (t.beginMask |= 1 << n),
        e.endMask & (1 << r) && (t.endMask |= 1 << n),
        e.shrinkAxisMask & (1 << r)
          ? (t.finalShapeGatherIndices.push(Xc),
            t.finalShapeGatherIndicesSparse.push(-1),
            (t.shrinkAxisMask |= 1 << n))
          : (t.finalShapeGatherIndices.push(n), t.finalShapeGatherIndicesSparse.push(r)),
        (t.inputShapeGatherIndicesSparse[n] = r),
        n++;
    }
}
function il(e, t, n, r, i, a) {
  if (i[t]) return n > 0 ? a[t] : a[(t + 1) & 1];
  {
    const t = e < 0 ? r + e : e;
    return t < a[0] ? a[0] : t > a[1] ? a[1] : t;
  }
}
var al = class {
  static sgd(e) {
    return new Uc(e);
  }
  static momentum(e, t, n = !1) {
    return new Wc(e, t, n);
  }
  static rmsprop(e, t = 0.9, n = 0, r = null, i = !1) {
    return new Gc(e, t, n, r, i);
  }
  static adam(e = 0.001, t = 0.9, n = 0.999, r = null) {
    return new Vc(e, t, n, r);
  }
  static adadelta(e = 0.001, t = 0.95, n = null) {
    return new zc(e, t, n);
  }
  static adamax(e = 0.002, t = 0.9, n = 0.999, r = null, i = 0) {
    return new Hc(e, t, n, r, i);
  }
  static adagrad(e, t = 0.1) {
    return new Bc(e, t);
  }
};
function ol(e, t) {
  const n = e[0].length;
  e.forEach((e, t) => {
    v(
      e.length === n,
      () =>
        `Error in concat${n}D: rank of tensors[${t}] must be the same as the rank of the rest (${n})`,
    );
  }),
    v(t >= 0 && t < n, () => `Error in concat${n}D: axis must be between 0 and ${n - 1}.`);
  const r = e[0];
  e.forEach((e, i) => {
    for (let a = 0; a < n; a++)
      v(
        a === t || e[a] === r[a],
        () =>
          `Error in concat${n}D: Shape of tensors[${i}] (${e}) does not match the shape of the rest (${r}) along the non-concatenated axis ${i}.`,
      );
  });
}
function sl(e, t) {
  const n = e[0].slice();
  for (let r = 1; r < e.length; r++) n[t] += e[r][t];
  return n;
}
var cl;
((e) => {
  (e[(e.FIRST_DIM_SIZE = 0)] = `FIRST_DIM_SIZE`),
    (e[(e.VALUE_ROWIDS = 1)] = `VALUE_ROWIDS`),
    (e[(e.ROW_LENGTHS = 2)] = `ROW_LENGTHS`),
    (e[(e.ROW_SPLITS = 3)] = `ROW_SPLITS`),
    (e[(e.ROW_LIMITS = 4)] = `ROW_LIMITS`),
    (e[(e.ROW_STARTS = 5)] = `ROW_STARTS`);
})((cl ||= {}));
function ll(e, t, n) {
  let r = [];
  if (n == null && t == null) return r;
  if (t == null) for (; r.length < e + n.length; ) r.push(-1);
  else r = t.slice();
  if (n == null) return r;
  if (e + n.length !== r.length)
    throw Error(
      `rt input.shape and shape=${t} are incompatible: rt input.rank = ${e + n.length}, but shape.rank = ${r.length}`,
    );
  for (let i = 1; i < n.length; ++i) {
    const a = n[i],
      o = r[r.length - n.length + i],
      s = r[o];
    if (a >= 0) {
      if (s >= 0) {
        if (s !== a)
          throw Error(
            `rt input.shape and shape=${t} are incompatible: rt input.shape[${i + e}] = ${a} but shape[${i + e}] = ${s}`,
          );
      } else r[o] = a;
    }
  }
  return r;
}
function ul(e) {
  const t = {
      FIRST_DIM_SIZE: cl.FIRST_DIM_SIZE,
      VALUE_ROWIDS: cl.VALUE_ROWIDS,
      ROW_LENGTHS: cl.ROW_LENGTHS,
      ROW_SPLITS: cl.ROW_SPLITS,
      ROW_LIMITS: cl.ROW_LIMITS,
      ROW_STARTS: cl.ROW_STARTS,
    },
    n = [];
  for (const r of e)
    if (r in t) n.push(t[r]);
    else break;
  return n;
}
function dl(e) {
  return e.length === 0 ? 0 : e[0] === cl.FIRST_DIM_SIZE ? e.length - 1 : e.length;
}
function fl(e, t) {
  if (e == null || t == null) return;
  const n = e.length,
    r = t.length;
  if (n >= r)
    throw Error(
      `defaultValue.shape=${e} and ragged tensor flatValues.shape=${t}, are incompatible: defaultValue.rank = ${n} must be less than ragged tensor input flatValues.rank = ${r})`,
    );
  for (let i = 0; i < Math.min(n, r - 1); ++i) {
    const n = e[i],
      r = t[i + 1];
    if (n >= 0 && r >= 0 && n !== 1 && n !== r)
      throw Error(
        `defaultValue.shape=${e}, and ragged tensor input flatValues.shape=${t} are incompatible: defaultValue.shape[${i - e.length}] = ${n} but ragged tensor input.flatValues.shape[${i - e.length}] = ${r}`,
      );
  }
}
function pl(e, t, n) {
  return [n * (typeof e == `number` ? e : e[0]), t * (typeof e == `number` ? e : e[1])];
}
function ml(e, t, n, r = !0) {
  let i = [];
  if (r) (i = i.concat(t.slice(0))), i.push(e[0] / n), (i = i.concat(e.slice(1)));
  else {
    i = i.concat(e[0]);
    const n = t.length;
    for (let r = 0; r < n; ++r) i = i.concat([e[r + 1] / t[r], t[r]]);
    i = i.concat(e.slice(n + 1));
  }
  return i;
}
function hl(e, t, n = !0) {
  const r = [];
  if (n) {
    r.push(t);
    for (let n = t + 1; n < e; ++n) n <= 2 * t ? (r.push(n), r.push(n - (t + 1))) : r.push(n);
  } else {
    const n = [],
      i = [];
    for (let r = 1; r < e; ++r) r >= t * 2 + 1 || r % 2 == 1 ? i.push(r) : n.push(r);
    r.push(...n), r.push(0), r.push(...i);
  }
  return r;
}
function gl(e, t, n, r = !0) {
  const i = [];
  r ? i.push(e[0] / n) : i.push(e[0] * n);
  for (let n = 1; n < e.length; ++n)
    n <= t.length ? (r ? i.push(t[n - 1] * e[n]) : i.push(e[n] / t[n - 1])) : i.push(e[n]);
  return i;
}
function _l(e, t) {
  const n = [0];
  for (let r = 0; r < t; ++r) n.push(e[r][0]);
  return n;
}
function vl(e, t, n) {
  const r = e.slice(0, 1);
  for (let i = 0; i < n; ++i) r.push(e[i + 1] - t[i][0] - t[i][1]);
  return r;
}
var yl = 1.7580993408473768,
  bl = 1.0507009873554805,
  xl = 0.3275911,
  Sl = 0.254829592,
  Cl = -0.284496736,
  wl = 1.421413741,
  Tl = -1.453152027,
  El = 1.061405429;
function Dl(e, t) {
  if (e.length !== t.length)
    throw Error(
      `Cannot merge real and imag arrays of different lengths. real:${e.length}, imag: ${t.length}.`,
    );
  const n = new Float32Array(e.length * 2);
  for (let r = 0; r < n.length; r += 2) (n[r] = e[r / 2]), (n[r + 1] = t[r / 2]);
  return n;
}
function Ol(e) {
  const t = new Float32Array(e.length / 2),
    n = new Float32Array(e.length / 2);
  for (let r = 0; r < e.length; r += 2) (t[r / 2] = e[r]), (n[r / 2] = e[r + 1]);
  return { real: t, imag: n };
}
function kl(e) {
  const t = Math.ceil(e.length / 4),
    n = new Float32Array(t),
    r = new Float32Array(t);
  for (let t = 0; t < e.length; t += 4)
    (n[Math.floor(t / 4)] = e[t]), (r[Math.floor(t / 4)] = e[t + 1]);
  return { real: n, imag: r };
}
function Al(e) {
  const t = Math.floor(e.length / 4),
    n = new Float32Array(t),
    r = new Float32Array(t);
  for (let t = 2; t < e.length; t += 4)
    (n[Math.floor(t / 4)] = e[t]), (r[Math.floor(t / 4)] = e[t + 1]);
  return { real: n, imag: r };
}
function jl(e, t) {
  return { real: e[t * 2], imag: e[t * 2 + 1] };
}
function Ml(e, t, n, r) {
  (e[r * 2] = t), (e[r * 2 + 1] = n);
}
function Nl(e, t) {
  const n = new Float32Array(e / 2),
    r = new Float32Array(e / 2);
  for (let i = 0; i < Math.ceil(e / 2); i++) {
    const a = (t ? 2 : -2) * Math.PI * (i / e);
    (n[i] = Math.cos(a)), (r[i] = Math.sin(a));
  }
  return { real: n, imag: r };
}
function Pl(e, t, n) {
  const r = (n ? 2 : -2) * Math.PI * (e / t);
  return { real: Math.cos(r), imag: Math.sin(r) };
}
var Fl = `->`,
  Il = /->/g,
  Ll = `,`,
  Rl = `...`;
function zl(e, t) {
  e = e.replace(/\s/g, ``);
  const n = (e.length - e.replace(Il, ``).length) / 2;
  if (n < 1) throw Error(`Equations without an arrow are not supported.`);
  if (n > 1) throw Error(`Equation must contain exactly one arrow ("${Fl}").`);
  const [r, i] = e.split(Fl);
  v(r.indexOf(Rl) === -1, () => `The ellipsis notation ("${Rl}") is not supported yet.`);
  const a = r.split(Ll),
    o = a.length;
  if (t !== o) throw Error(`Expected ${o} input tensors, received ${t}`);
  if (o > 2) throw Error(`Support for more than 2 input tensors is not implemented yet.`);
  const s = [];
  for (let e = 0; e < i.length; ++e) {
    const t = i[e];
    if (!a.some((e) => e.indexOf(t) !== -1))
      throw Error(`Output subscripts contain the label ${t} not present in the input subscripts.`);
    s.indexOf(t) === -1 && s.push(t);
  }
  for (let e = 0; e < r.length; ++e) {
    const t = r[e];
    s.indexOf(t) === -1 && t !== Ll && s.push(t);
  }
  const c = Array(a.length);
  for (let e = 0; e < o; ++e) {
    if (new Set(a[e].split(``)).size !== a[e].length)
      throw Error(
        `Found duplicate axes in input component ${a[e]}. Support for duplicate axes in input is not implemented yet.`,
      );
    c[e] = [];
    for (let t = 0; t < a[e].length; ++t) c[e].push(s.indexOf(a[e][t]));
  }
  const l = s.length,
    u = i.length,
    d = [];
  for (let e = u; e < l; ++e) d.push(e);
  return { allDims: s, summedDims: d, idDims: c };
}
function Bl(e, t) {
  let n = Array(e);
  n.fill(-1);
  for (let e = 0; e < t.length; ++e) n[t[e]] = e;
  const r = [];
  for (let t = 0; t < e; ++t) n[t] === -1 && r.push(t);
  return ((n = n.filter((e) => e !== -1)), { permutationIndices: n, expandDims: r });
}
function Vl(e, t, n) {
  const r = Array(e);
  for (let e = 0; e < n.length; ++e) {
    const i = n[e].shape;
    for (let n = 0; n < t[e].length; ++n)
      r[t[e][n]] === void 0
        ? (r[t[e][n]] = i[n])
        : v(
            r[t[e][n]] === i[n],
            () =>
              `Expected dimension ${r[t[e][n]]} at axis ${n} of input shaped ${JSON.stringify(i)}, but got dimension ${i[n]}`,
          );
  }
}
function Hl(e, t) {
  let n = e,
    r = [],
    i = 0;
  e.length === 0 && n.push(-1), (i = e.length + 1);
  for (let e = 0; e < i; ++e) r.push([]);
  const a = [];
  for (let e = 0; e < n.length; ++e) {
    const i = Wl(t, n[e]);
    for (const t of i) a.indexOf(t) === -1 && (r[e].push(t), a.push(t));
  }
  return { path: n, steps: r };
}
function Ul(e) {
  return e.every((e, t) => e === t);
}
function Wl(e, t) {
  const n = [];
  for (let r = 0; r < e.length; ++r)
    (e[r].length === 0 || e[r].indexOf(t) !== -1 || t === -1) && n.push(r);
  return n;
}
function Gl(e, t, n = 0) {
  let r = [];
  if (typeof t == `number`)
    v(e.shape[n] % t === 0, () => `Number of splits must evenly divide the axis.`),
      (r = Array(t).fill(e.shape[n] / t));
  else {
    v(
      t.reduce((e, t) => (t === -1 && (e += 1), e), 0) <= 1,
      () => `There should be only one negative value in split array.`,
    );
    const i = t.indexOf(-1);
    if (i !== -1) {
      const r = t.reduce((e, t) => (t > 0 ? e + t : e));
      t[i] = e.shape[n] - r;
    }
    v(
      e.shape[n] === t.reduce((e, t) => e + t),
      () => `The sum of sizes must match the size of the axis dimension.`,
    ),
      (r = t);
  }
  return r;
}
function Kl(e) {
  return `Received SparseTensor with denseShape[0] = 0 but
  indices.shape[0] = ${e}`;
}
function ql(e, t) {
  return `indices(${e}, 0) is invalid: ${t} < 0`;
}
function Jl(e, t, n) {
  return `indices(${e}, 0) is invalid: ${t} >= ${n}`;
}
function Yl(e, t) {
  return `only one output dimension may be -1, not both ${e} and ${t}`;
}
function Xl(e, t) {
  return `size ${e} must be non-negative, not ${t}`;
}
function Zl() {
  return `reshape cannot infer the missing input size for an empty tensor unless all specified input sizes are non-zero`;
}
function Ql(e, t) {
  return `Input to reshape is a SparseTensor with ${x(e)}
  dense values, but the requested shape requires a multiple of ${x(t)}. inputShape=${e} outputShape= ${t}`;
}
function $l(e, t) {
  return `Input to reshape is a tensor with ${x(e)} dense values, but the requested shape has ${x(t)}. inputShape=${e} outputShape=${t}`;
}
function eu() {
  return `segment ids must be >= 0`;
}
function tu() {
  return `segment ids are not increasing`;
}
function nu(e, t) {
  return `Segment id ${e} out of range [0, ${t}), possibly because segmentIds input is not sorted.`;
}
function ru(e, t, n) {
  return `Bad: indices[${e}] == ${t} out of range [0, ${n})`;
}
function iu(e, t, n, r) {
  const i = t.shape.length,
    a = e.shape.length;
  if (r !== 0 && (r < -i || r > i))
    throw Error(`Expect batchDims in the range of [-${i}, ${i}], but got ${r}`);
  if ((r < 0 && (r += i), r > a))
    throw Error(`batchDims (${r}) must be less than rank(x) (
    ${a}).`);
  if (n < r) throw Error(`batchDims (${r}) must be less than or equal to axis (${n}).`);
  for (let n = 0; n < r; ++n)
    if (e.shape[n] !== t.shape[n])
      throw Error(
        `x.shape[${n}]: ${e.shape[n]} should be equal to indices.shape[${n}]: ${t.shape[n]}.`,
      );
  let o = e.shape[n],
    s = [],
    c = 1,
    l = 1,
    u = 1;
  for (let t = 0; t < r; ++t) s.push(e.shape[t]), (c *= e.shape[t]);
  for (let t = r; t < n; t++) s.push(e.shape[t]), (l *= e.shape[t]);
  for (let e = r; e < i; e++) s.push(t.shape[e]);
  for (let t = n + 1; t < a; t++) s.push(e.shape[t]), (u *= e.shape[t]);
  return { batchSize: c, sliceSize: u, outerSize: l, dimSize: o, outputShape: s };
}
function au(e) {
  try {
    return e.map((e) => qr(e));
  } catch (e) {
    throw Error(`Failed to decode encoded string bytes into utf-8, error: ${e}`);
  }
}
function ou(e) {
  return e.map((e) => Kr(e));
}
qc();
var su = [`tensorflow`, `webgpu`, `webgl`, `wasm`, `cpu`],
  cu = { node: [`tensorflow`, `wasm`, `cpu`], browser: [`webgpu`, `webgl`, `wasm`, `cpu`] },
  lu = `MHA_BACKEND`,
  uu = class extends Error {
    name = `BackendError`;
  };
function du(e) {
  const t = e[lu];
  if (t === void 0 || t.trim() === ``) return;
  const n = t.trim();
  if (!su.includes(n))
    throw new uu(
      `${lu}=${JSON.stringify(n)} is not a backend; valid names are ${su.join(`, `)} (or leave it unset to pick the best one present).`,
    );
  return n;
}
var fu = {
  tensorflow: `@tensorflow/tfjs-node`,
  webgpu: `@tensorflow/tfjs-backend-webgpu`,
  webgl: `@tensorflow/tfjs-backend-webgl`,
  wasm: `@tensorflow/tfjs-backend-wasm`,
  cpu: `@tensorflow/tfjs-backend-cpu`,
};
function pu() {
  const e = globalThis.process;
  return typeof e?.versions?.node == `string` ? e : void 0;
}
function mu() {
  return pu() === void 0 ? `browser` : `node`;
}
function hu(e) {
  const t = e instanceof Error ? e.message : String(e);
  return (
    t
      .split(`
`)[0]
      ?.trim() ?? t
  );
}
function gu(e) {
  const t = e?.code;
  return t === `MODULE_NOT_FOUND` || t === `ERR_MODULE_NOT_FOUND`;
}
function _u(e) {
  return import(e);
}
async function vu(e, t) {
  const n = fu[e];
  if (ta(e) == null) {
    if (t === `browser`) return `not registered (import '${n}' to offer it)`;
    try {
      await _u(n);
    } catch (e) {
      return gu(e) ? `${n} is not installed` : `${n} failed to load: ${hu(e)}`;
    }
    if (ta(e) == null)
      return `${n} loaded but registered with a different copy of @tensorflow/tfjs-core`;
  }
  try {
    return (await $i(e)) ? void 0 : `${n} could not initialise`;
  } catch (e) {
    return `${n} could not initialise: ${hu(e)}`;
  }
}
function yu(e) {
  return { platform: e.platform ?? mu(), forcedName: du(e.env ?? pu()?.env ?? {}) };
}
async function bu(e = {}) {
  const { platform: t, forcedName: n } = yu(e),
    r = e.log === void 0 ? (e) => console.info(e) : e.log;
  R().set(`PROD`, !0);
  const i = [],
    a = n === void 0 ? cu[t] : [n];
  for (const e of a) {
    const a = await vu(e, t);
    if (a === void 0) {
      const a = `backend: ${e} (${n === void 0 ? (i.length === 0 ? `the best available` : i.map((e) => `${e.name} skipped: ${e.reason}`).join(`; `)) : `forced by ${lu}=${e}`})`;
      return (r && r(a), { name: e, forced: n !== void 0, platform: t, skipped: i, message: a });
    }
    if (n !== void 0) throw new uu(`${lu}=${e} was requested, but ${a}.`);
    i.push({ name: e, reason: a });
  }
  throw new uu(
    `no TensorFlow.js backend could start: ${i.map((e) => `${e.name}: ${e.reason}`).join(`; `)}.`,
  );
}
var xu = `batchedMatMul`,
  Su = 1 << 17;
function Cu(e, t, n) {
  const r = `got a ${l(e.shape)} and b ${l(t.shape)}`;
  if (t.rank < 2) throw Error(`${xu}: argument 'b' must have rank >= 2, ${r}`);
  if (e.rank < (t.rank === 2 ? 1 : 2))
    throw Error(`${xu}: argument 'a' must have rank >= 2 (or >= 1 when 'b' has rank 2), ${r}`);
  if (e.shape[e.rank - 1] !== t.shape[t.rank - (n ? 1 : 2)])
    throw Error(
      `${xu}: the ${n ? `last` : `second-to-last`} axis of 'b' must equal the last axis of 'a' (transposeB = ${n}), ${r}`,
    );
  const i = e.shape.slice(0, -2),
    a = t.shape.slice(0, -2),
    o = i.length === a.length && i.every((e, t) => e === a[t]);
  if (t.rank !== 2 && !o)
    throw Error(`${xu}: argument 'b' must be rank 2 or have the same leading axes as 'a', ${r}`);
}
var wu = Ts((...e) => {
  const [t, n, r] = e;
  r([t, n]);
  const [i, a, o] = t.shape,
    s = n.shape[2],
    c = t.dataSync(),
    l = n.dataSync();
  return {
    value: fc(
      Array.from({ length: i }, (e, t) =>
        To(
          mc(c.subarray(t * a * o, (t + 1) * a * o), [a, o]),
          mc(l.subarray(t * o * s, (t + 1) * o * s), [o, s]),
        ),
      ),
    ),
    gradFunc: (e, t) => {
      const [n, r] = t;
      return [To(e, r, !1, !0), To(n, e, !0, !1)];
    },
  };
});
function Tu(e, t, n = {}) {
  const { transposeB: r = !1 } = n;
  return (
    Cu(e, t, r),
    W(() => {
      const n = e.shape[e.rank - 1],
        i = t.shape[t.rank - (r ? 2 : 1)];
      if (t.rank === 2) return J(To(J(e, [-1, n]), t, !1, r), [...e.shape.slice(0, -1), i]);
      const a = e.shape.slice(0, -2),
        o = e.shape[e.rank - 2],
        s = a.reduce((e, t) => e * t, 1);
      if (!(ea() === `wasm` && s > 1 && o * n * i >= Su)) return To(e, t, !1, r);
      const c = r ? xc(t, [...a.map((e, t) => t), t.rank - 1, t.rank - 2]) : t;
      return J(wu(J(e, [s, o, n]), J(c, [s, n, i])), [...a, o, i]);
    })
  );
}
function Eu(e, t) {
  if (S(e.shape, t)) return e;
  const n = e.rank - t.length,
    r = [];
  for (let i = 0; i < e.rank; i++) {
    const a = i < n ? 1 : t[i - n];
    (i < n || (a === 1 && e.shape[i] !== 1)) && r.push(i);
  }
  return J(r.length === 0 ? e : ss(e, r), t);
}
function Du(e) {
  return [e[0], e[1]];
}
var Ou = {
    kernelName: `Add`,
    inputsToSave: [`a`, `b`],
    gradFunc: (e, t) => {
      const [n, r] = Du(t);
      return { a: () => Eu(e, n.shape), b: () => Eu(e, r.shape) };
    },
  },
  ku = {
    kernelName: `Sub`,
    inputsToSave: [`a`, `b`],
    gradFunc: (e, t) => {
      const [n, r] = Du(t);
      return { a: () => Eu(e, n.shape), b: () => Ds(Eu(e, r.shape)) };
    },
  },
  Au = {
    kernelName: `Multiply`,
    inputsToSave: [`a`, `b`],
    gradFunc: (e, t) => {
      const [n, r] = Du(t);
      return {
        a: () => Eu(q(e, Ua(r, `float32`)), n.shape),
        b: () => Eu(q(e, Ua(n, `float32`)), r.shape),
      };
    },
  },
  ju = {
    kernelName: `RealDiv`,
    inputsToSave: [`a`, `b`],
    gradFunc: (e, t) => {
      const [n, r] = Du(t),
        i = Ua(r, `float32`);
      return {
        a: () => Eu(Za(e, i), n.shape),
        b: () => Eu(Ds(q(e, Za(Ua(n, `float32`), as(i)))), r.shape),
      };
    },
  },
  Mu = {
    kernelName: `Select`,
    inputsToSave: [`condition`, `t`, `e`],
    gradFunc: (e, t) => {
      const [n, r, i] = [t[0], t[1], t[2]],
        a = e,
        o = Ua(n, `float32`);
      return {
        condition: () => Is(n.shape, `float32`),
        t: () => Eu(q(a, o), r.shape),
        e: () => Eu(q(a, ks(1, o)), i.shape),
      };
    },
  };
function Nu(e, t, n = `input`) {
  return {
    kernelName: e,
    ...(n === `input` ? { inputsToSave: [`x`] } : { outputsToSave: [!0] }),
    gradFunc: (e, n) => ({ x: () => q(e, t(Ua(n[0], `float32`))) }),
  };
}
var Pu = { kernelName: `Neg`, gradFunc: (e) => ({ x: () => Ds(e) }) },
  Fu = { kernelName: `Identity`, gradFunc: (e) => ({ x: () => Ga(e) }) },
  Iu = { kernelName: `Cast`, gradFunc: (e) => ({ x: () => Ga(e) }) },
  Lu = Nu(`Exp`, (e) => e, `output`),
  Ru = Nu(`Log`, (e) => nc(e)),
  zu = Nu(`Square`, (e) => q(e, 2)),
  Bu = Nu(`Sqrt`, (e) => Za(0.5, rs(e))),
  Vu = Nu(`Rsqrt`, (e) => q(-0.5, es(e, -1.5))),
  Hu = Nu(`Relu`, (e) => Ua(ps(e, 0), `float32`)),
  Uu = Nu(`Erf`, (e) => q(2 / Math.sqrt(Math.PI), ls(Ds(as(e))))),
  Wu = Nu(`Sin`, (e) => Mo(e)),
  Gu = Nu(`Cos`, (e) => Ds(cc(e)));
function Ku(e) {
  return { kernelName: e, gradFunc: (e) => ({ x: () => Bo(e) }) };
}
var qu = Ku(`ZerosLike`),
  Ju = Ku(`OnesLike`),
  Yu = Ku(`Sign`),
  Xu = {
    kernelName: `GreaterEqual`,
    inputsToSave: [`a`, `b`],
    gradFunc: (e, t) => ({
      a: () => Is(t[0].shape, `float32`),
      b: () => Is(t[1].shape, `float32`),
    }),
  };
function Zu(e, t, n) {
  return q(
    J(
      e,
      t.map((e, t) => (n.includes(t) ? 1 : e)),
    ),
    Ls(t),
  );
}
var Qu = [
  Ou,
  ku,
  Au,
  ju,
  Mu,
  Pu,
  Fu,
  Iu,
  Lu,
  Ru,
  zu,
  Bu,
  Vu,
  Hu,
  Uu,
  Wu,
  Gu,
  qu,
  Ju,
  Yu,
  Xu,
  {
    kernelName: `Sum`,
    inputsToSave: [`x`],
    gradFunc: (e, t, n) => {
      const r = t[0],
        i = E(n.axis, r.shape);
      return { x: () => Zu(e, r.shape, i) };
    },
  },
  {
    kernelName: `Mean`,
    inputsToSave: [`x`],
    gradFunc: (e, t, n) => {
      const r = t[0],
        i = E(n.axis, r.shape),
        a = i.reduce((e, t) => e * r.shape[t], 1);
      return { x: () => Za(Zu(e, r.shape, i), a) };
    },
  },
  {
    kernelName: `Max`,
    inputsToSave: [`x`],
    outputsToSave: [!0],
    gradFunc: (e, t, n) => {
      const [r, i] = [t[0], t[1]],
        a = E(n.reductionIndices, r.shape),
        o = Ua(
          Io(
            r,
            J(
              i,
              r.shape.map((e, t) => (a.includes(t) ? 1 : e)),
            ),
          ),
          `float32`,
        );
      return { x: () => q(Zu(e, r.shape, a), o) };
    },
  },
  {
    kernelName: `Reshape`,
    inputsToSave: [`x`],
    gradFunc: (e, t) => ({ x: () => J(e, t[0].shape) }),
  },
  {
    kernelName: `Transpose`,
    gradFunc: (e, t, n) => {
      const r = n.perm,
        i = r.map((e, t) => r.indexOf(t));
      return { x: () => xc(e, i) };
    },
  },
  {
    kernelName: `Slice`,
    inputsToSave: [`x`],
    gradFunc: (e, t, n) => {
      const r = t[0],
        [i, a] = tl(r, n.begin, n.size),
        o = r.shape.map((e, t) => [i[t], e - i[t] - a[t]]);
      return { x: () => Us(e, o) };
    },
  },
  {
    kernelName: `Tile`,
    inputsToSave: [`x`],
    gradFunc: (e, t, n) => {
      const r = t[0],
        i = n.reps,
        a = r.shape.flatMap((e, t) => [i[t], e]),
        o = r.shape.map((e, t) => 2 * t),
        s = J(e, a);
      return { x: () => J(ss(s, o), r.shape) };
    },
  },
  {
    kernelName: `Pack`,
    saveAllInputs: !0,
    gradFunc: (e, t, n) => {
      const r = e,
        i = _c(r, n.axis < 0 ? n.axis + r.rank : n.axis);
      return Object.fromEntries(t.map((e, t) => [t, () => i[t]]));
    },
  },
  {
    kernelName: `Concat`,
    saveAllInputs: !0,
    gradFunc: (e, t, n) => {
      const r = e,
        i = E(n.axis, t[0].shape)[0],
        a = uc(
          r,
          t.map((e) => e.shape[i]),
          i,
        );
      return Object.fromEntries(t.map((e, t) => [t, () => a[t]]));
    },
  },
  {
    kernelName: `BatchMatMul`,
    inputsToSave: [`a`, `b`],
    gradFunc: (e, t, n) => {
      let [r, i] = [t[0], t[1]],
        a = e,
        { transposeA: o, transposeB: s } = n,
        c,
        l;
      return (
        !o && !s
          ? ((c = () => To(a, i, !1, !0)), (l = () => To(r, a, !0, !1)))
          : o && !s
            ? ((c = () => To(i, a, !1, !0)), (l = () => To(r, a, !1, !1)))
            : !o && s
              ? ((c = () => To(a, i, !1, !1)), (l = () => To(a, r, !0, !1)))
              : ((c = () => To(i, a, !0, !0)), (l = () => To(a, r, !0, !0))),
        { a: () => Eu(c(), r.shape), b: () => Eu(l(), i.shape) }
      );
    },
  },
];
function $u() {
  const e = [];
  for (const t of Qu) vr(t.kernelName) === void 0 && (xr(t), e.push(t.kernelName));
  return e;
}
function ed(e, t) {
  if (!Number.isInteger(e) || e < 0 || e > 0xffffffff)
    throw Error(`${t}: 'seed' must be an integer in [0, 2^32), got ${e}`);
}
function td(e, t) {
  if (!e.every((e) => Number.isInteger(e) && e > 0))
    throw Error(`${t}: 'shape' must hold positive integers, got [${e.join(`, `)}]`);
}
function nd(e) {
  ed(e, `mulberry32`);
  let t = e >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let e = t;
    return (
      (e = Math.imul(e ^ (e >>> 15), e | 1)),
      (e ^= e + Math.imul(e ^ (e >>> 7), e | 61)),
      ((e ^ (e >>> 14)) >>> 0) / 4294967296
    );
  };
}
function rd(e, ...t) {
  ed(e, `deriveSeed`);
  let n = 0x811c9dc5,
    r = [e, ...t].join(`/`);
  for (let e = 0; e < r.length; e++) (n ^= r.charCodeAt(e)), (n = Math.imul(n, 16777619) >>> 0);
  return n >>> 0;
}
function id(e) {
  return e.reduce((e, t) => e * t, 1);
}
function ad(e, t, { min: n = -1, max: r = 1 } = {}) {
  td(e, `seededUniform`);
  const i = nd(t),
    a = new Float32Array(id(e));
  for (let e = 0; e < a.length; e++) a[e] = n + (r - n) * i();
  return qi(a, [...e], `float32`);
}
function od(e, t, { mean: n = 0, std: r = 1 } = {}) {
  td(e, `seededNormal`);
  const i = nd(t),
    a = new Float32Array(id(e));
  for (let e = 0; e < a.length; e += 2) {
    const t = 1 - i(),
      o = i(),
      s = Math.sqrt(-2 * Math.log(t));
    (a[e] = n + r * s * Math.cos(2 * Math.PI * o)),
      e + 1 < a.length && (a[e + 1] = n + r * s * Math.sin(2 * Math.PI * o));
  }
  return qi(a, [...e], `float32`);
}
function sd(e, t) {
  td(e, `glorotUniform`);
  const n = e.length === 1 ? e[0] : e[e.length - 2],
    r = e[e.length - 1],
    i = Math.sqrt(6 / (n + r));
  return ad(e, t, { min: -i, max: i });
}
function cd(e) {
  return (td(e, `zeros`), Is([...e], `float32`));
}
function ld(e) {
  return (td(e, `ones`), Ls([...e], `float32`));
}
function ud(e, t, n, r, i) {
  if (!(e >= 0 && e < 1)) throw Error(`${r}: option '${i}' must be in [0, 1), got ${e}`);
  if (t && e > 0 && n === void 0)
    throw Error(
      `${r}: option 'seed' is required when training with ${i} > 0 (got ${i} ${e}, seed undefined)`,
    );
}
function dd(e, t) {
  const { rate: n, training: r = !1, seed: i } = t;
  return (
    ud(n, r, i, `dropout`, `rate`),
    W(() =>
      !r || n === 0
        ? Ga(e)
        : q(Ro(hs(ad(e.shape, i, { min: 0, max: 1 }), n), e, Bo(e)), 1 / (1 - n)),
    )
  );
}
var fd = `causalMask`;
function pd(e, t = e) {
  for (const [n, r] of [
    [`seqQ`, e],
    [`seqK`, t],
  ])
    if (!Number.isInteger(r) || r < 1)
      throw Error(`${fd}: argument '${n}' must be a positive integer, got ${r}`);
  return W(() => {
    const n = J(Qs(0, e, 1, `int32`), [e, 1]);
    return J(xs(J(Qs(0, t, 1, `int32`), [1, t]), n), [1, 1, e, t]);
  });
}
function md(e) {
  const { dModel: t, numHeads: n, bias: r = !0, seed: i } = e,
    a = `initMultiHeadAttention`;
  if (!Number.isInteger(t) || t < 1)
    throw Error(`${a}: 'dModel' must be a positive integer, got ${t}`);
  if (!Number.isInteger(n) || n < 1 || t % n !== 0)
    throw Error(
      `${a}: 'numHeads' must be a positive integer dividing 'dModel', got dModel = ${t} and numHeads = ${n}`,
    );
  if (!Number.isInteger(i) || i < 0 || i > 0xffffffff)
    throw Error(`${a}: 'seed' must be an integer in [0, 2^32), got ${i}`);
  const o = (e) => sd([t, t], rd(i, e)),
    s = { wQ: o(`wQ`), wK: o(`wK`), wV: o(`wV`), wO: o(`wO`) };
  if (!r) return s;
  const c = () => cd([t]);
  return { ...s, bQ: c(), bK: c(), bV: c(), bO: c() };
}
function hd(e) {
  if (e.rank !== 4)
    throw Error(
      `mergeHeads: argument 'x' must have shape [batch, numHeads, seq, dV], got ${l(e.shape)}`,
    );
  const [t, n, r, i] = e.shape;
  return W(() => J(xc(e, [0, 2, 1, 3]), [t, r, n * i]));
}
function gd(e, t, n) {
  if (e.dtype !== `bool` && e.dtype !== `float32` && e.dtype !== `int32`)
    throw Error(
      `${n}: argument 'mask' must be a bool tensor or a 0/1 number tensor, got dtype '${e.dtype}'`,
    );
  const r = t.length - e.rank;
  if (!(r >= 0 && e.shape.every((e, n) => e === 1 || e === t[r + n])))
    throw Error(
      `${n}: argument 'mask' of shape ${l(e.shape)} does not broadcast to the attention weights' shape ${l(t)}`,
    );
  if (e.dtype === `bool`) return;
  const i = e.dataSync().find((e) => e !== 0 && e !== 1);
  if (i !== void 0)
    throw Error(
      `${n}: argument 'mask' must hold only 0 and 1 (1 = may attend), found ${i}; for an additive mask (0 / -Infinity) convert it first`,
    );
}
function _d(e, t, n) {
  const r = ko(t, e.shape),
    i = Ao(e.shape, -1 / 0),
    a = Qo(Ro(r, e, i), -1, !0),
    o = no(r, -1, !0),
    s = ls(Ro(r, ks(e, Ro(o, a, Bo(a))), i)),
    c = ss(s, -1, !0),
    l = Za(s, Ro(o, c, Vs(c)));
  if (n === `zero`) return l;
  const u = e.shape[e.rank - 1],
    d = n === `uniform` ? 1 / u : NaN;
  return Ro(o, l, Ao(l.shape, d));
}
var vd = `softmax`;
function yd(e) {
  if (e.rank < 1)
    throw Error(`${vd}: argument 'x' must have rank >= 1 ([..., n]), got shape ${l(e.shape)}`);
  if (e.dtype !== `float32`)
    throw Error(`${vd}: argument 'x' must be float32, got dtype '${e.dtype}'`);
  return W(() => {
    const t = ls(ks(e, Qo(e, -1, !0)));
    return Za(t, ss(t, -1, !0));
  });
}
var bd = `scaledDotProductAttention`,
  xd = [`zero`, `uniform`, `nan`];
function Sd(e, t, n) {
  const r = [
    [`q`, e, `[..., seqQ, dK]`],
    [`k`, t, `[..., seqK, dK]`],
    [`v`, n, `[..., seqK, dV]`],
  ];
  for (const [e, t, n] of r) {
    if (t.rank < 2)
      throw Error(`${bd}: argument '${e}' must have rank >= 2 (${n}), got shape ${l(t.shape)}`);
    if (t.dtype !== `float32`)
      throw Error(`${bd}: argument '${e}' must be float32, got dtype '${t.dtype}'`);
  }
  const i = `q ${l(e.shape)}, k ${l(t.shape)}, v ${l(n.shape)}`;
  if (t.rank !== e.rank || n.rank !== e.rank)
    throw Error(`${bd}: arguments 'q', 'k' and 'v' must have the same rank, got ${i}`);
  const a = e.shape.slice(0, -2);
  for (const [e, r] of [
    [`k`, t],
    [`v`, n],
  ])
    if (r.shape.slice(0, -2).some((e, t) => e !== a[t]))
      throw Error(`${bd}: argument '${e}' must have the same leading dimensions as 'q', got ${i}`);
  const o = (e) => e.shape[e.rank - 1],
    s = (e) => e.shape[e.rank - 2];
  if (o(t) !== o(e))
    throw Error(
      `${bd}: argument 'k' must have the same dK (last axis) as 'q', got q ${l(e.shape)} and k ${l(t.shape)}`,
    );
  if (s(n) !== s(t))
    throw Error(
      `${bd}: argument 'v' must have the same seqK (second-to-last axis) as 'k', got k ${l(t.shape)} and v ${l(n.shape)}`,
    );
}
function Cd(e, t, n, r = {}) {
  const { mask: i, maskedRows: a = `zero` } = r;
  if (!xd.includes(a))
    throw Error(
      `${bd}: option 'maskedRows' must be one of ${xd.map((e) => `'${e}'`).join(`, `)}, got ${JSON.stringify(a)}`,
    );
  Sd(e, t, n);
  const o = [...e.shape.slice(0, -1), t.shape[t.rank - 2]];
  return (
    i !== void 0 && gd(i, o, bd),
    W(() => {
      const r = e.shape[e.rank - 1],
        o = Za(Tu(e, t, { transposeB: !0 }), Math.sqrt(r)),
        s = i === void 0 ? yd(o) : _d(o, Ua(i, `bool`), a);
      return { output: Tu(s, n), weights: s };
    })
  );
}
var wd = `[seqQ, seqK], [batch, seqQ, seqK] or [batch, numHeads, seqQ, seqK] (any axis may be 1)`;
function Td(e, t, n) {
  const { batch: r, numHeads: i, seqQ: a, seqK: o } = t,
    s = {
      2: { form: `[seqQ, seqK]`, shape: [a, o] },
      3: { form: `[batch, seqQ, seqK]`, shape: [r, a, o] },
      4: { form: `[batch, numHeads, seqQ, seqK]`, shape: [r, i, a, o] },
    }[e.rank];
  if (s === void 0)
    throw Error(`${n}: argument 'mask' must have shape ${wd}, got ${l(e.shape)} (rank ${e.rank})`);
  if (!e.shape.every((e, t) => e === 1 || e === s.shape[t]))
    throw Error(
      `${n}: argument 'mask' of rank ${e.rank} must have shape ${s.form} = ${l(s.shape)} (any axis may be 1), got ${l(e.shape)}`,
    );
}
function Ed(e) {
  if (e.rank === 2) {
    const [t, n] = e.shape;
    return J(e, [1, 1, t, n]);
  }
  return e.rank === 3 ? ds(e, 1) : e;
}
var Dd = `splitHeads`;
function Od(e, t) {
  if (e.rank !== 3)
    throw Error(`${Dd}: argument 'x' must have shape [batch, seq, dModel], got ${l(e.shape)}`);
  const [n, r, i] = e.shape;
  if (!Number.isInteger(t) || t < 1 || i % t !== 0)
    throw Error(
      `${Dd}: argument 'numHeads' must be a positive integer dividing dModel, got numHeads = ${t} and dModel = ${i} (x ${l(e.shape)})`,
    );
  const a = i / t;
  return W(() => xc(J(e, [n, r, t, a]), [0, 2, 1, 3]));
}
var kd = `multiHeadAttention`,
  Ad = [`zero`, `uniform`, `nan`];
function jd(e, t, n, r, i) {
  u(t, [-1, -1, -1], `query`, kd), u(n, [-1, -1, -1], `key`, kd), u(r, [-1, -1, -1], `value`, kd);
  const [a, , o] = t.shape,
    s = `query ${l(t.shape)}, key ${l(n.shape)}, value ${l(r.shape)}`;
  for (const [e, t] of [
    [`key`, n],
    [`value`, r],
  ]) {
    if (t.shape[0] !== a)
      throw Error(`${kd}: argument '${e}' must have the batch of 'query', got ${s}`);
    if (t.shape[2] !== o)
      throw Error(`${kd}: argument '${e}' must have the dModel of 'query', got ${s}`);
  }
  if (r.shape[1] !== n.shape[1])
    throw Error(`${kd}: arguments 'key' and 'value' must have the same seqK, got ${s}`);
  if (!Number.isInteger(i) || i < 1 || o % i !== 0)
    throw Error(
      `${kd}: option 'numHeads' must be a positive integer dividing dModel, got numHeads = ${i} and dModel = ${o} (${s})`,
    );
  for (const t of [`wQ`, `wK`, `wV`, `wO`]) u(e[t], [o, o], `params.${t}`, kd);
  for (const t of [`bQ`, `bK`, `bV`, `bO`]) {
    const n = e[t];
    n !== void 0 && u(n, [o], `params.${t}`, kd);
  }
}
function Md(e, t, n) {
  const r = Tu(e, t);
  return n === void 0 ? r : K(r, n);
}
function Nd(e, t, n, r, i) {
  const { numHeads: a, mask: o, maskedRows: s = `zero` } = i;
  if ((jd(e, t, n, r, a), !Ad.includes(s)))
    throw Error(`${kd}: option 'maskedRows' must be one of ${Ad.join(`, `)}, got '${s}'`);
  const [c, l] = t.shape,
    u = n.shape[1];
  return (
    o !== void 0 && (Td(o, { batch: c, numHeads: a, seqQ: l, seqK: u }, kd), gd(o, o.shape, kd)),
    W(() => {
      const i = Md(t, e.wQ, e.bQ),
        c = Md(n, e.wK, e.bK),
        l = Md(r, e.wV, e.bV),
        u = Cd(Od(i, a), Od(c, a), Od(l, a), {
          mask: o === void 0 ? void 0 : Ed(o),
          maskedRows: s,
        });
      return { output: Md(hd(u.output), e.wO, e.bO), weights: u.weights };
    })
  );
}
var Pd = `paddingMask`;
function Fd(e, t) {
  if (!Number.isInteger(t) || t < 1)
    throw Error(`${Pd}: argument 'seqK' must be a positive integer, got ${t}`);
  if (e.length === 0)
    throw Error(`${Pd}: argument 'lengths' must hold one length per sequence, got []`);
  return (
    e.forEach((n, r) => {
      if (!Number.isInteger(n) || n < 0 || n > t)
        throw Error(
          `${Pd}: argument 'lengths' must hold integers in [0, seqK] = [0, ${t}], got lengths[${r}] = ${n} (lengths [${e.join(`, `)}])`,
        );
    }),
    W(() => {
      const n = Qs(0, t, 1, `int32`),
        r = pc([...e], `int32`);
      return J(ys(J(n, [1, t]), J(r, [-1, 1])), [e.length, 1, 1, t]);
    })
  );
}
var Id = [`relu`, `gelu`];
function Ld(e) {
  const { dModel: t, dFF: n, seed: r } = e;
  for (const [e, r] of [
    [`dModel`, t],
    [`dFF`, n],
  ])
    if (!Number.isInteger(r) || r < 1)
      throw Error(`initFeedForward: '${e}' must be a positive integer, got ${r}`);
  return { w1: sd([t, n], rd(r, `w1`)), b1: cd([n]), w2: sd([n, t], rd(r, `w2`)), b2: cd([t]) };
}
function Rd(e) {
  return q(e, q(0.5, K(1, Ho(q(e, Math.SQRT1_2)))));
}
function zd(e, t, n, r) {
  u(e.w1, [t, -1], `${r}w1`, n);
  const i = e.w1.shape[1];
  return (u(e.b1, [i], `${r}b1`, n), u(e.w2, [i, t], `${r}w2`, n), u(e.b2, [t], `${r}b2`, n), i);
}
function Bd(e, t, n = {}) {
  const r = `feedForward`,
    { activation: i = `relu`, dropoutRate: a = 0, training: o = !1, seed: s } = n;
  if (!Id.includes(i))
    throw Error(`${r}: option 'activation' must be one of ${Id.join(`, `)}, got '${i}'`);
  if ((ud(a, o, s, r, `dropoutRate`), t.rank < 1))
    throw Error(`${r}: argument 'x' must have rank >= 1 ([..., dModel]), got shape ${l(t.shape)}`);
  const c = t.shape[t.rank - 1];
  return (
    zd(e, c, r, `params.`),
    W(() => {
      const n = K(To(J(t, [-1, c]), e.w1), e.b1);
      return J(
        K(To(dd(i === `relu` ? ic(n) : Rd(n), { rate: a, training: o, seed: s }), e.w2), e.b2),
        t.shape,
      );
    })
  );
}
function Vd(e) {
  if (!Number.isInteger(e) || e < 1)
    throw Error(`initLayerNorm: argument 'dModel' must be a positive integer, got ${e}`);
  return { gamma: ld([e]), beta: cd([e]) };
}
function Hd(e, t, n = {}) {
  const r = `layerNorm`,
    { epsilon: i = 1e-5 } = n;
  if (!(i >= 0) || !Number.isFinite(i))
    throw Error(`${r}: option 'epsilon' must be a finite number >= 0, got ${i}`);
  if (t.rank < 1)
    throw Error(`${r}: argument 'x' must have rank >= 1 ([..., dModel]), got shape ${l(t.shape)}`);
  const a = t.shape[t.rank - 1];
  return (
    u(e.gamma, [a], `params.gamma`, r),
    u(e.beta, [a], `params.beta`, r),
    W(() => {
      const n = ks(t, Fs(t, -1, !0));
      return K(q(q(n, oc(K(Fs(as(n), -1, !0), i))), e.gamma), e.beta);
    })
  );
}
function Ud(e) {
  const { dModel: t, numHeads: n, dFF: r, seed: i } = e;
  return {
    attention: md({ dModel: t, numHeads: n, seed: rd(i, `attention`) }),
    norm1: Vd(t),
    feedForward: Ld({ dModel: t, dFF: r, seed: rd(i, `feedForward`) }),
    norm2: Vd(t),
  };
}
function Wd(e, t, n, r) {
  const { attention: i } = e;
  for (const e of [`wQ`, `wK`, `wV`, `wO`]) u(i[e], [t, t], `${r}attention.${e}`, n);
  for (const e of [`bQ`, `bK`, `bV`, `bO`]) {
    const a = i[e];
    a !== void 0 && u(a, [t], `${r}attention.${e}`, n);
  }
  for (const i of [`norm1`, `norm2`])
    u(e[i].gamma, [t], `${r}${i}.gamma`, n), u(e[i].beta, [t], `${r}${i}.beta`, n);
  zd(e.feedForward, t, n, `${r}feedForward.`);
}
function Gd(e, t, n, r) {
  u(e, [-1, -1, -1], `x`, r);
  const [i, a, o] = e.shape;
  if (!Number.isInteger(t) || t < 1 || o % t !== 0)
    throw Error(
      `${r}: option 'numHeads' must be a positive integer dividing dModel = ${o} (x has shape ${l(e.shape)}), got ${t}`,
    );
  if (n !== void 0) {
    const o = { 2: [a, a], 3: [i, a, a], 4: [i, t, a, a] },
      s = o[n.rank];
    if (s === void 0 || n.shape.some((e, t) => e !== 1 && e !== s[t]))
      throw Error(
        `${r}: argument 'mask' of shape ${l(n.shape)} does not fit x ${l(e.shape)} with ${t} heads; accepted: [seq, seq] = ${l(o[2])}, [batch, seq, seq] = ${l(o[3])} or [batch, numHeads, seq, seq] = ${l(o[4])}, each axis may be 1`,
      );
  }
  return o;
}
function Kd(e, t, n) {
  const r = `encoderBlock`,
    {
      numHeads: i,
      mask: a,
      normFirst: o = !1,
      dropoutRate: s = 0,
      training: c = !1,
      seed: l,
      epsilon: u = 1e-5,
      activation: d = `relu`,
    } = n;
  Wd(e, Gd(t, i, a, r), r, `params.`), ud(s, c, l, r, `dropoutRate`);
  const f = (e) => (l === void 0 ? void 0 : rd(l, e)),
    p = (e, t) => dd(e, { rate: s, training: c, seed: f(t) });
  return W(() => {
    const n = o ? Hd(e.norm1, t, { epsilon: u }) : t,
      r = Nd(e.attention, n, n, n, { numHeads: i, mask: a }),
      l = K(t, p(r.output, `dropout1`)),
      m = o ? l : Hd(e.norm1, l, { epsilon: u }),
      h = o ? Hd(e.norm2, m, { epsilon: u }) : m,
      g = Bd(e.feedForward, h, { activation: d, dropoutRate: s, training: c, seed: f(`dropout`) }),
      _ = K(m, p(g, `dropout2`));
    return { output: o ? _ : Hd(e.norm2, _, { epsilon: u }), attentionWeights: r.weights };
  });
}
function qd(e, t, n) {
  const r = `encoder`,
    { finalNorm: i, seed: a, ...o } = n,
    { numHeads: s, mask: c, dropoutRate: l = 0, training: d = !1, epsilon: f = 1e-5 } = n;
  if (e.length === 0) throw Error(`${r}: argument 'blocks' must hold at least one block, got 0`);
  const p = Gd(t, s, c, r);
  return (
    e.forEach((e, t) => {
      Wd(e, p, r, `blocks[${t}].`);
    }),
    i !== void 0 &&
      (u(i.gamma, [p], `options.finalNorm.gamma`, r), u(i.beta, [p], `options.finalNorm.beta`, r)),
    ud(l, d, a, r, `dropoutRate`),
    W(() => {
      let n = [],
        r = t;
      return (
        e.forEach((e, t) => {
          const i = a === void 0 ? void 0 : rd(a, `block`, t),
            s = Kd(e, r, { ...o, seed: i });
          n.push(s.attentionWeights), (r = s.output);
        }),
        { output: i === void 0 ? r : Hd(i, r, { epsilon: f }), attentionWeights: n }
      );
    })
  );
}
async function Jd() {
  $u();
}
var Yd = `sinusoidalPositionalEncoding`;
function Xd(e, t) {
  if (!Number.isInteger(e) || e < 1)
    throw Error(`${Yd}: argument '${t}' must be a positive integer, got ${e}`);
}
function Zd(e, t) {
  return (
    Xd(e, `maxLen`),
    Xd(t, `dModel`),
    W(() => {
      const n = Math.ceil(t / 2),
        r = mc(
          Array.from({ length: n }, (e, n) => 1e4 ** ((-2 * n) / t)),
          [1, n],
        ),
        i = q(J(Qs(0, e, 1, `float32`), [e, 1]), r);
      return Do(J(fc([cc(i), Mo(i)], 2), [e, 2 * n]), [0, 0], [e, t]);
    })
  );
}
function Qd(e, t) {
  const n = `embedTokens`;
  u(e, [-1, -1], `embedding`, n), u(t, [-1, -1], `tokens`, n);
  const [r, i] = e.shape,
    [a, o] = t.shape;
  if (t.dtype !== `int32`)
    throw Error(`${n}: argument 'tokens' must be int32 token ids, got dtype '${t.dtype}'`);
  const s = t.dataSync().find((e) => e < 0 || e >= r);
  if (s !== void 0)
    throw Error(
      `${n}: argument 'tokens' holds id ${s}, outside 0 … ${r - 1} (embedding ${l(e.shape)})`,
    );
  return W(() =>
    K(J(q(To(Ua(zs(J(t, [-1]), r), `float32`), e), Math.sqrt(i)), [a, o, i]), Zd(o, i)),
  );
}
function $d(e, t) {
  const { vocabSize: n, minLen: r, maxLen: i } = e;
  if (!Number.isInteger(n) || n < 3)
    throw Error(`${t}: 'vocabSize' must be an integer >= 3 (PAD + 2 tokens), got ${n}`);
  if (!Number.isInteger(r) || !Number.isInteger(i) || r < 1 || i < r)
    throw Error(`${t}: need integers 1 <= minLen <= maxLen, got minLen ${r}, maxLen ${i}`);
}
function ef(e) {
  return e.join(`,`);
}
function tf(e, t, n = []) {
  $d(e, `reverseTaskSampler`);
  const { vocabSize: r, minLen: i, maxLen: a } = e,
    o = nd(t),
    s = new Set(n.flatMap((e) => e.tokens.map((t, n) => ef(t.slice(0, e.lengths[n]))))),
    c = () => {
      const e = i + Math.floor(o() * (a - i + 1));
      return Array.from({ length: e }, () => 1 + Math.floor(o() * (r - 1)));
    };
  return (e) => {
    if (!Number.isInteger(e) || e < 1)
      throw Error(`reverseTaskSampler: 'batchSize' must be a positive integer, got ${e}`);
    let t = { tokens: [], targets: [], lengths: [] },
      n = 0;
    for (; t.lengths.length < e; ) {
      const e = c();
      if (s.has(ef(e))) {
        if (++n === 1e4)
          throw Error(
            `reverseTaskSampler: 10000 draws in a row hit the excluded set (${s.size} sequences); it covers nearly every sequence the task can draw`,
          );
        continue;
      }
      n = 0;
      const r = Array(a - e.length).fill(0);
      t.tokens.push([...e, ...r]),
        t.targets.push([...e].reverse().concat(r)),
        t.lengths.push(e.length);
    }
    return t;
  };
}
function nf(e, t) {
  const { vocabSize: n, dModel: r, numHeads: i, dFF: a, numLayers: o, normFirst: s = !1 } = e,
    c = 1 / Math.sqrt(r),
    l = Array.from({ length: o }, (e, n) =>
      Ud({ dModel: r, numHeads: i, dFF: a, seed: rd(t, `block`, n) }),
    );
  return {
    embedding: od([n, r], rd(t, `embedding`), { std: c }),
    blocks: l,
    ...(s ? { finalNorm: Vd(r) } : {}),
    classifier: { w: sd([r, n], rd(t, `classifier`)), b: cd([n]) },
  };
}
function rf(e, t, n, r) {
  const { numHeads: i, normFirst: a = !1 } = r;
  u(t, [n.length, -1], `tokens`, `reverseModel`);
  const o = t.shape[1];
  return W(() => {
    const r = Qd(e.embedding, t),
      s = Fd([...n], o),
      c = qd(e.blocks, r, { numHeads: i, mask: s, normFirst: a, finalNorm: e.finalNorm }),
      { w: l, b: u } = e.classifier;
    return { logits: K(Tu(c.output, l), u), attentionWeights: c.attentionWeights };
  });
}
function af(e, t) {
  return mc(
    e.map((e) => Array.from({ length: t }, (t, n) => +(n < e))),
    [e.length, t],
    `float32`,
  );
}
function of(e, t, n) {
  const r = `reverseLoss`;
  u(t, [n.length, e.shape[1]], `targets`, r), u(e, [n.length, -1, -1], `logits`, r);
  const [, i, a] = e.shape;
  return W(() => {
    const r = ss(q(js(e), zs(t, a)), -1),
      o = af(n, i);
    return Ds(Za(ss(q(r, o)), ss(o)));
  });
}
function sf(e, t, n) {
  let r = W(() => {
      const { logits: r } = rf(e, mc(t.tokens, void 0, `int32`), t.lengths, n);
      return io(r, -1).arraySync();
    }),
    i = 0,
    a = 0,
    o = 0;
  return (
    t.lengths.forEach((e, n) => {
      let s = 0;
      for (let i = 0; i < e; i++) r[n][i] === t.targets[n][i] && s++;
      (i += s), (a += e), s === e && o++;
    }),
    { tokenAccuracy: i / a, sequenceAccuracy: o / t.lengths.length, predictions: r }
  );
}
function cf() {
  return new Promise((e) => setTimeout(e, 0));
}
function lf(e, t) {
  const n = (e) => {
    if (e !== void 0) {
      if (e instanceof hi) {
        const n = vc(e);
        return (e.dispose(), t.push(n), n);
      }
      return Array.isArray(e)
        ? e.map((e) => n(e))
        : Object.fromEntries(Object.entries(e).map(([e, t]) => [e, n(t)]));
    }
  };
  return n(e);
}
function uf(e) {
  const t = `trainReverseModel`;
  $d(e.task, t);
  for (const n of [`steps`, `batchSize`, `reportEvery`]) {
    const r = e[n];
    if (r !== void 0 && (!Number.isInteger(r) || r < 1))
      throw Error(`${t}: option '${n}' must be a positive integer, got ${r}`);
  }
  if (!(e.learningRate > 0))
    throw Error(`${t}: option 'learningRate' must be > 0, got ${e.learningRate}`);
  if (e.stopAtAccuracy !== void 0 && e.heldOut === void 0)
    throw Error(`${t}: option 'stopAtAccuracy' needs a 'heldOut' set to measure it on`);
}
async function df(e) {
  uf(e), await Jd();
  const {
      task: t,
      model: n,
      steps: r,
      batchSize: i,
      learningRate: a,
      seed: o,
      heldOut: s,
      stopAtAccuracy: c,
    } = e,
    l = e.reportEvery ?? 50,
    u = { numHeads: n.numHeads, normFirst: n.normFirst },
    d = [],
    f = lf(nf({ ...n, vocabSize: t.vocabSize }, rd(o, `init`)), d),
    p = tf(t, rd(o, `data`), s ? [s] : []),
    m = al.adam(a),
    h = [],
    g = [],
    _ = performance.now();
  try {
    for (let t = 1; t <= r; t++) {
      const n = p(i),
        a = m.minimize(
          () =>
            W(() => {
              const e = mc(n.tokens, void 0, `int32`),
                t = mc(n.targets, void 0, `int32`),
                { logits: r } = rf(f, e, n.lengths, u);
              return of(r, t, n.lengths);
            }),
          !0,
          d,
        ),
        o = a.dataSync()[0];
      if ((a.dispose(), h.push(o), t % l !== 0 && t !== r)) continue;
      const v = {
        step: t,
        loss: o,
        accuracy: sf(f, n, u).tokenAccuracy,
        seconds: (performance.now() - _) / 1e3,
      };
      if (
        (s && (v.heldOutAccuracy = sf(f, s, u).tokenAccuracy),
        g.push(v),
        e.onProgress?.(v),
        await cf(),
        c !== void 0 && v.heldOutAccuracy >= c)
      )
        break;
    }
  } catch (e) {
    throw (Zi(d), e);
  } finally {
    m.dispose();
  }
  return { params: f, variables: d, losses: h, reports: g };
}
function Y(e, t) {
  Array.isArray(e) || (e = [e]),
    e.forEach((e) => {
      e != null &&
        v(
          e.dtype !== `complex64`,
          () => `${t} does not support complex64 tensors in the CPU backend.`,
        );
    });
}
var ff = yc,
  pf = class e extends m {
    nextDataId() {
      return e.nextDataId++;
    }
    constructor() {
      super(), (this.blockSize = 48), (this.firstUse = !0), (this.data = new p(this, Xi()));
    }
    write(e, t, n) {
      this.firstUse &&
        ((this.firstUse = !1),
        R().get(`IS_NODE`) &&
          mr(`
============================
Hi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. 
============================`));
      const r = { id: this.nextDataId() };
      return (this.data.set(r, { values: e, dtype: n, refCount: 1 }), r);
    }
    makeTensorInfo(e, t, n) {
      let r;
      if (t === `string` && n != null && n.length > 0 && te(n[0])) {
        const i = n.map((e) => Kr(e));
        r = this.write(i, e, t);
      } else r = this.write(n, e, t);
      return { dataId: r, shape: e, dtype: t };
    }
    refCount(e) {
      return this.data.has(e) ? this.data.get(e).refCount : 0;
    }
    incRef(e) {
      const t = this.data.get(e);
      t.refCount++;
    }
    decRef(e) {
      if (this.data.has(e)) {
        const t = this.data.get(e);
        t.refCount--;
      }
    }
    move(e, t, n, r, i) {
      this.data.set(e, { values: t, dtype: r, refCount: i });
    }
    numDataIds() {
      return this.data.numDataIds();
    }
    async read(e) {
      return this.readSync(e);
    }
    readSync(e) {
      const { dtype: t, complexTensorInfos: n } = this.data.get(e);
      return t === `complex64`
        ? Dl(this.readSync(n.real.dataId), this.readSync(n.imag.dataId))
        : oe(this.data.get(e).values, t);
    }
    bufferSync(e) {
      const t = this.readSync(e.dataId);
      if (e.dtype === `string`)
        try {
          const n = t.map((e) => qr(e));
          return G(e.shape, e.dtype, n);
        } catch {
          throw Error(`Failed to decode encoded string bytes into utf-8`);
        }
      return G(e.shape, e.dtype, t);
    }
    makeOutput(e, t, n) {
      return Xi().makeTensorFromTensorInfo(this.makeTensorInfo(t, n, e), this);
    }
    disposeData(e, t = !1) {
      if (this.data.has(e)) {
        if ((this.data.get(e).refCount--, !t && this.data.get(e).refCount > 0)) return !1;
        const { complexTensorInfos: n } = this.data.get(e);
        n != null && (this.disposeData(n.real.dataId, !0), this.disposeData(n.imag.dataId, !0)),
          this.data.delete(e);
      }
      return !0;
    }
    disposeIntermediateTensorInfo(e) {
      this.disposeData(e.dataId);
    }
    async time(e) {
      const t = Wr();
      return (e(), { kernelMs: Wr() - t });
    }
    memory() {
      return {
        unreliable: !0,
        reasons: [
          `The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less.`,
        ],
      };
    }
    where(e) {
      Y([e], `where`);
      const t = this.readSync(e.dataId);
      return ff(e.shape, t);
    }
    dispose() {}
    floatPrecision() {
      return 32;
    }
    epsilon() {
      return super.epsilon();
    }
  };
pf.nextDataId = 0;
function mf(e) {
  const t = new Float32Array(e.length);
  for (let n = 0; n < e.length; ++n) t[n] = Math.abs(e[n]);
  return t;
}
var hf = {
  kernelName: `Abs`,
  backendName: `cpu`,
  kernelFunc: (e) => {
    const { x: t } = e.inputs,
      n = e.backend;
    Y(t, `abs`);
    let r = new Float32Array(x(t.shape));
    return ((r = mf(n.data.get(t.dataId).values)), n.makeOutput(r, t.shape, t.dtype));
  },
};
function gf(e) {
  return (t, n, r, i, a) => {
    const o = Po(t, n),
      s = o.length,
      c = P(o),
      l = D(a, x(o)),
      u = t.length,
      d = n.length,
      f = P(t),
      p = P(n),
      m = No(t, o),
      h = No(n, o);
    if (m.length + h.length === 0)
      for (let t = 0; t < l.length; ++t) l[t] = e(r[t % r.length], i[t % i.length]);
    else
      for (let t = 0; t < l.length; ++t) {
        const n = ue(t, s, c),
          a = n.slice(-u);
        m.forEach((e) => (a[e] = 0));
        const o = le(a, u, f),
          g = n.slice(-d);
        h.forEach((e) => (g[e] = 0));
        const _ = le(g, d, p);
        l[t] = e(r[o], i[_]);
      }
    return [l, o];
  };
}
function _f(e) {
  const { inputs: t, backend: n } = e,
    { real: r, imag: i } = t,
    a = n.data.get(r.dataId).values,
    o = n.data.get(i.dataId).values,
    s = n.makeTensorInfo(r.shape, `complex64`),
    c = n.data.get(s.dataId);
  return (
    (c.complexTensorInfos = {
      real: n.makeTensorInfo(r.shape, `float32`, a),
      imag: n.makeTensorInfo(i.shape, `float32`, o),
    }),
    s
  );
}
var vf = { kernelName: Ge, backendName: `cpu`, kernelFunc: _f };
function yf(e, t, n = `float32`) {
  if (n === `complex64`)
    return _f({ inputs: { real: yf(e, t, `float32`), imag: yf(e, t, `float32`) }, backend: e });
  const r = L(x(t), n);
  return e.makeTensorInfo(t, n, r);
}
function bf(e) {
  const { inputs: t, backend: n } = e,
    { x: r } = t;
  return (n.incRef(r.dataId), { dataId: r.dataId, shape: r.shape, dtype: r.dtype });
}
var xf = { kernelName: Ot, backendName: `cpu`, kernelFunc: bf };
function Sf(e) {
  const { inputs: t, backend: n } = e,
    { input: r } = t,
    i = n.data.get(r.dataId).complexTensorInfos.real,
    a = n.data.get(i.dataId).values;
  return n.makeTensorInfo(i.shape, i.dtype, a);
}
var Cf = { kernelName: gn, backendName: `cpu`, kernelFunc: Sf };
function wf(e, t, n, r) {
  if (r === `int32`) return [t, `int32`, Int32Array.from(e)];
  if (r === `bool`) {
    const r = Ur([0], n),
      [i, a] = gf((e, t) => (e === t ? 0 : 1))(t, [], e, r, `bool`);
    return [a, `bool`, i];
  }
  throw Error(`Error in Cast: failed to cast ${n} to ${r}`);
}
function Tf(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { dtype: a } = r;
  if (a === `complex64`) {
    if (i.dtype === `complex64`) return bf({ inputs: { x: i }, backend: n });
    const e = yf(n, i.shape, i.dtype),
      t = Tf({ inputs: { x: i }, backend: n, attrs: { dtype: `float32` } }),
      r = _f({ inputs: { real: t, imag: e }, backend: n });
    return (n.disposeIntermediateTensorInfo(e), n.disposeIntermediateTensorInfo(t), r);
  }
  if (i.dtype === `complex64`) {
    const e = Sf({ inputs: { input: i }, backend: n }),
      t = Tf({ inputs: { x: e }, backend: n, attrs: { dtype: a } });
    return (n.disposeIntermediateTensorInfo(e), t);
  }
  if (!j(i.dtype, a)) {
    const e = bf({ inputs: { x: i }, backend: n });
    return { dataId: e.dataId, shape: e.shape, dtype: a };
  }
  const [o, s, c] = wf(n.data.get(i.dataId).values, i.shape, i.dtype, a);
  return n.makeTensorInfo(o, s, c);
}
var Ef = { kernelName: He, backendName: `cpu`, kernelFunc: Tf };
function Df(e, t, n, r) {
  return n == null
    ? ({ inputs: n, backend: i }) => {
        const { a, b: o } = n,
          s = i;
        Y([a, o], e);
        const c = s.data.get(a.dataId).values,
          l = s.data.get(o.dataId).values,
          u = a.dtype === `string` ? au(c) : c,
          d = a.dtype === `string` ? au(l) : l,
          f = r || a.dtype,
          [p, m] = t(a.shape, o.shape, u, d, f);
        return s.makeTensorInfo(m, f, p);
      }
    : ({ inputs: e, backend: i }) => {
        const { a, b: o } = e,
          s = i;
        if (a.dtype === `complex64` || o.dtype === `complex64`) {
          const e = Tf({ inputs: { x: a }, backend: s, attrs: { dtype: `complex64` } }),
            t = s.data.get(e.dataId),
            r = t.complexTensorInfos.real,
            i = t.complexTensorInfos.imag,
            c = s.data.get(r.dataId).values,
            l = s.data.get(i.dataId).values,
            u = Tf({ inputs: { x: o }, backend: s, attrs: { dtype: `complex64` } }),
            d = s.data.get(u.dataId),
            f = d.complexTensorInfos.real,
            p = d.complexTensorInfos.imag,
            m = s.data.get(f.dataId).values,
            h = s.data.get(p.dataId).values,
            [g, _, v] = n(a.shape, o.shape, c, l, m, h),
            y = s.makeTensorInfo(v, `float32`, g),
            b = s.makeTensorInfo(v, `float32`, _),
            x = _f({ inputs: { real: y, imag: b }, backend: s });
          return (
            s.disposeIntermediateTensorInfo(e),
            s.disposeIntermediateTensorInfo(u),
            s.disposeIntermediateTensorInfo(y),
            s.disposeIntermediateTensorInfo(b),
            x
          );
        }
        {
          const e = s.data.get(a.dataId).values,
            n = s.data.get(o.dataId).values,
            i = r || a.dtype,
            [c, l] = t(a.shape, o.shape, e, n, i);
          return s.makeTensorInfo(l, i, c);
        }
      };
}
function Of(e) {
  return (t, n, r, i, a, o) => {
    const s = Po(t, n),
      c = x(s),
      l = s.length,
      u = P(s),
      d = D(`float32`, c),
      f = D(`float32`, c),
      p = No(t, s),
      m = No(n, s),
      h = Dl(r, i),
      g = Dl(a, o),
      _ = t.length,
      v = P(t),
      y = n.length,
      b = P(n);
    if (p.length + m.length === 0)
      for (let t = 0; t < d.length; t++) {
        const n = t % h.length,
          r = t % g.length,
          i = e(h[n * 2], h[n * 2 + 1], g[r * 2], g[r * 2 + 1]);
        (d[t] = i.real), (f[t] = i.imag);
      }
    else
      for (let t = 0; t < d.length; t++) {
        const n = ue(t, l, u),
          r = n.slice(-_);
        p.forEach((e) => (r[e] = 0));
        const i = le(r, _, v),
          a = n.slice(-y);
        m.forEach((e) => (a[e] = 0));
        const o = le(a, y, b),
          s = e(h[i * 2], h[i * 2 + 1], g[o * 2], g[o * 2 + 1]);
        (d[t] = s.real), (f[t] = s.imag);
      }
    return [d, f, s];
  };
}
var kf = Df(
    `Add`,
    gf((e, t) => e + t),
    Of((e, t, n, r) => ({ real: e + n, imag: t + r })),
  ),
  Af = { kernelName: `Add`, backendName: `cpu`, kernelFunc: kf };
function jf(e, t, n, r, i) {
  const a = x(r),
    o = L(i, n);
  for (let n = 0; n < e.length; n++) {
    const r = e[n];
    if (r < 0) throw Error(`Input x must be non-negative!`);
    r >= i || (a > 0 ? (o[r] += t[n]) : (o[r] += 1));
  }
  return o;
}
function Mf(e, t, n, r = !1) {
  const i = e.shape[0],
    a = e.shape[1],
    o = G([i, n], t.dtype);
  for (let s = 0; s < i; s++)
    for (let i = 0; i < a; i++) {
      const a = e.get(s, i);
      if (a < 0) throw Error(`Input x must be non-negative!`);
      a >= n ||
        (r
          ? o.set(1, s, a)
          : t.size > 0
            ? o.set(o.get(s, a) + t.get(s, i), s, a)
            : o.set(o.get(s, a) + 1, s, a));
    }
  return o;
}
var Nf = {
  kernelName: Be,
  backendName: `cpu`,
  kernelFunc: Df(
    Be,
    gf((e, t) => e & t),
  ),
};
function Pf(e) {
  return (t, n, r) => {
    const i = O(n, t.length);
    for (let n = 0; n < t.length; ++n) i[n] = e(t[n], r);
    return i;
  };
}
function X(e, t, n) {
  return Ff(e, Pf(t), n);
}
function Ff(e, t, n) {
  return ({ inputs: r, attrs: i, backend: a }) => {
    const { x: o } = r;
    Y(o, e);
    let s = a,
      c = s.data.get(o.dataId).values,
      l;
    if (o.dtype === `string`) {
      if (!Array.isArray(c)) throw Error(`String tensor's value was not an instance of Array`);
      l = au(c);
    } else l = c;
    const u = n || o.dtype,
      d = t(l, u, i);
    return s.makeTensorInfo(o.shape, u, d);
  };
}
var If = {
  kernelName: Ue,
  backendName: `cpu`,
  kernelFunc: Ff(
    Ue,
    Pf((e) => Math.ceil(e)),
  ),
};
function Lf(e, t, n, r) {
  const i = O(n, x(t));
  if (r && n !== `string`) {
    let t = 0;
    e.forEach((e) => {
      const n = x(e.shape);
      i.set(e.vals, t), (t += n);
    });
  } else {
    let r = 0;
    e.forEach((e) => {
      let a = n === `string` ? au(e.vals) : e.vals,
        o = 0;
      for (let n = 0; n < e.shape[0]; ++n) {
        const s = n * t[1] + r;
        for (let t = 0; t < e.shape[1]; ++t) i[s + t] = a[o++];
      }
      r += e.shape[1];
    });
  }
  return i;
}
var Rf = Df(
    gt,
    gf((e, t) => +(e === t)),
    null,
    `bool`,
  ),
  zf = { kernelName: gt, backendName: `cpu`, kernelFunc: Rf },
  Bf = Ff(
    `Exp`,
    Pf((e) => Math.exp(e)),
    `float32`,
  ),
  Vf = { kernelName: `Exp`, backendName: `cpu`, kernelFunc: Bf },
  Hf = {
    kernelName: vt,
    backendName: `cpu`,
    kernelFunc: Ff(
      vt,
      Pf((e) => Math.expm1(e)),
    ),
  },
  Uf = {
    kernelName: xt,
    backendName: `cpu`,
    kernelFunc: Ff(
      xt,
      Pf((e) => Math.floor(e)),
    ),
  },
  Wf = {
    kernelName: St,
    backendName: `cpu`,
    kernelFunc: Df(
      St,
      gf((e, t) => Math.floor(e / t)),
      null,
      `int32`,
    ),
  };
function Gf(e, t, n, r, i, a, o, s, c) {
  const l = G([r, a], n);
  for (let n = 0; n < r; n++) {
    let r = [],
      u = 0;
    for (let t = 0; t < i; t++) {
      const a = e[n * i + t];
      (u += a * o[t]), r.push(a);
    }
    if (u < 0 || u >= c / a) throw Error(`Invalid indices: ${r} does not index into ${s}`);
    for (let e = 0; e < a; e++) l.values[n * a + e] = t.get(...t.indexToLoc(u * a + e));
  }
  return l;
}
function Kf(e, t, n) {
  const r = G(n, e.dtype);
  for (let n = 0; n < r.size; ++n) {
    const i = r.indexToLoc(n).slice(),
      a = i[0],
      o = i[2],
      s = t.locToIndex([a, o]);
    i[2] = t.values[s];
    const c = e.locToIndex(i);
    0 <= c && c < e.values.length && (r.values[n] = e.values[c]);
  }
  return r;
}
var qf = {
    kernelName: Et,
    backendName: `cpu`,
    kernelFunc: Df(
      Et,
      gf((e, t) => +(e > t)),
      null,
      `bool`,
    ),
  },
  Jf = {
    kernelName: Dt,
    backendName: `cpu`,
    kernelFunc: Df(
      Dt,
      gf((e, t) => +(e >= t)),
      null,
      `bool`,
    ),
  },
  Yf = {
    kernelName: Ft,
    backendName: `cpu`,
    kernelFunc: Df(
      Ft,
      gf((e, t) => +(e < t)),
      null,
      `bool`,
    ),
  },
  Xf = {
    kernelName: It,
    backendName: `cpu`,
    kernelFunc: Df(
      It,
      gf((e, t) => +(e <= t)),
      null,
      `bool`,
    ),
  };
function Zf(e, t, n) {
  const r = (t - e) / (n - 1),
    i = L(n, `float32`);
  i[0] = e;
  for (let e = 1; e < i.length; e++) i[e] = i[e - 1] + r;
  return i;
}
var Qf = {
  kernelName: `Log`,
  backendName: `cpu`,
  kernelFunc: Ff(
    `Log`,
    Pf((e) => Math.log(e)),
  ),
};
function $f(e, t, n, r) {
  const i = D(r, x(n));
  for (let n = 0; n < i.length; ++n) {
    let r = n * t,
      a = e[r];
    for (let n = 0; n < t; ++n) {
      const t = e[r + n];
      (Number.isNaN(t) || t > a) && (a = t);
    }
    i[n] = a;
  }
  return i;
}
var ep = {
    kernelName: Wt,
    backendName: `cpu`,
    kernelFunc: Df(
      Wt,
      gf((e, t) => Math.max(e, t)),
    ),
  },
  tp = {
    kernelName: Zt,
    backendName: `cpu`,
    kernelFunc: Df(
      Zt,
      gf((e, t) => Math.min(e, t)),
    ),
  },
  np = gf((e, t) => e * t),
  rp = Df(
    en,
    np,
    Of((e, t, n, r) => ({ real: e * n - t * r, imag: e * r + t * n })),
  ),
  ip = { kernelName: en, backendName: `cpu`, kernelFunc: rp },
  ap = c(Zs());
function op(e, t, n) {
  return np([], t, Vr(-1, n), e, n);
}
function sp(e) {
  const { inputs: t, backend: n } = e,
    { x: r } = t;
  Y(r, `neg`);
  const [i, a] = op(n.data.get(r.dataId).values, r.shape, r.dtype);
  return n.makeTensorInfo(a, r.dtype, i);
}
var cp = { kernelName: `Neg`, backendName: `cpu`, kernelFunc: sp },
  lp = {
    kernelName: tn,
    backendName: `cpu`,
    kernelFunc: Df(
      tn,
      gf((e, t) => (e === t ? 0 : 1)),
      null,
      `bool`,
    ),
  };
function up(e, t, n, r, i) {
  const a = t.length,
    o = x(t),
    s = P(t),
    c = P(i),
    l = D(n, x(i));
  for (let t = 0; t < o; ++t) {
    const n = ue(t, a, s),
      i = Array(n.length);
    for (let e = 0; e < i.length; e++) i[e] = n[r[e]];
    const o = le(i, a, c);
    l[o] = e[t];
  }
  return l;
}
function dp(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    { x: i } = t,
    { perm: a } = n;
  Y(i, `transpose`);
  const o = i.shape.length,
    s = Array(o);
  for (let e = 0; e < s.length; e++) s[e] = i.shape[a[e]];
  const c = up(r.data.get(i.dataId).values, i.shape, i.dtype, a, s);
  return { dataId: r.write(c, s, i.dtype), shape: s, dtype: i.dtype };
}
var fp = { kernelName: ir, backendName: `cpu`, kernelFunc: dp };
function pp(e, t, n, r) {
  const [i, a] = Go(e, r),
    o = wi(t, `int32`),
    s = L(x(i), o),
    c = x(a);
  for (let e = 0; e < s.length; ++e) {
    let t = e * c,
      r = 1;
    for (let e = 0; e < c; ++e) r *= n[t + e];
    s[e] = r;
  }
  return { outVals: s, outShape: i, outDtype: o };
}
function mp(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, keepDims: o } = r;
  Y(i, `prod`);
  let s = i.shape.length,
    c = E(a, i.shape),
    l = Jo(c, s),
    u = c,
    d = i,
    f = [];
  l != null &&
    ((d = dp({ inputs: { x: i }, backend: n, attrs: { perm: l } })),
    f.push(d),
    (u = Xo(u.length, s)));
  let p = n.data.get(d.dataId).values,
    { outVals: m, outShape: h, outDtype: g } = pp(d.shape, d.dtype, p, u),
    _ = h;
  return (
    o && (_ = Ko(h, c)),
    f.forEach((e) => n.disposeIntermediateTensorInfo(e)),
    n.makeTensorInfo(_, g, m)
  );
}
var hp = { kernelName: dn, backendName: `cpu`, kernelFunc: mp };
function gp(e, t, n) {
  e.forEach((e, r) => {
    if (e < 0 || e >= n) {
      const i = ue(r, t.length, P(t)).join(`,`);
      throw Error(`indices[${i}] = ${e} is not in [0, ${n})`);
    }
  });
}
function _p(e, t) {
  for (let n = 0; n < e.length; ++n) {
    const r = e[n],
      i = n === e.length - 1 ? t : e[n + 1].length;
    if (r.length === 0) throw Error(`Ragged splits may not be empty`);
    if (r[0] < 0) throw Error(`Ragged splits must be non-negative`);
    if (r[r.length - 1] > i) throw Error(`Ragged splits must not point past values`);
    for (let e = 1; e < r.length; ++e)
      if (r[e - 1] > r[e]) throw Error(`Ragged splits must be sorted in ascending order`);
  }
}
function vp(e, t, n, r) {
  let i = [],
    a = 0,
    o = t.length - 1 + n.length,
    s = Array(o)
      .fill(null)
      .map(() => [0]);
  _p(n, r);
  let c = 1;
  for (let e = 0; e < t.length - 1; ++e) {
    c *= t[e];
    const n = t[e + 1];
    for (let t = 1; t < c + 1; ++t) s[e].push(t * n);
  }
  for (let r = 0; r < e.length; ++r) {
    let o = e[r],
      c = e[r] + 1;
    for (let e = 0; e < n.length; ++e) {
      const r = n[e],
        i = e + t.length - 1;
      if (i >= 0) {
        const e = s[i],
          t = e[e.length - 1] - r[o];
        for (let e = o; e < c; ++e) s[i].push(r[e + 1] + t);
      }
      (o = r[o]), (c = r[c]);
    }
    c !== o && (i.push([o, c]), (a += c - o));
  }
  return { outSplits: s, valueSlices: i, numValues: a };
}
function yp(e) {
  const t = [];
  for (let n = 0; n < e.length; ++n) {
    const r = O(`int32`, e[n].length);
    t.push(r), e[n].forEach((e, t) => (r[t] = e));
  }
  return t;
}
function bp(e, t) {
  const n = e.slice(0, t);
  for (; n.length < t; ) n.push(1);
  for (let r = t; r < e.length; r++) n[t - 1] *= e[r];
  return n;
}
function xp(e, t, n, r, i, a) {
  let o = bp(t, 2)[1],
    s = bp(a, 2)[1],
    c = 0;
  for (const t of n)
    for (let n = t[0]; n < t[1]; ++n) {
      for (let t = 0; t < r; ++t) i[c * s + t] = e[n * o + t];
      ++c;
    }
}
function Sp(e, t, n, r, i) {
  const a = t.slice();
  a[0] = i;
  const o = O(n, x(a)),
    s = e.length;
  return (xp(e, t, r, s === 0 ? 0 : s / t[0], o, a), [o, a]);
}
function Cp(e, t, n, r, i, a, o, s) {
  if (e.length === 0) throw Error(`paramsNestedSplits must be non empty`);
  if (t[0].length === 0) throw Error(`Split tensors must not be scalars`);
  if ((gp(a, o, t[0][0] - 1), r.length === 0)) throw Error(`params.rank must be nonzero`);
  const { outSplits: c, valueSlices: l, numValues: u } = vp(a, o, e, r[0]),
    d = yp(c),
    f = Sp(n, r, i, l, u);
  return [d, f[0], f[1]];
}
var wp = 0x7fffffff;
function Tp(e, t, n, r, i, a, o) {
  if (t.length > 1) throw Error(`starts must be a scalar or vector`);
  if (i.length > 1) throw Error(`limits must be a scalar or vector`);
  if (o.length > 1) throw Error(`deltas must be a scalar or vector`);
  const s = t.length === 0,
    c = i.length === 0,
    l = o.length === 0,
    u = [];
  s || u.push(t[0]), c || u.push(i[0]), l || u.push(o[0]);
  for (let e = 1; e < u.length; ++e)
    if (u[e] !== u[e - 1]) throw Error(`starts, limits, and deltas must have the same shape`);
  const d = u.length === 0 ? 1 : u[0],
    f = O(`int32`, d + 1);
  f[0] = 0;
  for (let t = 0; t < d; ++t) {
    const n = s ? e[0] : e[t],
      i = c ? r[0] : r[t],
      o = l ? a[0] : a[t];
    if (o === 0) throw Error(`Requires delta != 0`);
    let u;
    if ((o > 0 && i < n) || (o < 0 && i > n)) u = 0;
    else if (((u = Math.ceil(Math.abs((i - n) / o))), u > wp))
      throw Error(`Requires ((limit - start) / delta) <= ${wp}`);
    f[t + 1] = f[t] + u;
  }
  let p = O(n, f[d]),
    m = 0;
  for (let t = 0; t < d; ++t) {
    let n = f[t + 1] - f[t],
      r = s ? e[0] : e[t],
      i = l ? a[0] : a[t];
    for (let e = 0; e < n; ++e) (p[m++] = r), (r += i);
  }
  return [f, p];
}
var Ep = cl,
  Dp = class e {
    constructor(e, t, n, r, i, a, o, s, c, l) {
      (this.shape = e),
        (this.shapeShape = t),
        (this.values = n),
        (this.valuesShape = r),
        (this.valuesDType = i),
        (this.defaultValue = a),
        (this.defaultValueShape = o),
        (this.rowPartitionValues = s),
        (this.rowPartitionValuesShapes = c),
        (this.rowPartitionTypes = ul(l)),
        (this.raggedRank = dl(this.rowPartitionTypes));
    }
    getRowPartitionTypeByDimension(e) {
      return this.rowPartitionTypes[0] === Ep.FIRST_DIM_SIZE
        ? this.rowPartitionTypes[e + 1]
        : this.rowPartitionTypes[e];
    }
    getRowPartitionTensor(e) {
      return this.rowPartitionTypes[0] === Ep.FIRST_DIM_SIZE
        ? this.rowPartitionValues[e + 1]
        : this.rowPartitionValues[e];
    }
    getMaxWidth(t) {
      const n = this.getRowPartitionTensor(t - 1);
      switch (this.getRowPartitionTypeByDimension(t - 1)) {
        case Ep.VALUE_ROWIDS:
          return e.getMaxWidthValueRowID(n);
        case Ep.ROW_SPLITS:
          return e.getMaxWidthRowSplit(n);
        default:
          throw Error(
            `Cannot handle partition type ${Ep[this.getRowPartitionTypeByDimension(t - 1)]}`,
          );
      }
    }
    static getMaxWidthRowSplit(e) {
      const t = e.length;
      if (t === 0 || t === 1) return 0;
      let n = 0;
      for (let r = 0; r < t - 1; ++r) {
        const t = e[r + 1] - e[r];
        t > n && (n = t);
      }
      return n;
    }
    static getMaxWidthValueRowID(e) {
      const t = e.length;
      if (t === 0) return 0;
      let n = 0,
        r = e[0],
        i = 0;
      for (let a = 1; a < t; ++a) {
        const t = e[a];
        t !== r && ((r = t), (i = Math.max(a - n, i)), (n = a));
      }
      return Math.max(t - n, i);
    }
    tensorShapeFromTensor(e, t, n = !0) {
      if (t.length === 0) {
        if (e[0] === -1) return [];
        throw Error(
          `The only valid scalar shape tensor is the fully unknown shape specified as -1.`,
        );
      }
      return kp(e, n);
    }
    calculateOutputSize(e) {
      const t = this.valuesShape;
      fl(this.defaultValueShape, t);
      const n = this.tensorShapeFromTensor(this.shape, this.shapeShape),
        r = ll(this.raggedRank, n, t);
      r[0] < 0 && (r[0] = e);
      for (let e = 1; e <= this.raggedRank; ++e) r[e] < 0 && (r[e] = this.getMaxWidth(e));
      return r;
    }
    calculateFirstParentOutputIndex(e, t, n) {
      let r = Math.min(e, n),
        i = [],
        a = 0;
      for (let e = 0; e < r; ++e, a += t) i.push(a);
      for (let t = r; t < e; ++t) i.push(-1);
      return (
        v(i.length === e, () => `Final length of result must be equal to firstDimension.`), i
      );
    }
    calculateOutputIndexRowSplit(e, t, n, r) {
      const i = e.length,
        a = [];
      for (let o = 0; o < i - 1; ++o) {
        let i = e[o + 1] - e[o],
          s = Math.min(r, i),
          c = t[o];
        c === -1 && (s = 0);
        for (let e = 0; e < s; ++e) a.push(c), (c += n);
        for (let e = 0; e < i - s; ++e) a.push(-1);
      }
      if (i > 0 && a.length !== e[i - 1]) throw Error(`Invalid row split size.`);
      return a;
    }
    calculateOutputIndexValueRowID(e, t, n, r) {
      const i = e.length,
        a = [];
      if (i === 0) return [];
      let o = 0,
        s = e[0];
      if (s >= t.length)
        throw Error(`Got currentValueRowId=${s}, which is not less than ${t.length}`);
      let c = t[s];
      a.push(c);
      for (let l = 1; l < i; ++l) {
        const i = e[l];
        if (i === s) c >= 0 && (++o, o < r ? (c += n) : (c = -1));
        else {
          if (((o = 0), (s = i), i >= t.length))
            throw Error(`Got nextValueRowId=${i} which is not less than ${t.length}`);
          c = t[i];
        }
        a.push(c);
      }
      if (a.length !== e.length) throw Error(`Invalid row ids.`);
      return a;
    }
    calculateOutputIndex(e, t, n, r) {
      const i = this.getRowPartitionTensor(e),
        a = this.getRowPartitionTypeByDimension(e);
      switch (a) {
        case Ep.VALUE_ROWIDS:
          return this.calculateOutputIndexValueRowID(i, t, n, r);
        case Ep.ROW_SPLITS:
          if (i.length - 1 > t.length)
            throw Error(
              `Row partition size is greater than output size: ${i.length - 1} > ${t.length}`,
            );
          return this.calculateOutputIndexRowSplit(i, t, n, r);
        default:
          throw Error(`Unsupported partition type: ${Ep[a]}`);
      }
    }
    getFirstDimensionSize() {
      const e = this.rowPartitionValues[0];
      if (this.rowPartitionTypes.length === 0) throw Error(`No row_partition_types given.`);
      const t = this.rowPartitionTypes[0];
      switch (t) {
        case Ep.FIRST_DIM_SIZE:
          return e[0];
        case Ep.VALUE_ROWIDS:
          throw Error(`Cannot handle VALUE_ROWIDS in first dimension.`);
        case Ep.ROW_SPLITS:
          return this.rowPartitionValuesShapes[0][0] - 1;
        default:
          throw Error(`Cannot handle type ${Ep[t]}`);
      }
    }
    compute() {
      if (this.rowPartitionValues[0].length <= 0)
        throw Error(`Invalid first partition input. Tensor requires at least one element.`);
      const e = this.getFirstDimensionSize(),
        t = this.calculateOutputSize(e),
        n = Array(this.raggedRank + 1);
      n[n.length - 1] = 1;
      for (let e = n.length - 2; e >= 0; --e) n[e] = n[e + 1] * t[e + 1];
      const r = kp(t, !1),
        i = O(this.valuesDType, x(r));
      if (n[0] * t[0] > 0) {
        let a = this.calculateFirstParentOutputIndex(e, n[0], t[0]);
        for (let e = 1; e <= this.raggedRank; ++e)
          a = this.calculateOutputIndex(e - 1, a, n[e], t[e]);
        this.setOutput(this.raggedRank, a, i, r);
      }
      return [r, i];
    }
    setOutput(e, t, n, r) {
      if (n.length === 0) return;
      let i = this.values,
        a = n,
        o = r.slice();
      o = o.slice(e + 1);
      let s = x(o),
        c = t.length,
        l = this.defaultValue;
      if (l.length !== s && l.length !== 1) {
        const e = this.defaultValueShape;
        W(() => {
          l = ko(J(l, e), o).dataSync();
        });
      }
      let u = 0,
        d = 0,
        f = 0;
      for (let e = 0; e <= c; ++e) {
        let r = e < c ? t[e] : -1;
        if (r === f) ++f;
        else {
          if (d < f) {
            const e = i.subarray(u * s);
            Op(a.subarray(d * s), e, (f - d) * s);
          }
          if (e >= c) {
            const e = n.length;
            r = Math.floor(e / s);
          }
          if (r > f) {
            if (this.defaultValue.length === 1)
              a.subarray(f * s, r * s).fill(this.defaultValue[0]), (f = r);
            else for (; r > f; ) Op(a.slice(f * s), l, s), ++f;
          }
          r < 0 ? ((u = e + 1), (d = f)) : ((u = e), (d = f), (f = d + 1));
        }
      }
    }
  };
function Op(e, t, n) {
  for (let r = 0; r < n; r++) e[r] = t[r];
}
function kp(e, t) {
  const n = [];
  for (let r of e) {
    if (r < 0) {
      if (!t) throw Error(`Dimension ${r} must be >= 0`);
      if (r < -1) throw Error(`Dimension ${r} must be >= -1`);
      r = -1;
    }
    n.push(r);
  }
  return n;
}
function Ap(e, t, n, r, i, a, o, s, c, l) {
  return new Dp(e, t, n, r, i, a, o, s, c, l).compute();
}
function jp(e, t, n, r) {
  if (e === t || (e < t && n < 0) || (t < e && n > 1)) return L(0, r);
  const i = L(Math.abs(Math.ceil((t - e) / n)), r);
  t < e && n === 1 && (n = -1), (i[0] = e);
  for (let e = 1; e < i.length; e++) i[e] = i[e - 1] + n;
  return i;
}
var Mp = {
  kernelName: Dn,
  backendName: `cpu`,
  kernelFunc: Ff(
    Dn,
    Pf((e) => 1 / Math.sqrt(e)),
  ),
};
function Np(e, t, n, r, i, a, o, s, c, l) {
  const u = [r / i, i],
    d = e.values,
    f = t.values;
  if (r === 0) return G(n, t.dtype);
  const p = c instanceof ui ? c : G(u, t.dtype);
  typeof c == `string` || typeof c == `number`
    ? p.values.fill(c)
    : typeof c == `boolean` && p.values.fill(+c);
  for (let e = 0; e < a; e++) {
    let a = [],
      c = 0;
    for (let t = 0; t < o; t++) {
      const n = d[e * o + t];
      a.push(n), (c += n * s[t]);
    }
    if (c < 0 || c >= r / i) throw Error(`Invalid indices: ${a} does not index into ${n}`);
    for (let n = 0; n < i; n++)
      l
        ? (p.values[c * i + n] += f[e * i + n])
        : (p.values[c * i + n] = t.rank === 0 ? f[0] : f[e * i + n]);
  }
  return p;
}
var Pp = X(In, (e) => 1 / (1 + Math.exp(-e))),
  Fp = { kernelName: In, backendName: `cpu`, kernelFunc: Pp };
function Ip(e, t, n, r, i) {
  const a = $c(r, t, n),
    o = x(n),
    s = P(r);
  if (a) {
    const n = el(t, s);
    return i === `string` ? e.slice(n, n + o) : e.subarray(n, n + o);
  }
  const c = G(r, i, i === `string` ? au(e) : e),
    l = G(n, i);
  for (let e = 0; e < l.size; ++e) {
    const n = l.indexToLoc(e),
      r = n.map((e, n) => e + t[n]);
    l.set(c.get(...r), ...n);
  }
  return i === `string` ? ou(l.values) : l.values;
}
function Lp(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { begin: a, size: o } = r;
  Y(i, `slice`);
  const [s, c] = tl(i, a, o);
  Zc(i, s, c);
  const l = Ip(n.data.get(i.dataId).values, s, c, i.shape, i.dtype);
  return n.makeTensorInfo(c, i.dtype, l);
}
var Rp = { kernelName: Nn, backendName: `cpu`, kernelFunc: Lp };
function zp(e, t, n, r, i, a, o) {
  const s = t[0],
    c = a[0],
    l = Array(c),
    u = Array(s),
    d = t[1];
  if (c === 0) {
    if (s !== 0) throw Error(Kl(s));
    const e = O(n, 0),
      t = O(i, 0);
    return [e, [0, d], t, l, u];
  }
  let f = !0,
    p = 0,
    m = Array(c).fill(0);
  for (let t = 0; t < s; ++t) {
    const n = e[t * d];
    if (n < 0) throw Error(ql(t, n));
    if (n >= c) throw Error(Jl(t, n, c));
    ++m[n], (f &&= n >= p), (p = n);
  }
  let h = !0;
  for (let e = 0; e < c; ++e) {
    const t = m[e] === 0;
    (l[e] = t), (h &&= !t), (m[e] = Math.max(m[e], 1)), e > 0 && (m[e] += m[e - 1]);
  }
  if (h && f) {
    const t = e,
      n = r;
    for (let e = 0; e < s; ++e) u[e] = e;
    return [t, [s, d], n, l, u];
  }
  {
    const t = m[c - 1],
      a = O(n, t * d),
      f = O(i, t),
      p = Array(c).fill(0);
    for (let t = 0; t < s; ++t) {
      const n = e[t * d],
        i = p[n],
        o = (n === 0 ? 0 : m[n - 1]) + i;
      p[n]++;
      for (let n = 0; n < d; ++n) a[o * d + n] = e[t * d + n];
      (f[o] = r[t]), (u[t] = o);
    }
    for (let e = 0; e < c; ++e)
      if (p[e] === 0) {
        const t = e === 0 ? 0 : m[e - 1];
        a[t * d + 0] = e;
        for (let e = 1; e < d; ++e) a[t * d + e] = 0;
        f[t] = o;
      }
    return [a, [t, d], f, l, u];
  }
}
function Bp(e, t, n, r, i) {
  let a = x(r),
    o = t[0],
    s = i.length,
    c = [],
    l = 1,
    u = -1;
  for (let e = 0; e < s; ++e) {
    const t = i[e];
    if (t === -1) {
      if (u !== -1) throw Error(Yl(u, e));
      (u = e), c.push(1);
    } else {
      if (t < 0) throw Error(Xl(e, t));
      (l *= t), c.push(t);
    }
  }
  if (u !== -1) {
    if (l <= 0) throw Error(Zl());
    const e = Math.trunc(a / l);
    if (l * e !== a) throw Error(Ql(r, c));
    c[u] = e;
  }
  if (x(c) !== a) throw Error($l(r, c));
  const d = r.length,
    f = [];
  if (d > 0) {
    f[d - 1] = 1;
    for (let e = d - 2; e >= 0; --e) f[e] = f[e + 1] * r[e + 1];
  }
  const p = [];
  if (s > 0) {
    p[s - 1] = 1;
    for (let e = s - 2; e >= 0; --e) p[e] = p[e + 1] * c[e + 1];
  }
  const m = O(n, o * s);
  for (let t = 0; t < o; ++t) {
    let n = 0;
    for (let r = 0; r < d; ++r) n += e[t * d + r] * f[r];
    for (let e = 0; e < s; ++e) (m[t * s + e] = Math.trunc(n / p[e])), (n %= p[e]);
  }
  return [m, [o, s], c];
}
function Vp(e, t, n, r, i, a = !1, o = 0) {
  const s = r.length,
    c = [t[0], e.length / t[0]],
    l = c[1],
    u = s > 0 ? i[s - 1] + 1 : 0;
  if (u < 0) throw Error(eu());
  const d = t.slice();
  d[0] = u;
  const f = O(
    n,
    d.reduce((e, t) => e * t, 1),
  );
  if (s === 0) return (u > 0 && f.fill(o), [f, d]);
  if (u <= 0) throw Error(eu());
  let p = 0,
    m = 1,
    h = 0,
    g = i[p];
  for (;;) {
    let t = 0;
    if (m < s) {
      if (((t = i[m]), g === t)) {
        ++m;
        continue;
      }
      if (g >= t) throw Error(tu());
    }
    if (g < 0 || g >= u) throw Error(nu(g, u));
    g > h && f.fill(o, h * l, g * l);
    for (let t = p; t < m; ++t) {
      const n = r[t];
      if (n < 0 || n >= c[0]) throw Error(ru(t, r[t], c[0]));
      for (let t = 0; t < l; t++) f[g * l + t] += e[n * l + t];
    }
    if (a) for (let e = 0; e < l; e++) f[g * l + e] /= m - p;
    if (((p = m), ++m, (h = g + 1), (g = t), m > s)) break;
  }
  return (h < u && f.fill(o, h * l, u * l), [f, d]);
}
var Hp = { kernelName: Rn, backendName: `cpu`, kernelFunc: X(Rn, (e) => Math.sqrt(e)) },
  Up = {
    kernelName: qn,
    backendName: `cpu`,
    kernelFunc: Df(
      qn,
      gf((e, t) => {
        const n = e - t;
        return n * n;
      }),
    ),
  },
  Wp = {
    kernelName: Yn,
    backendName: `cpu`,
    kernelFunc: Ff(
      Yn,
      Pf((e, t) => {
        const { pattern: n, replaceGlobal: r, rewrite: i } = t;
        return e.replace(new RegExp(n, r ? `g` : ``), i);
      }),
    ),
  };
function Gp(e, t, n, r) {
  const i = G(e, t.dtype);
  for (let e = 0; e < i.size; e++) {
    const a = i.indexToLoc(e),
      o = Array(a.length);
    for (let e = 0; e < o.length; e++) o[e] = a[e] * n[e] + r[e];
    i.set(t.get(...o), ...a);
  }
  return i;
}
var Kp = class {
  constructor(e, t, n, r, i, a) {
    (this.separator = Kr(e)),
      (this.nGramWidths = t),
      (this.leftPad = Kr(n)),
      (this.rightPad = Kr(r)),
      (this.padWidth = i),
      (this.preserveShort = a);
  }
  getPadWidth(e) {
    return Math.min(this.padWidth < 0 ? e - 1 : this.padWidth, e - 1);
  }
  getNumNGrams(e, t) {
    const n = this.getPadWidth(t);
    return Math.max(0, e + 2 * n - t + 1);
  }
  createNGrams(e, t, n, r, i, a) {
    for (let o = 0; o < i; ++o) {
      let s = this.getPadWidth(a),
        c = Math.max(0, s - o),
        l = Math.max(0, s - (i - (o + 1))),
        u = a - (c + l),
        d = t + (c > 0 ? 0 : o - s),
        f = 0;
      f += c * this.leftPad.length;
      for (let t = 0; t < u; ++t) f += e[d + t].length;
      f += l * this.rightPad.length;
      const p = c + l + u - 1;
      (f += p * this.separator.length), (n[r + o] = new Uint8Array(f));
      let m = n[r + o],
        h = 0,
        g = (e) => e.forEach((e) => (m[h++] = e));
      for (let e = 0; e < c; ++e) g(this.leftPad), g(this.separator);
      for (let t = 0; t < u - 1; ++t) g(e[d + t]), g(this.separator);
      if (u > 0) {
        g(e[d + u - 1]);
        for (let e = 0; e < l; ++e) g(this.separator), g(this.rightPad);
      } else {
        for (let e = 0; e < l - 1; ++e) g(this.rightPad), g(this.separator);
        g(this.rightPad);
      }
    }
  }
  compute(e, t) {
    const n = e.length,
      r = t.length;
    if (r > 0) {
      let e = t[0];
      if (e !== 0) throw Error(`First split value must be 0, got ${e}`);
      for (let i = 1; i < r; ++i) {
        let r = t[i] >= e;
        if (((r &&= t[i] <= n), !r))
          throw Error(`Invalid split value ${t[i]}, must be in [${e}, ${n}]`);
        e = t[i];
      }
      if (e !== n) throw Error(`Last split value must be data size. Expected ${n}, got ${e}`);
    }
    const i = r - 1,
      a = O(`int32`, r);
    if (n === 0 || r === 0) {
      const e = Array(n);
      for (let e = 0; e <= i; ++e) a[e] = 0;
      return [e, a];
    }
    a[0] = 0;
    for (let e = 1; e <= i; ++e) {
      let n = t[e] - t[e - 1],
        r = 0;
      this.nGramWidths.forEach((e) => {
        r += this.getNumNGrams(n, e);
      }),
        this.preserveShort && n > 0 && r === 0 && (r = 1),
        (a[e] = a[e - 1] + r);
    }
    const o = Array(a[i]);
    for (let n = 0; n < i; ++n) {
      let r = t[n],
        i = a[n];
      if (
        (this.nGramWidths.forEach((a) => {
          const s = t[n + 1] - t[n],
            c = this.getNumNGrams(s, a);
          this.createNGrams(e, r, o, i, c, a), (i += c);
        }),
        this.preserveShort && i === a[n])
      ) {
        const a = t[n + 1] - t[n];
        if (a === 0) continue;
        const s = a + 2 * this.padWidth;
        this.createNGrams(e, r, o, i, 1, s);
      }
    }
    return [o, a];
  }
};
function qp(e, t, n, r, i, a, o, s) {
  return new Kp(n, r, i, a, o, s).compute(e, t);
}
function Jp(e, t, n, r) {
  if (!e.length) return;
  if (t.length === 0) {
    for (let t = 0; t < e.length; ++t) r.push(e.subarray(t, t + 1));
    return;
  }
  if (t.length === 1) {
    let i = t[0],
      a = e.indexOf(i);
    for (; a !== -1; ) {
      const t = e.subarray(0, a);
      (n && t.length === 0) || r.push(t), (e = e.subarray(a + 1)), (a = e.indexOf(i));
    }
    (n && e.length === 0) || r.push(e);
    return;
  }
  let i = 0;
  for (let a = 0; a < e.length + 1; a++)
    if (a === e.length || t.indexOf(e[a]) !== -1) {
      const t = e.subarray(i, a);
      (n && t.length === 0) || r.push(t), (i = a + 1);
    }
}
function Yp(e, t, n) {
  let r = e.length,
    i = [],
    a = 0,
    o = 0,
    s = Array(r);
  for (let c = 0; c < r; ++c) {
    const r = i.length;
    Jp(e[c], t, n, i);
    const l = i.length - r;
    (s[c] = l), (a += l), (o = Math.max(o, l));
  }
  let c = O(`int32`, a * 2),
    l = Array(a),
    u = [r, o],
    d = 0;
  for (let e = 0; e < r; ++e)
    for (let t = 0; t < s[e]; ++t) (c[d * 2] = e), (c[d * 2 + 1] = t), (l[d] = i[d]), ++d;
  return [c, l, u];
}
function Xp(e, t) {
  const n = O(`int32`, e.length);
  for (let r = 0; r < e.length; ++r) n[r] = Br(e[r]).modulo(t).getLowBitsUnsigned();
  return n;
}
var Zp = Df(
    `Sub`,
    gf((e, t) => e - t),
    Of((e, t, n, r) => ({ real: e - n, imag: t - r })),
  ),
  Qp = { kernelName: `Sub`, backendName: `cpu`, kernelFunc: Zp };
function $p(e, t) {
  const n = Array(e.rank);
  for (let r = 0; r < n.length; r++) n[r] = e.shape[r] * t[r];
  const r = G(n, e.dtype);
  for (let t = 0; t < r.values.length; ++t) {
    const n = r.indexToLoc(t),
      i = Array(e.rank);
    for (let t = 0; t < i.length; t++) i[t] = n[t] % e.shape[t];
    const a = e.locToIndex(i);
    r.values[t] = e.values[a];
  }
  return r;
}
var em = (e, t) => {
  const n = t.value - e.value;
  return n === 0 ? e.index - t.index : n;
};
function tm(e, t, n = 0, r = e.length - 1) {
  for (; r > n; ) {
    if (r - n > 600) {
      const i = r - n + 1,
        a = t - n + 1,
        o = Math.log(i),
        s = 0.5 * Math.exp((2 * o) / 3),
        c = 0.5 * Math.sqrt((o * s * (i - s)) / i) * Math.sign(a - i / 2);
      tm(
        e,
        t,
        Math.max(n, Math.floor(t - (a * s) / i + c)),
        Math.min(r, Math.floor(t + ((i - a) * s) / i + c)),
      );
    }
    let i = e[t],
      a = n,
      o = r;
    for (_(e, n, t), em(e[r], i) > 0 && _(e, n, r); a < o; ) {
      for (_(e, a, o), a++, o--; em(e[a], i) < 0; ) a += 1;
      for (; em(e[o], i) > 0; ) --o;
    }
    em(e[n], i) === 0 ? _(e, n, o) : ((o += 1), _(e, o, r)),
      o <= t && (n = o + 1),
      t <= o && (r = o - 1);
  }
}
function nm(e, t, n, r, i) {
  const a = t[t.length - 1],
    [o, s] = [e.length / a, a],
    c = D(n, o * r),
    l = D(`int32`, o * r);
  for (let t = 0; t < o; t++) {
    let n = t * s,
      a = e.subarray(n, n + s),
      o = Array(a.length);
    a.forEach((e, t) => (o[t] = { value: e, index: t })),
      r < o.length && (tm(o, r), (o = o.slice(0, r))),
      i && o.sort(em);
    const u = t * r,
      d = c.subarray(u, u + r),
      f = l.subarray(u, u + r);
    for (let e = 0; e < r; e++) (d[e] = o[e].value), (f[e] = o[e].index);
  }
  const u = t.slice();
  return ((u[u.length - 1] = r), [G(u, n, c), G(u, `int32`, l)]);
}
function rm(e, t, n, r) {
  const i = E(t, n)[0],
    a = [1, n[0], 1];
  for (let e = 0; e < i; e++) a[0] *= n[e];
  a[1] = n[i];
  for (let e = i + 1; e < n.length; e++) a[2] *= n[e];
  const o = new Map(),
    s = new Int32Array(n[i]),
    c = new ui(a, r, e),
    l = [],
    u = a[0] === 1 && a[2] === 1;
  for (let t = 0; t < n[i]; t++) {
    let n;
    if (u) n = e[t].toString();
    else {
      const e = [];
      for (let n = 0; n < a[0]; n++) for (let r = 0; r < a[2]; r++) e.push(c.get(n, t, r));
      n = e.join(`,`);
    }
    const r = o.get(n);
    if (r != null) s[t] = r;
    else {
      const e = o.size;
      o.set(n, e), (s[t] = e), l.push(t);
    }
  }
  const d = a.slice();
  d[1] = o.size;
  const f = new ui(d, r);
  l.forEach((e, t) => {
    for (let n = 0; n < a[0]; n++) for (let r = 0; r < a[2]; r++) f.set(c.get(n, e, r), n, t, r);
  });
  const p = n.slice();
  return ((p[i] = d[1]), { outputValues: f.values, outputShape: p, indices: s });
}
na(`cpu`, () => new pf(), 1);
var im = X(`Elu`, (e) => (e >= 0 ? e : Math.exp(e) - 1)),
  am = { kernelName: `Elu`, backendName: `cpu`, kernelFunc: im };
function om(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { alpha: a } = r;
  Y([i], `leakyRelu`);
  const o = x(i.shape),
    s = n.data.get(i.dataId).values,
    c = D(`float32`, o);
  for (let e = 0; e < s.length; e++) c[e] = s[e] < 0 ? a * s[e] : s[e];
  return n.makeTensorInfo(i.shape, `float32`, c);
}
var sm = { kernelName: Pt, backendName: `cpu`, kernelFunc: om },
  cm = gf((e, t) => (e < 0 ? t * e : e));
function lm(e) {
  const { inputs: t, backend: n } = e,
    { x: r, alpha: i } = t;
  Y([r, i], `prelu`);
  const a = n.data.get(r.dataId).values,
    o = n.data.get(i.dataId).values,
    [s, c] = cm(r.shape, i.shape, a, o, `float32`);
  return n.makeTensorInfo(c, `float32`, s);
}
var um = { kernelName: un, backendName: `cpu`, kernelFunc: lm },
  dm = X(vn, (e) => Math.max(0, e)),
  fm = { kernelName: vn, backendName: `cpu`, kernelFunc: dm },
  pm = X(wn, (e) => Math.min(Math.max(0, e), 6)),
  mm = { kernelName: wn, backendName: `cpu`, kernelFunc: pm };
function hm(e, t, n, r, i) {
  if (n === `linear`) return bf({ inputs: { x: t }, backend: e });
  if (n === `relu`) return dm({ inputs: { x: t }, backend: e });
  if (n === `elu`) return im({ inputs: { x: t }, backend: e });
  if (n === `relu6`) return pm({ inputs: { x: t }, backend: e });
  if (n === `prelu`) return lm({ inputs: { x: t, alpha: r }, backend: e });
  if (n === `leakyrelu`) return om({ inputs: { x: t }, backend: e, attrs: { alpha: i } });
  if (n === `sigmoid`) return Pp({ inputs: { x: t }, backend: e });
  throw Error(`Activation ${n} has not been implemented for the CPU backend.`);
}
function Z(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { shape: a } = r,
    o = x(i.shape),
    s = T(a, o),
    c = x(s);
  v(
    o === c,
    () =>
      `The new shape (${s}) has ${c} elements and the old shape (${i.shape}) has ${o} elements. The new shape and old shape must have the same number of elements.`,
  ),
    n.incRef(i.dataId);
  const l = n.data.get(i.dataId);
  if (l.complexTensorInfos != null) {
    const e = l.complexTensorInfos.real,
      t = l.complexTensorInfos.imag;
    (e.shape = s), (t.shape = s);
  }
  return { dataId: i.dataId, shape: s, dtype: i.dtype };
}
var gm = { kernelName: yn, backendName: `cpu`, kernelFunc: Z };
function _m(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { a: i, b: a } = t,
    { transposeA: o, transposeB: s } = r;
  Y([i, a], `matMul`);
  const c = i.shape.length,
    l = a.shape.length,
    u = o ? i.shape[c - 2] : i.shape[c - 1],
    d = s ? a.shape[l - 1] : a.shape[l - 2],
    f = o ? i.shape[c - 1] : i.shape[c - 2],
    p = s ? a.shape[l - 2] : a.shape[l - 1],
    m = i.shape.slice(0, -2),
    h = a.shape.slice(0, -2),
    g = x(m),
    _ = x(h),
    y = Po(i.shape.slice(0, -2), a.shape.slice(0, -2)).concat([f, p]);
  v(
    u === d,
    () =>
      `Error in matMul: inner shapes (${u}) and (${d}) of Tensors with shapes ${i.shape} and ${a.shape} and transposeA=${o} and transposeB=${s} must match.`,
  );
  const b = o ? [g, u, f] : [g, f, u],
    S = s ? [_, p, d] : [_, d, p],
    C = Z({ inputs: { x: i }, backend: n, attrs: { shape: b } }),
    w = Z({ inputs: { x: a }, backend: n, attrs: { shape: S } }),
    T = o ? C.shape[1] : C.shape[2],
    E = o ? C.shape[2] : C.shape[1],
    D = s ? w.shape[1] : w.shape[2],
    O = Math.max(g, _),
    k = n.data.get(C.dataId).values,
    A = n.data.get(w.dataId).values,
    j = P(C.shape),
    M = P(w.shape),
    [ee, te, N] = o ? [j[0], 1, j[1]] : [j[0], j[1], 1],
    [ne, re, ie] = s ? [1, M[1], M[0]] : [M[1], 1, M[0]],
    ae = E * D,
    F = G([O, E, D], C.dtype),
    oe = F.values,
    I = n.blockSize;
  for (let e = 0; e < O; e++) {
    const t = e % g,
      n = e % _;
    for (let r = 0; r < E; r += I) {
      const i = Math.min(r + I, E);
      for (let a = 0; a < D; a += I) {
        const o = Math.min(a + I, D);
        for (let s = 0; s < T; s += I) {
          const c = Math.min(s + I, T);
          for (let l = r; l < i; l++)
            for (let r = a; r < o; r++) {
              let i = 0;
              for (let e = s; e < c; e++) {
                const a = k[t * ee + l * te + e * N],
                  o = A[e * ne + r * re + n * ie];
                i += a * o;
              }
              oe[e * ae + (l * D + r)] += i;
            }
        }
      }
    }
  }
  return (
    n.disposeIntermediateTensorInfo(C),
    n.disposeIntermediateTensorInfo(w),
    n.makeTensorInfo(y, F.dtype, F.values)
  );
}
var vm = { kernelName: Le, backendName: `cpu`, kernelFunc: _m };
function ym(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { a: i, b: a, bias: o, preluActivationWeights: s } = t,
    { transposeA: c, transposeB: l, activation: u, leakyreluAlpha: d } = r,
    f,
    p,
    m,
    h = [];
  (f = _m({ inputs: { a: i, b: a }, attrs: { transposeA: c, transposeB: l }, backend: n })),
    o && ((p = kf({ inputs: { a: f, b: o }, backend: n })), h.push(f), (f = p)),
    u && ((m = hm(n, f, u, s, d)), h.push(f), (f = m));
  for (const e of h) n.disposeIntermediateTensorInfo(e);
  return f;
}
var bm = { kernelName: dr, backendName: `cpu`, kernelFunc: ym },
  xm = { kernelName: Ce, backendName: `cpu`, kernelFunc: X(Ce, (e) => Math.acos(e)) },
  Sm = { kernelName: we, backendName: `cpu`, kernelFunc: X(we, (e) => Math.acosh(e)) };
function Cm(e) {
  const { inputs: t, backend: n } = e,
    r = t;
  Y(t, `addN`);
  const i = r.map((e) => n.data.get(e.dataId).values),
    a = G(r[0].shape, r[0].dtype),
    o = a.values;
  for (let e = 0; e < r.length; e++) {
    const t = i[e];
    for (let e = 0; e < o.length; e++) o[e] += t[e];
  }
  return n.makeTensorInfo(a.shape, a.dtype, a.values);
}
var wm = { kernelName: Te, backendName: `cpu`, kernelFunc: Cm };
function Tm(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, keepDims: o } = r;
  Y(i, `all`);
  let s = E(a, i.shape),
    c = s,
    l = Jo(c, i.shape.length),
    u = i;
  l != null &&
    ((u = dp({ inputs: { x: i }, backend: n, attrs: { perm: l } })),
    (c = Xo(c.length, i.shape.length))),
    qo(`all`, c, u.shape.length);
  const [d, f] = Go(u.shape, c),
    p = x(f),
    m = L(x(d), u.dtype),
    h = n.data.get(u.dataId).values;
  for (let e = 0; e < m.length; ++e) {
    let t = e * p,
      n = h[t];
    for (let e = 0; e < p; ++e) {
      const r = h[t + e];
      n &&= r;
    }
    m[e] = n;
  }
  l != null && n.disposeIntermediateTensorInfo(u);
  const g = n.makeTensorInfo(d, u.dtype, m);
  if (o) {
    const e = Ko(d, s),
      t = Z({ inputs: { x: g }, backend: n, attrs: { shape: e } });
    return (n.disposeIntermediateTensorInfo(g), t);
  }
  return g;
}
var Em = { kernelName: `All`, backendName: `cpu`, kernelFunc: Tm };
function Dm(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, keepDims: o } = r;
  Y(i, `any`);
  let s = E(a, i.shape),
    c = s,
    l = Jo(c, i.shape.length),
    u = i;
  l != null &&
    ((u = dp({ inputs: { x: i }, backend: n, attrs: { perm: l } })),
    (c = Xo(c.length, i.shape.length))),
    qo(`any`, c, u.shape.length);
  const [d, f] = Go(u.shape, c),
    p = x(f),
    m = L(x(d), u.dtype),
    h = n.data.get(u.dataId).values;
  for (let e = 0; e < m.length; ++e) {
    let t = e * p,
      n = h[t];
    for (let e = 0; e < p; ++e) {
      const r = h[t + e];
      n ||= r;
    }
    m[e] = n;
  }
  l != null && n.disposeIntermediateTensorInfo(u);
  const g = n.makeTensorInfo(d, u.dtype, m);
  if (o) {
    const e = Ko(d, s),
      t = Z({ inputs: { x: g }, backend: n, attrs: { shape: e } });
    return (n.disposeIntermediateTensorInfo(g), t);
  }
  return g;
}
var Om = { kernelName: `Any`, backendName: `cpu`, kernelFunc: Dm };
function km(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a } = r;
  Y(i, `argMax`);
  let o = E(a, i.shape),
    s = Jo(o, i.shape.length),
    c = i,
    l = [];
  s != null &&
    ((c = dp({ inputs: { x: i }, backend: n, attrs: { perm: s } })),
    l.push(c),
    (o = Xo(o.length, c.shape.length))),
    (o = [o[0]]),
    qo(`argMax`, o, c.shape.length);
  const [u, d] = Go(c.shape, o),
    f = L(x(u), `int32`),
    p = x(d),
    m = n.data.get(c.dataId).values;
  for (let e = 0; e < f.length; ++e) {
    let t = e * p,
      n = m[t],
      r = 0;
    for (let e = 0; e < p; ++e) {
      const i = m[t + e];
      i > n && ((n = i), (r = e));
    }
    f[e] = r;
  }
  return (l.forEach((e) => n.disposeIntermediateTensorInfo(e)), n.makeTensorInfo(u, `int32`, f));
}
var Am = { kernelName: Ee, backendName: `cpu`, kernelFunc: km };
function jm(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a } = r;
  Y(i, `argMin`);
  let o = E(a, i.shape),
    s = Jo(o, i.shape.length),
    c = i,
    l = [];
  s != null &&
    ((c = dp({ inputs: { x: i }, backend: n, attrs: { perm: s } })),
    l.push(c),
    (o = Xo(o.length, c.shape.length))),
    (o = [o[0]]),
    qo(`argMin`, o, c.shape.length);
  const [u, d] = Go(c.shape, o),
    f = L(x(u), `int32`),
    p = x(d),
    m = n.data.get(c.dataId).values;
  for (let e = 0; e < f.length; ++e) {
    let t = e * p,
      n = m[t],
      r = 0;
    for (let e = 0; e < p; ++e) {
      const i = m[t + e];
      i < n && ((n = i), (r = e));
    }
    f[e] = r;
  }
  return (l.forEach((e) => n.disposeIntermediateTensorInfo(e)), n.makeTensorInfo(u, `int32`, f));
}
var Mm = { kernelName: De, backendName: `cpu`, kernelFunc: jm },
  Nm = { kernelName: Oe, backendName: `cpu`, kernelFunc: X(Oe, (e) => Math.asin(e)) },
  Pm = { kernelName: ke, backendName: `cpu`, kernelFunc: X(ke, (e) => Math.asinh(e)) },
  Fm = { kernelName: Ae, backendName: `cpu`, kernelFunc: X(Ae, (e) => Math.atan(e)) },
  Im = {
    kernelName: Me,
    backendName: `cpu`,
    kernelFunc: Df(
      Me,
      gf((e, t) => Math.atan2(e, t)),
    ),
  },
  Lm = { kernelName: je, backendName: `cpu`, kernelFunc: X(je, (e) => Math.atanh(e)) };
function Rm(e, t, n, r, i, a) {
  const o = i.strideHeight,
    s = i.strideWidth,
    c = i.dilationHeight,
    l = i.dilationWidth,
    u = i.effectiveFilterHeight,
    d = i.effectiveFilterWidth,
    f = i.padInfo.top,
    p = i.padInfo.left,
    m = a === `max` ? -1 / 0 : 1 / 0,
    h = G(i.outShape, n),
    g = h.values,
    _ = i.outShape[1] * i.outShape[2] * i.outShape[3],
    v = i.outShape[2] * i.outShape[3],
    y = i.outShape[3];
  for (let t = 0; t < i.batchSize; ++t) {
    const n = t * _,
      h = t * r[0];
    for (let t = 0; t < i.inChannels; ++t)
      for (let _ = 0; _ < i.outHeight; ++_) {
        const b = _ * o - f,
          x = Math.max(0, b),
          S = Math.min(i.inHeight, u + b),
          C = n + _ * v;
        for (let n = 0; n < i.outWidth; ++n) {
          let o = n * s - p,
            u = Math.max(0, o),
            f = Math.min(i.inWidth, d + o),
            _ = m,
            v = 0,
            b = 0;
          for (let n = x; n < S; n += c) {
            const i = h + n * r[1];
            for (let n = u; n < f; n += l) {
              const o = e[i + n * r[2] + t];
              a === `max` && o > _ ? (_ = o) : a === `avg` && ((v += o), b++);
            }
            if (isNaN(_)) break;
          }
          const w = C + n * y + t;
          g[w] = a === `avg` ? v / b : _;
        }
      }
  }
  return h;
}
function zm(e, t, n, r, i = !1, a = !1) {
  const o = G(r.outShape, `int32`),
    s = r.strideHeight,
    c = r.strideWidth,
    l = r.dilationHeight,
    u = r.dilationWidth,
    d = r.effectiveFilterHeight,
    f = r.effectiveFilterWidth,
    p = r.padInfo.top,
    m = r.padInfo.left,
    h = G(t, n, e);
  for (let e = 0; e < r.batchSize; ++e)
    for (let t = 0; t < r.inChannels; ++t)
      for (let n = 0; n < r.outHeight; ++n) {
        let g = n * s - p,
          _ = g;
        for (; _ < 0; ) _ += l;
        const v = Math.min(r.inHeight, d + g);
        for (let s = 0; s < r.outWidth; ++s) {
          let d = s * c - m,
            p = d;
          for (; p < 0; ) p += u;
          let y = Math.min(r.inWidth, f + d),
            b = -1 / 0,
            x = -1;
          for (let n = _; n < v; n += l) {
            const o = n - g;
            for (let s = p; s < y; s += u) {
              const c = s - d,
                l = h.get(e, n, s, t);
              l > b &&
                ((b = l),
                (x = i
                  ? a
                    ? ((e * r.inHeight + n) * r.inWidth + s) * r.inChannels + t
                    : (n * r.inWidth + s) * r.inChannels + t
                  : o * f + c));
            }
          }
          o.set(x, e, n, s, t);
        }
      }
  return o;
}
function Bm(e, t, n, r, i, a) {
  const o = i.strideDepth,
    s = i.strideHeight,
    c = i.strideWidth,
    l = i.dilationDepth,
    u = i.dilationHeight,
    d = i.dilationWidth,
    f = i.effectiveFilterDepth,
    p = i.effectiveFilterHeight,
    m = i.effectiveFilterWidth,
    h = i.padInfo.front,
    g = i.padInfo.top,
    _ = i.padInfo.left,
    v = a === `max` ? -1 / 0 : 1 / 0,
    y = G(i.outShape, n),
    b = y.values,
    x = i.outShape[1] * i.outShape[2] * i.outShape[3] * i.outShape[4],
    S = i.outShape[2] * i.outShape[3] * i.outShape[4],
    C = i.outShape[3] * i.outShape[4],
    w = i.outShape[4];
  for (let t = 0; t < i.batchSize; ++t) {
    const n = t * x,
      y = t * r[0];
    for (let t = 0; t < i.inChannels; ++t)
      for (let x = 0; x < i.outDepth; ++x) {
        let T = x * o - h,
          E = T;
        for (; E < 0; ) E += l;
        const D = Math.min(i.inDepth, f + T),
          O = n + x * S;
        for (let n = 0; n < i.outHeight; ++n) {
          let o = n * s - g,
            f = o;
          for (; f < 0; ) f += u;
          const h = Math.min(i.inHeight, p + o),
            x = O + n * C;
          for (let n = 0; n < i.outWidth; ++n) {
            let o = n * c - _,
              s = o;
            for (; s < 0; ) s += d;
            let p = Math.min(i.inWidth, m + o),
              g = x + n * w,
              S = v,
              C = 0,
              T = 0;
            for (let n = E; n < D; n += l) {
              const i = y + n * r[1];
              for (let n = f; n < h; n += u) {
                const o = i + n * r[2];
                for (let n = s; n < p; n += d) {
                  const i = e[o + n * r[3] + t];
                  if ((a === `max` && i > S ? (S = i) : a === `avg` && ((C += i), T++), isNaN(S)))
                    break;
                }
                if (isNaN(S)) break;
              }
              if (isNaN(S)) break;
            }
            const O = g + t;
            b[O] = a === `avg` ? C / Math.max(T, 1) : S;
          }
        }
      }
  }
  return y;
}
function Vm(e, t) {
  const n = G(t.outShape, `int32`),
    r = t.strideDepth,
    i = t.strideHeight,
    a = t.strideWidth,
    o = t.dilationDepth,
    s = t.dilationHeight,
    c = t.dilationWidth,
    l = t.effectiveFilterDepth,
    u = t.effectiveFilterHeight,
    d = t.effectiveFilterWidth,
    f = t.padInfo.front,
    p = t.padInfo.top,
    m = t.padInfo.left;
  for (let h = 0; h < t.batchSize; ++h)
    for (let g = 0; g < t.inChannels; ++g)
      for (let _ = 0; _ < t.outDepth; ++_) {
        let v = _ * r - f,
          y = v;
        for (; y < 0; ) y += o;
        const b = Math.min(t.inDepth, l + v);
        for (let r = 0; r < t.outHeight; ++r) {
          let l = r * i - p,
            f = l;
          for (; f < 0; ) f += s;
          const x = Math.min(t.inHeight, u + l);
          for (let i = 0; i < t.outWidth; ++i) {
            let p = i * a - m,
              S = p;
            for (; S < 0; ) S += c;
            let C = Math.min(t.inWidth, d + p),
              w = -1 / 0,
              T = -1;
            for (let t = y; t < b; t += o) {
              const n = t - v;
              for (let r = f; r < x; r += s) {
                const i = r - l;
                for (let a = S; a < C; a += c) {
                  const o = a - p,
                    s = e.get(h, t, r, a, g);
                  s >= w && ((w = s), (T = n * u * d + i * u + o));
                }
              }
            }
            n.set(T, h, _, r, i, g);
          }
        }
      }
  return n;
}
function Hm(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t;
  Y(i, `avgPool`);
  const { filterSize: a, strides: o, pad: s, dimRoundingMode: c } = r;
  v(
    xo(o, 1),
    () =>
      `Error in avgPool: Either strides or dilations must be 1. Got strides ${o} and dilations '1'`,
  );
  let l = oo(i.shape, a, o, 1, s, c),
    u;
  if (l.filterWidth === 1 && l.filterHeight === 1 && S(l.inShape, l.outShape))
    u = bf({ inputs: { x: i }, backend: n });
  else {
    const e = n.data.get(i.dataId).values,
      t = P(i.shape),
      r = Rm(e, i.shape, i.dtype, t, l, `avg`);
    u = n.makeTensorInfo(l.outShape, i.dtype, r.values);
  }
  return u;
}
var Um = { kernelName: Ne, backendName: `cpu`, kernelFunc: Hm };
function Wm(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { filterSize: a, strides: o, pad: s, dimRoundingMode: c, dataFormat: l } = r;
  Y(i, `avgPool3d`);
  const u = so(i.shape, a, o, 1, s, c, l),
    d = Bm(n.data.get(i.dataId).values, i.shape, i.dtype, P(i.shape), u, `avg`);
  return n.makeTensorInfo(d.shape, `float32`, d.values);
}
var Gm = { kernelName: Fe, backendName: `cpu`, kernelFunc: Wm };
function Km(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, input: a } = t,
    { filterSize: o, strides: s, pad: c, dimRoundingMode: l } = r;
  Y([i, a], `avgPool3DGrad`);
  const u = so(a.shape, o, s, 1, c, l),
    d = u.strideDepth,
    f = u.strideHeight,
    p = u.strideWidth,
    m = u.filterDepth,
    h = u.filterHeight,
    g = u.filterWidth,
    _ = u.dilationDepth,
    v = u.dilationHeight,
    y = u.dilationWidth,
    b = u.effectiveFilterDepth,
    x = u.effectiveFilterHeight,
    S = u.effectiveFilterWidth,
    C = b - 1 - u.padInfo.front,
    w = S - 1 - u.padInfo.left,
    T = x - 1 - u.padInfo.top,
    E = G(a.shape, `float32`),
    D = 1 / (m * h * g),
    O = n.bufferSync(i);
  for (let e = 0; e < u.batchSize; ++e)
    for (let t = 0; t < u.inChannels; ++t)
      for (let n = 0; n < u.inDepth; ++n)
        for (let r = 0; r < u.inHeight; ++r)
          for (let i = 0; i < u.inWidth; ++i) {
            let a = n - C,
              o = r - T,
              s = i - w,
              c = 0;
            for (let n = 0; n < b; n += _) {
              const r = (a + n) / d;
              if (!(r < 0 || r >= u.outDepth || Math.floor(r) !== r))
                for (let n = 0; n < x; n += v) {
                  const i = (o + n) / f;
                  if (!(i < 0 || i >= u.outHeight || Math.floor(i) !== i))
                    for (let n = 0; n < S; n += y) {
                      const a = (s + n) / p;
                      if (a < 0 || a >= u.outWidth || Math.floor(a) !== a) continue;
                      const o = O.get(e, r, i, a, t);
                      c += o;
                    }
                }
            }
            E.set(c * D, e, n, r, i, t);
          }
  return n.makeTensorInfo(E.shape, E.dtype, E.values);
}
var qm = { kernelName: Ie, backendName: `cpu`, kernelFunc: Km };
function Jm(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, input: a } = t,
    o = a;
  Y([i, a], `avgPoolGrad`);
  const { filterSize: s, strides: c, pad: l } = r,
    u = oo(o.shape, s, c, 1, l),
    d = u.strideHeight,
    f = u.strideWidth,
    p = u.filterHeight,
    m = u.filterWidth,
    h = u.dilationHeight,
    g = u.dilationWidth,
    _ = u.effectiveFilterHeight,
    v = u.effectiveFilterWidth,
    y = v - 1 - u.padInfo.left,
    b = _ - 1 - u.padInfo.top,
    x = G(o.shape, `float32`),
    S = 1 / (p * m),
    C = n.data.get(i.dataId).values,
    w = G(i.shape, `float32`, C);
  for (let e = 0; e < u.batchSize; ++e)
    for (let t = 0; t < u.inChannels; ++t)
      for (let n = 0; n < u.inHeight; ++n)
        for (let r = 0; r < u.inWidth; ++r) {
          let i = n - b,
            a = r - y,
            o = 0;
          for (let n = 0; n < _; n += h) {
            const r = (i + n) / d;
            if (!(r < 0 || r >= u.outHeight || Math.floor(r) !== r))
              for (let n = 0; n < v; n += g) {
                const i = (a + n) / f;
                if (i < 0 || i >= u.outWidth || Math.floor(i) !== i) continue;
                const s = w.get(e, r, i, t);
                o += s;
              }
          }
          x.set(o * S, e, n, r, t);
        }
  return n.makeTensorInfo(x.shape, x.dtype, x.values);
}
var Ym = { kernelName: Pe, backendName: `cpu`, kernelFunc: Jm };
function Xm(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, scale: a, offset: o, mean: s, variance: c } = t;
  v(
    s.shape.length === c.shape.length,
    () => `Batch normalization gradient requires mean and variance to have equal ranks.`,
  ),
    v(
      o == null || s.shape.length === o.shape.length,
      () => `Batch normalization gradient requires mean and offset to have equal ranks.`,
    ),
    v(
      a == null || s.shape.length === a.shape.length,
      () => `Batch normalization gradient requires mean and scale to have equal ranks.`,
    ),
    Y([i, s, c, a, o], `batchNorm`);
  let { varianceEpsilon: l } = r;
  l ??= 0.001;
  let u = n.data.get(i.dataId).values,
    d = n.data.get(s.dataId).values,
    f = n.data.get(c.dataId).values,
    p = a ? n.data.get(a.dataId).values : new Float32Array([1]),
    m = o ? n.data.get(o.dataId).values : new Float32Array([0]),
    h = new Float32Array(u.length),
    g = m.length,
    _ = p.length,
    y = f.length,
    b = d.length,
    x = 0,
    S = 0,
    C = 0,
    w = 0;
  for (let e = 0; e < u.length; ++e)
    (h[e] = m[x++] + ((u[e] - d[S++]) * p[C++]) / Math.sqrt(f[w++] + l)),
      x >= g && (x = 0),
      S >= b && (S = 0),
      C >= _ && (C = 0),
      w >= y && (w = 0);
  return n.makeTensorInfo(i.shape, i.dtype, h);
}
var Zm = { kernelName: Ct, backendName: `cpu`, kernelFunc: Xm };
function Qm(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { blockShape: a, crops: o } = r;
  Y([i], `batchToSpaceND`);
  const s = a.reduce((e, t) => e * t),
    c = ml(i.shape, a, s),
    l = hl(c.length, a.length),
    u = gl(i.shape, a, s),
    d = _l(o, a.length),
    f = vl(u, o, a.length),
    p = Z({ inputs: { x: i }, backend: n, attrs: { shape: c } }),
    m = dp({ inputs: { x: p }, backend: n, attrs: { perm: l } }),
    h = Z({ inputs: { x: m }, backend: n, attrs: { shape: u } }),
    g = Lp({ inputs: { x: h }, backend: n, attrs: { begin: d, size: f } });
  return (
    n.disposeIntermediateTensorInfo(p),
    n.disposeIntermediateTensorInfo(m),
    n.disposeIntermediateTensorInfo(h),
    g
  );
}
var $m = { kernelName: Re, backendName: `cpu`, kernelFunc: Qm };
function eh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, weights: a } = t,
    { size: o } = r,
    s = jf(n.data.get(i.dataId).values, n.data.get(a.dataId).values, a.dtype, a.shape, o);
  return n.makeTensorInfo([o], a.dtype, s);
}
var th = { kernelName: ze, backendName: `cpu`, kernelFunc: eh };
function nh(e) {
  const { inputs: t, backend: n } = e,
    { s0: r, s1: i } = t,
    a = n.data.get(r.dataId).values,
    o = n.data.get(i.dataId).values,
    s = Po(Array.from(a), Array.from(o));
  return n.makeTensorInfo([s.length], `int32`, Int32Array.from(s));
}
var rh = { kernelName: Ve, backendName: `cpu`, kernelFunc: nh },
  ih = {
    kernelName: We,
    backendName: `cpu`,
    kernelFunc: X(We, (e, t) => {
      const n = t;
      return e > n.clipValueMax ? n.clipValueMax : e < n.clipValueMin ? n.clipValueMin : e;
    }),
  },
  ah = {
    kernelName: z,
    backendName: `cpu`,
    kernelFunc: (e) => {
      const { x: t } = e.inputs,
        n = e.backend,
        r = new Float32Array(x(t.shape)),
        i = n.data.get(t.dataId),
        a = i.complexTensorInfos.real,
        o = i.complexTensorInfos.imag,
        s = n.data.get(a.dataId).values,
        c = n.data.get(o.dataId).values;
      for (let e = 0; e < s.length; e++) {
        const t = s[e],
          n = c[e];
        r[e] = Math.hypot(t, n);
      }
      return n.makeOutput(r, t.shape, `float32`);
    },
  };
function oh(e) {
  const { inputs: t, backend: n } = e,
    { input: r } = t,
    i = n.data.get(r.dataId).complexTensorInfos.imag,
    a = n.data.get(i.dataId).values;
  return n.makeTensorInfo(i.shape, i.dtype, a);
}
var sh = { kernelName: At, backendName: `cpu`, kernelFunc: oh };
function ch(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { axis: i } = r,
    a = E(i, t[0].shape)[0];
  ol(
    t.map((e) => e.shape),
    a,
  );
  let o = sl(
    t.map((e) => e.shape),
    a,
  );
  if (x(o) === 0) return n.makeTensorInfo(o, t[0].dtype, []);
  const s = t.filter((e) => x(e.shape) > 0);
  if (s.length === 1) return bf({ inputs: { x: s[0] }, backend: n });
  if (s[0].dtype === `complex64`) {
    const e = s.map((e) => Sf({ inputs: { input: e }, backend: n })),
      t = s.map((e) => oh({ inputs: { input: e }, backend: n })),
      r = ch({ inputs: e, backend: n, attrs: { axis: a } }),
      i = ch({ inputs: t, backend: n, attrs: { axis: a } }),
      o = _f({ inputs: { real: r, imag: i }, backend: n });
    return (
      e.forEach((e) => n.disposeIntermediateTensorInfo(e)),
      t.forEach((e) => n.disposeIntermediateTensorInfo(e)),
      n.disposeIntermediateTensorInfo(r),
      n.disposeIntermediateTensorInfo(i),
      o
    );
  }
  const c = s.map((e) => {
      const t = [-1, x(e.shape.slice(a))];
      return Z({ inputs: { x: e }, backend: n, attrs: { shape: t } });
    }),
    l = c.map((e) => ({ vals: n.data.get(e.dataId).values, shape: e.shape }));
  o = sl(
    c.map((e) => e.shape),
    1,
  );
  const u = c[0].shape[0] === 1,
    d = Lf(l, o, t[0].dtype, u),
    f = sl(
      s.map((e) => e.shape),
      a,
    ),
    p = n.makeTensorInfo(f, t[0].dtype, d);
  return (c.forEach((e) => n.disposeIntermediateTensorInfo(e)), p);
}
var lh = { kernelName: Ke, backendName: `cpu`, kernelFunc: ch };
function uh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, filter: a } = t,
    { strides: o, pad: s, dataFormat: c, dilations: l, dimRoundingMode: u } = r;
  Y([i, a], `conv2d`);
  const d = So(c),
    f = co(i.shape, a.shape, o, l, s, u, !1, d),
    p = f.filterHeight,
    m = f.filterWidth,
    h = f.dilationHeight,
    g = f.dilationWidth,
    _ = f.padInfo.left,
    v = f.padInfo.top,
    y = f.dataFormat === `channelsLast`,
    b = new ui(f.outShape, i.dtype),
    x = P(i.shape),
    S = P(a.shape),
    C = x[0],
    w = y ? x[1] : x[2],
    T = y ? x[2] : 1,
    E = y ? 1 : x[1],
    D = b.strides[0],
    O = y ? b.strides[1] : b.strides[2],
    k = y ? b.strides[2] : 1,
    A = y ? 1 : b.strides[1],
    j = n.data.get(i.dataId).values,
    M = n.data.get(a.dataId).values,
    ee = b.values;
  for (let e = 0; e < f.batchSize; ++e) {
    const t = e * C,
      n = e * D;
    for (let e = 0; e < f.outHeight; ++e) {
      const r = n + e * O,
        i = e * f.strideHeight - v;
      for (let e = 0; e < p; ++e) {
        const n = i + e * h;
        if (n < 0 || n >= f.inHeight) continue;
        const a = e * S[0],
          o = t + n * w;
        for (let e = 0; e < f.outWidth; ++e) {
          const t = r + e * k,
            n = e * f.strideWidth - _;
          for (let e = 0; e < m; ++e) {
            const r = n + e * g;
            if (r < 0 || r >= f.inWidth) continue;
            let i = a + e * S[1],
              s = o + r * T,
              c = i;
            for (let e = 0; e < f.inChannels; ++e) {
              const n = j[s + e * E];
              for (let e = 0; e < f.outChannels; ++e) ee[t + e * A] += n * M[c + e];
              c += f.outChannels;
            }
          }
        }
      }
    }
  }
  return n.makeTensorInfo(b.shape, b.dtype, ee);
}
var dh = { kernelName: qe, backendName: `cpu`, kernelFunc: uh };
function fh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, dy: a } = t,
    { strides: o, pad: s, dataFormat: c, dimRoundingMode: l, filterShape: u } = r;
  Y([i, a], `conv2dBackpropFilter`);
  const d = So(c),
    f = co(i.shape, u, o, 1, s, l, !1, d),
    { strideHeight: p, strideWidth: m, filterHeight: h, filterWidth: g } = f,
    _ = f.dataFormat === `channelsLast`,
    v = new ui(f.filterShape, `float32`),
    y = f.padInfo.left,
    b = f.padInfo.top,
    x = n.data.get(i.dataId).values,
    S = n.data.get(a.dataId).values,
    C = new ui(i.shape, i.dtype, x),
    w = new ui(a.shape, a.dtype, S);
  for (let e = 0; e < h; ++e) {
    const t = Math.max(0, Math.ceil((b - e) / p)),
      n = Math.min(f.outHeight, (f.inHeight + b - e) / p);
    for (let r = 0; r < g; ++r) {
      const i = Math.max(0, Math.ceil((y - r) / m)),
        a = Math.min(f.outWidth, (f.inWidth + y - r) / m);
      for (let o = 0; o < f.inChannels; ++o)
        for (let s = 0; s < f.outChannels; ++s) {
          let c = 0;
          for (let l = 0; l < f.batchSize; ++l)
            for (let u = t; u < n; ++u) {
              const t = e + u * p - b;
              for (let e = i; e < a; ++e) {
                const n = r + e * m - y;
                c += _
                  ? C.get(l, t, n, o) * w.get(l, u, e, s)
                  : C.get(l, o, t, n) * w.get(l, s, u, e);
              }
            }
          v.set(c, e, r, o, s);
        }
    }
  }
  return n.makeTensorInfo(v.shape, v.dtype, v.values);
}
var ph = { kernelName: Je, backendName: `cpu`, kernelFunc: fh };
function mh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, filter: a } = t,
    { inputShape: o, strides: s, pad: c, dataFormat: l, dimRoundingMode: u } = r;
  Y([i, a], `conv2dBackpropInput`);
  let d = P(a.shape),
    f = P(i.shape),
    p = So(l),
    m = co(o, a.shape, s, 1, c, u, !1, p),
    h = new ui(m.inShape, `float32`),
    g = h.values,
    _ = n.data.get(i.dataId).values,
    v = n.data.get(a.dataId).values,
    [y, b, x] = d,
    {
      batchSize: S,
      filterHeight: C,
      filterWidth: w,
      inChannels: T,
      inHeight: E,
      inWidth: D,
      outChannels: O,
      outHeight: k,
      outWidth: A,
      strideHeight: j,
      strideWidth: M,
    } = m;
  p = m.dataFormat;
  const ee = C - 1 - m.padInfo.top,
    te = w - 1 - m.padInfo.left,
    N = p === `channelsLast`,
    ne = h.strides[0],
    re = N ? h.strides[1] : h.strides[2],
    ie = N ? h.strides[2] : 1,
    ae = N ? 1 : h.strides[1],
    F = f[0],
    oe = N ? f[1] : f[2],
    I = N ? f[2] : 1,
    L = N ? 1 : f[1];
  for (let e = 0; e < S; ++e)
    for (let t = 0; t < T; ++t)
      for (let n = 0; n < E; ++n) {
        const r = n - ee,
          i = Math.max(0, Math.ceil(r / j)),
          a = Math.min(k, (C + r) / j);
        for (let o = 0; o < D; ++o) {
          let s = o - te,
            c = Math.max(0, Math.ceil(s / M)),
            l = Math.min(A, (w + s) / M),
            u = 0;
          for (let n = i; n < a; ++n) {
            const i = n * j - r;
            for (let r = c; r < l; ++r) {
              const a = r * M - s,
                o = F * e + oe * n + I * r,
                c = y * (C - 1 - i) + b * (w - 1 - a) + x * t;
              for (let e = 0; e < O; ++e) {
                const t = _[o + L * e],
                  n = v[c + e];
                u += t * n;
              }
            }
          }
          const d = ne * e + re * n + ie * o + ae * t;
          g[d] = u;
        }
      }
  return n.makeTensorInfo(h.shape, h.dtype, h.values);
}
var hh = { kernelName: Ye, backendName: `cpu`, kernelFunc: mh };
function gh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, filter: a } = t,
    { strides: o, pad: s, dilations: c } = r;
  Y([i, a], `conv3d`);
  const l = lo(i.shape, a.shape, o, c, s),
    {
      filterDepth: u,
      filterHeight: d,
      filterWidth: f,
      dilationDepth: p,
      dilationHeight: m,
      dilationWidth: h,
      padInfo: g,
    } = l,
    _ = g.front,
    v = g.left,
    y = g.top,
    b = new ui(l.outShape, i.dtype),
    x = n.data.get(i.dataId).values,
    S = n.data.get(a.dataId).values,
    C = b.values,
    w = P(i.shape),
    T = P(a.shape);
  for (let e = 0; e < l.batchSize; ++e) {
    const t = e * w[0],
      n = e * b.strides[0];
    for (let e = 0; e < l.outDepth; ++e) {
      const r = n + e * b.strides[1],
        i = e * l.strideDepth - _;
      for (let e = 0; e < u; ++e) {
        const n = i + e * p;
        if (n < 0 || n >= l.inDepth) continue;
        const a = e * T[0],
          o = t + n * w[1];
        for (let e = 0; e < l.outHeight; ++e) {
          const t = r + e * b.strides[2],
            n = e * l.strideHeight - y;
          for (let e = 0; e < d; ++e) {
            const r = n + e * m;
            if (r < 0 || r >= l.inHeight) continue;
            const i = a + e * T[1],
              s = o + r * w[2];
            for (let e = 0; e < l.outWidth; ++e) {
              const n = t + e * l.outChannels,
                r = e * l.strideWidth - v;
              for (let e = 0; e < f; ++e) {
                const t = r + e * h;
                if (t < 0 || t >= l.inWidth) continue;
                let a = i + e * T[2],
                  o = s + t * l.inChannels,
                  c = a;
                for (let e = 0; e < l.inChannels; ++e) {
                  const t = x[o + e];
                  for (let e = 0; e < l.outChannels; ++e) C[n + e] += t * S[c + e];
                  c += l.outChannels;
                }
              }
            }
          }
        }
      }
    }
  }
  return n.makeTensorInfo(b.shape, b.dtype, b.values);
}
var _h = { kernelName: Xe, backendName: `cpu`, kernelFunc: gh };
function vh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, dy: a } = t,
    { strides: o, pad: s, filterShape: c } = r;
  Y([i, a], `conv3dBackpropFilterV2`);
  const l = P(i.shape),
    u = P(a.shape),
    d = lo(i.shape, c, o, 1, s),
    f = d.strideDepth,
    p = d.strideHeight,
    m = d.strideWidth,
    h = d.filterDepth,
    g = d.filterHeight,
    _ = d.filterWidth,
    v = new ui(d.filterShape, `float32`),
    y = v.values,
    [b, x, S, C] = v.strides,
    w = n.data.get(a.dataId).values,
    [T, E, D, O] = u,
    k = n.data.get(i.dataId).values,
    [A, j, M, ee] = l,
    te = d.padInfo.front,
    N = d.padInfo.left,
    ne = d.padInfo.top;
  for (let e = 0; e < h; ++e) {
    const t = Math.max(0, Math.ceil((te - e) / f)),
      n = Math.min(d.outDepth, (d.inDepth + te - e) / f),
      r = e * b;
    for (let i = 0; i < g; ++i) {
      const a = Math.max(0, Math.ceil((ne - i) / p)),
        o = Math.min(d.outHeight, (d.inHeight + ne - i) / p),
        s = i * x + r;
      for (let r = 0; r < _; ++r) {
        const c = Math.max(0, Math.ceil((N - r) / m)),
          l = Math.min(d.outWidth, (d.inWidth + N - r) / m),
          u = r * S + s;
        for (let s = 0; s < d.inChannels; ++s) {
          const h = s * C + u;
          for (let u = 0; u < d.outChannels; ++u) {
            let g = 0;
            for (let h = 0; h < d.batchSize; ++h) {
              const d = h * A,
                _ = h * T;
              for (let h = t; h < n; ++h) {
                const t = (e + h * f - te) * j + d,
                  n = h * E + _;
                for (let e = a; e < o; ++e) {
                  const a = (i + e * p - ne) * M + t,
                    o = e * D + n;
                  for (let e = c; e < l; ++e) {
                    const t = (r + e * m - N) * ee + a,
                      n = e * O + o;
                    g += k[t + s] * w[n + u];
                  }
                }
              }
            }
            y[h + u] = g;
          }
        }
      }
    }
  }
  return n.makeTensorInfo(v.shape, v.dtype, v.values);
}
var yh = { kernelName: Ze, backendName: `cpu`, kernelFunc: vh };
function bh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, filter: a } = t,
    { pad: o, strides: s, inputShape: c } = r;
  Y([i], `conv3dBackpropInputV2`);
  const l = P(i.shape),
    u = P(a.shape),
    d = lo(c, a.shape, s, 1, o),
    f = new ui(d.inShape, `float32`),
    p = f.values,
    [m, h, g, _] = f.strides,
    v = n.data.get(i.dataId).values,
    [y, b, x, S] = l,
    C = n.data.get(a.dataId).values,
    [w, T, E, D] = u,
    {
      batchSize: O,
      filterDepth: k,
      filterHeight: A,
      filterWidth: j,
      inChannels: M,
      inDepth: ee,
      inHeight: te,
      inWidth: N,
      outChannels: ne,
      outDepth: re,
      outHeight: ie,
      outWidth: ae,
      strideDepth: F,
      strideHeight: oe,
      strideWidth: I,
    } = d,
    L = k - 1 - d.padInfo.front,
    se = A - 1 - d.padInfo.top,
    ce = j - 1 - d.padInfo.left;
  for (let e = 0; e < O; ++e)
    for (let t = 0; t < M; ++t)
      for (let n = 0; n < ee; ++n) {
        const r = n - L,
          i = Math.max(0, Math.ceil(r / F)),
          a = Math.min(re, (k + r) / F);
        for (let o = 0; o < te; ++o) {
          const s = o - se,
            c = Math.max(0, Math.ceil(s / oe)),
            l = Math.min(ie, (A + s) / oe);
          for (let u = 0; u < N; ++u) {
            let d = u - ce,
              f = Math.max(0, Math.ceil(d / I)),
              O = Math.min(ae, (j + d) / I),
              M = 0;
            for (let n = i; n < a; ++n) {
              const i = n * F - r;
              for (let r = c; r < l; ++r) {
                const a = r * oe - s;
                for (let o = f; o < O; ++o) {
                  const s = o * I - d,
                    c = y * e + b * n + x * r + S * o,
                    l = w * (k - 1 - i) + T * (A - 1 - a) + E * (j - 1 - s) + D * t;
                  for (let e = 0; e < ne; ++e) {
                    const t = v[c + e],
                      n = C[l + e];
                    M += t * n;
                  }
                }
              }
            }
            p[m * e + h * n + g * o + _ * u + t] = M;
          }
        }
      }
  return n.makeTensorInfo(f.shape, f.dtype, f.values);
}
var xh = { kernelName: Qe, backendName: `cpu`, kernelFunc: bh },
  Sh = { kernelName: `Cos`, backendName: `cpu`, kernelFunc: X(`Cos`, (e) => Math.cos(e)) },
  Ch = { kernelName: $e, backendName: `cpu`, kernelFunc: X($e, (e) => Math.cosh(e)) };
function wh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { image: i, boxes: a, boxInd: o } = t,
    { cropSize: s, method: c, extrapolationValue: l } = r,
    [u, d, f, p] = i.shape,
    m = a.shape[0],
    [h, g] = s,
    _ = G([m, h, g, p], `float32`),
    v = n.data.get(a.dataId).values,
    y = n.data.get(o.dataId).values,
    b = n.data.get(i.dataId).values,
    x = P(i.shape),
    S = P(_.shape);
  for (let e = 0; e < m; e++) {
    const t = e * 4,
      n = v[t],
      r = v[t + 1],
      i = v[t + 2],
      a = v[t + 3],
      o = y[e];
    if (o >= u) continue;
    const s = h > 1 ? ((i - n) * (d - 1)) / (h - 1) : 0,
      m = g > 1 ? ((a - r) * (f - 1)) / (g - 1) : 0;
    for (let t = 0; t < h; t++) {
      const u = h > 1 ? n * (d - 1) + t * s : 0.5 * (n + i) * (d - 1);
      if (u < 0 || u > d - 1)
        for (let n = 0; n < g; n++)
          for (let r = 0; r < p; r++) {
            const i = r + n * S[2] + t * S[1] + e * S[0];
            _.values[i] = l;
          }
      else if (c === `bilinear`) {
        const n = Math.floor(u),
          i = Math.ceil(u),
          s = u - n;
        for (let c = 0; c < g; c++) {
          const u = g > 1 ? r * (f - 1) + c * m : 0.5 * (r + a) * (f - 1);
          if (u < 0 || u > f - 1) {
            for (let n = 0; n < p; n++) {
              const r = n + c * S[2] + t * S[1] + e * S[0];
              _.values[r] = l;
            }
            continue;
          }
          const d = Math.floor(u),
            h = Math.ceil(u),
            v = u - d;
          for (let r = 0; r < p; r++) {
            let a = r + d * x[2] + n * x[1] + o * x[0],
              l = b[a];
            a = r + h * x[2] + n * x[1] + o * x[0];
            const u = b[a];
            a = r + d * x[2] + i * x[1] + o * x[0];
            const f = b[a];
            a = r + h * x[2] + i * x[1] + o * x[0];
            const p = b[a],
              m = l + (u - l) * v,
              g = f + (p - f) * v;
            (a = r + c * S[2] + t * S[1] + e * S[0]), (_.values[a] = m + (g - m) * s);
          }
        }
      } else
        for (let n = 0; n < g; ++n) {
          const i = g > 1 ? r * (f - 1) + n * m : 0.5 * (r + a) * (f - 1);
          if (i < 0 || i > f - 1) {
            for (let r = 0; r < p; r++) {
              const i = r + n * S[2] + t * S[1] + e * S[0];
              _.values[i] = l;
            }
            continue;
          }
          const s = Math.round(i),
            c = Math.round(u);
          for (let r = 0; r < p; r++) {
            const i = r + s * x[2] + c * x[1] + o * x[0],
              a = r + n * S[2] + t * S[1] + e * S[0];
            _.values[a] = b[i];
          }
        }
    }
  }
  return n.makeTensorInfo(_.shape, _.dtype, _.values);
}
var Th = { kernelName: nt, backendName: `cpu`, kernelFunc: wh };
function Eh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, exclusive: o, reverse: s } = r;
  Y(i, `cumprod`);
  let c = Jo([a], i.shape.length),
    l = i;
  c != null && (l = dp({ inputs: { x: i }, backend: n, attrs: { perm: c } }));
  const u = Xo(1, i.shape.length)[0];
  if (u !== l.shape.length - 1)
    throw Error(
      `backend.cumprod in CPU expects an inner-most axis=${l.shape.length - 1} but got axis=${u}`,
    );
  const d = wi(l.dtype, `int32`),
    f = I(x(l.shape), d),
    p = n.data.get(l.dataId).values,
    m = l.shape[l.shape.length - 1],
    h = s ? (e, t) => e + m - t - 1 : (e, t) => e + t;
  for (let e = 0; e < p.length; e += m)
    for (let t = 0; t < m; t++) {
      const n = h(e, t);
      if (t === 0) f[n] = o ? 1 : p[n];
      else {
        const r = h(e, t - 1);
        f[n] = o ? p[r] * f[r] : p[n] * f[r];
      }
    }
  const g = n.makeTensorInfo(l.shape, d, f);
  if (c != null) {
    const e = Yo(c),
      t = dp({ inputs: { x: g }, backend: n, attrs: { perm: e } });
    return (n.disposeIntermediateTensorInfo(g), n.disposeIntermediateTensorInfo(l), t);
  }
  return g;
}
var Dh = { kernelName: et, backendName: `cpu`, kernelFunc: Eh };
function Oh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, exclusive: o, reverse: s } = r;
  Y(i, `cumsum`);
  let c = Jo([a], i.shape.length),
    l = i;
  c != null && (l = dp({ inputs: { x: i }, backend: n, attrs: { perm: c } }));
  const u = Xo(1, i.shape.length)[0];
  if (u !== l.shape.length - 1)
    throw Error(
      `backend.cumsum in CPU expects an inner-most axis=${l.shape.length - 1} but got axis=${u}`,
    );
  const d = wi(l.dtype, `int32`),
    f = L(x(l.shape), d),
    p = n.data.get(l.dataId).values,
    m = l.shape[l.shape.length - 1],
    h = s ? (e, t) => e + m - t - 1 : (e, t) => e + t;
  for (let e = 0; e < p.length; e += m)
    for (let t = 0; t < m; t++) {
      const n = h(e, t);
      if (t === 0) f[n] = o ? 0 : p[n];
      else {
        const r = h(e, t - 1);
        f[n] = o ? p[r] + f[r] : p[n] + f[r];
      }
    }
  const g = n.makeTensorInfo(l.shape, d, f);
  if (c != null) {
    const e = Yo(c),
      t = dp({ inputs: { x: g }, backend: n, attrs: { perm: e } });
    return (n.disposeIntermediateTensorInfo(g), n.disposeIntermediateTensorInfo(l), t);
  }
  return g;
}
var kh = { kernelName: tt, backendName: `cpu`, kernelFunc: Oh };
function Ah(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, weights: a } = t,
    { size: o, binaryOutput: s } = r;
  if (i.shape.length === 1) {
    const e = jf(n.data.get(i.dataId).values, n.data.get(a.dataId).values, a.dtype, a.shape, o);
    return n.makeTensorInfo([o], a.dtype, e);
  }
  if (i.shape.length === 2) {
    const e = Mf(n.bufferSync(i), n.bufferSync(a), o, s);
    return n.makeTensorInfo(e.shape, a.dtype, e.values);
  }
  throw Error(
    `Error in denseBincount: input must be at most rank 2, but got rank${i.shape.length}.`,
  );
}
var jh = { kernelName: rt, backendName: `cpu`, kernelFunc: Ah };
function Mh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { blockSize: a, dataFormat: o } = r;
  v(o === `NHWC`, () => `Only NHWC dataFormat supported on CPU for depthToSpace. Got ${o}`);
  let s = i.shape[0],
    c = i.shape[1],
    l = i.shape[2],
    u = i.shape[3],
    d = c * a,
    f = l * a,
    p = u / (a * a),
    m = n.data.get(i.dataId).values,
    h = new Float32Array(s * d * f * p),
    g = 0;
  for (let e = 0; e < s; ++e)
    for (let t = 0; t < d; ++t) {
      const n = Math.floor(t / a),
        r = t % a;
      for (let t = 0; t < f; ++t) {
        const i = Math.floor(t / a),
          o = t % a,
          s = (r * a + o) * p;
        for (let t = 0; t < p; ++t) {
          const r = t + s + u * (i + l * (n + c * e));
          h[g++] = m[r];
        }
      }
    }
  return n.makeTensorInfo([s, d, f, p], i.dtype, h);
}
var Nh = { kernelName: it, backendName: `cpu`, kernelFunc: Mh };
function Ph(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, filter: a } = t,
    { strides: o, pad: s, dilations: c, dimRoundingMode: l } = r;
  Y([i, a], `depthwiseConv2DNative`);
  let u = P(i.shape),
    d = P(a.shape),
    f = c;
  (f ??= [1, 1]),
    v(
      xo(o, f),
      () =>
        `Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${o} and dilations '${f}'`,
    );
  const p = co(i.shape, a.shape, o, f, s, l, !0),
    { filterHeight: m, filterWidth: h, dilationHeight: g, dilationWidth: _, padInfo: y } = p,
    b = y.left,
    x = y.top,
    S = p.outChannels / p.inChannels,
    C = new ui(p.outShape, i.dtype),
    w = n.data.get(i.dataId).values,
    T = n.data.get(a.dataId).values,
    E = C.values;
  for (let e = 0; e < p.batchSize; ++e) {
    const t = e * u[0],
      n = e * C.strides[0];
    for (let e = 0; e < p.outHeight; ++e) {
      const r = n + e * C.strides[1],
        i = e * p.strideHeight - x;
      for (let e = 0; e < m; ++e) {
        const n = i + e * g;
        if (n < 0 || n >= p.inHeight) continue;
        const a = e * d[0],
          o = t + n * u[1];
        for (let e = 0; e < p.outWidth; ++e) {
          const t = r + e * C.strides[2],
            n = e * p.strideWidth - b;
          for (let e = 0; e < h; ++e) {
            const r = n + e * _;
            if (r < 0 || r >= p.inWidth) continue;
            let i = a + e * d[1],
              s = o + r * p.inChannels,
              c = t,
              l = i;
            for (let e = 0; e < p.inChannels; ++e) {
              const t = w[s + e];
              for (let e = 0; e < S; ++e) E[c + e] += t * T[l + e];
              (c += S), (l += S);
            }
          }
        }
      }
    }
  }
  return n.makeTensorInfo(C.shape, C.dtype, C.values);
}
var Fh = { kernelName: at, backendName: `cpu`, kernelFunc: Ph };
function Ih(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, dy: a } = t,
    { strides: o, dilations: s, pad: c, dimRoundingMode: l, filterShape: u } = r;
  Y([i, a], `depthwiseConv2dNativeBackpropFilter`);
  const d = co(i.shape, u, o, s, c, l, !0),
    { strideHeight: f, strideWidth: p, filterHeight: m, filterWidth: h } = d,
    g = new ui(d.filterShape, `float32`),
    _ = d.padInfo.left,
    v = d.padInfo.top,
    y = d.outChannels / d.inChannels,
    b = n.data.get(i.dataId).values,
    x = new ui(i.shape, i.dtype, b),
    S = n.data.get(a.dataId).values,
    C = new ui(a.shape, a.dtype, S);
  for (let e = 0; e < m; ++e) {
    const t = Math.max(0, Math.ceil((v - e) / f)),
      n = Math.min(d.outHeight, (d.inHeight + v - e) / f);
    for (let r = 0; r < h; ++r) {
      const i = Math.max(0, Math.ceil((_ - r) / p)),
        a = Math.min(d.outWidth, (d.inWidth + _ - r) / p);
      for (let o = 0; o < d.outChannels; ++o) {
        let s = Math.trunc(o / y),
          c = o % y,
          l = 0;
        for (let c = 0; c < d.batchSize; ++c)
          for (let u = t; u < n; ++u) {
            const t = e + u * f - v;
            for (let e = i; e < a; ++e) {
              const n = r + e * p - _;
              l += x.get(c, t, n, s) * C.get(c, u, e, o);
            }
          }
        g.set(l, e, r, s, c);
      }
    }
  }
  return n.makeTensorInfo(g.shape, g.dtype, g.values);
}
var Lh = { kernelName: ot, backendName: `cpu`, kernelFunc: Ih };
function Rh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, filter: a } = t,
    { strides: o, dilations: s, pad: c, dimRoundingMode: l, inputShape: u } = r;
  Y([i, a], `depthwiseConv2DNativeBackpropInput`);
  const d = P(i.shape),
    f = P(a.shape),
    p = co(u, a.shape, o, s, c, l, !0),
    m = new ui(p.inShape, `float32`),
    h = m.values,
    [g, _, v] = m.strides,
    y = n.data.get(i.dataId).values,
    [b, x, S] = d,
    C = n.data.get(a.dataId).values,
    [w, T, E] = f,
    {
      batchSize: D,
      filterHeight: O,
      filterWidth: k,
      inChannels: A,
      inHeight: j,
      inWidth: M,
      outChannels: ee,
      outHeight: te,
      outWidth: N,
      strideHeight: ne,
      strideWidth: re,
    } = p,
    ie = O - 1 - p.padInfo.top,
    ae = k - 1 - p.padInfo.left,
    F = ee / A;
  for (let e = 0; e < D; ++e)
    for (let t = 0; t < A; ++t)
      for (let n = 0; n < j; ++n) {
        const r = n - ie,
          i = Math.max(0, Math.ceil(r / ne)),
          a = Math.min(te, (O + r) / ne);
        for (let o = 0; o < M; ++o) {
          let s = o - ae,
            c = Math.max(0, Math.ceil(s / re)),
            l = Math.min(N, (k + s) / re),
            u = 0;
          for (let n = i; n < a; ++n) {
            const i = n * ne - r;
            for (let r = c; r < l; ++r) {
              const a = r * re - s,
                o = b * e + x * n + S * r,
                c = w * (O - 1 - i) + T * (k - 1 - a) + E * t;
              for (let e = 0; e < F; ++e) {
                const n = y[o + (t * F + e)],
                  r = C[c + e];
                u += n * r;
              }
            }
          }
          h[g * e + _ * n + v * o + t] = u;
        }
      }
  return n.makeTensorInfo(m.shape, m.dtype, m.values);
}
var zh = { kernelName: st, backendName: `cpu`, kernelFunc: Rh };
function Bh(e) {
  const { inputs: t, backend: n } = e,
    { x: r } = t,
    i = x(r.shape),
    a = n.data.get(r.dataId).values,
    o = G([i, i], r.dtype),
    s = o.values;
  for (let e = 0; e < a.length; e++) s[e * i + e] = a[e];
  const c = [...r.shape, ...r.shape];
  return n.makeTensorInfo(c, o.dtype, o.values);
}
var Vh = { kernelName: ct, backendName: `cpu`, kernelFunc: Bh },
  Hh = {
    kernelName: lt,
    backendName: `cpu`,
    kernelFunc: ({ inputs: e, backend: t, attrs: n }) => {
      const { x: r, filter: i } = e,
        { strides: a, pad: o, dilations: s } = n,
        c = t,
        l = c.data.get(r.dataId).values,
        u = r.shape.length,
        d = c.data.get(i.dataId).values,
        f = i.shape.length,
        {
          batchSize: p,
          inHeight: m,
          inWidth: h,
          inChannels: g,
          outHeight: _,
          outWidth: v,
          padInfo: y,
          strideHeight: b,
          strideWidth: S,
          filterHeight: C,
          filterWidth: w,
          dilationHeight: T,
          dilationWidth: E,
          outShape: D,
        } = ao(r.shape, i.shape, a, o, `NHWC`, s),
        k = x(D),
        A = D.length,
        j = O(r.dtype, k);
      for (let e = 0; e < p; ++e)
        for (let t = 0; t < _; ++t) {
          const n = t * b - y.top;
          for (let a = 0; a < v; ++a) {
            const o = a * S - y.left;
            for (let s = 0; s < g; ++s) {
              let c = -(2 ** 53 - 1);
              for (let t = 0; t < C; ++t) {
                const a = n + t * T;
                if (a >= 0 && a < m)
                  for (let n = 0; n < w; ++n) {
                    const p = o + n * E;
                    if (p >= 0 && p < h) {
                      const o = le([e, a, p, s], u, P(r.shape)),
                        m = le([t, n, s], f, P(i.shape)),
                        h = l[o] + d[m];
                      h > c && (c = h);
                    }
                  }
              }
              const p = le([e, t, a, s], A, P(D));
              j[p] = c;
            }
          }
        }
      return { dataId: c.write(Ur(j, r.dtype), D, r.dtype), shape: D, dtype: r.dtype };
    },
  },
  Uh = {
    kernelName: dt,
    backendName: `cpu`,
    kernelFunc: ({ inputs: e, backend: t, attrs: n }) => {
      const { x: r, filter: i, dy: a } = e,
        { strides: o, pad: s, dilations: c } = n,
        l = t,
        u = F(r.shape, l.data.get(r.dataId).values),
        d = F(i.shape, l.data.get(i.dataId).values),
        {
          batchSize: f,
          inHeight: p,
          inWidth: m,
          inChannels: h,
          outHeight: g,
          outWidth: _,
          padInfo: y,
          strideHeight: b,
          strideWidth: x,
          filterHeight: S,
          filterWidth: C,
          dilationHeight: w,
          dilationWidth: T,
          outShape: E,
        } = ao(r.shape, i.shape, o, s, `NHWC`, c);
      v(
        a.rank === E.length,
        () => `Error in ${dt}, dy must have the same rank as output ${E.length}, but got ${a.rank}`,
      );
      const D = F(E, l.data.get(a.dataId).values),
        O = se(i.shape, i.dtype);
      for (let e = 0; e < f; ++e)
        for (let t = 0; t < g; ++t) {
          const n = t * b - y.top;
          for (let r = 0; r < _; ++r) {
            const i = r * x - y.left;
            for (let a = 0; a < h; ++a) {
              let o = -(2 ** 53 - 1),
                s = 0,
                c = 0;
              for (let t = 0; t < S; ++t) {
                const r = n + t * w;
                if (r >= 0 && r < p)
                  for (let n = 0; n < C; ++n) {
                    const l = i + n * T;
                    if (l >= 0 && l < m) {
                      const i = u[e][r][l][a] + d[t][n][a];
                      i > o && ((o = i), (s = t), (c = n));
                    }
                  }
              }
              O[s][c][a] += D[e][t][r][a];
            }
          }
        }
      return { dataId: l.write(Ur(O, r.dtype), i.shape, i.dtype), shape: i.shape, dtype: i.dtype };
    },
  },
  Wh = {
    kernelName: ut,
    backendName: `cpu`,
    kernelFunc: ({ inputs: e, backend: t, attrs: n }) => {
      const { x: r, filter: i, dy: a } = e,
        { strides: o, pad: s, dilations: c } = n,
        l = t,
        u = F(r.shape, l.data.get(r.dataId).values),
        d = F(i.shape, l.data.get(i.dataId).values),
        {
          batchSize: f,
          inHeight: p,
          inWidth: m,
          inChannels: h,
          outHeight: g,
          outWidth: _,
          padInfo: y,
          strideHeight: b,
          strideWidth: x,
          filterHeight: S,
          filterWidth: C,
          dilationHeight: w,
          dilationWidth: T,
          outShape: E,
        } = ao(r.shape, i.shape, o, s, `NHWC`, c);
      v(
        a.rank === E.length,
        () => `Error in ${ut}, dy must have the same rank as output ${E.length}, but got ${a.rank}`,
      );
      const D = F(E, l.data.get(a.dataId).values),
        O = se(r.shape, r.dtype);
      for (let e = 0; e < f; ++e)
        for (let t = 0; t < g; ++t) {
          const n = t * b - y.top;
          for (let r = 0; r < _; ++r) {
            const i = r * x - y.left;
            for (let a = 0; a < h; ++a) {
              let o = -(2 ** 53 - 1),
                s = n < 0 ? 0 : n,
                c = i < 0 ? 0 : i;
              for (let t = 0; t < S; ++t) {
                const r = n + t * w;
                if (r >= 0 && r < p)
                  for (let n = 0; n < C; ++n) {
                    const l = i + n * T;
                    if (l >= 0 && l < m) {
                      const i = u[e][r][l][a] + d[t][n][a];
                      i > o && ((o = i), (s = r), (c = l));
                    }
                  }
              }
              O[e][s][c][a] += D[e][t][r][a];
            }
          }
        }
      return { dataId: l.write(Ur(O, r.dtype), r.shape, r.dtype), shape: r.shape, dtype: r.dtype };
    },
  };
function Gh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { image: i } = t,
    { canvas: a, options: o } = r,
    { contextOptions: s, imageOptions: c } = o || {},
    l = c?.alpha || 1,
    u = s?.contextType || `2d`;
  if (u !== `2d`) throw Error(`Context type ${s.contextType} is not supported by the CPU backend.`);
  const d = a.getContext(u, s?.contextAttributes || {});
  if (d == null) throw Error(`Could not get the context with ${u} type.`);
  const [f, p] = i.shape.slice(0, 2),
    m = i.shape.length === 2 ? 1 : i.shape[2],
    h = n.data.get(i.dataId).values,
    g = i.dtype === `float32` ? 255 : 1,
    _ = new Uint8ClampedArray(p * f * 4);
  for (let e = 0; e < f * p; ++e) {
    const t = [0, 0, 0, 255 * l];
    for (let n = 0; n < m; n++) {
      const r = h[e * m + n];
      if (i.dtype === `float32`) {
        if (r < 0 || r > 1)
          throw Error(
            `Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${r}.`,
          );
      } else if (i.dtype === `int32` && (r < 0 || r > 255))
        throw Error(
          `Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${r}.`,
        );
      m === 1 ? ((t[0] = r * g), (t[1] = r * g), (t[2] = r * g)) : (t[n] = r * g);
    }
    const n = e * 4;
    (_[n + 0] = Math.round(t[0])),
      (_[n + 1] = Math.round(t[1])),
      (_[n + 2] = Math.round(t[2])),
      (_[n + 3] = Math.round(t[3]));
  }
  (a.width = p), (a.height = f);
  const v = new ImageData(_, p, f);
  return (d.putImageData(v, 0, 0), i);
}
var Kh = { kernelName: ft, backendName: `cpu`, kernelFunc: Gh };
function qh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, keepDims: o } = r;
  Y(i, `sum`);
  let s;
  s =
    i.dtype === `bool`
      ? Tf({ inputs: { x: i }, backend: n, attrs: { dtype: `int32` } })
      : bf({ inputs: { x: i }, backend: n });
  let c = s.shape.length,
    l = E(a, s.shape),
    u = Jo(l, c),
    d = l,
    f = s;
  u != null &&
    ((f = dp({ inputs: { x: s }, backend: n, attrs: { perm: u } })), (d = Xo(d.length, c))),
    qo(`sum`, d, f.shape.length);
  let [p, m] = Go(f.shape, d),
    h = yf(n, p, wi(f.dtype, `int32`)),
    g = x(m),
    _ = n.data.get(h.dataId).values,
    v = n.data.get(f.dataId).values;
  for (let e = 0; e < _.length; ++e) {
    let t = e * g,
      n = 0;
    for (let e = 0; e < g; ++e) n += v[t + e];
    _[e] = n;
  }
  if (o) {
    const e = Ko(h.shape, l),
      t = h;
    (h = Z({ inputs: { x: h }, backend: n, attrs: { shape: e } })),
      n.disposeIntermediateTensorInfo(t);
  }
  return (n.disposeIntermediateTensorInfo(s), u != null && n.disposeIntermediateTensorInfo(f), h);
}
var Jh = { kernelName: `Sum`, backendName: `cpu`, kernelFunc: qh };
function Yh(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { equation: i } = r,
    a = t,
    { allDims: o, summedDims: s, idDims: c } = zl(i, a.length);
  Vl(o.length, c, a);
  let { path: l, steps: u } = Hl(s, c),
    d = u.length,
    f = null,
    p = o.length,
    m = [];
  for (let e = 0; e < d; ++e) {
    for (const t of u[e]) {
      let { permutationIndices: e, expandDims: r } = Bl(p, c[t]),
        i;
      Ul(e)
        ? (i = a[t])
        : ((i = dp({ inputs: { x: a[t] }, backend: n, attrs: { perm: e } })), m.push(i));
      const o = i.shape.slice();
      for (let e = 0; e < r.length; ++e) o.splice(r[e], 0, 1);
      S(i.shape, o) || ((i = Z({ inputs: { x: i }, backend: n, attrs: { shape: o } })), m.push(i)),
        f === null ? (f = i) : ((f = rp({ inputs: { a: i, b: f }, backend: n })), m.push(f));
    }
    e < d - 1 &&
      (l[e] >= 0 &&
        ((f = qh({
          inputs: { x: f },
          backend: n,
          attrs: { axis: l[e] - (o.length - p), keepDims: !1 },
        })),
        m.push(f)),
      p--);
  }
  for (const e of m) e !== f && n.disposeIntermediateTensorInfo(e);
  return f;
}
var Xh = { kernelName: mt, backendName: `cpu`, kernelFunc: Yh };
function Zh(e) {
  const { inputs: t, backend: n } = e,
    { dy: r, y: i } = t;
  Y([r, i], `eluGrad`);
  const a = new Float32Array(x(i.shape)),
    o = n.data.get(i.dataId).values,
    s = n.data.get(r.dataId).values;
  for (let e = 0; e < o.length; ++e) {
    const t = o[e];
    t >= 0 ? (a[e] = s[e]) : (a[e] = s[e] * (t + 1));
  }
  return n.makeTensorInfo(i.shape, `float32`, a);
}
var Qh = { kernelName: ht, backendName: `cpu`, kernelFunc: Zh },
  $h = xl,
  eg = Sl,
  tg = Cl,
  ng = wl,
  rg = Tl,
  ig = El,
  ag = {
    kernelName: `Erf`,
    backendName: `cpu`,
    kernelFunc: X(`Erf`, (e) => {
      const t = Math.sign(e),
        n = Math.abs(e),
        r = 1 / (1 + $h * n);
      return t * (1 - ((((ig * r + rg) * r + ng) * r + tg) * r + eg) * r * Math.exp(-n * n));
    }),
  };
function og(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { input: i } = t,
    { dim: a } = r,
    o = i.shape.length,
    s = i.shape.slice(),
    c = a;
  return (
    a < 0 &&
      (v(-(o + 1) <= a, () => `Axis must be in the interval [${-(o + 1)}, ${o}]`), (c = o + a + 1)),
    s.splice(c, 0, 1),
    Z({ inputs: { x: i }, backend: n, attrs: { shape: s } })
  );
}
var sg = { kernelName: _t, backendName: `cpu`, kernelFunc: og },
  cg = Df(
    pt,
    gf((e, t) => e / t),
  ),
  lg = { kernelName: pt, backendName: `cpu`, kernelFunc: cg };
function ug(e, t, n) {
  const r = e.shape,
    i = r[0],
    a = r[1],
    o = n.data.get(e.dataId),
    s = o.complexTensorInfos.real,
    c = o.complexTensorInfos.imag,
    l = [i, a],
    u = x(l),
    d = D(`float32`, u),
    f = D(`float32`, u);
  for (let e = 0; e < i; e++) {
    const r = Lp({ inputs: { x: s }, backend: n, attrs: { begin: [e, 0], size: [1, a] } }),
      i = Lp({ inputs: { x: c }, backend: n, attrs: { begin: [e, 0], size: [1, a] } }),
      o = _f({ inputs: { real: r, imag: i }, backend: n }),
      { real: l, imag: u } = dg(o, t, n),
      p = Dl(l, u);
    for (let t = 0; t < a; t++) {
      const n = jl(p, t);
      (d[e * a + t] = n.real), (f[e * a + t] = n.imag);
    }
    n.disposeIntermediateTensorInfo(r),
      n.disposeIntermediateTensorInfo(i),
      n.disposeIntermediateTensorInfo(o);
  }
  const p = n.makeTensorInfo(l, `float32`, d),
    m = n.makeTensorInfo(l, `float32`, f),
    h = _f({ inputs: { real: p, imag: m }, backend: n });
  return (n.disposeIntermediateTensorInfo(p), n.disposeIntermediateTensorInfo(m), h);
}
function dg(e, t, n) {
  const r = x(e.shape),
    i = n.data.get(e.dataId),
    a = n.data.get(i.complexTensorInfos.real.dataId).values,
    o = n.data.get(i.complexTensorInfos.imag.dataId).values;
  if (fg(r)) {
    const i = pg(a, o, r, t, n),
      s = [e.shape[0], e.shape[1]];
    if (t) {
      const e = n.makeTensorInfo(s, `float32`, i.real),
        t = n.makeTensorInfo(s, `float32`, i.imag),
        a = n.makeTensorInfo([], `float32`, Vr(r, `float32`)),
        o = bf({ inputs: { x: a }, backend: n }),
        c = lg.kernelFunc({ inputs: { a: e, b: a }, backend: n }),
        l = lg.kernelFunc({ inputs: { a: t, b: o }, backend: n }),
        u = n.data.get(c.dataId).values,
        d = n.data.get(l.dataId).values;
      return (
        n.disposeIntermediateTensorInfo(e),
        n.disposeIntermediateTensorInfo(t),
        n.disposeIntermediateTensorInfo(a),
        n.disposeIntermediateTensorInfo(o),
        n.disposeIntermediateTensorInfo(c),
        n.disposeIntermediateTensorInfo(l),
        { real: u, imag: d }
      );
    }
    return i;
  }
  return Ol(mg(Dl(a, o), r, t));
}
function fg(e) {
  return !(e & (e - 1));
}
function pg(e, t, n, r, i) {
  if (n === 1) return { real: e, imag: t };
  const a = Dl(e, t),
    o = n / 2,
    s = kl(a),
    c = s.real,
    l = s.imag,
    u = [c.length],
    d = i.makeTensorInfo(u, `float32`, c),
    f = i.makeTensorInfo(u, `float32`, l),
    p = _f({ inputs: { real: d, imag: f }, backend: i }),
    m = Al(a),
    h = m.real,
    g = m.imag,
    _ = [h.length],
    v = i.makeTensorInfo(_, `float32`, h),
    y = i.makeTensorInfo(_, `float32`, g),
    b = _f({ inputs: { real: v, imag: y }, backend: i }),
    x = pg(c, l, o, r, i),
    S = x.real,
    C = x.imag,
    w = [S.length],
    T = i.makeTensorInfo(w, `float32`, S),
    E = i.makeTensorInfo(w, `float32`, C),
    D = _f({ inputs: { real: T, imag: E }, backend: i }),
    O = pg(h, g, o, r, i),
    k = O.real,
    A = O.imag,
    j = [k.length],
    M = i.makeTensorInfo(j, `float32`, k),
    ee = i.makeTensorInfo(j, `float32`, A),
    te = _f({ inputs: { real: M, imag: ee }, backend: i }),
    N = Nl(n, r),
    ne = [N.real.length],
    re = i.makeTensorInfo(ne, `float32`, N.real),
    ie = i.makeTensorInfo(ne, `float32`, N.imag),
    P = _f({ inputs: { real: re, imag: ie }, backend: i }),
    ae = rp({ inputs: { a: P, b: te }, backend: i }),
    F = kf({ inputs: { a: D, b: ae }, backend: i }),
    oe = Zp({ inputs: { a: D, b: ae }, backend: i }),
    I = Sf({ inputs: { input: F }, backend: i }),
    L = Sf({ inputs: { input: oe }, backend: i }),
    se = oh({ inputs: { input: F }, backend: i }),
    ce = oh({ inputs: { input: oe }, backend: i }),
    le = ch({ inputs: [I, L], backend: i, attrs: { axis: 0 } }),
    ue = ch({ inputs: [se, ce], backend: i, attrs: { axis: 0 } }),
    de = i.data.get(le.dataId).values,
    fe = i.data.get(ue.dataId).values;
  return (
    i.disposeIntermediateTensorInfo(d),
    i.disposeIntermediateTensorInfo(f),
    i.disposeIntermediateTensorInfo(p),
    i.disposeIntermediateTensorInfo(v),
    i.disposeIntermediateTensorInfo(y),
    i.disposeIntermediateTensorInfo(b),
    i.disposeIntermediateTensorInfo(T),
    i.disposeIntermediateTensorInfo(E),
    i.disposeIntermediateTensorInfo(D),
    i.disposeIntermediateTensorInfo(M),
    i.disposeIntermediateTensorInfo(ee),
    i.disposeIntermediateTensorInfo(te),
    i.disposeIntermediateTensorInfo(re),
    i.disposeIntermediateTensorInfo(ie),
    i.disposeIntermediateTensorInfo(P),
    i.disposeIntermediateTensorInfo(ae),
    i.disposeIntermediateTensorInfo(F),
    i.disposeIntermediateTensorInfo(oe),
    i.disposeIntermediateTensorInfo(I),
    i.disposeIntermediateTensorInfo(se),
    i.disposeIntermediateTensorInfo(L),
    i.disposeIntermediateTensorInfo(ce),
    i.disposeIntermediateTensorInfo(le),
    i.disposeIntermediateTensorInfo(ue),
    { real: de, imag: fe }
  );
}
function mg(e, t, n) {
  const r = new Float32Array(t * 2);
  for (let i = 0; i < t; i++) {
    let a = 0,
      o = 0;
    for (let r = 0; r < t; r++) {
      const s = Pl(i * r, t, n),
        c = jl(e, r);
      (a += c.real * s.real - c.imag * s.imag), (o += c.real * s.imag + c.imag * s.real);
    }
    n && ((a /= t), (o /= t)), Ml(r, a, o, i);
  }
  return r;
}
function hg(e) {
  const { inputs: t, backend: n } = e,
    { input: r } = t,
    i = x(r.shape),
    a = r.shape[r.shape.length - 1],
    o = i / a,
    s = Z({ inputs: { x: r }, backend: n, attrs: { shape: [o, a] } }),
    c = ug(s, !1, n),
    l = Z({ inputs: { x: c }, backend: n, attrs: { shape: r.shape } });
  return (n.disposeIntermediateTensorInfo(s), n.disposeIntermediateTensorInfo(c), l);
}
var gg = { kernelName: `FFT`, backendName: `cpu`, kernelFunc: hg };
function _g(e) {
  const { backend: t, attrs: n } = e,
    { shape: r, value: i, dtype: a } = n,
    o = a || re(i),
    s = O(o, x(r));
  return (yg(s, i, o), t.makeTensorInfo(r, o, s));
}
var vg = { kernelName: yt, backendName: `cpu`, kernelFunc: _g };
function yg(e, t, n) {
  e.fill(t);
}
var bg = {
  kernelName: bt,
  backendName: `cpu`,
  kernelFunc: ({ inputs: e, attrs: t, backend: n }) => {
    const { image: r } = e,
      i = n,
      a = D(r.dtype, x(r.shape)),
      [o, s, c, l] = r.shape,
      u = i.data.get(r.dataId).values;
    for (let e = 0; e < o; e++) {
      const t = e * c * s * l;
      for (let e = 0; e < s; e++) {
        const n = c * l * e;
        for (let e = 0; e < c; e++) {
          const r = e * l;
          for (let i = 0; i < l; i++) {
            let o = Math.round(c - e - 1),
              s = t + n + r + i,
              d = u[s];
            if (o >= 0 && o < c) {
              const e = o * l;
              d = u[t + n + e + i];
            }
            a[s] = d;
          }
        }
      }
    }
    return { dataId: i.write(a, r.shape, r.dtype), shape: r.shape, dtype: r.dtype };
  },
};
function xg(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { x: i, filter: a, bias: o, preluActivationWeights: s } = t,
    {
      strides: c,
      pad: l,
      dataFormat: u,
      dilations: d,
      dimRoundingMode: f,
      activation: p,
      leakyreluAlpha: m,
    } = r,
    h = uh({
      inputs: { x: i, filter: a },
      backend: n,
      attrs: { strides: c, pad: l, dataFormat: u, dilations: d, dimRoundingMode: f },
    });
  if (o) {
    const e = h;
    if (u === `NCHW` && o.shape.length === 1 && o.shape[0] !== 1) {
      const e = Z({ inputs: { x: o }, backend: n, attrs: { shape: [o.shape[0], 1, 1] } });
      (h = kf({ inputs: { a: h, b: e }, backend: n })), n.disposeIntermediateTensorInfo(e);
    } else h = kf({ inputs: { a: h, b: o }, backend: n });
    n.disposeIntermediateTensorInfo(e);
  }
  if (p) {
    const e = h;
    if (u === `NCHW` && p === `prelu` && s.shape.length === 1 && s.shape[0] !== 1) {
      const e = Z({ inputs: { x: s }, backend: n, attrs: { shape: [s.shape[0], 1, 1] } });
      (h = hm(n, h, p, e, m)), n.disposeIntermediateTensorInfo(e);
    } else h = hm(n, h, p, s, m);
    n.disposeIntermediateTensorInfo(e);
  }
  return h;
}
var Sg = { kernelName: fr, backendName: `cpu`, kernelFunc: xg };
function Cg(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { x: i, filter: a, bias: o, preluActivationWeights: s } = t,
    {
      strides: c,
      pad: l,
      dataFormat: u,
      dilations: d,
      dimRoundingMode: f,
      activation: p,
      leakyreluAlpha: m,
    } = r,
    h = Ph({
      inputs: { x: i, filter: a },
      backend: n,
      attrs: { strides: c, pad: l, dataFormat: u, dilations: d, dimRoundingMode: f },
    });
  if (o) {
    const e = h;
    (h = kf({ inputs: { a: h, b: o }, backend: n })), n.disposeIntermediateTensorInfo(e);
  }
  if (p) {
    const e = h;
    (h = hm(n, h, p, s, m)), n.disposeIntermediateTensorInfo(e);
  }
  return h;
}
var wg = { kernelName: pr, backendName: `cpu`, kernelFunc: Cg };
function Tg(e) {
  const { inputs: t, backend: n } = e,
    { params: r, indices: i } = t,
    a = x(r.shape),
    o = i.shape,
    s = o[o.length - 1],
    [c, l, u, d] = Jc(r, i);
  if (l === 0) return n.makeTensorInfo(c, r.dtype, []);
  const f = Gf(n.data.get(i.dataId).values, n.bufferSync(r), r.dtype, l, s, u, d, r.shape, a);
  return n.makeTensorInfo(c, r.dtype, f.values);
}
var Eg = { kernelName: Tt, backendName: `cpu`, kernelFunc: Tg };
function Dg(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, indices: a } = t,
    { axis: o, batchDims: s } = r;
  Y([i, a], `gatherV2`);
  const c = E(o, i.shape)[0],
    l = n.data.get(a.dataId).values,
    u = i.shape[c];
  for (let e = 0; e < l.length; ++e) {
    const t = l[e];
    v(t <= u - 1 && t >= 0, () => `GatherV2: the index value ${t} is not in [0, ${u - 1}]`);
  }
  let d = s;
  s ?? (d = 0);
  const f = x(a.shape),
    p = iu(i, a, c, d),
    m = Z({
      inputs: { x: i },
      backend: n,
      attrs: { shape: [p.batchSize, p.outerSize, p.dimSize, p.sliceSize] },
    }),
    h = Z({ inputs: { x: a }, backend: n, attrs: { shape: [p.batchSize, f / p.batchSize] } }),
    g = [p.batchSize, p.outerSize, f / p.batchSize, p.sliceSize],
    _ = n.bufferSync(h),
    y = Kf(n.bufferSync(m), _, g);
  return (
    n.disposeIntermediateTensorInfo(m),
    n.disposeIntermediateTensorInfo(h),
    n.makeTensorInfo(p.outputShape, y.dtype, y.values)
  );
}
var Og = { kernelName: wt, backendName: `cpu`, kernelFunc: Dg };
function kg(e) {
  const { inputs: t, backend: n } = e,
    { input: r } = t,
    i = x(r.shape),
    a = r.shape[r.shape.length - 1],
    o = i / a,
    s = Z({ inputs: { x: r }, backend: n, attrs: { shape: [o, a] } }),
    c = ug(s, !0, n),
    l = Z({ inputs: { x: c }, backend: n, attrs: { shape: r.shape } });
  return (n.disposeIntermediateTensorInfo(s), n.disposeIntermediateTensorInfo(c), l);
}
var Ag = { kernelName: kt, backendName: `cpu`, kernelFunc: kg },
  jg = {
    kernelName: jt,
    backendName: `cpu`,
    kernelFunc: X(jt, (e) => +!!Number.isFinite(e), `bool`),
  },
  Mg = {
    kernelName: Mt,
    backendName: `cpu`,
    kernelFunc: X(Mt, (e) => +(Math.abs(e) === 1 / 0), `bool`),
  },
  Ng = { kernelName: Nt, backendName: `cpu`, kernelFunc: X(Nt, (e) => +!!Number.isNaN(e), `bool`) };
function Pg(e) {
  const { backend: t, attrs: n } = e,
    { start: r, stop: i, num: a } = n,
    o = Zf(r, i, a);
  return t.makeTensorInfo([o.length], `float32`, o);
}
var Fg = { kernelName: Lt, backendName: `cpu`, kernelFunc: Pg },
  Ig = { kernelName: Rt, backendName: `cpu`, kernelFunc: X(Rt, (e) => Math.log1p(e)) },
  Lg = {
    kernelName: zt,
    backendName: `cpu`,
    kernelFunc: Df(
      zt,
      gf((e, t) => e && t),
      null,
      `bool`,
    ),
  },
  Rg = { kernelName: Bt, backendName: `cpu`, kernelFunc: X(Bt, (e) => +!e, `bool`) },
  zg = {
    kernelName: Vt,
    backendName: `cpu`,
    kernelFunc: Df(
      Vt,
      gf((e, t) => e || t),
      null,
      `bool`,
    ),
  };
function Bg(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { depthRadius: a, bias: o, alpha: s, beta: c } = r;
  Y(i, `LRN`);
  const l = i.shape[3],
    u = l - 1,
    d = n.data.get(i.dataId).values,
    f = x(i.shape),
    p = new Float32Array(f);
  function m(e) {
    let t = e % l,
      n = e - t + Math.max(0, t - a),
      r = e - t + Math.min(t + a, u),
      i = 0;
    for (; n <= r; n++) {
      const e = d[n];
      i += e * e;
    }
    return i;
  }
  for (let e = 0; e < f; e++) {
    const t = m(e),
      n = d[e] * (o + s * t) ** +-c;
    p[e] = n;
  }
  return n.makeTensorInfo(i.shape, i.dtype, p);
}
var Vg = { kernelName: `LRN`, backendName: `cpu`, kernelFunc: Bg };
function Hg(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, y: a, dy: o } = t,
    { depthRadius: s, bias: c, alpha: l, beta: u } = r;
  Y(o, `LRNGrad`);
  const d = x(o.shape),
    f = o.shape[3],
    p = n.data.get(o.dataId).values,
    m = n.data.get(i.dataId).values,
    h = n.data.get(a.dataId).values,
    g = new Float32Array(d),
    _ = d;
  for (let e = 0; e < _; e++) {
    let t = e % f,
      n = e - t + Math.max(0, t - s),
      r = e - t + Math.min(f, t + s + 1),
      i = 0;
    for (let e = n; e < r; e++) i += m[e] ** 2;
    i = l * i + c;
    for (let t = n; t < r; t++) {
      let n = (-2 * l * u * m[t] * h[e]) / i;
      e === t && (n += i ** +-u), (n *= p[e]), (g[t] += n);
    }
  }
  return n.makeTensorInfo(o.shape, i.dtype, g);
}
var Ug = { kernelName: Ut, backendName: `cpu`, kernelFunc: Hg };
function Wg(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { reductionIndices: a, keepDims: o } = r,
    s = n,
    c = i.shape,
    l = c.length,
    u = E(a, c),
    d = u,
    f = Jo(d, l),
    p = s.data.get(i.dataId).values;
  if (f != null) {
    const e = Array(l);
    for (let t = 0; t < e.length; t++) e[t] = c[f[t]];
    (p = up(p, c, i.dtype, f, e)), (d = Xo(d.length, l)), (c = e);
  }
  Y(i, `max`), qo(`max`, d, l);
  let [m, h] = Go(c, d),
    g = x(h),
    _ = $f(p, g, m, i.dtype),
    v = s.write(_, m, i.dtype),
    y = m;
  return (o && (y = Ko(m, u)), { dataId: v, shape: y, dtype: i.dtype });
}
var Gg = { kernelName: `Max`, backendName: `cpu`, kernelFunc: Wg };
function Kg(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t;
  Y(i, `maxPool`);
  const { filterSize: a, strides: o, pad: s, dimRoundingMode: c } = r;
  v(
    xo(o, 1),
    () =>
      `Error in maxPool: Either strides or dilations must be 1. Got strides ${o} and dilations '1'`,
  );
  let l = oo(i.shape, a, o, 1, s, c),
    u;
  if (l.filterWidth === 1 && l.filterHeight === 1 && S(l.inShape, l.outShape))
    u = bf({ inputs: { x: i }, backend: n });
  else {
    const e = n.data.get(i.dataId).values,
      t = P(i.shape),
      r = Rm(e, i.shape, i.dtype, t, l, `max`);
    u = n.makeTensorInfo(l.outShape, i.dtype, r.values);
  }
  return u;
}
var qg = { kernelName: Gt, backendName: `cpu`, kernelFunc: Kg };
function Jg(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { filterSize: a, strides: o, pad: s, dimRoundingMode: c, dataFormat: l } = r;
  Y(i, `maxPool3d`);
  const u = so(i.shape, a, o, 1, s, c, l),
    d = Bm(n.data.get(i.dataId).values, i.shape, i.dtype, P(i.shape), u, `max`);
  return n.makeTensorInfo(d.shape, `float32`, d.values);
}
var Yg = { kernelName: qt, backendName: `cpu`, kernelFunc: Jg };
function Xg(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, input: a } = t,
    { filterSize: o, strides: s, pad: c, dimRoundingMode: l } = r;
  Y([i, a], `maxPool3DGrad`);
  const u = so(a.shape, o, s, 1, c, l),
    d = Vm(n.bufferSync(a), u),
    f = u.strideDepth,
    p = u.strideHeight,
    m = u.strideWidth,
    h = u.dilationDepth,
    g = u.dilationHeight,
    _ = u.dilationWidth,
    v = u.effectiveFilterDepth,
    y = u.effectiveFilterHeight,
    b = u.effectiveFilterWidth,
    x = v - 1 - u.padInfo.front,
    S = b - 1 - u.padInfo.left,
    C = y - 1 - u.padInfo.top,
    w = G(a.shape, `float32`),
    T = n.bufferSync(i);
  for (let e = 0; e < u.batchSize; ++e)
    for (let t = 0; t < u.inChannels; ++t)
      for (let n = 0; n < u.inDepth; ++n)
        for (let r = 0; r < u.inHeight; ++r)
          for (let i = 0; i < u.inWidth; ++i) {
            let a = n - x,
              o = r - C,
              s = i - S,
              c = 0;
            for (let n = 0; n < v; n += h) {
              const r = (a + n) / f;
              if (!(r < 0 || r >= u.outDepth || Math.floor(r) !== r))
                for (let i = 0; i < y; i += g) {
                  const a = (o + i) / p;
                  if (!(a < 0 || a >= u.outHeight || Math.floor(a) !== a))
                    for (let o = 0; o < b; o += _) {
                      const l = (s + o) / m;
                      if (l < 0 || l >= u.outWidth || Math.floor(l) !== l) continue;
                      const f = +(v * y * b - 1 - d.get(e, r, a, l, t) === n * y * b + i * b + o);
                      if (f === 0) continue;
                      const p = T.get(e, r, a, l, t);
                      c += p * f;
                    }
                }
            }
            w.set(c, e, n, r, i, t);
          }
  return n.makeTensorInfo(w.shape, w.dtype, w.values);
}
var Zg = { kernelName: Jt, backendName: `cpu`, kernelFunc: Xg };
function Qg(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, input: a, output: o } = t,
    s = a;
  Y([a, o], `maxPoolGrad`);
  const { filterSize: c, strides: l, pad: u, dimRoundingMode: d } = r,
    f = oo(s.shape, c, l, 1, u, d),
    p = n.data.get(s.dataId).values,
    m = G(f.outShape, s.dtype, zm(p, s.shape, s.dtype, f).values),
    h = f.strideHeight,
    g = f.strideWidth,
    _ = f.dilationHeight,
    v = f.dilationWidth,
    y = f.effectiveFilterHeight,
    b = f.effectiveFilterWidth,
    x = b - 1 - f.padInfo.left,
    S = y - 1 - f.padInfo.top,
    C = G(s.shape, `float32`),
    w = n.data.get(i.dataId).values,
    T = G(i.shape, `float32`, w);
  for (let e = 0; e < f.batchSize; ++e)
    for (let t = 0; t < f.inChannels; ++t)
      for (let n = 0; n < f.inHeight; ++n)
        for (let r = 0; r < f.inWidth; ++r) {
          let i = n - S,
            a = r - x,
            o = 0;
          for (let n = 0; n < y; n += _) {
            const r = (i + n) / h;
            if (!(r < 0 || r >= f.outHeight || Math.floor(r) !== r))
              for (let i = 0; i < b; i += v) {
                const s = (a + i) / g;
                if (s < 0 || s >= f.outWidth || Math.floor(s) !== s) continue;
                const c = +(y * b - 1 - m.get(e, r, s, t) === n * b + i);
                if (c === 0) continue;
                const l = T.get(e, r, s, t);
                o += l * c;
              }
          }
          C.set(o, e, n, r, t);
        }
  return n.makeTensorInfo(C.shape, C.dtype, C.values);
}
var $g = { kernelName: Kt, backendName: `cpu`, kernelFunc: Qg };
function e_(e, t, n, r, i) {
  const a = Rm(e, t, n, P(t), i, `max`),
    o = zm(e, t, n, i, !0, r);
  return [a.values, o.values];
}
var t_ = {
  kernelName: Yt,
  backendName: `cpu`,
  kernelFunc: ({ inputs: e, attrs: t, backend: n }) => {
    const { x: r } = e,
      { filterSize: i, strides: a, pad: o, includeBatchInIndex: s } = t,
      c = n;
    Y(r, `MaxPoolWithArgmax`);
    const l = c.data.get(r.dataId).values,
      u = oo(r.shape, i, a, [1, 1], o),
      [d, f] = e_(l, r.shape, r.dtype, s, u),
      p = c.write(d, u.outShape, r.dtype),
      m = c.write(f, u.outShape, r.dtype);
    return [
      { dataId: p, shape: u.outShape, dtype: r.dtype },
      { dataId: m, shape: u.outShape, dtype: `int32` },
    ];
  },
};
function n_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, keepDims: o } = r,
    s = E(a, i.shape),
    c = x(Go(i.shape, s)[1]),
    l = [],
    u = n.makeTensorInfo([], `float32`, new Float32Array([c]));
  l.push(u);
  const d = Tf({ inputs: { x: i }, backend: n, attrs: { dtype: `float32` } });
  l.push(d);
  const f = cg({ inputs: { a: d, b: u }, backend: n });
  l.push(f);
  const p = qh({ inputs: { x: f }, backend: n, attrs: { axis: a, keepDims: o } });
  return (l.forEach((e) => n.disposeIntermediateTensorInfo(e)), p);
}
var r_ = { kernelName: Xt, backendName: `cpu`, kernelFunc: n_ };
function i_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, keepDims: o } = r;
  Y(i, `min`);
  let s = E(a, i.shape),
    c = s,
    l = Jo(c, i.shape.length),
    u = i;
  l != null &&
    ((u = dp({ inputs: { x: i }, backend: n, attrs: { perm: l } })),
    (c = Xo(c.length, i.shape.length))),
    qo(`min`, c, u.shape.length);
  const [d, f] = Go(u.shape, c),
    p = x(f),
    m = L(x(d), u.dtype),
    h = n.data.get(u.dataId).values;
  for (let e = 0; e < m.length; ++e) {
    let t = e * p,
      n = h[t];
    for (let e = 0; e < p; ++e) {
      const r = h[t + e];
      (Number.isNaN(r) || r < n) && (n = r);
    }
    m[e] = n;
  }
  l != null && n.disposeIntermediateTensorInfo(u);
  const g = n.makeTensorInfo(d, u.dtype, m);
  if (o) {
    const e = Ko(d, s),
      t = Z({ inputs: { x: g }, backend: n, attrs: { shape: e } });
    return (n.disposeIntermediateTensorInfo(g), t);
  }
  return g;
}
var a_ = { kernelName: `Min`, backendName: `cpu`, kernelFunc: i_ };
function o_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { paddings: a, mode: o } = r;
  Y(i, `mirrorPad`);
  const s = a.map((e, t) => e[0] + i.shape[t] + e[1]),
    c = a.map((e) => e[0]),
    l = a.map((e, t) => e[0] + i.shape[t]),
    u = o === `reflect` ? 0 : 1,
    d = n.data.get(i.dataId).values,
    f = i.shape.length,
    p = P(i.shape),
    m = x(s),
    h = s.length,
    g = P(s),
    _ = D(i.dtype, m);
  for (let e = 0; e < m; e++) {
    let t = ue(e, h, g);
    for (let e = 0; e < h; e++)
      t[e] < c[e]
        ? (t[e] = c[e] * 2 - t[e] - u)
        : t[e] >= l[e] && (t[e] = (l[e] - 1) * 2 - t[e] + u);
    t = t.map((e, t) => e - c[t]);
    const n = le(t, f, p);
    _[e] = d[n];
  }
  return { dataId: n.write(_, s, i.dtype), shape: s, dtype: i.dtype };
}
var s_ = { kernelName: Qt, backendName: `cpu`, kernelFunc: o_ },
  c_ = {
    kernelName: `Mod`,
    backendName: `cpu`,
    kernelFunc: Df(
      `Mod`,
      gf((e, t) => {
        const n = e % t;
        return (e < 0 && t < 0) || (e >= 0 && t >= 0) ? n : (n + t) % t;
      }),
    ),
  };
function l_(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { logits: i } = t,
    { dim: a } = r,
    o = i.shape.length,
    s = a;
  if ((s === -1 && (s = o - 1), s !== o - 1))
    throw Error(
      `Softmax along a non-last dimension is not yet supported. Logits was rank ${o} and dim was ${s}`,
    );
  const c = E([s], i.shape),
    l = Wg({ inputs: { x: i }, backend: n, attrs: { reductionIndices: c, keepDims: !1 } }),
    u = Ko(l.shape, c),
    d = Z({ inputs: { x: l }, backend: n, attrs: { shape: u } }),
    f = Zp({ inputs: { a: i, b: d }, backend: n }),
    p = Bf({ inputs: { x: f }, backend: n }),
    m = qh({ inputs: { x: p }, backend: n, attrs: { axis: c, keepDims: !1 } }),
    h = Z({ inputs: { x: m }, backend: n, attrs: { shape: u } }),
    g = cg({ inputs: { a: p, b: h }, backend: n });
  return (
    n.disposeIntermediateTensorInfo(l),
    n.disposeIntermediateTensorInfo(d),
    n.disposeIntermediateTensorInfo(f),
    n.disposeIntermediateTensorInfo(p),
    n.disposeIntermediateTensorInfo(m),
    n.disposeIntermediateTensorInfo(h),
    g
  );
}
var u_ = { kernelName: Vn, backendName: `cpu`, kernelFunc: l_ };
function d_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { logits: i } = t,
    { numSamples: a, seed: o, normalized: s } = r;
  Y(i, `multinomial`);
  const c = s ? i : l_({ inputs: { logits: i }, backend: n, attrs: { dim: -1 } }),
    l = c.shape[0],
    u = c.shape[1],
    d = n.data.get(c.dataId).values,
    f = [l, a],
    p = L(x(f), `int32`);
  for (let e = 0; e < l; ++e) {
    const t = e * u,
      n = new Float32Array(u - 1);
    n[0] = d[t];
    for (let e = 1; e < n.length; ++e) n[e] = n[e - 1] + d[t + e];
    const r = ap.alea(o.toString()),
      i = e * a;
    for (let e = 0; e < a; ++e) {
      const t = r();
      p[i + e] = n.length;
      for (let r = 0; r < n.length; r++)
        if (t < n[r]) {
          p[i + e] = r;
          break;
        }
    }
  }
  return (s || n.disposeIntermediateTensorInfo(c), n.makeTensorInfo(f, `int32`, p));
}
var f_ = { kernelName: $t, backendName: `cpu`, kernelFunc: d_ },
  p_ = Ec;
function m_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { boxes: i, scores: a } = t,
    { maxOutputSize: o, iouThreshold: s, scoreThreshold: c } = r;
  Y(i, `NonMaxSuppression`);
  const { selectedIndices: l } = p_(
    n.data.get(i.dataId).values,
    n.data.get(a.dataId).values,
    o,
    s,
    c,
  );
  return n.makeTensorInfo([l.length], `int32`, new Int32Array(l));
}
var h_ = { kernelName: nn, backendName: `cpu`, kernelFunc: m_ },
  g_ = Dc;
function __(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { boxes: i, scores: a } = t,
    { maxOutputSize: o, iouThreshold: s, scoreThreshold: c, padToMaxOutputSize: l } = r;
  Y(i, `NonMaxSuppressionPadded`);
  const { selectedIndices: u, validOutputs: d } = g_(
    n.data.get(i.dataId).values,
    n.data.get(a.dataId).values,
    o,
    s,
    c,
    l,
  );
  return [
    n.makeTensorInfo([u.length], `int32`, new Int32Array(u)),
    n.makeTensorInfo([], `int32`, new Int32Array([d])),
  ];
}
var v_ = { kernelName: rn, backendName: `cpu`, kernelFunc: __ },
  y_ = Oc;
function b_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { boxes: i, scores: a } = t,
    { maxOutputSize: o, iouThreshold: s, scoreThreshold: c, softNmsSigma: l } = r;
  Y(i, `NonMaxSuppressionWithScore`);
  const { selectedIndices: u, selectedScores: d } = y_(
    n.data.get(i.dataId).values,
    n.data.get(a.dataId).values,
    o,
    s,
    c,
    l,
  );
  return [
    n.makeTensorInfo([u.length], `int32`, new Int32Array(u)),
    n.makeTensorInfo([d.length], `float32`, new Float32Array(d)),
  ];
}
var x_ = { kernelName: an, backendName: `cpu`, kernelFunc: b_ };
function S_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { indices: i } = t,
    { dtype: a, depth: o, onValue: s, offValue: c } = r;
  Y(i, `oneHot`);
  const l = x(i.shape),
    u = new Float32Array(l * o);
  u.fill(c);
  const d = n.data.get(i.dataId).values;
  for (let e = 0; e < l; ++e) d[e] >= 0 && d[e] < o && (u[e * o + d[e]] = s);
  return n.makeTensorInfo([...i.shape, o], a, u);
}
var C_ = { kernelName: sn, backendName: `cpu`, kernelFunc: S_ };
function w_(e) {
  const { inputs: t, backend: n } = e,
    { x: r } = t;
  if (r.dtype === `string`) throw Error(`zerosLike is not supported for string tensors`);
  if (r.dtype === `complex64`) {
    const e = Sf({ inputs: { input: r }, backend: n }),
      t = w_({ inputs: { x: e }, backend: n }),
      i = oh({ inputs: { input: r }, backend: n }),
      a = w_({ inputs: { x: i }, backend: n }),
      o = _f({ inputs: { real: t, imag: a }, backend: n });
    return (
      n.disposeIntermediateTensorInfo(e),
      n.disposeIntermediateTensorInfo(t),
      n.disposeIntermediateTensorInfo(i),
      n.disposeIntermediateTensorInfo(a),
      o
    );
  }
  return _g({ backend: n, attrs: { shape: r.shape, value: 0, dtype: r.dtype } });
}
var T_ = { kernelName: cr, backendName: `cpu`, kernelFunc: w_ };
function E_(e) {
  const { inputs: t, backend: n } = e,
    { x: r } = t;
  if (r.dtype === `string`) throw Error(`onesLike is not supported for string tensors`);
  if (r.dtype === `complex64`) {
    const e = Sf({ inputs: { input: r }, backend: n }),
      t = E_({ inputs: { x: e }, backend: n }),
      i = oh({ inputs: { input: r }, backend: n }),
      a = w_({ inputs: { x: i }, backend: n }),
      o = _f({ inputs: { real: t, imag: a }, backend: n });
    return (
      n.disposeIntermediateTensorInfo(e),
      n.disposeIntermediateTensorInfo(t),
      n.disposeIntermediateTensorInfo(i),
      n.disposeIntermediateTensorInfo(a),
      o
    );
  }
  return _g({ backend: n, attrs: { shape: r.shape, value: 1, dtype: r.dtype } });
}
var D_ = { kernelName: on, backendName: `cpu`, kernelFunc: E_ };
function O_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { axis: i } = r;
  if (t.length === 1) return og({ inputs: { input: t[0] }, backend: n, attrs: { dim: i } });
  const a = t[0].shape,
    o = t[0].dtype;
  t.forEach((e) => {
    y(a, e.shape, `All tensors passed to stack must have matching shapes`),
      v(o === e.dtype, () => `All tensors passed to stack must have matching dtypes`);
  });
  const s = [],
    c = ch({
      inputs: t.map((e) => {
        const t = og({ inputs: { input: e }, backend: n, attrs: { dim: i } });
        return (s.push(t), t);
      }),
      backend: n,
      attrs: { axis: i },
    });
  return (s.forEach((e) => n.disposeIntermediateTensorInfo(e)), c);
}
var k_ = { kernelName: cn, backendName: `cpu`, kernelFunc: O_ };
function A_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { paddings: a, constantValue: o } = r;
  Y(i, `pad`);
  const s = a.map((e, t) => e[0] + i.shape[t] + e[1]),
    c = a.map((e) => e[0]),
    l = n.data.get(i.dataId).values,
    u = x(i.shape),
    d = i.shape.length,
    f = P(i.shape),
    p = x(s),
    m = s.length,
    h = P(s),
    g = D(i.dtype, p);
  o !== 0 && g.fill(o);
  for (let e = 0; e < u; e++) {
    const t = le(
      ue(e, d, f).map((e, t) => e + c[t]),
      m,
      h,
    );
    g[t] = l[e];
  }
  return { dataId: n.write(g, s, i.dtype), shape: s, dtype: i.dtype };
}
var j_ = { kernelName: ln, backendName: `cpu`, kernelFunc: A_ },
  M_ = {
    kernelName: `Pow`,
    backendName: `cpu`,
    kernelFunc: Df(
      `Pow`,
      gf((e, t) => e ** +t),
    ),
  };
function N_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { paramsNestedSplits: i, paramsDenseValues: a, indices: o } = t,
    { outputRaggedRank: s } = r,
    c = i.map((e) => n.data.get(e.dataId).values),
    l = i.map((e) => e.shape),
    u = n.data.get(a.dataId).values,
    d = n.data.get(o.dataId).values,
    [f, p, m] = Cp(c, l, u, a.shape, a.dtype, d, o.shape, s),
    h = f.map((e) => n.makeTensorInfo([e.length], `int32`, e)),
    g = n.makeTensorInfo(m, a.dtype, p);
  return h.concat([g]);
}
var P_ = { kernelName: fn, backendName: `cpu`, kernelFunc: N_ };
function F_(e) {
  const { inputs: t, backend: n } = e,
    { starts: r, limits: i, deltas: a } = t,
    o = n.data.get(r.dataId).values,
    s = n.data.get(i.dataId).values,
    c = n.data.get(a.dataId).values,
    [l, u] = Tp(o, r.shape, r.dtype, s, i.shape, c, a.shape);
  return [n.makeTensorInfo([l.length], `int32`, l), n.makeTensorInfo([u.length], r.dtype, u)];
}
var I_ = { kernelName: pn, backendName: `cpu`, kernelFunc: F_ };
function L_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { shape: i, values: a, defaultValue: o, rowPartitionTensors: s } = t,
    { rowPartitionTypes: c } = r,
    l = n.data.get(i.dataId).values,
    u = n.data.get(a.dataId).values,
    d = n.data.get(o.dataId).values,
    f = s.map((e) => n.data.get(e.dataId).values),
    p = s.map((e) => e.shape),
    [m, h] = Ap(l, i.shape, u, a.shape, a.dtype, d, o.shape, f, p, c);
  return n.makeTensorInfo(m, a.dtype, h);
}
var R_ = { kernelName: mn, backendName: `cpu`, kernelFunc: L_ };
function z_(e) {
  const { backend: t, attrs: n } = e,
    { start: r, stop: i, dtype: a, step: o } = n,
    s = jp(r, i, o, a);
  return t.makeTensorInfo([s.length], a, s);
}
var B_ = { kernelName: hn, backendName: `cpu`, kernelFunc: z_ },
  V_ = { kernelName: _n, backendName: `cpu`, kernelFunc: X(_n, (e) => 1 / e) };
function H_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { images: i } = t,
    { alignCorners: a, halfPixelCenters: o, size: s } = r;
  Y(i, `resizeBilinear`);
  let c = P(i.shape),
    [l, u] = s,
    [d, f, p, m] = i.shape,
    h = n.data.get(i.dataId).values,
    g = new Float32Array(x([d, l, u, m])),
    _ = [a && l > 1 ? f - 1 : f, a && u > 1 ? p - 1 : p],
    v = [a && l > 1 ? l - 1 : l, a && u > 1 ? u - 1 : u],
    y = 0,
    b = _[0] / v[0],
    S = _[1] / v[1];
  for (let e = 0; e < d; e++)
    for (let t = 0; t < l; t++) {
      let n;
      n = o ? b * (t + 0.5) - 0.5 : b * t;
      const r = Math.max(0, Math.floor(n)),
        i = n - r,
        a = Math.min(f - 1, Math.ceil(n)),
        s = e * c[0] + r * c[1],
        l = e * c[0] + a * c[1];
      for (let e = 0; e < u; e++) {
        let t;
        t = o ? S * (e + 0.5) - 0.5 : S * e;
        const n = Math.max(0, Math.floor(t)),
          r = t - n,
          a = Math.min(p - 1, Math.ceil(t)),
          u = s + n * c[2],
          d = l + n * c[2],
          f = s + a * c[2],
          _ = l + a * c[2];
        for (let e = 0; e < m; e++) {
          const t = h[u + e],
            n = h[d + e],
            a = h[f + e],
            o = h[_ + e],
            s = t + (a - t) * r,
            c = s + (n + (o - n) * r - s) * i;
          g[y++] = c;
        }
      }
    }
  return n.makeTensorInfo([d, l, u, m], `float32`, g);
}
var U_ = { kernelName: Sn, backendName: `cpu`, kernelFunc: H_ };
function W_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { images: i, dy: a } = t,
    { alignCorners: o } = r;
  Y([a, i], `resizeBilinearGrad`);
  let s = P(i.shape),
    [c, l, u, d] = i.shape,
    [, f, p] = a.shape,
    m = new Float32Array(c * l * u * d),
    h = [o && f > 1 ? l - 1 : l, o && p > 1 ? u - 1 : u],
    g = [o && f > 1 ? f - 1 : f, o && p > 1 ? p - 1 : p],
    _ = h[0] / g[0],
    v = h[1] / g[1],
    y = n.data.get(a.dataId).values,
    b = 0;
  for (let e = 0; e < c; e++) {
    const t = e * s[0];
    for (let e = 0; e < f; e++) {
      const n = e * _,
        r = Math.floor(n),
        i = Math.min(Math.ceil(n), l - 1),
        a = t + r * s[1],
        o = t + i * s[1],
        c = n - r,
        f = 1 - c;
      for (let e = 0; e < p; e++) {
        const t = e * v,
          n = Math.floor(t),
          r = Math.min(Math.ceil(t), u - 1),
          i = t - n,
          l = 1 - i,
          p = a + n * s[2],
          h = a + r * s[2],
          g = o + n * s[2],
          _ = o + r * s[2],
          x = f * l,
          S = f * i,
          C = c * l,
          w = c * i;
        for (let e = 0; e < d; e++) {
          const t = y[b++];
          (m[p + e] += t * x), (m[h + e] += t * S), (m[g + e] += t * C), (m[_ + e] += t * w);
        }
      }
    }
  }
  return n.makeTensorInfo([c, u, l, d], `float32`, m);
}
var G_ = { kernelName: Cn, backendName: `cpu`, kernelFunc: W_ };
function K_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { images: i } = t,
    { alignCorners: a, halfPixelCenters: o, size: s } = r;
  Y(i, `resizeNearestNeighbor`);
  let c = P(i.shape),
    [l, u] = s,
    [d, f, p, m] = i.shape,
    h = n.data.get(i.dataId).values,
    g = new Float32Array(d * l * u * m),
    _ = [a && l > 1 ? f - 1 : f, a && u > 1 ? p - 1 : p],
    v = [a && l > 1 ? l - 1 : l, a && u > 1 ? u - 1 : u],
    y = _[0] / v[0],
    b = _[1] / v[1],
    x = 0;
  for (let e = 0; e < d; e++) {
    const t = e * c[0];
    for (let e = 0; e < l; e++) {
      let n = o ? y * (e + 0.5) : y * e,
        r = Math.min(f - 1, a ? Math.round(n) : Math.floor(n));
      o && (r = Math.max(0, r));
      const i = t + r * c[1];
      for (let e = 0; e < u; e++) {
        let t = o ? b * (e + 0.5) : b * e,
          n = Math.min(p - 1, a ? Math.round(t) : Math.floor(t));
        o && (n = Math.max(0, n));
        const r = i + n * c[2];
        for (let e = 0; e < m; e++) {
          const t = h[r + e];
          g[x++] = t;
        }
      }
    }
  }
  return n.makeTensorInfo([d, l, u, m], i.dtype, g);
}
var q_ = { kernelName: bn, backendName: `cpu`, kernelFunc: K_ };
function J_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { images: i, dy: a } = t,
    { alignCorners: o } = r;
  Y([a, i], `resizeNearestNeighborGrad`);
  const s = P(i.shape),
    c = P(a.shape),
    [l, u, d, f] = i.shape,
    [, p, m] = a.shape,
    h = new Float32Array(l * u * d * f),
    g = n.data.get(a.dataId).values,
    _ = [o && p > 1 ? u - 1 : u, o && m > 1 ? d - 1 : d],
    v = [o && p > 1 ? p - 1 : p, o && m > 1 ? m - 1 : m],
    y = _[0] / v[0],
    b = _[1] / v[1],
    x = 1 / y,
    S = 1 / b,
    C = Math.ceil(x) * 2 + 2,
    w = Math.ceil(S) * 2 + 2;
  for (let e = 0; e < l; e++) {
    const t = e * s[0];
    for (let e = 0; e < u; e++) {
      const n = t + e * s[1],
        r = Math.floor(e * x),
        i = Math.floor(r - C / 2);
      for (let r = 0; r < d; r++) {
        const a = n + r * s[2],
          l = Math.floor(r * S),
          _ = Math.floor(l - w / 2);
        for (let n = 0; n < f; n++) {
          let s = 0;
          for (let a = 0; a < C; a++) {
            const l = a + i;
            if (l < 0 || l >= p) continue;
            const f = t + l * c[1],
              h = l * y,
              v = Math.min(u - 1, o ? Math.round(h) : Math.floor(h));
            if (e === v)
              for (let e = 0; e < w; e++) {
                const t = e + _;
                if (t < 0 || t >= m) continue;
                const i = f + t * c[2],
                  a = t * b,
                  l = Math.min(d - 1, o ? Math.round(a) : Math.floor(a));
                r === l && (s += g[i + n]);
              }
          }
          h[a + n] = s;
        }
      }
    }
  }
  return n.makeTensorInfo(i.shape, i.dtype, h);
}
var Y_ = { kernelName: xn, backendName: `cpu`, kernelFunc: J_ };
function X_(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { dims: a } = r;
  Y(i, `reverse`);
  const o = i.shape.length,
    s = E(a, i.shape);
  if (o === 0) return bf({ inputs: { x: i }, backend: n });
  const c = new ui(i.shape, i.dtype),
    l = n.bufferSync(i);
  for (let e = 0; e < c.size; e++) {
    const t = c.indexToLoc(e),
      n = t.slice();
    s.forEach((e) => (n[e] = i.shape[e] - 1 - n[e])), c.set(l.get(...n), ...t);
  }
  return n.makeTensorInfo(c.shape, c.dtype, c.values);
}
var Z_ = { kernelName: Tn, backendName: `cpu`, kernelFunc: X_ },
  Q_ = {
    kernelName: ur,
    backendName: `cpu`,
    kernelFunc: ({ inputs: e, attrs: t, backend: n }) => {
      const { image: r } = e,
        { radians: i, fillValue: a, center: o } = t,
        s = n,
        c = D(r.dtype, x(r.shape)),
        [l, u, d, f] = r.shape,
        [p, m] = pl(o, u, d),
        h = Math.sin(i),
        g = Math.cos(i),
        _ = s.data.get(r.dataId).values;
      for (let e = 0; e < l; e++) {
        const t = e * d * u * f;
        for (let e = 0; e < u; e++) {
          const n = d * f * e;
          for (let r = 0; r < d; r++) {
            const i = r * f;
            for (let o = 0; o < f; o++) {
              let s = [l, e, r, o],
                v = s[2],
                y = s[1],
                b = (v - p) * g - (y - m) * h,
                x = (v - p) * h + (y - m) * g;
              (b = Math.round(b + p)), (x = Math.round(x + m));
              let S = a;
              if (
                (typeof a != `number` && (S = o === 3 ? 255 : a[o]),
                b >= 0 && b < d && x >= 0 && x < u)
              ) {
                const e = d * f * x,
                  n = b * f;
                S = _[t + e + n + o];
              }
              const C = t + n + i + o;
              c[C] = S;
            }
          }
        }
      }
      return { dataId: s.write(c, r.shape, r.dtype), shape: r.shape, dtype: r.dtype };
    },
  },
  $_ = {
    kernelName: En,
    backendName: `cpu`,
    kernelFunc: X(En, (e) => {
      const t = Math.floor(e);
      return e - t < 0.5 ? Math.floor(e) : e - t > 0.5 ? Math.ceil(e) : t % 2 == 0 ? t : t + 1;
    }),
  };
function ev(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { indices: i, updates: a } = t,
    { shape: o } = r,
    { sliceRank: s, numUpdates: c, sliceSize: l, strides: u, outputSize: d } = hc(a, i, o),
    f = Np(n.bufferSync(i), n.bufferSync(a), o, d, l, c, s, u, 0, !0);
  return n.makeTensorInfo(o, f.dtype, f.values);
}
var tv = { kernelName: On, backendName: `cpu`, kernelFunc: ev };
function nv(e, t) {
  let n = 0,
    r = e.length,
    i = 0;
  for (; n < r; ) (i = Math.floor((n + r) / 2)), e[i] < t ? (n = i + 1) : (r = i);
  return r;
}
function rv(e, t) {
  let n = 0,
    r = e.length,
    i = 0;
  for (; n < r; ) (i = Math.floor((n + r) / 2)), e[i] <= t ? (n = i + 1) : (r = i);
  return r;
}
function iv(e, t, n, r, i, a) {
  const o = O(`int32`, n * i);
  for (let s = 0; s < n; ++s) {
    const n = e.slice(s * r, (s + 1) * r),
      c = s * i;
    for (let e = 0; e < i; ++e) o[c + e] = a === `left` ? nv(n, t[e + c]) : rv(n, t[e + c]);
  }
  return o;
}
function av(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { sortedSequence: i, values: a } = t,
    { side: o } = r,
    s = iv(
      n.data.get(i.dataId).values,
      n.data.get(a.dataId).values,
      i.shape[0],
      i.shape[1],
      a.shape[1],
      o,
    );
  return n.makeTensorInfo(a.shape, `int32`, s);
}
var ov = { kernelName: An, backendName: `cpu`, kernelFunc: av };
function sv(e) {
  const { inputs: t, backend: n } = e,
    { condition: r, t: i, e: a } = t;
  Y([r, i, a], `select`);
  let o = r.shape.length,
    s = n.data.get(r.dataId).values,
    c = n.data.get(i.dataId).values,
    l = n.data.get(a.dataId).values,
    u = wi(i.dtype, a.dtype),
    d = L(x(i.shape), u),
    f = 0,
    p = o === 0 || o > 1 || i.shape.length === 1 ? 1 : x(i.shape.slice(1));
  for (let e = 0; e < s.length; e++)
    for (let t = 0; t < p; t++) s[e] === 1 ? (d[f++] = c[e]) : (d[f++] = l[e]);
  return n.makeTensorInfo(i.shape, u, d);
}
var cv = { kernelName: jn, backendName: `cpu`, kernelFunc: sv },
  lv = yl,
  uv = bl,
  dv = {
    kernelName: Mn,
    backendName: `cpu`,
    kernelFunc: X(Mn, (e) => (e >= 0 ? uv * e : lv * (Math.exp(e) - 1))),
  },
  fv = { kernelName: Fn, backendName: `cpu`, kernelFunc: X(Fn, (e) => (e < 0 ? -1 : +(e > 0))) },
  pv = { kernelName: `Sin`, backendName: `cpu`, kernelFunc: X(`Sin`, (e) => Math.sin(e)) },
  mv = { kernelName: Pn, backendName: `cpu`, kernelFunc: X(Pn, (e) => Math.sinh(e)) },
  hv = Math.log(1.1920928955078125e-7) + 2,
  gv = {
    kernelName: Ln,
    backendName: `cpu`,
    kernelFunc: X(Ln, (e) => {
      let t = e > -hv,
        n = e < hv,
        r = Math.exp(e),
        i;
      return ((i = n ? r : t ? e : Math.log(1 + r)), i);
    }),
  };
function _v(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { blockShape: a, paddings: o } = r;
  Y([i], `spaceToBatchND`);
  const s = x(a),
    c = [[0, 0]];
  c.push(...o);
  for (let e = 1 + a.length; e < i.shape.length; ++e) c.push([0, 0]);
  const l = j_.kernelFunc({
      inputs: { x: i },
      backend: n,
      attrs: { paddings: c, constantValue: 0 },
    }),
    u = ml(l.shape, a, s, !1),
    d = hl(u.length, a.length, !1),
    f = gl(l.shape, a, s, !1),
    p = Z({ inputs: { x: l }, backend: n, attrs: { shape: u } }),
    m = dp({ inputs: { x: p }, backend: n, attrs: { perm: d } }),
    h = Z({ inputs: { x: m }, backend: n, attrs: { shape: f } });
  return (
    n.disposeIntermediateTensorInfo(l),
    n.disposeIntermediateTensorInfo(p),
    n.disposeIntermediateTensorInfo(m),
    h
  );
}
var vv = { kernelName: zn, backendName: `cpu`, kernelFunc: _v };
function yv(e) {
  const { inputs: t, backend: n } = e,
    { indices: r, values: i, denseShape: a, defaultValue: o } = t;
  if (a.shape.length !== 1)
    throw Error(`Dense shape must be a vector, saw:
        ${a.shape}`);
  if (r.shape.length !== 2)
    throw Error(`Indices must be a matrix, saw:
        ${r.shape}`);
  if (i.shape.length !== 1)
    throw Error(`Values must be a vector, saw:
        ${i.shape}`);
  if (o.shape.length !== 0)
    throw Error(`Default value must be a scalar, saw:
        ${o.shape}`);
  const s = n.data.get(r.dataId).values,
    c = n.data.get(i.dataId).values,
    l = n.data.get(a.dataId).values,
    u = n.data.get(o.dataId).values[0],
    [d, f, p, m, h] = zp(s, r.shape, r.dtype, c, i.dtype, l, u);
  return [
    n.makeTensorInfo(f, r.dtype, d),
    n.makeTensorInfo([f[0]], i.dtype, p),
    n.makeTensorInfo([m.length], `bool`, new Uint8Array(m.map((e) => Number(e)))),
    n.makeTensorInfo([h.length], r.dtype, new Int32Array(h)),
  ];
}
var bv = { kernelName: Hn, backendName: `cpu`, kernelFunc: yv };
function xv(e) {
  const { inputs: t, backend: n } = e,
    { inputIndices: r, inputShape: i, newShape: a } = t;
  if (r.shape.length !== 2)
    throw Error(`Input indices should be a matrix but received shape
        ${r.shape}`);
  if (i.shape.length !== 1)
    throw Error(`Input shape should be a vector but received shape
        ${i.shape}`);
  if (a.shape.length !== 1)
    throw Error(`Target shape should be a vector but received shape ${a.shape}`);
  const o = Array.from(n.data.get(i.dataId).values),
    s = n.data.get(r.dataId).values,
    c = Array.from(n.data.get(a.dataId).values),
    [l, u, d] = Bp(s, r.shape, r.dtype, o, c);
  return [
    n.makeTensorInfo(u, r.dtype, l),
    n.makeTensorInfo([d.length], a.dtype, new Int32Array(d)),
  ];
}
var Sv = { kernelName: Un, backendName: `cpu`, kernelFunc: xv };
function Cv(e) {
  const { inputs: t, backend: n } = e,
    { data: r, indices: i, segmentIds: a } = t;
  if (r.shape.length < 1) throw Error(`Data should be at least 1 dimensional but received scalar`);
  if (i.shape.length !== 1)
    throw Error(`Indices should be a vector but received shape
          ${i.shape}`);
  if (a.shape.length !== 1)
    throw Error(`Segment ids should be a vector but received shape
          ${a.shape}`);
  if (i.shape[0] !== a.shape[0]) throw Error(`segmentIds and indices should have same size.`);
  const o = n.data.get(r.dataId).values,
    s = n.data.get(i.dataId).values,
    c = n.data.get(a.dataId).values,
    [l, u] = Vp(o, r.shape, r.dtype, s, c, !0);
  return n.makeTensorInfo(u, r.dtype, l);
}
var wv = { kernelName: Wn, backendName: `cpu`, kernelFunc: Cv };
function Tv(e) {
  const { inputs: t, backend: n } = e,
    { data: r, indices: i, segmentIds: a } = t;
  if (r.shape.length < 1) throw Error(`Data should be at least 1 dimensional but received scalar`);
  if (i.shape.length !== 1)
    throw Error(`Indices should be a vector but received shape
         ${i.shape}`);
  if (a.shape.length !== 1)
    throw Error(`Segment ids should be a vector but received shape
         ${a.shape}`);
  if (i.shape[0] !== a.shape[0]) throw Error(`segmentIds and indices should have same size.`);
  const o = n.data.get(r.dataId).values,
    s = n.data.get(i.dataId).values,
    c = n.data.get(a.dataId).values,
    [l, u] = Vp(o, r.shape, r.dtype, s, c);
  return n.makeTensorInfo(u, r.dtype, l);
}
var Ev = { kernelName: Gn, backendName: `cpu`, kernelFunc: Tv };
function Dv(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { sparseIndices: i, sparseValues: a, defaultValue: o } = t,
    { outputShape: s } = r,
    { sliceRank: c, numUpdates: l, sliceSize: u, strides: d, outputSize: f } = hc(a, i, s),
    p = n.bufferSync(i),
    m;
  switch (a.dtype) {
    case `bool`:
      m = Np(p, n.bufferSync(a), s, f, u, l, c, d, !!n.data.get(o.dataId).values[0], !1);
      break;
    case `float32`:
    case `int32`:
      m = Np(p, n.bufferSync(a), s, f, u, l, c, d, n.data.get(o.dataId).values[0], !1);
      break;
    case `string`:
      m = Np(p, n.bufferSync(a), s, f, u, l, c, d, qr(n.data.get(o.dataId).values[0]), !1);
      break;
    default:
      throw Error(`Unsupported type ${a.dtype}`);
  }
  return n.makeTensorInfo(s, m.dtype, m.values);
}
var Ov = { kernelName: Kn, backendName: `cpu`, kernelFunc: Dv };
function kv(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { numOrSizeSplits: a, axis: o } = r,
    s = E(o, i.shape)[0],
    c = Gl(i, a, s),
    l = Array(i.shape.length).fill(0),
    u = i.shape.slice();
  return c.map((e) => {
    const t = [...u];
    t[s] = e;
    const r = Lp({ inputs: { x: i }, backend: n, attrs: { begin: l, size: t } });
    return ((l[s] += e), r);
  });
}
var Av = { kernelName: Bn, backendName: `cpu`, kernelFunc: kv },
  jv = {
    kernelName: Jn,
    backendName: `cpu`,
    kernelFunc: ({ inputs: e, backend: t }) => {
      const { x: n } = e,
        r = t;
      Y(n, `square`);
      const i = r.data.get(n.dataId).values,
        a = new Float32Array(i.length);
      for (let e = 0; e < i.length; ++e) {
        const t = i[e];
        a[e] = t * t;
      }
      return { dataId: r.write(a, n.shape, n.dtype), shape: n.shape, dtype: n.dtype };
    },
  },
  Mv = {
    kernelName: lr,
    backendName: `cpu`,
    kernelFunc: X(lr, (e, t) => (isNaN(e) ? NaN : e > 0 ? 1 : t.alpha)),
  };
function Nv(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    {
      begin: a,
      end: o,
      strides: s,
      beginMask: c,
      endMask: l,
      ellipsisMask: u,
      newAxisMask: d,
      shrinkAxisMask: f,
    } = r;
  Y(i, `stridedSlice`);
  let {
      finalShapeSparse: p,
      finalShape: m,
      isIdentity: h,
      sliceDim0: g,
      isSimpleSlice: _,
      begin: y,
      end: b,
      strides: x,
    } = nl(i.shape, a, o, s, c, l, u, d, f),
    S;
  if (h) S = Z({ inputs: { x: i }, backend: n, attrs: { shape: m } });
  else if (g || _) {
    v(i.shape.length >= 1, () => `Input must have rank at least 1, got: ${i.shape.length}`);
    const e = Qc(y, b, x),
      t = Lp({ inputs: { x: i }, backend: n, attrs: { begin: y, size: e } });
    (S = Z({ inputs: { x: t }, backend: n, attrs: { shape: m } })),
      n.disposeIntermediateTensorInfo(t);
  } else {
    const e = Gp(p, n.bufferSync(i), x, y);
    S = n.makeTensorInfo(m, e.dtype, e.values);
  }
  return S;
}
var Pv = { kernelName: Xn, backendName: `cpu`, kernelFunc: Nv };
function Fv(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    {
      separator: i,
      nGramWidths: a,
      leftPad: o,
      rightPad: s,
      padWidth: c,
      preserveShortSequences: l,
    } = r,
    { data: u, dataSplits: d } = t,
    [f, p] = qp(n.data.get(u.dataId).values, n.data.get(d.dataId).values, i, a, o, s, c, l);
  return [n.makeTensorInfo([f.length], `string`, f), n.makeTensorInfo(d.shape, `int32`, p)];
}
var Iv = { kernelName: Zn, backendName: `cpu`, kernelFunc: Fv };
function Lv(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { skipEmpty: i } = r,
    { input: a, delimiter: o } = t;
  if (a.dtype !== `string`) throw Error(`Input must be of datatype string`);
  if (a.shape.length !== 1) throw Error(`Input must be a vector, got shape: ${a.shape}`);
  if (o.shape.length !== 0) throw Error(`Delimiter must be a scalar, got shape: ${o.shape}`);
  const [s, c, l] = Yp(n.data.get(a.dataId).values, n.data.get(o.dataId).values[0], i),
    u = c.length;
  return [
    n.makeTensorInfo([u, 2], `int32`, s),
    n.makeTensorInfo([u], `string`, c),
    n.makeTensorInfo([2], `int32`, new Int32Array(l)),
  ];
}
var Rv = { kernelName: Qn, backendName: `cpu`, kernelFunc: Lv };
function zv(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { numBuckets: i } = r,
    { input: a } = t;
  if (a.dtype !== `string`) throw Error(`Input must be of datatype string`);
  if (i <= 0) throw Error(`Number of buckets must be at least 1`);
  const o = Xp(n.data.get(a.dataId).values, i);
  return n.makeTensorInfo(a.shape, `int32`, o);
}
var Bv = { kernelName: $n, backendName: `cpu`, kernelFunc: zv },
  Vv = { kernelName: `Tan`, backendName: `cpu`, kernelFunc: X(`Tan`, (e) => Math.tan(e)) },
  Hv = { kernelName: er, backendName: `cpu`, kernelFunc: X(er, (e) => Math.tanh(e)) };
function Uv(e) {
  const { inputs: t, backend: n } = e,
    { tensor: r, indices: i, updates: a } = t,
    { sliceRank: o, numUpdates: s, sliceSize: c, strides: l, outputSize: u } = hc(a, i, r.shape),
    d = n.bufferSync(i),
    f = n.bufferSync(a),
    p = n.bufferSync(r),
    m = Np(d, f, r.shape, u, c, s, o, l, p, !1);
  return n.makeTensorInfo(r.shape, m.dtype, m.values);
}
var Wv = { kernelName: kn, backendName: `cpu`, kernelFunc: Uv };
function Gv(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { reps: a } = r;
  Y(i, `tile`);
  const o = $p(n.bufferSync(i), a);
  return n.makeTensorInfo(o.shape, o.dtype, o.values);
}
var Kv = { kernelName: tr, backendName: `cpu`, kernelFunc: Gv };
function qv(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { k: a, sorted: o } = r;
  Y(i, `topk`);
  const [s, c] = nm(n.data.get(i.dataId).values, i.shape, i.dtype, a, o);
  return [
    n.makeTensorInfo(s.shape, s.dtype, s.values),
    n.makeTensorInfo(c.shape, c.dtype, c.values),
  ];
}
var Jv = { kernelName: nr, backendName: `cpu`, kernelFunc: qv };
function Yv(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    { image: i, transforms: a } = t,
    { interpolation: o, fillMode: s, fillValue: c, outputShape: l } = n,
    [u, d, f, p] = i.shape,
    [m, h] = l ?? [d, f],
    g = [u, m, h, p],
    _ = P(i.shape),
    v = _[0],
    y = _[1],
    b = _[2],
    S = P(g),
    C = S[0],
    w = S[1],
    T = S[2],
    E = D(i.dtype, x(g));
  E.fill(c);
  const O = r.data.get(i.dataId).values,
    k = r.data.get(a.dataId).values;
  for (let e = 0; e < u; ++e) {
    const t = a.shape[0] === 1 ? k : k.subarray(e * 8, e * 8 + 8);
    for (let n = 0; n < m; ++n)
      for (let r = 0; r < h; ++r)
        for (let i = 0; i < p; ++i) {
          let a,
            l = t[6] * r + t[7] * n + 1;
          if (l === 0) continue;
          const u = (t[0] * r + t[1] * n + t[2]) / l,
            p = (t[3] * r + t[4] * n + t[5]) / l,
            m = Zv(u, f, s),
            h = Zv(p, d, s);
          switch (o) {
            case `nearest`:
              a = ry(O, d, f, v, y, b, e, h, m, i, c);
              break;
            case `bilinear`:
              a = iy(O, d, f, v, y, b, e, h, m, i, c);
              break;
            default:
              throw Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${o}`);
          }
          const g = e * C + n * w + r * T + i;
          E[g] = a;
        }
    return r.makeTensorInfo(g, i.dtype, E);
  }
  return { dataId: r.write(E, g, i.dtype), shape: i.shape, dtype: i.dtype };
}
var Xv = { kernelName: rr, backendName: `cpu`, kernelFunc: Yv };
function Zv(e, t, n) {
  switch (n) {
    case `reflect`:
      return Qv(e, t);
    case `wrap`:
      return $v(e, t);
    case `nearest`:
      return ty(e, t);
    default:
      return ey(e, t);
  }
}
function Qv(e, t) {
  let n = e;
  if (n < 0) {
    if (t <= 1) n = 0;
    else {
      const e = 2 * t;
      n < e && (n = e * Math.trunc(-n / e) + n), (n = n < -t ? n + e : -n - 1);
    }
  } else if (n > t - 1) {
    if (t <= 1) n = 0;
    else {
      const e = 2 * t;
      (n -= e * Math.trunc(n / e)), n >= t && (n = e - n - 1);
    }
  }
  return g(0, n, t - 1);
}
function $v(e, t) {
  let n = e;
  if (n < 0) {
    if (t <= 1) n = 0;
    else {
      const e = t - 1;
      n += t * (Math.trunc(-n / e) + 1);
    }
  } else if (n > t - 1) {
    if (t <= 1) n = 0;
    else {
      const e = t - 1;
      n -= t * Math.trunc(n / e);
    }
  }
  return g(0, n, t - 1);
}
function ey(e, t) {
  return e;
}
function ty(e, t) {
  return g(0, e, t - 1);
}
function ny(e, t, n, r, i, a, o, s, c, l, u) {
  const d = o * r + s * i + c * a + l;
  return 0 <= s && s < t && 0 <= c && c < n ? e[d] : u;
}
function ry(e, t, n, r, i, a, o, s, c, l, u) {
  return ny(e, t, n, r, i, a, o, Math.round(s), Math.round(c), l, u);
}
function iy(e, t, n, r, i, a, o, s, c, l, u) {
  const d = Math.floor(s),
    f = Math.floor(c),
    p = d + 1,
    m = f + 1,
    h =
      (m - c) * ny(e, t, n, r, i, a, o, d, f, l, u) + (c - f) * ny(e, t, n, r, i, a, o, d, m, l, u),
    g =
      (m - c) * ny(e, t, n, r, i, a, o, p, f, l, u) + (c - f) * ny(e, t, n, r, i, a, o, p, m, l, u);
  return (p - s) * h + (s - d) * g;
}
function ay(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    { axis: i } = n,
    { x: a } = t;
  Y(a, `unique`);
  const {
    outputValues: o,
    outputShape: s,
    indices: c,
  } = rm(r.data.get(a.dataId).values, i, a.shape, a.dtype);
  return [r.makeTensorInfo(s, a.dtype, o), r.makeTensorInfo([c.length], `int32`, c)];
}
var oy = { kernelName: ar, backendName: `cpu`, kernelFunc: ay };
function sy(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { value: i } = t,
    { axis: a } = r;
  a < 0 && (a += i.shape.length);
  let o = i.shape.length,
    s = i.shape[a],
    c = Array(o - 1),
    l = 0;
  for (let e = 0; e < o; e++) e !== a && (c[l++] = i.shape[e]);
  const u = Array(o).fill(0),
    d = i.shape.slice();
  d[a] = 1;
  const f = Array(s);
  for (let e = 0; e < f.length; e++) {
    u[a] = e;
    const t = Lp({ inputs: { x: i }, backend: n, attrs: { begin: u, size: d } });
    (f[e] = Z({ inputs: { x: t }, backend: n, attrs: { shape: c } })),
      n.disposeIntermediateTensorInfo(t);
  }
  return f;
}
var cy = { kernelName: or, backendName: `cpu`, kernelFunc: sy };
function ly(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, segmentIds: a } = t,
    { numSegments: o } = r;
  Y(i, `unsortedSegmentSum`);
  let s = i.shape.length,
    c = a.shape.length,
    l = [],
    u = [],
    d = s - c,
    f = a;
  for (let e = 0; e < d; ++e) {
    const t = og({ inputs: { input: f }, backend: n, attrs: { dim: e + 1 } });
    (f = t), u.push(t);
  }
  for (let e = 0; e < o; ++e) {
    const t = Vr(e, `int32`),
      r = n.makeTensorInfo([], `int32`, t),
      a = Rf({ inputs: { a: r, b: f }, backend: n }),
      o = Tf({ inputs: { x: a }, backend: n, attrs: { dtype: `float32` } }),
      s = rp({ inputs: { a: o, b: i }, backend: n }),
      c = qh({ inputs: { x: s }, backend: n, attrs: { axis: 0, keepDims: !1 } });
    l.push(c), u.push(r), u.push(a), u.push(o), u.push(s), u.push(c);
  }
  const p = O_({ inputs: l, backend: n, attrs: { axis: 0 } });
  return (u.forEach((e) => n.disposeIntermediateTensorInfo(e)), p);
}
var uy = [
  bm,
  hf,
  xm,
  Sm,
  Af,
  wm,
  Em,
  Om,
  Am,
  Mm,
  Nm,
  Pm,
  Fm,
  Im,
  Lm,
  Um,
  Gm,
  qm,
  Ym,
  vm,
  Zm,
  $m,
  th,
  Nf,
  rh,
  Ef,
  If,
  ih,
  vf,
  ah,
  lh,
  dh,
  ph,
  hh,
  _h,
  yh,
  xh,
  Sh,
  Ch,
  Th,
  Dh,
  kh,
  jh,
  Nh,
  Fh,
  Lh,
  zh,
  Vh,
  Hh,
  Uh,
  Wh,
  Kh,
  Xh,
  am,
  Qh,
  zf,
  ag,
  Vf,
  sg,
  Hf,
  gg,
  vg,
  bg,
  Uf,
  Wf,
  Sg,
  wg,
  Eg,
  Og,
  qf,
  Jf,
  xf,
  Ag,
  sh,
  jg,
  Mg,
  Ng,
  sm,
  Yf,
  Xf,
  Fg,
  Qf,
  Ig,
  Lg,
  Rg,
  zg,
  Vg,
  Ug,
  Gg,
  ep,
  qg,
  Yg,
  Zg,
  $g,
  t_,
  r_,
  a_,
  tp,
  s_,
  c_,
  f_,
  ip,
  cp,
  h_,
  v_,
  x_,
  lp,
  C_,
  D_,
  k_,
  j_,
  M_,
  um,
  hp,
  P_,
  I_,
  R_,
  B_,
  Cf,
  lg,
  V_,
  fm,
  mm,
  gm,
  U_,
  G_,
  q_,
  Y_,
  Z_,
  Q_,
  $_,
  Mp,
  tv,
  ov,
  cv,
  dv,
  Fp,
  fv,
  pv,
  mv,
  Rp,
  u_,
  gv,
  vv,
  bv,
  Sv,
  wv,
  Ev,
  Ov,
  Av,
  Hp,
  jv,
  Up,
  Wp,
  Mv,
  Pv,
  Iv,
  Rv,
  Bv,
  Qp,
  Jh,
  Vv,
  Hv,
  Wv,
  Kv,
  Jv,
  Xv,
  fp,
  oy,
  cy,
  { kernelName: sr, backendName: `cpu`, kernelFunc: ly },
  T_,
];
for (const e of uy) br(e);
var Q;
((e) => {
  (e[(e.float32 = 0)] = `float32`),
    (e[(e.int32 = 1)] = `int32`),
    (e[(e.bool = 2)] = `bool`),
    (e[(e.string = 3)] = `string`),
    (e[(e.complex64 = 4)] = `complex64`);
})((Q ||= {}));
var dy;
((e) => {
  (e[(e.linear = 0)] = `linear`),
    (e[(e.relu = 1)] = `relu`),
    (e[(e.relu6 = 2)] = `relu6`),
    (e[(e.prelu = 3)] = `prelu`),
    (e[(e.leakyrelu = 4)] = `leakyrelu`),
    (e[(e.sigmoid = 5)] = `sigmoid`),
    (e[(e.elu = 6)] = `elu`);
})((dy ||= {}));
var fy;
function py(e) {
  fy = e.wasm.cwrap(dr, null, [
    `number`,
    `array`,
    `number`,
    `number`,
    `array`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function my(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { a: i, b: a, bias: o, preluActivationWeights: s } = t;
  if (i.dtype !== `float32` || a.dtype !== `float32`)
    throw Error(`_FusedMatMul for non non-float32 tensors not yet supported.`);
  let { transposeA: c, transposeB: l, activation: u, leakyreluAlpha: d } = r,
    f = n.dataIdMap.get(i.dataId).id,
    p = n.dataIdMap.get(a.dataId).id,
    m = 0;
  if (o != null) {
    const e = n.dataIdMap.get(o.dataId);
    if (e.shape.length !== 1)
      throw Error(`_FusedMatMul only supports rank-1 bias but got rank ${e.shape.length}.`);
    m = e.id;
  }
  const h = s == null ? 0 : n.dataIdMap.get(s.dataId).id,
    g = dy[u];
  if (g == null)
    throw Error(`${u} activation not yet supported for FusedConv2D in the wasm backend.`);
  const _ = c ? i.shape[2] : i.shape[1],
    v = l ? a.shape[1] : a.shape[2],
    y = Po(i.shape.slice(0, -2), a.shape.slice(0, -2)),
    b = n.makeOutput([...y, _, v], i.dtype),
    x = n.dataIdMap.get(b.dataId).id,
    S = new Uint8Array(new Int32Array(i.shape).buffer),
    C = new Uint8Array(new Int32Array(a.shape).buffer);
  return (fy(f, S, i.shape.length, p, C, a.shape.length, c, l, g, m, h, d || 0, x), b);
}
var hy = { kernelName: dr, backendName: `wasm`, setupFunc: py, kernelFunc: my };
function $(e, t) {
  let n;
  function r(t) {
    n = t.wasm.cwrap(e, null, [`number`, `number`, `number`]);
  }
  function i(e) {
    const {
        backend: r,
        inputs: { x: i },
      } = e,
      a = r.dataIdMap.get(i.dataId).id,
      o = r.makeOutput(i.shape, t || i.dtype),
      s = r.dataIdMap.get(o.dataId).id;
    return (x(o.shape) === 0 || n(a, Q[i.dtype], s), o);
  }
  return { kernelName: e, backendName: `wasm`, setupFunc: r, kernelFunc: i };
}
var gy = $(`Abs`),
  _y = $(Ce),
  vy = $(we);
function yy(e, t, n) {
  let r;
  function i(t) {
    r = t.wasm.cwrap(e, null, [
      `number`,
      `array`,
      `number`,
      `number`,
      `array`,
      `number`,
      `number`,
      `number`,
    ]);
  }
  function a(e) {
    const { backend: t, inputs: i } = e,
      { a, b: o } = i,
      s = t.dataIdMap.get(a.dataId).id,
      c = t.dataIdMap.get(o.dataId).id,
      l = n ?? a.dtype,
      u = Po(a.shape, o.shape),
      d = t.makeOutput(u, l);
    if (x(u) === 0) return d;
    const f = new Uint8Array(new Int32Array(a.shape).buffer),
      p = new Uint8Array(new Int32Array(o.shape).buffer),
      m = t.dataIdMap.get(d.dataId).id;
    return (r(s, f, a.shape.length, c, p, o.shape.length, Q[a.dtype], m), d);
  }
  return { kernelName: e, backendName: `wasm`, setupFunc: i, kernelFunc: a };
}
var by = yy(`Add`, !0),
  xy;
function Sy(e) {
  xy = e.wasm.cwrap(Te, null, [`array`, `number`, `number`, `number`]);
}
function Cy(e) {
  const { inputs: t, backend: n } = e,
    r = n.makeOutput(t[0].shape, t[0].dtype);
  if (x(r.shape) === 0) return r;
  const i = t.map((e) => n.dataIdMap.get(e.dataId).id),
    a = new Uint8Array(new Int32Array(i).buffer),
    o = n.dataIdMap.get(r.dataId).id;
  return (xy(a, i.length, Q[r.dtype], o), r);
}
var wy = { kernelName: Te, backendName: `wasm`, setupFunc: Sy, kernelFunc: Cy };
function Ty(e) {
  const {
    inputs: { x: t },
    backend: n,
  } = e;
  if (t.dtype === `string`) return qi(n.readSync(t.dataId), t.shape, t.dtype);
  const r = n.makeOutput(t.shape, t.dtype),
    i = n.typedArrayFromHeap(t);
  return (n.typedArrayFromHeap(r).set(i), r);
}
var Ey = { kernelName: Ot, backendName: `wasm`, kernelFunc: Ty },
  Dy;
function Oy(e) {
  Dy = e.wasm.cwrap(ir, null, [`number`, `array`, `number`, `number`, `number`, `array`, `number`]);
}
function ky(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    [i, a] = jy(t.x.shape, r.perm),
    o = !0;
  for (let e = 0; e < a.length; e++) a[e] !== e && (o = !1);
  const s = Ay(t.x.shape, r.perm),
    c = { dataId: t.x.dataId, shape: i, dtype: t.x.dtype };
  if (o) {
    const e = Ty({ inputs: t, backend: n });
    return ((e.shape = s), e);
  }
  const l = n.makeOutput(s, c.dtype),
    u = n.dataIdMap.get(c.dataId).id,
    d = n.dataIdMap.get(l.dataId).id,
    f = new Uint8Array(new Int32Array(a).buffer),
    p = new Uint8Array(new Int32Array(c.shape).buffer);
  return (Dy(u, p, c.shape.length, Q[c.dtype], d, f, a.length), l);
}
function Ay(e, t) {
  const n = Array(e.length);
  for (let r = 0; r < n.length; r++) n[r] = e[t[r]];
  return n;
}
function jy(e, t) {
  const n = [],
    r = [];
  for (let i = 0; i < e.length; ++i) e[i] !== 1 && n.push(e[i]), e[t[i]] !== 1 && r.push(t[i]);
  for (let e = 0; e < r.length; ++e) {
    let t = -1;
    for (let n = 0; n < r.length; ++n) r[n] >= e && (t === -1 || r[t] > r[n]) && (t = n);
    r[t] = e;
  }
  return [n, r];
}
var My = { kernelName: ir, backendName: `wasm`, kernelFunc: ky, setupFunc: Oy };
function Ny(e, t, n) {
  let r = e.shape,
    i = e.shape.length,
    a = E(t, r),
    o = a,
    s = Jo(o, i),
    c = null,
    l = !1;
  if (s != null) {
    const t = Array(i);
    for (let e = 0; e < t.length; e++) t[e] = r[s[e]];
    (o = Xo(o.length, i)), (c = ky({ inputs: { x: e }, attrs: { perm: s }, backend: n }));
    const a = n.dataIdMap.get(e.dataId).id;
    n.dataIdMap.get(c.dataId).id !== a && (l = !0);
  }
  return { transposed: c, originalAxes: a, axes: o, inputWasTransposed: l };
}
var Py;
function Fy(e) {
  Py = e.wasm.cwrap(`All`, null, [`number, number, number`]);
}
function Iy(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { axis: i, keepDims: a } = r,
    { x: o } = n,
    s = t.dataIdMap.get(o.dataId).id,
    c = o,
    { transposed: l, axes: u, originalAxes: d, inputWasTransposed: f } = Ny(o, i, t);
  if (f) {
    const e = t.dataIdMap.get(l.dataId).id;
    (c = l), (s = e);
  }
  qo(`all`, u, c.shape.length);
  const [p, m] = Go(c.shape, u),
    h = x(m),
    g = t.makeOutput(p, o.dtype);
  if (x(c.shape) !== 0) {
    const e = t.dataIdMap.get(g.dataId).id;
    Py(s, h, e);
  }
  return (f && t.disposeData(l.dataId), a && (g.shape = Ko(g.shape, d)), g);
}
var Ly = { kernelName: `All`, backendName: `wasm`, setupFunc: Fy, kernelFunc: Iy },
  Ry;
function zy(e) {
  Ry = e.wasm.cwrap(`Any`, null, [`number, number, number`]);
}
function By(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { axis: i, keepDims: a } = r,
    { x: o } = n,
    s = t.dataIdMap.get(o.dataId).id,
    c = o,
    { transposed: l, axes: u, originalAxes: d, inputWasTransposed: f } = Ny(o, i, t);
  if (f) {
    const e = t.dataIdMap.get(l.dataId).id;
    (c = l), (s = e);
  }
  qo(`any`, u, c.shape.length);
  const [p, m] = Go(c.shape, u),
    h = x(m),
    g = t.makeOutput(p, o.dtype);
  if (x(c.shape) !== 0) {
    const e = t.dataIdMap.get(g.dataId).id;
    Ry(s, h, e);
  }
  return (f && t.disposeData(l.dataId), a && (g.shape = Ko(g.shape, d)), g);
}
var Vy = { kernelName: `Any`, backendName: `wasm`, setupFunc: zy, kernelFunc: By };
function Hy(e) {
  let t;
  function n(n) {
    t = n.wasm.cwrap(e, null, [`number`, `number`, `number`, `number`, `number`]);
  }
  function r(e) {
    let { backend: n, inputs: r, attrs: i } = e,
      { axis: a } = i,
      { x: o } = r,
      s = n.dataIdMap.get(o.dataId).id,
      c = s,
      l = o,
      { transposed: u, axes: d, inputWasTransposed: f } = Ny(o, a, n);
    if (f) {
      const e = n.dataIdMap.get(u.dataId).id;
      e !== s && ((l = u), (c = e));
    }
    const p = l.shape.slice(0, -1),
      m = n.makeOutput(p, `int32`),
      h = n.dataIdMap.get(m.dataId).id,
      g = x(m.shape),
      _ = l.shape[d[0]];
    return (t(c, Q[l.dtype], g, _, h), f && n.disposeData(u.dataId), m);
  }
  return { kernelName: e, backendName: `wasm`, setupFunc: n, kernelFunc: r };
}
var Uy = Hy(Ee),
  Wy = Hy(De),
  Gy = $(Oe),
  Ky = $(ke),
  qy = $(Ae),
  Jy = yy(Me, !1),
  Yy = $(je),
  Xy;
function Zy(e) {
  Xy = e.wasm.cwrap(Ne, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function Qy(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    i = t.x,
    a = r.dataIdMap.get(i.dataId).id,
    { filterSize: o, strides: s, pad: c, dimRoundingMode: l } = n,
    u = oo(i.shape, o, s, 1, c, l),
    d = u.filterHeight,
    f = u.filterWidth,
    p = u.padInfo.top,
    m = u.padInfo.right,
    h = u.padInfo.bottom,
    g = u.padInfo.left,
    _ = u.strideHeight,
    v = u.strideWidth,
    y = u.inChannels;
  if (u.dataFormat !== `channelsLast`)
    throw Error(
      `wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`,
    );
  if (u.dilationWidth !== 1 || u.dilationHeight !== 1)
    throw Error(
      `was backend only supports average pooling with dilation = [1, 1], got [${u.dilationHeight}, ${u.dilationWidth}].`,
    );
  const b = r.makeOutput(u.outShape, `float32`),
    x = r.dataIdMap.get(b.dataId).id;
  return (Xy(a, i.shape[0], i.shape[1], i.shape[2], d, f, p, m, h, g, _, v, y, x), b);
}
var $y = { kernelName: Ne, backendName: `wasm`, setupFunc: Zy, kernelFunc: Qy },
  eb;
function tb(e) {
  eb = e.wasm.cwrap(`AvgPool3D`, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function nb(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { filterSize: a, strides: o, pad: s, dimRoundingMode: c, dataFormat: l } = r,
    u = so(i.shape, a, o, 1, s, c, l),
    d = n.makeOutput(u.outShape, i.dtype);
  return (
    eb(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(d.dataId).id,
      u.batchSize,
      u.inChannels,
      u.inDepth,
      u.inHeight,
      u.inWidth,
      u.outDepth,
      u.outHeight,
      u.outWidth,
      u.strideDepth,
      u.strideHeight,
      u.strideWidth,
      u.dilationDepth,
      u.dilationHeight,
      u.dilationWidth,
      u.effectiveFilterDepth,
      u.effectiveFilterHeight,
      u.effectiveFilterWidth,
      u.padInfo.front,
      u.padInfo.top,
      u.padInfo.left,
    ),
    d
  );
}
var rb = { kernelName: Fe, backendName: `wasm`, setupFunc: tb, kernelFunc: nb },
  ib;
function ab(e) {
  ib = e.wasm.cwrap(`AvgPool3DGrad`, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function ob(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, input: a } = t,
    { filterSize: o, strides: s, pad: c, dimRoundingMode: l } = r,
    u = so(a.shape, o, s, 1, c, l),
    d = n.makeOutput(a.shape, a.dtype);
  return (
    ib(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(d.dataId).id,
      u.batchSize,
      u.inChannels,
      u.inDepth,
      u.inHeight,
      u.inWidth,
      u.outDepth,
      u.outHeight,
      u.outWidth,
      u.strideDepth,
      u.strideHeight,
      u.strideWidth,
      u.dilationDepth,
      u.dilationHeight,
      u.dilationWidth,
      u.effectiveFilterDepth,
      u.effectiveFilterHeight,
      u.effectiveFilterWidth,
      u.padInfo.front,
      u.padInfo.top,
      u.padInfo.left,
      u.filterDepth,
      u.filterHeight,
      u.filterWidth,
    ),
    d
  );
}
var sb = { kernelName: Ie, backendName: `wasm`, setupFunc: ab, kernelFunc: ob },
  cb;
function lb(e) {
  cb = e.wasm.cwrap(`AvgPoolGrad`, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function ub(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, input: a } = t,
    { filterSize: o, strides: s, pad: c } = r,
    l = oo(a.shape, o, s, 1, c),
    u = n.makeOutput(a.shape, a.dtype);
  return (
    cb(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(u.dataId).id,
      l.batchSize,
      l.inChannels,
      l.inHeight,
      l.inWidth,
      l.outHeight,
      l.outWidth,
      l.strideHeight,
      l.strideWidth,
      l.dilationHeight,
      l.dilationWidth,
      l.effectiveFilterHeight,
      l.effectiveFilterWidth,
      l.padInfo.top,
      l.padInfo.left,
      l.filterHeight,
      l.filterWidth,
    ),
    u
  );
}
var db = { kernelName: Pe, backendName: `wasm`, setupFunc: lb, kernelFunc: ub };
function fb(e) {
  const { inputs: t, attrs: n } = e,
    { x: r } = t,
    { shape: i } = n,
    a = x(r.shape),
    o = T(i, a);
  return (
    v(
      a === x(o),
      () =>
        `new shape: ${o}, old shape: ${r.shape}. New shape and old shape must have the same number of elements.`,
    ),
    e.backend.incRef(r.dataId),
    { dataId: r.dataId, shape: o, dtype: r.dtype }
  );
}
var pb = { kernelName: yn, backendName: `wasm`, kernelFunc: fb },
  mb;
function hb(e) {
  mb = e.wasm.cwrap(Le, null, [
    `number`,
    `array`,
    `number`,
    `number`,
    `array`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function gb(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { a: i, b: a } = t,
    { transposeA: o, transposeB: s } = r;
  if (i.dtype !== `float32` || a.dtype !== `float32`)
    throw Error(`BatchMatMul for non non-float32 tensors not yet supported.`);
  const c = i.shape.length,
    l = a.shape.length,
    u = o ? i.shape[c - 2] : i.shape[c - 1],
    d = s ? a.shape[l - 1] : a.shape[l - 2],
    f = o ? i.shape[c - 1] : i.shape[c - 2],
    p = s ? a.shape[l - 2] : a.shape[l - 1],
    m = i.shape.slice(0, -2),
    h = a.shape.slice(0, -2),
    g = x(m),
    _ = x(h),
    y = Po(i.shape.slice(0, -2), a.shape.slice(0, -2)).concat([f, p]);
  v(
    u === d,
    () =>
      `Error in matMul: inner shapes (${u}) and (${d}) of Tensors with shapes ${i.shape} and ${a.shape} and transposeA=${o} and transposeB=${s} must match.`,
  );
  const b = o ? [g, u, f] : [g, f, u],
    S = s ? [_, p, d] : [_, d, p],
    C = fb({ inputs: { x: i }, backend: n, attrs: { shape: b } }),
    w = fb({ inputs: { x: a }, backend: n, attrs: { shape: S } }),
    T = n.dataIdMap.get(C.dataId).id,
    E = n.dataIdMap.get(w.dataId).id,
    D = o ? C.shape[2] : C.shape[1],
    O = s ? w.shape[1] : w.shape[2],
    k = Math.max(g, _),
    A = n.makeOutput([k, D, O], C.dtype),
    j = n.dataIdMap.get(A.dataId).id,
    M = new Uint8Array(new Int32Array(C.shape).buffer),
    ee = new Uint8Array(new Int32Array(w.shape).buffer);
  return (
    mb(T, M, C.shape.length, E, ee, w.shape.length, o, s, j),
    n.disposeData(C.dataId),
    n.disposeData(w.dataId),
    (A.shape = y),
    A
  );
}
var _b = { kernelName: Le, backendName: `wasm`, setupFunc: hb, kernelFunc: gb };
function vb(e) {
  const {
      inputs: { x: t },
      attrs: { begin: n, size: r },
      backend: i,
    } = e,
    [a, o] = tl(t, n, r),
    s = $c(t.shape, a, o),
    c = i.readSync(t.dataId),
    l = i.makeOutput(o, t.dtype),
    u = P(t.shape),
    d = i.dataIdMap.get(l.dataId);
  if (s) {
    const e = el(a, u);
    return (
      t.dtype === `string`
        ? (d.stringBytes = c.slice(e, e + x(o)))
        : i.typedArrayFromHeap(l).set(c.subarray(e, e + x(o))),
      l
    );
  }
  if (t.dtype === `string`) return ((d.stringBytes = Ip(c, a, o, t.shape, t.dtype)), l);
  const f = i.typedArrayFromHeap(l),
    p = t.shape.length;
  if (p === 2) yb(c, u[0], f, a, o);
  else if (p === 3) bb(c, u[0], u[1], f, a, o);
  else if (p === 4) xb(c, u[0], u[1], u[2], f, a, o);
  else {
    const e = Ip(c, a, o, t.shape, t.dtype);
    f.set(e);
  }
  return l;
}
function yb(e, t, n, r, i) {
  let a = 0,
    o = r[0],
    s = r[1],
    c = o + i[0];
  for (let r = o; r < c; r++) {
    const o = r * t + s;
    n.set(e.subarray(o, o + i[1]), a), (a += i[1]);
  }
}
function bb(e, t, n, r, i, a) {
  let o = 0,
    s = i[0],
    c = i[1],
    l = i[2],
    u = s + a[0],
    d = c + a[1];
  for (let i = s; i < u; i++)
    for (let s = c; s < d; s++) {
      const c = i * t + s * n + l;
      r.set(e.subarray(c, c + a[2]), o), (o += a[2]);
    }
}
function xb(e, t, n, r, i, a, o) {
  let s = 0,
    c = a[0],
    l = a[1],
    u = a[2],
    d = c + o[0],
    f = l + o[1],
    p = u + o[2],
    m = a[3];
  for (let a = c; a < d; a++)
    for (let c = l; c < f; c++)
      for (let l = u; l < p; l++) {
        const u = a * t + c * n + l * r + m;
        i.set(e.subarray(u, u + o[3]), s), (s += o[3]);
      }
}
var Sb = { kernelName: Nn, backendName: `wasm`, kernelFunc: vb };
function Cb(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { blockShape: a, crops: o } = r,
    s = a.reduce((e, t) => e * t),
    c = ml(i.shape, a, s),
    l = hl(c.length, a.length),
    u = gl(i.shape, a, s),
    d = _l(o, a.length),
    f = vl(u, o, a.length),
    p = fb({ inputs: { x: i }, backend: n, attrs: { shape: c } }),
    m = ky({ inputs: { x: p }, backend: n, attrs: { perm: l } }),
    h = fb({ inputs: { x: m }, backend: n, attrs: { shape: u } }),
    g = vb({ inputs: { x: h }, backend: n, attrs: { begin: d, size: f } });
  return (n.disposeData(p.dataId), n.disposeData(m.dataId), n.disposeData(h.dataId), g);
}
var wb = { kernelName: Re, backendName: `wasm`, kernelFunc: Cb },
  Tb;
function Eb(e) {
  Tb = e.wasm.cwrap(ze, null, [`number`, `number`, `boolean`, `number`, `number`, `number`]);
}
function Db(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { x: i, weights: a } = n,
    { size: o } = r,
    s = a.shape.reduce((e, t) => e * t, 1) !== 0,
    c = i.shape.length === 1 ? [o] : [i.shape[0], o],
    l = t.makeOutput(c, a.dtype);
  function u(e) {
    return t.dataIdMap.get(e.dataId).id;
  }
  return (Tb(u(i), o, s, u(a), Q[a.dtype], u(l)), l);
}
var Ob = { kernelName: ze, backendName: `wasm`, setupFunc: Eb, kernelFunc: Db },
  kb = yy(Be, !0);
function Ab(e) {
  const { inputs: t, backend: n } = e,
    { s0: r, s1: i } = t,
    a = n.typedArrayFromHeap(r),
    o = n.typedArrayFromHeap(i),
    s = Po(Array.from(a), Array.from(o));
  return n.makeOutput([s.length], `int32`, void 0, new Int32Array(s));
}
var jb = { kernelName: Ve, backendName: `wasm`, kernelFunc: Ab };
function Mb(e) {
  const {
      inputs: { x: t },
      attrs: { dtype: n },
      backend: r,
    } = e,
    i = r.makeOutput(t.shape, n),
    a = r.typedArrayFromHeap(t);
  return (r.typedArrayFromHeap(i).set(a), i);
}
var Nb = { kernelName: He, backendName: `wasm`, kernelFunc: Mb },
  Pb = $(Ue),
  Fb;
function Ib(e) {
  Fb = e.wasm.cwrap(We, null, [`number`, `number`, `number`, `number`]);
}
function Lb(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { clipValueMin: a, clipValueMax: o } = r,
    s = n.dataIdMap.get(i.dataId).id,
    c = n.makeOutput(i.shape, i.dtype),
    l = n.dataIdMap.get(c.dataId).id;
  return (Fb(s, a, o, l), c);
}
var Rb = { kernelName: We, backendName: `wasm`, setupFunc: Ib, kernelFunc: Lb };
function zb(e) {
  const { inputs: t, backend: n } = e,
    r = E(e.attrs.axis, t[0].shape)[0];
  ol(
    t.map((e) => e.shape),
    r,
  );
  let i = sl(
      t.map((e) => e.shape),
      r,
    ),
    a = t.filter((e) => x(e.shape) > 0);
  if (a.length === 1) return Ty({ inputs: { x: a[0] }, backend: n });
  const o = n.makeOutput(i, t[0].dtype);
  if (x(i) === 0) return o;
  if (a[0].dtype === `string`) {
    const e = a.map((e) => {
        const t = [-1, x(e.shape.slice(r))];
        return fb({ inputs: { x: e }, backend: n, attrs: { shape: t } });
      }),
      s = e.map((e) => ({ vals: n.readSync(e.dataId), shape: e.shape }));
    i = sl(
      e.map((e) => e.shape),
      1,
    );
    const c = e[0].shape[0] === 1,
      l = Lf(s, i, t[0].dtype, c);
    o.shape = sl(
      a.map((e) => e.shape),
      r,
    );
    const u = n.dataIdMap.get(o.dataId);
    return ((u.stringBytes = ou(l)), e.forEach((e) => n.disposeData(e.dataId)), o);
  }
  let s = x(a[0].shape.slice(0, r)),
    c = 0,
    l = a.map((e) => {
      const t = x(e.shape.slice(r));
      return ((c += t), t);
    }),
    u = a.map((e) => n.typedArrayFromHeap(e)),
    d = n.typedArrayFromHeap(o);
  for (let e = 0; e < s; e++) {
    let t = e * c;
    for (let n = 0; n < u.length; n++) {
      const r = l[n],
        i = e * r,
        a = u[n].subarray(i, i + r);
      d.set(a, t), (t += r);
    }
  }
  return o;
}
var Bb = { kernelName: Ke, backendName: `wasm`, kernelFunc: zb },
  Vb;
function Hb(e) {
  Vb = e.wasm.cwrap(qe, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function Ub(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    { x: i, filter: a } = t,
    o = r.dataIdMap.get(i.dataId).id,
    s = r.dataIdMap.get(a.dataId).id,
    { strides: c, dilations: l, pad: u, dimRoundingMode: d, dataFormat: f } = n,
    p = So(f),
    m = co(i.shape, a.shape, c, l, u, d, !1, p),
    h = m.filterHeight,
    g = m.filterWidth,
    _ = m.padInfo.top,
    v = m.padInfo.right,
    y = m.padInfo.bottom,
    b = m.padInfo.left,
    x = m.dilationHeight,
    S = m.dilationWidth,
    C = m.strideHeight,
    w = m.strideWidth,
    T = m.inChannels,
    E = m.outChannels,
    D = +(m.padInfo.type === `SAME`);
  if (m.dataFormat !== `channelsLast`)
    throw Error(
      `wasm backend Conv2D does not support dataFormat:'${m.dataFormat}'. Please use 'channelsLast'.`,
    );
  const O = r.makeOutput(m.outShape, `float32`),
    k = r.dataIdMap.get(O.dataId).id;
  return (
    Vb(o, i.shape[0], i.shape[1], i.shape[2], s, h, g, _, v, y, b, D, x, S, C, w, T, E, k), O
  );
}
var Wb = { kernelName: qe, backendName: `wasm`, setupFunc: Hb, kernelFunc: Ub },
  Gb;
function Kb(e) {
  Gb = e.wasm.cwrap(
    Ye,
    null,
    `number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number.number`.split(
      `.`,
    ),
  );
}
function qb(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { dy: i, filter: a } = n,
    { strides: o, pad: s, dataFormat: c, dimRoundingMode: l, inputShape: u } = r,
    d = So(c),
    f = co(u, a.shape, o, 1, s, l, !1, d),
    {
      batchSize: p,
      filterHeight: m,
      filterWidth: h,
      inChannels: g,
      inHeight: _,
      inWidth: v,
      outChannels: y,
      outHeight: b,
      outWidth: x,
      strideHeight: S,
      strideWidth: C,
    } = f,
    w = m - 1 - f.padInfo.top,
    T = h - 1 - f.padInfo.left,
    E = f.dataFormat === `channelsLast`,
    D = P(f.inShape),
    O = P(i.shape),
    [k, A, j] = P(a.shape),
    M = D[0],
    ee = E ? D[1] : D[2],
    te = E ? D[2] : 1,
    N = E ? 1 : D[1],
    ne = O[0],
    re = E ? O[1] : O[2],
    ie = E ? O[2] : 1,
    ae = E ? 1 : O[1],
    F = t.makeOutput(f.inShape, `float32`),
    oe = t.dataIdMap.get(F.dataId).id,
    I = t.dataIdMap.get(i.dataId).id,
    L = t.dataIdMap.get(a.dataId).id;
  return (
    Gb(I, L, p, m, h, _, v, g, b, x, y, S, C, w, T, k, A, j, M, ee, te, N, ne, re, ie, ae, oe), F
  );
}
var Jb = { kernelName: Ye, backendName: `wasm`, setupFunc: Kb, kernelFunc: qb },
  Yb;
function Xb(e) {
  Yb = e.wasm.cwrap(Xe, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function Zb(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, filter: a } = t,
    { strides: o, pad: s, dilations: c } = r;
  if (i.dtype !== `float32`) throw Error(`Tensor x must have dtype float32, got ${i.dtype}`);
  if (a.dtype !== `float32`) throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);
  const l = lo(i.shape, a.shape, o, c, s),
    u = n.makeOutput(l.outShape, i.dtype);
  return (
    Yb(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(u.dataId).id,
      l.batchSize,
      l.inDepth,
      l.inHeight,
      l.inWidth,
      l.inChannels,
      l.outDepth,
      l.outHeight,
      l.outWidth,
      l.outChannels,
      l.strideDepth,
      l.strideHeight,
      l.strideWidth,
      l.dilationDepth,
      l.dilationHeight,
      l.dilationWidth,
      l.filterDepth,
      l.filterHeight,
      l.filterWidth,
      l.padInfo.front,
      l.padInfo.top,
      l.padInfo.left,
    ),
    u
  );
}
var Qb = { kernelName: Xe, backendName: `wasm`, setupFunc: Xb, kernelFunc: Zb },
  $b;
function ex(e) {
  $b = e.wasm.cwrap(Ze, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function tx(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, dy: a } = t,
    { strides: o, pad: s, filterShape: c } = r;
  if (i.dtype !== `float32`) throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);
  if (a.dtype !== `float32`) throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);
  const l = lo(i.shape, c, o, 1, s),
    u = n.makeOutput(l.filterShape, a.dtype);
  return (
    $b(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(u.dataId).id,
      l.batchSize,
      l.inDepth,
      l.inHeight,
      l.inWidth,
      l.inChannels,
      l.outDepth,
      l.outHeight,
      l.outWidth,
      l.outChannels,
      l.strideDepth,
      l.strideHeight,
      l.strideWidth,
      l.dilationDepth,
      l.dilationHeight,
      l.dilationWidth,
      l.filterDepth,
      l.filterHeight,
      l.filterWidth,
      l.padInfo.front,
      l.padInfo.top,
      l.padInfo.left,
    ),
    u
  );
}
var nx = { kernelName: Ze, backendName: `wasm`, setupFunc: ex, kernelFunc: tx },
  rx;
function ix(e) {
  rx = e.wasm.cwrap(Qe, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function ax(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, filter: a } = t,
    { pad: o, strides: s, inputShape: c } = r;
  if (i.dtype !== `float32`) throw Error(`Tensor dy must have dtype float32, got ${i.dtype}`);
  if (a.dtype !== `float32`) throw Error(`Tensor filter must have dtype float32, got ${a.dtype}`);
  const l = lo(c, a.shape, s, 1, o),
    u = n.makeOutput(l.inShape, i.dtype);
  return (
    rx(
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(u.dataId).id,
      l.batchSize,
      l.inDepth,
      l.inHeight,
      l.inWidth,
      l.inChannels,
      l.outDepth,
      l.outHeight,
      l.outWidth,
      l.outChannels,
      l.strideDepth,
      l.strideHeight,
      l.strideWidth,
      l.dilationDepth,
      l.dilationHeight,
      l.dilationWidth,
      l.filterDepth,
      l.filterHeight,
      l.filterWidth,
      l.padInfo.front,
      l.padInfo.top,
      l.padInfo.left,
    ),
    u
  );
}
var ox = { kernelName: Qe, backendName: `wasm`, setupFunc: ix, kernelFunc: ax },
  sx = $(`Cos`),
  cx = $($e),
  lx;
((e) => {
  (e[(e.bilinear = 0)] = `bilinear`), (e[(e.nearest = 1)] = `nearest`);
})((lx ||= {}));
var ux;
function dx(e) {
  ux = e.wasm.cwrap(nt, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `array`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function fx(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { method: i, extrapolationValue: a, cropSize: o } = r,
    { image: s, boxes: c, boxInd: l } = n,
    u = c.shape[0],
    [d, f] = o,
    p = [u, d, f, s.shape[3]],
    m = t.dataIdMap.get(s.dataId),
    h;
  s.dtype !== `float32` &&
    ((h = Mb({ backend: t, inputs: { x: s }, attrs: { dtype: `float32` } })),
    (m = t.dataIdMap.get(h.dataId)));
  const g = m.id,
    _ = t.dataIdMap.get(c.dataId).id,
    v = t.dataIdMap.get(l.dataId).id,
    y = t.makeOutput(p, `float32`),
    b = t.dataIdMap.get(y.dataId).id,
    x = new Uint8Array(new Int32Array(s.shape).buffer);
  return (ux(g, _, v, u, x, d, f, lx[i], a, b), h != null && t.disposeData(h.dataId), y);
}
var px = { kernelName: nt, backendName: `wasm`, setupFunc: dx, kernelFunc: fx },
  mx;
function hx(e) {
  mx = e.wasm.cwrap(et, null, [`number`, `number`, `number`, `number`, `number`, `number`]);
}
function gx(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, exclusive: o, reverse: s } = r,
    c = i.shape.length;
  v(
    i.dtype === `float32` || i.dtype === `int32`,
    () => `cumprod does not support ${i.dtype} tensors in the WASM backend`,
  );
  let l = Jo([a], c),
    u = i;
  l !== null && (u = ky({ inputs: { x: i }, attrs: { perm: l }, backend: n }));
  const d = Xo(1, c)[0];
  qo(`cumprod`, [d], c);
  const f = n.makeOutput(u.shape, u.dtype),
    p = u.shape[d],
    m = n.dataIdMap.get(u.dataId).id,
    h = n.dataIdMap.get(f.dataId).id;
  mx(m, +!!o, +!!s, p, h, Q[i.dtype]);
  let g = f;
  if (l !== null) {
    const e = Yo(l);
    (g = ky({ inputs: { x: f }, attrs: { perm: e }, backend: n })),
      n.disposeData(u.dataId),
      n.disposeData(f.dataId);
  }
  return g;
}
var _x = { kernelName: et, backendName: `wasm`, setupFunc: hx, kernelFunc: gx },
  vx;
function yx(e) {
  vx = e.wasm.cwrap(tt, null, [`number`, `number`, `number`, `number`, `number`, `number`]);
}
function bx(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { axis: a, exclusive: o, reverse: s } = r,
    c = i.shape.length;
  v(
    i.dtype === `float32` || i.dtype === `int32`,
    () => `cumsum does not support ${i.dtype} tensors in the WASM backend`,
  );
  let l = Jo([a], c),
    u = i;
  l !== null && (u = ky({ inputs: { x: i }, attrs: { perm: l }, backend: n }));
  const d = Xo(1, c)[0];
  qo(`cumsum`, [d], c);
  const f = n.makeOutput(u.shape, u.dtype),
    p = u.shape[d],
    m = n.dataIdMap.get(u.dataId).id,
    h = n.dataIdMap.get(f.dataId).id;
  vx(m, +!!o, +!!s, p, h, Q[i.dtype]);
  let g = f;
  if (l !== null) {
    const e = Yo(l);
    (g = ky({ inputs: { x: f }, attrs: { perm: e }, backend: n })),
      n.disposeData(u.dataId),
      n.disposeData(f.dataId);
  }
  return g;
}
var xx = { kernelName: tt, backendName: `wasm`, setupFunc: yx, kernelFunc: bx },
  Sx;
function Cx(e) {
  Sx = e.wasm.cwrap(`DenseBincount`, null, [
    `number`,
    `array`,
    `number`,
    `number`,
    `boolean`,
    `number`,
    `number`,
    `boolean`,
    `number`,
  ]);
}
function wx(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { x: i, weights: a } = n,
    { size: o, binaryOutput: s } = r,
    c = a.shape.reduce((e, t) => e * t, 1) !== 0,
    l = i.shape.length === 1 ? [o] : [i.shape[0], o],
    u = t.makeOutput(l, a.dtype);
  function d(e) {
    return t.dataIdMap.get(e.dataId).id;
  }
  return (
    Sx(
      d(i),
      new Uint8Array(new Int32Array(i.shape).buffer),
      i.shape.length,
      o,
      c,
      d(a),
      Q[a.dtype],
      s,
      d(u),
    ),
    u
  );
}
var Tx = { kernelName: rt, backendName: `wasm`, setupFunc: Cx, kernelFunc: wx },
  Ex;
function Dx(e) {
  Ex = e.wasm.cwrap(it, null, [
    `number`,
    `number`,
    `number`,
    `array`,
    `number`,
    `array`,
    `array`,
    `number`,
    `number`,
  ]);
}
function Ox(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { x: i } = n,
    { blockSize: a, dataFormat: o } = r,
    s = i.shape[0],
    c = o === `NHWC` ? i.shape[1] : i.shape[2],
    l = o === `NHWC` ? i.shape[2] : i.shape[3],
    u = o === `NHWC` ? i.shape[3] : i.shape[1],
    d = c * a,
    f = l * a,
    p = u / (a * a),
    m = o === `NHWC` ? [s, d, f, p] : [s, p, d, f],
    h = t.makeOutput(m, `float32`),
    g = t.dataIdMap.get(i.dataId).id,
    _ = new Uint8Array(new Int32Array(P(i.shape)).buffer),
    v = new Uint8Array(new Int32Array(m).buffer),
    y = new Uint8Array(new Int32Array(P(m)).buffer),
    b = t.dataIdMap.get(h.dataId).id;
  return (Ex(g, a, +(o === `NHWC`), _, i.shape.length - 1, v, y, m.length, b), h);
}
var kx = { kernelName: it, backendName: `wasm`, setupFunc: Dx, kernelFunc: Ox },
  Ax;
function jx(e) {
  Ax = e.wasm.cwrap(at, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function Mx(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    { x: i, filter: a } = t,
    o = r.dataIdMap.get(i.dataId).id,
    s = r.dataIdMap.get(a.dataId).id,
    { strides: c, dilations: l, pad: u, dimRoundingMode: d } = n,
    f = l ?? [1, 1],
    p = co(i.shape, a.shape, c, f, u, d, !0),
    m = p.filterHeight,
    h = p.filterWidth,
    g = p.padInfo.top,
    _ = p.padInfo.right,
    v = p.padInfo.bottom,
    y = p.padInfo.left,
    b = p.dilationHeight,
    x = p.dilationWidth,
    S = p.strideHeight,
    C = p.strideWidth,
    w = p.inChannels,
    T = p.outChannels,
    E = +(p.padInfo.type === `SAME`);
  if (p.dataFormat !== `channelsLast`)
    throw Error(
      `wasm backend DepthwiseConv2dNative does not support dataFormat:'${p.dataFormat}'. Please use 'channelsLast'.`,
    );
  const D = r.makeOutput(p.outShape, `float32`),
    O = r.dataIdMap.get(D.dataId).id;
  return (
    Ax(o, i.shape[0], i.shape[1], i.shape[2], s, m, h, g, _, v, y, E, b, x, S, C, w, T, O), D
  );
}
var Nx = { kernelName: at, backendName: `wasm`, setupFunc: jx, kernelFunc: Mx },
  Px;
function Fx(e) {
  Px = e.wasm.cwrap(`Diag`, null, [`number`, `number`, `number`, `number`]);
}
function Ix(e) {
  const { inputs: t, backend: n } = e,
    { x: r } = t,
    i = x(r.shape),
    a = n.makeOutput([...r.shape, ...r.shape], r.dtype);
  return (Px(n.dataIdMap.get(r.dataId).id, Q[r.dtype], i, n.dataIdMap.get(a.dataId).id), a);
}
var Lx = { kernelName: ct, backendName: `wasm`, setupFunc: Fx, kernelFunc: Ix },
  Rx;
function zx(e) {
  Rx = e.wasm.cwrap(lt, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function Bx(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, filter: a } = t,
    { strides: o, pad: s, dilations: c } = r;
  if (i.dtype !== a.dtype)
    throw Error(
      `Dilation2D error: x must have the same dtype as filter. Got ${i.dtype} and ${a.dtype}`,
    );
  const l = ao(i.shape, a.shape, o, s, `NHWC`, c),
    u = n.makeOutput(l.outShape, i.dtype);
  return (
    Rx(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(u.dataId).id,
      Q[i.dtype],
      l.batchSize,
      l.inChannels,
      l.inHeight,
      l.inWidth,
      l.outHeight,
      l.outWidth,
      l.strideHeight,
      l.strideWidth,
      l.dilationHeight,
      l.dilationWidth,
      l.filterHeight,
      l.filterWidth,
      l.padInfo.top,
      l.padInfo.left,
    ),
    u
  );
}
var Vx = { kernelName: lt, backendName: `wasm`, setupFunc: zx, kernelFunc: Bx },
  Hx;
function Ux(e) {
  Hx = e.wasm.cwrap(dt, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function Wx(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, filter: a, dy: o } = t,
    { strides: s, pad: c, dilations: l } = r;
  if (i.dtype !== a.dtype || i.dtype !== o.dtype)
    throw Error(
      `Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`,
    );
  const u = ao(i.shape, a.shape, s, c, `NHWC`, l),
    d = n.makeOutput(a.shape, a.dtype);
  return (
    Hx(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(o.dataId).id,
      n.dataIdMap.get(d.dataId).id,
      Q[i.dtype],
      u.batchSize,
      u.inChannels,
      u.inHeight,
      u.inWidth,
      u.outHeight,
      u.outWidth,
      u.strideHeight,
      u.strideWidth,
      u.dilationHeight,
      u.dilationWidth,
      u.filterHeight,
      u.filterWidth,
      u.padInfo.top,
      u.padInfo.left,
    ),
    d
  );
}
var Gx = { kernelName: dt, backendName: `wasm`, setupFunc: Ux, kernelFunc: Wx },
  Kx;
function qx(e) {
  Kx = e.wasm.cwrap(ut, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function Jx(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, filter: a, dy: o } = t,
    { strides: s, pad: c, dilations: l } = r;
  if (i.dtype !== a.dtype || i.dtype !== o.dtype)
    throw Error(
      `Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ${i.dtype}, ${a.dtype}, and ${o.dtype}`,
    );
  const u = ao(i.shape, a.shape, s, c, `NHWC`, l),
    d = n.makeOutput(i.shape, i.dtype);
  return (
    Kx(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(o.dataId).id,
      n.dataIdMap.get(d.dataId).id,
      Q[i.dtype],
      u.batchSize,
      u.inChannels,
      u.inHeight,
      u.inWidth,
      u.outHeight,
      u.outWidth,
      u.strideHeight,
      u.strideWidth,
      u.dilationHeight,
      u.dilationWidth,
      u.filterHeight,
      u.filterWidth,
      u.padInfo.top,
      u.padInfo.left,
    ),
    d
  );
}
var Yx = { kernelName: ut, backendName: `wasm`, setupFunc: qx, kernelFunc: Jx },
  Xx = $(`Elu`),
  Zx;
function Qx(e) {
  Zx = e.wasm.cwrap(ht, null, [`number`, `number`, `number`]);
}
function $x(e) {
  const { inputs: t, backend: n } = e,
    { dy: r, y: i } = t,
    a = n.makeOutput(i.shape, `float32`),
    o = (e) => n.dataIdMap.get(e.dataId).id;
  return (Zx(o(i), o(r), o(a)), a);
}
var eS = { kernelName: ht, backendName: `wasm`, setupFunc: Qx, kernelFunc: $x },
  tS = yy(gt, !1, `bool`),
  nS = $(`Erf`),
  rS = $(`Exp`, `float32`);
function iS(e) {
  let { inputs: t, attrs: n, backend: r } = e,
    { input: i } = t,
    { dim: a } = n,
    o = i.shape.length,
    s = i.shape.slice(),
    c = a;
  return (
    a < 0 &&
      (v(-(o + 1) <= a, () => `Axis must be in the interval [${-(o + 1)}, ${o}]`), (c = o + a + 1)),
    s.splice(c, 0, 1),
    fb({ inputs: { x: i }, backend: r, attrs: { shape: s } })
  );
}
var aS = { kernelName: _t, backendName: `wasm`, kernelFunc: iS },
  oS = $(vt, `float32`);
function sS(e) {
  let {
      attrs: { shape: t, value: n },
      backend: r,
    } = e,
    {
      attrs: { dtype: i },
    } = e;
  i ||= re(n);
  const a = r.makeOutput(t, i);
  return (r.typedArrayFromHeap(a).fill(n), a);
}
var cS = { kernelName: yt, backendName: `wasm`, kernelFunc: sS },
  lS;
function uS(e) {
  lS = e.wasm.cwrap(bt, null, [`number`, `number`, `number`, `number`, `number`, `number`]);
}
function dS(e) {
  const { inputs: t, backend: n } = e,
    { image: r } = t,
    i = n.makeOutput(r.shape, r.dtype),
    a = n.dataIdMap.get(r.dataId).id,
    o = n.dataIdMap.get(i.dataId).id,
    [s, c, l, u] = r.shape;
  return (lS(a, s, c, l, u, o), i);
}
var fS = { kernelName: bt, backendName: `wasm`, kernelFunc: dS, setupFunc: uS },
  pS = $(xt),
  mS = yy(St, !1),
  hS;
function gS(e) {
  hS = e.wasm.cwrap(Ct, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function _S(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { varianceEpsilon: i } = r,
    { x: a, mean: o, variance: s, offset: c, scale: l } = n,
    u = t.dataIdMap.get(a.dataId).id,
    d = t.dataIdMap.get(o.dataId).id,
    f = t.dataIdMap.get(s.dataId).id,
    p = c == null ? 0 : t.dataIdMap.get(c.dataId).id,
    m = l == null ? 0 : t.dataIdMap.get(l.dataId).id,
    h = t.makeOutput(a.shape, a.dtype);
  if (x(a.shape) === 0) return h;
  const g = t.dataIdMap.get(h.dataId).id;
  return (hS(u, d, f, p, m, i, g), h);
}
var vS = { kernelName: Ct, backendName: `wasm`, setupFunc: gS, kernelFunc: _S },
  yS;
function bS(e) {
  yS = e.wasm.cwrap(fr, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function xS(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    { x: i, filter: a, bias: o, preluActivationWeights: s } = t,
    {
      strides: c,
      pad: l,
      dilations: u,
      dataFormat: d,
      dimRoundingMode: f,
      activation: p,
      leakyreluAlpha: m,
    } = n,
    h = co(i.shape, a.shape, c, u, l, f),
    g = dy[p];
  if (g == null)
    throw Error(`${p} activation not yet supported for FusedConv2D in the wasm backend.`);
  let _ = r.dataIdMap.get(i.dataId).id,
    v = r.dataIdMap.get(a.dataId).id,
    y = h.outChannels,
    b = 0;
  if (o != null) {
    const e = r.dataIdMap.get(o.dataId);
    if (e.shape.length !== 1)
      throw Error(`FusedConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);
    if (e.shape[0] !== y)
      throw Error(
        `FusedConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`,
      );
    b = e.id;
  }
  const x = h.filterHeight,
    S = h.filterWidth,
    C = h.padInfo.top,
    w = h.padInfo.right,
    T = h.padInfo.bottom,
    E = h.padInfo.left,
    D = h.dilationHeight,
    O = h.dilationWidth,
    k = h.strideHeight,
    A = h.strideWidth,
    j = h.inChannels,
    M = +(h.padInfo.type === `SAME`),
    ee = h.batchSize,
    te = h.inHeight,
    N = h.inWidth;
  if (d !== `NHWC`)
    throw Error(`wasm backend FusedConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`);
  const ne = r.makeOutput(h.outShape, `float32`),
    re = r.dataIdMap.get(ne.dataId).id,
    ie = s == null ? 0 : r.dataIdMap.get(s.dataId).id;
  return (yS(_, ee, te, N, v, x, S, b, C, w, T, E, M, D, O, k, A, j, y, g, ie, m || 0, re), ne);
}
var SS = { kernelName: fr, backendName: `wasm`, setupFunc: bS, kernelFunc: xS },
  CS;
function wS(e) {
  CS = e.wasm.cwrap(pr, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function TS(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    { x: i, filter: a, bias: o, preluActivationWeights: s } = t,
    {
      strides: c,
      pad: l,
      dilations: u,
      dataFormat: d,
      dimRoundingMode: f,
      activation: p,
      leakyreluAlpha: m,
    } = n,
    h = co(i.shape, a.shape, c, u, l, f, !0),
    g = dy[p];
  if (g == null)
    throw Error(`${p} activation not yet supported for FusedDepthwiseConv2D in the wasm backend.`);
  let _ = r.dataIdMap.get(i.dataId).id,
    v = r.dataIdMap.get(a.dataId).id,
    y = h.outChannels,
    b = 0;
  if (o != null) {
    const e = r.dataIdMap.get(o.dataId);
    if (e.shape.length !== 1)
      throw Error(`FusedDepthwiseConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);
    if (e.shape[0] !== y)
      throw Error(
        `FusedDepthwiseConv2D bias shape (${e.shape}) does not match the number of output channels (${y})`,
      );
    b = e.id;
  }
  const x = h.filterHeight,
    S = h.filterWidth,
    C = h.padInfo.top,
    w = h.padInfo.right,
    T = h.padInfo.bottom,
    E = h.padInfo.left,
    D = h.dilationHeight,
    O = h.dilationWidth,
    k = h.strideHeight,
    A = h.strideWidth,
    j = h.inChannels,
    M = +(h.padInfo.type === `SAME`),
    ee = h.batchSize,
    te = h.inHeight,
    N = h.inWidth;
  if (d !== `NHWC`)
    throw Error(
      `wasm backend FusedDepthwiseConv2D does not support dataFormat:'${d}'. Please use 'NHWC'.`,
    );
  const ne = r.makeOutput(h.outShape, `float32`),
    re = r.dataIdMap.get(ne.dataId).id,
    ie = s == null ? 0 : r.dataIdMap.get(s.dataId).id;
  return (CS(_, ee, te, N, v, x, S, b, C, w, T, E, M, D, O, k, A, j, y, g, ie, m || 0, re), ne);
}
var ES = { kernelName: pr, backendName: `wasm`, setupFunc: wS, kernelFunc: TS },
  DS;
function OS(e) {
  DS = e.wasm.cwrap(Tt, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `array`,
    `number`,
  ]);
}
function kS(e) {
  const { backend: t, inputs: n } = e,
    { params: r, indices: i } = n,
    [a, o, s, c] = Jc(r, i),
    l = t.makeOutput(a, r.dtype);
  if (o === 0) return l;
  const u = i.shape,
    d = u[u.length - 1],
    f = t.dataIdMap.get(r.dataId).id,
    p = t.dataIdMap.get(i.dataId).id,
    m = new Uint8Array(new Int32Array(c).buffer),
    h = t.dataIdMap.get(l.dataId).id;
  return (DS(f, Q[r.dtype], p, o, d, s, m, h), l);
}
var AS = { kernelName: Tt, backendName: `wasm`, setupFunc: OS, kernelFunc: kS },
  jS;
function MS(e) {
  jS = e.wasm.cwrap(`Gather`, null, [
    `number`,
    `number`,
    `array`,
    `number`,
    `number`,
    `number`,
    `array`,
    `number`,
  ]);
}
function NS(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { x: i, indices: a } = n,
    { axis: o, batchDims: s } = r,
    c = E(o, i.shape)[0],
    l = t.readSync(a.dataId),
    u = i.shape[c];
  for (let e = 0; e < l.length; ++e) {
    const t = l[e];
    v(t <= u - 1 && t >= 0, () => `GatherV2: the index value ${t} is not in [0, ${u - 1}]`);
  }
  const d = iu(i, a, c, s),
    f = fb({
      inputs: { x: i },
      attrs: { shape: [d.batchSize, d.outerSize, d.dimSize, d.sliceSize] },
      backend: t,
    }),
    p = x(a.shape),
    m = fb({ inputs: { x: a }, attrs: { shape: [d.batchSize, p / d.batchSize] }, backend: t }),
    h = [d.batchSize, d.outerSize, p / d.batchSize, d.sliceSize],
    g = t.makeOutput(h, i.dtype);
  if (x(i.shape) === 0) return g;
  const _ = f.shape.length - 1,
    y = t.dataIdMap.get(f.dataId).id,
    b = t.dataIdMap.get(m.dataId).id,
    S = t.dataIdMap.get(g.dataId).id,
    C = new Uint8Array(new Int32Array(P(f.shape)).buffer),
    w = new Uint8Array(new Int32Array(P(h)).buffer);
  return (
    jS(y, Q[i.dtype], C, _, b, d.batchSize, w, S),
    t.disposeData(f.dataId),
    t.disposeData(m.dataId),
    (g.shape = d.outputShape),
    g
  );
}
var PS = { kernelName: wt, backendName: `wasm`, setupFunc: MS, kernelFunc: NS },
  FS = yy(Et, !1, `bool`),
  IS = yy(Dt, !1, `bool`),
  LS = $(jt, `bool`),
  RS = $(Mt, `bool`),
  zS = $(Nt, `bool`),
  BS;
function VS(e) {
  BS = e.wasm.cwrap(Pt, null, [`number`, `number`, `number`, `number`]);
}
function HS(e) {
  const {
      inputs: { x: t },
      attrs: { alpha: n },
      backend: r,
    } = e,
    i = r.dataIdMap.get(t.dataId).id,
    a = r.makeOutput(t.shape, `float32`);
  if (x(t.shape) !== 0) {
    const e = r.dataIdMap.get(a.dataId).id;
    BS(i, Q[t.dtype], n, e);
  }
  return a;
}
var US = { kernelName: Pt, backendName: `wasm`, setupFunc: VS, kernelFunc: HS },
  WS = yy(Ft, !1, `bool`),
  GS = yy(It, !1, `bool`),
  KS;
function qS(e) {
  KS = e.wasm.cwrap(Lt, null, [`number`, `number`, `number`, `number`]);
}
function JS(e) {
  const { attrs: t, backend: n } = e,
    { start: r, stop: i, num: a } = t,
    o = Math.floor(a),
    s = n.makeOutput([o], `float32`);
  return (KS(n.dataIdMap.get(s.dataId).id, r, i, o), s);
}
var YS = { kernelName: Lt, backendName: `wasm`, setupFunc: qS, kernelFunc: JS },
  XS = $(`Log`),
  ZS = $(Rt),
  QS = yy(zt, !1, `bool`),
  $S = $(Bt),
  eC = yy(Vt, !1, `bool`),
  tC = yy(Ht, !1, `bool`),
  nC;
function rC(e) {
  nC = e.wasm.cwrap(`LRN`, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function iC(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { depthRadius: a, bias: o, alpha: s, beta: c } = r;
  if (i.dtype !== `float32`) throw Error(`LRN error: x must have dtype float32`);
  const l = n.makeOutput(i.shape, i.dtype);
  return (
    nC(n.dataIdMap.get(i.dataId).id, n.dataIdMap.get(l.dataId).id, i.shape[3], a, o, s, c), l
  );
}
var aC = { kernelName: `LRN`, backendName: `wasm`, setupFunc: rC, kernelFunc: iC },
  oC;
function sC(e) {
  oC = e.wasm.cwrap(Ut, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function cC(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i, y: a, dy: o } = t,
    { depthRadius: s, bias: c, alpha: l, beta: u } = r;
  if (i.dtype !== `float32` || a.dtype !== `float32` || o.dtype !== `float32`)
    throw Error(`LRNGrad error: x, y, and dy must have dtype float32`);
  const d = n.makeOutput(i.shape, i.dtype);
  return (
    oC(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(o.dataId).id,
      n.dataIdMap.get(d.dataId).id,
      o.shape[3],
      s,
      c,
      l,
      u,
    ),
    d
  );
}
var lC = { kernelName: Ut, backendName: `wasm`, setupFunc: sC, kernelFunc: cC },
  uC;
function dC(e) {
  uC = e.wasm.cwrap(`Max`, null, [`number`, `number`, `number`, `number`]);
}
function fC(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { reductionIndices: i, keepDims: a } = r,
    { x: o } = n,
    s = t.dataIdMap.get(o.dataId).id,
    c = o,
    { transposed: l, axes: u, originalAxes: d, inputWasTransposed: f } = Ny(o, i, t);
  if (f) {
    const e = t.dataIdMap.get(l.dataId).id;
    (c = l), (s = e);
  }
  qo(`max`, u, c.shape.length);
  const [p, m] = Go(c.shape, u),
    h = x(m),
    g = t.makeOutput(p, o.dtype);
  if (x(c.shape) !== 0) {
    const e = t.dataIdMap.get(g.dataId).id;
    uC(s, Q[o.dtype], h, e);
  }
  return (f && t.disposeData(l.dataId), a && (g.shape = Ko(g.shape, d)), g);
}
var pC = { kernelName: `Max`, backendName: `wasm`, setupFunc: dC, kernelFunc: fC },
  mC = yy(Wt, !1),
  hC;
function gC(e) {
  hC = e.wasm.cwrap(Gt, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function _C(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    i = t.x,
    a = r.dataIdMap.get(i.dataId).id;
  v(
    i.dtype === `float32`,
    () => `Error in MaxPool: only float32 input is supported. Got ${i.dtype}.`,
  );
  const { filterSize: o, strides: s, pad: c, dimRoundingMode: l } = n,
    u = oo(i.shape, o, s, 1, c, l),
    d = u.filterHeight,
    f = u.filterWidth,
    p = u.padInfo.top,
    m = u.padInfo.right,
    h = u.padInfo.bottom,
    g = u.padInfo.left,
    _ = u.dilationHeight,
    y = u.dilationWidth,
    b = u.strideHeight,
    x = u.strideWidth,
    S = u.inChannels,
    C = u.outChannels;
  if (u.dataFormat !== `channelsLast`)
    throw Error(
      `wasm backend does not support dataFormat:'${u.dataFormat}'. Please use 'channelsLast'.`,
    );
  const w = r.makeOutput(u.outShape, `float32`),
    T = r.dataIdMap.get(w.dataId).id;
  return (hC(a, i.shape[0], i.shape[1], i.shape[2], d, f, p, m, h, g, _, y, b, x, S, C, T), w);
}
var vC = { kernelName: Gt, backendName: `wasm`, setupFunc: gC, kernelFunc: _C },
  yC;
function bC(e) {
  yC = e.wasm.cwrap(`MaxPool3D`, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function xC(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { filterSize: a, strides: o, pad: s, dimRoundingMode: c, dataFormat: l } = r,
    u = so(i.shape, a, o, 1, s, c, l),
    d = n.makeOutput(u.outShape, i.dtype);
  return (
    yC(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(d.dataId).id,
      u.batchSize,
      u.inChannels,
      u.inDepth,
      u.inHeight,
      u.inWidth,
      u.outDepth,
      u.outHeight,
      u.outWidth,
      u.strideDepth,
      u.strideHeight,
      u.strideWidth,
      u.dilationDepth,
      u.dilationHeight,
      u.dilationWidth,
      u.effectiveFilterDepth,
      u.effectiveFilterHeight,
      u.effectiveFilterWidth,
      u.padInfo.front,
      u.padInfo.top,
      u.padInfo.left,
    ),
    d
  );
}
var SC = { kernelName: qt, backendName: `wasm`, setupFunc: bC, kernelFunc: xC },
  CC;
function wC(e) {
  CC = e.wasm.cwrap(`MaxPool3DGrad`, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function TC(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, input: a } = t,
    { filterSize: o, strides: s, pad: c, dimRoundingMode: l } = r,
    u = so(a.shape, o, s, 1, c, l),
    d = n.makeOutput(a.shape, a.dtype);
  return (
    CC(
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(d.dataId).id,
      u.batchSize,
      u.inChannels,
      u.inDepth,
      u.inHeight,
      u.inWidth,
      u.outDepth,
      u.outHeight,
      u.outWidth,
      u.strideDepth,
      u.strideHeight,
      u.strideWidth,
      u.dilationDepth,
      u.dilationHeight,
      u.dilationWidth,
      u.effectiveFilterDepth,
      u.effectiveFilterHeight,
      u.effectiveFilterWidth,
      u.padInfo.front,
      u.padInfo.top,
      u.padInfo.left,
    ),
    d
  );
}
var EC = { kernelName: Jt, backendName: `wasm`, setupFunc: wC, kernelFunc: TC },
  DC;
function OC(e) {
  DC = e.wasm.cwrap(`MaxPoolGrad`, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function kC(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { dy: i, input: a } = t,
    { filterSize: o, strides: s, pad: c, dimRoundingMode: l } = r,
    u = oo(a.shape, o, s, 1, c, l),
    d = n.makeOutput(a.shape, a.dtype);
  return (
    DC(
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(d.dataId).id,
      u.batchSize,
      u.inChannels,
      u.inHeight,
      u.inWidth,
      u.outHeight,
      u.outWidth,
      u.strideHeight,
      u.strideWidth,
      u.dilationHeight,
      u.dilationWidth,
      u.effectiveFilterHeight,
      u.effectiveFilterWidth,
      u.padInfo.top,
      u.padInfo.left,
    ),
    d
  );
}
var AC = { kernelName: Kt, backendName: `wasm`, setupFunc: OC, kernelFunc: kC },
  jC;
function MC(e) {
  jC = e.wasm.cwrap(`MaxPoolWithArgmax`, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `boolean`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function NC(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { filterSize: a, strides: o, pad: s, includeBatchInIndex: c } = r;
  v(
    i.shape.length === 4,
    () => `Error in maxPool: input must be rank 4 but got rank ${i.shape.length}.`,
  );
  const l = [1, 1];
  v(
    xo(o, l),
    () =>
      `Error in maxPool: Either strides or dilations must be 1. Got strides ${o} and dilations '${l}'`,
  );
  const u = oo(i.shape, a, o, [1, 1], s),
    d = n.makeOutput(u.outShape, i.dtype),
    f = n.makeOutput(u.outShape, `int32`);
  return (
    jC(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(d.dataId).id,
      n.dataIdMap.get(f.dataId).id,
      Q[i.dtype],
      c,
      u.batchSize,
      u.inChannels,
      u.inHeight,
      u.inWidth,
      u.outHeight,
      u.outWidth,
      u.strideHeight,
      u.strideWidth,
      u.dilationHeight,
      u.dilationWidth,
      u.effectiveFilterHeight,
      u.effectiveFilterWidth,
      u.padInfo.top,
      u.padInfo.left,
    ),
    [d, f]
  );
}
var PC = { kernelName: Yt, backendName: `wasm`, setupFunc: MC, kernelFunc: NC },
  FC;
function IC(e) {
  FC = e.wasm.cwrap(Xt, null, [`number, number, number`]);
}
function LC(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { axis: i, keepDims: a } = r,
    { x: o } = n,
    s = t.dataIdMap.get(o.dataId).id,
    c = s,
    l = o,
    { transposed: u, axes: d, originalAxes: f, inputWasTransposed: p } = Ny(o, i, t),
    m = d;
  if (p) {
    const e = t.dataIdMap.get(u.dataId).id;
    e !== s && ((l = u), (c = e), (m = Xo(m.length, l.shape.length)));
  }
  qo(`mean`, m, l.shape.length);
  let [h, g] = Go(l.shape, m),
    _ = x(g),
    v = l;
  l.dtype !== `float32` &&
    ((v = Mb({ backend: t, inputs: { x: l }, attrs: { dtype: `float32` } })),
    (c = t.dataIdMap.get(v.dataId).id));
  const y = t.makeOutput(h, `float32`);
  if (x(l.shape) !== 0) {
    const e = t.dataIdMap.get(y.dataId).id;
    FC(c, _, e);
  }
  return (
    p && t.disposeData(u.dataId),
    a && (y.shape = Ko(y.shape, f)),
    l.dtype !== `float32` && t.disposeData(v.dataId),
    y
  );
}
var RC = { kernelName: Xt, backendName: `wasm`, setupFunc: IC, kernelFunc: LC },
  zC;
function BC(e) {
  zC = e.wasm.cwrap(`Min`, null, [`number`, `number`, `number`, `number`]);
}
function VC(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { axis: i, keepDims: a } = r,
    { x: o } = n,
    s = t.dataIdMap.get(o.dataId).id,
    c = s,
    l = o,
    { transposed: u, axes: d, originalAxes: f, inputWasTransposed: p } = Ny(o, i, t);
  if (p) {
    const e = t.dataIdMap.get(u.dataId).id;
    e !== s && ((l = u), (c = e));
  }
  qo(`min`, d, l.shape.length);
  const [m, h] = Go(l.shape, d),
    g = x(h),
    _ = t.makeOutput(m, l.dtype);
  if (x(l.shape) !== 0) {
    const e = t.dataIdMap.get(_.dataId).id;
    zC(c, Q[o.dtype], g, e);
  }
  return (p && t.disposeData(u.dataId), a && (_.shape = Ko(_.shape, f)), _);
}
var HC = { kernelName: `Min`, backendName: `wasm`, setupFunc: BC, kernelFunc: VC },
  UC = yy(Zt, !1),
  WC;
((e) => {
  (e[(e.reflect = 0)] = `reflect`), (e[(e.symmetric = 1)] = `symmetric`);
})((WC ||= {}));
var GC;
function KC(e) {
  GC = e.wasm.cwrap(Qt, null, [
    `number`,
    `array`,
    `number`,
    `number`,
    `array`,
    `array`,
    `number`,
    `number`,
  ]);
}
function qC(e) {
  const {
      inputs: { x: t },
      backend: n,
      attrs: { paddings: r, mode: i },
    } = e,
    a = r.map((e, n) => e[0] + t.shape[n] + e[1]),
    o = n.dataIdMap.get(t.dataId).id,
    s = n.makeOutput(a, t.dtype),
    c = n.dataIdMap.get(s.dataId).id,
    l = new Uint8Array(new Int32Array(t.shape).buffer),
    u = r.map((e) => e[0]),
    d = r.map((e) => e[1]),
    f = new Uint8Array(new Int32Array(u).buffer),
    p = new Uint8Array(new Int32Array(d).buffer);
  return (GC(o, l, t.shape.length, Q[t.dtype], f, p, WC[i], c), s);
}
var JC = { kernelName: Qt, backendName: `wasm`, kernelFunc: qC, setupFunc: KC },
  YC;
function XC(e) {
  YC = e.wasm.cwrap(Vn, null, [`number`, `number`, `number`, `number`]);
}
function ZC(e) {
  const {
      backend: t,
      inputs: { logits: n },
      attrs: { dim: r },
    } = e,
    i = t.dataIdMap.get(n.dataId).id,
    a = t.makeOutput(n.shape, n.dtype),
    o = t.dataIdMap.get(a.dataId).id,
    s = n.shape[r],
    c = x(n.shape) / s;
  return (x(a.shape) === 0 || YC(i, o, s, c), a);
}
var QC = { kernelName: Vn, backendName: `wasm`, setupFunc: XC, kernelFunc: ZC },
  $C;
function ew(e) {
  $C = e.wasm.cwrap($t, null, [`number`, `number`, `number`, `number`, `number`, `number`]);
}
function tw(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { logits: i } = t,
    { numSamples: a, seed: o, normalized: s } = r;
  if (i.dtype !== `float32`) throw Error(`Tensor logits must have dtype float32, got ${i.dtype}`);
  const c = s ? i : ZC({ inputs: { logits: i }, backend: n, attrs: { dim: i.shape.length - 1 } }),
    [l, u] = c.shape,
    d = n.makeOutput([l, a], `int32`);
  return (
    $C(n.dataIdMap.get(c.dataId).id, l, u, a, o, n.dataIdMap.get(d.dataId).id),
    s || n.disposeData(c.dataId),
    d
  );
}
var nw = { kernelName: $t, backendName: `wasm`, setupFunc: ew, kernelFunc: tw },
  rw = yy(`Mod`, !0),
  iw = yy(en, !0),
  aw = $(`Neg`);
function ow(e, t) {
  const n = new Int32Array(e.wasm.HEAPU8.buffer, t, 4),
    r = n[0],
    i = n[1],
    a = n[2],
    o = n[3];
  return (
    e.wasm._free(t), { pSelectedIndices: r, selectedSize: i, pSelectedScores: a, pValidOutputs: o }
  );
}
var sw;
function cw(e) {
  sw = e.wasm.cwrap(nn, `number`, [`number`, `number`, `number`, `number`, `number`]);
}
function lw(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { iouThreshold: i, maxOutputSize: a, scoreThreshold: o } = r,
    { boxes: s, scores: c } = n,
    l = t.dataIdMap.get(s.dataId).id,
    u = t.dataIdMap.get(c.dataId).id,
    {
      pSelectedIndices: d,
      selectedSize: f,
      pSelectedScores: p,
      pValidOutputs: m,
    } = ow(t, sw(l, u, a, i, o));
  return (t.wasm._free(p), t.wasm._free(m), t.makeOutput([f], `int32`, d));
}
var uw = { kernelName: nn, backendName: `wasm`, setupFunc: cw, kernelFunc: lw },
  dw;
function fw(e) {
  dw = e.wasm.cwrap(rn, `number`, [`number`, `number`, `number`, `number`, `number`, `bool`]);
}
function pw(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { iouThreshold: i, maxOutputSize: a, scoreThreshold: o, padToMaxOutputSize: s } = r,
    { boxes: c, scores: l } = n,
    u = t.dataIdMap.get(c.dataId).id,
    d = t.dataIdMap.get(l.dataId).id,
    {
      pSelectedIndices: f,
      selectedSize: p,
      pSelectedScores: m,
      pValidOutputs: h,
    } = ow(t, dw(u, d, a, i, o, s));
  return (t.wasm._free(m), [t.makeOutput([p], `int32`, f), t.makeOutput([], `int32`, h)]);
}
var mw = { kernelName: rn, backendName: `wasm`, setupFunc: fw, kernelFunc: pw },
  hw;
function gw(e) {
  hw = e.wasm.cwrap(an, `number`, [`number`, `number`, `number`, `number`, `number`, `number`]);
}
function _w(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { iouThreshold: i, maxOutputSize: a, scoreThreshold: o, softNmsSigma: s } = r,
    { boxes: c, scores: l } = n,
    u = t.dataIdMap.get(c.dataId).id,
    d = t.dataIdMap.get(l.dataId).id,
    {
      pSelectedIndices: f,
      selectedSize: p,
      pSelectedScores: m,
      pValidOutputs: h,
    } = ow(t, hw(u, d, a, i, o, s));
  return (t.wasm._free(h), [t.makeOutput([p], `int32`, f), t.makeOutput([p], `float32`, m)]);
}
var vw = { kernelName: an, backendName: `wasm`, setupFunc: gw, kernelFunc: _w },
  yw = yy(tn, !1, `bool`),
  bw;
function xw(e) {
  bw = e.wasm.cwrap(sn, null, [`number`, `number`, `number`, `number`, `number`]);
}
function Sw(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { indices: i } = t,
    { dtype: a, depth: o, onValue: s, offValue: c } = r,
    l = n.makeOutput([...i.shape, o], a),
    u = n.dataIdMap.get(l.dataId).id,
    d = n.dataIdMap.get(i.dataId).id;
  return (bw(d, o, s, c, u), l);
}
var Cw = { kernelName: sn, backendName: `wasm`, setupFunc: xw, kernelFunc: Sw };
function ww(e) {
  const {
      inputs: { x: t },
      backend: n,
    } = e,
    r = n.makeOutput(t.shape, t.dtype);
  return (n.typedArrayFromHeap(r).fill(1), r);
}
var Tw = { kernelName: on, backendName: `wasm`, kernelFunc: ww };
function Ew(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { axis: i } = r;
  if (t.length === 1) return iS({ inputs: { input: t[0] }, backend: n, attrs: { dim: i } });
  const a = t[0].shape,
    o = t[0].dtype;
  t.forEach((e) => {
    y(a, e.shape, `All tensors passed to stack must have matching shapes`),
      v(o === e.dtype, () => `All tensors passed to stack must have matching dtypes`);
  });
  const s = [],
    c = zb({
      inputs: t.map((e) => {
        const t = iS({ inputs: { input: e }, backend: n, attrs: { dim: i } });
        return (s.push(t), t);
      }),
      backend: n,
      attrs: { axis: i },
    });
  return (s.forEach((e) => n.disposeData(e.dataId)), c);
}
var Dw = { kernelName: cn, backendName: `wasm`, kernelFunc: Ew },
  Ow;
function kw(e) {
  Ow = e.wasm.cwrap(ln, null, [
    `number`,
    `array`,
    `number`,
    `number`,
    `array`,
    `array`,
    `number`,
    `number`,
  ]);
}
function Aw(e) {
  const {
      inputs: { x: t },
      backend: n,
      attrs: { paddings: r, constantValue: i },
    } = e,
    a = r.map((e, n) => e[0] + t.shape[n] + e[1]);
  if (x(t.shape) === 0) return sS({ backend: n, attrs: { shape: a, value: i, dtype: t.dtype } });
  const o = n.dataIdMap.get(t.dataId).id,
    s = n.makeOutput(a, t.dtype),
    c = n.dataIdMap.get(s.dataId).id,
    l = new Uint8Array(new Int32Array(t.shape).buffer),
    u = r.map((e) => e[0]),
    d = r.map((e) => e[1]),
    f = new Uint8Array(new Int32Array(u).buffer),
    p = new Uint8Array(new Int32Array(d).buffer);
  return (Ow(o, l, t.shape.length, Q[t.dtype], f, p, i, c), s);
}
var jw = { kernelName: ln, backendName: `wasm`, kernelFunc: Aw, setupFunc: kw },
  Mw = yy(`Pow`, !1),
  Nw;
function Pw(e) {
  Nw = e.wasm.cwrap(un, null, [`number`, `number`, `number`]);
}
function Fw(e) {
  let { inputs: t, backend: n } = e,
    { x: r, alpha: i } = t,
    a = n.dataIdMap.get(r.dataId).id,
    o = n.dataIdMap.get(i.dataId).id,
    s = a,
    c = r,
    l = c;
  c.dtype !== `float32` &&
    ((l = Mb({ backend: n, inputs: { x: r }, attrs: { dtype: `float32` } })),
    (s = n.dataIdMap.get(l.dataId).id));
  const u = n.makeOutput(r.shape, `float32`),
    d = n.dataIdMap.get(u.dataId).id;
  return (Nw(s, o, d), c.dtype !== `float32` && n.disposeData(l.dataId), u);
}
var Iw = { kernelName: un, backendName: `wasm`, setupFunc: Pw, kernelFunc: Fw },
  Lw;
function Rw(e) {
  Lw = e.wasm.cwrap(dn, null, [`number`, `number`, `number`, `number`]);
}
function zw(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { axis: i, keepDims: a } = r,
    { x: o } = n,
    s = t.dataIdMap.get(o.dataId).id,
    c = s,
    l = o,
    { transposed: u, axes: d, originalAxes: f, inputWasTransposed: p } = Ny(o, i, t),
    m = d;
  if (p) {
    const e = t.dataIdMap.get(u.dataId).id;
    e !== s && ((l = u), (c = e), (m = Xo(m.length, l.shape.length)));
  }
  qo(`prod`, m, l.shape.length);
  const [h, g] = Go(l.shape, m),
    _ = x(g),
    v = t.makeOutput(h, l.dtype);
  if (x(l.shape) !== 0) {
    const e = t.dataIdMap.get(v.dataId).id;
    Lw(c, _, Q[v.dtype], e);
  }
  return (p && t.disposeData(u.dataId), a && (v.shape = Ko(v.shape, f)), v);
}
var Bw = { kernelName: dn, backendName: `wasm`, setupFunc: Rw, kernelFunc: zw },
  Vw = {
    kernelName: hn,
    backendName: `wasm`,
    kernelFunc: (e) => {
      const { backend: t, attrs: n } = e,
        { start: r, stop: i, step: a, dtype: o } = n,
        s = jp(r, i, a, o),
        c = t.makeOutput([s.length], o);
      return (t.typedArrayFromHeap(c).set(s), c);
    },
  },
  Hw = yy(pt, !0),
  Uw = $(_n),
  Ww = $(vn),
  Gw = $(wn),
  Kw;
function qw(e) {
  Kw = e.wasm.cwrap(Sn, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function Jw(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { images: i } = n,
    { alignCorners: a, halfPixelCenters: o, size: s } = r,
    [c, l] = s,
    [u, d, f, p] = i.shape,
    m = [u, c, l, p],
    h = t.dataIdMap.get(i.dataId),
    g;
  h.dtype !== `float32` &&
    ((g = Mb({ backend: t, inputs: { x: i }, attrs: { dtype: `float32` } })),
    (h = t.dataIdMap.get(g.dataId)));
  const _ = h.id,
    v = t.makeOutput(m, `float32`);
  if (x(i.shape) === 0) return v;
  const y = t.dataIdMap.get(v.dataId).id;
  return (Kw(_, u, d, f, p, c, l, +!!a, +!!o, y), g != null && t.disposeData(g.dataId), v);
}
var Yw = { kernelName: Sn, backendName: `wasm`, setupFunc: qw, kernelFunc: Jw },
  Xw;
function Zw(e) {
  Xw = e.wasm.cwrap(Cn, null, [`number`, `number`, `number`, `array`, `array`, `boolean`]);
}
function Qw(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { images: i, dy: a } = t,
    { alignCorners: o } = r,
    s = n.makeOutput(i.shape, `float32`),
    c = n.dataIdMap.get(i.dataId),
    l;
  return (
    c.dtype !== `float32` &&
      ((l = Mb({ backend: n, inputs: { x: i }, attrs: { dtype: `float32` } })),
      (c = n.dataIdMap.get(l.dataId))),
    Xw(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(s.dataId).id,
      new Uint8Array(new Int32Array(i.shape).buffer),
      new Uint8Array(new Int32Array(a.shape).buffer),
      o,
    ),
    l != null && n.disposeData(l.dataId),
    s
  );
}
var $w = { kernelName: Cn, backendName: `wasm`, setupFunc: Zw, kernelFunc: Qw },
  eT;
function tT(e) {
  eT = e.wasm.cwrap(bn, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function nT(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { images: i } = n,
    { alignCorners: a, halfPixelCenters: o, size: s } = r,
    [c, l] = s,
    [u, d, f, p] = i.shape,
    m = [u, c, l, p],
    h = t.makeOutput(m, `float32`);
  if (x(i.shape) === 0) return h;
  let g = t.dataIdMap.get(i.dataId),
    _;
  g.dtype !== `float32` &&
    ((_ = Mb({ backend: t, inputs: { x: i }, attrs: { dtype: `float32` } })),
    (g = t.dataIdMap.get(_.dataId)));
  const v = g.id,
    y = t.dataIdMap.get(h.dataId).id;
  return (eT(v, u, d, f, p, c, l, +!!a, +!!o, y), _ != null && t.disposeData(_.dataId), h);
}
var rT = { kernelName: bn, backendName: `wasm`, setupFunc: tT, kernelFunc: nT },
  iT;
function aT(e) {
  iT = e.wasm.cwrap(xn, null, [`number`, `number`, `number`, `array`, `array`, `boolean`]);
}
function oT(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { images: i, dy: a } = t,
    { alignCorners: o } = r,
    s = n.makeOutput(i.shape, `float32`),
    c = n.dataIdMap.get(i.dataId),
    l;
  return (
    c.dtype !== `float32` &&
      ((l = Mb({ backend: n, inputs: { x: i }, attrs: { dtype: `float32` } })),
      (c = n.dataIdMap.get(l.dataId))),
    iT(
      n.dataIdMap.get(i.dataId).id,
      n.dataIdMap.get(a.dataId).id,
      n.dataIdMap.get(s.dataId).id,
      new Uint8Array(new Int32Array(i.shape).buffer),
      new Uint8Array(new Int32Array(a.shape).buffer),
      o,
    ),
    l != null && n.disposeData(l.dataId),
    s
  );
}
var sT = { kernelName: xn, backendName: `wasm`, setupFunc: aT, kernelFunc: oT },
  cT;
function lT(e) {
  cT = e.wasm.cwrap(Tn, null, [`number`, `array`, `number`, `array`, `number`, `number`]);
}
function uT(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { dims: a } = r,
    o = E(a, i.shape);
  if (i.shape.length === 0) return Ty({ inputs: { x: i }, backend: n });
  const s = n.makeOutput(i.shape, i.dtype),
    c = n.dataIdMap.get(i.dataId).id,
    l = n.dataIdMap.get(s.dataId).id,
    u = new Uint8Array(new Int32Array(o).buffer),
    d = new Uint8Array(new Int32Array(i.shape).buffer);
  cT(c, u, o.length, d, i.shape.length, l);
  const f = fb({ inputs: { x: s }, attrs: { shape: i.shape }, backend: n });
  return (n.disposeData(s.dataId), f);
}
var dT = { kernelName: Tn, backendName: `wasm`, kernelFunc: uT, setupFunc: lT },
  fT;
function pT(e) {
  fT = e.wasm.cwrap(ur, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `array`,
    `number`,
    `number`,
  ]);
}
function mT(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { image: i } = t,
    { radians: a, fillValue: o, center: s } = r,
    c = n.makeOutput(i.shape, i.dtype),
    l = n.dataIdMap.get(i.dataId).id,
    u = n.dataIdMap.get(c.dataId).id,
    [d, f, p, m] = i.shape,
    [h, g] = pl(s, f, p),
    _ = typeof o == `number` ? [o, o, o, o === 0 ? 0 : 255] : [...o, 255],
    v = new Uint8Array(new Int32Array(_).buffer);
  return (fT(l, d, f, p, m, a, h, g, v, _.length, u), c);
}
var hT = { kernelName: ur, backendName: `wasm`, kernelFunc: mT, setupFunc: pT },
  gT = $(En),
  _T = $(Dn),
  vT;
function yT(e) {
  vT = e.wasm.cwrap(On, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `array`,
    `number`,
    `number`,
  ]);
}
function bT(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { indices: i, updates: a } = n,
    { shape: o } = r,
    s = t.makeOutput(o, a.dtype);
  if (x(o) === 0) return s;
  const { sliceRank: c, numUpdates: l, sliceSize: u, strides: d, outputSize: f } = hc(a, i, o),
    p = t.dataIdMap.get(i.dataId).id,
    m = t.dataIdMap.get(a.dataId).id,
    h = new Uint8Array(new Int32Array(d).buffer),
    g = t.dataIdMap.get(s.dataId).id;
  return (vT(p, m, Q[a.dtype], c, l, u, h, f, g), s);
}
var xT = { kernelName: On, backendName: `wasm`, setupFunc: yT, kernelFunc: bT },
  ST;
function CT(e) {
  ST = e.wasm.cwrap(An, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `bool`,
    `number`,
  ]);
}
function wT(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { sortedSequence: i, values: a } = t,
    { side: o } = r;
  if (i.dtype !== a.dtype)
    throw Error(
      `SearchSorted error: sorted_sequence must have the same dtype as values. Got ${i.dtype} and ${a.dtype}`,
    );
  const s = n.makeOutput(a.shape, `int32`);
  function c(e) {
    return n.dataIdMap.get(e.dataId).id;
  }
  return (ST(c(i), c(a), i.shape[0], i.shape[1], a.shape[1], Q[i.dtype], o === `left`, c(s)), s);
}
var TT = { kernelName: An, backendName: `wasm`, setupFunc: CT, kernelFunc: wT },
  ET;
function DT(e) {
  ET = e.wasm.cwrap(`SelectV2`, null, [`number`, `number`, `number`, `number`, `number`]);
}
function OT(e) {
  const { inputs: t, backend: n } = e,
    { condition: r, t: i, e: a } = t,
    o = n.dataIdMap.get(r.dataId).id,
    s = n.dataIdMap.get(i.dataId).id,
    c = n.dataIdMap.get(a.dataId).id,
    l = n.makeOutput(i.shape, i.dtype),
    u = n.dataIdMap.get(l.dataId).id,
    d = r.shape.length,
    f = i.shape.length,
    p = d === 0 || d > 1 || f === 1 ? 1 : x(i.shape.slice(1));
  return (ET(o, s, c, p, u), l);
}
var kT = { kernelName: jn, backendName: `wasm`, kernelFunc: OT, setupFunc: DT },
  AT = $(Mn),
  jT;
function MT(e) {
  jT = e.wasm.cwrap(In, null, [`number`, `number`]);
}
function NT(e) {
  const {
      backend: t,
      inputs: { x: n },
    } = e,
    r = t.dataIdMap.get(n.dataId).id,
    i = t.makeOutput(n.shape, n.dtype),
    a = t.dataIdMap.get(i.dataId).id;
  return (x(i.shape) === 0 || jT(r, a), i);
}
var PT = { kernelName: `Sigmoid`, backendName: `wasm`, setupFunc: MT, kernelFunc: NT },
  FT = $(Fn),
  IT = $(`Sin`),
  LT = $(Pn),
  RT = $(Ln);
function zT(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    { blockShape: a, paddings: o } = r,
    s = x(a),
    c = [[0, 0]];
  c.push(...o);
  for (let e = 1 + a.length; e < i.shape.length; ++e) c.push([0, 0]);
  const l = jw.kernelFunc({
      inputs: { x: i },
      backend: n,
      attrs: { paddings: c, constantValue: 0 },
    }),
    u = ml(l.shape, a, s, !1),
    d = hl(u.length, a.length, !1),
    f = gl(l.shape, a, s, !1),
    p = fb({ inputs: { x: l }, backend: n, attrs: { shape: u } }),
    m = ky({ inputs: { x: p }, backend: n, attrs: { perm: d } }),
    h = fb({ inputs: { x: m }, backend: n, attrs: { shape: f } });
  return (n.disposeData(l.dataId), n.disposeData(p.dataId), n.disposeData(m.dataId), h);
}
var BT = { kernelName: zn, backendName: `wasm`, kernelFunc: zT },
  VT;
function HT(e) {
  VT = e.wasm.cwrap(`SparseFillEmptyRows`, `number`, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function UT(e) {
  let { backend: t, inputs: n } = e,
    { indices: r, values: i, denseShape: a, defaultValue: o } = n,
    s = r.shape[0],
    c = r.shape[1],
    l = t.readSync(a.dataId)[0],
    u = [s + l, c],
    d = t.dataIdMap.get(r.dataId).id,
    f = t.dataIdMap.get(i.dataId).id,
    p = t.dataIdMap.get(o.dataId).id,
    m = t.makeOutput(u, r.dtype),
    h = t.dataIdMap.get(m.dataId).id,
    g = t.makeOutput(u.slice(0, 1), i.dtype),
    _ = t.dataIdMap.get(g.dataId).id,
    v = t.makeOutput([l], `bool`),
    y = t.dataIdMap.get(v.dataId).id,
    b = t.makeOutput([s], r.dtype),
    x = t.dataIdMap.get(b.dataId).id,
    S = t.makeOutput([4], `int32`),
    C = t.dataIdMap.get(S.dataId).id,
    w = VT(d, f, Q[i.dtype], s, l, c, p, h, _, y, x, C),
    T = t.readSync(S.dataId),
    E;
  switch (T[0]) {
    case 1:
      E = Kl(T[1]);
      break;
    case 2:
      E = ql(T[1], T[2]);
      break;
    case 3:
      E = Jl(T[1], T[2], T[3]);
      break;
    default:
      E = ``;
  }
  if ((t.disposeData(S.dataId), E))
    throw (
      t.disposeData(m.dataId),
      t.disposeData(g.dataId),
      t.disposeData(v.dataId),
      t.disposeData(b.dataId),
      Error(E)
    );
  let D = m,
    O = g;
  return (
    w !== u[0] &&
      ((D = vb({ inputs: { x: m }, attrs: { begin: 0, size: [w, c] }, backend: t })),
      (O = vb({ inputs: { x: g }, attrs: { begin: 0, size: w }, backend: t })),
      t.disposeData(m.dataId),
      t.disposeData(g.dataId)),
    [D, O, v, b]
  );
}
var WT = { kernelName: Hn, backendName: `wasm`, setupFunc: HT, kernelFunc: UT },
  GT;
function KT(e) {
  GT = e.wasm.cwrap(Un, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function qT(e) {
  const { backend: t, inputs: n } = e,
    { inputIndices: r, inputShape: i, newShape: a } = n;
  if (r.shape.length !== 2)
    throw Error(`Input indices should be a matrix but received shape
        ${r.shape}`);
  if (i.shape.length !== 1)
    throw Error(`Input shape should be a vector but received shape
        ${i.shape}`);
  if (a.shape.length !== 1)
    throw Error(`Target shape should be a vector but received shape ${a.shape}`);
  const o = t.dataIdMap.get(r.dataId).id,
    s = t.dataIdMap.get(i.dataId).id,
    c = t.dataIdMap.get(a.dataId).id,
    l = r.shape[0],
    u = x(a.shape),
    d = t.makeOutput([l, u], r.dtype),
    f = t.dataIdMap.get(d.dataId).id,
    p = t.makeOutput([u], a.dtype),
    m = t.dataIdMap.get(p.dataId).id,
    h = t.makeOutput([3], `int32`),
    g = t.dataIdMap.get(h.dataId).id;
  GT(o, s, c, l, f, m, g);
  let _ = t.readSync(h.dataId),
    v;
  switch (_[0]) {
    case 0:
      v = Yl(_[1], _[2]);
      break;
    case 1:
      v = Xl(_[1], _[2]);
      break;
    case 2:
      v = Zl();
      break;
    case 3:
      v = Ql(Array.from(t.readSync(i.dataId)), Array.from(t.readSync(p.dataId)));
      break;
    case 4:
      v = $l(Array.from(t.readSync(i.dataId)), Array.from(t.readSync(p.dataId)));
      break;
    default:
      v = ``;
  }
  if ((t.disposeData(h.dataId), v))
    throw (t.disposeData(d.dataId), t.disposeData(p.dataId), Error(v));
  return [d, p];
}
var JT = { kernelName: Un, backendName: `wasm`, setupFunc: KT, kernelFunc: qT },
  YT;
function XT(e) {
  YT = e.wasm.cwrap(`SparseSegmentReduction`, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function ZT(e, t) {
  const { backend: n, inputs: r } = e,
    { data: i, indices: a, segmentIds: o } = r,
    s = a.shape[0],
    c = n.readSync(o.dataId, s - 1, s)[0],
    l = s > 0 ? c + 1 : 0;
  if (l < 0) throw Error(eu());
  const u = i.shape.slice();
  u[0] = l;
  const d = n.dataIdMap.get(i.dataId).id,
    f = n.dataIdMap.get(a.dataId).id,
    p = n.dataIdMap.get(o.dataId).id,
    m = n.makeOutput(u, i.dtype),
    h = n.dataIdMap.get(m.dataId).id,
    g = n.makeOutput([4], `int32`),
    _ = n.dataIdMap.get(g.dataId).id;
  YT(d, Q[i.dtype], i.shape[0], f, p, h, _, t, 0);
  let v = n.readSync(g.dataId),
    y;
  switch (v[0]) {
    case 0:
      y = eu();
      break;
    case 1:
      y = tu();
      break;
    case 2:
      y = nu(v[1], v[2]);
      break;
    case 3:
      y = ru(v[1], v[2], v[3]);
      break;
    default:
      y = ``;
  }
  if ((n.disposeData(g.dataId), y)) throw (n.disposeData(m.dataId), Error(y));
  return m;
}
function QT(e) {
  return ZT(e, !0);
}
var $T = { kernelName: Wn, backendName: `wasm`, setupFunc: XT, kernelFunc: QT };
function eE(e) {
  return ZT(e, !1);
}
var tE = { kernelName: Gn, backendName: `wasm`, setupFunc: XT, kernelFunc: eE },
  nE;
function rE(e) {
  nE = e.wasm.cwrap(Kn, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `array`,
    `number`,
    `number`,
  ]);
}
function iE(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { sparseIndices: i, sparseValues: a, defaultValue: o } = n,
    { outputShape: s } = r,
    c = t.makeOutput(s, o.dtype);
  if (x(s) === 0) return c;
  const { sliceRank: l, numUpdates: u, sliceSize: d, strides: f, outputSize: p } = hc(a, i, s),
    m = t.dataIdMap.get(i.dataId).id,
    h = t.dataIdMap.get(a.dataId).id,
    g = t.dataIdMap.get(o.dataId).id,
    _ = new Uint8Array(new Int32Array(f).buffer),
    v = t.dataIdMap.get(c.dataId).id;
  return (nE(m, h, a.shape.length, g, Q[o.dtype], l, u, d, _, p, v), c);
}
var aE = { kernelName: Kn, backendName: `wasm`, setupFunc: rE, kernelFunc: iE };
function oE(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    { x: i } = t,
    { numOrSizeSplits: a, axis: o } = n,
    s = E(o, i.shape)[0],
    c = Gl(i, a, s),
    l = Array(i.shape.length).fill(0),
    u = i.shape.slice();
  return c.map((e) => {
    const t = [...u];
    t[s] = e;
    const n = vb({ inputs: { x: i }, attrs: { begin: l, size: t }, backend: r });
    return ((l[s] += e), n);
  });
}
var sE = { kernelName: Bn, backendName: `wasm`, kernelFunc: oE },
  cE = $(Rn),
  lE = $(Jn),
  uE = yy(qn, !0),
  dE;
function fE(e) {
  dE = e.wasm.cwrap(lr, null, [`number`, `number`, `number`, `number`]);
}
function pE(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { alpha: i } = r,
    { x: a } = n,
    o = t.dataIdMap.get(a.dataId).id,
    s = t.makeOutput(a.shape, a.dtype),
    c = t.dataIdMap.get(s.dataId).id;
  return (dE(o, i, Q[a.dtype], c), s);
}
var mE = { kernelName: lr, backendName: `wasm`, setupFunc: fE, kernelFunc: pE },
  hE;
function gE(e) {
  hE = e.wasm.cwrap(Xn, null, [
    `number`,
    `array`,
    `number`,
    `array`,
    `array`,
    `array`,
    `array`,
    `array`,
    `number`,
    `number`,
  ]);
}
function _E(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { x: i } = n,
    {
      begin: a,
      end: o,
      strides: s,
      beginMask: c,
      endMask: l,
      ellipsisMask: u,
      newAxisMask: d,
      shrinkAxisMask: f,
    } = r,
    {
      finalShapeSparse: p,
      finalShape: m,
      isIdentity: h,
      sliceDim0: g,
      isSimpleSlice: _,
      begin: y,
      end: b,
      strides: x,
    } = nl(i.shape, a, o, s, c, l, u, d, f),
    S;
  if (h) S = fb({ inputs: { x: i }, backend: t, attrs: { shape: m } });
  else if (g || _) {
    v(i.shape.length >= 1, () => `Input must have rank at least 1, got: ${i.shape.length}`);
    const e = Qc(y, b, x),
      n = vb({ inputs: { x: i }, backend: t, attrs: { begin: y, size: e } });
    (S = fb({ inputs: { x: n }, backend: t, attrs: { shape: m } })), t.disposeData(n.dataId);
  } else {
    const e = t.makeOutput(p, `float32`),
      n = t.dataIdMap.get(i.dataId).id,
      r = new Uint8Array(new Int32Array(P(i.shape)).buffer),
      a = new Uint8Array(new Int32Array(y).buffer),
      o = new Uint8Array(new Int32Array(b).buffer),
      s = new Uint8Array(new Int32Array(x).buffer),
      c = new Uint8Array(new Int32Array(p).buffer),
      l = new Uint8Array(new Int32Array(P(p)).buffer),
      u = t.dataIdMap.get(e.dataId).id;
    hE(n, r, i.shape.length, a, o, s, c, l, p.length, u),
      (S = fb({ inputs: { x: e }, backend: t, attrs: { shape: m } })),
      t.disposeData(e.dataId);
  }
  return S;
}
var vE = { kernelName: Xn, backendName: `wasm`, setupFunc: gE, kernelFunc: _E };
function yE(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { data: i, dataSplits: a } = n,
    {
      separator: o,
      nGramWidths: s,
      leftPad: c,
      rightPad: l,
      padWidth: u,
      preserveShortSequences: d,
    } = r,
    [f, p] = qp(t.readSync(i.dataId), t.readSync(a.dataId), o, s, c, l, u, d),
    m = t.makeOutput([f.length], `string`),
    h = t.dataIdMap.get(m.dataId);
  h.stringBytes = f;
  const g = t.makeOutput(a.shape, `int32`);
  return (t.typedArrayFromHeap(g).set(p), [m, g]);
}
var bE = { kernelName: Zn, backendName: `wasm`, kernelFunc: yE };
function xE(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { input: i, delimiter: a } = n,
    { skipEmpty: o } = r,
    [s, c, l] = Yp(t.readSync(i.dataId), t.readSync(a.dataId)[0], o),
    u = c.length,
    d = t.makeOutput([u, 2], `int32`);
  t.typedArrayFromHeap(d).set(s);
  const f = t.makeOutput([u], `string`),
    p = t.dataIdMap.get(f.dataId);
  p.stringBytes = c;
  const m = t.makeOutput([2], `int32`);
  return (t.typedArrayFromHeap(m).set(l), [d, f, m]);
}
var SE = { kernelName: Qn, backendName: `wasm`, kernelFunc: xE };
function CE(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { input: i } = n,
    { numBuckets: a } = r,
    o = Xp(t.readSync(i.dataId), a),
    s = t.makeOutput(i.shape, `int32`);
  return (t.typedArrayFromHeap(s).set(o), s);
}
var wE = { kernelName: $n, backendName: `wasm`, kernelFunc: CE },
  TE = yy(`Sub`, !0),
  EE;
function DE(e) {
  EE = e.wasm.cwrap(`Sum`, null, [`number`, `number`, `number`, `number`]);
}
function OE(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { axis: i, keepDims: a } = r,
    { x: o } = n,
    s = t.dataIdMap.get(o.dataId).id,
    c = s,
    l = o,
    { transposed: u, axes: d, originalAxes: f, inputWasTransposed: p } = Ny(o, i, t),
    m = d;
  if (p) {
    const e = t.dataIdMap.get(u.dataId).id;
    e !== s && ((l = u), (c = e), (m = Xo(m.length, l.shape.length)));
  }
  qo(`sum`, m, l.shape.length);
  const [h, g] = Go(l.shape, m),
    _ = x(g),
    v = t.makeOutput(h, l.dtype);
  if (x(l.shape) !== 0) {
    const e = t.dataIdMap.get(v.dataId).id;
    EE(c, _, Q[v.dtype], e);
  }
  return (p && t.disposeData(u.dataId), a && (v.shape = Ko(v.shape, f)), v);
}
var kE = { kernelName: `Sum`, backendName: `wasm`, setupFunc: DE, kernelFunc: OE },
  AE = $(`Tan`),
  jE = $(er),
  ME;
function NE(e) {
  ME = e.wasm.cwrap(kn, null, [
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `array`,
    `number`,
    `number`,
    `number`,
  ]);
}
function PE(e) {
  const { backend: t, inputs: n, attrs: r } = e,
    { tensor: i, indices: a, updates: o } = n,
    {} = r,
    s = t.makeOutput(i.shape, i.dtype);
  if (x(i.shape) === 0) return s;
  const {
      sliceRank: c,
      numUpdates: l,
      sliceSize: u,
      strides: d,
      outputSize: f,
    } = hc(o, a, i.shape),
    p = t.dataIdMap.get(a.dataId).id,
    m = t.dataIdMap.get(o.dataId).id,
    h = t.dataIdMap.get(i.dataId).id,
    g = new Uint8Array(new Int32Array(d).buffer),
    _ = t.dataIdMap.get(s.dataId).id;
  return (ME(p, m, Q[o.dtype], c, l, u, g, f, _, h), s);
}
var FE = { kernelName: kn, backendName: `wasm`, setupFunc: NE, kernelFunc: PE },
  IE;
function LE(e) {
  IE = e.wasm.cwrap(tr, null, [`number`, `array`, `number`, `array`, `number`, `number`]);
}
function RE(e) {
  const { inputs: t, backend: n, attrs: r } = e,
    { x: i } = t,
    a = n.dataIdMap.get(i.dataId).id,
    { reps: o } = r,
    s = Array(i.shape.length);
  for (let e = 0; e < s.length; e++) s[e] = i.shape[e] * o[e];
  const c = new Uint8Array(new Int32Array(i.shape).buffer),
    l = new Uint8Array(new Int32Array(s).buffer),
    u = n.makeOutput(s, i.dtype),
    d = n.dataIdMap.get(u.dataId).id;
  return (IE(a, c, i.shape.length, l, s.length, Q[u.dtype], d), u);
}
var zE = { kernelName: tr, backendName: `wasm`, setupFunc: LE, kernelFunc: RE },
  BE;
function VE(e) {
  BE = e.wasm.cwrap(nr, null, [
    `number`,
    `array`,
    `number`,
    `number`,
    `number`,
    `bool`,
    `number`,
    `number`,
  ]);
}
var HE = {
    kernelName: nr,
    backendName: `wasm`,
    setupFunc: VE,
    kernelFunc: ({ inputs: e, backend: t, attrs: n }) => {
      const { x: r } = e,
        { k: i, sorted: a } = n,
        o = t.dataIdMap.get(r.dataId).id,
        s = new Uint8Array(new Int32Array(r.shape).buffer),
        c = r.shape.slice();
      c[c.length - 1] = i;
      const l = t.makeOutput(c, r.dtype),
        u = t.dataIdMap.get(l.dataId).id,
        d = t.makeOutput(c, `int32`),
        f = t.dataIdMap.get(d.dataId).id;
      return (BE(o, s, r.shape.length, Q[r.dtype], i, a, u, f), [l, d]);
    },
  },
  UE;
function WE(e) {
  UE = e.wasm.cwrap(rr, null, [
    `number`,
    `number`,
    `bool`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
    `array`,
    `number`,
    `array`,
    `number`,
    `number`,
    `number`,
    `number`,
    `number`,
  ]);
}
function GE(e) {
  let { backend: t, inputs: n, attrs: r } = e,
    { image: i, transforms: a } = n,
    { interpolation: o, fillMode: s, fillValue: c, outputShape: l } = r,
    [u, d, f, p] = i.shape,
    [m, h] = l ?? [d, f],
    g = [u, m, h, p],
    _ = new Uint8Array(new Int32Array(P(i.shape)).buffer),
    v = new Uint8Array(new Int32Array(P(g)).buffer),
    y = t.makeOutput(g, i.dtype),
    b = t.dataIdMap.get(y.dataId).id,
    x = t.dataIdMap.get(i.dataId).id,
    S = t.dataIdMap.get(a.dataId).id,
    C = o === `nearest` ? 1 : 2,
    w;
  switch (s) {
    case `constant`:
      w = 1;
      break;
    case `reflect`:
      w = 2;
      break;
    case `wrap`:
      w = 3;
      break;
    case `nearest`:
      w = 4;
      break;
    default:
      w = 1;
  }
  return (
    UE(x, S, a.shape[0] > 1, u, m, h, p, f, d, _, i.shape.length - 1, v, g.length - 1, C, w, c, b),
    y
  );
}
var KE = { kernelName: rr, backendName: `wasm`, setupFunc: WE, kernelFunc: GE };
function qE(e) {
  const { inputs: t, attrs: n, backend: r } = e,
    { axis: i } = n,
    { x: a } = t,
    { outputValues: o, outputShape: s, indices: c } = rm(r.readSync(a.dataId), i, a.shape, a.dtype);
  return [r.makeOutput(s, a.dtype, void 0, o), r.makeOutput([c.length], `int32`, void 0, c)];
}
var JE = { kernelName: ar, backendName: `wasm`, kernelFunc: qE };
function YE(e) {
  let { inputs: t, backend: n, attrs: r } = e,
    { value: i } = t,
    { axis: a } = r;
  a < 0 && (a += i.shape.length);
  let o = i.shape[a],
    s = i.shape.length,
    c = Array(s - 1),
    l = 0;
  for (let e = 0; e < s; e++) e !== a && (c[l++] = i.shape[e]);
  const u = Array(o),
    d = Array(s).fill(0),
    f = i.shape.slice();
  f[a] = 1;
  for (let e = 0; e < u.length; e++)
    (d[a] = e), (u[e] = vb({ inputs: { x: i }, attrs: { begin: d, size: f }, backend: n }));
  return u.map(({ dataId: e, dtype: t }) => ({ dataId: e, dtype: t, shape: c }));
}
var XE = { kernelName: or, backendName: `wasm`, kernelFunc: YE };
function ZE(e) {
  const {
      inputs: { x: t },
      backend: n,
    } = e,
    r = n.makeOutput(t.shape, t.dtype);
  return (n.typedArrayFromHeap(r).fill(0), r);
}
var QE = [
  hy,
  gy,
  _y,
  vy,
  by,
  wy,
  Ly,
  Vy,
  Uy,
  Wy,
  Gy,
  Ky,
  qy,
  Jy,
  Yy,
  $y,
  db,
  rb,
  sb,
  _b,
  wb,
  Ob,
  kb,
  jb,
  Nb,
  Pb,
  Rb,
  Bb,
  Wb,
  Jb,
  Qb,
  nx,
  ox,
  sx,
  cx,
  px,
  _x,
  xx,
  Tx,
  kx,
  Nx,
  Lx,
  Vx,
  Gx,
  Yx,
  Xx,
  eS,
  tS,
  nS,
  rS,
  aS,
  oS,
  cS,
  fS,
  pS,
  mS,
  vS,
  SS,
  ES,
  AS,
  PS,
  FS,
  IS,
  Ey,
  LS,
  RS,
  zS,
  US,
  WS,
  GS,
  YS,
  ZS,
  XS,
  QS,
  $S,
  eC,
  tC,
  aC,
  lC,
  pC,
  mC,
  vC,
  SC,
  EC,
  AC,
  PC,
  RC,
  HC,
  UC,
  JC,
  nw,
  rw,
  iw,
  aw,
  uw,
  mw,
  vw,
  yw,
  Cw,
  Tw,
  Dw,
  jw,
  Mw,
  Iw,
  Bw,
  Vw,
  Hw,
  Uw,
  Ww,
  Gw,
  pb,
  Yw,
  $w,
  rT,
  sT,
  dT,
  hT,
  gT,
  _T,
  xT,
  TT,
  kT,
  AT,
  PT,
  FT,
  IT,
  LT,
  Sb,
  QC,
  RT,
  BT,
  WT,
  JT,
  $T,
  tE,
  aE,
  sE,
  cE,
  lE,
  uE,
  mE,
  vE,
  bE,
  SE,
  wE,
  TE,
  kE,
  AE,
  jE,
  FE,
  zE,
  HE,
  KE,
  My,
  JE,
  XE,
  { kernelName: cr, backendName: `wasm`, kernelFunc: ZE },
];
for (const e of QE) br(e);
var $E = R();
$E.registerFlag(`WASM_HAS_SIMD_SUPPORT`, async () => {
  try {
    return WebAssembly.validate(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0, 65, 0, 253, 15,
        26, 11,
      ]),
    );
  } catch {
    return !1;
  }
}),
  $E.registerFlag(`WASM_HAS_MULTITHREAD_SUPPORT`, async () => {
    if ($E.get(`IS_NODE`)) return !1;
    try {
      return (
        new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),
        WebAssembly.validate(
          new Uint8Array([
            0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 4, 1, 3, 1, 1, 10, 11, 1,
            9, 0, 65, 0, 254, 16, 2, 0, 26, 11,
          ]),
        )
      );
    } catch {
      return !1;
    }
  });
var eD = o((e, t) => {
    var n,
      r = (() => {
        var e =
          typeof document < `u` && document.currentScript ? document.currentScript.src : void 0;
        return (
          typeof __filename < `u` && (e ||= __filename),
          (t) => {
            t ||= {};
            function n() {
              return (M.buffer != oe && ue(M.buffer), I);
            }
            function r() {
              return (M.buffer != oe && ue(M.buffer), L);
            }
            function i() {
              return (M.buffer != oe && ue(M.buffer), se);
            }
            function a() {
              return (M.buffer != oe && ue(M.buffer), ce);
            }
            function o() {
              return (M.buffer != oe && ue(M.buffer), le);
            }
            var s = t === void 0 ? {} : t,
              c,
              l;
            s.ready = new Promise((e, t) => {
              (c = e), (l = t);
            });
            var u;
            typeof process < `u` &&
              process.listeners &&
              (u = {
                uncaughtException: process.listeners(`uncaughtException`),
                unhandledRejection: process.listeners(`unhandledRejection`),
              });
            var d = Object.assign({}, s),
              f = [],
              p = (e, t) => {
                throw t;
              },
              m = typeof window == `object`,
              h = typeof importScripts == `function`,
              g =
                typeof process == `object` &&
                typeof process.versions == `object` &&
                typeof process.versions.node == `string`,
              _ = s.ENVIRONMENT_IS_PTHREAD || !1,
              v = ``;
            function y(e) {
              return s.locateFile ? s.locateFile(e, v) : v + e;
            }
            var b, x, S;
            function C(e) {
              e instanceof Ie || k(`exiting due to exception: ` + e);
            }
            if (g) {
              var w = Ra(),
                T = Ra();
              (v = h ? T.dirname(v) + `/` : __dirname + `/`),
                (b = (e, t) => (
                  (e = Ae(e) ? new URL(e) : T.normalize(e)), w.readFileSync(e, t ? void 0 : `utf8`)
                )),
                (S = (e) => {
                  var t = b(e, !0);
                  return (t.buffer || (t = new Uint8Array(t)), t);
                }),
                (x = (e, t, n) => {
                  (e = Ae(e) ? new URL(e) : T.normalize(e)),
                    w.readFile(e, (e, r) => {
                      e ? n(e) : t(r.buffer);
                    });
                }),
                process.argv.length > 1 && process.argv[1].replace(/\\/g, `/`),
                (f = process.argv.slice(2)),
                process.on(`uncaughtException`, (e) => {
                  if (!(e instanceof Ie)) throw e;
                }),
                process.on(`unhandledRejection`, (e) => {
                  throw e;
                }),
                (p = (e, t) => {
                  if (ge()) throw ((process.exitCode = e), t);
                  C(t), process.exit(e);
                }),
                (s.inspect = () => `[Emscripten Module object]`);
              let e;
              try {
                e = Ra();
              } catch (e) {
                throw (
                  console.error(
                    `The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?`,
                  ),
                  e
                );
              }
              global.Worker = e.Worker;
            } else
              (m || h) &&
                (h
                  ? (v = self.location.href)
                  : typeof document < `u` &&
                    document.currentScript &&
                    (v = document.currentScript.src),
                e !== void 0 && e && (v = e),
                (v =
                  v.indexOf(`blob:`) === 0
                    ? ``
                    : v.substr(0, v.replace(/[?#].*/, ``).lastIndexOf(`/`) + 1)),
                g ||
                  ((b = (e) => {
                    var t = new XMLHttpRequest();
                    return (t.open(`GET`, e, !1), t.send(null), t.responseText);
                  }),
                  h &&
                    (S = (e) => {
                      var t = new XMLHttpRequest();
                      return (
                        t.open(`GET`, e, !1),
                        (t.responseType = `arraybuffer`),
                        t.send(null),
                        new Uint8Array(t.response)
                      );
                    }),
                  (x = (e, t, n) => {
                    var r = new XMLHttpRequest();
                    r.open(`GET`, e, !0),
                      (r.responseType = `arraybuffer`),
                      (r.onload = () => {
                        r.status == 200 || (r.status == 0 && r.response) ? t(r.response) : n();
                      }),
                      (r.onerror = n),
                      r.send(null);
                  })));
            g && typeof performance > `u` && (global.performance = Ra().performance);
            var E = console.log.bind(console),
              D = console.warn.bind(console);
            g &&
              ((E = (e) =>
                w.writeSync(
                  1,
                  e +
                    `
`,
                )),
              (D = (e) =>
                w.writeSync(
                  2,
                  e +
                    `
`,
                )));
            var O = s.print || E,
              k = s.printErr || D;
            Object.assign(s, d),
              (d = null),
              s.arguments && (f = s.arguments),
              s.thisProgram && s.thisProgram,
              s.quit && (p = s.quit),
              Atomics.load,
              Atomics.store,
              Atomics.compareExchange;
            var A;
            s.wasmBinary && (A = s.wasmBinary);
            var j = s.noExitRuntime || !0;
            typeof WebAssembly != `object` && De(`no native wasm support detected`);
            var M,
              ee,
              te = !1,
              N;
            function ne(e, t) {
              e || De(t);
            }
            var re = typeof TextDecoder < `u` ? new TextDecoder(`utf8`) : void 0;
            function ie(e, t, n) {
              t >>>= 0;
              for (var r = t + n, i = t; e[i] && !(i >= r); ) ++i;
              if (i - t > 16 && e.buffer && re)
                return re.decode(
                  e.buffer instanceof SharedArrayBuffer ? e.slice(t, i) : e.subarray(t, i),
                );
              for (var a = ``; t < i; ) {
                var o = e[t++];
                if (!(o & 128)) a += String.fromCharCode(o);
                else {
                  var s = e[t++] & 63;
                  if ((o & 224) == 192) a += String.fromCharCode(((o & 31) << 6) | s);
                  else {
                    var c = e[t++] & 63;
                    if (
                      ((o =
                        (o & 240) == 224
                          ? ((o & 15) << 12) | (s << 6) | c
                          : ((o & 7) << 18) | (s << 12) | (c << 6) | (e[t++] & 63)),
                      o < 65536)
                    )
                      a += String.fromCharCode(o);
                    else {
                      var l = o - 65536;
                      a += String.fromCharCode(55296 | (l >> 10), 56320 | (l & 1023));
                    }
                  }
                }
              }
              return a;
            }
            function P(e, t) {
              return ((e >>>= 0), e ? ie(r(), e, t) : ``);
            }
            function ae(e, t, n, r) {
              if (((n >>>= 0), !(r > 0))) return 0;
              for (var i = n, a = n + r - 1, o = 0; o < e.length; ++o) {
                var s = e.charCodeAt(o);
                if (s >= 55296 && s <= 57343) {
                  var c = e.charCodeAt(++o);
                  s = (65536 + ((s & 1023) << 10)) | (c & 1023);
                }
                if (s <= 127) {
                  if (n >= a) break;
                  t[n++ >>> 0] = s;
                } else if (s <= 2047) {
                  if (n + 1 >= a) break;
                  (t[n++ >>> 0] = 192 | (s >> 6)), (t[n++ >>> 0] = 128 | (s & 63));
                } else if (s <= 65535) {
                  if (n + 2 >= a) break;
                  (t[n++ >>> 0] = 224 | (s >> 12)),
                    (t[n++ >>> 0] = 128 | ((s >> 6) & 63)),
                    (t[n++ >>> 0] = 128 | (s & 63));
                } else {
                  if (n + 3 >= a) break;
                  (t[n++ >>> 0] = 240 | (s >> 18)),
                    (t[n++ >>> 0] = 128 | ((s >> 12) & 63)),
                    (t[n++ >>> 0] = 128 | ((s >> 6) & 63)),
                    (t[n++ >>> 0] = 128 | (s & 63));
                }
              }
              return ((t[n >>> 0] = 0), n - i);
            }
            function F(e, t, n) {
              return ae(e, r(), t, n);
            }
            var oe, I, L, se, ce, le;
            _ && (oe = s.buffer);
            function ue(e) {
              (oe = e),
                (s.HEAP8 = I = new Int8Array(e)),
                (s.HEAP16 = new Int16Array(e)),
                (s.HEAP32 = se = new Int32Array(e)),
                (s.HEAPU8 = L = new Uint8Array(e)),
                (s.HEAPU16 = new Uint16Array(e)),
                (s.HEAPU32 = ce = new Uint32Array(e)),
                (s.HEAPF32 = new Float32Array(e)),
                (s.HEAPF64 = le = new Float64Array(e));
            }
            var de = s.INITIAL_MEMORY || 16777216;
            if (_) (M = s.wasmMemory), (oe = s.buffer);
            else if (s.wasmMemory) M = s.wasmMemory;
            else if (
              ((M = new WebAssembly.Memory({ initial: de / 65536, maximum: 65536, shared: !0 })),
              !(M.buffer instanceof SharedArrayBuffer))
            )
              throw (
                k(
                  `requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag`,
                ),
                g &&
                  k(
                    `(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)`,
                  ),
                Error(`bad memory`)
              );
            M && (oe = M.buffer), (de = oe.byteLength), ue(oe);
            var fe,
              pe = [],
              me = [],
              he = [];
            function ge() {
              return j;
            }
            function R() {
              if (s.preRun)
                for (typeof s.preRun == `function` && (s.preRun = [s.preRun]); s.preRun.length; )
                  ye(s.preRun.shift());
              Ke(pe);
            }
            function _e() {
              _ || Ke(me);
            }
            function ve() {
              if (!_) {
                if (s.postRun)
                  for (
                    typeof s.postRun == `function` && (s.postRun = [s.postRun]);
                    s.postRun.length;
                  )
                    xe(s.postRun.shift());
                Ke(he);
              }
            }
            function ye(e) {
              pe.unshift(e);
            }
            function be(e) {
              me.unshift(e);
            }
            function xe(e) {
              he.unshift(e);
            }
            var Se = 0,
              Ce = null,
              we = null;
            function Te(e) {
              Se++, s.monitorRunDependencies && s.monitorRunDependencies(Se);
            }
            function Ee(e) {
              if (
                (Se--,
                s.monitorRunDependencies && s.monitorRunDependencies(Se),
                Se == 0 && (Ce !== null && (clearInterval(Ce), (Ce = null)), we))
              ) {
                var t = we;
                (we = null), t();
              }
            }
            function De(e) {
              s.onAbort && s.onAbort(e),
                (e = `Aborted(` + e + `)`),
                k(e),
                (te = !0),
                (N = 1),
                (e += `. Build with -sASSERTIONS for more info.`);
              var t = new WebAssembly.RuntimeError(e);
              throw (l(t), t);
            }
            var Oe = `data:application/octet-stream;base64,`;
            function ke(e) {
              return e.startsWith(Oe);
            }
            function Ae(e) {
              return e.startsWith(`file://`);
            }
            var je = `tfjs-backend-wasm-threaded-simd.wasm`;
            ke(je) || (je = y(je));
            function Me(e) {
              try {
                if (e == je && A) return new Uint8Array(A);
                if (S) return S(e);
                throw `both async and sync fetching of the wasm failed`;
              } catch (e) {
                De(e);
              }
            }
            function Ne() {
              if (!A && (m || h)) {
                if (typeof fetch == `function` && !Ae(je))
                  return fetch(je, { credentials: `same-origin` })
                    .then((e) => {
                      if (!e.ok) throw `failed to load wasm binary file at '` + je + `'`;
                      return e.arrayBuffer();
                    })
                    .catch(() => Me(je));
                if (x)
                  return new Promise((e, t) => {
                    x(
                      je,
                      (t) => {
                        e(new Uint8Array(t));
                      },
                      t,
                    );
                  });
              }
              return Promise.resolve().then(() => Me(je));
            }
            function Pe() {
              var e = { env: Mt, wasi_snapshot_preview1: Mt };
              function t(e, t) {
                if (
                  ((s.asm = e.exports),
                  Xe(s.asm._emscripten_tls_init),
                  (fe = s.asm.__indirect_function_table),
                  be(s.asm.__wasm_call_ctors),
                  (ee = t),
                  !_)
                ) {
                  var n = z.unusedWorkers.length;
                  z.unusedWorkers.forEach((e) => {
                    z.loadWasmModuleToWorker(e, () => {
                      --n || Ee(`wasm-instantiate`);
                    });
                  });
                }
              }
              _ || Te(`wasm-instantiate`);
              function n(e) {
                t(e.instance, e.module);
              }
              function r(t) {
                return Ne()
                  .then((t) => WebAssembly.instantiate(t, e))
                  .then((e) => e)
                  .then(t, (e) => {
                    k(`failed to asynchronously prepare wasm: ` + e), De(e);
                  });
              }
              function i() {
                return !A &&
                  typeof WebAssembly.instantiateStreaming == `function` &&
                  !ke(je) &&
                  !Ae(je) &&
                  !g &&
                  typeof fetch == `function`
                  ? fetch(je, { credentials: `same-origin` }).then((t) =>
                      WebAssembly.instantiateStreaming(t, e).then(
                        n,
                        (e) => (
                          k(`wasm streaming compile failed: ` + e),
                          k(`falling back to ArrayBuffer instantiation`),
                          r(n)
                        ),
                      ),
                    )
                  : r(n);
              }
              if (s.instantiateWasm)
                try {
                  return s.instantiateWasm(e, t);
                } catch (e) {
                  k(`Module.instantiateWasm callback failed with error: ` + e), l(e);
                }
              return (i().catch(l), {});
            }
            var Fe = {};
            function Ie(e) {
              (this.name = `ExitStatus`),
                (this.message = `Program terminated with exit(` + e + `)`),
                (this.status = e);
            }
            function Le(e) {
              var t = z.pthreads[e];
              delete z.pthreads[e],
                t.terminate(),
                Ei(e),
                z.runningWorkers.splice(z.runningWorkers.indexOf(t), 1),
                (t.pthread_ptr = 0);
            }
            function Re(e) {
              z.pthreads[e].postMessage({ cmd: `cancel` });
            }
            function ze(e) {
              var t = z.pthreads[e];
              ne(t), z.returnWorkerToPool(t);
            }
            function Be(e) {
              var t = z.getNewWorker();
              if (!t) return 6;
              z.runningWorkers.push(t),
                (z.pthreads[e.pthread_ptr] = t),
                (t.pthread_ptr = e.pthread_ptr);
              var n = {
                cmd: `run`,
                start_routine: e.startRoutine,
                arg: e.arg,
                pthread_ptr: e.pthread_ptr,
              };
              return (
                (t.runPthread = () => {
                  g && t.ref(), t.postMessage(n, e.transferList), delete t.runPthread;
                }),
                t.loaded && t.runPthread(),
                0
              );
            }
            var Ve = {
              varargs: void 0,
              get: () => ((Ve.varargs += 4), i()[(Ve.varargs - 4) >>> 2]),
              getStr: (e) => P(e),
            };
            function He(e) {
              if (_) return _t(1, 1, e);
              (N = e),
                ge() || (z.terminateAllThreads(), s.onExit && s.onExit(e), (te = !0)),
                p(e, new Ie(e));
            }
            function Ue(e, t) {
              if (((N = e), !t && _)) throw (qe(e), `unwind`);
              He(e);
            }
            var We = Ue;
            function Ge(e) {
              if (e instanceof Ie || e == `unwind`) return N;
              p(1, e);
            }
            var z = {
              unusedWorkers: [],
              runningWorkers: [],
              tlsInitFunctions: [],
              pthreads: {},
              init: () => {
                _ ? z.initWorker() : z.initMainThread();
              },
              initMainThread: () => {
                for (var e = 8; e--; ) z.allocateUnusedWorker();
              },
              initWorker: () => {
                j = !1;
              },
              setExitStatus: (e) => {
                N = e;
              },
              terminateAllThreads: () => {
                for (var e of Object.values(z.pthreads)) z.returnWorkerToPool(e);
                for (var e of z.unusedWorkers) e.terminate();
                z.unusedWorkers = [];
              },
              returnWorkerToPool: (e) => {
                var t = e.pthread_ptr;
                delete z.pthreads[t],
                  z.unusedWorkers.push(e),
                  z.runningWorkers.splice(z.runningWorkers.indexOf(e), 1),
                  (e.pthread_ptr = 0),
                  g && e.unref(),
                  Ei(t);
              },
              receiveObjectTransfer: (e) => {},
              threadInitTLS: () => {
                z.tlsInitFunctions.forEach((e) => e());
              },
              loadWasmModuleToWorker: (t, n) => {
                (t.onmessage = (e) => {
                  var r = e.data,
                    i = r.cmd;
                  if (
                    (t.pthread_ptr && (z.currentProxiedOperationCallerThread = t.pthread_ptr),
                    r.targetThread && r.targetThread != _i())
                  ) {
                    var a = z.pthreads[r.targetThread];
                    a
                      ? a.postMessage(r, r.transferList)
                      : k(
                          `Internal error! Worker sent a message "` +
                            i +
                            `" to target pthread ` +
                            r.targetThread +
                            `, but that thread no longer exists!`,
                        ),
                      (z.currentProxiedOperationCallerThread = void 0);
                  } else
                    i === `processProxyingQueue`
                      ? it(r.queue)
                      : i === `spawnThread`
                        ? Be(r)
                        : i === `cleanupThread`
                          ? ze(r.thread)
                          : i === `killThread`
                            ? Le(r.thread)
                            : i === `cancelThread`
                              ? Re(r.thread)
                              : i === `loaded`
                                ? ((t.loaded = !0),
                                  g && t.unref(),
                                  n && n(t),
                                  t.runPthread && t.runPthread())
                                : i === `print`
                                  ? O(`Thread ` + r.threadId + `: ` + r.text)
                                  : i === `printErr`
                                    ? k(`Thread ` + r.threadId + `: ` + r.text)
                                    : i === `alert`
                                      ? alert(`Thread ` + r.threadId + `: ` + r.text)
                                      : r.target === `setimmediate`
                                        ? t.postMessage(r)
                                        : i === `callHandler`
                                          ? s[r.handler](...r.args)
                                          : i && k(`worker sent an unknown command ` + i),
                      (z.currentProxiedOperationCallerThread = void 0);
                }),
                  (t.onerror = (e) => {
                    throw (
                      k(`worker sent an error! ` + e.filename + `:` + e.lineno + `: ` + e.message),
                      e
                    );
                  }),
                  g &&
                    (t.on(`message`, (e) => {
                      t.onmessage({ data: e });
                    }),
                    t.on(`error`, (e) => {
                      t.onerror(e);
                    }),
                    t.on(`detachedExit`, () => {}));
                var r = [];
                for (var i of [`onExit`, `onAbort`, `print`, `printErr`])
                  Object.hasOwn(s, i) && r.push(i);
                t.postMessage({
                  cmd: `load`,
                  handlers: r,
                  urlOrBlob: s.mainScriptUrlOrBlob || e,
                  wasmMemory: M,
                  wasmModule: ee,
                });
              },
              allocateUnusedWorker: () => {
                var e,
                  t = y(`tfjs-backend-wasm-threaded-simd.worker.js`);
                (e = new Worker(t)), z.unusedWorkers.push(e);
              },
              getNewWorker: () => (
                z.unusedWorkers.length == 0 &&
                  (z.allocateUnusedWorker(), z.loadWasmModuleToWorker(z.unusedWorkers[0])),
                z.unusedWorkers.pop()
              ),
            };
            s.PThread = z;
            function Ke(e) {
              for (; e.length > 0; ) e.shift()(s);
            }
            s.establishStackSpace = () => {
              var e = _i(),
                t = i()[(e + 52) >>> 2],
                n = t - i()[(e + 56) >>> 2];
              Oi(t, n), Ai(t);
            };
            function qe(e) {
              if (_) return _t(2, 0, e);
              try {
                We(e);
              } catch (e) {
                Ge(e);
              }
            }
            var Je = [];
            function Ye(e) {
              var t = Je[e];
              return (t || (e >= Je.length && (Je.length = e + 1), (Je[e] = t = fe.get(e))), t);
            }
            s.invokeEntryPoint = (e, t) => {
              var n = Ye(e)(t);
              ge() ? z.setExitStatus(n) : Di(n);
            };
            function Xe(e) {
              z.tlsInitFunctions.push(e);
            }
            function Ze(e) {
              yi(e, !h, 1, !m), z.threadInitTLS();
            }
            function Qe(e) {
              _ ? postMessage({ cmd: `cleanupThread`, thread: e }) : ze(e);
            }
            function $e(e, t, n, r) {
              return _ ? _t(3, 1, e, t, n, r) : et(e, t, n, r);
            }
            function et(e, t, n, r) {
              if (typeof SharedArrayBuffer > `u`)
                return (
                  k(
                    `Current environment does not support SharedArrayBuffer, pthreads are not available!`,
                  ),
                  6
                );
              var i = [];
              if (_ && i.length === 0) return $e(e, t, n, r);
              var a = { startRoutine: n, pthread_ptr: e, arg: r, transferList: i };
              return _ ? ((a.cmd = `spawnThread`), postMessage(a, i), 0) : Be(a);
            }
            function tt() {
              return 65536;
            }
            var nt = !0;
            function rt() {
              return nt;
            }
            function it(e) {
              Atomics.store(i(), e >> 2, 1),
                _i() && Ti(e),
                Atomics.compareExchange(i(), e >> 2, 1, 0);
            }
            s.executeNotifiedProxyingQueue = it;
            function at(e, t, n, r) {
              if (e == t) setTimeout(() => it(r));
              else if (_) postMessage({ targetThread: e, cmd: `processProxyingQueue`, queue: r });
              else {
                var i = z.pthreads[e];
                if (!i) return;
                i.postMessage({ cmd: `processProxyingQueue`, queue: r });
              }
              return 1;
            }
            function ot(e, t, n) {
              return -1;
            }
            function st() {
              De(``);
            }
            function ct(e) {
              (ct.shown ||= {}),
                ct.shown[e] || ((ct.shown[e] = 1), g && (e = `warning: ` + e), k(e));
            }
            function lt() {
              g ||
                h ||
                ct(
                  `Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread`,
                );
            }
            function ut() {
              return Date.now();
            }
            function dt() {
              return 0xffff0000;
            }
            function ft() {
              return dt();
            }
            var pt = g
              ? () => {
                  var e = process.hrtime();
                  return e[0] * 1e3 + e[1] / 1e6;
                }
              : () => performance.timeOrigin + performance.now();
            function mt(e, t, n) {
              r().copyWithin(e >>> 0, t >>> 0, (t + n) >>> 0);
            }
            function ht() {
              return g ? Ra().cpus().length : navigator.hardwareConcurrency;
            }
            function gt(e) {
              var t = ki(),
                n = e();
              return (Ai(t), n);
            }
            function _t(e, t) {
              var n = arguments.length - 2,
                r = arguments;
              return gt(() => {
                for (var i = n, a = ji(i * 8), s = a >> 3, c = 0; c < n; c++) {
                  var l = r[2 + c];
                  o()[(s + c) >>> 0] = l;
                }
                return Ci(e, i, a, t);
              });
            }
            var vt = [];
            function yt(e, t, n) {
              vt.length = t;
              for (var r = n >> 3, i = 0; i < t; i++) vt[i] = o()[(r + i) >>> 0];
              return (e < 0 ? Fe[-e - 1] : jt[e]).apply(null, vt);
            }
            function bt(e) {
              try {
                return (M.grow((e - oe.byteLength + 65535) >>> 16), ue(M.buffer), 1);
              } catch {}
            }
            function xt(e) {
              var t = r().length;
              if (((e >>>= 0), e <= t)) return !1;
              var n = dt();
              if (e > n) return !1;
              const i = (e, t) => e + ((t - (e % t)) % t);
              for (var a = 1; a <= 4; a *= 2) {
                var o = t * (1 + 0.2 / a);
                if (((o = Math.min(o, e + 0x6000000)), bt(Math.min(n, i(Math.max(e, o), 65536)))))
                  return !0;
              }
              return !1;
            }
            function St() {
              throw `unwind`;
            }
            function Ct(e) {
              return _ ? _t(4, 1, e) : 52;
            }
            function wt(e, t, n, r, i) {
              return _ ? _t(5, 1, e, t, n, r, i) : 70;
            }
            var Tt = [null, [], []];
            function Et(e, t) {
              var n = Tt[e];
              t === 0 || t === 10 ? ((e === 1 ? O : k)(ie(n, 0)), (n.length = 0)) : n.push(t);
            }
            function Dt(e, t, n, i) {
              if (_) return _t(6, 1, e, t, n, i);
              for (var o = 0, s = 0; s < n; s++) {
                var c = a()[t >>> 2],
                  l = a()[(t + 4) >>> 2];
                t += 8;
                for (var u = 0; u < l; u++) Et(e, r()[(c + u) >>> 0]);
                o += l;
              }
              return ((a()[i >>> 2] = o), 0);
            }
            function Ot(e) {
              return s[`_` + e];
            }
            function kt(e, t) {
              n().set(e, t >>> 0);
            }
            function At(e, t, n, r, i) {
              var a = {
                string: (e) => {
                  var t = 0;
                  if (e != null && e !== 0) {
                    var n = (e.length << 2) + 1;
                    (t = ji(n)), F(e, t, n);
                  }
                  return t;
                },
                array: (e) => {
                  var t = ji(e.length);
                  return (kt(e, t), t);
                },
              };
              function o(e) {
                return t === `string` ? P(e) : t === `boolean` ? !!e : e;
              }
              var s = Ot(e),
                c = [],
                l = 0;
              if (r)
                for (var u = 0; u < r.length; u++) {
                  var d = a[n[u]];
                  d ? (l === 0 && (l = ki()), (c[u] = d(r[u]))) : (c[u] = r[u]);
                }
              var f = s.apply(null, c);
              function p(e) {
                return (l !== 0 && Ai(l), o(e));
              }
              return ((f = p(f)), f);
            }
            z.init();
            var jt = [null, He, qe, $e, Ct, wt, Dt],
              Mt = {
                __emscripten_init_main_thread_js: Ze,
                __emscripten_thread_cleanup: Qe,
                __pthread_create_js: et,
                _emscripten_default_pthread_stack_size: tt,
                _emscripten_get_now_is_monotonic: rt,
                _emscripten_notify_task_queue: at,
                _emscripten_set_offscreencanvas_size: ot,
                abort: st,
                emscripten_check_blocking_allowed: lt,
                emscripten_date_now: ut,
                emscripten_get_heap_max: ft,
                emscripten_get_now: pt,
                emscripten_memcpy_big: mt,
                emscripten_num_logical_cores: ht,
                emscripten_receive_on_main_thread_js: yt,
                emscripten_resize_heap: xt,
                emscripten_unwind_to_js_event_loop: St,
                exit: We,
                fd_close: Ct,
                fd_seek: wt,
                fd_write: Dt,
                memory: M || s.wasmMemory,
              };
            Pe();
            var Nt = (s.___wasm_call_ctors = function () {
                return (Nt = s.___wasm_call_ctors = s.asm.__wasm_call_ctors).apply(null, arguments);
              }),
              Pt = (s._init = function () {
                return (Pt = s._init = s.asm.init).apply(null, arguments);
              }),
              Ft = (s._init_with_threads_count = function () {
                return (Ft = s._init_with_threads_count = s.asm.init_with_threads_count).apply(
                  null,
                  arguments,
                );
              }),
              It = (s._get_threads_count = function () {
                return (It = s._get_threads_count = s.asm.get_threads_count).apply(null, arguments);
              }),
              Lt = (s._register_tensor = function () {
                return (Lt = s._register_tensor = s.asm.register_tensor).apply(null, arguments);
              }),
              Rt = (s._dispose_data = function () {
                return (Rt = s._dispose_data = s.asm.dispose_data).apply(null, arguments);
              }),
              zt = (s._dispose = function () {
                return (zt = s._dispose = s.asm.dispose).apply(null, arguments);
              }),
              Bt = (s._Abs = function () {
                return (Bt = s._Abs = s.asm.Abs).apply(null, arguments);
              }),
              Vt = (s._Acos = function () {
                return (Vt = s._Acos = s.asm.Acos).apply(null, arguments);
              }),
              Ht = (s._Acosh = function () {
                return (Ht = s._Acosh = s.asm.Acosh).apply(null, arguments);
              }),
              Ut = (s._Add = function () {
                return (Ut = s._Add = s.asm.Add).apply(null, arguments);
              }),
              Wt = (s._AddN = function () {
                return (Wt = s._AddN = s.asm.AddN).apply(null, arguments);
              }),
              Gt = (s._All = function () {
                return (Gt = s._All = s.asm.All).apply(null, arguments);
              }),
              Kt = (s._Any = function () {
                return (Kt = s._Any = s.asm.Any).apply(null, arguments);
              }),
              qt = (s._ArgMax = function () {
                return (qt = s._ArgMax = s.asm.ArgMax).apply(null, arguments);
              }),
              Jt = (s._ArgMin = function () {
                return (Jt = s._ArgMin = s.asm.ArgMin).apply(null, arguments);
              }),
              Yt = (s._Asin = function () {
                return (Yt = s._Asin = s.asm.Asin).apply(null, arguments);
              }),
              Xt = (s._Asinh = function () {
                return (Xt = s._Asinh = s.asm.Asinh).apply(null, arguments);
              }),
              Zt = (s._Atan = function () {
                return (Zt = s._Atan = s.asm.Atan).apply(null, arguments);
              }),
              Qt = (s._Atan2 = function () {
                return (Qt = s._Atan2 = s.asm.Atan2).apply(null, arguments);
              }),
              $t = (s._Atanh = function () {
                return ($t = s._Atanh = s.asm.Atanh).apply(null, arguments);
              }),
              en = (s._AvgPool = function () {
                return (en = s._AvgPool = s.asm.AvgPool).apply(null, arguments);
              }),
              tn = (s._AvgPool3D = function () {
                return (tn = s._AvgPool3D = s.asm.AvgPool3D).apply(null, arguments);
              }),
              nn = (s._AvgPool3DGrad = function () {
                return (nn = s._AvgPool3DGrad = s.asm.AvgPool3DGrad).apply(null, arguments);
              }),
              rn = (s._AvgPoolGrad = function () {
                return (rn = s._AvgPoolGrad = s.asm.AvgPoolGrad).apply(null, arguments);
              }),
              an = (s._BatchMatMul = function () {
                return (an = s._BatchMatMul = s.asm.BatchMatMul).apply(null, arguments);
              }),
              on = (s._Bincount = function () {
                return (on = s._Bincount = s.asm.Bincount).apply(null, arguments);
              }),
              sn = (s._BitwiseAnd = function () {
                return (sn = s._BitwiseAnd = s.asm.BitwiseAnd).apply(null, arguments);
              }),
              cn = (s._Ceil = function () {
                return (cn = s._Ceil = s.asm.Ceil).apply(null, arguments);
              }),
              ln = (s._ClipByValue = function () {
                return (ln = s._ClipByValue = s.asm.ClipByValue).apply(null, arguments);
              }),
              un = (s._Conv2D = function () {
                return (un = s._Conv2D = s.asm.Conv2D).apply(null, arguments);
              }),
              dn = (s._Conv2DBackpropInput = function () {
                return (dn = s._Conv2DBackpropInput = s.asm.Conv2DBackpropInput).apply(
                  null,
                  arguments,
                );
              }),
              fn = (s._Conv3D = function () {
                return (fn = s._Conv3D = s.asm.Conv3D).apply(null, arguments);
              }),
              pn = (s._Conv3DBackpropFilterV2 = function () {
                return (pn = s._Conv3DBackpropFilterV2 = s.asm.Conv3DBackpropFilterV2).apply(
                  null,
                  arguments,
                );
              }),
              mn = (s._Conv3DBackpropInputV2 = function () {
                return (mn = s._Conv3DBackpropInputV2 = s.asm.Conv3DBackpropInputV2).apply(
                  null,
                  arguments,
                );
              }),
              hn = (s._Cos = function () {
                return (hn = s._Cos = s.asm.Cos).apply(null, arguments);
              }),
              gn = (s._Cosh = function () {
                return (gn = s._Cosh = s.asm.Cosh).apply(null, arguments);
              }),
              _n = (s._CropAndResize = function () {
                return (_n = s._CropAndResize = s.asm.CropAndResize).apply(null, arguments);
              }),
              vn = (s._Cumprod = function () {
                return (vn = s._Cumprod = s.asm.Cumprod).apply(null, arguments);
              }),
              yn = (s._Cumsum = function () {
                return (yn = s._Cumsum = s.asm.Cumsum).apply(null, arguments);
              }),
              bn = (s._DenseBincount = function () {
                return (bn = s._DenseBincount = s.asm.DenseBincount).apply(null, arguments);
              }),
              xn = (s._DepthToSpace = function () {
                return (xn = s._DepthToSpace = s.asm.DepthToSpace).apply(null, arguments);
              }),
              Sn = (s._DepthwiseConv2dNative = function () {
                return (Sn = s._DepthwiseConv2dNative = s.asm.DepthwiseConv2dNative).apply(
                  null,
                  arguments,
                );
              }),
              Cn = (s._Diag = function () {
                return (Cn = s._Diag = s.asm.Diag).apply(null, arguments);
              }),
              wn = (s._Dilation2D = function () {
                return (wn = s._Dilation2D = s.asm.Dilation2D).apply(null, arguments);
              }),
              Tn = (s._Dilation2DBackpropFilter = function () {
                return (Tn = s._Dilation2DBackpropFilter = s.asm.Dilation2DBackpropFilter).apply(
                  null,
                  arguments,
                );
              }),
              En = (s._Dilation2DBackpropInput = function () {
                return (En = s._Dilation2DBackpropInput = s.asm.Dilation2DBackpropInput).apply(
                  null,
                  arguments,
                );
              }),
              Dn = (s._Elu = function () {
                return (Dn = s._Elu = s.asm.Elu).apply(null, arguments);
              }),
              On = (s._EluGrad = function () {
                return (On = s._EluGrad = s.asm.EluGrad).apply(null, arguments);
              }),
              kn = (s._Equal = function () {
                return (kn = s._Equal = s.asm.Equal).apply(null, arguments);
              }),
              An = (s._Erf = function () {
                return (An = s._Erf = s.asm.Erf).apply(null, arguments);
              }),
              jn = (s._Exp = function () {
                return (jn = s._Exp = s.asm.Exp).apply(null, arguments);
              }),
              Mn = (s._Expm1 = function () {
                return (Mn = s._Expm1 = s.asm.Expm1).apply(null, arguments);
              }),
              Nn = (s._FlipLeftRight = function () {
                return (Nn = s._FlipLeftRight = s.asm.FlipLeftRight).apply(null, arguments);
              }),
              Pn = (s._Floor = function () {
                return (Pn = s._Floor = s.asm.Floor).apply(null, arguments);
              }),
              Fn = (s._FloorDiv = function () {
                return (Fn = s._FloorDiv = s.asm.FloorDiv).apply(null, arguments);
              }),
              In = (s._FusedBatchNorm = function () {
                return (In = s._FusedBatchNorm = s.asm.FusedBatchNorm).apply(null, arguments);
              }),
              Ln = (s._FusedConv2D = function () {
                return (Ln = s._FusedConv2D = s.asm.FusedConv2D).apply(null, arguments);
              }),
              Rn = (s._FusedDepthwiseConv2D = function () {
                return (Rn = s._FusedDepthwiseConv2D = s.asm.FusedDepthwiseConv2D).apply(
                  null,
                  arguments,
                );
              }),
              zn = (s._Gather = function () {
                return (zn = s._Gather = s.asm.Gather).apply(null, arguments);
              }),
              Bn = (s._GatherNd = function () {
                return (Bn = s._GatherNd = s.asm.GatherNd).apply(null, arguments);
              }),
              Vn = (s._Greater = function () {
                return (Vn = s._Greater = s.asm.Greater).apply(null, arguments);
              }),
              Hn = (s._GreaterEqual = function () {
                return (Hn = s._GreaterEqual = s.asm.GreaterEqual).apply(null, arguments);
              }),
              Un = (s._IsFinite = function () {
                return (Un = s._IsFinite = s.asm.IsFinite).apply(null, arguments);
              }),
              Wn = (s._IsInf = function () {
                return (Wn = s._IsInf = s.asm.IsInf).apply(null, arguments);
              }),
              Gn = (s._IsNan = function () {
                return (Gn = s._IsNan = s.asm.IsNan).apply(null, arguments);
              }),
              Kn = (s._LRN = function () {
                return (Kn = s._LRN = s.asm.LRN).apply(null, arguments);
              }),
              qn = (s._LRNGrad = function () {
                return (qn = s._LRNGrad = s.asm.LRNGrad).apply(null, arguments);
              }),
              Jn = (s._LeakyRelu = function () {
                return (Jn = s._LeakyRelu = s.asm.LeakyRelu).apply(null, arguments);
              }),
              Yn = (s._Less = function () {
                return (Yn = s._Less = s.asm.Less).apply(null, arguments);
              }),
              Xn = (s._LessEqual = function () {
                return (Xn = s._LessEqual = s.asm.LessEqual).apply(null, arguments);
              }),
              Zn = (s._LinSpace = function () {
                return (Zn = s._LinSpace = s.asm.LinSpace).apply(null, arguments);
              }),
              Qn = (s._Log = function () {
                return (Qn = s._Log = s.asm.Log).apply(null, arguments);
              }),
              $n = (s._Log1p = function () {
                return ($n = s._Log1p = s.asm.Log1p).apply(null, arguments);
              }),
              er = (s._LogicalAnd = function () {
                return (er = s._LogicalAnd = s.asm.LogicalAnd).apply(null, arguments);
              }),
              tr = (s._LogicalNot = function () {
                return (tr = s._LogicalNot = s.asm.LogicalNot).apply(null, arguments);
              }),
              nr = (s._LogicalOr = function () {
                return (nr = s._LogicalOr = s.asm.LogicalOr).apply(null, arguments);
              }),
              rr = (s._LogicalXor = function () {
                return (rr = s._LogicalXor = s.asm.LogicalXor).apply(null, arguments);
              }),
              ir = (s._Max = function () {
                return (ir = s._Max = s.asm.Max).apply(null, arguments);
              }),
              ar = (s._MaxPool = function () {
                return (ar = s._MaxPool = s.asm.MaxPool).apply(null, arguments);
              }),
              or = (s._MaxPool3D = function () {
                return (or = s._MaxPool3D = s.asm.MaxPool3D).apply(null, arguments);
              }),
              sr = (s._MaxPool3DGrad = function () {
                return (sr = s._MaxPool3DGrad = s.asm.MaxPool3DGrad).apply(null, arguments);
              }),
              cr = (s._MaxPoolGrad = function () {
                return (cr = s._MaxPoolGrad = s.asm.MaxPoolGrad).apply(null, arguments);
              }),
              lr = (s._MaxPoolWithArgmax = function () {
                return (lr = s._MaxPoolWithArgmax = s.asm.MaxPoolWithArgmax).apply(null, arguments);
              }),
              ur = (s._Maximum = function () {
                return (ur = s._Maximum = s.asm.Maximum).apply(null, arguments);
              }),
              dr = (s._Mean = function () {
                return (dr = s._Mean = s.asm.Mean).apply(null, arguments);
              }),
              fr = (s._Min = function () {
                return (fr = s._Min = s.asm.Min).apply(null, arguments);
              }),
              pr = (s._Minimum = function () {
                return (pr = s._Minimum = s.asm.Minimum).apply(null, arguments);
              }),
              mr = (s._MirrorPad = function () {
                return (mr = s._MirrorPad = s.asm.MirrorPad).apply(null, arguments);
              }),
              hr = (s._Mod = function () {
                return (hr = s._Mod = s.asm.Mod).apply(null, arguments);
              }),
              gr = (s._Multinomial = function () {
                return (gr = s._Multinomial = s.asm.Multinomial).apply(null, arguments);
              }),
              _r = (s._Multiply = function () {
                return (_r = s._Multiply = s.asm.Multiply).apply(null, arguments);
              }),
              vr = (s._Neg = function () {
                return (vr = s._Neg = s.asm.Neg).apply(null, arguments);
              }),
              yr = (s._NonMaxSuppressionV3 = function () {
                return (yr = s._NonMaxSuppressionV3 = s.asm.NonMaxSuppressionV3).apply(
                  null,
                  arguments,
                );
              }),
              br = (s._NonMaxSuppressionV4 = function () {
                return (br = s._NonMaxSuppressionV4 = s.asm.NonMaxSuppressionV4).apply(
                  null,
                  arguments,
                );
              }),
              xr = (s._NonMaxSuppressionV5 = function () {
                return (xr = s._NonMaxSuppressionV5 = s.asm.NonMaxSuppressionV5).apply(
                  null,
                  arguments,
                );
              }),
              Sr = (s._NotEqual = function () {
                return (Sr = s._NotEqual = s.asm.NotEqual).apply(null, arguments);
              }),
              Cr = (s._OneHot = function () {
                return (Cr = s._OneHot = s.asm.OneHot).apply(null, arguments);
              }),
              wr = (s._PadV2 = function () {
                return (wr = s._PadV2 = s.asm.PadV2).apply(null, arguments);
              }),
              Tr = (s._Pow = function () {
                return (Tr = s._Pow = s.asm.Pow).apply(null, arguments);
              }),
              Er = (s._Prelu = function () {
                return (Er = s._Prelu = s.asm.Prelu).apply(null, arguments);
              }),
              Dr = (s._Prod = function () {
                return (Dr = s._Prod = s.asm.Prod).apply(null, arguments);
              }),
              Or = (s._RealDiv = function () {
                return (Or = s._RealDiv = s.asm.RealDiv).apply(null, arguments);
              }),
              kr = (s._Reciprocal = function () {
                return (kr = s._Reciprocal = s.asm.Reciprocal).apply(null, arguments);
              }),
              Ar = (s._Relu = function () {
                return (Ar = s._Relu = s.asm.Relu).apply(null, arguments);
              }),
              jr = (s._Relu6 = function () {
                return (jr = s._Relu6 = s.asm.Relu6).apply(null, arguments);
              }),
              B = (s._ResizeBilinear = function () {
                return (B = s._ResizeBilinear = s.asm.ResizeBilinear).apply(null, arguments);
              }),
              Mr = (s._ResizeBilinearGrad = function () {
                return (Mr = s._ResizeBilinearGrad = s.asm.ResizeBilinearGrad).apply(
                  null,
                  arguments,
                );
              }),
              Nr = (s._ResizeNearestNeighbor = function () {
                return (Nr = s._ResizeNearestNeighbor = s.asm.ResizeNearestNeighbor).apply(
                  null,
                  arguments,
                );
              }),
              Pr = (s._ResizeNearestNeighborGrad = function () {
                return (Pr = s._ResizeNearestNeighborGrad = s.asm.ResizeNearestNeighborGrad).apply(
                  null,
                  arguments,
                );
              }),
              Fr = (s._Reverse = function () {
                return (Fr = s._Reverse = s.asm.Reverse).apply(null, arguments);
              }),
              Ir = (s._RotateWithOffset = function () {
                return (Ir = s._RotateWithOffset = s.asm.RotateWithOffset).apply(null, arguments);
              }),
              Lr = (s._Round = function () {
                return (Lr = s._Round = s.asm.Round).apply(null, arguments);
              }),
              Rr = (s._Rsqrt = function () {
                return (Rr = s._Rsqrt = s.asm.Rsqrt).apply(null, arguments);
              }),
              zr = (s._ScatterNd = function () {
                return (zr = s._ScatterNd = s.asm.ScatterNd).apply(null, arguments);
              }),
              Br = (s._SearchSorted = function () {
                return (Br = s._SearchSorted = s.asm.SearchSorted).apply(null, arguments);
              }),
              Vr = (s._SelectV2 = function () {
                return (Vr = s._SelectV2 = s.asm.SelectV2).apply(null, arguments);
              }),
              Hr = (s._Selu = function () {
                return (Hr = s._Selu = s.asm.Selu).apply(null, arguments);
              }),
              Ur = (s._Sigmoid = function () {
                return (Ur = s._Sigmoid = s.asm.Sigmoid).apply(null, arguments);
              }),
              Wr = (s._Sign = function () {
                return (Wr = s._Sign = s.asm.Sign).apply(null, arguments);
              }),
              Gr = (s._Sin = function () {
                return (Gr = s._Sin = s.asm.Sin).apply(null, arguments);
              }),
              Kr = (s._Sinh = function () {
                return (Kr = s._Sinh = s.asm.Sinh).apply(null, arguments);
              }),
              qr = (s._Softmax = function () {
                return (qr = s._Softmax = s.asm.Softmax).apply(null, arguments);
              }),
              Jr = (s._Softplus = function () {
                return (Jr = s._Softplus = s.asm.Softplus).apply(null, arguments);
              }),
              Yr = (s._SparseFillEmptyRows = function () {
                return (Yr = s._SparseFillEmptyRows = s.asm.SparseFillEmptyRows).apply(
                  null,
                  arguments,
                );
              }),
              Xr = (s._SparseReshape = function () {
                return (Xr = s._SparseReshape = s.asm.SparseReshape).apply(null, arguments);
              }),
              Zr = (s._SparseSegmentReduction = function () {
                return (Zr = s._SparseSegmentReduction = s.asm.SparseSegmentReduction).apply(
                  null,
                  arguments,
                );
              }),
              Qr = (s._SparseToDense = function () {
                return (Qr = s._SparseToDense = s.asm.SparseToDense).apply(null, arguments);
              }),
              $r = (s._Sqrt = function () {
                return ($r = s._Sqrt = s.asm.Sqrt).apply(null, arguments);
              }),
              ei = (s._Square = function () {
                return (ei = s._Square = s.asm.Square).apply(null, arguments);
              }),
              ti = (s._SquaredDifference = function () {
                return (ti = s._SquaredDifference = s.asm.SquaredDifference).apply(null, arguments);
              }),
              ni = (s._Step = function () {
                return (ni = s._Step = s.asm.Step).apply(null, arguments);
              }),
              ri = (s._StridedSlice = function () {
                return (ri = s._StridedSlice = s.asm.StridedSlice).apply(null, arguments);
              }),
              ii = (s._Sub = function () {
                return (ii = s._Sub = s.asm.Sub).apply(null, arguments);
              }),
              ai = (s._Sum = function () {
                return (ai = s._Sum = s.asm.Sum).apply(null, arguments);
              }),
              oi = (s._Tan = function () {
                return (oi = s._Tan = s.asm.Tan).apply(null, arguments);
              }),
              si = (s._Tanh = function () {
                return (si = s._Tanh = s.asm.Tanh).apply(null, arguments);
              }),
              ci = (s._TensorScatterUpdate = function () {
                return (ci = s._TensorScatterUpdate = s.asm.TensorScatterUpdate).apply(
                  null,
                  arguments,
                );
              }),
              li = (s._Tile = function () {
                return (li = s._Tile = s.asm.Tile).apply(null, arguments);
              }),
              ui = (s._TopK = function () {
                return (ui = s._TopK = s.asm.TopK).apply(null, arguments);
              }),
              di = (s._Transform = function () {
                return (di = s._Transform = s.asm.Transform).apply(null, arguments);
              }),
              fi = (s._Transpose = function () {
                return (fi = s._Transpose = s.asm.Transpose).apply(null, arguments);
              }),
              pi = (s.__FusedMatMul = function () {
                return (pi = s.__FusedMatMul = s.asm._FusedMatMul).apply(null, arguments);
              }),
              mi = (s._malloc = function () {
                return (mi = s._malloc = s.asm.malloc).apply(null, arguments);
              }),
              hi = (s._free = function () {
                return (hi = s._free = s.asm.free).apply(null, arguments);
              }),
              gi = (s.__emscripten_tls_init = function () {
                return (gi = s.__emscripten_tls_init = s.asm._emscripten_tls_init).apply(
                  null,
                  arguments,
                );
              }),
              _i = (s._pthread_self = function () {
                return (_i = s._pthread_self = s.asm.pthread_self).apply(null, arguments);
              }),
              vi = (s.___errno_location = function () {
                return (vi = s.___errno_location = s.asm.__errno_location).apply(null, arguments);
              }),
              yi = (s.__emscripten_thread_init = function () {
                return (yi = s.__emscripten_thread_init = s.asm._emscripten_thread_init).apply(
                  null,
                  arguments,
                );
              }),
              bi = (s.__emscripten_thread_crashed = function () {
                return (bi = s.__emscripten_thread_crashed =
                  s.asm._emscripten_thread_crashed).apply(null, arguments);
              }),
              xi = (s._emscripten_main_thread_process_queued_calls = function () {
                return (xi = s._emscripten_main_thread_process_queued_calls =
                  s.asm.emscripten_main_thread_process_queued_calls).apply(null, arguments);
              }),
              Si = (s._emscripten_main_browser_thread_id = function () {
                return (Si = s._emscripten_main_browser_thread_id =
                  s.asm.emscripten_main_browser_thread_id).apply(null, arguments);
              }),
              Ci = (s._emscripten_run_in_main_runtime_thread_js = function () {
                return (Ci = s._emscripten_run_in_main_runtime_thread_js =
                  s.asm.emscripten_run_in_main_runtime_thread_js).apply(null, arguments);
              }),
              wi = (s._emscripten_dispatch_to_thread_ = function () {
                return (wi = s._emscripten_dispatch_to_thread_ =
                  s.asm.emscripten_dispatch_to_thread_).apply(null, arguments);
              }),
              Ti = (s.__emscripten_proxy_execute_task_queue = function () {
                return (Ti = s.__emscripten_proxy_execute_task_queue =
                  s.asm._emscripten_proxy_execute_task_queue).apply(null, arguments);
              }),
              Ei = (s.__emscripten_thread_free_data = function () {
                return (Ei = s.__emscripten_thread_free_data =
                  s.asm._emscripten_thread_free_data).apply(null, arguments);
              }),
              Di = (s.__emscripten_thread_exit = function () {
                return (Di = s.__emscripten_thread_exit = s.asm._emscripten_thread_exit).apply(
                  null,
                  arguments,
                );
              }),
              Oi = (s._emscripten_stack_set_limits = function () {
                return (Oi = s._emscripten_stack_set_limits =
                  s.asm.emscripten_stack_set_limits).apply(null, arguments);
              }),
              ki = (s.stackSave = function () {
                return (ki = s.stackSave = s.asm.stackSave).apply(null, arguments);
              }),
              Ai = (s.stackRestore = function () {
                return (Ai = s.stackRestore = s.asm.stackRestore).apply(null, arguments);
              }),
              ji = (s.stackAlloc = function () {
                return (ji = s.stackAlloc = s.asm.stackAlloc).apply(null, arguments);
              }),
              Mi = (s.dynCall_iijjiiii = function () {
                return (Mi = s.dynCall_iijjiiii = s.asm.dynCall_iijjiiii).apply(null, arguments);
              }),
              Ni = (s.dynCall_jiji = function () {
                return (Ni = s.dynCall_jiji = s.asm.dynCall_jiji).apply(null, arguments);
              });
            (s.keepRuntimeAlive = ge),
              (s.wasmMemory = M),
              (s.cwrap = (e, t, n, r) => {
                n ||= [];
                var i = n.every((e) => e === `number` || e === `boolean`);
                return t !== `string` && i && !r
                  ? Ot(e)
                  : function () {
                      return At(e, t, n, arguments, r);
                    };
              }),
              (s.ExitStatus = Ie),
              (s.PThread = z);
            var Pi;
            we = function e() {
              Pi || Fi(), Pi || (we = e);
            };
            function Fi(e) {
              if (((e ||= f), Se > 0)) return;
              if (_) {
                c(s), _e(), startWorker(s);
                return;
              }
              if ((R(), Se > 0)) return;
              function t() {
                Pi ||
                  ((Pi = !0),
                  (s.calledRun = !0),
                  te || (_e(), c(s), s.onRuntimeInitialized && s.onRuntimeInitialized(), ve()));
              }
              s.setStatus
                ? (s.setStatus(`Running...`),
                  setTimeout(() => {
                    setTimeout(() => {
                      s.setStatus(``);
                    }, 1),
                      t();
                  }, 1))
                : t();
            }
            if (s.preInit)
              for (
                typeof s.preInit == `function` && (s.preInit = [s.preInit]);
                s.preInit.length > 0;
              )
                s.preInit.pop()();
            Fi();
            var V;
            u &&
              (V = {
                uncaughtException: process
                  .listeners(`uncaughtException`)
                  .filter((e) => !u.uncaughtException.indexOf(e) > -1),
                unhandledRejection: process
                  .listeners(`unhandledRejection`)
                  .filter((e) => !u.unhandledRejection.indexOf(e) > -1),
              });
            var Ii;
            if (typeof WasmBackendModule < `u`) Ii = WasmBackendModule;
            else if (t !== void 0) Ii = t;
            else throw Error(`Could not find wasm module in post.js`);
            if (V) {
              var Li = Ii._dispose;
              Ii._dispose = () => {
                Li(),
                  V.uncaughtException.forEach((e) => {
                    process.removeListener(`uncaughtException`, e);
                  }),
                  V.unhandledRejection.forEach((e) => {
                    process.removeListener(`unhandledRejection`, e);
                  });
              };
            }
            return t.ready;
          }
        );
      })();
    typeof e == `object` && typeof t == `object`
      ? (t.exports = r)
      : typeof n == `function` && n.amd
        ? n([], () => r)
        : typeof e == `object` && (e.WasmBackendModuleThreadedSimd = r);
  }),
  tD = o((e, t) => {
    t.exports.wasmWorkerContents = `"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"
");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};`;
  }),
  nD = o((e, t) => {
    var n,
      r = (() => {
        var e =
          typeof document < `u` && document.currentScript ? document.currentScript.src : void 0;
        return (
          typeof __filename < `u` && (e ||= __filename),
          (t) => {
            t ||= {};
            var n = t === void 0 ? {} : t,
              r,
              i;
            n.ready = new Promise((e, t) => {
              (r = e), (i = t);
            });
            var a;
            typeof process < `u` &&
              process.listeners &&
              (a = {
                uncaughtException: process.listeners(`uncaughtException`),
                unhandledRejection: process.listeners(`unhandledRejection`),
              });
            var o = Object.assign({}, n),
              s = [],
              c = typeof window == `object`,
              l = typeof importScripts == `function`,
              u =
                typeof process == `object` &&
                typeof process.versions == `object` &&
                typeof process.versions.node == `string`,
              d = ``;
            function f(e) {
              return n.locateFile ? n.locateFile(e, d) : d + e;
            }
            var p, m, h;
            if (u) {
              var g = Ra(),
                _ = Ra();
              (d = l ? _.dirname(d) + `/` : __dirname + `/`),
                (p = (e, t) => (
                  (e = pe(e) ? new URL(e) : _.normalize(e)), g.readFileSync(e, t ? void 0 : `utf8`)
                )),
                (h = (e) => {
                  var t = p(e, !0);
                  return (t.buffer || (t = new Uint8Array(t)), t);
                }),
                (m = (e, t, n) => {
                  (e = pe(e) ? new URL(e) : _.normalize(e)),
                    g.readFile(e, (e, r) => {
                      e ? n(e) : t(r.buffer);
                    });
                }),
                process.argv.length > 1 && process.argv[1].replace(/\\/g, `/`),
                (s = process.argv.slice(2)),
                process.on(`uncaughtException`, (e) => {
                  if (!(e instanceof _e)) throw e;
                }),
                process.on(`unhandledRejection`, (e) => {
                  throw e;
                }),
                (n.inspect = () => `[Emscripten Module object]`);
            } else
              (c || l) &&
                (l
                  ? (d = self.location.href)
                  : typeof document < `u` &&
                    document.currentScript &&
                    (d = document.currentScript.src),
                e && (d = e),
                (d =
                  d.indexOf(`blob:`) === 0
                    ? ``
                    : d.substr(0, d.replace(/[?#].*/, ``).lastIndexOf(`/`) + 1)),
                (p = (e) => {
                  var t = new XMLHttpRequest();
                  return (t.open(`GET`, e, !1), t.send(null), t.responseText);
                }),
                l &&
                  (h = (e) => {
                    var t = new XMLHttpRequest();
                    return (
                      t.open(`GET`, e, !1),
                      (t.responseType = `arraybuffer`),
                      t.send(null),
                      new Uint8Array(t.response)
                    );
                  }),
                (m = (e, t, n) => {
                  var r = new XMLHttpRequest();
                  r.open(`GET`, e, !0),
                    (r.responseType = `arraybuffer`),
                    (r.onload = () => {
                      r.status == 200 || (r.status == 0 && r.response) ? t(r.response) : n();
                    }),
                    (r.onerror = n),
                    r.send(null);
                }));
            var v = n.print || console.log.bind(console),
              y = n.printErr || console.warn.bind(console);
            Object.assign(n, o),
              (o = null),
              n.arguments && (s = n.arguments),
              n.thisProgram && n.thisProgram,
              n.quit && n.quit;
            var b;
            n.wasmBinary && (b = n.wasmBinary),
              n.noExitRuntime,
              typeof WebAssembly != `object` && ue(`no native wasm support detected`);
            var x,
              S = !1,
              C = typeof TextDecoder < `u` ? new TextDecoder(`utf8`) : void 0;
            function w(e, t, n) {
              t >>>= 0;
              for (var r = t + n, i = t; e[i] && !(i >= r); ) ++i;
              if (i - t > 16 && e.buffer && C) return C.decode(e.subarray(t, i));
              for (var a = ``; t < i; ) {
                var o = e[t++];
                if (!(o & 128)) a += String.fromCharCode(o);
                else {
                  var s = e[t++] & 63;
                  if ((o & 224) == 192) a += String.fromCharCode(((o & 31) << 6) | s);
                  else {
                    var c = e[t++] & 63;
                    if (
                      ((o =
                        (o & 240) == 224
                          ? ((o & 15) << 12) | (s << 6) | c
                          : ((o & 7) << 18) | (s << 12) | (c << 6) | (e[t++] & 63)),
                      o < 65536)
                    )
                      a += String.fromCharCode(o);
                    else {
                      var l = o - 65536;
                      a += String.fromCharCode(55296 | (l >> 10), 56320 | (l & 1023));
                    }
                  }
                }
              }
              return a;
            }
            function T(e, t) {
              return ((e >>>= 0), e ? w(A, e, t) : ``);
            }
            function E(e, t, n, r) {
              if (((n >>>= 0), !(r > 0))) return 0;
              for (var i = n, a = n + r - 1, o = 0; o < e.length; ++o) {
                var s = e.charCodeAt(o);
                if (s >= 55296 && s <= 57343) {
                  var c = e.charCodeAt(++o);
                  s = (65536 + ((s & 1023) << 10)) | (c & 1023);
                }
                if (s <= 127) {
                  if (n >= a) break;
                  t[n++ >>> 0] = s;
                } else if (s <= 2047) {
                  if (n + 1 >= a) break;
                  (t[n++ >>> 0] = 192 | (s >> 6)), (t[n++ >>> 0] = 128 | (s & 63));
                } else if (s <= 65535) {
                  if (n + 2 >= a) break;
                  (t[n++ >>> 0] = 224 | (s >> 12)),
                    (t[n++ >>> 0] = 128 | ((s >> 6) & 63)),
                    (t[n++ >>> 0] = 128 | (s & 63));
                } else {
                  if (n + 3 >= a) break;
                  (t[n++ >>> 0] = 240 | (s >> 18)),
                    (t[n++ >>> 0] = 128 | ((s >> 12) & 63)),
                    (t[n++ >>> 0] = 128 | ((s >> 6) & 63)),
                    (t[n++ >>> 0] = 128 | (s & 63));
                }
              }
              return ((t[n >>> 0] = 0), n - i);
            }
            function D(e, t, n) {
              return E(e, A, t, n);
            }
            var O, k, A, j, M;
            function ee(e) {
              (O = e),
                (n.HEAP8 = k = new Int8Array(e)),
                (n.HEAP16 = new Int16Array(e)),
                (n.HEAP32 = j = new Int32Array(e)),
                (n.HEAPU8 = A = new Uint8Array(e)),
                (n.HEAPU16 = new Uint16Array(e)),
                (n.HEAPU32 = M = new Uint32Array(e)),
                (n.HEAPF32 = new Float32Array(e)),
                (n.HEAPF64 = new Float64Array(e));
            }
            n.INITIAL_MEMORY;
            var te = [],
              N = [],
              ne = [];
            function re() {
              if (n.preRun)
                for (typeof n.preRun == `function` && (n.preRun = [n.preRun]); n.preRun.length; )
                  ae(n.preRun.shift());
              ve(te);
            }
            function ie() {
              ve(N);
            }
            function P() {
              if (n.postRun)
                for (
                  typeof n.postRun == `function` && (n.postRun = [n.postRun]);
                  n.postRun.length;
                )
                  oe(n.postRun.shift());
              ve(ne);
            }
            function ae(e) {
              te.unshift(e);
            }
            function F(e) {
              N.unshift(e);
            }
            function oe(e) {
              ne.unshift(e);
            }
            var I = 0,
              L = null,
              se = null;
            function ce(e) {
              I++, n.monitorRunDependencies && n.monitorRunDependencies(I);
            }
            function le(e) {
              if (
                (I--,
                n.monitorRunDependencies && n.monitorRunDependencies(I),
                I == 0 && (L !== null && (clearInterval(L), (L = null)), se))
              ) {
                var t = se;
                (se = null), t();
              }
            }
            function ue(e) {
              n.onAbort && n.onAbort(e),
                (e = `Aborted(` + e + `)`),
                y(e),
                (S = !0),
                (e += `. Build with -sASSERTIONS for more info.`);
              var t = new WebAssembly.RuntimeError(e);
              throw (i(t), t);
            }
            var de = `data:application/octet-stream;base64,`;
            function fe(e) {
              return e.startsWith(de);
            }
            function pe(e) {
              return e.startsWith(`file://`);
            }
            var me = `tfjs-backend-wasm.wasm`;
            fe(me) || (me = f(me));
            function he(e) {
              try {
                if (e == me && b) return new Uint8Array(b);
                if (h) return h(e);
                throw `both async and sync fetching of the wasm failed`;
              } catch (e) {
                ue(e);
              }
            }
            function ge() {
              if (!b && (c || l)) {
                if (typeof fetch == `function` && !pe(me))
                  return fetch(me, { credentials: `same-origin` })
                    .then((e) => {
                      if (!e.ok) throw `failed to load wasm binary file at '` + me + `'`;
                      return e.arrayBuffer();
                    })
                    .catch(() => he(me));
                if (m)
                  return new Promise((e, t) => {
                    m(
                      me,
                      (t) => {
                        e(new Uint8Array(t));
                      },
                      t,
                    );
                  });
              }
              return Promise.resolve().then(() => he(me));
            }
            function R() {
              var e = { env: Pe, wasi_snapshot_preview1: Pe };
              function t(e, t) {
                (n.asm = e.exports),
                  (x = n.asm.memory),
                  ee(x.buffer),
                  n.asm.__indirect_function_table,
                  F(n.asm.__wasm_call_ctors),
                  le(`wasm-instantiate`);
              }
              ce(`wasm-instantiate`);
              function r(e) {
                t(e.instance);
              }
              function a(t) {
                return ge()
                  .then((t) => WebAssembly.instantiate(t, e))
                  .then((e) => e)
                  .then(t, (e) => {
                    y(`failed to asynchronously prepare wasm: ` + e), ue(e);
                  });
              }
              function o() {
                return !b &&
                  typeof WebAssembly.instantiateStreaming == `function` &&
                  !fe(me) &&
                  !pe(me) &&
                  !u &&
                  typeof fetch == `function`
                  ? fetch(me, { credentials: `same-origin` }).then((t) =>
                      WebAssembly.instantiateStreaming(t, e).then(
                        r,
                        (e) => (
                          y(`wasm streaming compile failed: ` + e),
                          y(`falling back to ArrayBuffer instantiation`),
                          a(r)
                        ),
                      ),
                    )
                  : a(r);
              }
              if (n.instantiateWasm)
                try {
                  return n.instantiateWasm(e, t);
                } catch (e) {
                  y(`Module.instantiateWasm callback failed with error: ` + e), i(e);
                }
              return (o().catch(i), {});
            }
            function _e(e) {
              (this.name = `ExitStatus`),
                (this.message = `Program terminated with exit(` + e + `)`),
                (this.status = e);
            }
            function ve(e) {
              for (; e.length > 0; ) e.shift()(n);
            }
            function ye() {
              ue(``);
            }
            function be() {
              return 0xffff0000;
            }
            function xe() {
              return be();
            }
            function Se(e, t, n) {
              A.copyWithin(e >>> 0, t >>> 0, (t + n) >>> 0);
            }
            function Ce(e) {
              try {
                return (x.grow((e - O.byteLength + 65535) >>> 16), ee(x.buffer), 1);
              } catch {}
            }
            function we(e) {
              var t = A.length;
              e >>>= 0;
              var n = be();
              if (e > n) return !1;
              const r = (e, t) => e + ((t - (e % t)) % t);
              for (var i = 1; i <= 4; i *= 2) {
                var a = t * (1 + 0.2 / i);
                if (((a = Math.min(a, e + 0x6000000)), Ce(Math.min(n, r(Math.max(e, a), 65536)))))
                  return !0;
              }
              return !1;
            }
            var Te = {
              varargs: void 0,
              get: () => ((Te.varargs += 4), j[(Te.varargs - 4) >>> 2]),
              getStr: (e) => T(e),
            };
            function Ee(e) {
              return 52;
            }
            function De(e, t, n, r, i) {
              return 70;
            }
            var Oe = [null, [], []];
            function ke(e, t) {
              var n = Oe[e];
              t === 0 || t === 10 ? ((e === 1 ? v : y)(w(n, 0)), (n.length = 0)) : n.push(t);
            }
            function Ae(e, t, n, r) {
              for (var i = 0, a = 0; a < n; a++) {
                var o = M[t >>> 2],
                  s = M[(t + 4) >>> 2];
                t += 8;
                for (var c = 0; c < s; c++) ke(e, A[(o + c) >>> 0]);
                i += s;
              }
              return ((M[r >>> 2] = i), 0);
            }
            function je(e) {
              return n[`_` + e];
            }
            function Me(e, t) {
              k.set(e, t >>> 0);
            }
            function Ne(e, t, n, r, i) {
              var a = {
                string: (e) => {
                  var t = 0;
                  if (e != null && e !== 0) {
                    var n = (e.length << 2) + 1;
                    (t = xr(n)), D(e, t, n);
                  }
                  return t;
                },
                array: (e) => {
                  var t = xr(e.length);
                  return (Me(e, t), t);
                },
              };
              function o(e) {
                return t === `string` ? T(e) : t === `boolean` ? !!e : e;
              }
              var s = je(e),
                c = [],
                l = 0;
              if (r)
                for (var u = 0; u < r.length; u++) {
                  var d = a[n[u]];
                  d ? (l === 0 && (l = yr()), (c[u] = d(r[u]))) : (c[u] = r[u]);
                }
              var f = s.apply(null, c);
              function p(e) {
                return (l !== 0 && br(l), o(e));
              }
              return ((f = p(f)), f);
            }
            var Pe = {
              abort: ye,
              emscripten_get_heap_max: xe,
              emscripten_memcpy_big: Se,
              emscripten_resize_heap: we,
              fd_close: Ee,
              fd_seek: De,
              fd_write: Ae,
            };
            R();
            var Fe = (n.___wasm_call_ctors = function () {
                return (Fe = n.___wasm_call_ctors = n.asm.__wasm_call_ctors).apply(null, arguments);
              }),
              Ie = (n._init = function () {
                return (Ie = n._init = n.asm.init).apply(null, arguments);
              }),
              Le = (n._init_with_threads_count = function () {
                return (Le = n._init_with_threads_count = n.asm.init_with_threads_count).apply(
                  null,
                  arguments,
                );
              }),
              Re = (n._get_threads_count = function () {
                return (Re = n._get_threads_count = n.asm.get_threads_count).apply(null, arguments);
              }),
              ze = (n._register_tensor = function () {
                return (ze = n._register_tensor = n.asm.register_tensor).apply(null, arguments);
              }),
              Be = (n._dispose_data = function () {
                return (Be = n._dispose_data = n.asm.dispose_data).apply(null, arguments);
              }),
              Ve = (n._dispose = function () {
                return (Ve = n._dispose = n.asm.dispose).apply(null, arguments);
              }),
              He = (n._Abs = function () {
                return (He = n._Abs = n.asm.Abs).apply(null, arguments);
              }),
              Ue = (n._Acos = function () {
                return (Ue = n._Acos = n.asm.Acos).apply(null, arguments);
              }),
              We = (n._Acosh = function () {
                return (We = n._Acosh = n.asm.Acosh).apply(null, arguments);
              }),
              Ge = (n._Add = function () {
                return (Ge = n._Add = n.asm.Add).apply(null, arguments);
              }),
              z = (n._AddN = function () {
                return (z = n._AddN = n.asm.AddN).apply(null, arguments);
              }),
              Ke = (n._All = function () {
                return (Ke = n._All = n.asm.All).apply(null, arguments);
              }),
              qe = (n._Any = function () {
                return (qe = n._Any = n.asm.Any).apply(null, arguments);
              }),
              Je = (n._ArgMax = function () {
                return (Je = n._ArgMax = n.asm.ArgMax).apply(null, arguments);
              }),
              Ye = (n._ArgMin = function () {
                return (Ye = n._ArgMin = n.asm.ArgMin).apply(null, arguments);
              }),
              Xe = (n._Asin = function () {
                return (Xe = n._Asin = n.asm.Asin).apply(null, arguments);
              }),
              Ze = (n._Asinh = function () {
                return (Ze = n._Asinh = n.asm.Asinh).apply(null, arguments);
              }),
              Qe = (n._Atan = function () {
                return (Qe = n._Atan = n.asm.Atan).apply(null, arguments);
              }),
              $e = (n._Atan2 = function () {
                return ($e = n._Atan2 = n.asm.Atan2).apply(null, arguments);
              }),
              et = (n._Atanh = function () {
                return (et = n._Atanh = n.asm.Atanh).apply(null, arguments);
              }),
              tt = (n._AvgPool = function () {
                return (tt = n._AvgPool = n.asm.AvgPool).apply(null, arguments);
              }),
              nt = (n._AvgPool3D = function () {
                return (nt = n._AvgPool3D = n.asm.AvgPool3D).apply(null, arguments);
              }),
              rt = (n._AvgPool3DGrad = function () {
                return (rt = n._AvgPool3DGrad = n.asm.AvgPool3DGrad).apply(null, arguments);
              }),
              it = (n._AvgPoolGrad = function () {
                return (it = n._AvgPoolGrad = n.asm.AvgPoolGrad).apply(null, arguments);
              }),
              at = (n._BatchMatMul = function () {
                return (at = n._BatchMatMul = n.asm.BatchMatMul).apply(null, arguments);
              }),
              ot = (n._Bincount = function () {
                return (ot = n._Bincount = n.asm.Bincount).apply(null, arguments);
              }),
              st = (n._BitwiseAnd = function () {
                return (st = n._BitwiseAnd = n.asm.BitwiseAnd).apply(null, arguments);
              }),
              ct = (n._Ceil = function () {
                return (ct = n._Ceil = n.asm.Ceil).apply(null, arguments);
              }),
              lt = (n._ClipByValue = function () {
                return (lt = n._ClipByValue = n.asm.ClipByValue).apply(null, arguments);
              }),
              ut = (n._Conv2D = function () {
                return (ut = n._Conv2D = n.asm.Conv2D).apply(null, arguments);
              }),
              dt = (n._Conv2DBackpropInput = function () {
                return (dt = n._Conv2DBackpropInput = n.asm.Conv2DBackpropInput).apply(
                  null,
                  arguments,
                );
              }),
              ft = (n._Conv3D = function () {
                return (ft = n._Conv3D = n.asm.Conv3D).apply(null, arguments);
              }),
              pt = (n._Conv3DBackpropFilterV2 = function () {
                return (pt = n._Conv3DBackpropFilterV2 = n.asm.Conv3DBackpropFilterV2).apply(
                  null,
                  arguments,
                );
              }),
              mt = (n._Conv3DBackpropInputV2 = function () {
                return (mt = n._Conv3DBackpropInputV2 = n.asm.Conv3DBackpropInputV2).apply(
                  null,
                  arguments,
                );
              }),
              ht = (n._Cos = function () {
                return (ht = n._Cos = n.asm.Cos).apply(null, arguments);
              }),
              gt = (n._Cosh = function () {
                return (gt = n._Cosh = n.asm.Cosh).apply(null, arguments);
              }),
              _t = (n._CropAndResize = function () {
                return (_t = n._CropAndResize = n.asm.CropAndResize).apply(null, arguments);
              }),
              vt = (n._Cumprod = function () {
                return (vt = n._Cumprod = n.asm.Cumprod).apply(null, arguments);
              }),
              yt = (n._Cumsum = function () {
                return (yt = n._Cumsum = n.asm.Cumsum).apply(null, arguments);
              }),
              bt = (n._DenseBincount = function () {
                return (bt = n._DenseBincount = n.asm.DenseBincount).apply(null, arguments);
              }),
              xt = (n._DepthToSpace = function () {
                return (xt = n._DepthToSpace = n.asm.DepthToSpace).apply(null, arguments);
              }),
              St = (n._DepthwiseConv2dNative = function () {
                return (St = n._DepthwiseConv2dNative = n.asm.DepthwiseConv2dNative).apply(
                  null,
                  arguments,
                );
              }),
              Ct = (n._Diag = function () {
                return (Ct = n._Diag = n.asm.Diag).apply(null, arguments);
              }),
              wt = (n._Dilation2D = function () {
                return (wt = n._Dilation2D = n.asm.Dilation2D).apply(null, arguments);
              }),
              Tt = (n._Dilation2DBackpropFilter = function () {
                return (Tt = n._Dilation2DBackpropFilter = n.asm.Dilation2DBackpropFilter).apply(
                  null,
                  arguments,
                );
              }),
              Et = (n._Dilation2DBackpropInput = function () {
                return (Et = n._Dilation2DBackpropInput = n.asm.Dilation2DBackpropInput).apply(
                  null,
                  arguments,
                );
              }),
              Dt = (n._Elu = function () {
                return (Dt = n._Elu = n.asm.Elu).apply(null, arguments);
              }),
              Ot = (n._EluGrad = function () {
                return (Ot = n._EluGrad = n.asm.EluGrad).apply(null, arguments);
              }),
              kt = (n._Equal = function () {
                return (kt = n._Equal = n.asm.Equal).apply(null, arguments);
              }),
              At = (n._Erf = function () {
                return (At = n._Erf = n.asm.Erf).apply(null, arguments);
              }),
              jt = (n._Exp = function () {
                return (jt = n._Exp = n.asm.Exp).apply(null, arguments);
              }),
              Mt = (n._Expm1 = function () {
                return (Mt = n._Expm1 = n.asm.Expm1).apply(null, arguments);
              }),
              Nt = (n._FlipLeftRight = function () {
                return (Nt = n._FlipLeftRight = n.asm.FlipLeftRight).apply(null, arguments);
              }),
              Pt = (n._Floor = function () {
                return (Pt = n._Floor = n.asm.Floor).apply(null, arguments);
              }),
              Ft = (n._FloorDiv = function () {
                return (Ft = n._FloorDiv = n.asm.FloorDiv).apply(null, arguments);
              }),
              It = (n._FusedBatchNorm = function () {
                return (It = n._FusedBatchNorm = n.asm.FusedBatchNorm).apply(null, arguments);
              }),
              Lt = (n._FusedConv2D = function () {
                return (Lt = n._FusedConv2D = n.asm.FusedConv2D).apply(null, arguments);
              }),
              Rt = (n._FusedDepthwiseConv2D = function () {
                return (Rt = n._FusedDepthwiseConv2D = n.asm.FusedDepthwiseConv2D).apply(
                  null,
                  arguments,
                );
              }),
              zt = (n._Gather = function () {
                return (zt = n._Gather = n.asm.Gather).apply(null, arguments);
              }),
              Bt = (n._GatherNd = function () {
                return (Bt = n._GatherNd = n.asm.GatherNd).apply(null, arguments);
              }),
              Vt = (n._Greater = function () {
                return (Vt = n._Greater = n.asm.Greater).apply(null, arguments);
              }),
              Ht = (n._GreaterEqual = function () {
                return (Ht = n._GreaterEqual = n.asm.GreaterEqual).apply(null, arguments);
              }),
              Ut = (n._IsFinite = function () {
                return (Ut = n._IsFinite = n.asm.IsFinite).apply(null, arguments);
              }),
              Wt = (n._IsInf = function () {
                return (Wt = n._IsInf = n.asm.IsInf).apply(null, arguments);
              }),
              Gt = (n._IsNan = function () {
                return (Gt = n._IsNan = n.asm.IsNan).apply(null, arguments);
              }),
              Kt = (n._LRN = function () {
                return (Kt = n._LRN = n.asm.LRN).apply(null, arguments);
              }),
              qt = (n._LRNGrad = function () {
                return (qt = n._LRNGrad = n.asm.LRNGrad).apply(null, arguments);
              }),
              Jt = (n._LeakyRelu = function () {
                return (Jt = n._LeakyRelu = n.asm.LeakyRelu).apply(null, arguments);
              }),
              Yt = (n._Less = function () {
                return (Yt = n._Less = n.asm.Less).apply(null, arguments);
              }),
              Xt = (n._LessEqual = function () {
                return (Xt = n._LessEqual = n.asm.LessEqual).apply(null, arguments);
              }),
              Zt = (n._LinSpace = function () {
                return (Zt = n._LinSpace = n.asm.LinSpace).apply(null, arguments);
              }),
              Qt = (n._Log = function () {
                return (Qt = n._Log = n.asm.Log).apply(null, arguments);
              }),
              $t = (n._Log1p = function () {
                return ($t = n._Log1p = n.asm.Log1p).apply(null, arguments);
              }),
              en = (n._LogicalAnd = function () {
                return (en = n._LogicalAnd = n.asm.LogicalAnd).apply(null, arguments);
              }),
              tn = (n._LogicalNot = function () {
                return (tn = n._LogicalNot = n.asm.LogicalNot).apply(null, arguments);
              }),
              nn = (n._LogicalOr = function () {
                return (nn = n._LogicalOr = n.asm.LogicalOr).apply(null, arguments);
              }),
              rn = (n._LogicalXor = function () {
                return (rn = n._LogicalXor = n.asm.LogicalXor).apply(null, arguments);
              }),
              an = (n._Max = function () {
                return (an = n._Max = n.asm.Max).apply(null, arguments);
              }),
              on = (n._MaxPool = function () {
                return (on = n._MaxPool = n.asm.MaxPool).apply(null, arguments);
              }),
              sn = (n._MaxPool3D = function () {
                return (sn = n._MaxPool3D = n.asm.MaxPool3D).apply(null, arguments);
              }),
              cn = (n._MaxPool3DGrad = function () {
                return (cn = n._MaxPool3DGrad = n.asm.MaxPool3DGrad).apply(null, arguments);
              }),
              ln = (n._MaxPoolGrad = function () {
                return (ln = n._MaxPoolGrad = n.asm.MaxPoolGrad).apply(null, arguments);
              }),
              un = (n._MaxPoolWithArgmax = function () {
                return (un = n._MaxPoolWithArgmax = n.asm.MaxPoolWithArgmax).apply(null, arguments);
              }),
              dn = (n._Maximum = function () {
                return (dn = n._Maximum = n.asm.Maximum).apply(null, arguments);
              }),
              fn = (n._Mean = function () {
                return (fn = n._Mean = n.asm.Mean).apply(null, arguments);
              }),
              pn = (n._Min = function () {
                return (pn = n._Min = n.asm.Min).apply(null, arguments);
              }),
              mn = (n._Minimum = function () {
                return (mn = n._Minimum = n.asm.Minimum).apply(null, arguments);
              }),
              hn = (n._MirrorPad = function () {
                return (hn = n._MirrorPad = n.asm.MirrorPad).apply(null, arguments);
              }),
              gn = (n._Mod = function () {
                return (gn = n._Mod = n.asm.Mod).apply(null, arguments);
              }),
              _n = (n._Multinomial = function () {
                return (_n = n._Multinomial = n.asm.Multinomial).apply(null, arguments);
              }),
              vn = (n._Multiply = function () {
                return (vn = n._Multiply = n.asm.Multiply).apply(null, arguments);
              }),
              yn = (n._Neg = function () {
                return (yn = n._Neg = n.asm.Neg).apply(null, arguments);
              }),
              bn = (n._NonMaxSuppressionV3 = function () {
                return (bn = n._NonMaxSuppressionV3 = n.asm.NonMaxSuppressionV3).apply(
                  null,
                  arguments,
                );
              }),
              xn = (n._NonMaxSuppressionV4 = function () {
                return (xn = n._NonMaxSuppressionV4 = n.asm.NonMaxSuppressionV4).apply(
                  null,
                  arguments,
                );
              }),
              Sn = (n._NonMaxSuppressionV5 = function () {
                return (Sn = n._NonMaxSuppressionV5 = n.asm.NonMaxSuppressionV5).apply(
                  null,
                  arguments,
                );
              }),
              Cn = (n._NotEqual = function () {
                return (Cn = n._NotEqual = n.asm.NotEqual).apply(null, arguments);
              }),
              wn = (n._OneHot = function () {
                return (wn = n._OneHot = n.asm.OneHot).apply(null, arguments);
              }),
              Tn = (n._PadV2 = function () {
                return (Tn = n._PadV2 = n.asm.PadV2).apply(null, arguments);
              }),
              En = (n._Pow = function () {
                return (En = n._Pow = n.asm.Pow).apply(null, arguments);
              }),
              Dn = (n._Prelu = function () {
                return (Dn = n._Prelu = n.asm.Prelu).apply(null, arguments);
              }),
              On = (n._Prod = function () {
                return (On = n._Prod = n.asm.Prod).apply(null, arguments);
              }),
              kn = (n._RealDiv = function () {
                return (kn = n._RealDiv = n.asm.RealDiv).apply(null, arguments);
              }),
              An = (n._Reciprocal = function () {
                return (An = n._Reciprocal = n.asm.Reciprocal).apply(null, arguments);
              }),
              jn = (n._Relu = function () {
                return (jn = n._Relu = n.asm.Relu).apply(null, arguments);
              }),
              Mn = (n._Relu6 = function () {
                return (Mn = n._Relu6 = n.asm.Relu6).apply(null, arguments);
              }),
              Nn = (n._ResizeBilinear = function () {
                return (Nn = n._ResizeBilinear = n.asm.ResizeBilinear).apply(null, arguments);
              }),
              Pn = (n._ResizeBilinearGrad = function () {
                return (Pn = n._ResizeBilinearGrad = n.asm.ResizeBilinearGrad).apply(
                  null,
                  arguments,
                );
              }),
              Fn = (n._ResizeNearestNeighbor = function () {
                return (Fn = n._ResizeNearestNeighbor = n.asm.ResizeNearestNeighbor).apply(
                  null,
                  arguments,
                );
              }),
              In = (n._ResizeNearestNeighborGrad = function () {
                return (In = n._ResizeNearestNeighborGrad = n.asm.ResizeNearestNeighborGrad).apply(
                  null,
                  arguments,
                );
              }),
              Ln = (n._Reverse = function () {
                return (Ln = n._Reverse = n.asm.Reverse).apply(null, arguments);
              }),
              Rn = (n._RotateWithOffset = function () {
                return (Rn = n._RotateWithOffset = n.asm.RotateWithOffset).apply(null, arguments);
              }),
              zn = (n._Round = function () {
                return (zn = n._Round = n.asm.Round).apply(null, arguments);
              }),
              Bn = (n._Rsqrt = function () {
                return (Bn = n._Rsqrt = n.asm.Rsqrt).apply(null, arguments);
              }),
              Vn = (n._ScatterNd = function () {
                return (Vn = n._ScatterNd = n.asm.ScatterNd).apply(null, arguments);
              }),
              Hn = (n._SearchSorted = function () {
                return (Hn = n._SearchSorted = n.asm.SearchSorted).apply(null, arguments);
              }),
              Un = (n._SelectV2 = function () {
                return (Un = n._SelectV2 = n.asm.SelectV2).apply(null, arguments);
              }),
              Wn = (n._Selu = function () {
                return (Wn = n._Selu = n.asm.Selu).apply(null, arguments);
              }),
              Gn = (n._Sigmoid = function () {
                return (Gn = n._Sigmoid = n.asm.Sigmoid).apply(null, arguments);
              }),
              Kn = (n._Sign = function () {
                return (Kn = n._Sign = n.asm.Sign).apply(null, arguments);
              }),
              qn = (n._Sin = function () {
                return (qn = n._Sin = n.asm.Sin).apply(null, arguments);
              }),
              Jn = (n._Sinh = function () {
                return (Jn = n._Sinh = n.asm.Sinh).apply(null, arguments);
              }),
              Yn = (n._Softmax = function () {
                return (Yn = n._Softmax = n.asm.Softmax).apply(null, arguments);
              }),
              Xn = (n._Softplus = function () {
                return (Xn = n._Softplus = n.asm.Softplus).apply(null, arguments);
              }),
              Zn = (n._SparseFillEmptyRows = function () {
                return (Zn = n._SparseFillEmptyRows = n.asm.SparseFillEmptyRows).apply(
                  null,
                  arguments,
                );
              }),
              Qn = (n._SparseReshape = function () {
                return (Qn = n._SparseReshape = n.asm.SparseReshape).apply(null, arguments);
              }),
              $n = (n._SparseSegmentReduction = function () {
                return ($n = n._SparseSegmentReduction = n.asm.SparseSegmentReduction).apply(
                  null,
                  arguments,
                );
              }),
              er = (n._SparseToDense = function () {
                return (er = n._SparseToDense = n.asm.SparseToDense).apply(null, arguments);
              }),
              tr = (n._Sqrt = function () {
                return (tr = n._Sqrt = n.asm.Sqrt).apply(null, arguments);
              }),
              nr = (n._Square = function () {
                return (nr = n._Square = n.asm.Square).apply(null, arguments);
              }),
              rr = (n._SquaredDifference = function () {
                return (rr = n._SquaredDifference = n.asm.SquaredDifference).apply(null, arguments);
              }),
              ir = (n._Step = function () {
                return (ir = n._Step = n.asm.Step).apply(null, arguments);
              }),
              ar = (n._StridedSlice = function () {
                return (ar = n._StridedSlice = n.asm.StridedSlice).apply(null, arguments);
              }),
              or = (n._Sub = function () {
                return (or = n._Sub = n.asm.Sub).apply(null, arguments);
              }),
              sr = (n._Sum = function () {
                return (sr = n._Sum = n.asm.Sum).apply(null, arguments);
              }),
              cr = (n._Tan = function () {
                return (cr = n._Tan = n.asm.Tan).apply(null, arguments);
              }),
              lr = (n._Tanh = function () {
                return (lr = n._Tanh = n.asm.Tanh).apply(null, arguments);
              }),
              ur = (n._TensorScatterUpdate = function () {
                return (ur = n._TensorScatterUpdate = n.asm.TensorScatterUpdate).apply(
                  null,
                  arguments,
                );
              }),
              dr = (n._Tile = function () {
                return (dr = n._Tile = n.asm.Tile).apply(null, arguments);
              }),
              fr = (n._TopK = function () {
                return (fr = n._TopK = n.asm.TopK).apply(null, arguments);
              }),
              pr = (n._Transform = function () {
                return (pr = n._Transform = n.asm.Transform).apply(null, arguments);
              }),
              mr = (n._Transpose = function () {
                return (mr = n._Transpose = n.asm.Transpose).apply(null, arguments);
              }),
              hr = (n.__FusedMatMul = function () {
                return (hr = n.__FusedMatMul = n.asm._FusedMatMul).apply(null, arguments);
              }),
              gr = (n._malloc = function () {
                return (gr = n._malloc = n.asm.malloc).apply(null, arguments);
              }),
              _r = (n._free = function () {
                return (_r = n._free = n.asm.free).apply(null, arguments);
              }),
              vr = (n.___errno_location = function () {
                return (vr = n.___errno_location = n.asm.__errno_location).apply(null, arguments);
              }),
              yr = (n.stackSave = function () {
                return (yr = n.stackSave = n.asm.stackSave).apply(null, arguments);
              }),
              br = (n.stackRestore = function () {
                return (br = n.stackRestore = n.asm.stackRestore).apply(null, arguments);
              }),
              xr = (n.stackAlloc = function () {
                return (xr = n.stackAlloc = n.asm.stackAlloc).apply(null, arguments);
              }),
              Sr = (n.dynCall_iijjiiii = function () {
                return (Sr = n.dynCall_iijjiiii = n.asm.dynCall_iijjiiii).apply(null, arguments);
              }),
              Cr = (n.dynCall_jiji = function () {
                return (Cr = n.dynCall_jiji = n.asm.dynCall_jiji).apply(null, arguments);
              });
            n.cwrap = (e, t, n, r) => {
              n ||= [];
              var i = n.every((e) => e === `number` || e === `boolean`);
              return t !== `string` && i && !r
                ? je(e)
                : function () {
                    return Ne(e, t, n, arguments, r);
                  };
            };
            var wr;
            se = function e() {
              wr || Tr(), wr || (se = e);
            };
            function Tr(e) {
              if (((e ||= s), I > 0 || (re(), I > 0))) return;
              function t() {
                wr ||
                  ((wr = !0),
                  (n.calledRun = !0),
                  S || (ie(), r(n), n.onRuntimeInitialized && n.onRuntimeInitialized(), P()));
              }
              n.setStatus
                ? (n.setStatus(`Running...`),
                  setTimeout(() => {
                    setTimeout(() => {
                      n.setStatus(``);
                    }, 1),
                      t();
                  }, 1))
                : t();
            }
            if (n.preInit)
              for (
                typeof n.preInit == `function` && (n.preInit = [n.preInit]);
                n.preInit.length > 0;
              )
                n.preInit.pop()();
            Tr();
            var Er;
            a &&
              (Er = {
                uncaughtException: process
                  .listeners(`uncaughtException`)
                  .filter((e) => !a.uncaughtException.indexOf(e) > -1),
                unhandledRejection: process
                  .listeners(`unhandledRejection`)
                  .filter((e) => !a.unhandledRejection.indexOf(e) > -1),
              });
            var Dr;
            if (t !== void 0) Dr = t;
            else if (typeof WasmBackendModuleThreadedSimd < `u`) Dr = WasmBackendModuleThreadedSimd;
            else throw Error(`Could not find wasm module in post.js`);
            if (Er) {
              var Or = Dr._dispose;
              Dr._dispose = () => {
                Or(),
                  Er.uncaughtException.forEach((e) => {
                    process.removeListener(`uncaughtException`, e);
                  }),
                  Er.unhandledRejection.forEach((e) => {
                    process.removeListener(`unhandledRejection`, e);
                  });
              };
            }
            return t.ready;
          }
        );
      })();
    typeof e == `object` && typeof t == `object`
      ? (t.exports = r)
      : typeof n == `function` && n.amd
        ? n([], () => r)
        : typeof e == `object` && (e.WasmBackendModule = r);
  }),
  rD = c(eD()),
  iD = tD(),
  aD = c(nD()),
  oD = rD.default || rD,
  sD = aD.default || aD,
  cD = class extends m {
    constructor(e) {
      super(),
        (this.wasm = e),
        (this.dataIdNextNumber = 1),
        this.wasm.tfjs.initWithThreadsCount(bD),
        (xD = this.wasm.tfjs.getThreadsCount()),
        (this.dataIdMap = new p(this, Xi()));
    }
    write(e, t, n) {
      const r = { id: this.dataIdNextNumber++ };
      return (this.move(r, e, t, n, 1), r);
    }
    numDataIds() {
      return this.dataIdMap.numDataIds();
    }
    async time(e) {
      const t = Wr();
      return (e(), { kernelMs: Wr() - t });
    }
    move(e, t, n, r, i) {
      const a = this.dataIdNextNumber++;
      if (r === `string`) {
        const o = t;
        this.dataIdMap.set(e, {
          id: a,
          stringBytes: o,
          shape: n,
          dtype: r,
          memoryOffset: null,
          refCount: i,
        });
        return;
      }
      const o = x(n),
        s = o * M(r),
        c = this.wasm._malloc(s) >>> 0;
      this.dataIdMap.set(e, { id: a, memoryOffset: c, shape: n, dtype: r, refCount: i }),
        this.wasm.tfjs.registerTensor(a, o, c),
        t != null && this.wasm.HEAPU8.set(new Uint8Array(t.buffer, t.byteOffset, s), c);
    }
    async read(e) {
      return this.readSync(e);
    }
    readSync(e, t, n) {
      const { memoryOffset: r, dtype: i, shape: a, stringBytes: o } = this.dataIdMap.get(e);
      if (i === `string`)
        return (t == null || t === 0) && (n == null || n >= o.length) ? o : o.slice(t, n);
      (t ||= 0), (n ||= x(a));
      const s = M(i);
      return fD(this.wasm.HEAPU8.slice(r + t * s, r + n * s).buffer, i);
    }
    disposeData(e, t = !1) {
      if (this.dataIdMap.has(e)) {
        const n = this.dataIdMap.get(e);
        if ((n.refCount--, !t && n.refCount > 0)) return !1;
        this.wasm._free(n.memoryOffset), this.wasm.tfjs.disposeData(n.id), this.dataIdMap.delete(e);
      }
      return !0;
    }
    refCount(e) {
      return this.dataIdMap.has(e) ? this.dataIdMap.get(e).refCount : 0;
    }
    incRef(e) {
      const t = this.dataIdMap.get(e);
      t != null && t.refCount++;
    }
    floatPrecision() {
      return 32;
    }
    getMemoryOffset(e) {
      return this.dataIdMap.get(e).memoryOffset;
    }
    dispose() {
      this.wasm.tfjs.dispose(),
        `PThread` in this.wasm && this.wasm.PThread.terminateAllThreads(),
        (this.wasm = null);
    }
    memory() {
      return { unreliable: !1 };
    }
    makeOutput(e, t, n, r) {
      let i;
      if (n == null) i = this.write(r ?? null, e, t);
      else {
        const r = this.dataIdNextNumber++;
        (i = { id: r }),
          this.dataIdMap.set(i, { id: r, memoryOffset: n, shape: e, dtype: t, refCount: 1 });
        const a = x(e);
        this.wasm.tfjs.registerTensor(r, a, n);
      }
      return { dataId: i, shape: e, dtype: t };
    }
    typedArrayFromHeap({ shape: e, dtype: t, dataId: n }) {
      const r = this.wasm.HEAPU8.buffer,
        { memoryOffset: i } = this.dataIdMap.get(n),
        a = x(e);
      switch (t) {
        case `float32`:
          return new Float32Array(r, i, a);
        case `int32`:
          return new Int32Array(r, i, a);
        case `bool`:
          return new Uint8Array(r, i, a);
        default:
          throw Error(`Unknown dtype ${t}`);
      }
    }
  };
function lD(e) {
  return (t, n) => (
    Gr(e, { credentials: `same-origin` }).then((r) => {
      r.ok || t.env.a(`failed to load wasm binary file at '${e}'`),
        r.arrayBuffer().then((e) => {
          WebAssembly.instantiate(e, t).then((e) => {
            n(e.instance, e.module);
          });
        });
    }),
    {}
  );
}
function uD(e, t, n) {
  if (mD != null) return mD;
  let r = `tfjs-backend-wasm.wasm`;
  return (
    e && t
      ? (r = `tfjs-backend-wasm-threaded-simd.wasm`)
      : e && (r = `tfjs-backend-wasm-simd.wasm`),
    gD != null && gD[r] != null ? gD[r] : n + r
  );
}
async function dD() {
  const [e, t] = await Promise.all([
    R().getAsync(`WASM_HAS_SIMD_SUPPORT`),
    R().getAsync(`WASM_HAS_MULTITHREAD_SUPPORT`),
  ]);
  return new Promise((n, r) => {
    const i = {};
    (i.locateFile = (n, r) => {
      if (n.endsWith(`.worker.js`)) {
        const e = iD.wasmWorkerContents.replace(/\n/g, `\\n`),
          t = new Blob([e], { type: `application/javascript` });
        return URL.createObjectURL(t);
      }
      return n.endsWith(`.wasm`) ? uD(e, t, hD ?? r) : r + n;
    }),
      vD && (i.instantiateWasm = lD(uD(e, t, hD ?? ``)));
    let a = !1;
    i.onAbort = () => {
      a ||
        _D ||
        ((_D = !0),
        r({
          message:
            'Make sure the server can serve the `.wasm` file relative to the bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers',
        }));
    };
    let o;
    t && e && mD == null
      ? ((i.mainScriptUrlOrBlob = new Blob(
          [`var WasmBackendModuleThreadedSimd = ` + oD.toString()],
          { type: `text/javascript` },
        )),
        (o = oD(i)))
      : (o = sD(i)),
      o
        .then((e) => {
          (a = !0),
            (_D = !1),
            (e.tfjs = {
              init: e.cwrap(`init`, null, []),
              initWithThreadsCount: e.cwrap(`init_with_threads_count`, null, [`number`]),
              getThreadsCount: e.cwrap(`get_threads_count`, `number`, []),
              registerTensor: e.cwrap(`register_tensor`, null, [`number`, `number`, `number`]),
              disposeData: e.cwrap(`dispose_data`, null, [`number`]),
              dispose: e.cwrap(`dispose`, null, []),
            }),
            n({ wasm: e });
        })
        .catch(r);
  });
}
function fD(e, t) {
  switch (t) {
    case `float32`:
      return new Float32Array(e);
    case `int32`:
      return new Int32Array(e);
    case `bool`:
      return new Uint8Array(e);
    default:
      throw Error(`Unknown dtype ${t}`);
  }
}
var pD = [
    `tfjs-backend-wasm.wasm`,
    `tfjs-backend-wasm-simd.wasm`,
    `tfjs-backend-wasm-threaded-simd.wasm`,
  ],
  mD = null,
  hD = null,
  gD = {},
  _D = !1,
  vD = !1;
function yD(e, t = !1) {
  if (_D)
    throw Error(
      'The WASM backend was already initialized. Make sure you call `setWasmPaths()` before you call `tf.setBackend()` or `tf.ready()`',
    );
  if (typeof e == `string`) hD = e;
  else {
    gD = e;
    const t = pD.filter((e) => gD[e] == null);
    if (t.length > 0)
      throw Error(
        `There were no entries found for the following binaries: ${t.join(`,`)}. Please either call setWasmPaths with a map providing a path for each binary, or with a string indicating the directory where all the binaries can be found.`,
      );
  }
  vD = t;
}
var bD = -1,
  xD = -1;
na(
  `wasm`,
  async () => {
    const { wasm: e } = await dD();
    return new cD(e);
  },
  2,
),
  yD(new URL(`./`, document.baseURI).href);
async function SD() {
  const e = await bu({
      env: { MHA_BACKEND: new URLSearchParams(location.search).get(`backend`) ?? `` },
    }),
    t = md({ dModel: 64, numHeads: 8, seed: 1 }),
    n = od([2, 10, 64], 2),
    r = pd(10),
    { output: i, weights: a } = Nd(t, n, n, n, { numHeads: 8, mask: r }),
    o = await df({
      task: { vocabSize: 6, minLen: 2, maxLen: 5 },
      model: { dModel: 16, numHeads: 2, dFF: 32, numLayers: 1 },
      steps: 5,
      batchSize: 8,
      learningRate: 0.01,
      seed: 1,
    }),
    s = {
      backend: e.name,
      outputShape: i.shape,
      weightsShape: a.shape,
      output: Array.from(i.dataSync()),
      weights: Array.from(a.dataSync()),
      losses: o.losses,
    };
  return (Zi([i, a, n, r, ...Object.values(t), ...o.variables]), s);
}
var CD = document.getElementById(`status`),
  wD = document.getElementById(`result`);
SD().then(
  (e) => {
    (CD.textContent = `done on ${e.backend}: losses ${e.losses.map((e) => e.toFixed(4)).join(`, `)}`),
      (wD.textContent = JSON.stringify(e));
  },
  (e) => {
    (CD.textContent = `failed: ${e instanceof Error ? e.message : String(e)}`),
      (wD.textContent = JSON.stringify({ error: String(e?.stack ?? e) }));
  },
);
