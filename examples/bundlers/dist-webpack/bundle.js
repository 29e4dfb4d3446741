/*! For license information please see bundle.js.LICENSE.txt */
var e = {
  417(e, t, n) {
    var a,
      r =
        ((a =
          (a =
            'undefined' != typeof document && document.currentScript
              ? document.currentScript.src
              : void 0) || '/index.js'),
        (e) => {
          function t() {
            return (T.buffer != C && q(T.buffer), W);
          }
          function r() {
            return (T.buffer != C && q(T.buffer), O);
          }
          function s() {
            return (T.buffer != C && q(T.buffer), P);
          }
          function o() {
            return (T.buffer != C && q(T.buffer), B);
          }
          function i() {
            return (T.buffer != C && q(T.buffer), H);
          }
          var u,
            l,
            d,
            c = void 0 !== (e = e || {}) ? e : {};
          (c.ready = new Promise((e, t) => {
            (u = e), (l = t);
          })),
            'undefined' != typeof process &&
              process.listeners &&
              (d = {
                uncaughtException: process.listeners('uncaughtException'),
                unhandledRejection: process.listeners('unhandledRejection'),
              });
          var p,
            h,
            f,
            m = Object.assign({}, c),
            g = [],
            b = (e, t) => {
              throw t;
            },
            y = 'object' == typeof window,
            k = 'function' == typeof importScripts,
            w =
              'object' == typeof process &&
              'object' == typeof process.versions &&
              'string' == typeof process.versions.node,
            I = c.ENVIRONMENT_IS_PTHREAD || !1,
            v = '';
          function _(e) {
            return c.locateFile ? c.locateFile(e, v) : v + e;
          }
          if (w) {
            var x = n(893),
              M = n(281);
            let e;
            (v = k ? M.dirname(v) + '/' : '//'),
              (p = (e, t) => (
                (e = oe(e) ? new URL(e) : M.normalize(e)), x.readFileSync(e, t ? void 0 : 'utf8')
              )),
              (f = (e) => {
                var t = p(e, !0);
                return (t.buffer || (t = new Uint8Array(t)), t);
              }),
              (h = (e, t, n) => {
                (e = oe(e) ? new URL(e) : M.normalize(e)),
                  x.readFile(e, (e, a) => {
                    e ? n(e) : t(a.buffer);
                  });
              }),
              process.argv.length > 1 && process.argv[1].replace(/\\/g, '/'),
              (g = process.argv.slice(2)),
              process.on('uncaughtException', (e) => {
                if (!(e instanceof le)) throw e;
              }),
              process.on('unhandledRejection', (e) => {
                throw e;
              }),
              (b = (e, t) => {
                if (Q()) throw ((process.exitCode = e), t);
                var n;
                (n = t) instanceof le || E('exiting due to exception: ' + n), process.exit(e);
              }),
              (c.inspect = () => '[Emscripten Module object]');
            try {
              e = n(556);
            } catch (e) {
              throw (
                console.error(
                  'The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?',
                ),
                e
              );
            }
            n.g.Worker = e.Worker;
          } else
            (y || k) &&
              (k
                ? (v = self.location.href)
                : 'undefined' != typeof document &&
                  document.currentScript &&
                  (v = document.currentScript.src),
              void 0 !== a && a && (v = a),
              (v =
                0 !== v.indexOf('blob:')
                  ? v.substr(0, v.replace(/[?#].*/, '').lastIndexOf('/') + 1)
                  : ''),
              w ||
                ((p = (e) => {
                  var t = new XMLHttpRequest();
                  return (t.open('GET', e, !1), t.send(null), t.responseText);
                }),
                k &&
                  (f = (e) => {
                    var t = new XMLHttpRequest();
                    return (
                      t.open('GET', e, !1),
                      (t.responseType = 'arraybuffer'),
                      t.send(null),
                      new Uint8Array(t.response)
                    );
                  }),
                (h = (e, t, n) => {
                  var a = new XMLHttpRequest();
                  a.open('GET', e, !0),
                    (a.responseType = 'arraybuffer'),
                    (a.onload = () => {
                      200 == a.status || (0 == a.status && a.response) ? t(a.response) : n();
                    }),
                    (a.onerror = n),
                    a.send(null);
                })));
          w && 'undefined' == typeof performance && (n.g.performance = n(244).performance);
          var S = console.log.bind(console),
            N = console.warn.bind(console);
          w && ((S = (e) => x.writeSync(1, e + '\n')), (N = (e) => x.writeSync(2, e + '\n')));
          var A,
            F = c.print || S,
            E = c.printErr || N;
          Object.assign(c, m),
            (m = null),
            c.arguments && (g = c.arguments),
            c.thisProgram && c.thisProgram,
            c.quit && (b = c.quit),
            Atomics.load,
            Atomics.store,
            Atomics.compareExchange,
            c.wasmBinary && (A = c.wasmBinary);
          var T,
            D,
            $ = c.noExitRuntime || !0;
          'object' != typeof WebAssembly && re('no native wasm support detected');
          var R,
            C,
            W,
            O,
            P,
            B,
            H,
            L = !1,
            z = 'undefined' != typeof TextDecoder ? new TextDecoder('utf8') : void 0;
          function U(e, t, n) {
            for (var a = (t >>>= 0) + n, r = t; e[r] && !(r >= a); ) ++r;
            if (r - t > 16 && e.buffer && z)
              return z.decode(
                e.buffer instanceof SharedArrayBuffer ? e.slice(t, r) : e.subarray(t, r),
              );
            for (var s = ''; t < r; ) {
              var o = e[t++];
              if (128 & o) {
                var i = 63 & e[t++];
                if (192 != (224 & o)) {
                  var u = 63 & e[t++];
                  if (
                    (o =
                      224 == (240 & o)
                        ? ((15 & o) << 12) | (i << 6) | u
                        : ((7 & o) << 18) | (i << 12) | (u << 6) | (63 & e[t++])) < 65536
                  )
                    s += String.fromCharCode(o);
                  else {
                    var l = o - 65536;
                    s += String.fromCharCode(55296 | (l >> 10), 56320 | (1023 & l));
                  }
                } else s += String.fromCharCode(((31 & o) << 6) | i);
              } else s += String.fromCharCode(o);
            }
            return s;
          }
          function q(e) {
            (C = e),
              (c.HEAP8 = W = new Int8Array(e)),
              (c.HEAP16 = new Int16Array(e)),
              (c.HEAP32 = P = new Int32Array(e)),
              (c.HEAPU8 = O = new Uint8Array(e)),
              (c.HEAPU16 = new Uint16Array(e)),
              (c.HEAPU32 = B = new Uint32Array(e)),
              (c.HEAPF32 = new Float32Array(e)),
              (c.HEAPF64 = H = new Float64Array(e));
          }
          I && (C = c.buffer);
          var G,
            j = c.INITIAL_MEMORY || 16777216;
          if (I) (T = c.wasmMemory), (C = c.buffer);
          else if (c.wasmMemory) T = c.wasmMemory;
          else if (
            !(
              (T = new WebAssembly.Memory({ initial: j / 65536, maximum: 65536, shared: !0 }))
                .buffer instanceof SharedArrayBuffer
            )
          )
            throw (
              E(
                'requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag',
              ),
              w &&
                E(
                  '(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)',
                ),
              Error('bad memory')
            );
          T && (C = T.buffer), (j = C.byteLength), q(C);
          var V = [],
            K = [],
            J = [];
          function Q() {
            return $;
          }
          function Z() {
            I || me(K);
          }
          function X(e) {
            V.unshift(e);
          }
          function Y(e) {
            J.unshift(e);
          }
          var ee,
            te = 0,
            ne = null,
            ae = null;
          function re(e) {
            c.onAbort && c.onAbort(e),
              E((e = 'Aborted(' + e + ')')),
              (L = !0),
              (R = 1),
              (e += '. Build with -sASSERTIONS for more info.');
            var t = new WebAssembly.RuntimeError(e);
            throw (l(t), t);
          }
          function se(e) {
            return e.startsWith('data:application/octet-stream;base64,');
          }
          function oe(e) {
            return e.startsWith('file://');
          }
          function ie(e) {
            try {
              if (e == ee && A) return new Uint8Array(A);
              if (f) return f(e);
              throw 'both async and sync fetching of the wasm failed';
            } catch (e) {
              re(e);
            }
          }
          se((ee = 'tfjs-backend-wasm-threaded-simd.wasm')) || (ee = _(ee));
          var ue = {};
          function le(e) {
            (this.name = 'ExitStatus'),
              (this.message = 'Program terminated with exit(' + e + ')'),
              (this.status = e);
          }
          function de(e) {
            var t = fe.pthreads[e];
            t || re(void 0), fe.returnWorkerToPool(t);
          }
          function ce(e) {
            var t = fe.getNewWorker();
            if (!t) return 6;
            fe.runningWorkers.push(t),
              (fe.pthreads[e.pthread_ptr] = t),
              (t.pthread_ptr = e.pthread_ptr);
            var n = {
              cmd: 'run',
              start_routine: e.startRoutine,
              arg: e.arg,
              pthread_ptr: e.pthread_ptr,
            };
            return (
              (t.runPthread = () => {
                w && t.ref(), t.postMessage(n, e.transferList), delete t.runPthread;
              }),
              t.loaded && t.runPthread(),
              0
            );
          }
          function pe(e) {
            if (I) return _e(1, 1, e);
            (R = e),
              Q() || (fe.terminateAllThreads(), c.onExit && c.onExit(e), (L = !0)),
              b(e, new le(e));
          }
          var he = (e, t) => {
              if (((R = e), !t && I)) throw (ge(e), 'unwind');
              pe(e);
            },
            fe = {
              unusedWorkers: [],
              runningWorkers: [],
              tlsInitFunctions: [],
              pthreads: {},
              init: () => {
                I ? fe.initWorker() : fe.initMainThread();
              },
              initMainThread: () => {
                for (var e = 8; e--; ) fe.allocateUnusedWorker();
              },
              initWorker: () => {
                $ = !1;
              },
              setExitStatus: (e) => {
                R = e;
              },
              terminateAllThreads: () => {
                for (var e of Object.values(fe.pthreads)) fe.returnWorkerToPool(e);
                for (var e of fe.unusedWorkers) e.terminate();
                fe.unusedWorkers = [];
              },
              returnWorkerToPool: (e) => {
                var t = e.pthread_ptr;
                delete fe.pthreads[t],
                  fe.unusedWorkers.push(e),
                  fe.runningWorkers.splice(fe.runningWorkers.indexOf(e), 1),
                  (e.pthread_ptr = 0),
                  w && e.unref(),
                  ze(t);
              },
              receiveObjectTransfer: (e) => {},
              threadInitTLS: () => {
                fe.tlsInitFunctions.forEach((e) => e());
              },
              loadWasmModuleToWorker: (e, t) => {
                (e.onmessage = (n) => {
                  var a,
                    r = n.data,
                    s = r.cmd;
                  if (
                    (e.pthread_ptr && (fe.currentProxiedOperationCallerThread = e.pthread_ptr),
                    r.targetThread && r.targetThread != Pe())
                  ) {
                    var o = fe.pthreads[r.targetThread];
                    return (
                      o
                        ? o.postMessage(r, r.transferList)
                        : E(
                            'Internal error! Worker sent a message "' +
                              s +
                              '" to target pthread ' +
                              r.targetThread +
                              ', but that thread no longer exists!',
                          ),
                      void (fe.currentProxiedOperationCallerThread = void 0)
                    );
                  }
                  'processProxyingQueue' === s
                    ? Ie(r.queue)
                    : 'spawnThread' === s
                      ? ce(r)
                      : 'cleanupThread' === s
                        ? de(r.thread)
                        : 'killThread' === s
                          ? ((e) => {
                              var t = fe.pthreads[e];
                              delete fe.pthreads[e],
                                t.terminate(),
                                ze(e),
                                fe.runningWorkers.splice(fe.runningWorkers.indexOf(t), 1),
                                (t.pthread_ptr = 0);
                            })(r.thread)
                          : 'cancelThread' === s
                            ? ((a = r.thread), fe.pthreads[a].postMessage({ cmd: 'cancel' }))
                            : 'loaded' === s
                              ? ((e.loaded = !0),
                                w && e.unref(),
                                t && t(e),
                                e.runPthread && e.runPthread())
                              : 'print' === s
                                ? F('Thread ' + r.threadId + ': ' + r.text)
                                : 'printErr' === s
                                  ? E('Thread ' + r.threadId + ': ' + r.text)
                                  : 'alert' === s
                                    ? alert('Thread ' + r.threadId + ': ' + r.text)
                                    : 'setimmediate' === r.target
                                      ? e.postMessage(r)
                                      : 'callHandler' === s
                                        ? c[r.handler](...r.args)
                                        : s && E('worker sent an unknown command ' + s),
                    (fe.currentProxiedOperationCallerThread = void 0);
                }),
                  (e.onerror = (e) => {
                    throw (
                      E('worker sent an error! ' + e.filename + ':' + e.lineno + ': ' + e.message),
                      e
                    );
                  }),
                  w &&
                    (e.on('message', (t) => {
                      e.onmessage({ data: t });
                    }),
                    e.on('error', (t) => {
                      e.onerror(t);
                    }),
                    e.on('detachedExit', () => {}));
                var n = [];
                for (var r of ['onExit', 'onAbort', 'print', 'printErr'])
                  Object.hasOwn(c, r) && n.push(r);
                e.postMessage({
                  cmd: 'load',
                  handlers: n,
                  urlOrBlob: c.mainScriptUrlOrBlob || a,
                  wasmMemory: T,
                  wasmModule: D,
                });
              },
              allocateUnusedWorker: () => {
                var e,
                  t = _('tfjs-backend-wasm-threaded-simd.worker.js');
                (e = new Worker(t)), fe.unusedWorkers.push(e);
              },
              getNewWorker: () => (
                0 == fe.unusedWorkers.length &&
                  (fe.allocateUnusedWorker(), fe.loadWasmModuleToWorker(fe.unusedWorkers[0])),
                fe.unusedWorkers.pop()
              ),
            };
          function me(e) {
            for (; e.length > 0; ) e.shift()(c);
          }
          function ge(e) {
            if (I) return _e(2, 0, e);
            try {
              he(e);
            } catch (e) {
              !((e) => {
                if (e instanceof le || 'unwind' == e) return R;
                b(1, e);
              })(e);
            }
          }
          (c.PThread = fe),
            (c.establishStackSpace = () => {
              var e = Pe(),
                t = s()[(e + 52) >>> 2],
                n = s()[(e + 56) >>> 2];
              qe(t, t - n), je(t);
            });
          var be,
            ye = [];
          function ke(e, t, n, a) {
            return I ? _e(3, 1, e, t, n, a) : we(e, t, n, a);
          }
          function we(e, t, n, a) {
            if ('undefined' == typeof SharedArrayBuffer)
              return (
                E(
                  'Current environment does not support SharedArrayBuffer, pthreads are not available!',
                ),
                6
              );
            var r = [];
            if (I && 0 === r.length) return ke(e, t, n, a);
            var s = { startRoutine: n, pthread_ptr: e, arg: a, transferList: r };
            return I ? ((s.cmd = 'spawnThread'), postMessage(s, r), 0) : ce(s);
          }
          function Ie(e) {
            Atomics.store(s(), e >> 2, 1),
              Pe() && Le(e),
              Atomics.compareExchange(s(), e >> 2, 1, 0);
          }
          function ve(e) {
            ve.shown || (ve.shown = {}),
              ve.shown[e] || ((ve.shown[e] = 1), w && (e = 'warning: ' + e), E(e));
          }
          function _e(e, t) {
            var n = arguments.length - 2,
              a = arguments;
            return (() => {
              var r = Ge(),
                s = (() => {
                  for (var r = n, s = Ve(8 * r), o = s >> 3, u = 0; u < n; u++) {
                    var l = a[2 + u];
                    i()[(o + u) >>> 0] = l;
                  }
                  return He(e, r, s, t);
                })();
              return (je(r), s);
            })();
          }
          (c.invokeEntryPoint = (e, t) => {
            var n,
              a,
              r = ((a = ye[(n = e)]) ||
                (n >= ye.length && (ye.length = n + 1), (ye[n] = a = G.get(n))),
              a)(t);
            Q() ? fe.setExitStatus(r) : Ue(r);
          }),
            (c.executeNotifiedProxyingQueue = Ie),
            (be = w
              ? () => {
                  var e = process.hrtime();
                  return 1e3 * e[0] + e[1] / 1e6;
                }
              : () => performance.timeOrigin + performance.now());
          var xe = [];
          function Me(e) {
            try {
              return (T.grow((e - C.byteLength + 65535) >>> 16), q(T.buffer), 1);
            } catch (e) {}
          }
          function Se(e) {
            return I ? _e(4, 1, e) : 52;
          }
          function Ne(e, t, n, a, r) {
            return I ? _e(5, 1, e, t, n, a, r) : 70;
          }
          var Ae = [null, [], []];
          function Fe(e, t) {
            var n = Ae[e];
            0 === t || 10 === t ? ((1 === e ? F : E)(U(n, 0)), (n.length = 0)) : n.push(t);
          }
          function Ee(e, t, n, a) {
            if (I) return _e(6, 1, e, t, n, a);
            for (var s = 0, i = 0; i < n; i++) {
              var u = o()[t >>> 2],
                l = o()[(t + 4) >>> 2];
              t += 8;
              for (var d = 0; d < l; d++) Fe(e, r()[(u + d) >>> 0]);
              s += l;
            }
            return ((o()[a >>> 2] = s), 0);
          }
          function Te(e) {
            return c['_' + e];
          }
          function De(e, n, a, s, o) {
            var i = {
                string: (e) => {
                  var t = 0;
                  if (null != e && 0 !== e) {
                    var n = 1 + (e.length << 2);
                    !((e, t, n) => {
                      !((e, t, n, a) => {
                        if (!(a > 0)) return 0;
                        for (var r = (n >>>= 0) + a - 1, s = 0; s < e.length; ++s) {
                          var o = e.charCodeAt(s);
                          if (
                            (o >= 55296 &&
                              o <= 57343 &&
                              (o = (65536 + ((1023 & o) << 10)) | (1023 & e.charCodeAt(++s))),
                            o <= 127)
                          ) {
                            if (n >= r) break;
                            t[n++ >>> 0] = o;
                          } else if (o <= 2047) {
                            if (n + 1 >= r) break;
                            (t[n++ >>> 0] = 192 | (o >> 6)), (t[n++ >>> 0] = 128 | (63 & o));
                          } else if (o <= 65535) {
                            if (n + 2 >= r) break;
                            (t[n++ >>> 0] = 224 | (o >> 12)),
                              (t[n++ >>> 0] = 128 | ((o >> 6) & 63)),
                              (t[n++ >>> 0] = 128 | (63 & o));
                          } else {
                            if (n + 3 >= r) break;
                            (t[n++ >>> 0] = 240 | (o >> 18)),
                              (t[n++ >>> 0] = 128 | ((o >> 12) & 63)),
                              (t[n++ >>> 0] = 128 | ((o >> 6) & 63)),
                              (t[n++ >>> 0] = 128 | (63 & o));
                          }
                        }
                        t[n >>> 0] = 0;
                      })(e, r(), t, n);
                    })(e, (t = Ve(n)), n);
                  }
                  return t;
                },
                array: (e) => {
                  var n = Ve(e.length);
                  return (
                    ((e, n) => {
                      t().set(e, n >>> 0);
                    })(e, n),
                    n
                  );
                },
              },
              u = Te(e),
              l = [],
              d = 0;
            if (s)
              for (var c = 0; c < s.length; c++) {
                var p = i[a[c]];
                p ? (0 === d && (d = Ge()), (l[c] = p(s[c]))) : (l[c] = s[c]);
              }
            var h = u.apply(null, l);
            return ((e) => (
              0 !== d && je(d),
              ((e) =>
                'string' === n
                  ? ((t = e), (t >>>= 0) ? U(r(), t, a) : '')
                  : 'boolean' === n
                    ? Boolean(e)
                    : e)(e)
            ))(h);
          }
          fe.init();
          var $e,
            Re,
            Ce,
            We = [null, pe, ge, ke, Se, Ne, Ee],
            Oe = {
              __emscripten_init_main_thread_js: (e) => {
                Be(e, !k, 1, !y), fe.threadInitTLS();
              },
              __emscripten_thread_cleanup: (e) => {
                I ? postMessage({ cmd: 'cleanupThread', thread: e }) : de(e);
              },
              __pthread_create_js: we,
              _emscripten_default_pthread_stack_size: () => 65536,
              _emscripten_get_now_is_monotonic: () => !0,
              _emscripten_notify_task_queue: (e, t, n, a) => {
                if (e == t) setTimeout(() => Ie(a));
                else if (I) postMessage({ targetThread: e, cmd: 'processProxyingQueue', queue: a });
                else {
                  var r = fe.pthreads[e];
                  if (!r) return;
                  r.postMessage({ cmd: 'processProxyingQueue', queue: a });
                }
                return 1;
              },
              _emscripten_set_offscreencanvas_size: (e, t, n) => -1,
              abort: () => {
                re('');
              },
              emscripten_check_blocking_allowed: () => {
                w ||
                  k ||
                  ve(
                    'Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread',
                  );
              },
              emscripten_date_now: () => Date.now(),
              emscripten_get_heap_max: () => 4294901760,
              emscripten_get_now: be,
              emscripten_memcpy_big: (e, t, n) => {
                r().copyWithin(e >>> 0, t >>> 0, (t + n) >>> 0);
              },
              emscripten_num_logical_cores: () =>
                w ? n(74).cpus().length : navigator.hardwareConcurrency,
              emscripten_receive_on_main_thread_js: (e, t, n) => {
                xe.length = t;
                for (var a = n >> 3, r = 0; r < t; r++) xe[r] = i()[(a + r) >>> 0];
                return (e < 0 ? ue[-e - 1] : We[e]).apply(null, xe);
              },
              emscripten_resize_heap: (e) => {
                var t = r().length;
                if ((e >>>= 0) <= t) return !1;
                var n = 4294901760;
                if (e > n) return !1;
                const a = (e, t) => e + ((t - (e % t)) % t);
                for (var s = 1; s <= 4; s *= 2) {
                  var o = t * (1 + 0.2 / s);
                  if (((o = Math.min(o, e + 100663296)), Me(Math.min(n, a(Math.max(e, o), 65536)))))
                    return !0;
                }
                return !1;
              },
              emscripten_unwind_to_js_event_loop: () => {
                throw 'unwind';
              },
              exit: he,
              fd_close: Se,
              fd_seek: Ne,
              fd_write: Ee,
              memory: T || c.wasmMemory,
            },
            Pe =
              ((() => {
                var e = { env: Oe, wasi_snapshot_preview1: Oe };
                function t(e, t) {
                  var n,
                    a,
                    r = e.exports;
                  if (
                    ((c.asm = r),
                    (n = c.asm._emscripten_tls_init),
                    fe.tlsInitFunctions.push(n),
                    (G = c.asm.__indirect_function_table),
                    (a = c.asm.__wasm_call_ctors),
                    K.unshift(a),
                    (D = t),
                    !I)
                  ) {
                    var s = fe.unusedWorkers.length;
                    fe.unusedWorkers.forEach((e) => {
                      fe.loadWasmModuleToWorker(e, () => {
                        --s ||
                          (() => {
                            if (
                              (te--,
                              c.monitorRunDependencies && c.monitorRunDependencies(te),
                              0 == te && (null !== ne && (clearInterval(ne), (ne = null)), ae))
                            ) {
                              var e = ae;
                              (ae = null), e();
                            }
                          })();
                      });
                    });
                  }
                }
                function n(e) {
                  t(e.instance, e.module);
                }
                function a(t) {
                  return (() => {
                    if (!A && (y || k)) {
                      if ('function' == typeof fetch && !oe(ee))
                        return fetch(ee, { credentials: 'same-origin' })
                          .then((e) => {
                            if (!e.ok) throw "failed to load wasm binary file at '" + ee + "'";
                            return e.arrayBuffer();
                          })
                          .catch(() => ie(ee));
                      if (h)
                        return new Promise((e, t) => {
                          h(
                            ee,
                            (t) => {
                              e(new Uint8Array(t));
                            },
                            t,
                          );
                        });
                    }
                    return Promise.resolve().then(() => ie(ee));
                  })()
                    .then((t) => WebAssembly.instantiate(t, e))
                    .then((e) => e)
                    .then(t, (e) => {
                      E('failed to asynchronously prepare wasm: ' + e), re(e);
                    });
                }
                if (
                  (I || (te++, c.monitorRunDependencies && c.monitorRunDependencies(te)),
                  c.instantiateWasm)
                )
                  try {
                    return c.instantiateWasm(e, t);
                  } catch (e) {
                    E('Module.instantiateWasm callback failed with error: ' + e), l(e);
                  }
                (A ||
                'function' != typeof WebAssembly.instantiateStreaming ||
                se(ee) ||
                oe(ee) ||
                w ||
                'function' != typeof fetch
                  ? a(n)
                  : fetch(ee, { credentials: 'same-origin' }).then((t) =>
                      WebAssembly.instantiateStreaming(t, e).then(
                        n,
                        (e) => (
                          E('wasm streaming compile failed: ' + e),
                          E('falling back to ArrayBuffer instantiation'),
                          a(n)
                        ),
                      ),
                    )
                ).catch(l);
              })(),
              (c.___wasm_call_ctors = function () {
                return (c.___wasm_call_ctors = c.asm.__wasm_call_ctors).apply(null, arguments);
              }),
              (c._init = function () {
                return (c._init = c.asm.init).apply(null, arguments);
              }),
              (c._init_with_threads_count = function () {
                return (c._init_with_threads_count = c.asm.init_with_threads_count).apply(
                  null,
                  arguments,
                );
              }),
              (c._get_threads_count = function () {
                return (c._get_threads_count = c.asm.get_threads_count).apply(null, arguments);
              }),
              (c._register_tensor = function () {
                return (c._register_tensor = c.asm.register_tensor).apply(null, arguments);
              }),
              (c._dispose_data = function () {
                return (c._dispose_data = c.asm.dispose_data).apply(null, arguments);
              }),
              (c._dispose = function () {
                return (c._dispose = c.asm.dispose).apply(null, arguments);
              }),
              (c._Abs = function () {
                return (c._Abs = c.asm.Abs).apply(null, arguments);
              }),
              (c._Acos = function () {
                return (c._Acos = c.asm.Acos).apply(null, arguments);
              }),
              (c._Acosh = function () {
                return (c._Acosh = c.asm.Acosh).apply(null, arguments);
              }),
              (c._Add = function () {
                return (c._Add = c.asm.Add).apply(null, arguments);
              }),
              (c._AddN = function () {
                return (c._AddN = c.asm.AddN).apply(null, arguments);
              }),
              (c._All = function () {
                return (c._All = c.asm.All).apply(null, arguments);
              }),
              (c._Any = function () {
                return (c._Any = c.asm.Any).apply(null, arguments);
              }),
              (c._ArgMax = function () {
                return (c._ArgMax = c.asm.ArgMax).apply(null, arguments);
              }),
              (c._ArgMin = function () {
                return (c._ArgMin = c.asm.ArgMin).apply(null, arguments);
              }),
              (c._Asin = function () {
                return (c._Asin = c.asm.Asin).apply(null, arguments);
              }),
              (c._Asinh = function () {
                return (c._Asinh = c.asm.Asinh).apply(null, arguments);
              }),
              (c._Atan = function () {
                return (c._Atan = c.asm.Atan).apply(null, arguments);
              }),
              (c._Atan2 = function () {
                return (c._Atan2 = c.asm.Atan2).apply(null, arguments);
              }),
              (c._Atanh = function () {
                return (c._Atanh = c.asm.Atanh).apply(null, arguments);
              }),
              (c._AvgPool = function () {
                return (c._AvgPool = c.asm.AvgPool).apply(null, arguments);
              }),
              (c._AvgPool3D = function () {
                return (c._AvgPool3D = c.asm.AvgPool3D).apply(null, arguments);
              }),
              (c._AvgPool3DGrad = function () {
                return (c._AvgPool3DGrad = c.asm.AvgPool3DGrad).apply(null, arguments);
              }),
              (c._AvgPoolGrad = function () {
                return (c._AvgPoolGrad = c.asm.AvgPoolGrad).apply(null, arguments);
              }),
              (c._BatchMatMul = function () {
                return (c._BatchMatMul = c.asm.BatchMatMul).apply(null, arguments);
              }),
              (c._Bincount = function () {
                return (c._Bincount = c.asm.Bincount).apply(null, arguments);
              }),
              (c._BitwiseAnd = function () {
                return (c._BitwiseAnd = c.asm.BitwiseAnd).apply(null, arguments);
              }),
              (c._Ceil = function () {
                return (c._Ceil = c.asm.Ceil).apply(null, arguments);
              }),
              (c._ClipByValue = function () {
                return (c._ClipByValue = c.asm.ClipByValue).apply(null, arguments);
              }),
              (c._Conv2D = function () {
                return (c._Conv2D = c.asm.Conv2D).apply(null, arguments);
              }),
              (c._Conv2DBackpropInput = function () {
                return (c._Conv2DBackpropInput = c.asm.Conv2DBackpropInput).apply(null, arguments);
              }),
              (c._Conv3D = function () {
                return (c._Conv3D = c.asm.Conv3D).apply(null, arguments);
              }),
              (c._Conv3DBackpropFilterV2 = function () {
                return (c._Conv3DBackpropFilterV2 = c.asm.Conv3DBackpropFilterV2).apply(
                  null,
                  arguments,
                );
              }),
              (c._Conv3DBackpropInputV2 = function () {
                return (c._Conv3DBackpropInputV2 = c.asm.Conv3DBackpropInputV2).apply(
                  null,
                  arguments,
                );
              }),
              (c._Cos = function () {
                return (c._Cos = c.asm.Cos).apply(null, arguments);
              }),
              (c._Cosh = function () {
                return (c._Cosh = c.asm.Cosh).apply(null, arguments);
              }),
              (c._CropAndResize = function () {
                return (c._CropAndResize = c.asm.CropAndResize).apply(null, arguments);
              }),
              (c._Cumprod = function () {
                return (c._Cumprod = c.asm.Cumprod).apply(null, arguments);
              }),
              (c._Cumsum = function () {
                return (c._Cumsum = c.asm.Cumsum).apply(null, arguments);
              }),
              (c._DenseBincount = function () {
                return (c._DenseBincount = c.asm.DenseBincount).apply(null, arguments);
              }),
              (c._DepthToSpace = function () {
                return (c._DepthToSpace = c.asm.DepthToSpace).apply(null, arguments);
              }),
              (c._DepthwiseConv2dNative = function () {
                return (c._DepthwiseConv2dNative = c.asm.DepthwiseConv2dNative).apply(
                  null,
                  arguments,
                );
              }),
              (c._Diag = function () {
                return (c._Diag = c.asm.Diag).apply(null, arguments);
              }),
              (c._Dilation2D = function () {
                return (c._Dilation2D = c.asm.Dilation2D).apply(null, arguments);
              }),
              (c._Dilation2DBackpropFilter = function () {
                return (c._Dilation2DBackpropFilter = c.asm.Dilation2DBackpropFilter).apply(
                  null,
                  arguments,
                );
              }),
              (c._Dilation2DBackpropInput = function () {
                return (c._Dilation2DBackpropInput = c.asm.Dilation2DBackpropInput).apply(
                  null,
                  arguments,
                );
              }),
              (c._Elu = function () {
                return (c._Elu = c.asm.Elu).apply(null, arguments);
              }),
              (c._EluGrad = function () {
                return (c._EluGrad = c.asm.EluGrad).apply(null, arguments);
              }),
              (c._Equal = function () {
                return (c._Equal = c.asm.Equal).apply(null, arguments);
              }),
              (c._Erf = function () {
                return (c._Erf = c.asm.Erf).apply(null, arguments);
              }),
              (c._Exp = function () {
                return (c._Exp = c.asm.Exp).apply(null, arguments);
              }),
              (c._Expm1 = function () {
                return (c._Expm1 = c.asm.Expm1).apply(null, arguments);
              }),
              (c._FlipLeftRight = function () {
                return (c._FlipLeftRight = c.asm.FlipLeftRight).apply(null, arguments);
              }),
              (c._Floor = function () {
                return (c._Floor = c.asm.Floor).apply(null, arguments);
              }),
              (c._FloorDiv = function () {
                return (c._FloorDiv = c.asm.FloorDiv).apply(null, arguments);
              }),
              (c._FusedBatchNorm = function () {
                return (c._FusedBatchNorm = c.asm.FusedBatchNorm).apply(null, arguments);
              }),
              (c._FusedConv2D = function () {
                return (c._FusedConv2D = c.asm.FusedConv2D).apply(null, arguments);
              }),
              (c._FusedDepthwiseConv2D = function () {
                return (c._FusedDepthwiseConv2D = c.asm.FusedDepthwiseConv2D).apply(
                  null,
                  arguments,
                );
              }),
              (c._Gather = function () {
                return (c._Gather = c.asm.Gather).apply(null, arguments);
              }),
              (c._GatherNd = function () {
                return (c._GatherNd = c.asm.GatherNd).apply(null, arguments);
              }),
              (c._Greater = function () {
                return (c._Greater = c.asm.Greater).apply(null, arguments);
              }),
              (c._GreaterEqual = function () {
                return (c._GreaterEqual = c.asm.GreaterEqual).apply(null, arguments);
              }),
              (c._IsFinite = function () {
                return (c._IsFinite = c.asm.IsFinite).apply(null, arguments);
              }),
              (c._IsInf = function () {
                return (c._IsInf = c.asm.IsInf).apply(null, arguments);
              }),
              (c._IsNan = function () {
                return (c._IsNan = c.asm.IsNan).apply(null, arguments);
              }),
              (c._LRN = function () {
                return (c._LRN = c.asm.LRN).apply(null, arguments);
              }),
              (c._LRNGrad = function () {
                return (c._LRNGrad = c.asm.LRNGrad).apply(null, arguments);
              }),
              (c._LeakyRelu = function () {
                return (c._LeakyRelu = c.asm.LeakyRelu).apply(null, arguments);
              }),
              (c._Less = function () {
                return (c._Less = c.asm.Less).apply(null, arguments);
              }),
              (c._LessEqual = function () {
                return (c._LessEqual = c.asm.LessEqual).apply(null, arguments);
              }),
              (c._LinSpace = function () {
                return (c._LinSpace = c.asm.LinSpace).apply(null, arguments);
              }),
              (c._Log = function () {
                return (c._Log = c.asm.Log).apply(null, arguments);
              }),
              (c._Log1p = function () {
                return (c._Log1p = c.asm.Log1p).apply(null, arguments);
              }),
              (c._LogicalAnd = function () {
                return (c._LogicalAnd = c.asm.LogicalAnd).apply(null, arguments);
              }),
              (c._LogicalNot = function () {
                return (c._LogicalNot = c.asm.LogicalNot).apply(null, arguments);
              }),
              (c._LogicalOr = function () {
                return (c._LogicalOr = c.asm.LogicalOr).apply(null, arguments);
              }),
              (c._LogicalXor = function () {
                return (c._LogicalXor = c.asm.LogicalXor).apply(null, arguments);
              }),
              (c._Max = function () {
                return (c._Max = c.asm.Max).apply(null, arguments);
              }),
              (c._MaxPool = function () {
                return (c._MaxPool = c.asm.MaxPool).apply(null, arguments);
              }),
              (c._MaxPool3D = function () {
                return (c._MaxPool3D = c.asm.MaxPool3D).apply(null, arguments);
              }),
              (c._MaxPool3DGrad = function () {
                return (c._MaxPool3DGrad = c.asm.MaxPool3DGrad).apply(null, arguments);
              }),
              (c._MaxPoolGrad = function () {
                return (c._MaxPoolGrad = c.asm.MaxPoolGrad).apply(null, arguments);
              }),
              (c._MaxPoolWithArgmax = function () {
                return (c._MaxPoolWithArgmax = c.asm.MaxPoolWithArgmax).apply(null, arguments);
              }),
              (c._Maximum = function () {
                return (c._Maximum = c.asm.Maximum).apply(null, arguments);
              }),
              (c._Mean = function () {
                return (c._Mean = c.asm.Mean).apply(null, arguments);
              }),
              (c._Min = function () {
                return (c._Min = c.asm.Min).apply(null, arguments);
              }),
              (c._Minimum = function () {
                return (c._Minimum = c.asm.Minimum).apply(null, arguments);
              }),
              (c._MirrorPad = function () {
                return (c._MirrorPad = c.asm.MirrorPad).apply(null, arguments);
              }),
              (c._Mod = function () {
                return (c._Mod = c.asm.Mod).apply(null, arguments);
              }),
              (c._Multinomial = function () {
                return (c._Multinomial = c.asm.Multinomial).apply(null, arguments);
              }),
              (c._Multiply = function () {
                return (c._Multiply = c.asm.Multiply).apply(null, arguments);
              }),
              (c._Neg = function () {
                return (c._Neg = c.asm.Neg).apply(null, arguments);
              }),
              (c._NonMaxSuppressionV3 = function () {
                return (c._NonMaxSuppressionV3 = c.asm.NonMaxSuppressionV3).apply(null, arguments);
              }),
              (c._NonMaxSuppressionV4 = function () {
                return (c._NonMaxSuppressionV4 = c.asm.NonMaxSuppressionV4).apply(null, arguments);
              }),
              (c._NonMaxSuppressionV5 = function () {
                return (c._NonMaxSuppressionV5 = c.asm.NonMaxSuppressionV5).apply(null, arguments);
              }),
              (c._NotEqual = function () {
                return (c._NotEqual = c.asm.NotEqual).apply(null, arguments);
              }),
              (c._OneHot = function () {
                return (c._OneHot = c.asm.OneHot).apply(null, arguments);
              }),
              (c._PadV2 = function () {
                return (c._PadV2 = c.asm.PadV2).apply(null, arguments);
              }),
              (c._Pow = function () {
                return (c._Pow = c.asm.Pow).apply(null, arguments);
              }),
              (c._Prelu = function () {
                return (c._Prelu = c.asm.Prelu).apply(null, arguments);
              }),
              (c._Prod = function () {
                return (c._Prod = c.asm.Prod).apply(null, arguments);
              }),
              (c._RealDiv = function () {
                return (c._RealDiv = c.asm.RealDiv).apply(null, arguments);
              }),
              (c._Reciprocal = function () {
                return (c._Reciprocal = c.asm.Reciprocal).apply(null, arguments);
              }),
              (c._Relu = function () {
                return (c._Relu = c.asm.Relu).apply(null, arguments);
              }),
              (c._Relu6 = function () {
                return (c._Relu6 = c.asm.Relu6).apply(null, arguments);
              }),
              (c._ResizeBilinear = function () {
                return (c._ResizeBilinear = c.asm.ResizeBilinear).apply(null, arguments);
              }),
              (c._ResizeBilinearGrad = function () {
                return (c._ResizeBilinearGrad = c.asm.ResizeBilinearGrad).apply(null, arguments);
              }),
              (c._ResizeNearestNeighbor = function () {
                return (c._ResizeNearestNeighbor = c.asm.ResizeNearestNeighbor).apply(
                  null,
                  arguments,
                );
              }),
              (c._ResizeNearestNeighborGrad = function () {
                return (c._ResizeNearestNeighborGrad = c.asm.ResizeNearestNeighborGrad).apply(
                  null,
                  arguments,
                );
              }),
              (c._Reverse = function () {
                return (c._Reverse = c.asm.Reverse).apply(null, arguments);
              }),
              (c._RotateWithOffset = function () {
                return (c._RotateWithOffset = c.asm.RotateWithOffset).apply(null, arguments);
              }),
              (c._Round = function () {
                return (c._Round = c.asm.Round).apply(null, arguments);
              }),
              (c._Rsqrt = function () {
                return (c._Rsqrt = c.asm.Rsqrt).apply(null, arguments);
              }),
              (c._ScatterNd = function () {
                return (c._ScatterNd = c.asm.ScatterNd).apply(null, arguments);
              }),
              (c._SearchSorted = function () {
                return (c._SearchSorted = c.asm.SearchSorted).apply(null, arguments);
              }),
              (c._SelectV2 = function () {
                return (c._SelectV2 = c.asm.SelectV2).apply(null, arguments);
              }),
              (c._Selu = function () {
                return (c._Selu = c.asm.Selu).apply(null, arguments);
              }),
              (c._Sigmoid = function () {
                return (c._Sigmoid = c.asm.Sigmoid).apply(null, arguments);
              }),
              (c._Sign = function () {
                return (c._Sign = c.asm.Sign).apply(null, arguments);
              }),
              (c._Sin = function () {
                return (c._Sin = c.asm.Sin).apply(null, arguments);
              }),
              (c._Sinh = function () {
                return (c._Sinh = c.asm.Sinh).apply(null, arguments);
              }),
              (c._Softmax = function () {
                return (c._Softmax = c.asm.Softmax).apply(null, arguments);
              }),
              (c._Softplus = function () {
                return (c._Softplus = c.asm.Softplus).apply(null, arguments);
              }),
              (c._SparseFillEmptyRows = function () {
                return (c._SparseFillEmptyRows = c.asm.SparseFillEmptyRows).apply(null, arguments);
              }),
              (c._SparseReshape = function () {
                return (c._SparseReshape = c.asm.SparseReshape).apply(null, arguments);
              }),
              (c._SparseSegmentReduction = function () {
                return (c._SparseSegmentReduction = c.asm.SparseSegmentReduction).apply(
                  null,
                  arguments,
                );
              }),
              (c._SparseToDense = function () {
                return (c._SparseToDense = c.asm.SparseToDense).apply(null, arguments);
              }),
              (c._Sqrt = function () {
                return (c._Sqrt = c.asm.Sqrt).apply(null, arguments);
              }),
              (c._Square = function () {
                return (c._Square = c.asm.Square).apply(null, arguments);
              }),
              (c._SquaredDifference = function () {
                return (c._SquaredDifference = c.asm.SquaredDifference).apply(null, arguments);
              }),
              (c._Step = function () {
                return (c._Step = c.asm.Step).apply(null, arguments);
              }),
              (c._StridedSlice = function () {
                return (c._StridedSlice = c.asm.StridedSlice).apply(null, arguments);
              }),
              (c._Sub = function () {
                return (c._Sub = c.asm.Sub).apply(null, arguments);
              }),
              (c._Sum = function () {
                return (c._Sum = c.asm.Sum).apply(null, arguments);
              }),
              (c._Tan = function () {
                return (c._Tan = c.asm.Tan).apply(null, arguments);
              }),
              (c._Tanh = function () {
                return (c._Tanh = c.asm.Tanh).apply(null, arguments);
              }),
              (c._TensorScatterUpdate = function () {
                return (c._TensorScatterUpdate = c.asm.TensorScatterUpdate).apply(null, arguments);
              }),
              (c._Tile = function () {
                return (c._Tile = c.asm.Tile).apply(null, arguments);
              }),
              (c._TopK = function () {
                return (c._TopK = c.asm.TopK).apply(null, arguments);
              }),
              (c._Transform = function () {
                return (c._Transform = c.asm.Transform).apply(null, arguments);
              }),
              (c._Transpose = function () {
                return (c._Transpose = c.asm.Transpose).apply(null, arguments);
              }),
              (c.__FusedMatMul = function () {
                return (c.__FusedMatMul = c.asm._FusedMatMul).apply(null, arguments);
              }),
              (c._malloc = function () {
                return (c._malloc = c.asm.malloc).apply(null, arguments);
              }),
              (c._free = function () {
                return (c._free = c.asm.free).apply(null, arguments);
              }),
              (c.__emscripten_tls_init = function () {
                return (c.__emscripten_tls_init = c.asm._emscripten_tls_init).apply(
                  null,
                  arguments,
                );
              }),
              (c._pthread_self = function () {
                return (Pe = c._pthread_self = c.asm.pthread_self).apply(null, arguments);
              })),
            Be =
              ((c.___errno_location = function () {
                return (c.___errno_location = c.asm.__errno_location).apply(null, arguments);
              }),
              (c.__emscripten_thread_init = function () {
                return (Be = c.__emscripten_thread_init = c.asm._emscripten_thread_init).apply(
                  null,
                  arguments,
                );
              })),
            He =
              ((c.__emscripten_thread_crashed = function () {
                return (c.__emscripten_thread_crashed = c.asm._emscripten_thread_crashed).apply(
                  null,
                  arguments,
                );
              }),
              (c._emscripten_main_thread_process_queued_calls = function () {
                return (c._emscripten_main_thread_process_queued_calls =
                  c.asm.emscripten_main_thread_process_queued_calls).apply(null, arguments);
              }),
              (c._emscripten_main_browser_thread_id = function () {
                return (c._emscripten_main_browser_thread_id =
                  c.asm.emscripten_main_browser_thread_id).apply(null, arguments);
              }),
              (c._emscripten_run_in_main_runtime_thread_js = function () {
                return (He = c._emscripten_run_in_main_runtime_thread_js =
                  c.asm.emscripten_run_in_main_runtime_thread_js).apply(null, arguments);
              })),
            Le =
              ((c._emscripten_dispatch_to_thread_ = function () {
                return (c._emscripten_dispatch_to_thread_ =
                  c.asm.emscripten_dispatch_to_thread_).apply(null, arguments);
              }),
              (c.__emscripten_proxy_execute_task_queue = function () {
                return (Le = c.__emscripten_proxy_execute_task_queue =
                  c.asm._emscripten_proxy_execute_task_queue).apply(null, arguments);
              })),
            ze = (c.__emscripten_thread_free_data = function () {
              return (ze = c.__emscripten_thread_free_data =
                c.asm._emscripten_thread_free_data).apply(null, arguments);
            }),
            Ue = (c.__emscripten_thread_exit = function () {
              return (Ue = c.__emscripten_thread_exit = c.asm._emscripten_thread_exit).apply(
                null,
                arguments,
              );
            }),
            qe = (c._emscripten_stack_set_limits = function () {
              return (qe = c._emscripten_stack_set_limits =
                c.asm.emscripten_stack_set_limits).apply(null, arguments);
            }),
            Ge = (c.stackSave = function () {
              return (Ge = c.stackSave = c.asm.stackSave).apply(null, arguments);
            }),
            je = (c.stackRestore = function () {
              return (je = c.stackRestore = c.asm.stackRestore).apply(null, arguments);
            }),
            Ve = (c.stackAlloc = function () {
              return (Ve = c.stackAlloc = c.asm.stackAlloc).apply(null, arguments);
            });
          function Ke(e) {
            if (((e = e || g), !(te > 0))) {
              if (I) return (u(c), Z(), void startWorker(c));
              !(() => {
                if (c.preRun)
                  for ('function' == typeof c.preRun && (c.preRun = [c.preRun]); c.preRun.length; )
                    X(c.preRun.shift());
                me(V);
              })(),
                te > 0 ||
                  (c.setStatus
                    ? (c.setStatus('Running...'),
                      setTimeout(() => {
                        setTimeout(() => {
                          c.setStatus('');
                        }, 1),
                          t();
                      }, 1))
                    : t());
            }
            function t() {
              $e ||
                (($e = !0),
                (c.calledRun = !0),
                L ||
                  (Z(),
                  u(c),
                  c.onRuntimeInitialized && c.onRuntimeInitialized(),
                  (() => {
                    if (!I) {
                      if (c.postRun)
                        for (
                          'function' == typeof c.postRun && (c.postRun = [c.postRun]);
                          c.postRun.length;
                        )
                          Y(c.postRun.shift());
                      me(J);
                    }
                  })()));
            }
          }
          if (
            ((c.dynCall_iijjiiii = function () {
              return (c.dynCall_iijjiiii = c.asm.dynCall_iijjiiii).apply(null, arguments);
            }),
            (c.dynCall_jiji = function () {
              return (c.dynCall_jiji = c.asm.dynCall_jiji).apply(null, arguments);
            }),
            (c.keepRuntimeAlive = Q),
            (c.wasmMemory = T),
            (c.cwrap = (e, t, n, a) => {
              var r = (n = n || []).every((e) => 'number' === e || 'boolean' === e);
              return 'string' !== t && r && !a
                ? Te(e)
                : function () {
                    return De(e, t, n, arguments);
                  };
            }),
            (c.ExitStatus = le),
            (c.PThread = fe),
            (ae = function e() {
              $e || Ke(), $e || (ae = e);
            }),
            c.preInit)
          )
            for (
              'function' == typeof c.preInit && (c.preInit = [c.preInit]);
              c.preInit.length > 0;
            )
              c.preInit.pop()();
          if (
            (Ke(),
            d &&
              (Re = {
                uncaughtException: process
                  .listeners('uncaughtException')
                  .filter((e) => !d.uncaughtException.indexOf(e) > -1),
                unhandledRejection: process
                  .listeners('unhandledRejection')
                  .filter((e) => !d.unhandledRejection.indexOf(e) > -1),
              }),
            'undefined' != typeof WasmBackendModule)
          )
            Ce = WasmBackendModule;
          else {
            if (void 0 === e) throw new Error('Could not find wasm module in post.js');
            Ce = e;
          }
          if (Re) {
            var Je = Ce._dispose;
            Ce._dispose = () => {
              Je(),
                Re.uncaughtException.forEach((e) => {
                  process.removeListener('uncaughtException', e);
                }),
                Re.unhandledRejection.forEach((e) => {
                  process.removeListener('unhandledRejection', e);
                });
            };
          }
          return e.ready;
        });
    e.exports = r;
  },
  593(e) {
    e.exports.$ =
      '"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"\n");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};';
  },
  805(e, t, n) {
    var a,
      r =
        ((a =
          (a =
            'undefined' != typeof document && document.currentScript
              ? document.currentScript.src
              : void 0) || '/index.js'),
        (e) => {
          var t,
            r,
            s,
            o = void 0 !== (e = e || {}) ? e : {};
          (o.ready = new Promise((e, n) => {
            (t = e), (r = n);
          })),
            'undefined' != typeof process &&
              process.listeners &&
              (s = {
                uncaughtException: process.listeners('uncaughtException'),
                unhandledRejection: process.listeners('unhandledRejection'),
              });
          var i,
            u,
            l,
            d = Object.assign({}, o),
            c = [],
            p = 'object' == typeof window,
            h = 'function' == typeof importScripts,
            f =
              'object' == typeof process &&
              'object' == typeof process.versions &&
              'string' == typeof process.versions.node,
            m = '';
          if (f) {
            var g = n(893),
              b = n(281);
            (m = h ? b.dirname(m) + '/' : '//'),
              (i = (e, t) => (
                (e = z(e) ? new URL(e) : b.normalize(e)), g.readFileSync(e, t ? void 0 : 'utf8')
              )),
              (l = (e) => {
                var t = i(e, !0);
                return (t.buffer || (t = new Uint8Array(t)), t);
              }),
              (u = (e, t, n) => {
                (e = z(e) ? new URL(e) : b.normalize(e)),
                  g.readFile(e, (e, a) => {
                    e ? n(e) : t(a.buffer);
                  });
              }),
              process.argv.length > 1 && process.argv[1].replace(/\\/g, '/'),
              (c = process.argv.slice(2)),
              process.on('uncaughtException', (e) => {
                if (!(e instanceof q)) throw e;
              }),
              process.on('unhandledRejection', (e) => {
                throw e;
              }),
              (o.inspect = () => '[Emscripten Module object]');
          } else
            (p || h) &&
              (h
                ? (m = self.location.href)
                : 'undefined' != typeof document &&
                  document.currentScript &&
                  (m = document.currentScript.src),
              a && (m = a),
              (m =
                0 !== m.indexOf('blob:')
                  ? m.substr(0, m.replace(/[?#].*/, '').lastIndexOf('/') + 1)
                  : ''),
              (i = (e) => {
                var t = new XMLHttpRequest();
                return (t.open('GET', e, !1), t.send(null), t.responseText);
              }),
              h &&
                (l = (e) => {
                  var t = new XMLHttpRequest();
                  return (
                    t.open('GET', e, !1),
                    (t.responseType = 'arraybuffer'),
                    t.send(null),
                    new Uint8Array(t.response)
                  );
                }),
              (u = (e, t, n) => {
                var a = new XMLHttpRequest();
                a.open('GET', e, !0),
                  (a.responseType = 'arraybuffer'),
                  (a.onload = () => {
                    200 == a.status || (0 == a.status && a.response) ? t(a.response) : n();
                  }),
                  (a.onerror = n),
                  a.send(null);
              }));
          var y,
            k,
            w = o.print || console.log.bind(console),
            I = o.printErr || console.warn.bind(console);
          Object.assign(o, d),
            (d = null),
            o.arguments && (c = o.arguments),
            o.thisProgram && o.thisProgram,
            o.quit && o.quit,
            o.wasmBinary && (y = o.wasmBinary),
            o.noExitRuntime,
            'object' != typeof WebAssembly && H('no native wasm support detected');
          var v,
            _,
            x,
            M,
            S = !1,
            N = 'undefined' != typeof TextDecoder ? new TextDecoder('utf8') : void 0;
          function A(e, t, n) {
            for (var a = (t >>>= 0) + n, r = t; e[r] && !(r >= a); ) ++r;
            if (r - t > 16 && e.buffer && N) return N.decode(e.subarray(t, r));
            for (var s = ''; t < r; ) {
              var o = e[t++];
              if (128 & o) {
                var i = 63 & e[t++];
                if (192 != (224 & o)) {
                  var u = 63 & e[t++];
                  if (
                    (o =
                      224 == (240 & o)
                        ? ((15 & o) << 12) | (i << 6) | u
                        : ((7 & o) << 18) | (i << 12) | (u << 6) | (63 & e[t++])) < 65536
                  )
                    s += String.fromCharCode(o);
                  else {
                    var l = o - 65536;
                    s += String.fromCharCode(55296 | (l >> 10), 56320 | (1023 & l));
                  }
                } else s += String.fromCharCode(((31 & o) << 6) | i);
              } else s += String.fromCharCode(o);
            }
            return s;
          }
          function F(e) {
            (v = e),
              (o.HEAP8 = _ = new Int8Array(e)),
              (o.HEAP16 = new Int16Array(e)),
              (o.HEAP32 = new Int32Array(e)),
              (o.HEAPU8 = x = new Uint8Array(e)),
              (o.HEAPU16 = new Uint16Array(e)),
              (o.HEAPU32 = M = new Uint32Array(e)),
              (o.HEAPF32 = new Float32Array(e)),
              (o.HEAPF64 = new Float64Array(e));
          }
          o.INITIAL_MEMORY;
          var E = [],
            T = [],
            D = [];
          function $(e) {
            E.unshift(e);
          }
          function R(e) {
            D.unshift(e);
          }
          var C,
            W,
            O = 0,
            P = null,
            B = null;
          function H(e) {
            o.onAbort && o.onAbort(e),
              I((e = 'Aborted(' + e + ')')),
              (S = !0),
              (e += '. Build with -sASSERTIONS for more info.');
            var t = new WebAssembly.RuntimeError(e);
            throw (r(t), t);
          }
          function L(e) {
            return e.startsWith('data:application/octet-stream;base64,');
          }
          function z(e) {
            return e.startsWith('file://');
          }
          function U(e) {
            try {
              if (e == C && y) return new Uint8Array(y);
              if (l) return l(e);
              throw 'both async and sync fetching of the wasm failed';
            } catch (e) {
              H(e);
            }
          }
          function q(e) {
            (this.name = 'ExitStatus'),
              (this.message = 'Program terminated with exit(' + e + ')'),
              (this.status = e);
          }
          function G(e) {
            for (; e.length > 0; ) e.shift()(o);
          }
          function j(e) {
            try {
              return (k.grow((e - v.byteLength + 65535) >>> 16), F(k.buffer), 1);
            } catch (e) {}
          }
          L((C = 'tfjs-backend-wasm.wasm')) ||
            ((W = C), (C = o.locateFile ? o.locateFile(W, m) : m + W));
          var V = [null, [], []];
          function K(e, t) {
            var n = V[e];
            0 === t || 10 === t ? ((1 === e ? w : I)(A(n, 0)), (n.length = 0)) : n.push(t);
          }
          function J(e) {
            return o['_' + e];
          }
          function Q(e, t, n, a, r) {
            var s = {
                string: (e) => {
                  var t = 0;
                  if (null != e && 0 !== e) {
                    var n = 1 + (e.length << 2);
                    !((e, t, n) => {
                      !((e, t, n, a) => {
                        if (!(a > 0)) return 0;
                        for (var r = (n >>>= 0) + a - 1, s = 0; s < e.length; ++s) {
                          var o = e.charCodeAt(s);
                          if (
                            (o >= 55296 &&
                              o <= 57343 &&
                              (o = (65536 + ((1023 & o) << 10)) | (1023 & e.charCodeAt(++s))),
                            o <= 127)
                          ) {
                            if (n >= r) break;
                            t[n++ >>> 0] = o;
                          } else if (o <= 2047) {
                            if (n + 1 >= r) break;
                            (t[n++ >>> 0] = 192 | (o >> 6)), (t[n++ >>> 0] = 128 | (63 & o));
                          } else if (o <= 65535) {
                            if (n + 2 >= r) break;
                            (t[n++ >>> 0] = 224 | (o >> 12)),
                              (t[n++ >>> 0] = 128 | ((o >> 6) & 63)),
                              (t[n++ >>> 0] = 128 | (63 & o));
                          } else {
                            if (n + 3 >= r) break;
                            (t[n++ >>> 0] = 240 | (o >> 18)),
                              (t[n++ >>> 0] = 128 | ((o >> 12) & 63)),
                              (t[n++ >>> 0] = 128 | ((o >> 6) & 63)),
                              (t[n++ >>> 0] = 128 | (63 & o));
                          }
                        }
                        t[n >>> 0] = 0;
                      })(e, x, t, n);
                    })(e, (t = ae(n)), n);
                  }
                  return t;
                },
                array: (e) => {
                  var t = ae(e.length);
                  return (
                    ((e, t) => {
                      _.set(e, t >>> 0);
                    })(e, t),
                    t
                  );
                },
              },
              o = J(e),
              i = [],
              u = 0;
            if (a)
              for (var l = 0; l < a.length; l++) {
                var d = s[n[l]];
                d ? (0 === u && (u = te()), (i[l] = d(a[l]))) : (i[l] = a[l]);
              }
            var c = o.apply(null, i);
            return ((e) => (
              0 !== u && ne(u),
              ((e) =>
                'string' === t
                  ? ((n = e), (n >>>= 0) ? A(x, n, a) : '')
                  : 'boolean' === t
                    ? Boolean(e)
                    : e)(e)
            ))(c);
          }
          var Z,
            X,
            Y,
            ee = {
              abort: () => {
                H('');
              },
              emscripten_get_heap_max: () => 4294901760,
              emscripten_memcpy_big: (e, t, n) => {
                x.copyWithin(e >>> 0, t >>> 0, (t + n) >>> 0);
              },
              emscripten_resize_heap: (e) => {
                var t = x.length,
                  n = 4294901760;
                if ((e >>>= 0) > n) return !1;
                const a = (e, t) => e + ((t - (e % t)) % t);
                for (var r = 1; r <= 4; r *= 2) {
                  var s = t * (1 + 0.2 / r);
                  if (((s = Math.min(s, e + 100663296)), j(Math.min(n, a(Math.max(e, s), 65536)))))
                    return !0;
                }
                return !1;
              },
              fd_close: (e) => 52,
              fd_seek: (e, t, n, a, r) => 70,
              fd_write: (e, t, n, a) => {
                for (var r = 0, s = 0; s < n; s++) {
                  var o = M[t >>> 2],
                    i = M[(t + 4) >>> 2];
                  t += 8;
                  for (var u = 0; u < i; u++) K(e, x[(o + u) >>> 0]);
                  r += i;
                }
                return ((M[a >>> 2] = r), 0);
              },
            },
            te =
              ((() => {
                var e = { env: ee, wasi_snapshot_preview1: ee };
                function t(e, t) {
                  var n,
                    a = e.exports;
                  (o.asm = a),
                    F((k = o.asm.memory).buffer),
                    o.asm.__indirect_function_table,
                    (n = o.asm.__wasm_call_ctors),
                    T.unshift(n),
                    (() => {
                      if (
                        (O--,
                        o.monitorRunDependencies && o.monitorRunDependencies(O),
                        0 == O && (null !== P && (clearInterval(P), (P = null)), B))
                      ) {
                        var e = B;
                        (B = null), e();
                      }
                    })();
                }
                function n(e) {
                  t(e.instance);
                }
                function a(t) {
                  return (() => {
                    if (!y && (p || h)) {
                      if ('function' == typeof fetch && !z(C))
                        return fetch(C, { credentials: 'same-origin' })
                          .then((e) => {
                            if (!e.ok) throw "failed to load wasm binary file at '" + C + "'";
                            return e.arrayBuffer();
                          })
                          .catch(() => U(C));
                      if (u)
                        return new Promise((e, t) => {
                          u(
                            C,
                            (t) => {
                              e(new Uint8Array(t));
                            },
                            t,
                          );
                        });
                    }
                    return Promise.resolve().then(() => U(C));
                  })()
                    .then((t) => WebAssembly.instantiate(t, e))
                    .then((e) => e)
                    .then(t, (e) => {
                      I('failed to asynchronously prepare wasm: ' + e), H(e);
                    });
                }
                if (
                  (O++, o.monitorRunDependencies && o.monitorRunDependencies(O), o.instantiateWasm)
                )
                  try {
                    return o.instantiateWasm(e, t);
                  } catch (e) {
                    I('Module.instantiateWasm callback failed with error: ' + e), r(e);
                  }
                (y ||
                'function' != typeof WebAssembly.instantiateStreaming ||
                L(C) ||
                z(C) ||
                f ||
                'function' != typeof fetch
                  ? a(n)
                  : fetch(C, { credentials: 'same-origin' }).then((t) =>
                      WebAssembly.instantiateStreaming(t, e).then(
                        n,
                        (e) => (
                          I('wasm streaming compile failed: ' + e),
                          I('falling back to ArrayBuffer instantiation'),
                          a(n)
                        ),
                      ),
                    )
                ).catch(r);
              })(),
              (o.___wasm_call_ctors = function () {
                return (o.___wasm_call_ctors = o.asm.__wasm_call_ctors).apply(null, arguments);
              }),
              (o._init = function () {
                return (o._init = o.asm.init).apply(null, arguments);
              }),
              (o._init_with_threads_count = function () {
                return (o._init_with_threads_count = o.asm.init_with_threads_count).apply(
                  null,
                  arguments,
                );
              }),
              (o._get_threads_count = function () {
                return (o._get_threads_count = o.asm.get_threads_count).apply(null, arguments);
              }),
              (o._register_tensor = function () {
                return (o._register_tensor = o.asm.register_tensor).apply(null, arguments);
              }),
              (o._dispose_data = function () {
                return (o._dispose_data = o.asm.dispose_data).apply(null, arguments);
              }),
              (o._dispose = function () {
                return (o._dispose = o.asm.dispose).apply(null, arguments);
              }),
              (o._Abs = function () {
                return (o._Abs = o.asm.Abs).apply(null, arguments);
              }),
              (o._Acos = function () {
                return (o._Acos = o.asm.Acos).apply(null, arguments);
              }),
              (o._Acosh = function () {
                return (o._Acosh = o.asm.Acosh).apply(null, arguments);
              }),
              (o._Add = function () {
                return (o._Add = o.asm.Add).apply(null, arguments);
              }),
              (o._AddN = function () {
                return (o._AddN = o.asm.AddN).apply(null, arguments);
              }),
              (o._All = function () {
                return (o._All = o.asm.All).apply(null, arguments);
              }),
              (o._Any = function () {
                return (o._Any = o.asm.Any).apply(null, arguments);
              }),
              (o._ArgMax = function () {
                return (o._ArgMax = o.asm.ArgMax).apply(null, arguments);
              }),
              (o._ArgMin = function () {
                return (o._ArgMin = o.asm.ArgMin).apply(null, arguments);
              }),
              (o._Asin = function () {
                return (o._Asin = o.asm.Asin).apply(null, arguments);
              }),
              (o._Asinh = function () {
                return (o._Asinh = o.asm.Asinh).apply(null, arguments);
              }),
              (o._Atan = function () {
                return (o._Atan = o.asm.Atan).apply(null, arguments);
              }),
              (o._Atan2 = function () {
                return (o._Atan2 = o.asm.Atan2).apply(null, arguments);
              }),
              (o._Atanh = function () {
                return (o._Atanh = o.asm.Atanh).apply(null, arguments);
              }),
              (o._AvgPool = function () {
                return (o._AvgPool = o.asm.AvgPool).apply(null, arguments);
              }),
              (o._AvgPool3D = function () {
                return (o._AvgPool3D = o.asm.AvgPool3D).apply(null, arguments);
              }),
              (o._AvgPool3DGrad = function () {
                return (o._AvgPool3DGrad = o.asm.AvgPool3DGrad).apply(null, arguments);
              }),
              (o._AvgPoolGrad = function () {
                return (o._AvgPoolGrad = o.asm.AvgPoolGrad).apply(null, arguments);
              }),
              (o._BatchMatMul = function () {
                return (o._BatchMatMul = o.asm.BatchMatMul).apply(null, arguments);
              }),
              (o._Bincount = function () {
                return (o._Bincount = o.asm.Bincount).apply(null, arguments);
              }),
              (o._BitwiseAnd = function () {
                return (o._BitwiseAnd = o.asm.BitwiseAnd).apply(null, arguments);
              }),
              (o._Ceil = function () {
                return (o._Ceil = o.asm.Ceil).apply(null, arguments);
              }),
              (o._ClipByValue = function () {
                return (o._ClipByValue = o.asm.ClipByValue).apply(null, arguments);
              }),
              (o._Conv2D = function () {
                return (o._Conv2D = o.asm.Conv2D).apply(null, arguments);
              }),
              (o._Conv2DBackpropInput = function () {
                return (o._Conv2DBackpropInput = o.asm.Conv2DBackpropInput).apply(null, arguments);
              }),
              (o._Conv3D = function () {
                return (o._Conv3D = o.asm.Conv3D).apply(null, arguments);
              }),
              (o._Conv3DBackpropFilterV2 = function () {
                return (o._Conv3DBackpropFilterV2 = o.asm.Conv3DBackpropFilterV2).apply(
                  null,
                  arguments,
                );
              }),
              (o._Conv3DBackpropInputV2 = function () {
                return (o._Conv3DBackpropInputV2 = o.asm.Conv3DBackpropInputV2).apply(
                  null,
                  arguments,
                );
              }),
              (o._Cos = function () {
                return (o._Cos = o.asm.Cos).apply(null, arguments);
              }),
              (o._Cosh = function () {
                return (o._Cosh = o.asm.Cosh).apply(null, arguments);
              }),
              (o._CropAndResize = function () {
                return (o._CropAndResize = o.asm.CropAndResize).apply(null, arguments);
              }),
              (o._Cumprod = function () {
                return (o._Cumprod = o.asm.Cumprod).apply(null, arguments);
              }),
              (o._Cumsum = function () {
                return (o._Cumsum = o.asm.Cumsum).apply(null, arguments);
              }),
              (o._DenseBincount = function () {
                return (o._DenseBincount = o.asm.DenseBincount).apply(null, arguments);
              }),
              (o._DepthToSpace = function () {
                return (o._DepthToSpace = o.asm.DepthToSpace).apply(null, arguments);
              }),
              (o._DepthwiseConv2dNative = function () {
                return (o._DepthwiseConv2dNative = o.asm.DepthwiseConv2dNative).apply(
                  null,
                  arguments,
                );
              }),
              (o._Diag = function () {
                return (o._Diag = o.asm.Diag).apply(null, arguments);
              }),
              (o._Dilation2D = function () {
                return (o._Dilation2D = o.asm.Dilation2D).apply(null, arguments);
              }),
              (o._Dilation2DBackpropFilter = function () {
                return (o._Dilation2DBackpropFilter = o.asm.Dilation2DBackpropFilter).apply(
                  null,
                  arguments,
                );
              }),
              (o._Dilation2DBackpropInput = function () {
                return (o._Dilation2DBackpropInput = o.asm.Dilation2DBackpropInput).apply(
                  null,
                  arguments,
                );
              }),
              (o._Elu = function () {
                return (o._Elu = o.asm.Elu).apply(null, arguments);
              }),
              (o._EluGrad = function () {
                return (o._EluGrad = o.asm.EluGrad).apply(null, arguments);
              }),
              (o._Equal = function () {
                return (o._Equal = o.asm.Equal).apply(null, arguments);
              }),
              (o._Erf = function () {
                return (o._Erf = o.asm.Erf).apply(null, arguments);
              }),
              (o._Exp = function () {
                return (o._Exp = o.asm.Exp).apply(null, arguments);
              }),
              (o._Expm1 = function () {
                return (o._Expm1 = o.asm.Expm1).apply(null, arguments);
              }),
              (o._FlipLeftRight = function () {
                return (o._FlipLeftRight = o.asm.FlipLeftRight).apply(null, arguments);
              }),
              (o._Floor = function () {
                return (o._Floor = o.asm.Floor).apply(null, arguments);
              }),
              (o._FloorDiv = function () {
                return (o._FloorDiv = o.asm.FloorDiv).apply(null, arguments);
              }),
              (o._FusedBatchNorm = function () {
                return (o._FusedBatchNorm = o.asm.FusedBatchNorm).apply(null, arguments);
              }),
              (o._FusedConv2D = function () {
                return (o._FusedConv2D = o.asm.FusedConv2D).apply(null, arguments);
              }),
              (o._FusedDepthwiseConv2D = function () {
                return (o._FusedDepthwiseConv2D = o.asm.FusedDepthwiseConv2D).apply(
                  null,
                  arguments,
                );
              }),
              (o._Gather = function () {
                return (o._Gather = o.asm.Gather).apply(null, arguments);
              }),
              (o._GatherNd = function () {
                return (o._GatherNd = o.asm.GatherNd).apply(null, arguments);
              }),
              (o._Greater = function () {
                return (o._Greater = o.asm.Greater).apply(null, arguments);
              }),
              (o._GreaterEqual = function () {
                return (o._GreaterEqual = o.asm.GreaterEqual).apply(null, arguments);
              }),
              (o._IsFinite = function () {
                return (o._IsFinite = o.asm.IsFinite).apply(null, arguments);
              }),
              (o._IsInf = function () {
                return (o._IsInf = o.asm.IsInf).apply(null, arguments);
              }),
              (o._IsNan = function () {
                return (o._IsNan = o.asm.IsNan).apply(null, arguments);
              }),
              (o._LRN = function () {
                return (o._LRN = o.asm.LRN).apply(null, arguments);
              }),
              (o._LRNGrad = function () {
                return (o._LRNGrad = o.asm.LRNGrad).apply(null, arguments);
              }),
              (o._LeakyRelu = function () {
                return (o._LeakyRelu = o.asm.LeakyRelu).apply(null, arguments);
              }),
              (o._Less = function () {
                return (o._Less = o.asm.Less).apply(null, arguments);
              }),
              (o._LessEqual = function () {
                return (o._LessEqual = o.asm.LessEqual).apply(null, arguments);
              }),
              (o._LinSpace = function () {
                return (o._LinSpace = o.asm.LinSpace).apply(null, arguments);
              }),
              (o._Log = function () {
                return (o._Log = o.asm.Log).apply(null, arguments);
              }),
              (o._Log1p = function () {
                return (o._Log1p = o.asm.Log1p).apply(null, arguments);
              }),
              (o._LogicalAnd = function () {
                return (o._LogicalAnd = o.asm.LogicalAnd).apply(null, arguments);
              }),
              (o._LogicalNot = function () {
                return (o._LogicalNot = o.asm.LogicalNot).apply(null, arguments);
              }),
              (o._LogicalOr = function () {
                return (o._LogicalOr = o.asm.LogicalOr).apply(null, arguments);
              }),
              (o._LogicalXor = function () {
                return (o._LogicalXor = o.asm.LogicalXor).apply(null, arguments);
              }),
              (o._Max = function () {
                return (o._Max = o.asm.Max).apply(null, arguments);
              }),
              (o._MaxPool = function () {
                return (o._MaxPool = o.asm.MaxPool).apply(null, arguments);
              }),
              (o._MaxPool3D = function () {
                return (o._MaxPool3D = o.asm.MaxPool3D).apply(null, arguments);
              }),
              (o._MaxPool3DGrad = function () {
                return (o._MaxPool3DGrad = o.asm.MaxPool3DGrad).apply(null, arguments);
              }),
              (o._MaxPoolGrad = function () {
                return (o._MaxPoolGrad = o.asm.MaxPoolGrad).apply(null, arguments);
              }),
              (o._MaxPoolWithArgmax = function () {
                return (o._MaxPoolWithArgmax = o.asm.MaxPoolWithArgmax).apply(null, arguments);
              }),
              (o._Maximum = function () {
                return (o._Maximum = o.asm.Maximum).apply(null, arguments);
              }),
              (o._Mean = function () {
                return (o._Mean = o.asm.Mean).apply(null, arguments);
              }),
              (o._Min = function () {
                return (o._Min = o.asm.Min).apply(null, arguments);
              }),
              (o._Minimum = function () {
                return (o._Minimum = o.asm.Minimum).apply(null, arguments);
              }),
              (o._MirrorPad = function () {
                return (o._MirrorPad = o.asm.MirrorPad).apply(null, arguments);
              }),
              (o._Mod = function () {
                return (o._Mod = o.asm.Mod).apply(null, arguments);
              }),
              (o._Multinomial = function () {
                return (o._Multinomial = o.asm.Multinomial).apply(null, arguments);
              }),
              (o._Multiply = function () {
                return (o._Multiply = o.asm.Multiply).apply(null, arguments);
              }),
              (o._Neg = function () {
                return (o._Neg = o.asm.Neg).apply(null, arguments);
              }),
              (o._NonMaxSuppressionV3 = function () {
                return (o._NonMaxSuppressionV3 = o.asm.NonMaxSuppressionV3).apply(null, arguments);
              }),
              (o._NonMaxSuppressionV4 = function () {
                return (o._NonMaxSuppressionV4 = o.asm.NonMaxSuppressionV4).apply(null, arguments);
              }),
              (o._NonMaxSuppressionV5 = function () {
                return (o._NonMaxSuppressionV5 = o.asm.NonMaxSuppressionV5).apply(null, arguments);
              }),
              (o._NotEqual = function () {
                return (o._NotEqual = o.asm.NotEqual).apply(null, arguments);
              }),
              (o._OneHot = function () {
                return (o._OneHot = o.asm.OneHot).apply(null, arguments);
              }),
              (o._PadV2 = function () {
                return (o._PadV2 = o.asm.PadV2).apply(null, arguments);
              }),
              (o._Pow = function () {
                return (o._Pow = o.asm.Pow).apply(null, arguments);
              }),
              (o._Prelu = function () {
                return (o._Prelu = o.asm.Prelu).apply(null, arguments);
              }),
              (o._Prod = function () {
                return (o._Prod = o.asm.Prod).apply(null, arguments);
              }),
              (o._RealDiv = function () {
                return (o._RealDiv = o.asm.RealDiv).apply(null, arguments);
              }),
              (o._Reciprocal = function () {
                return (o._Reciprocal = o.asm.Reciprocal).apply(null, arguments);
              }),
              (o._Relu = function () {
                return (o._Relu = o.asm.Relu).apply(null, arguments);
              }),
              (o._Relu6 = function () {
                return (o._Relu6 = o.asm.Relu6).apply(null, arguments);
              }),
              (o._ResizeBilinear = function () {
                return (o._ResizeBilinear = o.asm.ResizeBilinear).apply(null, arguments);
              }),
              (o._ResizeBilinearGrad = function () {
                return (o._ResizeBilinearGrad = o.asm.ResizeBilinearGrad).apply(null, arguments);
              }),
              (o._ResizeNearestNeighbor = function () {
                return (o._ResizeNearestNeighbor = o.asm.ResizeNearestNeighbor).apply(
                  null,
                  arguments,
                );
              }),
              (o._ResizeNearestNeighborGrad = function () {
                return (o._ResizeNearestNeighborGrad = o.asm.ResizeNearestNeighborGrad).apply(
                  null,
                  arguments,
                );
              }),
              (o._Reverse = function () {
                return (o._Reverse = o.asm.Reverse).apply(null, arguments);
              }),
              (o._RotateWithOffset = function () {
                return (o._RotateWithOffset = o.asm.RotateWithOffset).apply(null, arguments);
              }),
              (o._Round = function () {
                return (o._Round = o.asm.Round).apply(null, arguments);
              }),
              (o._Rsqrt = function () {
                return (o._Rsqrt = o.asm.Rsqrt).apply(null, arguments);
              }),
              (o._ScatterNd = function () {
                return (o._ScatterNd = o.asm.ScatterNd).apply(null, arguments);
              }),
              (o._SearchSorted = function () {
                return (o._SearchSorted = o.asm.SearchSorted).apply(null, arguments);
              }),
              (o._SelectV2 = function () {
                return (o._SelectV2 = o.asm.SelectV2).apply(null, arguments);
              }),
              (o._Selu = function () {
                return (o._Selu = o.asm.Selu).apply(null, arguments);
              }),
              (o._Sigmoid = function () {
                return (o._Sigmoid = o.asm.Sigmoid).apply(null, arguments);
              }),
              (o._Sign = function () {
                return (o._Sign = o.asm.Sign).apply(null, arguments);
              }),
              (o._Sin = function () {
                return (o._Sin = o.asm.Sin).apply(null, arguments);
              }),
              (o._Sinh = function () {
                return (o._Sinh = o.asm.Sinh).apply(null, arguments);
              }),
              (o._Softmax = function () {
                return (o._Softmax = o.asm.Softmax).apply(null, arguments);
              }),
              (o._Softplus = function () {
                return (o._Softplus = o.asm.Softplus).apply(null, arguments);
              }),
              (o._SparseFillEmptyRows = function () {
                return (o._SparseFillEmptyRows = o.asm.SparseFillEmptyRows).apply(null, arguments);
              }),
              (o._SparseReshape = function () {
                return (o._SparseReshape = o.asm.SparseReshape).apply(null, arguments);
              }),
              (o._SparseSegmentReduction = function () {
                return (o._SparseSegmentReduction = o.asm.SparseSegmentReduction).apply(
                  null,
                  arguments,
                );
              }),
              (o._SparseToDense = function () {
                return (o._SparseToDense = o.asm.SparseToDense).apply(null, arguments);
              }),
              (o._Sqrt = function () {
                return (o._Sqrt = o.asm.Sqrt).apply(null, arguments);
              }),
              (o._Square = function () {
                return (o._Square = o.asm.Square).apply(null, arguments);
              }),
              (o._SquaredDifference = function () {
                return (o._SquaredDifference = o.asm.SquaredDifference).apply(null, arguments);
              }),
              (o._Step = function () {
                return (o._Step = o.asm.Step).apply(null, arguments);
              }),
              (o._StridedSlice = function () {
                return (o._StridedSlice = o.asm.StridedSlice).apply(null, arguments);
              }),
              (o._Sub = function () {
                return (o._Sub = o.asm.Sub).apply(null, arguments);
              }),
              (o._Sum = function () {
                return (o._Sum = o.asm.Sum).apply(null, arguments);
              }),
              (o._Tan = function () {
                return (o._Tan = o.asm.Tan).apply(null, arguments);
              }),
              (o._Tanh = function () {
                return (o._Tanh = o.asm.Tanh).apply(null, arguments);
              }),
              (o._TensorScatterUpdate = function () {
                return (o._TensorScatterUpdate = o.asm.TensorScatterUpdate).apply(null, arguments);
              }),
              (o._Tile = function () {
                return (o._Tile = o.asm.Tile).apply(null, arguments);
              }),
              (o._TopK = function () {
                return (o._TopK = o.asm.TopK).apply(null, arguments);
              }),
              (o._Transform = function () {
                return (o._Transform = o.asm.Transform).apply(null, arguments);
              }),
              (o._Transpose = function () {
                return (o._Transpose = o.asm.Transpose).apply(null, arguments);
              }),
              (o.__FusedMatMul = function () {
                return (o.__FusedMatMul = o.asm._FusedMatMul).apply(null, arguments);
              }),
              (o._malloc = function () {
                return (o._malloc = o.asm.malloc).apply(null, arguments);
              }),
              (o._free = function () {
                return (o._free = o.asm.free).apply(null, arguments);
              }),
              (o.___errno_location = function () {
                return (o.___errno_location = o.asm.__errno_location).apply(null, arguments);
              }),
              (o.stackSave = function () {
                return (te = o.stackSave = o.asm.stackSave).apply(null, arguments);
              })),
            ne = (o.stackRestore = function () {
              return (ne = o.stackRestore = o.asm.stackRestore).apply(null, arguments);
            }),
            ae = (o.stackAlloc = function () {
              return (ae = o.stackAlloc = o.asm.stackAlloc).apply(null, arguments);
            });
          function re(e) {
            function n() {
              Z ||
                ((Z = !0),
                (o.calledRun = !0),
                S ||
                  (G(T),
                  t(o),
                  o.onRuntimeInitialized && o.onRuntimeInitialized(),
                  (() => {
                    if (o.postRun)
                      for (
                        'function' == typeof o.postRun && (o.postRun = [o.postRun]);
                        o.postRun.length;
                      )
                        R(o.postRun.shift());
                    G(D);
                  })()));
            }
            (e = e || c),
              O > 0 ||
                ((() => {
                  if (o.preRun)
                    for (
                      'function' == typeof o.preRun && (o.preRun = [o.preRun]);
                      o.preRun.length;
                    )
                      $(o.preRun.shift());
                  G(E);
                })(),
                O > 0 ||
                  (o.setStatus
                    ? (o.setStatus('Running...'),
                      setTimeout(() => {
                        setTimeout(() => {
                          o.setStatus('');
                        }, 1),
                          n();
                      }, 1))
                    : n()));
          }
          if (
            ((o.dynCall_iijjiiii = function () {
              return (o.dynCall_iijjiiii = o.asm.dynCall_iijjiiii).apply(null, arguments);
            }),
            (o.dynCall_jiji = function () {
              return (o.dynCall_jiji = o.asm.dynCall_jiji).apply(null, arguments);
            }),
            (o.cwrap = (e, t, n, a) => {
              var r = (n = n || []).every((e) => 'number' === e || 'boolean' === e);
              return 'string' !== t && r && !a
                ? J(e)
                : function () {
                    return Q(e, t, n, arguments);
                  };
            }),
            (B = function e() {
              Z || re(), Z || (B = e);
            }),
            o.preInit)
          )
            for (
              'function' == typeof o.preInit && (o.preInit = [o.preInit]);
              o.preInit.length > 0;
            )
              o.preInit.pop()();
          if (
            (re(),
            s &&
              (X = {
                uncaughtException: process
                  .listeners('uncaughtException')
                  .filter((e) => !s.uncaughtException.indexOf(e) > -1),
                unhandledRejection: process
                  .listeners('unhandledRejection')
                  .filter((e) => !s.unhandledRejection.indexOf(e) > -1),
              }),
            void 0 !== e)
          )
            Y = e;
          else {
            if ('undefined' == typeof WasmBackendModuleThreadedSimd)
              throw new Error('Could not find wasm module in post.js');
            Y = WasmBackendModuleThreadedSimd;
          }
          if (X) {
            var se = Y._dispose;
            Y._dispose = () => {
              se(),
                X.uncaughtException.forEach((e) => {
                  process.removeListener('uncaughtException', e);
                }),
                X.unhandledRejection.forEach((e) => {
                  process.removeListener('unhandledRejection', e);
                });
            };
          }
          return e.ready;
        });
    e.exports = r;
  },
  570(e) {
    e.exports = n;
    var t = null;
    try {
      t = new WebAssembly.Instance(
        new WebAssembly.Module(
          new Uint8Array([
            0, 97, 115, 109, 1, 0, 0, 0, 1, 13, 2, 96, 0, 1, 127, 96, 4, 127, 127, 127, 127, 1, 127,
            3, 7, 6, 0, 1, 1, 1, 1, 1, 6, 6, 1, 127, 1, 65, 0, 11, 7, 50, 6, 3, 109, 117, 108, 0, 1,
            5, 100, 105, 118, 95, 115, 0, 2, 5, 100, 105, 118, 95, 117, 0, 3, 5, 114, 101, 109, 95,
            115, 0, 4, 5, 114, 101, 109, 95, 117, 0, 5, 8, 103, 101, 116, 95, 104, 105, 103, 104, 0,
            0, 10, 191, 1, 6, 4, 0, 35, 0, 11, 36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134,
            132, 32, 2, 173, 32, 3, 173, 66, 32, 134, 132, 126, 34, 4, 66, 32, 135, 167, 36, 0, 32,
            4, 167, 11, 36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173, 32, 3,
            173, 66, 32, 134, 132, 127, 34, 4, 66, 32, 135, 167, 36, 0, 32, 4, 167, 11, 36, 1, 1,
            126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173, 32, 3, 173, 66, 32, 134, 132,
            128, 34, 4, 66, 32, 135, 167, 36, 0, 32, 4, 167, 11, 36, 1, 1, 126, 32, 0, 173, 32, 1,
            173, 66, 32, 134, 132, 32, 2, 173, 32, 3, 173, 66, 32, 134, 132, 129, 34, 4, 66, 32,
            135, 167, 36, 0, 32, 4, 167, 11, 36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134,
            132, 32, 2, 173, 32, 3, 173, 66, 32, 134, 132, 130, 34, 4, 66, 32, 135, 167, 36, 0, 32,
            4, 167, 11,
          ]),
        ),
        {},
      ).exports;
    } catch (e) {}
    function n(e, t, n) {
      (this.low = 0 | e), (this.high = 0 | t), (this.unsigned = !!n);
    }
    function a(e) {
      return !0 === (e && e.__isLong__);
    }
    n.prototype.__isLong__,
      Object.defineProperty(n.prototype, '__isLong__', { value: !0 }),
      (n.isLong = a);
    var r = {},
      s = {};
    function o(e, t) {
      var n, a, o;
      return t
        ? (o = 0 <= (e >>>= 0) && e < 256) && (a = s[e])
          ? a
          : ((n = u(e, (0 | e) < 0 ? -1 : 0, !0)), o && (s[e] = n), n)
        : (o = -128 <= (e |= 0) && e < 128) && (a = r[e])
          ? a
          : ((n = u(e, e < 0 ? -1 : 0, !1)), o && (r[e] = n), n);
    }
    function i(e, t) {
      if (isNaN(e)) return t ? b : g;
      if (t) {
        if (e < 0) return b;
        if (e >= h) return v;
      } else {
        if (e <= -f) return _;
        if (e + 1 >= f) return I;
      }
      return e < 0 ? i(-e, t).neg() : u((e % p) | 0, (e / p) | 0, t);
    }
    function u(e, t, a) {
      return new n(e, t, a);
    }
    (n.fromInt = o), (n.fromNumber = i), (n.fromBits = u);
    var l = Math.pow;
    function d(e, t, n) {
      if (0 === e.length) throw Error('empty string');
      if ('NaN' === e || 'Infinity' === e || '+Infinity' === e || '-Infinity' === e) return g;
      if (('number' == typeof t ? ((n = t), (t = !1)) : (t = !!t), (n = n || 10) < 2 || 36 < n))
        throw RangeError('radix');
      var a;
      if ((a = e.indexOf('-')) > 0) throw Error('interior hyphen');
      if (0 === a) return d(e.substring(1), t, n).neg();
      for (var r = i(l(n, 8)), s = g, o = 0; o < e.length; o += 8) {
        var u = Math.min(8, e.length - o),
          c = parseInt(e.substring(o, o + u), n);
        if (u < 8) {
          var p = i(l(n, u));
          s = s.mul(p).add(i(c));
        } else s = (s = s.mul(r)).add(i(c));
      }
      return ((s.unsigned = t), s);
    }
    function c(e, t) {
      return 'number' == typeof e
        ? i(e, t)
        : 'string' == typeof e
          ? d(e, t)
          : u(e.low, e.high, 'boolean' == typeof t ? t : e.unsigned);
    }
    (n.fromString = d), (n.fromValue = c);
    var p = 4294967296,
      h = p * p,
      f = h / 2,
      m = o(1 << 24),
      g = o(0);
    n.ZERO = g;
    var b = o(0, !0);
    n.UZERO = b;
    var y = o(1);
    n.ONE = y;
    var k = o(1, !0);
    n.UONE = k;
    var w = o(-1);
    n.NEG_ONE = w;
    var I = u(-1, 2147483647, !1);
    n.MAX_VALUE = I;
    var v = u(-1, -1, !0);
    n.MAX_UNSIGNED_VALUE = v;
    var _ = u(0, -2147483648, !1);
    n.MIN_VALUE = _;
    var x = n.prototype;
    (x.toInt = function () {
      return this.unsigned ? this.low >>> 0 : this.low;
    }),
      (x.toNumber = function () {
        return this.unsigned
          ? (this.high >>> 0) * p + (this.low >>> 0)
          : this.high * p + (this.low >>> 0);
      }),
      (x.toString = function (e) {
        if ((e = e || 10) < 2 || 36 < e) throw RangeError('radix');
        if (this.isZero()) return '0';
        if (this.isNegative()) {
          if (this.eq(_)) {
            var t = i(e),
              n = this.div(t),
              a = n.mul(t).sub(this);
            return n.toString(e) + a.toInt().toString(e);
          }
          return '-' + this.neg().toString(e);
        }
        for (var r = i(l(e, 6), this.unsigned), s = this, o = ''; ; ) {
          var u = s.div(r),
            d = (s.sub(u.mul(r)).toInt() >>> 0).toString(e);
          if ((s = u).isZero()) return d + o;
          for (; d.length < 6; ) d = '0' + d;
          o = '' + d + o;
        }
      }),
      (x.getHighBits = function () {
        return this.high;
      }),
      (x.getHighBitsUnsigned = function () {
        return this.high >>> 0;
      }),
      (x.getLowBits = function () {
        return this.low;
      }),
      (x.getLowBitsUnsigned = function () {
        return this.low >>> 0;
      }),
      (x.getNumBitsAbs = function () {
        if (this.isNegative()) return this.eq(_) ? 64 : this.neg().getNumBitsAbs();
        for (var e = 0 != this.high ? this.high : this.low, t = 31; t > 0 && !(e & (1 << t)); t--);
        return 0 != this.high ? t + 33 : t + 1;
      }),
      (x.isZero = function () {
        return 0 === this.high && 0 === this.low;
      }),
      (x.eqz = x.isZero),
      (x.isNegative = function () {
        return !this.unsigned && this.high < 0;
      }),
      (x.isPositive = function () {
        return this.unsigned || this.high >= 0;
      }),
      (x.isOdd = function () {
        return !(1 & ~this.low);
      }),
      (x.isEven = function () {
        return !(1 & this.low);
      }),
      (x.equals = function (e) {
        return (
          a(e) || (e = c(e)),
          (this.unsigned === e.unsigned || this.high >>> 31 != 1 || e.high >>> 31 != 1) &&
            this.high === e.high &&
            this.low === e.low
        );
      }),
      (x.eq = x.equals),
      (x.notEquals = function (e) {
        return !this.eq(e);
      }),
      (x.neq = x.notEquals),
      (x.ne = x.notEquals),
      (x.lessThan = function (e) {
        return this.comp(e) < 0;
      }),
      (x.lt = x.lessThan),
      (x.lessThanOrEqual = function (e) {
        return this.comp(e) <= 0;
      }),
      (x.lte = x.lessThanOrEqual),
      (x.le = x.lessThanOrEqual),
      (x.greaterThan = function (e) {
        return this.comp(e) > 0;
      }),
      (x.gt = x.greaterThan),
      (x.greaterThanOrEqual = function (e) {
        return this.comp(e) >= 0;
      }),
      (x.gte = x.greaterThanOrEqual),
      (x.ge = x.greaterThanOrEqual),
      (x.compare = function (e) {
        if ((a(e) || (e = c(e)), this.eq(e))) return 0;
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
      (x.comp = x.compare),
      (x.negate = function () {
        return !this.unsigned && this.eq(_) ? _ : this.not().add(y);
      }),
      (x.neg = x.negate),
      (x.add = function (e) {
        a(e) || (e = c(e));
        var t = this.high >>> 16,
          n = 65535 & this.high,
          r = this.low >>> 16,
          s = 65535 & this.low,
          o = e.high >>> 16,
          i = 65535 & e.high,
          l = e.low >>> 16,
          d = 0,
          p = 0,
          h = 0,
          f = 0;
        return (
          (h += (f += s + (65535 & e.low)) >>> 16),
          (p += (h += r + l) >>> 16),
          (d += (p += n + i) >>> 16),
          (d += t + o),
          u(((h &= 65535) << 16) | (f &= 65535), ((d &= 65535) << 16) | (p &= 65535), this.unsigned)
        );
      }),
      (x.subtract = function (e) {
        return (a(e) || (e = c(e)), this.add(e.neg()));
      }),
      (x.sub = x.subtract),
      (x.multiply = function (e) {
        if (this.isZero()) return g;
        if ((a(e) || (e = c(e)), t))
          return u(t.mul(this.low, this.high, e.low, e.high), t.get_high(), this.unsigned);
        if (e.isZero()) return g;
        if (this.eq(_)) return e.isOdd() ? _ : g;
        if (e.eq(_)) return this.isOdd() ? _ : g;
        if (this.isNegative())
          return e.isNegative() ? this.neg().mul(e.neg()) : this.neg().mul(e).neg();
        if (e.isNegative()) return this.mul(e.neg()).neg();
        if (this.lt(m) && e.lt(m)) return i(this.toNumber() * e.toNumber(), this.unsigned);
        var n = this.high >>> 16,
          r = 65535 & this.high,
          s = this.low >>> 16,
          o = 65535 & this.low,
          l = e.high >>> 16,
          d = 65535 & e.high,
          p = e.low >>> 16,
          h = 65535 & e.low,
          f = 0,
          b = 0,
          y = 0,
          k = 0;
        return (
          (y += (k += o * h) >>> 16),
          (b += (y += s * h) >>> 16),
          (y &= 65535),
          (b += (y += o * p) >>> 16),
          (f += (b += r * h) >>> 16),
          (b &= 65535),
          (f += (b += s * p) >>> 16),
          (b &= 65535),
          (f += (b += o * d) >>> 16),
          (f += n * h + r * p + s * d + o * l),
          u(((y &= 65535) << 16) | (k &= 65535), ((f &= 65535) << 16) | (b &= 65535), this.unsigned)
        );
      }),
      (x.mul = x.multiply),
      (x.divide = function (e) {
        if ((a(e) || (e = c(e)), e.isZero())) throw Error('division by zero');
        var n, r, s;
        if (t)
          return this.unsigned || -2147483648 !== this.high || -1 !== e.low || -1 !== e.high
            ? u(
                (this.unsigned ? t.div_u : t.div_s)(this.low, this.high, e.low, e.high),
                t.get_high(),
                this.unsigned,
              )
            : this;
        if (this.isZero()) return this.unsigned ? b : g;
        if (this.unsigned) {
          if ((e.unsigned || (e = e.toUnsigned()), e.gt(this))) return b;
          if (e.gt(this.shru(1))) return k;
          s = b;
        } else {
          if (this.eq(_))
            return e.eq(y) || e.eq(w)
              ? _
              : e.eq(_)
                ? y
                : (n = this.shr(1).div(e).shl(1)).eq(g)
                  ? e.isNegative()
                    ? y
                    : w
                  : ((r = this.sub(e.mul(n))), (s = n.add(r.div(e))));
          if (e.eq(_)) return this.unsigned ? b : g;
          if (this.isNegative())
            return e.isNegative() ? this.neg().div(e.neg()) : this.neg().div(e).neg();
          if (e.isNegative()) return this.div(e.neg()).neg();
          s = g;
        }
        for (r = this; r.gte(e); ) {
          n = Math.max(1, Math.floor(r.toNumber() / e.toNumber()));
          for (
            var o = Math.ceil(Math.log(n) / Math.LN2),
              d = o <= 48 ? 1 : l(2, o - 48),
              p = i(n),
              h = p.mul(e);
            h.isNegative() || h.gt(r);
          )
            h = (p = i((n -= d), this.unsigned)).mul(e);
          p.isZero() && (p = y), (s = s.add(p)), (r = r.sub(h));
        }
        return s;
      }),
      (x.div = x.divide),
      (x.modulo = function (e) {
        return (
          a(e) || (e = c(e)),
          t
            ? u(
                (this.unsigned ? t.rem_u : t.rem_s)(this.low, this.high, e.low, e.high),
                t.get_high(),
                this.unsigned,
              )
            : this.sub(this.div(e).mul(e))
        );
      }),
      (x.mod = x.modulo),
      (x.rem = x.modulo),
      (x.not = function () {
        return u(~this.low, ~this.high, this.unsigned);
      }),
      (x.and = function (e) {
        return (a(e) || (e = c(e)), u(this.low & e.low, this.high & e.high, this.unsigned));
      }),
      (x.or = function (e) {
        return (a(e) || (e = c(e)), u(this.low | e.low, this.high | e.high, this.unsigned));
      }),
      (x.xor = function (e) {
        return (a(e) || (e = c(e)), u(this.low ^ e.low, this.high ^ e.high, this.unsigned));
      }),
      (x.shiftLeft = function (e) {
        return (
          a(e) && (e = e.toInt()),
          0 == (e &= 63)
            ? this
            : e < 32
              ? u(this.low << e, (this.high << e) | (this.low >>> (32 - e)), this.unsigned)
              : u(0, this.low << (e - 32), this.unsigned)
        );
      }),
      (x.shl = x.shiftLeft),
      (x.shiftRight = function (e) {
        return (
          a(e) && (e = e.toInt()),
          0 == (e &= 63)
            ? this
            : e < 32
              ? u((this.low >>> e) | (this.high << (32 - e)), this.high >> e, this.unsigned)
              : u(this.high >> (e - 32), this.high >= 0 ? 0 : -1, this.unsigned)
        );
      }),
      (x.shr = x.shiftRight),
      (x.shiftRightUnsigned = function (e) {
        if ((a(e) && (e = e.toInt()), 0 == (e &= 63))) return this;
        var t = this.high;
        return e < 32
          ? u((this.low >>> e) | (t << (32 - e)), t >>> e, this.unsigned)
          : u(32 === e ? t : t >>> (e - 32), 0, this.unsigned);
      }),
      (x.shru = x.shiftRightUnsigned),
      (x.shr_u = x.shiftRightUnsigned),
      (x.toSigned = function () {
        return this.unsigned ? u(this.low, this.high, !1) : this;
      }),
      (x.toUnsigned = function () {
        return this.unsigned ? this : u(this.low, this.high, !0);
      }),
      (x.toBytes = function (e) {
        return e ? this.toBytesLE() : this.toBytesBE();
      }),
      (x.toBytesLE = function () {
        var e = this.high,
          t = this.low;
        return [
          255 & t,
          (t >>> 8) & 255,
          (t >>> 16) & 255,
          t >>> 24,
          255 & e,
          (e >>> 8) & 255,
          (e >>> 16) & 255,
          e >>> 24,
        ];
      }),
      (x.toBytesBE = function () {
        var e = this.high,
          t = this.low;
        return [
          e >>> 24,
          (e >>> 16) & 255,
          (e >>> 8) & 255,
          255 & e,
          t >>> 24,
          (t >>> 16) & 255,
          (t >>> 8) & 255,
          255 & t,
        ];
      }),
      (n.fromBytes = (e, t, a) => (a ? n.fromBytesLE(e, t) : n.fromBytesBE(e, t))),
      (n.fromBytesLE = (e, t) =>
        new n(
          e[0] | (e[1] << 8) | (e[2] << 16) | (e[3] << 24),
          e[4] | (e[5] << 8) | (e[6] << 16) | (e[7] << 24),
          t,
        )),
      (n.fromBytesBE = (e, t) =>
        new n(
          (e[4] << 24) | (e[5] << 16) | (e[6] << 8) | e[7],
          (e[0] << 24) | (e[1] << 16) | (e[2] << 8) | e[3],
          t,
        ));
  },
  391(e, t, n) {
    var a = n(180),
      r = n(181),
      s = n(31),
      o = n(67),
      i = n(833),
      u = n(717),
      l = n(801);
    (l.alea = a),
      (l.xor128 = r),
      (l.xorwow = s),
      (l.xorshift7 = o),
      (l.xor4096 = i),
      (l.tychei = u),
      (e.exports = l);
  },
  180(e, t, n) {
    var a;
    !(function (e, r) {
      function s(e) {
        var t,
          a =
            ((t = 4022871197),
            (e) => {
              e = String(e);
              for (var n = 0; n < e.length; n++) {
                var a = 0.02519603282416938 * (t += e.charCodeAt(n));
                (a -= t = a >>> 0), (t = (a *= t) >>> 0), (t += 4294967296 * (a -= t));
              }
              return 2.3283064365386963e-10 * (t >>> 0);
            });
        (this.next = () => {
          var e = 2091639 * this.s0 + 2.3283064365386963e-10 * this.c;
          return ((this.s0 = this.s1), (this.s1 = this.s2), (this.s2 = e - (this.c = 0 | e)));
        }),
          (this.c = 1),
          (this.s0 = a(' ')),
          (this.s1 = a(' ')),
          (this.s2 = a(' ')),
          (this.s0 -= a(e)),
          this.s0 < 0 && (this.s0 += 1),
          (this.s1 -= a(e)),
          this.s1 < 0 && (this.s1 += 1),
          (this.s2 -= a(e)),
          this.s2 < 0 && (this.s2 += 1),
          (a = null);
      }
      function o(e, t) {
        return ((t.c = e.c), (t.s0 = e.s0), (t.s1 = e.s1), (t.s2 = e.s2), t);
      }
      function i(e, t) {
        var n = new s(e),
          a = t && t.state,
          r = n.next;
        return (
          (r.int32 = () => (4294967296 * n.next()) | 0),
          (r.double = () => r() + 11102230246251565e-32 * ((2097152 * r()) | 0)),
          (r.quick = r),
          a && ('object' == typeof a && o(a, n), (r.state = () => o(n, {}))),
          r
        );
      }
      r && r.exports
        ? (r.exports = i)
        : n.amdD && n.amdO
          ? void 0 === (a = (() => i).call(t, n, t, r)) || (r.exports = a)
          : (this.alea = i);
    })(0, (e = n.nmd(e)), n.amdD);
  },
  717(e, t, n) {
    var a;
    !(function (e, r) {
      function s(e) {
        var n = '';
        (this.next = () => {
          var e = this.b,
            n = this.c,
            a = this.d,
            r = this.a;
          return (
            (e = (e << 25) ^ (e >>> 7) ^ n),
            (n = (n - a) | 0),
            (a = (a << 24) ^ (a >>> 8) ^ r),
            (r = (r - e) | 0),
            (this.b = e = (e << 20) ^ (e >>> 12) ^ n),
            (this.c = n = (n - a) | 0),
            (this.d = (a << 16) ^ (n >>> 16) ^ r),
            (this.a = (r - e) | 0)
          );
        }),
          (this.a = 0),
          (this.b = 0),
          (this.c = -1640531527),
          (this.d = 1367130551),
          e === Math.floor(e) ? ((this.a = (e / 4294967296) | 0), (this.b = 0 | e)) : (n += e);
        for (var a = 0; a < n.length + 20; a++) (this.b ^= 0 | n.charCodeAt(a)), this.next();
      }
      function o(e, t) {
        return ((t.a = e.a), (t.b = e.b), (t.c = e.c), (t.d = e.d), t);
      }
      function i(e, t) {
        var n = new s(e),
          a = t && t.state,
          r = () => (n.next() >>> 0) / 4294967296;
        return (
          (r.double = () => {
            do {
              var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            } while (0 === e);
            return e;
          }),
          (r.int32 = n.next),
          (r.quick = r),
          a && ('object' == typeof a && o(a, n), (r.state = () => o(n, {}))),
          r
        );
      }
      r && r.exports
        ? (r.exports = i)
        : n.amdD && n.amdO
          ? void 0 === (a = (() => i).call(t, n, t, r)) || (r.exports = a)
          : (this.tychei = i);
    })(0, (e = n.nmd(e)), n.amdD);
  },
  181(e, t, n) {
    var a;
    !(function (e, r) {
      function s(e) {
        var n = '';
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
          e === (0 | e) ? (this.x = e) : (n += e);
        for (var a = 0; a < n.length + 64; a++) (this.x ^= 0 | n.charCodeAt(a)), this.next();
      }
      function o(e, t) {
        return ((t.x = e.x), (t.y = e.y), (t.z = e.z), (t.w = e.w), t);
      }
      function i(e, t) {
        var n = new s(e),
          a = t && t.state,
          r = () => (n.next() >>> 0) / 4294967296;
        return (
          (r.double = () => {
            do {
              var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            } while (0 === e);
            return e;
          }),
          (r.int32 = n.next),
          (r.quick = r),
          a && ('object' == typeof a && o(a, n), (r.state = () => o(n, {}))),
          r
        );
      }
      r && r.exports
        ? (r.exports = i)
        : n.amdD && n.amdO
          ? void 0 === (a = (() => i).call(t, n, t, r)) || (r.exports = a)
          : (this.xor128 = i);
    })(0, (e = n.nmd(e)), n.amdD);
  },
  833(e, t, n) {
    var a;
    !(function (e, r) {
      function s(e) {
        (this.next = () => {
          var e,
            n,
            a = this.w,
            r = this.X,
            s = this.i;
          return (
            (this.w = a = (a + 1640531527) | 0),
            (n = r[(s + 34) & 127]),
            (e = r[(s = (s + 1) & 127)]),
            (n ^= n << 13),
            (e ^= e << 17),
            (n ^= n >>> 15),
            (e ^= e >>> 12),
            (n = r[s] = n ^ e),
            (this.i = s),
            (n + (a ^ (a >>> 16))) | 0
          );
        }),
          ((e, t) => {
            var n,
              a,
              r,
              s,
              o,
              i = [],
              u = 128;
            for (
              t === (0 | t)
                ? ((a = t), (t = null))
                : ((t += '\0'), (a = 0), (u = Math.max(u, t.length))),
                r = 0,
                s = -32;
              s < u;
              ++s
            )
              t && (a ^= t.charCodeAt((s + 32) % t.length)),
                0 === s && (o = a),
                (a ^= a << 10),
                (a ^= a >>> 15),
                (a ^= a << 4),
                (a ^= a >>> 13),
                s >= 0 &&
                  ((o = (o + 1640531527) | 0), (r = 0 == (n = i[127 & s] ^= a + o) ? r + 1 : 0));
            for (r >= 128 && (i[127 & ((t && t.length) || 0)] = -1), r = 127, s = 512; s > 0; --s)
              (a = i[(r + 34) & 127]),
                (n = i[(r = (r + 1) & 127)]),
                (a ^= a << 13),
                (n ^= n << 17),
                (a ^= a >>> 15),
                (n ^= n >>> 12),
                (i[r] = a ^ n);
            (e.w = o), (e.X = i), (e.i = r);
          })(this, e);
      }
      function o(e, t) {
        return ((t.i = e.i), (t.w = e.w), (t.X = e.X.slice()), t);
      }
      function i(e, t) {
        null == e && (e = +new Date());
        var n = new s(e),
          a = t && t.state,
          r = () => (n.next() >>> 0) / 4294967296;
        return (
          (r.double = () => {
            do {
              var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            } while (0 === e);
            return e;
          }),
          (r.int32 = n.next),
          (r.quick = r),
          a && (a.X && o(a, n), (r.state = () => o(n, {}))),
          r
        );
      }
      r && r.exports
        ? (r.exports = i)
        : n.amdD && n.amdO
          ? void 0 === (a = (() => i).call(t, n, t, r)) || (r.exports = a)
          : (this.xor4096 = i);
    })(0, (e = n.nmd(e)), n.amdD);
  },
  67(e, t, n) {
    var a;
    !(function (e, r) {
      function s(e) {
        (this.next = () => {
          var e,
            n,
            a = this.x,
            r = this.i;
          return (
            (e = a[r]),
            (n = (e ^= e >>> 7) ^ (e << 24)),
            (n ^= (e = a[(r + 1) & 7]) ^ (e >>> 10)),
            (n ^= (e = a[(r + 3) & 7]) ^ (e >>> 3)),
            (n ^= (e = a[(r + 4) & 7]) ^ (e << 7)),
            (e = a[(r + 7) & 7]),
            (n ^= (e ^= e << 13) ^ (e << 9)),
            (a[r] = n),
            (this.i = (r + 1) & 7),
            n
          );
        }),
          ((e, t) => {
            var n,
              a = [];
            if (t === (0 | t)) a[0] = t;
            else
              for (t = '' + t, n = 0; n < t.length; ++n)
                a[7 & n] = (a[7 & n] << 15) ^ ((t.charCodeAt(n) + a[(n + 1) & 7]) << 13);
            for (; a.length < 8; ) a.push(0);
            for (n = 0; n < 8 && 0 === a[n]; ++n);
            for (8 == n ? (a[7] = -1) : a[n], e.x = a, e.i = 0, n = 256; n > 0; --n) e.next();
          })(this, e);
      }
      function o(e, t) {
        return ((t.x = e.x.slice()), (t.i = e.i), t);
      }
      function i(e, t) {
        null == e && (e = +new Date());
        var n = new s(e),
          a = t && t.state,
          r = () => (n.next() >>> 0) / 4294967296;
        return (
          (r.double = () => {
            do {
              var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            } while (0 === e);
            return e;
          }),
          (r.int32 = n.next),
          (r.quick = r),
          a && (a.x && o(a, n), (r.state = () => o(n, {}))),
          r
        );
      }
      r && r.exports
        ? (r.exports = i)
        : n.amdD && n.amdO
          ? void 0 === (a = (() => i).call(t, n, t, r)) || (r.exports = a)
          : (this.xorshift7 = i);
    })(0, (e = n.nmd(e)), n.amdD);
  },
  31(e, t, n) {
    var a;
    !(function (e, r) {
      function s(e) {
        var n = '';
        (this.next = () => {
          var e = this.x ^ (this.x >>> 2);
          return (
            (this.x = this.y),
            (this.y = this.z),
            (this.z = this.w),
            (this.w = this.v),
            ((this.d = (this.d + 362437) | 0) + (this.v = this.v ^ (this.v << 4) ^ e ^ (e << 1))) |
              0
          );
        }),
          (this.x = 0),
          (this.y = 0),
          (this.z = 0),
          (this.w = 0),
          (this.v = 0),
          e === (0 | e) ? (this.x = e) : (n += e);
        for (var a = 0; a < n.length + 64; a++)
          (this.x ^= 0 | n.charCodeAt(a)),
            a == n.length && (this.d = (this.x << 10) ^ (this.x >>> 4)),
            this.next();
      }
      function o(e, t) {
        return ((t.x = e.x), (t.y = e.y), (t.z = e.z), (t.w = e.w), (t.v = e.v), (t.d = e.d), t);
      }
      function i(e, t) {
        var n = new s(e),
          a = t && t.state,
          r = () => (n.next() >>> 0) / 4294967296;
        return (
          (r.double = () => {
            do {
              var e = ((n.next() >>> 11) + (n.next() >>> 0) / 4294967296) / (1 << 21);
            } while (0 === e);
            return e;
          }),
          (r.int32 = n.next),
          (r.quick = r),
          a && ('object' == typeof a && o(a, n), (r.state = () => o(n, {}))),
          r
        );
      }
      r && r.exports
        ? (r.exports = i)
        : n.amdD && n.amdO
          ? void 0 === (a = (() => i).call(t, n, t, r)) || (r.exports = a)
          : (this.xorwow = i);
    })(0, (e = n.nmd(e)), n.amdD);
  },
  801(e, t, n) {
    var a;
    !((r, s, o) => {
      var i,
        u = 256,
        l = o.pow(u, 6),
        d = o.pow(2, 52),
        c = 2 * d,
        p = 255;
      function h(e, t, n) {
        var a = [],
          p = b(
            g(
              (t = 1 == t ? { entropy: !0 } : t || {}).entropy
                ? [e, y(s)]
                : (e ??
                    (() => {
                      try {
                        var e;
                        return (
                          i && (e = i.randomBytes)
                            ? (e = e(u))
                            : ((e = new Uint8Array(u)),
                              (r.crypto || r.msCrypto).getRandomValues(e)),
                          y(e)
                        );
                      } catch (e) {
                        var t = r.navigator,
                          n = t && t.plugins;
                        return [+new Date(), r, n, r.screen, y(s)];
                      }
                    })()),
              3,
            ),
            a,
          ),
          h = new f(a),
          k = () => {
            for (var e = h.g(6), t = l, n = 0; e < d; ) (e = (e + n) * u), (t *= u), (n = h.g(1));
            for (; e >= c; ) (e /= 2), (t /= 2), (n >>>= 1);
            return (e + n) / t;
          };
        return (
          (k.int32 = () => 0 | h.g(4)),
          (k.quick = () => h.g(4) / 4294967296),
          (k.double = k),
          b(y(h.S), s),
          (
            t.pass ||
            n ||
            ((e, t, n, a) => (
              a && (a.S && m(a, h), (e.state = () => m(h, {}))), n ? ((o.random = e), t) : e
            ))
          )(k, p, 'global' in t ? t.global : this == o, t.state)
        );
      }
      function f(e) {
        var t,
          n = e.length,
          r = 0,
          s = (this.i = this.j = 0),
          o = (this.S = []);
        for (n || (e = [n++]); r < u; ) o[r] = r++;
        for (r = 0; r < u; r++) (o[r] = o[(s = p & (s + e[r % n] + (t = o[r])))]), (o[s] = t);
        (this.g = (e) => {
          for (var t, n = 0, r = this.i, s = this.j, o = this.S; e--; )
            (t = o[(r = p & (r + 1))]),
              (n = n * u + o[p & ((o[r] = o[(s = p & (s + t))]) + (o[s] = t))]);
          return ((this.i = r), (this.j = s), n);
        })(u);
      }
      function m(e, t) {
        return ((t.i = e.i), (t.j = e.j), (t.S = e.S.slice()), t);
      }
      function g(e, t) {
        var n,
          a = [],
          r = typeof e;
        if (t && 'object' == r)
          for (n in e)
            try {
              a.push(g(e[n], t - 1));
            } catch (e) {}
        return a.length ? a : 'string' == r ? e : e + '\0';
      }
      function b(e, t) {
        for (var n, a = e + '', r = 0; r < a.length; )
          t[p & r] = p & ((n ^= 19 * t[p & r]) + a.charCodeAt(r++));
        return y(t);
      }
      function y(e) {
        return String.fromCharCode.apply(0, e);
      }
      if ((b(o.random(), s), e.exports)) {
        e.exports = h;
        try {
          i = n(234);
        } catch (e) {}
      } else void 0 === (a = (() => h).call(t, n, t, e)) || (e.exports = a);
    })('undefined' != typeof self ? self : this, [], Math);
  },
  893() {},
  74() {},
  281() {},
  244() {},
  556() {},
  817() {},
  590() {},
  234() {},
};
const t = {};
function n(a) {
  const r = t[a];
  if (void 0 !== r) return r.exports;
  const s = (t[a] = { id: a, loaded: !1, exports: {} });
  return (e[a].call(s.exports, s, s.exports, n), (s.loaded = !0), s.exports);
}
function a(e) {
  return `[${e.map((e) => (-1 === e ? '*' : String(e))).join(', ')}]`;
}
function r(e, t, n, r) {
  const s = e.shape;
  if (s.length !== t.length || !t.every((e, t) => -1 === e || e === s[t])) {
    const e = s.length === t.length ? '' : ` (rank ${s.length}, expected rank ${t.length})`;
    throw new Error(`${r}: argument '${n}' must have shape ${a(t)}, got ${a(s)}${e}`);
  }
}
(n.amdD = () => {
  throw new Error('define cannot be used indirect');
}),
  (n.amdO = {}),
  (n.n = (e) => {
    const t = e && e.__esModule ? () => e.default : () => e;
    return (n.d(t, { a: t }), t);
  }),
  (n.d = (e, t) => {
    for (var a in t)
      n.o(t, a) && !n.o(e, a) && Object.defineProperty(e, a, { enumerable: !0, get: t[a] });
  }),
  (n.g = (function () {
    if ('object' == typeof globalThis) return globalThis;
    try {
      return this || new Function('return this')();
    } catch (e) {
      if ('object' == typeof window) return window;
    }
  })()),
  (n.o = (e, t) => Object.hasOwn(e, t)),
  (n.nmd = (e) => ((e.paths = []), e.children || (e.children = []), e));
class s {
  constructor(e, t) {
    (this.backend = e), (this.dataMover = t), (this.data = new WeakMap()), (this.dataIdsCount = 0);
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
}
class o {
  refCount(e) {
    return i('refCount');
  }
  incRef(e) {
    return i('incRef');
  }
  timerAvailable() {
    return !0;
  }
  time(e) {
    return i('time');
  }
  read(e) {
    return i('read');
  }
  readSync(e) {
    return i('readSync');
  }
  readToGPU(e, t) {
    return i('readToGPU');
  }
  numDataIds() {
    return i('numDataIds');
  }
  disposeData(e, t) {
    return i('disposeData');
  }
  write(e, t, n) {
    return i('write');
  }
  move(e, t, n, a, r) {
    return i('move');
  }
  createTensorFromGPUData(e, t, n) {
    return i('createTensorFromGPUData');
  }
  memory() {
    return i('memory');
  }
  floatPrecision() {
    return i('floatPrecision');
  }
  epsilon() {
    return 32 === this.floatPrecision() ? 1e-7 : 1e-4;
  }
  dispose() {
    return i('dispose');
  }
}
function i(e) {
  throw new Error(
    `'${e}' not yet implemented or not found in the registry. This kernel may not be supported by the tfjs backend you have chosen`,
  );
}
function u(e, t, n) {
  return Math.max(e, Math.min(t, n));
}
function l(e, t, n) {
  const a = e[t];
  (e[t] = e[n]), (e[n] = a);
}
function d(e, t) {
  if (!e) throw new Error('string' == typeof t ? t : t());
}
function c(e, t, n = '') {
  d(f(e, t), () => n + ` Shapes ${e} and ${t} must match`);
}
function p(e) {
  d(null != e, () => 'The input to the tensor constructor must be a non-null value.');
}
function h(e) {
  if (0 === e.length) return 1;
  let t = e[0];
  for (let n = 1; n < e.length; n++) t *= e[n];
  return t;
}
function f(e, t) {
  if (e === t) return !0;
  if (null == e || null == t) return !1;
  if (e.length !== t.length) return !1;
  for (let n = 0; n < e.length; n++) if (e[n] !== t[n]) return !1;
  return !0;
}
function m(e, t) {
  return t <= e.length ? e : e + ' '.repeat(t - e.length);
}
function g(e, t) {
  let n = 1,
    a = -1;
  for (let t = 0; t < e.length; ++t)
    if (e[t] >= 0) n *= e[t];
    else if (-1 === e[t]) {
      if (-1 !== a)
        throw Error(`Shapes can only have 1 implicit size. Found -1 at dim ${a} and dim ${t}`);
      a = t;
    } else if (e[t] < 0) throw Error(`Shapes can not be < 0. Found ${e[t]} at dim ${t}`);
  if (-1 === a) {
    if (t > 0 && t !== n) throw Error(`Size(${t}) must match the product of shape ${e}`);
    return e;
  }
  if (0 === n) throw Error(`Cannot infer the missing size in [${e}] when there are 0 elements`);
  if (t % n !== 0) throw Error(`The implicit shape can't be a fractional number. Got ${t} / ${n}`);
  const r = e.slice();
  return ((r[a] = t / n), r);
}
function b(e, t) {
  const n = t.length;
  return (
    d(
      (e = null == e ? t.map((e, t) => t) : [].concat(e)).every((e) => e >= -n && e < n),
      () => `All values in axis param must be in range [-${n}, ${n}) but got axis ${e}`,
    ),
    d(
      e.every((e) => e % 1 == 0),
      () => `All values in axis param must be integers but got axis ${e}`,
    ),
    e.map((e) => (e < 0 ? n + e : e))
  );
}
function y(e, t) {
  return k(e, t);
}
function k(e, t) {
  let n = null;
  if (null == e || 'float32' === e) n = new Float32Array(t);
  else if ('int32' === e) n = new Int32Array(t);
  else if ('bool' === e) n = new Uint8Array(t);
  else {
    if ('string' !== e) throw new Error(`Unknown data type ${e}`);
    n = new Array(t);
  }
  return n;
}
function w(e) {
  if ('float32' === e || 'int32' === e) return 4;
  if ('complex64' === e) return 8;
  if ('bool' === e) return 1;
  throw new Error(`Unknown dtype ${e}`);
}
function I(e) {
  return 'string' == typeof e || e instanceof String;
}
function v(e) {
  return Array.isArray(e)
    ? v(e[0])
    : e instanceof Float32Array
      ? 'float32'
      : e instanceof Int32Array || e instanceof Uint8Array || e instanceof Uint8ClampedArray
        ? 'int32'
        : 'number' == typeof e
          ? 'float32'
          : I(e)
            ? 'string'
            : 'boolean' == typeof e
              ? 'bool'
              : 'float32';
}
function _(e) {
  return !!(e && e.constructor && e.call && e.apply);
}
function x(e) {
  const t = e.length;
  if (t < 2) return [];
  const n = new Array(t - 1);
  n[t - 2] = e[t - 1];
  for (let a = t - 3; a >= 0; --a) n[a] = n[a + 1] * e[a + 1];
  return n;
}
function M(e, t, n, a = !1) {
  const r = [];
  if (1 === t.length) {
    const s = t[0] * (a ? 2 : 1);
    for (let t = 0; t < s; t++) r[t] = n[e + t];
  } else {
    const s = t[0],
      o = t.slice(1),
      i = o.reduce((e, t) => e * t) * (a ? 2 : 1);
    for (let t = 0; t < s; t++) r[t] = M(e + t * i, o, n, a);
  }
  return r;
}
function S(e, t, n = !1) {
  if (0 === e.length) return t[0];
  const a = e.reduce((e, t) => e * t) * (n ? 2 : 1);
  if (0 === a) return [];
  if (a !== t.length)
    throw new Error(
      `[${e}] does not match the input size ${t.length}${n ? ' for a complex tensor' : ''}.`,
    );
  return M(0, e, t, n);
}
function N(e, t) {
  const n = A(e, t);
  for (let e = 0; e < n.length; e++) n[e] = 1;
  return n;
}
function A(e, t) {
  if (null == t || 'float32' === t || 'complex64' === t) return new Float32Array(e);
  if ('int32' === t) return new Int32Array(e);
  if ('bool' === t) return new Uint8Array(e);
  throw new Error(`Unknown data type ${t}`);
}
function F(e, t) {
  const n = e.reduce((e, t) => e * t, 1);
  if (null == t || 'float32' === t) return S(e, new Float32Array(n));
  if ('int32' === t) return S(e, new Int32Array(n));
  if ('bool' === t) return S(e, new Uint8Array(n));
  throw new Error(`Unknown data type ${t}`);
}
function E(e) {
  e.forEach((t) => {
    d(
      Number.isInteger(t) && t >= 0,
      () => `Tensor must have a shape comprised of positive integers but got shape [${e}].`,
    );
  });
}
function T(e, t, n) {
  if (0 === t) return 0;
  if (1 === t) return e[0];
  let a = e[e.length - 1];
  for (let t = 0; t < e.length - 1; ++t) a += n[t] * e[t];
  return a;
}
function D(e, t, n) {
  if (0 === t) return [];
  if (1 === t) return [e];
  const a = new Array(t);
  for (let t = 0; t < a.length - 1; ++t) (a[t] = Math.floor(e / n[t])), (e -= a[t] * n[t]);
  return ((a[a.length - 1] = e), a);
}
function $(e) {
  return e && e.then && 'function' == typeof e.then;
}
const R = 'tfjsflags';
class C {
  constructor(e) {
    (this.global = e),
      (this.flags = {}),
      (this.flagRegistry = {}),
      (this.urlFlags = {}),
      (this.getQueryParams = W),
      this.populateURLFlags();
  }
  setPlatform(e, t) {
    null != this.platform &&
      (O().getBool('IS_TEST') ||
        O().getBool('PROD') ||
        console.warn(
          `Platform ${this.platformName} has already been set. Overwriting the platform with ${e}.`,
        )),
      (this.platformName = e),
      (this.platform = t);
  }
  registerFlag(e, t, n) {
    if (((this.flagRegistry[e] = { evaluationFn: t, setHook: n }), null != this.urlFlags[e])) {
      const t = this.urlFlags[e];
      O().getBool('IS_TEST') ||
        O().getBool('PROD') ||
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
    if ($(t))
      throw new Error(
        `Flag ${e} cannot be synchronously evaluated. Please use getAsync() instead.`,
      );
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
    if (null == this.flagRegistry[e])
      throw new Error(`Cannot set flag ${e} as it has not been registered.`);
    (this.flags[e] = t), null != this.flagRegistry[e].setHook && this.flagRegistry[e].setHook(t);
  }
  evaluateFlag(e) {
    if (null == this.flagRegistry[e])
      throw new Error(`Cannot evaluate flag '${e}': no evaluation function found.`);
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
      void 0 === this.global ||
      void 0 === this.global.location ||
      void 0 === this.global.location.search
    )
      return;
    const e = this.getQueryParams(this.global.location.search);
    R in e &&
      e[R].split(',').forEach((e) => {
        const [t, n] = e.split(':');
        this.urlFlags[t] = ((e, t) => {
          const n = t.toLowerCase();
          return 'true' === n || 'false' === n ? 'true' === n : '' + +n === n ? +n : t;
        })(0, n);
      });
  }
}
function W(e) {
  const t = {};
  return (
    e.replace(
      /[?&]([^=?&]+)(?:=([^&]*))?/g,
      (e, ...n) => (
        ((e, t, n) => {
          e[decodeURIComponent(t)] = decodeURIComponent(n || '');
        })(t, n[0], n[1]),
        n.join('=')
      ),
    ),
    t
  );
}
function O() {
  return B;
}
let P,
  B = null;
function H() {
  if (null == P) {
    let e;
    if ('undefined' != typeof window) e = window;
    else if (void 0 !== n.g) e = n.g;
    else if ('undefined' != typeof process) e = process;
    else {
      if ('undefined' == typeof self) throw new Error('Could not find a global object');
      e = self;
    }
    P = e;
  }
  return P;
}
function L(e, t) {
  const n = (() => {
    const e = H();
    return (null == e._tfGlobals && (e._tfGlobals = new Map()), e._tfGlobals);
  })();
  if (n.has(e)) return n.get(e);
  {
    const a = t();
    return (n.set(e, a), n.get(e));
  }
}
const z = 'AvgPool',
  U = 'AvgPoolGrad',
  q = 'AvgPool3D',
  G = 'AvgPool3DGrad',
  j = 'BatchMatMul',
  V = 'BatchToSpaceND',
  K = 'Bincount',
  J = 'BitwiseAnd',
  Q = 'BroadcastArgs',
  Z = 'ClipByValue',
  X = 'Complex',
  Y = 'ComplexAbs',
  ee = 'Conv2DBackpropInput',
  te = 'Conv3DBackpropFilterV2',
  ne = 'Conv3DBackpropInputV2',
  ae = 'Cumprod',
  re = 'CropAndResize',
  se = 'DenseBincount',
  oe = 'DepthToSpace',
  ie = 'DepthwiseConv2dNative',
  ue = 'Dilation2D',
  le = 'Dilation2DBackpropInput',
  de = 'Dilation2DBackpropFilter',
  ce = 'RealDiv',
  pe = 'EluGrad',
  he = 'ExpandDims',
  fe = 'FlipLeftRight',
  me = 'FloorDiv',
  ge = 'FusedBatchNorm',
  be = 'GatherV2',
  ye = 'GatherNd',
  ke = 'Greater',
  we = 'GreaterEqual',
  Ie = 'Identity',
  ve = 'IsFinite',
  _e = 'LeakyRelu',
  xe = 'LessEqual',
  Me = 'LinSpace',
  Se = 'LogicalAnd',
  Ne = 'LogicalNot',
  Ae = 'LogicalOr',
  Fe = 'LRNGrad',
  Ee = 'Maximum',
  Te = 'MaxPool',
  De = 'MaxPoolGrad',
  $e = 'MaxPool3D',
  Re = 'MaxPool3DGrad',
  Ce = 'MaxPoolWithArgmax',
  We = 'Minimum',
  Oe = 'MirrorPad',
  Pe = 'Multinomial',
  Be = 'Multiply',
  He = 'NotEqual',
  Le = 'NonMaxSuppressionV3',
  ze = 'NonMaxSuppressionV4',
  Ue = 'NonMaxSuppressionV5',
  qe = 'OnesLike',
  Ge = 'Reciprocal',
  je = 'Reshape',
  Ve = 'ResizeNearestNeighbor',
  Ke = 'ResizeNearestNeighborGrad',
  Je = 'ResizeBilinear',
  Qe = 'ResizeBilinearGrad',
  Ze = 'Reverse',
  Xe = 'ScatterNd',
  Ye = 'TensorScatterUpdate',
  et = 'SearchSorted',
  tt = 'Sigmoid',
  nt = 'Softplus',
  at = 'SpaceToBatchND',
  rt = 'Softmax',
  st = 'SparseFillEmptyRows',
  ot = 'SparseReshape',
  it = 'SparseSegmentMean',
  ut = 'SparseSegmentSum',
  lt = 'SparseToDense',
  dt = 'SquaredDifference',
  ct = 'StaticRegexReplace',
  pt = 'StridedSlice',
  ht = 'StringNGrams',
  ft = 'StringSplit',
  mt = 'StringToHashBucketFast',
  gt = 'Transform',
  bt = 'Transpose',
  yt = 'ZerosLike',
  kt = 'RotateWithOffset',
  wt = '_FusedMatMul',
  It = 'FusedConv2D',
  vt = 'FusedDepthwiseConv2D';
function _t(...e) {
  O().getBool('IS_TEST') || O().getBool('PROD') || console.warn(...e);
}
const xt = L('kernelRegistry', () => new Map()),
  Mt = L('gradRegistry', () => new Map());
function St(e, t) {
  const n = Tt(e, t);
  return xt.get(n);
}
function Nt(e) {
  return Mt.get(e);
}
function At(e) {
  const t = xt.entries(),
    n = [];
  for (;;) {
    const { done: a, value: r } = t.next();
    if (a) break;
    const [s, o] = r,
      [i] = s.split('_');
    i === e && n.push(o);
  }
  return n;
}
function Ft(e) {
  const { kernelName: t, backendName: n } = e,
    a = Tt(t, n);
  xt.has(a) && _t(`The kernel '${t}' for backend '${n}' is already registered`), xt.set(a, e);
}
function Et(e) {
  const { kernelName: t } = e;
  Mt.has(t) && O().getBool('DEBUG') && _t(`Overriding the gradient for '${t}'`), Mt.set(t, e);
}
function Tt(e, t) {
  return `${t}_${e}`;
}
function Dt(e) {
  return (
    e instanceof Float32Array ||
    e instanceof Int32Array ||
    e instanceof Uint8Array ||
    e instanceof Uint8ClampedArray
  );
}
var $t = n(570);
const Rt = n.n($t)() || $t;
function Ct(e) {
  return Rt.fromString(e, !0, 16);
}
const Wt = Ct('c3a5c85c97cb3127'),
  Ot = Ct('b492b66fbe98f273'),
  Pt = Ct('9ae16a3b2f90404f');
function Bt(e) {
  return e.xor(e.shru(47));
}
function Ht(e, t, n) {
  const a = e.slice(t, t + n);
  return Rt.fromBytes(Array.from(a), !0, !0);
}
function Lt(e, t) {
  return Ht(e, t, 8);
}
function zt(e, t) {
  return Ht(e, t, 4);
}
function Ut(e, t) {
  return 0 === t ? e : e.shru(t).or(e.shl(64 - t));
}
function qt(e, t, n = Ct('9ddfea08eb382d69')) {
  let a = e.xor(t).mul(n);
  a = a.xor(a.shru(47));
  let r = t.xor(a).mul(n);
  return ((r = r.xor(r.shru(47))), (r = r.mul(n)), r);
}
function Gt(e, t, n, a) {
  return ((e, t, n, a, r, s) => {
    (r = r.add(e)), (s = Ut(s.add(r).add(a), 21));
    const o = r;
    return ((r = (r = r.add(t)).add(n)), (s = s.add(Ut(r, 44))), [r.add(a), s.add(o)]);
  })(Lt(e, t), Lt(e, t + 8), Lt(e, t + 16), Lt(e, t + 24), n, a);
}
function jt(e, t = e.length) {
  const n = Rt.fromNumber(81, !0);
  if (t <= 32)
    return t <= 16
      ? ((e, t = e.length) => {
          if (t >= 8) {
            const n = Pt.add(2 * t),
              a = Lt(e, 0).add(Pt),
              r = Lt(e, t - 8);
            return qt(Ut(r, 37).mul(n).add(a), Ut(a, 25).add(r).mul(n), n);
          }
          if (t >= 4) {
            const n = Pt.add(2 * t);
            return qt(zt(e, 0).shl(3).add(t), zt(e, t - 4), n);
          }
          if (t > 0) {
            const n = e[0] + (e[t >> 1] << 8),
              a = t + (e[t - 1] << 2);
            return Bt(Pt.mul(n).xor(Wt.mul(a))).mul(Pt);
          }
          return Pt;
        })(e, t)
      : ((e, t = e.length) => {
          const n = Pt.add(2 * t),
            a = Lt(e, 0).mul(Ot),
            r = Lt(e, 8),
            s = Lt(e, t - 8).mul(n),
            o = Lt(e, t - 16).mul(Pt);
          return qt(Ut(a.add(r), 43).add(Ut(s, 30)).add(o), a.add(Ut(r.add(Pt), 18)).add(s), n);
        })(e, t);
  if (t <= 64)
    return ((e, t = e.length) => {
      const n = Pt.add(2 * t),
        a = Lt(e, 0).mul(Pt),
        r = Lt(e, 8),
        s = Lt(e, t - 8).mul(n),
        o = Lt(e, t - 16).mul(Pt),
        i = Ut(a.add(r), 43).add(Ut(s, 30)).add(o),
        u = qt(i, a.add(Ut(r.add(Pt), 18)).add(s), n),
        l = Lt(e, 16).mul(n),
        d = Lt(e, 24),
        c = i.add(Lt(e, t - 32)).mul(n),
        p = u.add(Lt(e, t - 24)).mul(n);
      return qt(Ut(l.add(d), 43).add(Ut(c, 30)).add(p), l.add(Ut(d.add(a), 18)).add(c), n);
    })(e, t);
  let a = n,
    r = n.mul(Ot).add(113),
    s = Bt(r.mul(Pt).add(113)).mul(Pt),
    o = [Rt.UZERO, Rt.UZERO],
    i = [Rt.UZERO, Rt.UZERO];
  a = a.mul(Pt).add(Lt(e, 0));
  let u = 0;
  const l = 64 * ((t - 1) >> 6),
    d = l + ((t - 1) & 63) - 63;
  do {
    (a = Ut(
      a
        .add(r)
        .add(o[0])
        .add(Lt(e, u + 8)),
      37,
    ).mul(Ot)),
      (r = Ut(r.add(o[1]).add(Lt(e, u + 48)), 42).mul(Ot)),
      (a = a.xor(i[1])),
      (r = r.add(o[0]).add(Lt(e, u + 40))),
      (s = Ut(s.add(i[0]), 33).mul(Ot)),
      (o = Gt(e, u, o[1].mul(Ot), a.add(i[0]))),
      (i = Gt(e, u + 32, s.add(i[1]), r.add(Lt(e, u + 16)))),
      ([s, a] = [a, s]),
      (u += 64);
  } while (u !== l);
  const c = Ot.add(s.and(255).shl(1));
  return (
    (u = d),
    (i[0] = i[0].add((t - 1) & 63)),
    (o[0] = o[0].add(i[0])),
    (i[0] = i[0].add(o[0])),
    (a = Ut(
      a
        .add(r)
        .add(o[0])
        .add(Lt(e, u + 8)),
      37,
    ).mul(c)),
    (r = Ut(r.add(o[1]).add(Lt(e, u + 48)), 42).mul(c)),
    (a = a.xor(i[1].mul(9))),
    (r = r.add(o[0].mul(9).add(Lt(e, u + 40)))),
    (s = Ut(s.add(i[0]), 33).mul(c)),
    (o = Gt(e, u, o[1].mul(c), a.add(i[0]))),
    (i = Gt(e, u + 32, s.add(i[1]), r.add(Lt(e, u + 16)))),
    ([s, a] = [a, s]),
    qt(qt(o[0], i[0], c).add(Bt(r).mul(Wt)).add(s), qt(o[1], i[1], c).add(a), c)
  );
}
function Vt(e, t) {
  return 'string' === t ? Qt(e) : Kt([e], t);
}
function Kt(e, t) {
  if ('string' === t) throw new Error('Cannot convert a string[] to a TypedArray');
  if (
    (Array.isArray(e) && (e = Yt(e)),
    O().getBool('DEBUG') &&
      ((e, t) => {
        for (let n = 0; n < e.length; n++) {
          const a = e[n];
          if (isNaN(a) || !isFinite(a))
            throw Error(`A tensor of type ${t} being uploaded contains ${a}.`);
        }
      })(e, t),
    ((e, t) =>
      (e instanceof Float32Array && 'float32' === t) ||
      (e instanceof Int32Array && 'int32' === t) ||
      (e instanceof Uint8Array && 'bool' === t))(e, t))
  )
    return e;
  if (null == t || 'float32' === t || 'complex64' === t) return new Float32Array(e);
  if ('int32' === t) return new Int32Array(e);
  if ('bool' === t) {
    const t = new Uint8Array(e.length);
    for (let n = 0; n < t.length; ++n) 0 !== Math.round(e[n]) && (t[n] = 1);
    return t;
  }
  throw new Error(`Unknown data type ${t}`);
}
function Jt() {
  return O().platform.now();
}
function Qt(e, t = 'utf-8') {
  return ((t = t || 'utf-8'), O().platform.encode(e, t));
}
function Zt(e, t = 'utf-8') {
  return ((t = t || 'utf-8'), O().platform.decode(e, t));
}
function Xt(e) {
  return null != O().platform.isTypedArray ? O().platform.isTypedArray(e) : Dt(e);
}
function Yt(e, t = [], n = !1) {
  if (
    (null == t && (t = []),
    'boolean' == typeof e ||
      'number' == typeof e ||
      'string' == typeof e ||
      $(e) ||
      null == e ||
      (Xt(e) && n))
  )
    t.push(e);
  else if (Array.isArray(e) || Xt(e)) for (let a = 0; a < e.length; ++a) Yt(e[a], t, n);
  else {
    let a = -1;
    for (const t of Object.keys(e)) /^([1-9]+[0-9]*|0)$/.test(t) && (a = Math.max(a, Number(t)));
    for (let r = 0; r <= a; r++) Yt(e[r], t, n);
  }
  return t;
}
class en {
  constructor(e, t) {
    (this.backendTimer = e), (this.logger = t), null == t && (this.logger = new nn());
  }
  profileKernel(e, t, n) {
    let a;
    const r = () => {
      a = n();
    };
    let s;
    const o = Jt();
    if (this.backendTimer.timerAvailable()) s = this.backendTimer.time(r);
    else {
      r();
      for (const e of a) e.dataSync();
      s = Promise.resolve({ kernelMs: Jt() - o });
    }
    if (O().getBool('CHECK_COMPUTATION_FOR_ERRORS'))
      for (let t = 0; t < a.length; t++) {
        const n = a[t];
        n.data().then((t) => {
          tn(t, n.dtype, e);
        });
      }
    return {
      kernelName: e,
      outputs: a,
      inputs: t,
      timeMs: s.then((e) => e.kernelMs),
      extraInfo: s.then((e) => (null != e.getExtraProfileInfo ? e.getExtraProfileInfo() : '')),
    };
  }
  logKernelProfile(e) {
    const { kernelName: t, outputs: n, timeMs: a, inputs: r, extraInfo: s } = e;
    n.forEach((e) => {
      Promise.all([e.data(), a, s]).then((n) => {
        this.logger.logKernelProfile(t, e, n[0], n[1], r, n[2]);
      });
    });
  }
}
function tn(e, t, n) {
  if ('float32' !== t) return !1;
  for (let t = 0; t < e.length; t++) {
    const a = e[t];
    if (isNaN(a) || !isFinite(a)) return (console.warn(`Found ${a} in the result of '${n}'`), !0);
  }
  return !1;
}
class nn {
  logKernelProfile(e, t, n, a, r, s) {
    const o = 'number' == typeof a ? m(`${a}ms`, 9) : a.error,
      i = m(e, 25),
      u = t.rank,
      l = t.size,
      d = m(t.shape.toString(), 14);
    let c = '';
    for (const e in r) {
      const n = r[e];
      if (null != n) {
        const a = n.shape || t.shape,
          r = a.length;
        c += `${e}: ${r}D ${r > 0 ? a : ''} `;
      }
    }
    console.log(
      `%c${i}\t%c${o}\t%c${u}D ${d}\t%c${l}\t%c${c}\t%c${s}`,
      'font-weight:bold',
      'color:red',
      'color:blue',
      'color: orange',
      'color: green',
      'color: steelblue',
    );
  }
}
function an(e, t, n, a) {
  const r = x(t),
    s = ((e, t, n, a) => {
      const r = h(t),
        s = a[a.length - 1],
        o = new Array(s).fill(0),
        i = t.length,
        u = 'complex64' === n ? un(e) : e;
      if (i > 1)
        for (let e = 0; e < r / s; e++) {
          const t = e * s;
          for (let e = 0; e < s; e++) o[e] = Math.max(o[e], rn(u[t + e], 0, n).length);
        }
      return o;
    })(e, t, n, r),
    o = t.length,
    i = on(e, t, n, r, s),
    u = ['Tensor'];
  return (
    a &&
      (u.push(`  dtype: ${n}`),
      u.push(`  rank: ${o}`),
      u.push(`  shape: [${t}]`),
      u.push('  values:')),
    u.push(i.map((e) => '    ' + e).join('\n')),
    u.join('\n')
  );
}
function rn(e, t, n) {
  let a;
  return (
    (a = Array.isArray(e)
      ? `${parseFloat(e[0].toFixed(7))} + ${parseFloat(e[1].toFixed(7))}j`
      : I(e)
        ? `'${e}'`
        : 'bool' === n
          ? sn(e)
          : parseFloat(e.toFixed(7)).toString()),
    m(a, t)
  );
}
function sn(e) {
  return 0 === e ? 'false' : 'true';
}
function on(e, t, n, a, r, s = !0) {
  const o = 'complex64' === n ? 2 : 1,
    i = t[0],
    u = t.length;
  if (0 === u)
    return 'complex64' === n ? [rn(un(e)[0], 0, n)] : 'bool' === n ? [sn(e[0])] : [e[0].toString()];
  if (1 === u) {
    if (i > 20) {
      const t = 3 * o;
      let a = Array.from(e.slice(0, t)),
        s = Array.from(e.slice((i - 3) * o, i * o));
      return (
        'complex64' === n && ((a = un(a)), (s = un(s))),
        [
          '[' +
            a.map((e, t) => rn(e, r[t], n)).join(', ') +
            ', ..., ' +
            s.map((e, t) => rn(e, r[i - 3 + t], n)).join(', ') +
            ']',
        ]
      );
    }
    return [
      '[' +
        ('complex64' === n ? un(e) : Array.from(e)).map((e, t) => rn(e, r[t], n)).join(', ') +
        ']',
    ];
  }
  const l = t.slice(1),
    d = a.slice(1),
    c = a[0] * o,
    p = [];
  if (i > 20) {
    for (let t = 0; t < 3; t++) {
      const a = t * c,
        s = a + c;
      p.push(...on(e.slice(a, s), l, n, d, r, !1));
    }
    p.push('...');
    for (let t = i - 3; t < i; t++) {
      const a = t * c,
        s = a + c;
      p.push(...on(e.slice(a, s), l, n, d, r, t === i - 1));
    }
  } else
    for (let t = 0; t < i; t++) {
      const a = t * c,
        s = a + c;
      p.push(...on(e.slice(a, s), l, n, d, r, t === i - 1));
    }
  const h = 2 === u ? ',' : '';
  p[0] = '[' + (i > 0 ? p[0] + h : '');
  for (let e = 1; e < p.length - 1; e++) p[e] = ' ' + p[e] + h;
  let f = ',\n';
  for (let e = 2; e < u; e++) f += '\n';
  return ((p[p.length - 1] = ' ' + p[p.length - 1] + ']' + (s ? '' : f)), p);
}
function un(e) {
  const t = [];
  for (let n = 0; n < e.length; n += 2) t.push([e[n], e[n + 1]]);
  return t;
}
class ln {
  constructor(e, t, n) {
    if (((this.dtype = t), (this.shape = e.slice()), (this.size = h(e)), null != n)) {
      const e = n.length;
      d(
        e === this.size,
        () =>
          `Length of values '${e}' does not match the size inferred by the shape '${this.size}'.`,
      );
    }
    if ('complex64' === t)
      throw new Error(
        'complex64 dtype TensorBuffers are not supported. Please create a TensorBuffer for the real and imaginary parts separately and call tf.complex(real, imag).',
      );
    (this.values = n || k(t, this.size)), (this.strides = x(e));
  }
  set(e, ...t) {
    0 === t.length && (t = [0]),
      d(
        t.length === this.rank,
        () => `The number of provided coordinates (${t.length}) must match the rank (${this.rank})`,
      );
    const n = this.locToIndex(t);
    this.values[n] = e;
  }
  get(...e) {
    0 === e.length && (e = [0]);
    let t = 0;
    for (const n of e) {
      if (n < 0 || n >= this.shape[t]) {
        const t = `Requested out of range element at ${e}.   Buffer shape=${this.shape}`;
        throw new Error(t);
      }
      t++;
    }
    let n = e[e.length - 1];
    for (let t = 0; t < e.length - 1; ++t) n += this.strides[t] * e[t];
    return this.values[n];
  }
  locToIndex(e) {
    if (0 === this.rank) return 0;
    if (1 === this.rank) return e[0];
    let t = e[e.length - 1];
    for (let n = 0; n < e.length - 1; ++n) t += this.strides[n] * e[n];
    return t;
  }
  indexToLoc(e) {
    if (0 === this.rank) return [];
    if (1 === this.rank) return [e];
    const t = new Array(this.shape.length);
    for (let n = 0; n < t.length - 1; ++n)
      (t[n] = Math.floor(e / this.strides[n])), (e -= t[n] * this.strides[n]);
    return ((t[t.length - 1] = e), t);
  }
  get rank() {
    return this.shape.length;
  }
  toTensor() {
    return dn().makeTensor(this.values, this.shape, this.dtype);
  }
}
let dn = null,
  cn = null,
  pn = null;
class hn {
  constructor(e, t, n, a) {
    (this.kept = !1),
      (this.isDisposedInternal = !1),
      (this.shape = e.slice()),
      (this.dtype = t || 'float32'),
      (this.size = h(e)),
      (this.strides = x(e)),
      (this.dataId = n),
      (this.id = a),
      (this.rankType = this.rank < 5 ? this.rank.toString() : 'higher');
  }
  get rank() {
    return this.shape.length;
  }
  async buffer() {
    const e = await this.data();
    return cn.buffer(this.shape, this.dtype, e);
  }
  bufferSync() {
    return cn.buffer(this.shape, this.dtype, this.dataSync());
  }
  async array() {
    const e = await this.data();
    return S(this.shape, e, 'complex64' === this.dtype);
  }
  arraySync() {
    return S(this.shape, this.dataSync(), 'complex64' === this.dtype);
  }
  async data() {
    this.throwIfDisposed();
    const e = dn().read(this.dataId);
    if ('string' === this.dtype) {
      const t = await e;
      try {
        return t.map((e) => Zt(e));
      } catch (e) {
        throw new Error(
          'Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().',
        );
      }
    }
    return e;
  }
  dataToGPU(e) {
    return (this.throwIfDisposed(), dn().readToGPU(this.dataId, e));
  }
  dataSync() {
    this.throwIfDisposed();
    const e = dn().readSync(this.dataId);
    if ('string' === this.dtype)
      try {
        return e.map((e) => Zt(e));
      } catch (e) {
        throw new Error(
          'Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().',
        );
      }
    return e;
  }
  async bytes() {
    this.throwIfDisposed();
    const e = await dn().read(this.dataId);
    return 'string' === this.dtype ? e : new Uint8Array(e.buffer);
  }
  dispose() {
    this.isDisposed ||
      (this.kerasMask && this.kerasMask.dispose(),
      dn().disposeTensor(this),
      (this.isDisposedInternal = !0));
  }
  get isDisposed() {
    return this.isDisposedInternal;
  }
  throwIfDisposed() {
    if (this.isDisposed) throw new Error('Tensor is disposed.');
  }
  print(e = !1) {
    return cn.print(this, e);
  }
  clone() {
    return (this.throwIfDisposed(), cn.clone(this));
  }
  toString(e = !1) {
    return an(this.dataSync(), this.shape, this.dtype, e);
  }
  cast(e) {
    return (this.throwIfDisposed(), cn.cast(this, e));
  }
  variable(e = !0, t, n) {
    return (this.throwIfDisposed(), dn().makeVariable(this, e, t, n));
  }
}
function fn() {
  return L('Tensor', () => hn);
}
Object.defineProperty(hn, Symbol.hasInstance, {
  value: (e) => !!e && null != e.data && null != e.dataSync && null != e.throwIfDisposed,
}),
  fn();
class mn extends hn {
  constructor(e, t, n, a) {
    super(e.shape, e.dtype, e.dataId, a), (this.trainable = t), (this.name = n);
  }
  assign(e) {
    if (e.dtype !== this.dtype)
      throw new Error(
        `dtype of the new value (${e.dtype}) and previous value (${this.dtype}) must match`,
      );
    if (!f(e.shape, this.shape))
      throw new Error(
        `shape of the new value (${e.shape}) and previous value (${this.shape}) must match`,
      );
    dn().disposeTensor(this), (this.dataId = e.dataId), dn().incRef(this, null);
  }
  dispose() {
    dn().disposeVariable(this), (this.isDisposedInternal = !0);
  }
}
var gn, bn, yn, kn, wn;
Object.defineProperty(mn, Symbol.hasInstance, {
  value: (e) => e instanceof hn && null != e.assign && e.assign instanceof Function,
}),
  ((e) => {
    (e.R0 = 'R0'),
      (e.R1 = 'R1'),
      (e.R2 = 'R2'),
      (e.R3 = 'R3'),
      (e.R4 = 'R4'),
      (e.R5 = 'R5'),
      (e.R6 = 'R6');
  })(gn || (gn = {})),
  ((e) => {
    (e.float32 = 'float32'), (e.int32 = 'int32'), (e.bool = 'int32'), (e.complex64 = 'complex64');
  })(bn || (bn = {})),
  ((e) => {
    (e.float32 = 'float32'), (e.int32 = 'int32'), (e.bool = 'bool'), (e.complex64 = 'complex64');
  })(yn || (yn = {})),
  ((e) => {
    (e.float32 = 'float32'),
      (e.int32 = 'float32'),
      (e.bool = 'float32'),
      (e.complex64 = 'complex64');
  })(kn || (kn = {})),
  ((e) => {
    (e.float32 = 'complex64'),
      (e.int32 = 'complex64'),
      (e.bool = 'complex64'),
      (e.complex64 = 'complex64');
  })(wn || (wn = {}));
const In = { float32: kn, int32: bn, bool: yn, complex64: wn };
function vn(e, t) {
  if ('string' === e || 'string' === t) {
    if ('string' === e && 'string' === t) return 'string';
    throw new Error(`Can not upcast ${e} with ${t}`);
  }
  return In[e][t];
}
function _n(e) {
  return null != e && 'object' == typeof e && 'texture' in e && e.texture instanceof WebGLTexture;
}
function xn(e) {
  return (
    'undefined' != typeof GPUBuffer &&
    null != e &&
    'object' == typeof e &&
    'buffer' in e &&
    e.buffer instanceof GPUBuffer
  );
}
function Mn(e, t) {
  if (e.dtype === t.dtype) return [e, t];
  const n = vn(e.dtype, t.dtype);
  return [e.cast(n), t.cast(n)];
}
function Sn(e) {
  const t = [];
  return (Nn(e, t, new Set()), t);
}
function Nn(e, t, n) {
  if (null == e) return;
  if (e instanceof hn) return void t.push(e);
  if (((a = e), !Array.isArray(a) && 'object' != typeof a)) return;
  var a;
  const r = e;
  for (const e in r) {
    const a = r[e];
    n.has(a) || (n.add(a), Nn(a, t, n));
  }
}
function An(e) {
  return null != e.kernelName;
}
class Fn {
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
}
class En {
  constructor(e) {
    (this.ENV = e),
      (this.registry = {}),
      (this.registryFactory = {}),
      (this.pendingBackendInitId = 0),
      (this.state = new Fn());
  }
  async ready() {
    if (null != this.pendingBackendInit) return this.pendingBackendInit.then(() => {});
    if (null != this.backendInstance) return;
    const e = this.getSortedBackends();
    for (let t = 0; t < e.length; t++) {
      const n = e[t];
      if (await this.initializeBackend(n).success) return void (await this.setBackend(n));
    }
    throw new Error('Could not initialize any backends, all backend initializations failed.');
  }
  get backend() {
    if (null != this.pendingBackendInit)
      throw new Error(
        `Backend '${this.backendName}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`,
      );
    if (null == this.backendInstance) {
      const { name: e, asyncInit: t } = this.initializeBackendsAndReturnBest();
      if (t)
        throw new Error(
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
      if (!(e in this.registryFactory)) return null;
      {
        const { asyncInit: t } = this.initializeBackend(e);
        if (t) return null;
      }
    }
    return this.registry[e];
  }
  findBackendFactory(e) {
    return e in this.registryFactory ? this.registryFactory[e].factory : null;
  }
  registerBackend(e, t, n = 1) {
    return e in this.registryFactory
      ? (_t(`${e} backend was already registered. Reusing existing backend factory.`), !1)
      : ((this.registryFactory[e] = { factory: t, priority: n }), !0);
  }
  async setBackend(e) {
    if (null == this.registryFactory[e])
      throw new Error(`Backend name '${e}' not found in registry`);
    if (((this.backendName = e), null == this.registry[e])) {
      this.backendInstance = null;
      const { success: t, asyncInit: n } = this.initializeBackend(e);
      if (!(n ? await t : t)) return !1;
    }
    return (
      (this.backendInstance = this.registry[e]),
      this.setupRegisteredKernels(),
      (this.profiler = new en(this.backendInstance)),
      !0
    );
  }
  setupRegisteredKernels() {
    At(this.backendName).forEach((e) => {
      null != e.setupFunc && e.setupFunc(this.backendInstance);
    });
  }
  disposeRegisteredKernels(e) {
    At(e).forEach((t) => {
      null != t.disposeFunc && t.disposeFunc(this.registry[e]);
    });
  }
  initializeBackend(e) {
    const t = this.registryFactory[e];
    if (null == t) throw new Error(`Cannot initialize backend ${e}, no registration found.`);
    try {
      const n = t.factory();
      if (!n || n instanceof o || 'function' != typeof n.then)
        return ((this.registry[e] = n), { success: !0, asyncInit: !1 });
      {
        const t = ++this.pendingBackendInitId,
          a = n
            .then(
              (n) =>
                !(
                  t < this.pendingBackendInitId ||
                  ((this.registry[e] = n), (this.pendingBackendInit = null), 0)
                ),
            )
            .catch(
              (n) => (
                t < this.pendingBackendInitId ||
                  ((this.pendingBackendInit = null),
                  _t(`Initialization of backend ${e} failed`),
                  _t(n.stack || n.message)),
                !1
              ),
            );
        return ((this.pendingBackendInit = a), { success: a, asyncInit: !0 });
      }
    } catch (t) {
      return (
        _t(`Initialization of backend ${e} failed`),
        _t(t.stack || t.message),
        { success: !1, asyncInit: !1 }
      );
    }
  }
  removeBackend(e) {
    if (!(e in this.registryFactory)) throw new Error(`${e} backend not found in registry`);
    this.backendName === e && null != this.pendingBackendInit && this.pendingBackendInitId++,
      e in this.registry &&
        (this.disposeRegisteredKernels(e), this.registry[e].dispose(), delete this.registry[e]),
      delete this.registryFactory[e],
      this.backendName === e &&
        ((this.pendingBackendInit = null),
        (this.backendName = null),
        (this.backendInstance = null));
  }
  getSortedBackends() {
    if (0 === Object.keys(this.registryFactory).length)
      throw new Error('No backend found in registry.');
    return Object.keys(this.registryFactory).sort(
      (e, t) => this.registryFactory[t].priority - this.registryFactory[e].priority,
    );
  }
  initializeBackendsAndReturnBest() {
    const e = this.getSortedBackends();
    for (let t = 0; t < e.length; t++) {
      const n = e[t],
        { success: a, asyncInit: r } = this.initializeBackend(n);
      if (r || a) return { name: n, asyncInit: r };
    }
    throw new Error('Could not initialize any backends, all backend initializations failed.');
  }
  moveData(e, t) {
    const n = this.state.tensorInfo.get(t),
      a = n.backend,
      r = this.readSync(t),
      s = a.refCount(t);
    a.disposeData(t, !0),
      (n.backend = e),
      e.move(t, r, n.shape, n.dtype, s),
      this.shouldCheckForMemLeaks() &&
        this.state.numDataMovesStack[this.state.numDataMovesStack.length - 1]++;
  }
  tidy(e, t) {
    let n,
      a = null;
    if (null == t) {
      if ('function' != typeof e) throw new Error('Please provide a function to tidy()');
      t = e;
    } else {
      if ('string' != typeof e && !(e instanceof String))
        throw new Error(
          'When calling with two arguments, the first argument to tidy() must be a string',
        );
      if ('function' != typeof t)
        throw new Error(
          'When calling with two arguments, the 2nd argument to tidy() must be a function',
        );
      a = e;
    }
    return this.scopedRun(
      () => this.startScope(a),
      () => this.endScope(n),
      () => (
        (n = t()),
        n instanceof Promise && console.error('Cannot return a Promise inside of tidy.'),
        n
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
    return En.nextTensorId++;
  }
  nextVariableId() {
    return En.nextVariableId++;
  }
  clone(e) {
    const t = Dn.runKernel(Ie, { x: e }),
      n = { x: e };
    return (
      this.addTapeNode(
        this.state.activeScope.name,
        n,
        [t],
        (e) => ({
          x: () => {
            const t = { x: e };
            return Dn.runKernel('Cast', t, { dtype: 'float32' });
          },
        }),
        [],
        {},
      ),
      t
    );
  }
  runKernel(e, t, n) {
    if ((null == this.backendName && this.backend, null == St(e, this.backendName)))
      throw new Error(`Kernel '${e}' not registered for backend '${this.backendName}'`);
    return this.runKernelFunc({ kernelName: e, inputs: t, attrs: n });
  }
  shouldCheckForMemLeaks() {
    return this.ENV.getBool('IS_TEST');
  }
  checkKernelForMemLeak(e, t, n) {
    const a = this.backend.numDataIds();
    let r = 0;
    n.forEach((e) => {
      r += 'complex64' === e.dtype ? 3 : 1;
    });
    const s = this.state.numDataMovesStack[this.state.numDataMovesStack.length - 1],
      o = a - t - r - s;
    if (o > 0)
      throw new Error(
        `Backend '${this.backendName}' has an internal memory leak (${o} data ids) after running '${e}'`,
      );
  }
  runKernelFunc(e) {
    let t,
      n = [];
    const a = this.isTapeOn(),
      r = this.state.numBytes,
      s = this.state.numTensors;
    let o, i;
    this.shouldCheckForMemLeaks() && this.state.numDataMovesStack.push(0),
      null == this.backendName && this.backend;
    const u = An(e)
      ? e.kernelName
      : null != this.state.activeScope
        ? this.state.activeScope.name
        : '';
    if (An(e)) {
      const { kernelName: t, inputs: r, attrs: s } = e;
      null == this.backendName && this.backend;
      const u = St(t, this.backendName);
      d(null != u, () => `Cannot find registered kernel '${t}' for backend '${this.backendName}'`),
        (o = () => {
          const e = this.backend.numDataIds();
          i = u.kernelFunc({ inputs: r, attrs: s, backend: this.backend });
          const o = Array.isArray(i) ? i : [i];
          this.shouldCheckForMemLeaks() && this.checkKernelForMemLeak(t, e, o);
          const l = o.map((e) => (null != e.rank ? e : this.makeTensorFromTensorInfo(e)));
          if (a) {
            const e = this.getTensorsForGradient(t, r, l);
            n = this.saveTensorsForBackwardMode(e);
          }
          return l;
        });
    } else {
      const { forwardFunc: t } = e,
        r = (e) => {
          a && (n = e.map((e) => this.keep(this.clone(e))));
        };
      o = () => {
        const e = this.backend.numDataIds();
        i = this.tidy(() => t(this.backend, r));
        const n = Array.isArray(i) ? i : [i];
        return (this.shouldCheckForMemLeaks() && this.checkKernelForMemLeak(u, e, n), n);
      };
    }
    const { inputs: l, attrs: c } = e,
      p = An(e) ? null : e.backwardsFunc;
    let h;
    return (
      this.scopedRun(
        () => this.state.kernelDepth++,
        () => this.state.kernelDepth--,
        () => {
          this.ENV.getBool('DEBUG') || this.state.profiling
            ? ((h = this.profiler.profileKernel(u, l, () => o())),
              this.ENV.getBool('DEBUG') && this.profiler.logKernelProfile(h),
              (t = h.outputs))
            : (t = o());
        },
      ),
      a && this.addTapeNode(u, l, t, p, n, c),
      this.state.profiling &&
        this.state.activeProfile.kernels.push({
          name: u,
          bytesAdded: this.state.numBytes - r,
          totalBytesSnapshot: this.state.numBytes,
          tensorsAdded: this.state.numTensors - s,
          totalTensorsSnapshot: this.state.numTensors,
          inputShapes: Object.keys(l).map((e) => (null != l[e] ? l[e].shape : null)),
          outputShapes: t.map((e) => e.shape),
          kernelTimeMs: h.timeMs,
          extraInfo: h.extraInfo,
        }),
      Array.isArray(i) ? t : t[0]
    );
  }
  saveTensorsForBackwardMode(e) {
    return e.map((e) => this.keep(this.clone(e)));
  }
  getTensorsForGradient(e, t, n) {
    const a = Nt(e);
    if (null != a) {
      const e = a.inputsToSave || [],
        r = a.outputsToSave || [];
      let s;
      a.saveAllInputs
        ? (d(Array.isArray(t), () => 'saveAllInputs is true, expected inputs to be an array.'),
          (s = Object.keys(t).map((e) => t[e])))
        : (s = e.map((e) => t[e]));
      const o = n.filter((e, t) => r[t]);
      return s.concat(o);
    }
    return [];
  }
  makeTensor(e, t, n, a) {
    if (null == e) throw new Error('Values passed to engine.makeTensor() are null');
    (n = n || 'float32'), (a = a || this.backend);
    let r = e;
    'string' === n && I(e[0]) && (r = e.map((e) => Qt(e)));
    const s = a.write(r, t, n),
      o = new hn(t, n, s, this.nextTensorId());
    if ((this.trackTensor(o, a), 'string' === n)) {
      const e = this.state.tensorInfo.get(s),
        t = ((e) => {
          if (null == e) return 0;
          let t = 0;
          return (e.forEach((e) => (t += e.length)), t);
        })(r);
      (this.state.numBytes += t - e.bytes), (e.bytes = t);
    }
    return o;
  }
  makeTensorFromDataId(e, t, n, a) {
    const r = { dataId: e, shape: t, dtype: (n = n || 'float32') };
    return this.makeTensorFromTensorInfo(r, a);
  }
  makeTensorFromTensorInfo(e, t) {
    const { dataId: n, shape: a, dtype: r } = e,
      s = new hn(a, r, n, this.nextTensorId());
    return (this.trackTensor(s, t), s);
  }
  makeVariable(e, t = !0, n, a) {
    (n = n || this.nextVariableId().toString()), null != a && a !== e.dtype && (e = e.cast(a));
    const r = new mn(e, t, n, this.nextTensorId());
    if (null != this.state.registeredVariables[r.name])
      throw new Error(`Variable with name ${r.name} was already registered`);
    return ((this.state.registeredVariables[r.name] = r), this.incRef(r, this.backend), r);
  }
  trackTensor(e, t) {
    this.state.numTensors++, 'string' === e.dtype && this.state.numStringTensors++;
    let n = 0;
    'complex64' !== e.dtype && 'string' !== e.dtype && (n = e.size * w(e.dtype)),
      (this.state.numBytes += n),
      this.state.tensorInfo.has(e.dataId) ||
        (this.state.numDataBuffers++,
        this.state.tensorInfo.set(e.dataId, {
          backend: t || this.backend,
          dtype: e.dtype,
          shape: e.shape,
          bytes: n,
        })),
      e instanceof mn || this.track(e);
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
      'string' === e.dtype && (this.state.numStringTensors--, (this.state.numBytes -= t.bytes)),
      'complex64' !== e.dtype && 'string' !== e.dtype)
    ) {
      const t = e.size * w(e.dtype);
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
      null != this.state.registeredVariables[e.name] &&
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
        null == e.reasons && (e.reasons = []),
        e.reasons.push('Memory usage by string tensors is approximate (2 bytes per character)')),
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
    return this.state.gradientDepth > 0 && 0 === this.state.kernelDepth;
  }
  addTapeNode(e, t, n, a, r, s) {
    const o = { id: this.state.nextTapeNodeId++, kernelName: e, inputs: t, outputs: n, saved: r },
      i = Nt(e);
    null != i && (a = i.gradFunc),
      null != a &&
        (o.gradient = (e) => (
          (e = e.map((e, t) => {
            if (null == e) {
              const e = n[t],
                a = A(e.size, e.dtype);
              return this.makeTensor(a, e.shape, e.dtype);
            }
            return e;
          })),
          a(e.length > 1 ? e : e[0], r, s)
        )),
      this.state.activeTape.push(o);
  }
  keep(e) {
    return ((e.kept = !0), e);
  }
  startTape() {
    0 === this.state.gradientDepth && (this.state.activeTape = []), this.state.gradientDepth++;
  }
  endTape() {
    this.state.gradientDepth--;
  }
  startScope(e) {
    const t = { track: [], name: 'unnamed scope', id: this.state.nextScopeId++ };
    e && (t.name = e), this.state.scopeStack.push(t), (this.state.activeScope = t);
  }
  endScope(e) {
    const t = Sn(e),
      n = new Set(t.map((e) => e.id));
    for (let e = 0; e < this.state.activeScope.track.length; e++) {
      const t = this.state.activeScope.track[e];
      t.kept || n.has(t.id) || t.dispose();
    }
    const a = this.state.scopeStack.pop();
    (this.state.activeScope =
      0 === this.state.scopeStack.length
        ? null
        : this.state.scopeStack[this.state.scopeStack.length - 1]),
      t.forEach((e) => {
        e.kept || e.scopeId !== a.id || this.track(e);
      });
  }
  gradients(e, t, n, a = !1) {
    if (
      (d(t.length > 0, () => 'gradients() received an empty list of xs.'),
      null != n && 'float32' !== n.dtype)
    )
      throw new Error(`dy must have 'float32' dtype, but has '${n.dtype}'`);
    const r = this.scopedRun(
      () => this.startTape(),
      () => this.endTape(),
      () => this.tidy('forward', e),
    );
    d(r instanceof hn, () => 'The result y returned by f() must be a tensor.');
    const s = ((e, t, n) => {
      const a = {},
        r = {};
      for (let e = 0; e < t.length; e++) a[t[e].id] = !0;
      for (let n = 0; n < e.length; n++) {
        const s = e[n],
          o = s.inputs;
        for (const e in o) {
          const n = o[e];
          let i = !1;
          for (let e = 0; e < t.length; e++)
            if (a[n.id]) {
              s.outputs.forEach((e) => (a[e.id] = !0)), (i = !0), (r[s.id] = !0);
              break;
            }
          if (i) break;
        }
      }
      const s = {};
      s[n.id] = !0;
      const o = {};
      for (let t = e.length - 1; t >= 0; t--) {
        const n = e[t],
          a = n.inputs;
        for (let e = 0; e < n.outputs.length; e++)
          if (s[n.outputs[e].id]) {
            for (const e in a) (s[a[e].id] = !0), (o[n.id] = !0);
            break;
          }
      }
      const i = [];
      for (let t = 0; t < e.length; t++) {
        const n = e[t];
        if (r[n.id] && o[n.id]) {
          const e = {};
          for (const t in n.inputs) {
            const r = n.inputs[t];
            a[r.id] && (e[t] = r);
          }
          const t = Object.assign({}, n);
          (t.inputs = e), (t.outputs = n.outputs), i.push(t);
        }
      }
      return i;
    })(this.state.activeTape, t, r);
    if (!a && 0 === s.length && t.length > 0)
      throw new Error(
        'Cannot compute gradient of y=f(x) with respect to x. Make sure that the f you passed encloses all operations that lead from x to y.',
      );
    return this.tidy('backward', () => {
      const e = {};
      (e[r.id] =
        n ??
        ((e) => {
          const t = N(h(e), 'float32');
          return Dn.makeTensor(t, e, 'float32');
        })(r.shape)),
        ((e, t, n, a) => {
          for (let r = t.length - 1; r >= 0; r--) {
            const s = t[r],
              o = [];
            if (
              (s.outputs.forEach((t) => {
                const n = e[t.id];
                null != n ? o.push(n) : o.push(null);
              }),
              null == s.gradient)
            )
              throw new Error(
                `Cannot compute gradient: gradient function not found for ${s.kernelName}.`,
              );
            const i = s.gradient(o);
            for (const t in s.inputs) {
              if (!(t in i))
                throw new Error(
                  `Cannot backprop through input ${t}. Available gradients found: ${Object.keys(i)}.`,
                );
              const r = n(() => i[t]());
              if ('float32' !== r.dtype)
                throw new Error(
                  `Error in gradient for op ${s.kernelName}. The gradient of input ${t} must have 'float32' dtype, but has '${r.dtype}'`,
                );
              const o = s.inputs[t];
              if (!f(r.shape, o.shape))
                throw new Error(
                  `Error in gradient for op ${s.kernelName}. The gradient of input '${t}' has shape '${r.shape}', which does not match the shape of the input '${o.shape}'`,
                );
              if (null == e[o.id]) e[o.id] = r;
              else {
                const t = e[o.id];
                (e[o.id] = a(t, r)), t.dispose();
              }
            }
          }
        })(e, s, (e) => this.tidy(e), $n);
      const a = t.map((t) => e[t.id]);
      return (
        0 === this.state.gradientDepth &&
          (this.state.activeTape.forEach((e) => {
            for (const t of e.saved) t.dispose();
          }),
          (this.state.activeTape = null)),
        { value: r, grads: a }
      );
    });
  }
  customGrad(e) {
    return (
      d(_(e), () => 'The f passed in customGrad(f) must be a function.'),
      (...t) => {
        let n;
        d(
          t.every((e) => e instanceof hn),
          () => 'The args passed in customGrad(f)(x1, x2,...) must all be tensors',
        );
        const a = {};
        return (
          t.forEach((e, t) => {
            a[t] = e;
          }),
          this.runKernelFunc({
            forwardFunc: (a, r) => (
              (n = e(...t, r)),
              d(
                n.value instanceof hn,
                () =>
                  'The function f passed in customGrad(f) must return an object where `obj.value` is a tensor',
              ),
              d(
                _(n.gradFunc),
                () =>
                  'The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function.',
              ),
              n.value
            ),
            backwardsFunc: (e, a) => {
              const r = n.gradFunc(e, a),
                s = Array.isArray(r) ? r : [r];
              d(
                s.length === t.length,
                () =>
                  'The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns the same number of tensors as inputs passed to f(...).',
              ),
                d(
                  s.every((e) => e instanceof hn),
                  () =>
                    'The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns a list of only tensors.',
                );
              const o = {};
              return (
                s.forEach((e, t) => {
                  o[t] = () => e;
                }),
                o
              );
            },
            inputs: a,
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
    const t = Jt(),
      n = await this.backend.time(e);
    return ((n.wallMs = Jt() - t), n);
  }
  track(e) {
    return (
      null != this.state.activeScope &&
        ((e.scopeId = this.state.activeScope.id), this.state.activeScope.track.push(e)),
      e
    );
  }
  get registeredVariables() {
    return this.state.registeredVariables;
  }
  reset() {
    this.pendingBackendInitId++, this.state.dispose(), this.ENV.reset(), (this.state = new Fn());
    for (const e in this.registry)
      this.disposeRegisteredKernels(e), this.registry[e].dispose(), delete this.registry[e];
    (this.backendName = null), (this.backendInstance = null), (this.pendingBackendInit = null);
  }
}
function Tn() {
  const e = H();
  if (null == e._tfengine) {
    const t = new C(e);
    e._tfengine = new En(t);
  }
  var t;
  return ((t = e._tfengine.ENV), (B = t), (dn = () => e._tfengine), e._tfengine);
}
(En.nextTensorId = 0), (En.nextVariableId = 0);
const Dn = Tn();
function $n(e, t) {
  const n = { a: e, b: t };
  return Dn.runKernel('Add', n);
}
const Rn = O();
Rn.registerFlag(
  'DEBUG',
  () => !1,
  (e) => {
    e &&
      console.warn(
        'Debugging mode is ON. The output of every math call will be downloaded to CPU and checked for NaNs. This significantly impacts performance.',
      );
  },
),
  Rn.registerFlag(
    'IS_BROWSER',
    () =>
      ('undefined' != typeof window && null != window.document) ||
      'undefined' != typeof WorkerGlobalScope,
  ),
  Rn.registerFlag(
    'IS_NODE',
    () =>
      'undefined' != typeof process &&
      void 0 !== process.versions &&
      void 0 !== process.versions.node,
  ),
  Rn.registerFlag(
    'IS_CHROME',
    () =>
      'undefined' != typeof navigator &&
      null != navigator &&
      null != navigator.userAgent &&
      /Chrome/.test(navigator.userAgent) &&
      /Google Inc/.test(navigator.vendor),
  ),
  Rn.registerFlag(
    'IS_SAFARI',
    () =>
      'undefined' != typeof navigator &&
      null != navigator &&
      null != navigator.userAgent &&
      /Safari/.test(navigator.userAgent) &&
      /Apple/.test(navigator.vendor),
  ),
  Rn.registerFlag('PROD', () => !1),
  Rn.registerFlag('TENSORLIKE_CHECK_SHAPE_CONSISTENCY', () => Rn.getBool('DEBUG')),
  Rn.registerFlag('DEPRECATION_WARNINGS_ENABLED', () => !0),
  Rn.registerFlag('IS_TEST', () => !1),
  Rn.registerFlag('CHECK_COMPUTATION_FOR_ERRORS', () => Rn.getBool('DEBUG')),
  Rn.registerFlag('WRAP_TO_IMAGEBITMAP', () => !1),
  Rn.registerFlag('CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU', () => !1),
  Rn.registerFlag('USE_SETTIMEOUTCUSTOM', () => !1);
class Cn {
  static join(e) {
    return new Cn(e).slice();
  }
  constructor(e) {
    if (((this.shards = []), (this.previousShardIndex = 0), null == e)) return;
    if ((e instanceof Array || (e = [e]), 0 === (e = e.map((e) => (Xt(e) ? e.buffer : e))).length))
      return;
    this.bufferUniformSize = e[0].byteLength;
    let t = 0;
    for (let n = 0; n < e.length; n++) {
      const a = e[n];
      n !== e.length - 1 &&
        a.byteLength !== this.bufferUniformSize &&
        (this.bufferUniformSize = void 0);
      const r = t + a.byteLength;
      this.shards.push({ buffer: a, start: t, end: r }), (t = r);
    }
    0 === this.shards.length && (this.byteLength = 0),
      (this.byteLength = this.shards[this.shards.length - 1].end);
  }
  slice(e = 0, t = this.byteLength) {
    if (0 === this.shards.length) return new ArrayBuffer(0);
    if (
      ((e = isNaN(Number(e)) ? 0 : e),
      (t = isNaN(Number(t)) ? 0 : t),
      (e = Math.max(0, e)),
      (t = Math.min(this.byteLength, t)) <= e)
    )
      return new ArrayBuffer(0);
    const n = this.findShardForByte(e);
    if (-1 === n) throw new Error(`Could not find start shard for byte ${e}`);
    const a = new ArrayBuffer(t - e),
      r = new Uint8Array(a);
    let s = 0;
    for (let a = n; a < this.shards.length; a++) {
      const n = this.shards[a],
        o = e + s - n.start,
        i = s,
        u = Math.min(t, n.end) - n.start,
        l = new Uint8Array(n.buffer, o, u - o);
      if ((r.set(l, i), (s += l.length), t < n.end)) break;
    }
    return a;
  }
  findShardForByte(e) {
    if (0 === this.shards.length || e < 0 || e >= this.byteLength) return -1;
    if (null != this.bufferUniformSize)
      return (
        (this.previousShardIndex = Math.floor(e / this.bufferUniformSize)), this.previousShardIndex
      );
    function t(t) {
      return e < t.start ? -1 : e >= t.end ? 1 : 0;
    }
    if (0 === t(this.shards[this.previousShardIndex])) return this.previousShardIndex;
    const n = ((e, t) => {
      let n = 0,
        a = e.length;
      for (; n <= a; ) {
        const r = Math.floor((a - n) / 2) + n,
          s = t(e[r]);
        if (0 === s) return r;
        s < 0 ? (a = r) : (n = r + 1);
      }
      return -1;
    })(this.shards, t);
    return -1 === n ? -1 : ((this.previousShardIndex = n), this.previousShardIndex);
  }
}
const Wn =
  'undefined' != typeof Buffer &&
  ('undefined' == typeof Blob || 'undefined' == typeof atob || 'undefined' == typeof btoa);
function On(e) {
  return Wn ? Buffer.byteLength(e, 'utf8') : new Blob([e]).size;
}
function Pn(e, t) {
  const n = {
    modelTopology: e.modelTopology,
    format: e.format,
    generatedBy: e.generatedBy,
    convertedBy: e.convertedBy,
    weightsManifest: t,
  };
  return (
    null != e.signature && (n.signature = e.signature),
    null != e.userDefinedMetadata && (n.userDefinedMetadata = e.userDefinedMetadata),
    null != e.modelInitializer && (n.modelInitializer = e.modelInitializer),
    null != e.initializerSignature && (n.initializerSignature = e.initializerSignature),
    null != e.trainingConfig && (n.trainingConfig = e.trainingConfig),
    n
  );
}
function Bn(e) {
  if (e.modelTopology instanceof ArrayBuffer)
    throw new Error('Expected JSON model topology, received ArrayBuffer.');
  return {
    dateSaved: new Date(),
    modelTopologyType: 'JSON',
    modelTopologyBytes: null == e.modelTopology ? 0 : On(JSON.stringify(e.modelTopology)),
    weightSpecsBytes: null == e.weightSpecs ? 0 : On(JSON.stringify(e.weightSpecs)),
    weightDataBytes: null == e.weightData ? 0 : new Cn(e.weightData).byteLength,
  };
}
function Hn(e) {
  const t = [];
  for (const n of e) t.push(...n.weights);
  return t;
}
class Ln {
  constructor() {
    (this.saveRouters = []), (this.loadRouters = []);
  }
  static getInstance() {
    return (null == Ln.instance && (Ln.instance = new Ln()), Ln.instance);
  }
  static registerSaveRouter(e) {
    Ln.getInstance().saveRouters.push(e);
  }
  static registerLoadRouter(e) {
    Ln.getInstance().loadRouters.push(e);
  }
  static getSaveHandlers(e) {
    return Ln.getHandlers(e, 'save');
  }
  static getLoadHandlers(e, t) {
    return Ln.getHandlers(e, 'load', t);
  }
  static getHandlers(e, t, n) {
    const a = [];
    return (
      ('load' === t ? Ln.getInstance().loadRouters : Ln.getInstance().saveRouters).forEach((t) => {
        const r = t(e, n);
        null !== r && a.push(r);
      }),
      a
    );
  }
}
const zn = 'tensorflowjs',
  Un = 'models_store',
  qn = 'model_info_store';
function Gn() {
  if (!O().getBool('IS_BROWSER'))
    throw new Error(
      'Failed to obtain IndexedDB factory because the current environmentis not a web browser.',
    );
  const e = 'undefined' == typeof window ? self : window,
    t = e.indexedDB || e.mozIndexedDB || e.webkitIndexedDB || e.msIndexedDB || e.shimIndexedDB;
  if (null == t) throw new Error('The current browser does not appear to support IndexedDB.');
  return t;
}
function jn(e) {
  const t = e.result;
  t.createObjectStore(Un, { keyPath: 'modelPath' }),
    t.createObjectStore(qn, { keyPath: 'modelPath' });
}
class Vn {
  constructor(e) {
    if (((this.indexedDB = Gn()), null == e || !e))
      throw new Error('For IndexedDB, modelPath must not be null, undefined or empty.');
    this.modelPath = e;
  }
  async save(e) {
    if (e.modelTopology instanceof ArrayBuffer)
      throw new Error(
        'BrowserLocalStorage.save() does not support saving model topology in binary formats yet.',
      );
    return this.databaseAction(this.modelPath, e);
  }
  async load() {
    return this.databaseAction(this.modelPath);
  }
  databaseAction(e, t) {
    return new Promise((e, n) => {
      const a = this.indexedDB.open(zn, 1);
      (a.onupgradeneeded = () => jn(a)),
        (a.onsuccess = () => {
          const r = a.result;
          if (null == t) {
            const t = r.transaction(Un, 'readonly'),
              a = t.objectStore(Un).get(this.modelPath);
            (a.onsuccess = () => {
              if (null == a.result)
                return (
                  r.close(),
                  n(new Error(`Cannot find model with path '${this.modelPath}' in IndexedDB.`))
                );
              e(a.result.modelArtifacts);
            }),
              (a.onerror = (e) => (r.close(), n(a.error))),
              (t.oncomplete = () => r.close());
          } else {
            t.weightData = Cn.join(t.weightData);
            const a = Bn(t),
              s = r.transaction(qn, 'readwrite');
            let o,
              i,
              u = s.objectStore(qn);
            try {
              o = u.put({ modelPath: this.modelPath, modelArtifactsInfo: a });
            } catch (e) {
              return n(e);
            }
            (o.onsuccess = () => {
              i = r.transaction(Un, 'readwrite');
              const o = i.objectStore(Un);
              let l;
              try {
                l = o.put({ modelPath: this.modelPath, modelArtifacts: t, modelArtifactsInfo: a });
              } catch (e) {
                return n(e);
              }
              (l.onsuccess = () => e({ modelArtifactsInfo: a })),
                (l.onerror = (e) => {
                  u = s.objectStore(qn);
                  const t = u.delete(this.modelPath);
                  (t.onsuccess = () => (r.close(), n(l.error))),
                    (t.onerror = (e) => (r.close(), n(l.error)));
                });
            }),
              (o.onerror = (e) => (r.close(), n(o.error))),
              (s.oncomplete = () => {
                null == i ? r.close() : (i.oncomplete = () => r.close());
              });
          }
        }),
        (a.onerror = (e) => n(a.error));
    });
  }
}
Vn.URL_SCHEME = 'indexeddb://';
const Kn = (e) => {
  return O().getBool('IS_BROWSER') && !Array.isArray(e) && e.startsWith(Vn.URL_SCHEME)
    ? ((t = e.slice(Vn.URL_SCHEME.length)), new Vn(t))
    : null;
  var t;
};
Ln.registerSaveRouter(Kn), Ln.registerLoadRouter(Kn);
class Jn {
  constructor() {
    this.indexedDB = Gn();
  }
  async listModels() {
    return new Promise((e, t) => {
      const n = this.indexedDB.open(zn, 1);
      (n.onupgradeneeded = () => jn(n)),
        (n.onsuccess = () => {
          const a = n.result,
            r = a.transaction(qn, 'readonly'),
            s = r.objectStore(qn).getAll();
          (s.onsuccess = () => {
            const t = {};
            for (const e of s.result) t[e.modelPath] = e.modelArtifactsInfo;
            e(t);
          }),
            (s.onerror = (e) => (a.close(), t(s.error))),
            (r.oncomplete = () => a.close());
        }),
        (n.onerror = (e) => t(n.error));
    });
  }
  async removeModel(e) {
    var t;
    return (
      (e = (t = e).startsWith(Vn.URL_SCHEME) ? t.slice(Vn.URL_SCHEME.length) : t),
      new Promise((t, n) => {
        const a = this.indexedDB.open(zn, 1);
        (a.onupgradeneeded = () => jn(a)),
          (a.onsuccess = () => {
            const r = a.result,
              s = r.transaction(qn, 'readwrite'),
              o = s.objectStore(qn),
              i = o.get(e);
            let u;
            (i.onsuccess = () => {
              if (null == i.result)
                return (
                  r.close(), n(new Error(`Cannot find model with path '${e}' in IndexedDB.`))
                );
              {
                const a = o.delete(e),
                  s = () => {
                    u = r.transaction(Un, 'readwrite');
                    const a = u.objectStore(Un).delete(e);
                    (a.onsuccess = () => t(i.result.modelArtifactsInfo)),
                      (a.onerror = (e) => n(i.error));
                  };
                (a.onsuccess = s), (a.onerror = (e) => (s(), r.close(), n(i.error)));
              }
            }),
              (i.onerror = (e) => (r.close(), n(i.error))),
              (s.oncomplete = () => {
                null == u ? r.close() : (u.oncomplete = () => r.close());
              });
          }),
          (a.onerror = (e) => n(a.error));
      })
    );
  }
}
const Qn = '/',
  Zn = 'tensorflowjs_models',
  Xn = 'info',
  Yn = 'model_topology',
  ea = 'weight_specs',
  ta = 'weight_data',
  na = 'model_metadata';
function aa(e) {
  return {
    info: [Zn, e, Xn].join(Qn),
    topology: [Zn, e, Yn].join(Qn),
    weightSpecs: [Zn, e, ea].join(Qn),
    weightData: [Zn, e, ta].join(Qn),
    modelMetadata: [Zn, e, na].join(Qn),
  };
}
function ra(e) {
  for (const t of Object.values(e)) window.localStorage.removeItem(t);
}
function sa(e) {
  const t = e.split(Qn);
  if (t.length < 3) throw new Error(`Invalid key format: ${e}`);
  return t.slice(1, t.length - 1).join(Qn);
}
class oa {
  constructor(e) {
    if (
      !O().getBool('IS_BROWSER') ||
      'undefined' == typeof window ||
      void 0 === window.localStorage
    )
      throw new Error('The current environment does not support local storage.');
    if (((this.LS = window.localStorage), null == e || !e))
      throw new Error('For local storage, modelPath must not be null, undefined or empty.');
    (this.modelPath = e), (this.keys = aa(this.modelPath));
  }
  async save(e) {
    if (e.modelTopology instanceof ArrayBuffer)
      throw new Error(
        'BrowserLocalStorage.save() does not support saving model topology in binary formats yet.',
      );
    {
      const t = JSON.stringify(e.modelTopology),
        n = JSON.stringify(e.weightSpecs),
        a = Bn(e),
        r = Cn.join(e.weightData);
      try {
        this.LS.setItem(this.keys.info, JSON.stringify(a)),
          this.LS.setItem(this.keys.topology, t),
          this.LS.setItem(this.keys.weightSpecs, n),
          this.LS.setItem(
            this.keys.weightData,
            ((e) => {
              if (Wn) return Buffer.from(e).toString('base64');
              const t = new Uint8Array(e);
              let n = '';
              for (let e = 0, a = t.length; e < a; e++) n += String.fromCharCode(t[e]);
              return btoa(n);
            })(r),
          );
        const s = {
          format: e.format,
          generatedBy: e.generatedBy,
          convertedBy: e.convertedBy,
          signature: null != e.signature ? e.signature : void 0,
          userDefinedMetadata: null != e.userDefinedMetadata ? e.userDefinedMetadata : void 0,
          modelInitializer: null != e.modelInitializer ? e.modelInitializer : void 0,
          initializerSignature: null != e.initializerSignature ? e.initializerSignature : void 0,
          trainingConfig: null != e.trainingConfig ? e.trainingConfig : void 0,
        };
        return (
          this.LS.setItem(this.keys.modelMetadata, JSON.stringify(s)), { modelArtifactsInfo: a }
        );
      } catch (e) {
        throw (
          ra(this.keys),
          new Error(
            `Failed to save model '${this.modelPath}' to local storage: size quota being exceeded is a possible cause of this failure: modelTopologyBytes=${a.modelTopologyBytes}, weightSpecsBytes=${a.weightSpecsBytes}, weightDataBytes=${a.weightDataBytes}.`,
          )
        );
      }
    }
  }
  async load() {
    const e = JSON.parse(this.LS.getItem(this.keys.info));
    if (null == e)
      throw new Error(`In local storage, there is no model with name '${this.modelPath}'`);
    if ('JSON' !== e.modelTopologyType)
      throw new Error('BrowserLocalStorage does not support loading non-JSON model topology yet.');
    const t = {},
      n = JSON.parse(this.LS.getItem(this.keys.topology));
    if (null == n)
      throw new Error(`In local storage, the topology of model '${this.modelPath}' is missing.`);
    t.modelTopology = n;
    const a = JSON.parse(this.LS.getItem(this.keys.weightSpecs));
    if (null == a)
      throw new Error(
        `In local storage, the weight specs of model '${this.modelPath}' are missing.`,
      );
    t.weightSpecs = a;
    const r = this.LS.getItem(this.keys.modelMetadata);
    if (null != r) {
      const e = JSON.parse(r);
      (t.format = e.format),
        (t.generatedBy = e.generatedBy),
        (t.convertedBy = e.convertedBy),
        null != e.signature && (t.signature = e.signature),
        null != e.userDefinedMetadata && (t.userDefinedMetadata = e.userDefinedMetadata),
        null != e.modelInitializer && (t.modelInitializer = e.modelInitializer),
        null != e.initializerSignature && (t.initializerSignature = e.initializerSignature),
        null != e.trainingConfig && (t.trainingConfig = e.trainingConfig);
    }
    const s = this.LS.getItem(this.keys.weightData);
    if (null == s)
      throw new Error(
        `In local storage, the binary weight values of model '${this.modelPath}' are missing.`,
      );
    return (
      (t.weightData = ((e) => {
        if (Wn) {
          const t = Buffer.from(e, 'base64');
          return t.buffer.slice(t.byteOffset, t.byteOffset + t.byteLength);
        }
        const t = atob(e),
          n = new Uint8Array(t.length);
        for (let e = 0; e < t.length; ++e) n.set([t.charCodeAt(e)], e);
        return n.buffer;
      })(s)),
      t
    );
  }
}
oa.URL_SCHEME = 'localstorage://';
const ia = (e) => {
  return O().getBool('IS_BROWSER') && !Array.isArray(e) && e.startsWith(oa.URL_SCHEME)
    ? ((t = e.slice(oa.URL_SCHEME.length)), new oa(t))
    : null;
  var t;
};
Ln.registerSaveRouter(ia), Ln.registerLoadRouter(ia);
class ua {
  constructor() {
    d(O().getBool('IS_BROWSER'), () => 'Current environment is not a web browser'),
      d(
        'undefined' == typeof window || void 0 !== window.localStorage,
        () => 'Current browser does not appear to support localStorage',
      ),
      (this.LS = window.localStorage);
  }
  async listModels() {
    const e = {},
      t = Zn + Qn,
      n = Qn + Xn;
    for (let a = 0; a < this.LS.length; ++a) {
      const r = this.LS.key(a);
      r.startsWith(t) && r.endsWith(n) && (e[sa(r)] = JSON.parse(this.LS.getItem(r)));
    }
    return e;
  }
  async removeModel(e) {
    var t;
    const n = aa((e = (t = e).startsWith(oa.URL_SCHEME) ? t.slice(oa.URL_SCHEME.length) : t));
    if (null == this.LS.getItem(n.info)) throw new Error(`Cannot find model at path '${e}'`);
    const a = JSON.parse(this.LS.getItem(n.info));
    return (ra(n), a);
  }
}
class la {
  constructor() {
    this.managers = {};
  }
  static getInstance() {
    return (null == la.instance && (la.instance = new la()), la.instance);
  }
  static registerManager(e, t) {
    d(null != e, () => 'scheme must not be undefined or null.'),
      e.endsWith('://') && (e = e.slice(0, e.indexOf('://'))),
      d(e.length > 0, () => 'scheme must not be an empty string.');
    const n = la.getInstance();
    d(
      null == n.managers[e],
      () => `A model store manager is already registered for scheme '${e}'.`,
    ),
      (n.managers[e] = t);
  }
  static getManager(e) {
    const t = la.getInstance().managers[e];
    if (null == t) throw new Error(`Cannot find model manager for scheme '${e}'`);
    return t;
  }
  static getSchemes() {
    return Object.keys(la.getInstance().managers);
  }
}
class da {
  constructor() {
    (this.messageName = 'setTimeoutCustom'),
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
    if ('utf-8' !== t && 'utf8' !== t)
      throw new Error(`Browser's encoder only supports utf-8, but got ${t}`);
    return (
      null == this.textEncoder && (this.textEncoder = new TextEncoder()), this.textEncoder.encode(e)
    );
  }
  decode(e, t) {
    return new TextDecoder(t).decode(e);
  }
  setTimeoutCustom(e, t) {
    'undefined' != typeof window && O().getBool('USE_SETTIMEOUTCUSTOM')
      ? (this.functionRefs.push(e),
        setTimeout(() => {
          window.postMessage({ name: this.messageName, index: this.functionRefs.length - 1 }, '*');
        }, t),
        this.hasEventListener ||
          ((this.hasEventListener = !0),
          window.addEventListener(
            'message',
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
          )))
      : setTimeout(e, t);
  }
  isTypedArray(e) {
    return Dt(e);
  }
}
if (O().get('IS_BROWSER')) {
  O().setPlatform('browser', new da());
  try {
    la.registerManager(oa.URL_SCHEME, new ua());
  } catch (e) {}
  try {
    la.registerManager(Vn.URL_SCHEME, new Jn());
  } catch (e) {}
}
let ca;
function pa(e, t = 'float32', n) {
  return ((t = t || 'float32'), E(e), new ln(e, t, n));
}
function ha(e, t) {
  let n = e;
  if (Xt(e)) return 'string' === t ? [] : [e.length];
  if (_n(e)) {
    const t = e.channels || 'RGBA';
    return [e.height, e.width * t.length];
  }
  if (xn(e)) return [e.buffer.size / (null == t ? 4 : w(t))];
  if (!Array.isArray(e)) return [];
  const a = [];
  for (; Array.isArray(n) || (Xt(n) && 'string' !== t); ) a.push(n.length), (n = n[0]);
  return (Array.isArray(e) && O().getBool('TENSORLIKE_CHECK_SHAPE_CONSISTENCY') && fa(e, a, []), a);
}
function fa(e, t, n) {
  if (((n = n || []), !Array.isArray(e) && !Xt(e)))
    return void d(
      0 === t.length,
      () =>
        `Element arr[${n.join('][')}] is a primitive, but should be an array/TypedArray of ${t[0]} elements`,
    );
  d(
    t.length > 0,
    () =>
      `Element arr[${n.join('][')}] should be a primitive, but is an array of ${e.length} elements`,
  ),
    d(
      e.length === t[0],
      () =>
        `Element arr[${n.join('][')}] should have ${t[0]} elements, but has ${e.length} elements`,
    );
  const a = t.slice(1);
  for (let t = 0; t < e.length; ++t) fa(e[t], a, n.concat(t));
}
function ma(e, t, n, a) {
  if ('string_or_numeric' !== e) {
    if (null == e) throw new Error('Expected dtype cannot be null.');
    if (('numeric' !== e && e !== t) || ('numeric' === e && 'string' === t))
      throw new Error(`Argument '${n}' passed to '${a}' must be ${e} tensor, but got ${t} tensor`);
  }
}
function ga(e, t, n, a = 'numeric') {
  if (e instanceof fn()) return (ma(a, e.dtype, t, n), e);
  let r = v(e);
  if (
    ('string' !== r && ['bool', 'int32', 'float32'].indexOf(a) >= 0 && (r = a),
    ma(a, r, t, n),
    null == e ||
      (!Xt(e) &&
        !Array.isArray(e) &&
        'number' != typeof e &&
        'boolean' != typeof e &&
        'string' != typeof e))
  ) {
    const a = null == e ? 'null' : e.constructor.name;
    throw new Error(
      `Argument '${t}' passed to '${n}' must be a Tensor or TensorLike, but got '${a}'`,
    );
  }
  const s = ha(e, r);
  Xt(e) || Array.isArray(e) || (e = [e]);
  const o = 'string' !== r ? Kt(e, r) : Yt(e, [], !0);
  return Dn.makeTensor(o, s, r);
}
function ba(e) {
  const t = Object.keys(e);
  if (1 !== t.length)
    throw new Error(
      `Please provide an object with a single key (operation name) mapping to a function. Got an object with ${t.length} keys.`,
    );
  let n = t[0];
  const a = e[n];
  n.endsWith('_') && (n = n.substring(0, n.length - 1)), (n += '__op');
  const r = (...e) => {
    Dn.startScope(n);
    try {
      const t = a(...e);
      return ($(t) && console.error('Cannot return a Promise inside of tidy.'), Dn.endScope(t), t);
    } catch (e) {
      throw (Dn.endScope(null), e);
    }
  };
  return (Object.defineProperty(r, 'name', { value: n, configurable: !0 }), r);
}
O().get('IS_NODE') &&
  !O().get('IS_BROWSER') &&
  O().setPlatform(
    'node',
    new (class {
      constructor() {
        (this.util = n(590)), (this.textEncoder = new this.util.TextEncoder());
      }
      fetch(e, t) {
        return null != O().global.fetch
          ? O().global.fetch(e, t)
          : (null == ca && (ca = n(817)), ca(e, t));
      }
      now() {
        const e = process.hrtime();
        return 1e3 * e[0] + e[1] / 1e6;
      }
      encode(e, t) {
        if ('utf-8' !== t && 'utf8' !== t)
          throw new Error(`Node built-in encoder only supports utf-8, but got ${t}`);
        return this.textEncoder.encode(e);
      }
      decode(e, t) {
        return 0 === e.length ? '' : new this.util.TextDecoder(t).decode(e);
      }
      isTypedArray(e) {
        return (
          this.util.types.isFloat32Array(e) ||
          this.util.types.isInt32Array(e) ||
          this.util.types.isUint8Array(e) ||
          this.util.types.isUint8ClampedArray(e)
        );
      }
    })(),
  );
const ya = ba({
    cast_: (e, t) => {
      const n = ga(e, 'x', 'cast');
      if (
        !((e) =>
          'bool' === e || 'complex64' === e || 'float32' === e || 'int32' === e || 'string' === e)(
          t,
        )
      )
        throw new Error(`Failed to cast to unknown dtype ${t}`);
      if (('string' === t && 'string' !== n.dtype) || ('string' !== t && 'string' === n.dtype))
        throw new Error('Only strings can be casted to strings');
      const a = { x: n },
        r = { dtype: t };
      return Dn.runKernel('Cast', a, r);
    },
  }),
  ka = ba({
    clone_: (e) => {
      const t = { x: ga(e, 'x', 'clone', 'string_or_numeric') };
      return Dn.runKernel(Ie, t);
    },
  });
function wa() {
  return Dn;
}
function Ia(e, t) {
  return Dn.tidy(e, t);
}
function va(e) {
  Sn(e).forEach((e) => e.dispose());
}
function _a(e) {
  return Dn.findBackendFactory(e);
}
function xa(e, t, n = 1) {
  return Dn.registerBackend(e, t, n);
}
Tn(),
  (cn = {
    buffer: pa,
    cast: ya,
    clone: ka,
    print: (e, t = !1) => {
      console.log(e.toString(t));
    },
  }),
  (pn = (e) => {
    O().getBool('DEPRECATION_WARNINGS_ENABLED') &&
      console.warn(
        e + ' You can disable deprecation warnings with tf.disableDeprecationWarnings().',
      );
  });
const Ma = ba({
    add_: (e, t) => {
      let n = ga(e, 'a', 'add'),
        a = ga(t, 'b', 'add');
      [n, a] = Mn(n, a);
      const r = { a: n, b: a };
      return Dn.runKernel('Add', r);
    },
  }),
  Sa = ba({
    floorDiv_: (e, t) => {
      let n = ga(e, 'a', 'floorDiv'),
        a = ga(t, 'b', 'floorDiv');
      [n, a] = Mn(n, a);
      const r = { a: n, b: a };
      return Dn.runKernel(me, r);
    },
  }),
  Na = ba({
    div_: (e, t) => {
      let n = ga(e, 'a', 'div'),
        a = ga(t, 'b', 'div');
      if ((([n, a] = Mn(n, a)), 'int32' === n.dtype && 'int32' === a.dtype)) return Sa(n, a);
      const r = { a: n, b: a };
      return Dn.runKernel(ce, r, {});
    },
  }),
  Aa = ba({
    mul_: (e, t) => {
      let n = ga(e, 'a', 'mul'),
        a = ga(t, 'b', 'mul');
      [n, a] = Mn(n, a);
      const r = { a: n, b: a };
      return Dn.runKernel(Be, r);
    },
  }),
  Fa = ba({
    sqrt_: (e) => {
      const t = { x: ga(e, 'x', 'sqrt', 'float32') };
      return Dn.runKernel('Sqrt', t);
    },
  }),
  Ea = ba({
    square_: (e) => {
      const t = ga(e, 'x', 'square');
      return Dn.runKernel('Square', { x: t }, {});
    },
  }),
  Ta = ba({
    zerosLike_: (e) => {
      const t = { x: ga(e, 'x', 'zerosLike') };
      return Dn.runKernel(yt, t);
    },
  });
function Da(e) {
  return Dn.customGrad(e);
}
function $a(e, t, n, a) {
  if (null == a) a = v(e);
  else if ('complex64' === a)
    throw new Error(
      'Cannot construct a complex64 tensor directly. Please use tf.complex(real, imag).',
    );
  if (xn(e) || _n(e)) {
    if ('float32' !== a && 'int32' !== a)
      throw new Error(
        `Creating tensor from GPU data only supports 'float32'|'int32' dtype, while the dtype is ${a}.`,
      );
    return Dn.backend.createTensorFromGPUData(e, t || n, a);
  }
  if (
    !Xt(e) &&
    !Array.isArray(e) &&
    'number' != typeof e &&
    'boolean' != typeof e &&
    'string' != typeof e
  )
    throw new Error(
      'values passed to tensor(values) must be a number/boolean/string or an array of numbers/booleans/strings, or a TypedArray',
    );
  if (null != t) {
    E(t);
    const e = h(t),
      a = h(n);
    d(
      e === a,
      () => `Based on the provided shape, [${t}], the tensor should have ${e} values but has ${a}`,
    );
    for (let e = 0; e < n.length; ++e) {
      const a = n[e],
        r = e !== n.length - 1 || a !== h(t.slice(e));
      d(
        n[e] === t[e] || !r,
        () =>
          `Error creating a new Tensor. Inferred shape (${n}) does not match the provided shape (${t}). `,
      );
    }
  }
  return (
    Xt(e) || Array.isArray(e) || (e = [e]),
    (t = t || n),
    (e = 'string' !== a ? Kt(e, a) : Yt(e, [], !0)),
    Dn.makeTensor(e, t, a)
  );
}
function Ra(e, t) {
  if (((Xt(e) && 'string' !== t) || Array.isArray(e)) && 'complex64' !== t)
    throw new Error(
      'Error creating a new Scalar: value must be a primitive (number|boolean|string)',
    );
  if ('string' === t && Xt(e) && !(e instanceof Uint8Array))
    throw new Error('When making a scalar from encoded string, the value must be `Uint8Array`.');
  return $a(e, [], [], t);
}
const Ca = new Map(),
  Wa = new Map();
class Oa {
  getClassName() {
    return this.constructor.className;
  }
  static fromConfig(e, t) {
    return new e(t);
  }
}
class Pa {
  constructor() {
    this.classNameMap = {};
  }
  static getMap() {
    return (null == Pa.instance && (Pa.instance = new Pa()), Pa.instance);
  }
  static register(e) {
    Pa.getMap().classNameMap[e.className] = [e, e.fromConfig];
  }
}
function Ba(e, t, n) {
  d(
    null != e.className,
    () => 'Class being registered does not have the static className property defined.',
  ),
    d(
      'string' == typeof e.className,
      () => 'className is required to be a string, but got type ' + typeof e.className,
    ),
    d(
      e.className.length > 0,
      () => 'Class being registered has an empty-string as its className, which is disallowed.',
    ),
    void 0 === t && (t = 'Custom'),
    void 0 === n && (n = e.className);
  const a = t + '>' + n;
  return (Pa.register(e), Ca.set(a, e), Wa.set(e, a), e);
}
class Ha extends Oa {
  minimize(e, t = !1, n) {
    const { value: a, grads: r } = this.computeGradients(e, n);
    if (null != n) {
      const e = n.map((e) => ({ name: e.name, tensor: r[e.name] }));
      this.applyGradients(e);
    } else this.applyGradients(r);
    return (va(r), t ? a : (a.dispose(), null));
  }
  get iterations() {
    return (null == this.iterations_ && (this.iterations_ = 0), this.iterations_);
  }
  incrementIterations() {
    this.iterations_ = this.iterations + 1;
  }
  computeGradients(e, t) {
    return ((e, t) => {
      d(_(e), () => 'The f passed in variableGrads(f) must be a function'),
        d(
          null == t || (Array.isArray(t) && t.every((e) => e instanceof mn)),
          () => 'The varList passed in variableGrads(f, varList) must be an array of variables',
        );
      const n = null != t;
      if (!n) {
        t = [];
        for (const e in Dn.registeredVariables) t.push(Dn.registeredVariables[e]);
      }
      const a = n ? t.filter((e) => !e.trainable) : null,
        r = t.length;
      d(
        (t = t.filter((e) => e.trainable)).length > 0,
        () =>
          `variableGrads() expects at least one of the input variables to be trainable, but none of the ${r} variables is trainable.`,
      );
      const { value: s, grads: o } = Dn.gradients(e, t, null, !0);
      d(
        o.some((e) => null != e),
        () =>
          'Cannot find a connection between any variable and the result of the loss function y=f(x). Please make sure the operations that use variables are inside the function f passed to minimize().',
      ),
        d(
          0 === s.rank,
          () =>
            `The f passed in variableGrads(f) must return a scalar, but it returned a rank-${s.rank} tensor`,
        );
      const i = {};
      return (
        t.forEach((e, t) => {
          null != o[t] && (i[e.name] = o[t]);
        }),
        null != a && a.forEach((e) => (i[e.name] = null)),
        { value: s, grads: i }
      );
    })(e, t);
  }
  dispose() {
    null != this.iterations_ && va(this.iterations_);
  }
  async saveIterations() {
    return (
      null == this.iterations_ && (this.iterations_ = 0),
      { name: 'iter', tensor: Ra(this.iterations_, 'int32') }
    );
  }
  async getWeights() {
    throw new Error('getWeights() is not implemented for this optimizer yet.');
  }
  async setWeights(e) {
    throw new Error(
      `setWeights() is not implemented for this optimizer class ${this.getClassName()}`,
    );
  }
  async extractIterations(e) {
    return ((this.iterations_ = (await e[0].tensor.data())[0]), e.slice(1));
  }
}
Object.defineProperty(Ha, Symbol.hasInstance, {
  value: (e) => null != e.minimize && null != e.computeGradients && null != e.applyGradients,
});
class La extends Ha {
  static get className() {
    return 'Adadelta';
  }
  constructor(e, t, n = null) {
    super(),
      (this.learningRate = e),
      (this.rho = t),
      (this.epsilon = n),
      (this.accumulatedGrads = []),
      (this.accumulatedUpdates = []),
      null == n && (this.epsilon = Dn.backend.epsilon());
  }
  applyGradients(e) {
    (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
      const a = Dn.registeredVariables[t],
        r = !1;
      null == this.accumulatedGrads[n] &&
        (this.accumulatedGrads[n] = {
          originalName: `${t}/accum_grad`,
          variable: Ia(() => Ta(a).variable(r)),
        }),
        null == this.accumulatedUpdates[n] &&
          (this.accumulatedUpdates[n] = {
            originalName: `${t}/accum_var`,
            variable: Ia(() => Ta(a).variable(r)),
          });
      const s = Array.isArray(e) ? e[n].tensor : e[t];
      if (null == s) return;
      const o = this.accumulatedGrads[n].variable,
        i = this.accumulatedUpdates[n].variable;
      Ia(() => {
        const e = Ma(Aa(o, this.rho), Aa(Ea(s), 1 - this.rho)),
          t = Aa(Na(Fa(Ma(i, this.epsilon)), Fa(Ma(o, this.epsilon))), s),
          n = Ma(Aa(i, this.rho), Aa(Ea(t), 1 - this.rho));
        o.assign(e), i.assign(n);
        const r = Ma(Aa(t, -this.learningRate), a);
        a.assign(r);
      });
    }),
      this.incrementIterations();
  }
  dispose() {
    null != this.accumulatedUpdates &&
      (va(this.accumulatedGrads.map((e) => e.variable)),
      va(this.accumulatedUpdates.map((e) => e.variable)));
  }
  async getWeights() {
    const e = [...this.accumulatedGrads, ...this.accumulatedUpdates];
    return [await this.saveIterations()].concat(
      e.map((e) => ({ name: e.originalName, tensor: e.variable })),
    );
  }
  async setWeights(e) {
    const t = (e = await this.extractIterations(e)).length / 2,
      n = !1;
    (this.accumulatedGrads = e
      .slice(0, t)
      .map((e) => ({ originalName: e.name, variable: e.tensor.variable(n) }))),
      (this.accumulatedUpdates = e
        .slice(t, 2 * t)
        .map((e) => ({ originalName: e.name, variable: e.tensor.variable(n) })));
  }
  getConfig() {
    return { learningRate: this.learningRate, rho: this.rho, epsilon: this.epsilon };
  }
  static fromConfig(e, t) {
    return new e(t.learningRate, t.rho, t.epsilon);
  }
}
function za(e, t, n) {
  E(e);
  const a = { shape: e, value: t, dtype: (n = n || v(t)) };
  return Dn.runKernel('Fill', {}, a);
}
class Ua extends Ha {
  static get className() {
    return 'Adagrad';
  }
  constructor(e, t = 0.1) {
    super(),
      (this.learningRate = e),
      (this.initialAccumulatorValue = t),
      (this.accumulatedGrads = []);
  }
  applyGradients(e) {
    (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
      const a = Dn.registeredVariables[t];
      if (null == this.accumulatedGrads[n]) {
        const e = !1;
        this.accumulatedGrads[n] = {
          originalName: `${t}/accumulator`,
          variable: Ia(() => za(a.shape, this.initialAccumulatorValue).variable(e)),
        };
      }
      const r = Array.isArray(e) ? e[n].tensor : e[t];
      if (null == r) return;
      const s = this.accumulatedGrads[n].variable;
      Ia(() => {
        const e = Ma(s, Ea(r));
        s.assign(e);
        const t = Ma(Aa(Na(r, Fa(Ma(e, Dn.backend.epsilon()))), -this.learningRate), a);
        a.assign(t);
      });
    }),
      this.incrementIterations();
  }
  dispose() {
    null != this.accumulatedGrads && va(this.accumulatedGrads.map((e) => e.variable));
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
}
const qa = ba({
    pow_: (e, t) => {
      let n = ga(e, 'base', 'pow'),
        a = ga(t, 'exp', 'pow');
      [n, a] = Mn(n, a);
      const r = { a: n, b: a };
      return Dn.runKernel('Pow', r);
    },
  }),
  Ga = ba({
    sub_: (e, t) => {
      let n = ga(e, 'a', 'sub'),
        a = ga(t, 'b', 'sub');
      [n, a] = Mn(n, a);
      const r = { a: n, b: a };
      return Dn.runKernel('Sub', r);
    },
  });
class ja extends Ha {
  static get className() {
    return 'Adam';
  }
  constructor(e, t, n, a = null) {
    super(),
      (this.learningRate = e),
      (this.beta1 = t),
      (this.beta2 = n),
      (this.epsilon = a),
      (this.accumulatedFirstMoment = []),
      (this.accumulatedSecondMoment = []),
      Ia(() => {
        (this.accBeta1 = Ra(t).variable()), (this.accBeta2 = Ra(n).variable());
      }),
      null == a && (this.epsilon = Dn.backend.epsilon());
  }
  applyGradients(e) {
    const t = Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e);
    Ia(() => {
      const n = Ga(1, this.accBeta1),
        a = Ga(1, this.accBeta2);
      t.forEach((t, r) => {
        const s = Dn.registeredVariables[t],
          o = !1;
        null == this.accumulatedFirstMoment[r] &&
          (this.accumulatedFirstMoment[r] = {
            originalName: `${t}/m`,
            variable: Ia(() => Ta(s).variable(o)),
          }),
          null == this.accumulatedSecondMoment[r] &&
            (this.accumulatedSecondMoment[r] = {
              originalName: `${t}/v`,
              variable: Ia(() => Ta(s).variable(o)),
            });
        const i = Array.isArray(e) ? e[r].tensor : e[t];
        if (null == i) return;
        const u = this.accumulatedFirstMoment[r].variable,
          l = this.accumulatedSecondMoment[r].variable,
          d = Ma(Aa(u, this.beta1), Aa(i, 1 - this.beta1)),
          c = Ma(Aa(l, this.beta2), Aa(Ea(i), 1 - this.beta2)),
          p = Na(d, n),
          h = Na(c, a);
        u.assign(d), l.assign(c);
        const f = Ma(Aa(Na(p, Ma(Fa(h), this.epsilon)), -this.learningRate), s);
        s.assign(f);
      }),
        this.accBeta1.assign(Aa(this.accBeta1, this.beta1)),
        this.accBeta2.assign(Aa(this.accBeta2, this.beta2));
    }),
      this.incrementIterations();
  }
  dispose() {
    this.accBeta1.dispose(),
      this.accBeta2.dispose(),
      null != this.accumulatedFirstMoment && va(this.accumulatedFirstMoment.map((e) => e.variable)),
      null != this.accumulatedSecondMoment &&
        va(this.accumulatedSecondMoment.map((e) => e.variable));
  }
  async getWeights() {
    const e = [...this.accumulatedFirstMoment, ...this.accumulatedSecondMoment];
    return [await this.saveIterations()].concat(
      e.map((e) => ({ name: e.originalName, tensor: e.variable })),
    );
  }
  async setWeights(e) {
    (e = await this.extractIterations(e)),
      Ia(() => {
        this.accBeta1.assign(qa(this.beta1, this.iterations_ + 1)),
          this.accBeta2.assign(qa(this.beta2, this.iterations_ + 1));
      });
    const t = e.length / 2,
      n = !1;
    (this.accumulatedFirstMoment = e
      .slice(0, t)
      .map((e) => ({ originalName: e.name, variable: e.tensor.variable(n) }))),
      (this.accumulatedSecondMoment = e
        .slice(t, 2 * t)
        .map((e) => ({ originalName: e.name, variable: e.tensor.variable(n) })));
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
}
const Va = ba({
  abs_: (e) => {
    const t = ga(e, 'x', 'abs');
    if ('complex64' === t.dtype) {
      const e = { x: t };
      return Dn.runKernel(Y, e);
    }
    {
      const e = { x: t };
      return Dn.runKernel('Abs', e);
    }
  },
});
function Ka(e, t) {
  const n = e.length,
    a = [];
  for (let r = 0; r < n; r++) {
    const s = n - 1 - r,
      o = e[s] || 1;
    (t[t.length - 1 - r] || 1) > 1 && 1 === o && a.unshift(s);
  }
  return a;
}
function Ja(e, t) {
  const n = Math.max(e.length, t.length),
    a = new Array(n);
  for (let r = 0; r < n; r++) {
    let s = e[e.length - r - 1];
    null == s && (s = 1);
    let o = t[t.length - r - 1];
    if ((null == o && (o = 1), 1 === s)) a[n - r - 1] = o;
    else if (1 === o) a[n - r - 1] = s;
    else {
      if (s !== o)
        throw Error(`Operands could not be broadcast together with shapes ${e} and ${t}.`);
      a[n - r - 1] = s;
    }
  }
  return a;
}
const Qa = ba({
  maximum_: (e, t) => {
    let n = ga(e, 'a', 'maximum'),
      a = ga(t, 'b', 'maximum');
    ([n, a] = Mn(n, a)),
      'bool' === n.dtype && ((n = ya(n, 'int32')), (a = ya(a, 'int32'))),
      Ja(n.shape, a.shape);
    const r = { a: n, b: a };
    return Dn.runKernel(Ee, r);
  },
});
class Za extends Ha {
  static get className() {
    return 'Adamax';
  }
  constructor(e, t, n, a = null, r = 0) {
    super(),
      (this.learningRate = e),
      (this.beta1 = t),
      (this.beta2 = n),
      (this.epsilon = a),
      (this.decay = r),
      (this.accumulatedFirstMoment = []),
      (this.accumulatedWeightedInfNorm = []),
      Ia(() => {
        (this.iteration = Ra(0).variable()), (this.accBeta1 = Ra(t).variable());
      }),
      null == a && (this.epsilon = Dn.backend.epsilon());
  }
  applyGradients(e) {
    const t = Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e);
    Ia(() => {
      const n = Ga(1, this.accBeta1),
        a = Na(-this.learningRate, Ma(Aa(this.iteration, this.decay), 1));
      t.forEach((t, r) => {
        const s = Dn.registeredVariables[t],
          o = !1;
        null == this.accumulatedFirstMoment[r] &&
          (this.accumulatedFirstMoment[r] = {
            originalName: `${t}/m`,
            variable: Ta(s).variable(o),
          }),
          null == this.accumulatedWeightedInfNorm[r] &&
            (this.accumulatedWeightedInfNorm[r] = {
              originalName: `${t}/v`,
              variable: Ta(s).variable(o),
            });
        const i = Array.isArray(e) ? e[r].tensor : e[t];
        if (null == i) return;
        const u = this.accumulatedFirstMoment[r].variable,
          l = this.accumulatedWeightedInfNorm[r].variable,
          d = Ma(Aa(u, this.beta1), Aa(i, 1 - this.beta1)),
          c = Aa(l, this.beta2),
          p = Va(i),
          h = Qa(c, p);
        u.assign(d), l.assign(h);
        const f = Ma(Aa(Na(a, n), Na(d, Ma(h, this.epsilon))), s);
        s.assign(f);
      }),
        this.iteration.assign(Ma(this.iteration, 1)),
        this.accBeta1.assign(Aa(this.accBeta1, this.beta1));
    }),
      this.incrementIterations();
  }
  dispose() {
    this.accBeta1.dispose(),
      this.iteration.dispose(),
      null != this.accumulatedFirstMoment && va(this.accumulatedFirstMoment.map((e) => e.variable)),
      null != this.accumulatedWeightedInfNorm &&
        va(this.accumulatedWeightedInfNorm.map((e) => e.variable));
  }
  async getWeights() {
    throw new Error('getWeights() is not implemented for Adamax yet.');
  }
  async setWeights(e) {
    throw new Error('setWeights() is not implemented for Adamax yet.');
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
}
class Xa extends Ha {
  static get className() {
    return 'SGD';
  }
  constructor(e) {
    super(), (this.learningRate = e), this.setLearningRate(e);
  }
  applyGradients(e) {
    (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
      const a = Array.isArray(e) ? e[n].tensor : e[t];
      if (null == a) return;
      const r = Dn.registeredVariables[t];
      Ia(() => {
        const e = Ma(Aa(this.c, a), r);
        r.assign(e);
      });
    }),
      this.incrementIterations();
  }
  setLearningRate(e) {
    var t;
    (this.learningRate = e),
      null != this.c && this.c.dispose(),
      (this.c = ((t = Ra(-e)), Dn.keep(t)));
  }
  dispose() {
    this.c.dispose();
  }
  async getWeights() {
    return [await this.saveIterations()];
  }
  async setWeights(e) {
    if (0 !== (e = await this.extractIterations(e)).length)
      throw new Error('SGD optimizer does not have settable weights.');
  }
  getConfig() {
    return { learningRate: this.learningRate };
  }
  static fromConfig(e, t) {
    return new e(t.learningRate);
  }
}
class Ya extends Xa {
  static get className() {
    return 'Momentum';
  }
  constructor(e, t, n = !1) {
    super(e),
      (this.learningRate = e),
      (this.momentum = t),
      (this.useNesterov = n),
      (this.accumulations = []),
      (this.m = Ra(this.momentum));
  }
  applyGradients(e) {
    (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
      const a = Dn.registeredVariables[t];
      if (null == this.accumulations[n]) {
        const e = !1;
        this.accumulations[n] = {
          originalName: `${t}/momentum`,
          variable: Ia(() => Ta(a).variable(e)),
        };
      }
      const r = this.accumulations[n].variable,
        s = Array.isArray(e) ? e[n].tensor : e[t];
      null != s &&
        Ia(() => {
          let e;
          const t = Ma(Aa(this.m, r), s);
          (e = this.useNesterov ? Ma(Aa(this.c, Ma(s, Aa(t, this.m))), a) : Ma(Aa(this.c, t), a)),
            r.assign(t),
            a.assign(e);
        });
    }),
      this.incrementIterations();
  }
  dispose() {
    this.m.dispose(), null != this.accumulations && va(this.accumulations.map((e) => e.variable));
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
}
class er extends Ha {
  static get className() {
    return 'RMSProp';
  }
  constructor(e, t = 0.9, n = 0, a = null, r = !1) {
    if (
      (super(),
      (this.learningRate = e),
      (this.decay = t),
      (this.momentum = n),
      (this.epsilon = a),
      (this.accumulatedMeanSquares = []),
      (this.accumulatedMoments = []),
      (this.accumulatedMeanGrads = []),
      (this.centered = r),
      null == a && (this.epsilon = Dn.backend.epsilon()),
      null == e)
    )
      throw new Error('learningRate for RMSPropOptimizer must be defined.');
  }
  applyGradients(e) {
    (Array.isArray(e) ? e.map((e) => e.name) : Object.keys(e)).forEach((t, n) => {
      const a = Dn.registeredVariables[t],
        r = !1;
      null == this.accumulatedMeanSquares[n] &&
        (this.accumulatedMeanSquares[n] = {
          originalName: `${t}/rms`,
          variable: Ia(() => Ta(a).variable(r)),
        }),
        null == this.accumulatedMoments[n] &&
          (this.accumulatedMoments[n] = {
            originalName: `${t}/momentum`,
            variable: Ia(() => Ta(a).variable(r)),
          }),
        null == this.accumulatedMeanGrads[n] &&
          this.centered &&
          (this.accumulatedMeanGrads[n] = {
            originalName: `${t}/mg`,
            variable: Ia(() => Ta(a).variable(r)),
          });
      const s = Array.isArray(e) ? e[n].tensor : e[t];
      if (null == s) return;
      const o = this.accumulatedMeanSquares[n].variable,
        i = this.accumulatedMoments[n].variable;
      Ia(() => {
        const e = Ma(Aa(o, this.decay), Aa(Ea(s), 1 - this.decay));
        if (this.centered) {
          const t = this.accumulatedMeanGrads[n].variable,
            r = Ma(Aa(t, this.decay), Aa(s, 1 - this.decay)),
            u = Na(Aa(s, this.learningRate), Fa(Ga(e, Ma(Ea(r), this.epsilon)))),
            l = Ma(Aa(i, this.momentum), u);
          o.assign(e), t.assign(r), i.assign(l);
          const d = Ga(a, l);
          a.assign(d);
        } else {
          const e = Ma(Aa(o, this.decay), Aa(Ea(s), 1 - this.decay)),
            t = Ma(Aa(i, this.momentum), Na(Aa(s, this.learningRate), Fa(Ma(e, this.epsilon))));
          o.assign(e), i.assign(t);
          const n = Ga(a, t);
          a.assign(n);
        }
      });
    }),
      this.incrementIterations();
  }
  dispose() {
    null != this.accumulatedMeanSquares && va(this.accumulatedMeanSquares.map((e) => e.variable)),
      null != this.accumulatedMeanGrads &&
        this.centered &&
        va(this.accumulatedMeanGrads.map((e) => e.variable)),
      null != this.accumulatedMoments && va(this.accumulatedMoments.map((e) => e.variable));
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
    const t = this.centered ? e.length / 3 : e.length / 2,
      n = !1;
    (this.accumulatedMeanSquares = e
      .slice(0, t)
      .map((e) => ({ originalName: e.name, variable: e.tensor.variable(n) }))),
      (this.accumulatedMoments = e
        .slice(t, 2 * t)
        .map((e) => ({ originalName: e.name, variable: e.tensor.variable(n) }))),
      this.centered &&
        (this.accumulatedMeanGrads = e
          .slice(2 * t, 3 * t)
          .map((e) => ({ originalName: e.name, variable: e.tensor.variable(n) })));
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
}
const tr = [La, Ua, ja, Za, Ya, er, Xa];
function nr(e) {
  return new Promise((e) => setTimeout(e)).then(e);
}
class ar {
  constructor(e) {
    if (!O().getBool('IS_BROWSER'))
      throw new Error(
        'browserDownloads() cannot proceed because the current environment is not a browser.',
      );
    e.startsWith(ar.URL_SCHEME) && (e = e.slice(ar.URL_SCHEME.length)),
      (null != e && 0 !== e.length) || (e = 'model'),
      (this.modelJsonFileName = e + '.json'),
      (this.weightDataFileName = e + '.weights.bin');
  }
  async save(e) {
    if ('undefined' == typeof document)
      throw new Error(
        'Browser downloads are not supported in this environment since `document` is not present',
      );
    const t = Cn.join(e.weightData),
      n = window.URL.createObjectURL(new Blob([t], { type: 'application/octet-stream' }));
    if (e.modelTopology instanceof ArrayBuffer)
      throw new Error(
        'BrowserDownloads.save() does not support saving model topology in binary formats yet.',
      );
    {
      const t = Pn(e, [{ paths: ['./' + this.weightDataFileName], weights: e.weightSpecs }]),
        a = window.URL.createObjectURL(new Blob([JSON.stringify(t)], { type: 'application/json' })),
        r = null == this.modelJsonAnchor ? document.createElement('a') : this.modelJsonAnchor;
      if (
        ((r.download = this.modelJsonFileName),
        (r.href = a),
        await nr(() => r.dispatchEvent(new MouseEvent('click'))),
        null != e.weightData)
      ) {
        const e =
          null == this.weightDataAnchor ? document.createElement('a') : this.weightDataAnchor;
        (e.download = this.weightDataFileName),
          (e.href = n),
          await nr(() => e.dispatchEvent(new MouseEvent('click')));
      }
      return { modelArtifactsInfo: Bn(e) };
    }
  }
}
function rr(e, t, n, a) {
  !((e) => {
    d(null != e && Array.isArray(e) && e.length > 0, () => 'promises must be a none empty array');
  })(e),
    ((e, t) => {
      d(
        e >= 0 && e <= 1,
        () => `Progress fraction must be in range [0, 1], but got startFraction ${e}`,
      ),
        d(
          t >= 0 && t <= 1,
          () => `Progress fraction must be in range [0, 1], but got endFraction ${t}`,
        ),
        d(
          t >= e,
          () =>
            `startFraction must be no more than endFraction, but got startFraction ${e} and endFraction ${t}`,
        );
    })((n = n ?? 0), (a = a ?? 1));
  let r = 0;
  return Promise.all(
    e.map(
      (s) => (
        s.then((s) => {
          const o = n + (++r / e.length) * (a - n);
          return (t(o), s);
        }),
        s
      ),
    ),
  );
}
async function sr(e, t) {
  null == t && (t = {});
  const n = null == t.fetchFunc ? O().platform.fetch : t.fetchFunc,
    a = e.map((e) => n(e, t.requestInit, { isBinary: !0 })),
    r = (null == t.onProgress ? await Promise.all(a) : await rr(a, t.onProgress, 0, 0.5)).map((e) =>
      e.arrayBuffer(),
    );
  return null == t.onProgress ? await Promise.all(r) : await rr(r, t.onProgress, 0.5, 1);
}
(ar.URL_SCHEME = 'downloads://'),
  Ln.registerSaveRouter((e) =>
    O().getBool('IS_BROWSER') && !Array.isArray(e) && e.startsWith(ar.URL_SCHEME)
      ? ((e = 'model') => new ar(e))(e.slice(ar.URL_SCHEME.length))
      : null,
  );
class or {
  constructor(e, t) {
    if (
      ((this.DEFAULT_METHOD = 'POST'),
      null == t && (t = {}),
      (this.weightPathPrefix = t.weightPathPrefix),
      (this.weightUrlConverter = t.weightUrlConverter),
      null != t.fetchFunc
        ? (d(
            'function' == typeof t.fetchFunc,
            () =>
              'Must pass a function that matches the signature of `fetch` (see https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API)',
          ),
          (this.fetch = t.fetchFunc))
        : (this.fetch = O().platform.fetch),
      d(null != e && e.length > 0, () => 'URL path for http must not be null, undefined or empty.'),
      Array.isArray(e) &&
        d(
          2 === e.length,
          () => `URL paths for http must have a length of 2, (actual length is ${e.length}).`,
        ),
      (this.path = e),
      null != t.requestInit && null != t.requestInit.body)
    )
      throw new Error('requestInit is expected to have no pre-existing body, but has one.');
    (this.requestInit = t.requestInit || {}), (this.loadOptions = t);
  }
  async save(e) {
    if (e.modelTopology instanceof ArrayBuffer)
      throw new Error(
        'BrowserHTTPRequest.save() does not support saving model topology in binary formats yet.',
      );
    const t = Object.assign({ method: this.DEFAULT_METHOD }, this.requestInit);
    t.body = new FormData();
    const n = Pn(e, [{ paths: ['./model.weights.bin'], weights: e.weightSpecs }]);
    if (
      (t.body.append(
        'model.json',
        new Blob([JSON.stringify(n)], { type: 'application/json' }),
        'model.json',
      ),
      null != e.weightData)
    ) {
      const n = Cn.join(e.weightData);
      t.body.append(
        'model.weights.bin',
        new Blob([n], { type: 'application/octet-stream' }),
        'model.weights.bin',
      );
    }
    const a = await this.fetch(this.path, t);
    if (a.ok) return { modelArtifactsInfo: Bn(e), responses: [a] };
    throw new Error(`BrowserHTTPRequest.save() failed due to HTTP response status ${a.status}.`);
  }
  async loadModelJSON() {
    const e = await this.fetch(this.path, this.requestInit);
    if (!e.ok)
      throw new Error(
        `Request to ${this.path} failed with status code ${e.status}. Please verify this URL points to the model JSON of the model to load.`,
      );
    let t;
    try {
      t = await e.json();
    } catch (e) {
      let t = `Failed to parse model JSON of response from ${this.path}.`;
      throw (
        this.path.endsWith('.pb')
          ? (t +=
              " Your path contains a .pb file extension. Support for .pb models have been removed in TensorFlow.js 1.0 in favor of .json models. You can re-convert your Python TensorFlow model using the TensorFlow.js 1.0 conversion scripts or you can convert your.pb models with the 'pb2json'NPM script in the tensorflow/tfjs-converter repository.")
          : (t += ' Please make sure the server is serving valid JSON for this request.'),
        new Error(t)
      );
    }
    const n = t.modelTopology,
      a = t.weightsManifest;
    if (null == n && null == a)
      throw new Error(
        `The JSON from HTTP path ${this.path} contains neither model topology or manifest for weights.`,
      );
    return t;
  }
  async load() {
    return this.loadOptions.streamWeights
      ? this.loadStream()
      : (async (e, t) => {
          let n, a;
          return (
            null != e.weightsManifest && ([n, a] = await t(e.weightsManifest)),
            ((e, t, n) => {
              const a = {
                modelTopology: e.modelTopology,
                format: e.format,
                generatedBy: e.generatedBy,
                convertedBy: e.convertedBy,
              };
              if (
                (null != e.trainingConfig && (a.trainingConfig = e.trainingConfig),
                null != e.weightsManifest)
              ) {
                if (!t) throw new Error('modelJSON has weightsManifest but weightSpecs is null');
                if (!n) throw new Error('modelJSON has weightsManifest but weightData is null');
                (a.weightSpecs = t), (a.weightData = n);
              }
              return (
                null != e.signature && (a.signature = e.signature),
                null != e.userDefinedMetadata && (a.userDefinedMetadata = e.userDefinedMetadata),
                null != e.modelInitializer && (a.modelInitializer = e.modelInitializer),
                null != e.initializerSignature && (a.initializerSignature = e.initializerSignature),
                a
              );
            })(e, n, a)
          );
        })(await this.loadModelJSON(), (e) => this.loadWeights(e));
  }
  async loadStream() {
    const e = await this.loadModelJSON(),
      t = await this.getWeightUrls(e.weightsManifest),
      n = Hn(e.weightsManifest);
    return Object.assign(Object.assign({}, e), {
      weightSpecs: n,
      getWeightStream: () =>
        ((e, t) => {
          var n;
          const a = null == t.fetchFunc ? O().platform.fetch : t.fetchFunc;
          let r,
            s = 0;
          return (
            null === (n = t.onProgress) || void 0 === n || n.call(t, 0),
            new ReadableStream({
              pull: async (n) => {
                for (var o; s < e.length; ) {
                  if (!r) {
                    const n = (await a(e[s], t.requestInit, { isBinary: !0 })).body;
                    r = n.getReader();
                  }
                  const { done: i, value: u } = await r.read();
                  if (!i) return void n.enqueue(u);
                  s++,
                    (r = void 0),
                    null === (o = t.onProgress) || void 0 === o || o.call(t, s / e.length);
                }
                n.close();
              },
            })
          );
        })(t, this.loadOptions),
    });
  }
  async getWeightUrls(e) {
    const t = Array.isArray(this.path) ? this.path[1] : this.path,
      [n, a] = ((e) => {
        const t = e.lastIndexOf('/'),
          n = e.lastIndexOf('?');
        return [e.substring(0, t) + '/', n > t ? e.substring(n) : ''];
      })(t),
      r = this.weightPathPrefix || n,
      s = [],
      o = [];
    for (const t of e)
      for (const e of t.paths)
        null != this.weightUrlConverter ? o.push(this.weightUrlConverter(e)) : s.push(r + e + a);
    return (this.weightUrlConverter && s.push(...(await Promise.all(o))), s);
  }
  async loadWeights(e) {
    const t = await this.getWeightUrls(e);
    return [Hn(e), await sr(t, this.loadOptions)];
  }
}
function ir(e) {
  return null != e.match(or.URL_SCHEME_REGEX);
}
or.URL_SCHEME_REGEX = /^https?:\/\//;
const ur = (e, t) => {
  if ('undefined' == typeof fetch && (null == t || null == t.fetchFunc)) return null;
  {
    let n = !0;
    if (((n = Array.isArray(e) ? e.every((e) => ir(e)) : ir(e)), n))
      return ((e, t) => new or(e, t))(e, t);
  }
  return null;
};
function lr(e, t) {
  const n = e.shape.length,
    a = t.shape.length;
  if (n < 1)
    throw new Error(
      `tf.gatherND() expects the input to be rank 1 or higher, but the rank was ${n}.`,
    );
  if (a < 1)
    throw new Error(
      `tf.gatherND() expects the indices to be rank 1 or higher, but the rank was ${a}.`,
    );
  if ('int32' !== t.dtype)
    throw new Error(
      `tf.gatherND() expects the indices to be int32 type, but the dtype was ${t.dtype}.`,
    );
  if (t.shape[a - 1] > n)
    throw new Error(
      `index innermost dimension length must be <= tensor rank; saw: ${t.shape[a - 1]} vs. ${n}`,
    );
  if (0 === h(e.shape))
    throw new Error(`Requested more than 0 entries, but input is empty. Input shape: ${e.shape}.`);
  const r = t.shape,
    s = r[r.length - 1];
  let o = 1;
  for (let e = 0; e < r.length - 1; ++e) o *= r[e];
  const i = e.shape,
    u = r.slice();
  u.pop();
  let l = 1;
  for (let e = s; e < n; ++e) (l *= i[e]), u.push(i[e]);
  const d = [...x(e.shape).map((e) => e / l), 1].slice(0, s);
  return [u, o, l, d];
}
function dr(e, t, n) {
  const a = t.shape.length,
    r = a > 1 ? t.shape[a - 1] : 1,
    s = n.length;
  let o = 1;
  for (let e = r; e < s; ++e) o *= n[e];
  const i = r < 1 ? 1 : r;
  return {
    sliceRank: r,
    numUpdates: h(t.shape) / i,
    sliceSize: o,
    strides: [...x(n.slice(0, r)), 1],
    outputSize: h(n),
  };
}
function cr(e, t, n) {
  const a = [];
  for (let r = 0; r < e.length; r++) a[r] = Math.ceil((t[r] - e[r]) / n[r]);
  return a;
}
function pr(e, t, n) {
  let a = n.length;
  for (let e = 0; e < n.length; e++)
    if (n[e] > 1) {
      a = e;
      break;
    }
  for (let r = a + 1; r < n.length; r++) if (t[r] > 0 || n[r] !== e[r]) return !1;
  return !0;
}
function hr(e, t) {
  let n = e.length > 0 ? e[e.length - 1] : 1;
  for (let a = 0; a < e.length - 1; a++) n += e[a] * t[a];
  return n;
}
function fr(e, t, n) {
  let a;
  const r = e.shape.length;
  let s;
  return (
    (a =
      'number' == typeof t
        ? [t, ...new Array(r - 1).fill(0)]
        : t.length < r
          ? t.concat(new Array(r - t.length).fill(0))
          : t.slice()),
    a.forEach((e) => {
      d(-1 !== e, () => 'slice() does not support negative begin indexing.');
    }),
    (s =
      null == n
        ? new Array(r).fill(-1)
        : 'number' == typeof n
          ? [n, ...new Array(r - 1).fill(-1)]
          : n.length < r
            ? n.concat(new Array(r - n.length).fill(-1))
            : n),
    (s = s.map((t, n) =>
      t >= 0
        ? t
        : (d(
            -1 === t,
            () =>
              `Negative size values should be exactly -1 but got ${t} for the slice() size at index ${n}.`,
          ),
          e.shape[n] - a[n]),
    )),
    [a, s]
  );
}
function mr(e, t, n, a, r, s, o, i, u) {
  let l;
  if ((null == a ? ((l = new Array(t.length)), l.fill(1)) : (l = a), null != o && o & (o - 1)))
    throw new Error('Multiple ellipses in slice is not allowed.');
  let d = !1;
  const c = {
    dims: l.length,
    numAddAxisAfterEllipsis: 0,
    begin: t.slice(),
    end: n.slice(),
    strides: l.slice(),
    beginMask: r,
    endMask: s,
    ellipsisMask: o,
    newAxisMask: i,
    shrinkAxisMask: u,
  };
  for (let e = 0; e < c.dims; e++)
    d && (1 << e) & i && c.numAddAxisAfterEllipsis++, (1 << e) & o && (d = !0);
  d || ((c.ellipsisMask |= 1 << c.dims), c.dims++);
  const p = { dims: e.length, beginMask: 0, endMask: 0, beginValid: !1, endValid: !1 };
  !((e, t) => {
    (t.beginMask = 0), (t.endMask = 0), (t.shrinkAxisMask = 0);
    let n = 0;
    (t.beginValid = null != e.begin),
      (t.endValid = null != e.end),
      (t.begin = new Array(t.dims)),
      (t.end = new Array(t.dims)),
      (t.strides = new Array(t.dims)),
      (t.finalShapeGatherIndices = []),
      (t.finalShapeGatherIndicesSparse = []),
      (t.inputShapeGatherIndicesSparse = new Array(t.dims));
    for (let a = 0; a < e.dims; a++)
      if ((1 << a) & e.ellipsisMask) {
        const r = Math.min(t.dims - (e.dims - a) + 1 + e.numAddAxisAfterEllipsis, t.dims);
        for (; n < r; n++)
          (t.begin[n] = 0),
            (t.end[n] = 0),
            (t.strides[n] = 1),
            (t.beginMask |= 1 << n),
            (t.endMask |= 1 << n),
            t.finalShapeGatherIndices.push(n),
            t.finalShapeGatherIndicesSparse.push(-1),
            (t.inputShapeGatherIndicesSparse[n] = a);
      } else if ((1 << a) & e.newAxisMask)
        t.finalShapeGatherIndices.push(-2), t.finalShapeGatherIndicesSparse.push(-1);
      else {
        if (n === t.begin.length)
          throw Error(
            `Index out of range using input dim ${n}; input has only ${t.dims} dims, ${t.begin.length}.`,
          );
        null != e.begin && (t.begin[n] = e.begin[a]),
          null != e.end && (t.end[n] = e.end[a]),
          (t.strides[n] = e.strides[a]),
          e.beginMask & (1 << a) && (t.beginMask |= 1 << n),
          e.endMask & (1 << a) && (t.endMask |= 1 << n),
          e.shrinkAxisMask & (1 << a)
            ? (t.finalShapeGatherIndices.push(-1),
              t.finalShapeGatherIndicesSparse.push(-1),
              (t.shrinkAxisMask |= 1 << n))
            : (t.finalShapeGatherIndices.push(n), t.finalShapeGatherIndicesSparse.push(a)),
          (t.inputShapeGatherIndicesSparse[n] = a),
          n++;
      }
  })(c, p);
  let h = !0,
    f = !0,
    m = !0;
  const g = [],
    b = [];
  for (let t = 0; t < e.length; ++t) {
    if (0 === p.strides[t]) throw Error(`strides[${t}] must be non-zero`);
    const n = !!(p.shrinkAxisMask & (1 << t)),
      a = e[t];
    if (-1 === a) {
      g.push(n ? 1 : -1);
      continue;
    }
    const r = [p.beginMask & (1 << t), p.endMask & (1 << t)],
      s = [p.strides[t] > 0 ? 0 : -1, p.strides[t] > 0 ? a : a - 1];
    if (n && p.strides[t] <= 0) throw Error('only stride 1 allowed on non-range indexing.');
    m = m && 1 === p.strides[t];
    const o = !!(p.beginMask & (1 << t) && p.endMask & (1 << t));
    if (p.beginValid && p.endValid) {
      if (n) {
        const e = p.begin[t] < 0 ? a + p.begin[t] : p.begin[t];
        if (((p.begin[t] = e), (p.end[t] = p.begin[t] + 1), e < 0 || e >= a))
          throw Error(`slice index ${p.begin[t]} of dimension ${t} out of bounds.`);
      } else
        (p.begin[t] = gr(p.begin[t], 0, p.strides[t], a, r, s)),
          (p.end[t] = gr(p.end[t], 1, p.strides[t], a, r, s));
      const e = 1 === p.strides[t] && 0 === p.begin[t] && p.end[t] === a;
      (h = h && e), (f = f && ((0 === t && 1 === p.strides[t]) || e));
    } else (h = h && 1 === p.strides[t] && o), (f = f && ((0 === t && 1 === p.strides[t]) || o));
    let i,
      u = !1;
    if (
      (p.beginValid && p.endValid
        ? ((i = p.end[t] - p.begin[t]), (u = !0))
        : n
          ? ((i = 1), (u = !0))
          : o && a >= 0 && ((i = p.strides[t] < 0 ? -a : a), (u = !0)),
      u)
    ) {
      let e;
      (e =
        0 === i || i < 0 != p.strides[t] < 0
          ? 0
          : Math.trunc(i / p.strides[t]) + (i % p.strides[t] !== 0 ? 1 : 0)),
        g.push(e);
    } else g.push(-1);
  }
  for (let e = 0; e < p.finalShapeGatherIndices.length; ++e) {
    const t = p.finalShapeGatherIndices[e];
    t >= 0 ? b.push(g[t]) : -2 === t && b.push(1);
  }
  return {
    finalShapeSparse: b.filter((e, t) => -2 !== p.finalShapeGatherIndices[t]),
    finalShape: b,
    isIdentity: h,
    sliceDim0: f,
    isSimpleSlice: m,
    begin: p.begin,
    end: p.end,
    strides: p.strides,
  };
}
function gr(e, t, n, a, r, s) {
  if (r[t]) return n > 0 ? s[t] : s[(t + 1) & 1];
  {
    const t = e < 0 ? a + e : e;
    return t < s[0] ? s[0] : t > s[1] ? s[1] : t;
  }
}
Ln.registerSaveRouter(ur), Ln.registerLoadRouter(ur);
const br = ba({
    any_: (e, t = null, n = !1) => {
      const a = { x: ga(e, 'x', 'any', 'bool') },
        r = { axis: t, keepDims: n };
      return Dn.runKernel('Any', a, r);
    },
  }),
  yr = ba({
    argMax_: (e, t = 0) => {
      const n = { x: ga(e, 'x', 'argMax') },
        a = { axis: t };
      return Dn.runKernel('ArgMax', n, a);
    },
  }),
  kr = ba({
    reshape_: (e, t) => {
      const n = { x: ga(e, 'x', 'reshape', 'string_or_numeric') },
        a = { shape: t };
      return Dn.runKernel(je, n, a);
    },
  }),
  wr = ba({
    broadcastTo_: (e, t) => {
      let n = ga(e, 'broadcastTo', 'x');
      const a = n.shape;
      if ((E(t), t.length < n.rank))
        throw new Error(`broadcastTo(): shape.length=${t.length} < input.rank=${n.rank}.`);
      if (t.length > n.rank) {
        const e = n.shape.slice();
        for (; e.length < t.length; ) e.unshift(1);
        n = kr(n, e);
      }
      const r = n.shape,
        s = Array.from(t);
      for (let e = t.length - 1; e >= 0; e--)
        if (r[e] === t[e]) s[e] = 1;
        else if (1 !== n.shape[e])
          throw new Error(`broadcastTo(): [${a}] cannot be broadcast to [${t}].`);
      if (0 === s.map((e, t) => (e > 1 ? t : -1)).filter((e) => e >= 0).length) return ka(n);
      const o = { x: n },
        i = { reps: s };
      return Dn.runKernel('Tile', o, i);
    },
  }),
  Ir = ba({
    cos_: (e) => {
      const t = { x: ga(e, 'x', 'cos', 'float32') };
      return Dn.runKernel('Cos', t);
    },
  }),
  vr = ba({
    equal_: (e, t) => {
      let n = ga(e, 'a', 'equal', 'string_or_numeric'),
        a = ga(t, 'b', 'equal', 'string_or_numeric');
      ([n, a] = Mn(n, a)), Ja(n.shape, a.shape);
      const r = { a: n, b: a };
      return Dn.runKernel('Equal', r);
    },
  }),
  _r = ba({
    erf_: (e) => {
      let t = ga(e, 'x', 'erf');
      d(
        'int32' === t.dtype || 'float32' === t.dtype,
        () => 'Input dtype must be `int32` or `float32`.',
      ),
        'int32' === t.dtype && (t = ya(t, 'float32'));
      const n = { x: t };
      return Dn.runKernel('Erf', n);
    },
  }),
  xr = ba({
    exp_: (e) => {
      const t = { x: ga(e, 'x', 'exp') };
      return Dn.runKernel('Exp', t);
    },
  }),
  Mr = ba({
    expandDims_: (e, t = 0) => {
      const n = ga(e, 'x', 'expandDims', 'string_or_numeric');
      d(t <= n.rank, () => 'Axis must be <= rank of the tensor');
      const a = { input: n },
        r = { dim: t };
      return Dn.runKernel(he, a, r);
    },
  }),
  Sr = ba({
    greater_: (e, t) => {
      let n = ga(e, 'a', 'greater', 'string_or_numeric'),
        a = ga(t, 'b', 'greater', 'string_or_numeric');
      ([n, a] = Mn(n, a)), Ja(n.shape, a.shape);
      const r = { a: n, b: a };
      return Dn.runKernel(ke, r);
    },
  }),
  Nr = ba({
    greaterEqual_: (e, t) => {
      let n = ga(e, 'a', 'greaterEqual', 'string_or_numeric'),
        a = ga(t, 'b', 'greaterEqual', 'string_or_numeric');
      ([n, a] = Mn(n, a)), Ja(n.shape, a.shape);
      const r = { a: n, b: a };
      return Dn.runKernel(we, r);
    },
  }),
  Ar = ba({
    less_: (e, t) => {
      let n = ga(e, 'a', 'less', 'string_or_numeric'),
        a = ga(t, 'b', 'less', 'string_or_numeric');
      ([n, a] = Mn(n, a)), Ja(n.shape, a.shape);
      const r = { a: n, b: a };
      return Dn.runKernel('Less', r);
    },
  }),
  Fr = ba({
    lessEqual_: (e, t) => {
      let n = ga(e, 'a', 'lessEqual', 'string_or_numeric'),
        a = ga(t, 'b', 'lessEqual', 'string_or_numeric');
      ([n, a] = Mn(n, a)), Ja(n.shape, a.shape);
      const r = { a: n, b: a };
      return Dn.runKernel(xe, r);
    },
  }),
  Er = ba({
    log_: (e) => {
      const t = { x: ga(e, 'x', 'log', 'float32') };
      return Dn.runKernel('Log', t);
    },
  }),
  Tr = ba({
    max_: (e, t = null, n = !1) => {
      const a = { x: ga(e, 'x', 'max') },
        r = { reductionIndices: t, keepDims: n };
      return Dn.runKernel('Max', a, r);
    },
  }),
  Dr = ba({
    sum_: (e, t = null, n = !1) => {
      let a = ga(e, 'x', 'sum');
      'bool' === a.dtype && (a = ya(a, 'int32'));
      const r = { x: a },
        s = { axis: t, keepDims: n };
      return Dn.runKernel('Sum', r, s);
    },
  }),
  $r = ba({
    logSoftmax_: (e, t = -1) => {
      const n = ga(e, 'logits', 'logSoftmax');
      if ((-1 === t && (t = n.rank - 1), t !== n.rank - 1))
        throw Error(
          `Log Softmax along a non-last dimension is not yet supported. Logits was rank ${n.rank} and axis was ${t}`,
        );
      const a = Da((e, n) => {
        const a = Tr(e, t, !0),
          r = Ga(e, a),
          s = Ga(ya(r, 'float32'), Er(Dr(xr(r), t, !0)));
        return (
          n([s]),
          {
            value: s,
            gradFunc: (e, n) => {
              const [a] = n,
                r = xr(a);
              return Ga(e, Aa(Dr(e, t, !0), r));
            },
          }
        );
      });
      return a(n);
    },
  }),
  Rr = ba({
    matMul_: (e, t, n = !1, a = !1) => {
      let r = ga(e, 'a', 'matMul'),
        s = ga(t, 'b', 'matMul');
      [r, s] = Mn(r, s);
      const o = { a: r, b: s },
        i = { transposeA: n, transposeB: a };
      return Dn.runKernel(j, o, i);
    },
  }),
  Cr = ba({
    mean_: (e, t = null, n = !1) => {
      const a = { x: ga(e, 'x', 'mean') },
        r = { axis: t, keepDims: n };
      return Dn.runKernel('Mean', a, r);
    },
  }),
  Wr = ba({
    neg_: (e) => {
      const t = { x: ga(e, 'x', 'neg') };
      return Dn.runKernel('Neg', t);
    },
  }),
  Or = ba({
    oneHot_: (e, t, n = 1, a = 0, r = 'int32') => {
      if (t < 2) throw new Error(`Error in oneHot: depth must be >=2, but it is ${t}`);
      const s = { indices: ga(e, 'indices', 'oneHot', 'int32') },
        o = { dtype: r, depth: t, onValue: n, offValue: a };
      return Dn.runKernel('OneHot', s, o);
    },
  }),
  Pr = ba({
    complex_: (e, t) => {
      const n = ga(e, 'real', 'complex'),
        a = ga(t, 'imag', 'complex');
      c(
        n.shape,
        a.shape,
        `real and imag shapes, ${n.shape} and ${a.shape}, must match in call to tf.complex().`,
      );
      const r = { real: n, imag: a };
      return Dn.runKernel(X, r);
    },
  });
function Br(e, t = 'float32') {
  if ((E(e), 'complex64' === t)) {
    const t = Br(e, 'float32'),
      n = Br(e, 'float32');
    return Pr(t, n);
  }
  const n = A(h(e), t);
  return Dn.makeTensor(n, e, t);
}
function Hr(e, t = 'float32') {
  if ((E(e), 'complex64' === t)) {
    const t = Hr(e, 'float32'),
      n = Br(e, 'float32');
    return Pr(t, n);
  }
  const n = N(h(e), t);
  return Dn.makeTensor(n, e, t);
}
const Lr = ba({
    onesLike_: (e) => {
      const t = { x: ga(e, 'x', 'onesLike') };
      return Dn.runKernel(qe, t);
    },
  }),
  zr = ba({
    pad_: (e, t, n = 0) => {
      const a = ga(e, 'x', 'pad');
      if (0 === a.rank) throw new Error('pad(scalar) is not defined. Pass non-scalar to pad');
      const r = { paddings: t, constantValue: n },
        s = { x: a };
      return Dn.runKernel('PadV2', s, r);
    },
  });
function Ur(e, t, n = 1, a = 'float32') {
  if (0 === n) throw new Error('Cannot have a step of zero');
  const r = { start: e, stop: t, step: n, dtype: a };
  return Dn.runKernel('Range', {}, r);
}
const qr = ba({
    reciprocal_: (e) => {
      const t = { x: ga(e, 'x', 'reciprocal') };
      return Dn.runKernel(Ge, t);
    },
  }),
  Gr = ba({
    relu_: (e) => {
      const t = { x: ga(e, 'x', 'relu') };
      return Dn.runKernel('Relu', t);
    },
  }),
  jr = ba({
    rsqrt_: (e) => {
      const t = { x: ga(e, 'x', 'rsqrt', 'float32') };
      return Dn.runKernel('Rsqrt', t);
    },
  }),
  Vr = ba({
    sin_: (e) => {
      const t = { x: ga(e, 'x', 'sin', 'float32') };
      return Dn.runKernel('Sin', t);
    },
  }),
  Kr = ba({
    slice_: (e, t, n) => {
      const a = ga(e, 'x', 'slice', 'string_or_numeric');
      if (0 === a.rank) throw new Error('Slicing scalar is not possible');
      const r = { x: a },
        s = { begin: t, size: n };
      return Dn.runKernel('Slice', r, s);
    },
  }),
  Jr = ba({
    split_: (e, t, n = 0) => {
      const a = { x: ga(e, 'x', 'split') },
        r = { numOrSizeSplits: t, axis: n };
      return Dn.runKernel('SplitV', a, r);
    },
  }),
  Qr = ba({
    stack_: (e, t = 0) => {
      const n = ((e, t, n, a = 'numeric') => {
        if (!Array.isArray(e))
          throw new Error(
            `Argument ${t} passed to ${n} must be a \`Tensor[]\` or \`TensorLike[]\``,
          );
        return e.map((e, r) => ga(e, `${t}[${r}]`, n, a));
      })(e, 'tensors', 'stack', 'string_or_numeric');
      d(n.length >= 1, () => 'Pass at least one tensor to tf.stack'),
        n.length > 0 && d(t <= n[0].rank, () => 'Axis must be <= rank of the tensor');
      const a = n,
        r = { axis: t };
      return Dn.runKernel('Pack', a, r);
    },
  });
function Zr(e, t, n) {
  return $a(e, t, ha(e, n), n);
}
function Xr(e, t, n) {
  if ((p(e), null != t && 2 !== t.length))
    throw new Error('tensor2d() requires shape to have two numbers');
  const a = ha(e, n);
  if (2 !== a.length && 1 !== a.length)
    throw new Error('tensor2d() requires values to be number[][] or flat/TypedArray');
  if (1 === a.length && null == t)
    throw new Error('tensor2d() requires shape to be provided when `values` are a flat/TypedArray');
  return $a(e, t, a, n);
}
const Yr = ba({
    unstack_: (e, t = 0) => {
      const n = ga(e, 'x', 'unstack', 'string_or_numeric');
      d(
        t >= -n.shape.length && t < n.shape.length,
        () => `Axis = ${t} is not in [-${n.shape.length}, ${n.shape.length})`,
      );
      const a = { value: n },
        r = { axis: t };
      return Dn.runKernel('Unpack', a, r);
    },
  }),
  es = ba({
    where_: (e, t, n) => {
      const a = ga(t, 'a', 'where'),
        r = ga(n, 'b', 'where'),
        s = ga(e, 'condition', 'where', 'bool'),
        o = Ja(Ja(s.shape, a.shape), r.shape),
        i = { condition: wr(s, o), t: wr(a, o), e: wr(r, o) };
      return Dn.runKernel('Select', i);
    },
  }),
  ts = ba({
    imag_: (e) => {
      const t = { input: ga(e, 'input', 'imag') };
      return Dn.runKernel('Imag', t);
    },
  }),
  ns = ba({
    real_: (e) => {
      const t = { input: ga(e, 'input', 'real') };
      return Dn.runKernel('Real', t);
    },
  }),
  as = ba({
    transpose_: (e, t, n) => {
      const a = ga(e, 'x', 'transpose');
      if (
        (null == t && (t = a.shape.map((e, t) => t).reverse()),
        d(
          a.rank === t.length,
          () => `Error in transpose: rank of input ${a.rank} must match length of perm ${t}.`,
        ),
        t.forEach((e) => {
          d(
            e >= 0 && e < a.rank,
            () => "All entries in 'perm' must be between 0 and " + (a.rank - 1) + ` but got ${t}`,
          );
        }),
        a.rank <= 1)
      )
        return a.clone();
      const r = { x: a },
        s = { perm: t };
      return 'complex64' === a.dtype
        ? Ia(() => {
            let e = ns(a),
              t = ts(a);
            return (
              (e = Dn.runKernel(bt, { x: e }, s)),
              (t = Dn.runKernel(bt, { x: t }, s)),
              n && (t = Wr(t)),
              Pr(e, t)
            );
          })
        : Dn.runKernel(bt, r, s);
    },
  }),
  rs = class {
    static sgd(e) {
      return new Xa(e);
    }
    static momentum(e, t, n = !1) {
      return new Ya(e, t, n);
    }
    static rmsprop(e, t = 0.9, n = 0, a = null, r = !1) {
      return new er(e, t, n, a, r);
    }
    static adam(e = 0.001, t = 0.9, n = 0.999, a = null) {
      return new ja(e, t, n, a);
    }
    static adadelta(e = 0.001, t = 0.95, n = null) {
      return new La(e, t, n);
    }
    static adamax(e = 0.002, t = 0.9, n = 0.999, a = null, r = 0) {
      return new Za(e, t, n, a, r);
    }
    static adagrad(e, t = 0.1) {
      return new Ua(e, t);
    }
  };
function ss(e, t) {
  for (let n = 0; n < e.length; ++n) if (e[e.length - n - 1] !== t - 1 - n) return !1;
  return !0;
}
function os(e, t) {
  const n = [],
    a = e.length;
  for (let r = 0; r < a; r++) -1 === t.indexOf(r) && n.push(e[r]);
  return [n, t.map((t) => e[t])];
}
function is(e, t) {
  return ((e, t, n) => {
    const a = e.length + t.length,
      r = [];
    let s = 0,
      o = 0;
    for (let i = 0; i < a; i++) -1 === n.indexOf(i) ? r.push(e[s++]) : r.push(t[o++]);
    return r;
  })(
    e,
    t.map((e) => 1),
    t,
  );
}
function us(e, t, n) {
  d(
    ss(t, n),
    () => `${e} supports only inner-most axes for now. Got axes ${t} and rank-${n} input.`,
  );
}
function ls(e, t) {
  if (ss(e, t)) return null;
  const n = [];
  for (let a = 0; a < t; ++a) -1 === e.indexOf(a) && n.push(a);
  return (e.forEach((e) => n.push(e)), n);
}
function ds(e) {
  return e
    .map((e, t) => [t, e])
    .sort((e, t) => e[1] - t[1])
    .map((e) => e[0]);
}
function cs(e, t) {
  const n = [];
  for (let a = t - e; a < t; ++a) n.push(a);
  return n;
}
function ps(e, t) {
  const n = e[0].length;
  e.forEach((e, t) => {
    d(
      e.length === n,
      () =>
        `Error in concat${n}D: rank of tensors[${t}] must be the same as the rank of the rest (${n})`,
    );
  }),
    d(t >= 0 && t < n, () => `Error in concat${n}D: axis must be between 0 and ${n - 1}.`);
  const a = e[0];
  e.forEach((e, r) => {
    for (let s = 0; s < n; s++)
      d(
        s === t || e[s] === a[s],
        () =>
          `Error in concat${n}D: Shape of tensors[${r}] (${e}) does not match the shape of the rest (${a}) along the non-concatenated axis ${r}.`,
      );
  });
}
function hs(e, t) {
  const n = e[0].slice();
  for (let a = 1; a < e.length; a++) n[t] += e[a][t];
  return n;
}
function fs(e, t, n, a, r = 'NHWC', s) {
  return bs(e, [...t, e[3]], n, s, a, null, null, Ss(r));
}
function ms(e, t, n, a, r, s, o = 'channelsLast') {
  const [i, u] = ws(t);
  let l;
  if ('channelsLast' === o) l = [i, u, e[3], e[3]];
  else {
    if ('channelsFirst' !== o) throw new Error(`Unknown dataFormat ${o}`);
    l = [i, u, e[1], e[1]];
  }
  return bs(e, l, n, a, r, s, !1, o);
}
function gs(e, t, n, a, r, s, o = 'NDHWC') {
  const [i, u, l] = Is(t);
  let d, c;
  if ('NDHWC' === o) (c = 'channelsLast'), (d = [i, u, l, e[4], e[4]]);
  else {
    if ('NCDHW' !== o) throw new Error(`Unknown dataFormat ${o}`);
    (c = 'channelsFirst'), (d = [i, u, l, e[1], e[1]]);
  }
  return ys(e, d, n, a, r, !1, c, s);
}
function bs(e, t, n, a, r, s, o = !1, i = 'channelsLast') {
  let [u, l, d, c] = [-1, -1, -1, -1];
  if ('channelsLast' === i) [u, l, d, c] = e;
  else {
    if ('channelsFirst' !== i) throw new Error(`Unknown dataFormat ${i}`);
    [u, c, l, d] = e;
  }
  const [p, h, , f] = t,
    [m, g] = ws(n),
    [b, y] = ws(a),
    k = vs(p, b),
    w = vs(h, y),
    {
      padInfo: I,
      outHeight: v,
      outWidth: _,
    } = ((e, t, n, a, r, s, o, i, u) => {
      let l, d, c;
      if ('number' == typeof e) {
        l = { top: e, bottom: e, left: e, right: e, type: 0 === e ? 'VALID' : 'NUMBER' };
        const r = ((e, t, n, a, r) => {
          null == a && (a = ks(e, t, n));
          const s = e[1];
          return [_s((e[0] - t + 2 * a) / n + 1, r), _s((s - t + 2 * a) / n + 1, r)];
        })([t, n], s, a, e, i);
        (d = r[0]), (c = r[1]);
      } else if ('same' === e) {
        (d = Math.ceil(t / a)), (c = Math.ceil(n / r));
        const e = Math.max(0, (d - 1) * a + s - t),
          i = Math.max(0, (c - 1) * r + o - n),
          u = Math.floor(e / 2),
          p = e - u,
          h = Math.floor(i / 2);
        l = { top: u, bottom: p, left: h, right: i - h, type: 'SAME' };
      } else if ('valid' === e)
        (l = { top: 0, bottom: 0, left: 0, right: 0, type: 'VALID' }),
          (d = Math.ceil((t - s + 1) / a)),
          (c = Math.ceil((n - o + 1) / r));
      else {
        if ('object' != typeof e) throw Error(`Unknown padding parameter: ${e}`);
        {
          const p = 'channelsLast' === u ? e[1][0] : e[2][0],
            h = 'channelsLast' === u ? e[1][1] : e[2][1],
            f = 'channelsLast' === u ? e[2][0] : e[3][0],
            m = 'channelsLast' === u ? e[2][1] : e[3][1];
          (l = {
            top: p,
            bottom: h,
            left: f,
            right: m,
            type: 0 === p && 0 === h && 0 === f && 0 === m ? 'VALID' : 'EXPLICIT',
          }),
            (d = _s((t - s + p + h) / a + 1, i)),
            (c = _s((n - o + f + m) / r + 1, i));
        }
      }
      return { padInfo: l, outHeight: d, outWidth: c };
    })(r, l, d, m, g, k, w, s, i),
    x = o ? f * c : f;
  let M;
  return (
    'channelsFirst' === i ? (M = [u, x, v, _]) : 'channelsLast' === i && (M = [u, v, _, x]),
    {
      batchSize: u,
      dataFormat: i,
      inHeight: l,
      inWidth: d,
      inChannels: c,
      outHeight: v,
      outWidth: _,
      outChannels: x,
      padInfo: I,
      strideHeight: m,
      strideWidth: g,
      filterHeight: p,
      filterWidth: h,
      effectiveFilterHeight: k,
      effectiveFilterWidth: w,
      dilationHeight: b,
      dilationWidth: y,
      inShape: e,
      outShape: M,
      filterShape: t,
    }
  );
}
function ys(e, t, n, a, r, s = !1, o = 'channelsLast', i) {
  let [u, l, d, c, p] = [-1, -1, -1, -1, -1];
  if ('channelsLast' === o) [u, l, d, c, p] = e;
  else {
    if ('channelsFirst' !== o) throw new Error(`Unknown dataFormat ${o}`);
    [u, p, l, d, c] = e;
  }
  const [h, f, m, , g] = t,
    [b, y, k] = Is(n),
    [w, I, v] = Is(a),
    _ = vs(h, w),
    x = vs(f, I),
    M = vs(m, v),
    {
      padInfo: S,
      outDepth: N,
      outHeight: A,
      outWidth: F,
    } = ((e, t, n, a, r, s, o, i, u, l, d) => {
      let c, p, h, f;
      if (('valid' === e && (e = 0), 'number' == typeof e)) {
        c = {
          top: e,
          bottom: e,
          left: e,
          right: e,
          front: e,
          back: e,
          type: 0 === e ? 'VALID' : 'NUMBER',
        };
        const m = ((e, t, n, a, r, s) => {
          null == r && (r = ks(e, t[0], a[0]));
          const o = [0, 0, 0, 1];
          for (let n = 0; n < 3; n++)
            e[n] + 2 * r >= t[n] && (o[n] = _s((e[n] - t[n] + 2 * r) / a[n] + 1, s));
          return o;
        })([t, n, a, 1], [i, u, l], 0, [r, s, o], e, d);
        (p = m[0]), (h = m[1]), (f = m[2]);
      } else {
        if ('same' !== e) throw Error(`Unknown padding parameter: ${e}`);
        {
          (p = Math.ceil(t / r)), (h = Math.ceil(n / s)), (f = Math.ceil(a / o));
          const e = (p - 1) * r + i - t,
            d = (h - 1) * s + u - n,
            m = (f - 1) * o + l - a,
            g = Math.floor(e / 2),
            b = e - g,
            y = Math.floor(d / 2),
            k = d - y,
            w = Math.floor(m / 2);
          c = { top: y, bottom: k, left: w, right: m - w, front: g, back: b, type: 'SAME' };
        }
      }
      return { padInfo: c, outDepth: p, outHeight: h, outWidth: f };
    })(r, l, d, c, b, y, k, _, x, M, i),
    E = s ? g * p : g;
  let T;
  return (
    'channelsFirst' === o ? (T = [u, E, N, A, F]) : 'channelsLast' === o && (T = [u, N, A, F, E]),
    {
      batchSize: u,
      dataFormat: o,
      inDepth: l,
      inHeight: d,
      inWidth: c,
      inChannels: p,
      outDepth: N,
      outHeight: A,
      outWidth: F,
      outChannels: E,
      padInfo: S,
      strideDepth: b,
      strideHeight: y,
      strideWidth: k,
      filterDepth: h,
      filterHeight: f,
      filterWidth: m,
      effectiveFilterDepth: _,
      effectiveFilterHeight: x,
      effectiveFilterWidth: M,
      dilationDepth: w,
      dilationHeight: I,
      dilationWidth: v,
      inShape: e,
      outShape: T,
      filterShape: t,
    }
  );
}
function ks(e, t, n, a = 1) {
  const r = vs(t, a);
  return Math.floor((e[0] * (n - 1) - n + r) / 2);
}
function ws(e) {
  return 'number' == typeof e ? [e, e, e] : 2 === e.length ? [e[0], e[1], 1] : e;
}
function Is(e) {
  return 'number' == typeof e ? [e, e, e] : e;
}
function vs(e, t) {
  return t <= 1 ? e : e + (e - 1) * (t - 1);
}
function _s(e, t) {
  if (!t) return Math.trunc(e);
  switch (t) {
    case 'round':
      return Math.round(e);
    case 'ceil':
      return Math.ceil(e);
    case 'floor':
      return Math.floor(e);
    default:
      throw new Error(`Unknown roundingMode ${t}`);
  }
}
function xs(e) {
  const [t, n, a] = ws(e);
  return 1 === t && 1 === n && 1 === a;
}
function Ms(e, t) {
  return xs(e) || xs(t);
}
function Ss(e) {
  if ('NHWC' === e) return 'channelsLast';
  if ('NCHW' === e) return 'channelsFirst';
  throw new Error(`Unknown dataFormat ${e}`);
}
var Ns;
function As(e, t, n) {
  return [n * ('number' == typeof e ? e : e[0]), t * ('number' == typeof e ? e : e[1])];
}
function Fs(e, t, n, a = !0) {
  let r = [];
  if (a) (r = r.concat(t.slice(0))), r.push(e[0] / n), (r = r.concat(e.slice(1)));
  else {
    r = r.concat(e[0]);
    const n = t.length;
    for (let a = 0; a < n; ++a) r = r.concat([e[a + 1] / t[a], t[a]]);
    r = r.concat(e.slice(n + 1));
  }
  return r;
}
function Es(e, t, n = !0) {
  const a = [];
  if (n) {
    a.push(t);
    for (let n = t + 1; n < e; ++n) n <= 2 * t ? (a.push(n), a.push(n - (t + 1))) : a.push(n);
  } else {
    const n = [],
      r = [];
    for (let a = 1; a < e; ++a) a >= 2 * t + 1 || a % 2 == 1 ? r.push(a) : n.push(a);
    a.push(...n), a.push(0), a.push(...r);
  }
  return a;
}
function Ts(e, t, n, a = !0) {
  const r = [];
  a ? r.push(e[0] / n) : r.push(e[0] * n);
  for (let n = 1; n < e.length; ++n)
    n <= t.length ? (a ? r.push(t[n - 1] * e[n]) : r.push(e[n] / t[n - 1])) : r.push(e[n]);
  return r;
}
function Ds(e, t) {
  const n = [0];
  for (let a = 0; a < t; ++a) n.push(e[a][0]);
  return n;
}
function $s(e, t, n) {
  const a = e.slice(0, 1);
  for (let r = 0; r < n; ++r) a.push(e[r + 1] - t[r][0] - t[r][1]);
  return a;
}
function Rs(e, t) {
  if (e.length !== t.length)
    throw new Error(
      `Cannot merge real and imag arrays of different lengths. real:${e.length}, imag: ${t.length}.`,
    );
  const n = new Float32Array(2 * e.length);
  for (let a = 0; a < n.length; a += 2) (n[a] = e[a / 2]), (n[a + 1] = t[a / 2]);
  return n;
}
function Cs(e, t) {
  return { real: e[2 * t], imag: e[2 * t + 1] };
}
function Ws(e, t, n, a) {
  (e[2 * a] = t), (e[2 * a + 1] = n);
}
function Os(e, t, n) {
  const a = (n ? 2 : -2) * Math.PI * (e / t);
  return { real: Math.cos(a), imag: Math.sin(a) };
}
!((e) => {
  (e[(e.FIRST_DIM_SIZE = 0)] = 'FIRST_DIM_SIZE'),
    (e[(e.VALUE_ROWIDS = 1)] = 'VALUE_ROWIDS'),
    (e[(e.ROW_LENGTHS = 2)] = 'ROW_LENGTHS'),
    (e[(e.ROW_SPLITS = 3)] = 'ROW_SPLITS'),
    (e[(e.ROW_LIMITS = 4)] = 'ROW_LIMITS'),
    (e[(e.ROW_STARTS = 5)] = 'ROW_STARTS');
})(Ns || (Ns = {}));
const Ps = /->/g;
function Bs(e, t) {
  let n = new Array(e);
  n.fill(-1);
  for (let e = 0; e < t.length; ++e) n[t[e]] = e;
  const a = [];
  for (let t = 0; t < e; ++t) -1 === n[t] && a.push(t);
  return ((n = n.filter((e) => -1 !== e)), { permutationIndices: n, expandDims: a });
}
function Hs(e) {
  return e.every((e, t) => e === t);
}
function Ls(e, t) {
  const n = [];
  for (let a = 0; a < e.length; ++a)
    (0 !== e[a].length && -1 === e[a].indexOf(t) && -1 !== t) || n.push(a);
  return n;
}
function zs(e, t, n = 0) {
  let a = [];
  if ('number' == typeof t)
    d(e.shape[n] % t === 0, () => 'Number of splits must evenly divide the axis.'),
      (a = new Array(t).fill(e.shape[n] / t));
  else {
    d(
      t.reduce((e, t) => (-1 === t && (e += 1), e), 0) <= 1,
      () => 'There should be only one negative value in split array.',
    );
    const r = t.indexOf(-1);
    if (-1 !== r) {
      const a = t.reduce((e, t) => (t > 0 ? e + t : e));
      t[r] = e.shape[n] - a;
    }
    d(
      e.shape[n] === t.reduce((e, t) => e + t),
      () => 'The sum of sizes must match the size of the axis dimension.',
    ),
      (a = t);
  }
  return a;
}
function Us(e) {
  return `Received SparseTensor with denseShape[0] = 0 but\n  indices.shape[0] = ${e}`;
}
function qs(e, t) {
  return `indices(${e}, 0) is invalid: ${t} < 0`;
}
function Gs(e, t, n) {
  return `indices(${e}, 0) is invalid: ${t} >= ${n}`;
}
function js(e, t) {
  return `only one output dimension may be -1, not both ${e} and ${t}`;
}
function Vs(e, t) {
  return `size ${e} must be non-negative, not ${t}`;
}
function Ks(e, t) {
  return `Input to reshape is a SparseTensor with ${h(e)}\n  dense values, but the requested shape requires a multiple of ${h(t)}. inputShape=${e} outputShape= ${t}`;
}
function Js(e, t) {
  return `Input to reshape is a tensor with ${h(e)} dense values, but the requested shape has ${h(t)}. inputShape=${e} outputShape=${t}`;
}
function Qs() {
  return 'segment ids are not increasing';
}
function Zs(e, t) {
  return `Segment id ${e} out of range [0, ${t}), possibly because segmentIds input is not sorted.`;
}
function Xs(e, t, n) {
  return `Bad: indices[${e}] == ${t} out of range [0, ${n})`;
}
function Ys(e, t, n, a) {
  const r = t.shape.length,
    s = e.shape.length;
  if (0 !== a && (a < -r || a > r))
    throw new Error(`Expect batchDims in the range of [-${r}, ${r}], but got ${a}`);
  if ((a < 0 && (a += r), a > s))
    throw new Error(`batchDims (${a}) must be less than rank(x) (\n    ${s}).`);
  if (n < a) throw new Error(`batchDims (${a}) must be less than or equal to axis (${n}).`);
  for (let n = 0; n < a; ++n)
    if (e.shape[n] !== t.shape[n])
      throw new Error(
        `x.shape[${n}]: ${e.shape[n]} should be equal to indices.shape[${n}]: ${t.shape[n]}.`,
      );
  const o = e.shape[n],
    i = [];
  let u = 1,
    l = 1,
    d = 1;
  for (let t = 0; t < a; ++t) i.push(e.shape[t]), (u *= e.shape[t]);
  for (let t = a; t < n; t++) i.push(e.shape[t]), (l *= e.shape[t]);
  for (let e = a; e < r; e++) i.push(t.shape[e]);
  for (let t = n + 1; t < s; t++) i.push(e.shape[t]), (d *= e.shape[t]);
  return { batchSize: u, sliceSize: d, outerSize: l, dimSize: o, outputShape: i };
}
function eo(e) {
  try {
    return e.map((e) => Zt(e));
  } catch (e) {
    throw new Error(`Failed to decode encoded string bytes into utf-8, error: ${e}`);
  }
}
function to(e) {
  return e.map((e) => Qt(e));
}
function no(e, t, n) {
  const a = ((e, t, n) =>
      ((e, t, n) => {
        let a = 0,
          r = e.length,
          s = 0,
          o = !1;
        for (; a < r; ) {
          s = a + ((r - a) >>> 1);
          const i = n(t, e[s]);
          i > 0 ? (a = s + 1) : ((r = s), (o = !i));
        }
        return o ? a : -a - 1;
      })(e, t, n || ao))(e, t, n),
    r = a < 0 ? -(a + 1) : a;
  e.splice(r, 0, t);
}
function ao(e, t) {
  return e > t ? 1 : e < t ? -1 : 0;
}
function ro(e, t, n, a, r, s, o = !1, i = !1, u = !1) {
  const l = [];
  for (let e = 0; e < t.length; e++)
    t[e] > r && l.push({ score: t[e], boxIndex: e, suppressBeginIndex: 0 });
  l.sort(io);
  const d = s > 0 ? -0.5 / s : 0,
    c = [],
    p = [];
  for (; c.length < n && l.length > 0; ) {
    const t = l.pop(),
      { score: n, boxIndex: s, suppressBeginIndex: o } = t;
    if (n < r) break;
    let i = !1;
    for (let n = c.length - 1; n >= o; --n) {
      const o = so(e, s, c[n]);
      if (o >= a) {
        i = !0;
        break;
      }
      if (((t.score = t.score * oo(a, d, o)), t.score <= r)) break;
    }
    (t.suppressBeginIndex = c.length),
      i || (t.score === n ? (c.push(s), p.push(t.score)) : t.score > r && no(l, t, io));
  }
  const h = c.length,
    f = n - h;
  i && f > 0 && (c.push(...new Array(f).fill(0)), p.push(...new Array(f).fill(0)));
  const m = { selectedIndices: c };
  return (o && (m.selectedScores = p), u && (m.validOutputs = h), m);
}
function so(e, t, n) {
  const a = e.subarray(4 * t, 4 * t + 4),
    r = e.subarray(4 * n, 4 * n + 4),
    s = Math.min(a[0], a[2]),
    o = Math.min(a[1], a[3]),
    i = Math.max(a[0], a[2]),
    u = Math.max(a[1], a[3]),
    l = Math.min(r[0], r[2]),
    d = Math.min(r[1], r[3]),
    c = Math.max(r[0], r[2]),
    p = Math.max(r[1], r[3]),
    h = (i - s) * (u - o),
    f = (c - l) * (p - d);
  if (h <= 0 || f <= 0) return 0;
  const m = Math.max(s, l),
    g = Math.max(o, d),
    b = Math.min(i, c),
    y = Math.min(u, p),
    k = Math.max(b - m, 0) * Math.max(y - g, 0);
  return k / (h + f - k);
}
function oo(e, t, n) {
  const a = Math.exp(t * n * n);
  return n <= e ? a : 0;
}
function io(e, t) {
  return e.score - t.score || (e.score === t.score && t.boxIndex - e.boxIndex);
}
function uo(e, t) {
  if (!Number.isInteger(e) || e < 0 || e > 4294967295)
    throw new Error(`${t}: 'seed' must be an integer in [0, 2^32), got ${e}`);
}
function lo(e, t) {
  if (!e.every((e) => Number.isInteger(e) && e > 0))
    throw new Error(`${t}: 'shape' must hold positive integers, got [${e.join(', ')}]`);
}
function co(e) {
  uo(e, 'mulberry32');
  let t = e >>> 0;
  return () => {
    t = (t + 1831565813) >>> 0;
    let e = t;
    return (
      (e = Math.imul(e ^ (e >>> 15), 1 | e)),
      (e ^= e + Math.imul(e ^ (e >>> 7), 61 | e)),
      ((e ^ (e >>> 14)) >>> 0) / 4294967296
    );
  };
}
function po(e, ...t) {
  uo(e, 'deriveSeed');
  let n = 2166136261;
  const a = [e, ...t].join('/');
  for (let e = 0; e < a.length; e++) (n ^= a.charCodeAt(e)), (n = Math.imul(n, 16777619) >>> 0);
  return n >>> 0;
}
function ho(e) {
  return e.reduce((e, t) => e * t, 1);
}
function fo(e, t, { min: n = -1, max: a = 1 } = {}) {
  lo(e, 'seededUniform');
  const r = co(t),
    s = new Float32Array(ho(e));
  for (let e = 0; e < s.length; e++) s[e] = n + (a - n) * r();
  return Zr(s, [...e], 'float32');
}
function mo(e, t, { mean: n = 0, std: a = 1 } = {}) {
  lo(e, 'seededNormal');
  const r = co(t),
    s = new Float32Array(ho(e));
  for (let e = 0; e < s.length; e += 2) {
    const t = 1 - r(),
      o = r(),
      i = Math.sqrt(-2 * Math.log(t));
    (s[e] = n + a * i * Math.cos(2 * Math.PI * o)),
      e + 1 < s.length && (s[e + 1] = n + a * i * Math.sin(2 * Math.PI * o));
  }
  return Zr(s, [...e], 'float32');
}
function go(e, t) {
  lo(e, 'glorotUniform');
  const n = 1 === e.length ? e[0] : e[e.length - 2],
    a = e[e.length - 1],
    r = Math.sqrt(6 / (n + a));
  return fo(e, t, { min: -r, max: r });
}
function bo(e) {
  return (lo(e, 'zeros'), Br([...e], 'float32'));
}
function yo(e, t) {
  if (f(e.shape, t)) return e;
  const n = e.rank - t.length,
    a = [];
  for (let r = 0; r < e.rank; r++) {
    const s = r < n ? 1 : t[r - n];
    (r < n || (1 === s && 1 !== e.shape[r])) && a.push(r);
  }
  const r = 0 === a.length ? e : Dr(e, a);
  return kr(r, t);
}
function ko(e) {
  return [e[0], e[1]];
}
!(() => {
  for (const e of tr) Ba(e);
})();
function wo(e, t, n = 'input') {
  return {
    kernelName: e,
    ...('input' === n ? { inputsToSave: ['x'] } : { outputsToSave: [!0] }),
    gradFunc: (e, n) => ({ x: () => Aa(e, t(ya(n[0], 'float32'))) }),
  };
}
function Io(e) {
  return { kernelName: e, gradFunc: (e) => ({ x: () => Ta(e) }) };
}
function vo(e, t, n) {
  const a = t.map((e, t) => (n.includes(t) ? 1 : e)),
    r = kr(e, a);
  return Aa(r, Hr(t));
}
const _o = {
    kernelName: 'Tile',
    inputsToSave: ['x'],
    gradFunc: (e, t, n) => {
      const a = t[0],
        r = n.reps,
        s = a.shape.flatMap((e, t) => [r[t], e]),
        o = a.shape.map((e, t) => 2 * t),
        i = kr(e, s);
      return { x: () => kr(Dr(i, o), a.shape) };
    },
  },
  xo = {
    kernelName: 'Pack',
    saveAllInputs: !0,
    gradFunc: (e, t, n) => {
      const a = e,
        r = n.axis < 0 ? n.axis + a.rank : n.axis,
        s = Yr(a, r);
      return Object.fromEntries(t.map((e, t) => [t, () => s[t]]));
    },
  },
  Mo = {
    kernelName: 'Concat',
    saveAllInputs: !0,
    gradFunc: (e, t, n) => {
      const a = e,
        r = b(n.axis, t[0].shape)[0],
        s = Jr(
          a,
          t.map((e) => e.shape[r]),
          r,
        );
      return Object.fromEntries(t.map((e, t) => [t, () => s[t]]));
    },
  },
  So = [
    {
      kernelName: 'Add',
      inputsToSave: ['a', 'b'],
      gradFunc: (e, t) => {
        const [n, a] = ko(t);
        return { a: () => yo(e, n.shape), b: () => yo(e, a.shape) };
      },
    },
    {
      kernelName: 'Sub',
      inputsToSave: ['a', 'b'],
      gradFunc: (e, t) => {
        const [n, a] = ko(t);
        return { a: () => yo(e, n.shape), b: () => Wr(yo(e, a.shape)) };
      },
    },
    {
      kernelName: 'Multiply',
      inputsToSave: ['a', 'b'],
      gradFunc: (e, t) => {
        const [n, a] = ko(t);
        return {
          a: () => yo(Aa(e, ya(a, 'float32')), n.shape),
          b: () => yo(Aa(e, ya(n, 'float32')), a.shape),
        };
      },
    },
    {
      kernelName: 'RealDiv',
      inputsToSave: ['a', 'b'],
      gradFunc: (e, t) => {
        const [n, a] = ko(t),
          r = ya(a, 'float32');
        return {
          a: () => yo(Na(e, r), n.shape),
          b: () => {
            const t = Na(ya(n, 'float32'), Ea(r));
            return yo(Wr(Aa(e, t)), a.shape);
          },
        };
      },
    },
    {
      kernelName: 'Select',
      inputsToSave: ['condition', 't', 'e'],
      gradFunc: (e, t) => {
        const [n, a, r] = [t[0], t[1], t[2]],
          s = e,
          o = ya(n, 'float32');
        return {
          condition: () => Br(n.shape, 'float32'),
          t: () => yo(Aa(s, o), a.shape),
          e: () => yo(Aa(s, Ga(1, o)), r.shape),
        };
      },
    },
    { kernelName: 'Neg', gradFunc: (e) => ({ x: () => Wr(e) }) },
    { kernelName: 'Identity', gradFunc: (e) => ({ x: () => ka(e) }) },
    { kernelName: 'Cast', gradFunc: (e) => ({ x: () => ka(e) }) },
    wo('Exp', (e) => e, 'output'),
    wo('Log', (e) => qr(e)),
    wo('Square', (e) => Aa(e, 2)),
    wo('Sqrt', (e) => Na(0.5, Fa(e))),
    wo('Rsqrt', (e) => Aa(-0.5, qa(e, -1.5))),
    wo('Relu', (e) => ya(Sr(e, 0), 'float32')),
    wo('Erf', (e) => Aa(2 / Math.sqrt(Math.PI), xr(Wr(Ea(e))))),
    wo('Sin', (e) => Ir(e)),
    wo('Cos', (e) => Wr(Vr(e))),
    Io('ZerosLike'),
    Io('OnesLike'),
    Io('Sign'),
    {
      kernelName: 'GreaterEqual',
      inputsToSave: ['a', 'b'],
      gradFunc: (e, t) => ({
        a: () => Br(t[0].shape, 'float32'),
        b: () => Br(t[1].shape, 'float32'),
      }),
    },
    {
      kernelName: 'Sum',
      inputsToSave: ['x'],
      gradFunc: (e, t, n) => {
        const a = t[0],
          r = b(n.axis, a.shape);
        return { x: () => vo(e, a.shape, r) };
      },
    },
    {
      kernelName: 'Mean',
      inputsToSave: ['x'],
      gradFunc: (e, t, n) => {
        const a = t[0],
          r = b(n.axis, a.shape),
          s = r.reduce((e, t) => e * a.shape[t], 1);
        return { x: () => Na(vo(e, a.shape, r), s) };
      },
    },
    {
      kernelName: 'Max',
      inputsToSave: ['x'],
      outputsToSave: [!0],
      gradFunc: (e, t, n) => {
        const [a, r] = [t[0], t[1]],
          s = b(n.reductionIndices, a.shape),
          o = a.shape.map((e, t) => (s.includes(t) ? 1 : e)),
          i = ya(vr(a, kr(r, o)), 'float32');
        return { x: () => Aa(vo(e, a.shape, s), i) };
      },
    },
    {
      kernelName: 'Reshape',
      inputsToSave: ['x'],
      gradFunc: (e, t) => ({ x: () => kr(e, t[0].shape) }),
    },
    {
      kernelName: 'Transpose',
      gradFunc: (e, t, n) => {
        const a = n.perm,
          r = a.map((e, t) => a.indexOf(t));
        return { x: () => as(e, r) };
      },
    },
    {
      kernelName: 'Slice',
      inputsToSave: ['x'],
      gradFunc: (e, t, n) => {
        const a = t[0],
          [r, s] = fr(a, n.begin, n.size),
          o = a.shape.map((e, t) => [r[t], e - r[t] - s[t]]);
        return { x: () => zr(e, o) };
      },
    },
    _o,
    xo,
    Mo,
    {
      kernelName: 'BatchMatMul',
      inputsToSave: ['a', 'b'],
      gradFunc: (e, t, n) => {
        const [a, r] = [t[0], t[1]],
          s = e,
          { transposeA: o, transposeB: i } = n;
        let u, l;
        return (
          o || i
            ? o && !i
              ? ((u = () => Rr(r, s, !1, !0)), (l = () => Rr(a, s, !1, !1)))
              : !o && i
                ? ((u = () => Rr(s, r, !1, !1)), (l = () => Rr(s, a, !0, !1)))
                : ((u = () => Rr(r, s, !0, !0)), (l = () => Rr(s, a, !0, !0)))
            : ((u = () => Rr(s, r, !1, !0)), (l = () => Rr(a, s, !0, !1))),
          { a: () => yo(u(), a.shape), b: () => yo(l(), r.shape) }
        );
      },
    },
  ];
function No(e, t) {
  const { vocabSize: n, minLen: a, maxLen: r } = e;
  if (!Number.isInteger(n) || n < 3)
    throw new Error(`${t}: 'vocabSize' must be an integer >= 3 (PAD + 2 tokens), got ${n}`);
  if (!Number.isInteger(a) || !Number.isInteger(r) || a < 1 || r < a)
    throw new Error(`${t}: need integers 1 <= minLen <= maxLen, got minLen ${a}, maxLen ${r}`);
}
function Ao(e) {
  return e.join(',');
}
const Fo = 'paddingMask';
const Eo = 'batchedMatMul',
  To = Da((...e) => {
    const [t, n, a] = e;
    a([t, n]);
    const [r, s, o] = t.shape,
      i = n.shape[2],
      u = t.dataSync(),
      l = n.dataSync(),
      d = Array.from({ length: r }, (e, t) => {
        const n = Xr(u.subarray(t * s * o, (t + 1) * s * o), [s, o]),
          a = Xr(l.subarray(t * o * i, (t + 1) * o * i), [o, i]);
        return Rr(n, a);
      });
    return {
      value: Qr(d),
      gradFunc: (e, t) => {
        const [n, a] = t;
        return [Rr(e, a, !1, !0), Rr(n, e, !0, !1)];
      },
    };
  });
function Do(e, t, n = {}) {
  const { transposeB: r = !1 } = n;
  return (
    ((e, t, n) => {
      const r = `got a ${a(e.shape)} and b ${a(t.shape)}`;
      if (t.rank < 2) throw new Error(`${Eo}: argument 'b' must have rank >= 2, ${r}`);
      if (e.rank < (2 === t.rank ? 1 : 2))
        throw new Error(
          `${Eo}: argument 'a' must have rank >= 2 (or >= 1 when 'b' has rank 2), ${r}`,
        );
      if (e.shape[e.rank - 1] !== t.shape[t.rank - (n ? 1 : 2)])
        throw new Error(
          `${Eo}: the ${n ? 'last' : 'second-to-last'} axis of 'b' must equal the last axis of 'a' (transposeB = ${n}), ${r}`,
        );
      const s = e.shape.slice(0, -2),
        o = t.shape.slice(0, -2),
        i = s.length === o.length && s.every((e, t) => e === o[t]);
      if (2 !== t.rank && !i)
        throw new Error(
          `${Eo}: argument 'b' must be rank 2 or have the same leading axes as 'a', ${r}`,
        );
    })(e, t, r),
    Ia(() => {
      const n = e.shape[e.rank - 1],
        a = t.shape[t.rank - (r ? 2 : 1)];
      if (2 === t.rank) {
        const s = kr(e, [-1, n]),
          o = Rr(s, t, !1, r);
        return kr(o, [...e.shape.slice(0, -1), a]);
      }
      const s = e.shape.slice(0, -2),
        o = e.shape[e.rank - 2],
        i = s.reduce((e, t) => e * t, 1);
      if (!('wasm' === Dn.backendName && i > 1 && o * n * a >= 131072)) return Rr(e, t, !1, r);
      const u = r ? as(t, [...s.map((e, t) => t), t.rank - 1, t.rank - 2]) : t,
        l = kr(e, [i, o, n]),
        d = kr(u, [i, n, a]),
        c = To(l, d);
      return kr(c, [...s, o, a]);
    })
  );
}
function $o(e, t, n, a, r) {
  if (!(e >= 0 && e < 1)) throw new Error(`${a}: option '${r}' must be in [0, 1), got ${e}`);
  if (t && e > 0 && void 0 === n)
    throw new Error(
      `${a}: option 'seed' is required when training with ${r} > 0 (got ${r} ${e}, seed undefined)`,
    );
}
function Ro(e, t) {
  const { rate: n, training: a = !1, seed: r } = t;
  return (
    $o(n, a, r, 'dropout', 'rate'),
    Ia(() => {
      if (!a || 0 === n) return ka(e);
      const t = Nr(fo(e.shape, r, { min: 0, max: 1 }), n);
      return Aa(es(t, e, Ta(e)), 1 / (1 - n));
    })
  );
}
function Co(e) {
  const { dModel: t, numHeads: n, bias: a = !0, seed: r } = e,
    s = 'initMultiHeadAttention';
  if (!Number.isInteger(t) || t < 1)
    throw new Error(`${s}: 'dModel' must be a positive integer, got ${t}`);
  if (!Number.isInteger(n) || n < 1 || t % n !== 0)
    throw new Error(
      `${s}: 'numHeads' must be a positive integer dividing 'dModel', got dModel = ${t} and numHeads = ${n}`,
    );
  if (!Number.isInteger(r) || r < 0 || r > 4294967295)
    throw new Error(`${s}: 'seed' must be an integer in [0, 2^32), got ${r}`);
  const o = (e) => go([t, t], po(r, e)),
    i = { wQ: o('wQ'), wK: o('wK'), wV: o('wV'), wO: o('wO') };
  if (!a) return i;
  const u = () => bo([t]);
  return { ...i, bQ: u(), bK: u(), bV: u(), bO: u() };
}
function Wo(e, t, n) {
  if ('bool' !== e.dtype && 'float32' !== e.dtype && 'int32' !== e.dtype)
    throw new Error(
      `${n}: argument 'mask' must be a bool tensor or a 0/1 number tensor, got dtype '${e.dtype}'`,
    );
  const r = t.length - e.rank;
  if (!(r >= 0 && e.shape.every((e, n) => 1 === e || e === t[r + n])))
    throw new Error(
      `${n}: argument 'mask' of shape ${a(e.shape)} does not broadcast to the attention weights' shape ${a(t)}`,
    );
  if ('bool' === e.dtype) return;
  const s = e.dataSync().find((e) => 0 !== e && 1 !== e);
  if (void 0 !== s)
    throw new Error(
      `${n}: argument 'mask' must hold only 0 and 1 (1 = may attend), found ${s}; for an additive mask (0 / -Infinity) convert it first`,
    );
}
const Oo = 'softmax',
  Po = 'scaledDotProductAttention',
  Bo = ['zero', 'uniform', 'nan'];
const Ho = 'splitHeads';
function Lo(e, t) {
  if (3 !== e.rank)
    throw new Error(`${Ho}: argument 'x' must have shape [batch, seq, dModel], got ${a(e.shape)}`);
  const [n, r, s] = e.shape;
  if (!Number.isInteger(t) || t < 1 || s % t !== 0)
    throw new Error(
      `${Ho}: argument 'numHeads' must be a positive integer dividing dModel, got numHeads = ${t} and dModel = ${s} (x ${a(e.shape)})`,
    );
  const o = s / t;
  return Ia(() => {
    const a = kr(e, [n, r, t, o]);
    return as(a, [0, 2, 1, 3]);
  });
}
const zo = 'multiHeadAttention',
  Uo = ['zero', 'uniform', 'nan'];
function qo(e, t, n) {
  const a = Do(e, t);
  return void 0 === n ? a : Ma(a, n);
}
function Go(e, t, n, s, o) {
  const { numHeads: i, mask: u, maskedRows: l = 'zero' } = o;
  if (
    (((e, t, n, s, o) => {
      r(t, [-1, -1, -1], 'query', zo),
        r(n, [-1, -1, -1], 'key', zo),
        r(s, [-1, -1, -1], 'value', zo);
      const [i, , u] = t.shape,
        l = `query ${a(t.shape)}, key ${a(n.shape)}, value ${a(s.shape)}`;
      for (const [e, t] of [
        ['key', n],
        ['value', s],
      ]) {
        if (t.shape[0] !== i)
          throw new Error(`${zo}: argument '${e}' must have the batch of 'query', got ${l}`);
        if (t.shape[2] !== u)
          throw new Error(`${zo}: argument '${e}' must have the dModel of 'query', got ${l}`);
      }
      if (s.shape[1] !== n.shape[1])
        throw new Error(`${zo}: arguments 'key' and 'value' must have the same seqK, got ${l}`);
      if (!Number.isInteger(o) || o < 1 || u % o !== 0)
        throw new Error(
          `${zo}: option 'numHeads' must be a positive integer dividing dModel, got numHeads = ${o} and dModel = ${u} (${l})`,
        );
      for (const t of ['wQ', 'wK', 'wV', 'wO']) r(e[t], [u, u], `params.${t}`, zo);
      for (const t of ['bQ', 'bK', 'bV', 'bO']) {
        const n = e[t];
        void 0 !== n && r(n, [u], `params.${t}`, zo);
      }
    })(e, t, n, s, i),
    !Uo.includes(l))
  )
    throw new Error(`${zo}: option 'maskedRows' must be one of ${Uo.join(', ')}, got '${l}'`);
  const [d, c] = t.shape,
    p = n.shape[1];
  return (
    void 0 !== u &&
      (((e, t, n) => {
        const { batch: r, numHeads: s, seqQ: o, seqK: i } = t,
          u = {
            2: { form: '[seqQ, seqK]', shape: [o, i] },
            3: { form: '[batch, seqQ, seqK]', shape: [r, o, i] },
            4: { form: '[batch, numHeads, seqQ, seqK]', shape: [r, s, o, i] },
          }[e.rank];
        if (void 0 === u)
          throw new Error(
            `${n}: argument 'mask' must have shape [seqQ, seqK], [batch, seqQ, seqK] or [batch, numHeads, seqQ, seqK] (any axis may be 1), got ${a(e.shape)} (rank ${e.rank})`,
          );
        if (!e.shape.every((e, t) => 1 === e || e === u.shape[t]))
          throw new Error(
            `${n}: argument 'mask' of rank ${e.rank} must have shape ${u.form} = ${a(u.shape)} (any axis may be 1), got ${a(e.shape)}`,
          );
      })(u, { batch: d, numHeads: i, seqQ: c, seqK: p }, zo),
      Wo(u, u.shape, zo)),
    Ia(() => {
      const r = qo(t, e.wQ, e.bQ),
        o = qo(n, e.wK, e.bK),
        d = qo(s, e.wV, e.bV),
        c = Lo(r, i),
        p = Lo(o, i),
        h = Lo(d, i),
        f =
          void 0 === u
            ? void 0
            : ((e) => {
                if (2 === e.rank) {
                  const [t, n] = e.shape;
                  return kr(e, [1, 1, t, n]);
                }
                return 3 === e.rank ? Mr(e, 1) : e;
              })(u),
        m = ((e, t, n, r = {}) => {
          const { mask: s, maskedRows: o = 'zero' } = r;
          if (!Bo.includes(o))
            throw new Error(
              `${Po}: option 'maskedRows' must be one of ${Bo.map((e) => `'${e}'`).join(', ')}, got ${JSON.stringify(o)}`,
            );
          !((e, t, n) => {
            const r = [
              ['q', e, '[..., seqQ, dK]'],
              ['k', t, '[..., seqK, dK]'],
              ['v', n, '[..., seqK, dV]'],
            ];
            for (const [e, t, n] of r) {
              if (t.rank < 2)
                throw new Error(
                  `${Po}: argument '${e}' must have rank >= 2 (${n}), got shape ${a(t.shape)}`,
                );
              if ('float32' !== t.dtype)
                throw new Error(`${Po}: argument '${e}' must be float32, got dtype '${t.dtype}'`);
            }
            const s = `q ${a(e.shape)}, k ${a(t.shape)}, v ${a(n.shape)}`;
            if (t.rank !== e.rank || n.rank !== e.rank)
              throw new Error(
                `${Po}: arguments 'q', 'k' and 'v' must have the same rank, got ${s}`,
              );
            const o = e.shape.slice(0, -2);
            for (const [e, a] of [
              ['k', t],
              ['v', n],
            ])
              if (a.shape.slice(0, -2).some((e, t) => e !== o[t]))
                throw new Error(
                  `${Po}: argument '${e}' must have the same leading dimensions as 'q', got ${s}`,
                );
            const i = (e) => e.shape[e.rank - 1],
              u = (e) => e.shape[e.rank - 2];
            if (i(t) !== i(e))
              throw new Error(
                `${Po}: argument 'k' must have the same dK (last axis) as 'q', got q ${a(e.shape)} and k ${a(t.shape)}`,
              );
            if (u(n) !== u(t))
              throw new Error(
                `${Po}: argument 'v' must have the same seqK (second-to-last axis) as 'k', got k ${a(t.shape)} and v ${a(n.shape)}`,
              );
          })(e, t, n);
          const i = [...e.shape.slice(0, -1), t.shape[t.rank - 2]];
          return (
            void 0 !== s && Wo(s, i, Po),
            Ia(() => {
              const r = e.shape[e.rank - 1],
                i = Do(e, t, { transposeB: !0 }),
                u = Na(i, Math.sqrt(r)),
                l =
                  void 0 === s
                    ? ((e) => {
                        if (e.rank < 1)
                          throw new Error(
                            `${Oo}: argument 'x' must have rank >= 1 ([..., n]), got shape ${a(e.shape)}`,
                          );
                        if ('float32' !== e.dtype)
                          throw new Error(
                            `${Oo}: argument 'x' must be float32, got dtype '${e.dtype}'`,
                          );
                        return Ia(() => {
                          const t = Tr(e, -1, !0),
                            n = Ga(e, t),
                            a = xr(n),
                            r = Dr(a, -1, !0);
                          return Na(a, r);
                        });
                      })(u)
                    : ((e, t, n) => {
                        const a = wr(t, e.shape),
                          r = za(e.shape, Number.NEGATIVE_INFINITY),
                          s = Tr(es(a, e, r), -1, !0),
                          o = br(a, -1, !0),
                          i = es(o, s, Ta(s)),
                          u = xr(es(a, Ga(e, i), r)),
                          l = Dr(u, -1, !0),
                          d = Na(u, es(o, l, Lr(l)));
                        if ('zero' === n) return d;
                        const c = e.shape[e.rank - 1],
                          p = 'uniform' === n ? 1 / c : Number.NaN;
                        return es(o, d, za(d.shape, p));
                      })(u, ya(s, 'bool'), o);
              return { output: Do(l, n), weights: l };
            })
          );
        })(c, p, h, { mask: f, maskedRows: l }),
        g = ((e) => {
          if (4 !== e.rank)
            throw new Error(
              `mergeHeads: argument 'x' must have shape [batch, numHeads, seq, dV], got ${a(e.shape)}`,
            );
          const [t, n, r, s] = e.shape;
          return Ia(() => {
            const a = as(e, [0, 2, 1, 3]);
            return kr(a, [t, r, n * s]);
          });
        })(m.output);
      return { output: qo(g, e.wO, e.bO), weights: m.weights };
    })
  );
}
const jo = ['relu', 'gelu'];
function Vo(e) {
  const { dModel: t, dFF: n, seed: a } = e;
  for (const [e, a] of [
    ['dModel', t],
    ['dFF', n],
  ])
    if (!Number.isInteger(a) || a < 1)
      throw new Error(`initFeedForward: '${e}' must be a positive integer, got ${a}`);
  return { w1: go([t, n], po(a, 'w1')), b1: bo([n]), w2: go([n, t], po(a, 'w2')), b2: bo([t]) };
}
function Ko(e, t, n, a) {
  r(e.w1, [t, -1], `${a}w1`, n);
  const s = e.w1.shape[1];
  return (r(e.b1, [s], `${a}b1`, n), r(e.w2, [s, t], `${a}w2`, n), r(e.b2, [t], `${a}b2`, n), s);
}
function Jo(e) {
  if (!Number.isInteger(e) || e < 1)
    throw new Error(`initLayerNorm: argument 'dModel' must be a positive integer, got ${e}`);
  return { gamma: ((t = [e]), lo(t, 'ones'), Hr([...t], 'float32')), beta: bo([e]) };
  var t;
}
function Qo(e, t, n = {}) {
  const s = 'layerNorm',
    { epsilon: o = 1e-5 } = n;
  if (!(o >= 0 && Number.isFinite(o)))
    throw new Error(`${s}: option 'epsilon' must be a finite number >= 0, got ${o}`);
  if (t.rank < 1)
    throw new Error(
      `${s}: argument 'x' must have rank >= 1 ([..., dModel]), got shape ${a(t.shape)}`,
    );
  const i = t.shape[t.rank - 1];
  return (
    r(e.gamma, [i], 'params.gamma', s),
    r(e.beta, [i], 'params.beta', s),
    Ia(() => {
      const n = Cr(t, -1, !0),
        a = Ga(t, n),
        r = Cr(Ea(a), -1, !0),
        s = Aa(a, jr(Ma(r, o)));
      return Ma(Aa(s, e.gamma), e.beta);
    })
  );
}
function Zo(e, t, n, a) {
  const { attention: s } = e;
  for (const e of ['wQ', 'wK', 'wV', 'wO']) r(s[e], [t, t], `${a}attention.${e}`, n);
  for (const e of ['bQ', 'bK', 'bV', 'bO']) {
    const o = s[e];
    void 0 !== o && r(o, [t], `${a}attention.${e}`, n);
  }
  for (const s of ['norm1', 'norm2'])
    r(e[s].gamma, [t], `${a}${s}.gamma`, n), r(e[s].beta, [t], `${a}${s}.beta`, n);
  Ko(e.feedForward, t, n, `${a}feedForward.`);
}
function Xo(e, t, n, s) {
  r(e, [-1, -1, -1], 'x', s);
  const [o, i, u] = e.shape;
  if (!Number.isInteger(t) || t < 1 || u % t !== 0)
    throw new Error(
      `${s}: option 'numHeads' must be a positive integer dividing dModel = ${u} (x has shape ${a(e.shape)}), got ${t}`,
    );
  if (void 0 !== n) {
    const r = { 2: [i, i], 3: [o, i, i], 4: [o, t, i, i] },
      u = r[n.rank];
    if (void 0 === u || n.shape.some((e, t) => 1 !== e && e !== u[t]))
      throw new Error(
        `${s}: argument 'mask' of shape ${a(n.shape)} does not fit x ${a(e.shape)} with ${t} heads; accepted: [seq, seq] = ${a(r[2])}, [batch, seq, seq] = ${a(r[3])} or [batch, numHeads, seq, seq] = ${a(r[4])}, each axis may be 1`,
      );
  }
  return u;
}
function Yo(e, t, n) {
  const s = 'encoder',
    { finalNorm: o, seed: i, ...u } = n,
    { numHeads: l, mask: d, dropoutRate: c = 0, training: p = !1, epsilon: h = 1e-5 } = n;
  if (0 === e.length)
    throw new Error(`${s}: argument 'blocks' must hold at least one block, got 0`);
  const f = Xo(t, l, d, s);
  return (
    e.forEach((e, t) => {
      Zo(e, f, s, `blocks[${t}].`);
    }),
    void 0 !== o &&
      (r(o.gamma, [f], 'options.finalNorm.gamma', s), r(o.beta, [f], 'options.finalNorm.beta', s)),
    $o(c, p, i, s, 'dropoutRate'),
    Ia(() => {
      const n = [];
      let r = t;
      return (
        e.forEach((e, t) => {
          const s = void 0 === i ? void 0 : po(i, 'block', t),
            o = ((e, t, n) => {
              const r = 'encoderBlock',
                {
                  numHeads: s,
                  mask: o,
                  normFirst: i = !1,
                  dropoutRate: u = 0,
                  training: l = !1,
                  seed: d,
                  epsilon: c = 1e-5,
                  activation: p = 'relu',
                } = n,
                h = Xo(t, s, o, r);
              Zo(e, h, r, 'params.'), $o(u, l, d, r, 'dropoutRate');
              const f = (e) => (void 0 === d ? void 0 : po(d, e)),
                m = (e, t) => Ro(e, { rate: u, training: l, seed: f(t) });
              return Ia(() => {
                const n = i ? Qo(e.norm1, t, { epsilon: c }) : t,
                  r = Go(e.attention, n, n, n, { numHeads: s, mask: o }),
                  d = Ma(t, m(r.output, 'dropout1')),
                  h = i ? d : Qo(e.norm1, d, { epsilon: c }),
                  g = i ? Qo(e.norm2, h, { epsilon: c }) : h,
                  b = ((e, t, n = {}) => {
                    const r = 'feedForward',
                      { activation: s = 'relu', dropoutRate: o = 0, training: i = !1, seed: u } = n;
                    if (!jo.includes(s))
                      throw new Error(
                        `${r}: option 'activation' must be one of ${jo.join(', ')}, got '${s}'`,
                      );
                    if (($o(o, i, u, r, 'dropoutRate'), t.rank < 1))
                      throw new Error(
                        `${r}: argument 'x' must have rank >= 1 ([..., dModel]), got shape ${a(t.shape)}`,
                      );
                    const l = t.shape[t.rank - 1];
                    return (
                      Ko(e, l, r, 'params.'),
                      Ia(() => {
                        const n = kr(t, [-1, l]),
                          a = Ma(Rr(n, e.w1), e.b1),
                          r =
                            'relu' === s
                              ? Gr(a)
                              : ((e) => {
                                  const t = Aa(0.5, Ma(1, _r(Aa(e, Math.SQRT1_2))));
                                  return Aa(e, t);
                                })(a),
                          d = Ro(r, { rate: o, training: i, seed: u }),
                          c = Ma(Rr(d, e.w2), e.b2);
                        return kr(c, t.shape);
                      })
                    );
                  })(e.feedForward, g, {
                    activation: p,
                    dropoutRate: u,
                    training: l,
                    seed: f('dropout'),
                  }),
                  y = Ma(h, m(b, 'dropout2'));
                return {
                  output: i ? y : Qo(e.norm2, y, { epsilon: c }),
                  attentionWeights: r.weights,
                };
              });
            })(e, r, { ...u, seed: s });
          n.push(o.attentionWeights), (r = o.output);
        }),
        { output: void 0 === o ? r : Qo(o, r, { epsilon: h }), attentionWeights: n }
      );
    })
  );
}
function ei(e, t) {
  if (!Number.isInteger(e) || e < 1)
    throw new Error(
      `sinusoidalPositionalEncoding: argument '${t}' must be a positive integer, got ${e}`,
    );
}
function ti(e, t, n, s) {
  const { numHeads: o, normFirst: i = !1 } = s;
  r(t, [n.length, -1], 'tokens', 'reverseModel');
  const u = t.shape[1];
  return Ia(() => {
    const s = ((e, t) => {
        const n = 'embedTokens';
        r(e, [-1, -1], 'embedding', n), r(t, [-1, -1], 'tokens', n);
        const [s, o] = e.shape,
          [i, u] = t.shape;
        if ('int32' !== t.dtype)
          throw new Error(
            `${n}: argument 'tokens' must be int32 token ids, got dtype '${t.dtype}'`,
          );
        const l = t.dataSync().find((e) => e < 0 || e >= s);
        if (void 0 !== l)
          throw new Error(
            `${n}: argument 'tokens' holds id ${l}, outside 0 … ${s - 1} (embedding ${a(e.shape)})`,
          );
        return Ia(() => {
          const n = Or(kr(t, [-1]), s),
            a = Rr(ya(n, 'float32'), e),
            r = Aa(a, Math.sqrt(o)),
            l = kr(r, [i, u, o]);
          return Ma(
            l,
            ((e, t) => (
              ei(e, 'maxLen'),
              ei(t, 'dModel'),
              Ia(() => {
                const n = Math.ceil(t / 2),
                  a = Xr(
                    Array.from({ length: n }, (e, n) => 1e4 ** ((-2 * n) / t)),
                    [1, n],
                  ),
                  r = kr(Ur(0, e, 1, 'float32'), [e, 1]),
                  s = Aa(r, a),
                  o = Qr([Vr(s), Ir(s)], 2),
                  i = kr(o, [e, 2 * n]);
                return Kr(i, [0, 0], [e, t]);
              })
            ))(u, o),
          );
        });
      })(e.embedding, t),
      l = ((e, t) => {
        if (!Number.isInteger(t) || t < 1)
          throw new Error(`${Fo}: argument 'seqK' must be a positive integer, got ${t}`);
        if (0 === e.length)
          throw new Error(`${Fo}: argument 'lengths' must hold one length per sequence, got []`);
        return (
          e.forEach((n, a) => {
            if (!Number.isInteger(n) || n < 0 || n > t)
              throw new Error(
                `${Fo}: argument 'lengths' must hold integers in [0, seqK] = [0, ${t}], got lengths[${a}] = ${n} (lengths [${e.join(', ')}])`,
              );
          }),
          Ia(() => {
            const n = Ur(0, t, 1, 'int32'),
              a = ((e, t) => {
                p(e);
                const n = ha(e, t);
                if (1 !== n.length)
                  throw new Error('tensor1d() requires values to be a flat/TypedArray');
                return $a(e, null, n, t);
              })([...e], 'int32'),
              r = kr(n, [1, t]),
              s = kr(a, [-1, 1]),
              o = Ar(r, s);
            return kr(o, [e.length, 1, 1, t]);
          })
        );
      })([...n], u),
      d = Yo(e.blocks, s, { numHeads: o, mask: l, normFirst: i, finalNorm: e.finalNorm }),
      { w: c, b: h } = e.classifier,
      f = Do(d.output, c);
    return { logits: Ma(f, h), attentionWeights: d.attentionWeights };
  });
}
function ni(e, t, n) {
  const a = 'reverseLoss';
  r(t, [n.length, e.shape[1]], 'targets', a), r(e, [n.length, -1, -1], 'logits', a);
  const [, s, o] = e.shape;
  return Ia(() => {
    const a = $r(e),
      r = Dr(Aa(a, Or(t, o)), -1),
      i = ((e, t) =>
        Xr(
          e.map((e) => Array.from({ length: t }, (t, n) => (n < e ? 1 : 0))),
          [e.length, t],
          'float32',
        ))(n, s);
    return Wr(Na(Dr(Aa(r, i)), Dr(i)));
  });
}
function ai(e, t, n) {
  const a = Ia(() => {
    const a = Xr(t.tokens, void 0, 'int32'),
      { logits: r } = ti(e, a, t.lengths, n);
    return yr(r, -1).arraySync();
  });
  let r = 0,
    s = 0,
    o = 0;
  return (
    t.lengths.forEach((e, n) => {
      let i = 0;
      for (let r = 0; r < e; r++) a[n][r] === t.targets[n][r] && i++;
      (r += i), (s += e), i === e && o++;
    }),
    { tokenAccuracy: r / s, sequenceAccuracy: o / t.lengths.length, predictions: a }
  );
}
function ri() {
  return new Promise((e) => setTimeout(e, 0));
}
async function si(e) {
  !((e) => {
    const t = 'trainReverseModel';
    No(e.task, t);
    for (const n of ['steps', 'batchSize', 'reportEvery']) {
      const a = e[n];
      if (void 0 !== a && (!Number.isInteger(a) || a < 1))
        throw new Error(`${t}: option '${n}' must be a positive integer, got ${a}`);
    }
    if (!(e.learningRate > 0))
      throw new Error(`${t}: option 'learningRate' must be > 0, got ${e.learningRate}`);
    if (void 0 !== e.stopAtAccuracy && void 0 === e.heldOut)
      throw new Error(`${t}: option 'stopAtAccuracy' needs a 'heldOut' set to measure it on`);
  })(e),
    await (async () => {
      !(() => {
        const e = [];
        for (const t of So) void 0 === Nt(t.kernelName) && (Et(t), e.push(t.kernelName));
      })();
    })();
  const {
      task: t,
      model: n,
      steps: a,
      batchSize: r,
      learningRate: s,
      seed: o,
      heldOut: i,
      stopAtAccuracy: u,
    } = e,
    l = e.reportEvery ?? 50,
    d = { numHeads: n.numHeads, normFirst: n.normFirst },
    c = [],
    p = ((e, t) => {
      const n = (e) => {
        if (void 0 !== e) {
          if (e instanceof hn) {
            const n = ((e, t = !0, n, a) => Dn.makeVariable(e, t, n, a))(e);
            return (e.dispose(), t.push(n), n);
          }
          return Array.isArray(e)
            ? e.map((e) => n(e))
            : Object.fromEntries(Object.entries(e).map(([e, t]) => [e, n(t)]));
        }
      };
      return n(e);
    })(
      ((e, t) => {
        const { vocabSize: n, dModel: a, numHeads: r, dFF: s, numLayers: o, normFirst: i = !1 } = e,
          u = 1 / Math.sqrt(a),
          l = Array.from({ length: o }, (e, n) =>
            ((e) => {
              const { dModel: t, numHeads: n, dFF: a, seed: r } = e;
              return {
                attention: Co({ dModel: t, numHeads: n, seed: po(r, 'attention') }),
                norm1: Jo(t),
                feedForward: Vo({ dModel: t, dFF: a, seed: po(r, 'feedForward') }),
                norm2: Jo(t),
              };
            })({ dModel: a, numHeads: r, dFF: s, seed: po(t, 'block', n) }),
          );
        return {
          embedding: mo([n, a], po(t, 'embedding'), { std: u }),
          blocks: l,
          ...(i ? { finalNorm: Jo(a) } : {}),
          classifier: { w: go([a, n], po(t, 'classifier')), b: bo([n]) },
        };
      })({ ...n, vocabSize: t.vocabSize }, po(o, 'init')),
      c,
    ),
    h = ((e, t, n = []) => {
      No(e, 'reverseTaskSampler');
      const { vocabSize: a, minLen: r, maxLen: s } = e,
        o = co(t),
        i = new Set(n.flatMap((e) => e.tokens.map((t, n) => Ao(t.slice(0, e.lengths[n]))))),
        u = () => {
          const e = r + Math.floor(o() * (s - r + 1));
          return Array.from({ length: e }, () => 1 + Math.floor(o() * (a - 1)));
        };
      return (e) => {
        if (!Number.isInteger(e) || e < 1)
          throw new Error(`reverseTaskSampler: 'batchSize' must be a positive integer, got ${e}`);
        const t = { tokens: [], targets: [], lengths: [] };
        let n = 0;
        for (; t.lengths.length < e; ) {
          const e = u();
          if (i.has(Ao(e))) {
            if (1e4 === ++n)
              throw new Error(
                `reverseTaskSampler: 10000 draws in a row hit the excluded set (${i.size} sequences); it covers nearly every sequence the task can draw`,
              );
            continue;
          }
          n = 0;
          const a = new Array(s - e.length).fill(0);
          t.tokens.push([...e, ...a]),
            t.targets.push([...e].reverse().concat(a)),
            t.lengths.push(e.length);
        }
        return t;
      };
    })(t, po(o, 'data'), i ? [i] : []),
    f = rs.adam(s),
    m = [],
    g = [],
    b = performance.now();
  try {
    for (let t = 1; t <= a; t++) {
      const n = h(r),
        s = f.minimize(
          () =>
            Ia(() => {
              const e = Xr(n.tokens, void 0, 'int32'),
                t = Xr(n.targets, void 0, 'int32'),
                { logits: a } = ti(p, e, n.lengths, d);
              return ni(a, t, n.lengths);
            }),
          !0,
          c,
        ),
        o = s.dataSync()[0];
      if ((s.dispose(), m.push(o), t % l !== 0 && t !== a)) continue;
      const y = {
        step: t,
        loss: o,
        accuracy: ai(p, n, d).tokenAccuracy,
        seconds: (performance.now() - b) / 1e3,
      };
      if (
        (i && (y.heldOutAccuracy = ai(p, i, d).tokenAccuracy),
        g.push(y),
        e.onProgress?.(y),
        await ri(),
        void 0 !== u && y.heldOutAccuracy >= u)
      )
        break;
    }
  } catch (e) {
    throw (va(c), e);
  } finally {
    f.dispose();
  }
  return { params: p, variables: c, losses: m, reports: g };
}
const oi = ['tensorflow', 'webgpu', 'webgl', 'wasm', 'cpu'],
  ii = { node: ['tensorflow', 'wasm', 'cpu'], browser: ['webgpu', 'webgl', 'wasm', 'cpu'] },
  ui = 'MHA_BACKEND';
class li extends Error {
  name = 'BackendError';
}
function di(e) {
  const t = e[ui];
  if (void 0 === t || '' === t.trim()) return;
  const n = t.trim();
  if (!oi.includes(n))
    throw new li(
      `${ui}=${JSON.stringify(n)} is not a backend; valid names are ${oi.join(', ')} (or leave it unset to pick the best one present).`,
    );
  return n;
}
const ci = {
  tensorflow: '@tensorflow/tfjs-node',
  webgpu: '@tensorflow/tfjs-backend-webgpu',
  webgl: '@tensorflow/tfjs-backend-webgl',
  wasm: '@tensorflow/tfjs-backend-wasm',
  cpu: '@tensorflow/tfjs-backend-cpu',
};
function pi() {
  const e = globalThis.process;
  return 'string' == typeof e?.versions?.node ? e : void 0;
}
function hi(e) {
  const t = e instanceof Error ? e.message : String(e);
  return t.split('\n')[0]?.trim() ?? t;
}
async function fi(e, t) {
  const n = ci[e];
  if (null == _a(e)) {
    if ('browser' === t) return `not registered (import '${n}' to offer it)`;
    try {
      await ((a = n), import(a));
    } catch (e) {
      return ((e) => {
        const t = e?.code;
        return 'MODULE_NOT_FOUND' === t || 'ERR_MODULE_NOT_FOUND' === t;
      })(e)
        ? `${n} is not installed`
        : `${n} failed to load: ${hi(e)}`;
    }
    if (null == _a(e))
      return `${n} loaded but registered with a different copy of @tensorflow/tfjs-core`;
  }
  var a, r;
  try {
    return (await ((r = e), Dn.setBackend(r))) ? void 0 : `${n} could not initialise`;
  } catch (e) {
    return `${n} could not initialise: ${hi(e)}`;
  }
}
function mi(e, t) {
  Array.isArray(e) || (e = [e]),
    e.forEach((e) => {
      null != e &&
        d(
          'complex64' !== e.dtype,
          () => `${t} does not support complex64 tensors in the CPU backend.`,
        );
    });
}
class gi extends o {
  nextDataId() {
    return gi.nextDataId++;
  }
  constructor() {
    super(), (this.blockSize = 48), (this.firstUse = !0), (this.data = new s(this, wa()));
  }
  write(e, t, n) {
    this.firstUse &&
      ((this.firstUse = !1),
      O().get('IS_NODE') &&
        _t(
          '\n============================\nHi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. \n============================',
        ));
    const a = { id: this.nextDataId() };
    return (this.data.set(a, { values: e, dtype: n, refCount: 1 }), a);
  }
  makeTensorInfo(e, t, n) {
    let a;
    if ('string' === t && null != n && n.length > 0 && I(n[0])) {
      const r = n.map((e) => Qt(e));
      a = this.write(r, e, t);
    } else a = this.write(n, e, t);
    return { dataId: a, shape: e, dtype: t };
  }
  refCount(e) {
    return this.data.has(e) ? this.data.get(e).refCount : 0;
  }
  incRef(e) {
    this.data.get(e).refCount++;
  }
  decRef(e) {
    this.data.has(e) && this.data.get(e).refCount--;
  }
  move(e, t, n, a, r) {
    this.data.set(e, { values: t, dtype: a, refCount: r });
  }
  numDataIds() {
    return this.data.numDataIds();
  }
  async read(e) {
    return this.readSync(e);
  }
  readSync(e) {
    const { dtype: t, complexTensorInfos: n } = this.data.get(e);
    return 'complex64' === t
      ? Rs(this.readSync(n.real.dataId), this.readSync(n.imag.dataId))
      : ((e, t) => {
          if (Array.isArray(e)) return e;
          if ('float32' === t) return e instanceof Float32Array ? e : new Float32Array(e);
          if ('int32' === t) return e instanceof Int32Array ? e : new Int32Array(e);
          if ('bool' === t || 'string' === t) return Uint8Array.from(new Int32Array(e));
          throw new Error(`Unknown dtype ${t}`);
        })(this.data.get(e).values, t);
  }
  bufferSync(e) {
    const t = this.readSync(e.dataId);
    if ('string' === e.dtype)
      try {
        const n = t.map((e) => Zt(e));
        return pa(e.shape, e.dtype, n);
      } catch (e) {
        throw new Error('Failed to decode encoded string bytes into utf-8');
      }
    return pa(e.shape, e.dtype, t);
  }
  makeOutput(e, t, n) {
    return wa().makeTensorFromTensorInfo(this.makeTensorInfo(t, n, e), this);
  }
  disposeData(e, t = !1) {
    if (this.data.has(e)) {
      if ((this.data.get(e).refCount--, !t && this.data.get(e).refCount > 0)) return !1;
      const { complexTensorInfos: n } = this.data.get(e);
      null != n && (this.disposeData(n.real.dataId, !0), this.disposeData(n.imag.dataId, !0)),
        this.data.delete(e);
    }
    return !0;
  }
  disposeIntermediateTensorInfo(e) {
    this.disposeData(e.dataId);
  }
  async time(e) {
    const t = Jt();
    return (e(), { kernelMs: Jt() - t });
  }
  memory() {
    return {
      unreliable: !0,
      reasons: [
        'The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less.',
      ],
    };
  }
  where(e) {
    mi([e], 'where');
    const t = this.readSync(e.dataId);
    return ((e, t) => {
      const n = [];
      for (let e = 0; e < t.length; e++) t[e] && n.push(e);
      const a = pa(e, 'int32'),
        r = pa([n.length, e.length], 'int32');
      for (let t = 0; t < n.length; t++) {
        const s = a.indexToLoc(n[t]),
          o = t * e.length;
        r.values.set(s, o);
      }
      return r.toTensor();
    })(e.shape, t);
  }
  dispose() {}
  floatPrecision() {
    return 32;
  }
  epsilon() {
    return super.epsilon();
  }
}
function bi(e) {
  return (t, n, a) => {
    const r = k(n, t.length);
    for (let n = 0; n < t.length; ++n) r[n] = e(t[n], a);
    return r;
  };
}
function yi(e, t, n) {
  return ki(e, bi(t), n);
}
function ki(e, t, n) {
  return ({ inputs: a, attrs: r, backend: s }) => {
    const { x: o } = a;
    mi(o, e);
    const i = s,
      u = i.data.get(o.dataId).values;
    let l;
    if ('string' === o.dtype) {
      if (!Array.isArray(u)) throw new Error("String tensor's value was not an instance of Array");
      l = eo(u);
    } else l = u;
    const d = n || o.dtype,
      c = t(l, d, r);
    return i.makeTensorInfo(o.shape, d, c);
  };
}
(gi.nextDataId = 0), xa('cpu', () => new gi(), 1);
const wi = yi('Elu', (e) => (e >= 0 ? e : Math.exp(e) - 1)),
  Ii = { kernelName: 'Elu', backendName: 'cpu', kernelFunc: wi };
function vi(e) {
  const { inputs: t, backend: n } = e,
    { x: a } = t;
  return (n.incRef(a.dataId), { dataId: a.dataId, shape: a.shape, dtype: a.dtype });
}
const _i = { kernelName: Ie, backendName: 'cpu', kernelFunc: vi };
function xi(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { x: r } = t,
    { alpha: s } = a;
  mi([r], 'leakyRelu');
  const o = h(r.shape),
    i = n.data.get(r.dataId).values,
    u = y('float32', o);
  for (let e = 0; e < i.length; e++) u[e] = i[e] < 0 ? s * i[e] : i[e];
  return n.makeTensorInfo(r.shape, 'float32', u);
}
const Mi = { kernelName: _e, backendName: 'cpu', kernelFunc: xi };
function Si(e) {
  return (t, n, a, r, s) => {
    const o = Ja(t, n),
      i = o.length,
      u = x(o),
      l = y(s, h(o)),
      d = t.length,
      c = n.length,
      p = x(t),
      f = x(n),
      m = Ka(t, o),
      g = Ka(n, o);
    if (m.length + g.length === 0)
      for (let t = 0; t < l.length; ++t) l[t] = e(a[t % a.length], r[t % r.length]);
    else
      for (let t = 0; t < l.length; ++t) {
        const n = D(t, i, u),
          s = n.slice(-d);
        m.forEach((e) => (s[e] = 0));
        const o = T(s, d, p),
          h = n.slice(-c);
        g.forEach((e) => (h[e] = 0));
        const b = T(h, c, f);
        l[t] = e(a[o], r[b]);
      }
    return [l, o];
  };
}
const Ni = Si((e, t) => (e < 0 ? t * e : e));
function Ai(e) {
  const { inputs: t, backend: n } = e,
    { x: a, alpha: r } = t;
  mi([a, r], 'prelu');
  const s = n.data.get(a.dataId).values,
    o = n.data.get(r.dataId).values,
    [i, u] = Ni(a.shape, r.shape, s, o, 'float32');
  return n.makeTensorInfo(u, 'float32', i);
}
const Fi = { kernelName: 'Prelu', backendName: 'cpu', kernelFunc: Ai },
  Ei = yi('Relu', (e) => Math.max(0, e)),
  Ti = { kernelName: 'Relu', backendName: 'cpu', kernelFunc: Ei },
  Di = yi('Relu6', (e) => Math.min(Math.max(0, e), 6)),
  $i = { kernelName: 'Relu6', backendName: 'cpu', kernelFunc: Di },
  Ri = (bi((e) => 1 / (1 + Math.exp(-e))), yi(tt, (e) => 1 / (1 + Math.exp(-e)))),
  Ci = { kernelName: tt, backendName: 'cpu', kernelFunc: Ri };
function Wi(e, t, n, a, r) {
  if ('linear' === n) return vi({ inputs: { x: t }, backend: e });
  if ('relu' === n) return Ei({ inputs: { x: t }, backend: e });
  if ('elu' === n) return wi({ inputs: { x: t }, backend: e });
  if ('relu6' === n) return Di({ inputs: { x: t }, backend: e });
  if ('prelu' === n) return Ai({ inputs: { x: t, alpha: a }, backend: e });
  if ('leakyrelu' === n) return xi({ inputs: { x: t }, backend: e, attrs: { alpha: r } });
  if ('sigmoid' === n) return Ri({ inputs: { x: t }, backend: e });
  throw new Error(`Activation ${n} has not been implemented for the CPU backend.`);
}
function Oi(e) {
  const { inputs: t, backend: n } = e,
    { real: a, imag: r } = t,
    s = n.data.get(a.dataId).values,
    o = n.data.get(r.dataId).values,
    i = n.makeTensorInfo(a.shape, 'complex64');
  return (
    (n.data.get(i.dataId).complexTensorInfos = {
      real: n.makeTensorInfo(a.shape, 'float32', s),
      imag: n.makeTensorInfo(r.shape, 'float32', o),
    }),
    i
  );
}
const Pi = { kernelName: X, backendName: 'cpu', kernelFunc: Oi };
function Bi(e, t, n = 'float32') {
  if ('complex64' === n)
    return Oi({ inputs: { real: Bi(e, t, 'float32'), imag: Bi(e, t, 'float32') }, backend: e });
  const a = A(h(t), n);
  return e.makeTensorInfo(t, n, a);
}
function Hi(e) {
  const { inputs: t, backend: n } = e,
    { input: a } = t,
    r = n.data.get(a.dataId).complexTensorInfos.real,
    s = n.data.get(r.dataId).values;
  return n.makeTensorInfo(r.shape, r.dtype, s);
}
const Li = { kernelName: 'Real', backendName: 'cpu', kernelFunc: Hi };
function zi(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { x: r } = t,
    { dtype: s } = a;
  if ('complex64' === s) {
    if ('complex64' === r.dtype) return vi({ inputs: { x: r }, backend: n });
    const e = Bi(n, r.shape, r.dtype),
      t = zi({ inputs: { x: r }, backend: n, attrs: { dtype: 'float32' } }),
      a = Oi({ inputs: { real: t, imag: e }, backend: n });
    return (n.disposeIntermediateTensorInfo(e), n.disposeIntermediateTensorInfo(t), a);
  }
  if ('complex64' === r.dtype) {
    const e = Hi({ inputs: { input: r }, backend: n }),
      t = zi({ inputs: { x: e }, backend: n, attrs: { dtype: s } });
    return (n.disposeIntermediateTensorInfo(e), t);
  }
  if (
    ((o = r.dtype),
    'complex64' === (i = s) ||
      ('float32' === i && 'complex64' !== o) ||
      ('int32' === i && 'float32' !== o && 'complex64' !== o) ||
      ('bool' === i && 'bool' === o))
  ) {
    const e = vi({ inputs: { x: r }, backend: n });
    return { dataId: e.dataId, shape: e.shape, dtype: s };
  }
  var o, i;
  const u = n.data.get(r.dataId).values,
    [l, d, c] = ((e, t, n, a) => {
      if ('int32' === a) return [t, 'int32', Int32Array.from(e)];
      if ('bool' === a) {
        const a = Kt([0], n),
          [r, s] = Si((e, t) => (e !== t ? 1 : 0))(t, [], e, a, 'bool');
        return [s, 'bool', r];
      }
      throw new Error(`Error in Cast: failed to cast ${n} to ${a}`);
    })(u, r.shape, r.dtype, s);
  return n.makeTensorInfo(l, d, c);
}
const Ui = { kernelName: 'Cast', backendName: 'cpu', kernelFunc: zi };
function qi(e, t, n, a) {
  return null == n
    ? ({ inputs: n, backend: r }) => {
        const { a: s, b: o } = n,
          i = r;
        mi([s, o], e);
        const u = i.data.get(s.dataId).values,
          l = i.data.get(o.dataId).values,
          d = 'string' === s.dtype ? eo(u) : u,
          c = 'string' === s.dtype ? eo(l) : l,
          p = a || s.dtype,
          [h, f] = t(s.shape, o.shape, d, c, p);
        return i.makeTensorInfo(f, p, h);
      }
    : ({ inputs: e, backend: r }) => {
        const { a: s, b: o } = e,
          i = r;
        if ('complex64' === s.dtype || 'complex64' === o.dtype) {
          const e = zi({ inputs: { x: s }, backend: i, attrs: { dtype: 'complex64' } }),
            t = i.data.get(e.dataId),
            a = t.complexTensorInfos.real,
            r = t.complexTensorInfos.imag,
            u = i.data.get(a.dataId).values,
            l = i.data.get(r.dataId).values,
            d = zi({ inputs: { x: o }, backend: i, attrs: { dtype: 'complex64' } }),
            c = i.data.get(d.dataId),
            p = c.complexTensorInfos.real,
            h = c.complexTensorInfos.imag,
            f = i.data.get(p.dataId).values,
            m = i.data.get(h.dataId).values,
            [g, b, y] = n(s.shape, o.shape, u, l, f, m),
            k = i.makeTensorInfo(y, 'float32', g),
            w = i.makeTensorInfo(y, 'float32', b),
            I = Oi({ inputs: { real: k, imag: w }, backend: i });
          return (
            i.disposeIntermediateTensorInfo(e),
            i.disposeIntermediateTensorInfo(d),
            i.disposeIntermediateTensorInfo(k),
            i.disposeIntermediateTensorInfo(w),
            I
          );
        }
        {
          const e = i.data.get(s.dataId).values,
            n = i.data.get(o.dataId).values,
            r = a || s.dtype,
            [u, l] = t(s.shape, o.shape, e, n, r);
          return i.makeTensorInfo(l, r, u);
        }
      };
}
function Gi(e) {
  return (t, n, a, r, s, o) => {
    const i = Ja(t, n),
      u = h(i),
      l = i.length,
      d = x(i),
      c = y('float32', u),
      p = y('float32', u),
      f = Ka(t, i),
      m = Ka(n, i),
      g = Rs(a, r),
      b = Rs(s, o),
      k = t.length,
      w = x(t),
      I = n.length,
      v = x(n);
    if (f.length + m.length === 0)
      for (let t = 0; t < c.length; t++) {
        const n = t % g.length,
          a = t % b.length,
          r = e(g[2 * n], g[2 * n + 1], b[2 * a], b[2 * a + 1]);
        (c[t] = r.real), (p[t] = r.imag);
      }
    else
      for (let t = 0; t < c.length; t++) {
        const n = D(t, l, d),
          a = n.slice(-k);
        f.forEach((e) => (a[e] = 0));
        const r = T(a, k, w),
          s = n.slice(-I);
        m.forEach((e) => (s[e] = 0));
        const o = T(s, I, v),
          i = e(g[2 * r], g[2 * r + 1], b[2 * o], b[2 * o + 1]);
        (c[t] = i.real), (p[t] = i.imag);
      }
    return [c, p, i];
  };
}
const ji = qi(
    'Add',
    Si((e, t) => e + t),
    Gi((e, t, n, a) => ({ real: e + n, imag: t + a })),
  ),
  Vi = { kernelName: 'Add', backendName: 'cpu', kernelFunc: ji };
function Ki(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { x: r } = t,
    { shape: s } = a,
    o = h(r.shape),
    i = g(s, o),
    u = h(i);
  d(
    o === u,
    () =>
      `The new shape (${i}) has ${u} elements and the old shape (${r.shape}) has ${o} elements. The new shape and old shape must have the same number of elements.`,
  ),
    n.incRef(r.dataId);
  const l = n.data.get(r.dataId);
  if (null != l.complexTensorInfos) {
    const e = l.complexTensorInfos.real,
      t = l.complexTensorInfos.imag;
    (e.shape = i), (t.shape = i);
  }
  return { dataId: r.dataId, shape: i, dtype: r.dtype };
}
const Ji = { kernelName: je, backendName: 'cpu', kernelFunc: Ki };
function Qi(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { a: r, b: s } = t,
    { transposeA: o, transposeB: i } = a;
  mi([r, s], 'matMul');
  const u = r.shape.length,
    l = s.shape.length,
    c = o ? r.shape[u - 2] : r.shape[u - 1],
    p = i ? s.shape[l - 1] : s.shape[l - 2],
    f = o ? r.shape[u - 1] : r.shape[u - 2],
    m = i ? s.shape[l - 2] : s.shape[l - 1],
    g = r.shape.slice(0, -2),
    b = s.shape.slice(0, -2),
    y = h(g),
    k = h(b),
    w = Ja(r.shape.slice(0, -2), s.shape.slice(0, -2)).concat([f, m]);
  d(
    c === p,
    () =>
      `Error in matMul: inner shapes (${c}) and (${p}) of Tensors with shapes ${r.shape} and ${s.shape} and transposeA=${o} and transposeB=${i} must match.`,
  );
  const I = i ? [k, m, p] : [k, p, m],
    v = Ki({ inputs: { x: r }, backend: n, attrs: { shape: o ? [y, c, f] : [y, f, c] } }),
    _ = Ki({ inputs: { x: s }, backend: n, attrs: { shape: I } }),
    M = o ? v.shape[1] : v.shape[2],
    S = o ? v.shape[2] : v.shape[1],
    N = i ? _.shape[1] : _.shape[2],
    A = Math.max(y, k),
    F = n.data.get(v.dataId).values,
    E = n.data.get(_.dataId).values,
    T = x(v.shape),
    D = x(_.shape),
    [$, R, C] = o ? [T[0], 1, T[1]] : [T[0], T[1], 1],
    [W, O, P] = i ? [1, D[1], D[0]] : [D[1], 1, D[0]],
    B = S * N,
    H = pa([A, S, N], v.dtype),
    L = H.values,
    z = n.blockSize;
  for (let e = 0; e < A; e++) {
    const t = e % y,
      n = e % k;
    for (let a = 0; a < S; a += z) {
      const r = Math.min(a + z, S);
      for (let s = 0; s < N; s += z) {
        const o = Math.min(s + z, N);
        for (let i = 0; i < M; i += z) {
          const u = Math.min(i + z, M);
          for (let l = a; l < r; l++)
            for (let a = s; a < o; a++) {
              let r = 0;
              for (let e = i; e < u; e++) r += F[t * $ + l * R + e * C] * E[e * W + a * O + n * P];
              L[e * B + (l * N + a)] += r;
            }
        }
      }
    }
  }
  return (
    n.disposeIntermediateTensorInfo(v),
    n.disposeIntermediateTensorInfo(_),
    n.makeTensorInfo(w, H.dtype, H.values)
  );
}
const Zi = { kernelName: j, backendName: 'cpu', kernelFunc: Qi },
  Xi = {
    kernelName: wt,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { a: r, b: s, bias: o, preluActivationWeights: i } = t,
        { transposeA: u, transposeB: l, activation: d, leakyreluAlpha: c } = a;
      let p, h, f;
      const m = [];
      (p = Qi({ inputs: { a: r, b: s }, attrs: { transposeA: u, transposeB: l }, backend: n })),
        o && ((h = ji({ inputs: { a: p, b: o }, backend: n })), m.push(p), (p = h)),
        d && ((f = Wi(n, p, d, i, c)), m.push(p), (p = f));
      for (const e of m) n.disposeIntermediateTensorInfo(e);
      return p;
    },
  },
  Yi = {
    kernelName: 'Abs',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { x: t } = e.inputs,
        n = e.backend;
      mi(t, 'abs');
      let a = new Float32Array(h(t.shape));
      return (
        (a = ((e) => {
          const t = new Float32Array(e.length);
          for (let n = 0; n < e.length; ++n) t[n] = Math.abs(e[n]);
          return t;
        })(n.data.get(t.dataId).values)),
        n.makeOutput(a, t.shape, t.dtype)
      );
    },
  },
  eu = { kernelName: 'Acos', backendName: 'cpu', kernelFunc: yi('Acos', (e) => Math.acos(e)) },
  tu = { kernelName: 'Acosh', backendName: 'cpu', kernelFunc: yi('Acosh', (e) => Math.acosh(e)) },
  nu = {
    kernelName: 'AddN',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        a = t;
      mi(t, 'addN');
      const r = a.map((e) => n.data.get(e.dataId).values),
        s = pa(a[0].shape, a[0].dtype),
        o = s.values;
      for (let e = 0; e < a.length; e++) {
        const t = r[e];
        for (let e = 0; e < o.length; e++) o[e] += t[e];
      }
      return n.makeTensorInfo(s.shape, s.dtype, s.values);
    },
  };
function au(e, t, n, a, r) {
  const s = t.length,
    o = h(t),
    i = x(t),
    u = x(r),
    l = y(n, h(r));
  for (let t = 0; t < o; ++t) {
    const n = D(t, s, i),
      r = new Array(n.length);
    for (let e = 0; e < r.length; e++) r[e] = n[a[e]];
    l[T(r, s, u)] = e[t];
  }
  return l;
}
function ru(e) {
  const { inputs: t, attrs: n, backend: a } = e,
    { x: r } = t,
    { perm: s } = n;
  mi(r, 'transpose');
  const o = r.shape.length,
    i = new Array(o);
  for (let e = 0; e < i.length; e++) i[e] = r.shape[s[e]];
  const u = au(a.data.get(r.dataId).values, r.shape, r.dtype, s, i);
  return { dataId: a.write(u, i, r.dtype), shape: i, dtype: r.dtype };
}
const su = { kernelName: bt, backendName: 'cpu', kernelFunc: ru },
  ou = {
    kernelName: 'All',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { axis: s, keepDims: o } = a;
      mi(r, 'all');
      const i = b(s, r.shape);
      let u = i;
      const l = ls(u, r.shape.length);
      let d = r;
      null != l &&
        ((d = ru({ inputs: { x: r }, backend: n, attrs: { perm: l } })),
        (u = cs(u.length, r.shape.length))),
        us('all', u, d.shape.length);
      const [c, p] = os(d.shape, u),
        f = h(p),
        m = A(h(c), d.dtype),
        g = n.data.get(d.dataId).values;
      for (let e = 0; e < m.length; ++e) {
        const t = e * f;
        let n = g[t];
        for (let e = 0; e < f; ++e) {
          const a = g[t + e];
          n = n && a;
        }
        m[e] = n;
      }
      null != l && n.disposeIntermediateTensorInfo(d);
      const y = n.makeTensorInfo(c, d.dtype, m);
      if (o) {
        const e = Ki({ inputs: { x: y }, backend: n, attrs: { shape: is(c, i) } });
        return (n.disposeIntermediateTensorInfo(y), e);
      }
      return y;
    },
  },
  iu = {
    kernelName: 'Any',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { axis: s, keepDims: o } = a;
      mi(r, 'any');
      const i = b(s, r.shape);
      let u = i;
      const l = ls(u, r.shape.length);
      let d = r;
      null != l &&
        ((d = ru({ inputs: { x: r }, backend: n, attrs: { perm: l } })),
        (u = cs(u.length, r.shape.length))),
        us('any', u, d.shape.length);
      const [c, p] = os(d.shape, u),
        f = h(p),
        m = A(h(c), d.dtype),
        g = n.data.get(d.dataId).values;
      for (let e = 0; e < m.length; ++e) {
        const t = e * f;
        let n = g[t];
        for (let e = 0; e < f; ++e) {
          const a = g[t + e];
          n = n || a;
        }
        m[e] = n;
      }
      null != l && n.disposeIntermediateTensorInfo(d);
      const y = n.makeTensorInfo(c, d.dtype, m);
      if (o) {
        const e = Ki({ inputs: { x: y }, backend: n, attrs: { shape: is(c, i) } });
        return (n.disposeIntermediateTensorInfo(y), e);
      }
      return y;
    },
  },
  uu = {
    kernelName: 'ArgMax',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { axis: s } = a;
      mi(r, 'argMax');
      let o = b(s, r.shape);
      const i = ls(o, r.shape.length);
      let u = r;
      const l = [];
      null != i &&
        ((u = ru({ inputs: { x: r }, backend: n, attrs: { perm: i } })),
        l.push(u),
        (o = cs(o.length, u.shape.length))),
        (o = [o[0]]),
        us('argMax', o, u.shape.length);
      const [d, c] = os(u.shape, o),
        p = A(h(d), 'int32'),
        f = h(c),
        m = n.data.get(u.dataId).values;
      for (let e = 0; e < p.length; ++e) {
        const t = e * f;
        let n = m[t],
          a = 0;
        for (let e = 0; e < f; ++e) {
          const r = m[t + e];
          r > n && ((n = r), (a = e));
        }
        p[e] = a;
      }
      return (
        l.forEach((e) => n.disposeIntermediateTensorInfo(e)), n.makeTensorInfo(d, 'int32', p)
      );
    },
  },
  lu = {
    kernelName: 'ArgMin',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { axis: s } = a;
      mi(r, 'argMin');
      let o = b(s, r.shape);
      const i = ls(o, r.shape.length);
      let u = r;
      const l = [];
      null != i &&
        ((u = ru({ inputs: { x: r }, backend: n, attrs: { perm: i } })),
        l.push(u),
        (o = cs(o.length, u.shape.length))),
        (o = [o[0]]),
        us('argMin', o, u.shape.length);
      const [d, c] = os(u.shape, o),
        p = A(h(d), 'int32'),
        f = h(c),
        m = n.data.get(u.dataId).values;
      for (let e = 0; e < p.length; ++e) {
        const t = e * f;
        let n = m[t],
          a = 0;
        for (let e = 0; e < f; ++e) {
          const r = m[t + e];
          r < n && ((n = r), (a = e));
        }
        p[e] = a;
      }
      return (
        l.forEach((e) => n.disposeIntermediateTensorInfo(e)), n.makeTensorInfo(d, 'int32', p)
      );
    },
  },
  du = { kernelName: 'Asin', backendName: 'cpu', kernelFunc: yi('Asin', (e) => Math.asin(e)) },
  cu = { kernelName: 'Asinh', backendName: 'cpu', kernelFunc: yi('Asinh', (e) => Math.asinh(e)) },
  pu = { kernelName: 'Atan', backendName: 'cpu', kernelFunc: yi('Atan', (e) => Math.atan(e)) },
  hu = {
    kernelName: 'Atan2',
    backendName: 'cpu',
    kernelFunc: qi(
      'Atan2',
      Si((e, t) => Math.atan2(e, t)),
    ),
  },
  fu = { kernelName: 'Atanh', backendName: 'cpu', kernelFunc: yi('Atanh', (e) => Math.atanh(e)) };
function mu(e, t, n, a, r, s) {
  const o = r.strideHeight,
    i = r.strideWidth,
    u = r.dilationHeight,
    l = r.dilationWidth,
    d = r.effectiveFilterHeight,
    c = r.effectiveFilterWidth,
    p = r.padInfo.top,
    h = r.padInfo.left,
    f = 'max' === s ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
    m = pa(r.outShape, n),
    g = m.values,
    b = r.outShape[1] * r.outShape[2] * r.outShape[3],
    y = r.outShape[2] * r.outShape[3],
    k = r.outShape[3];
  for (let t = 0; t < r.batchSize; ++t) {
    const n = t * b,
      m = t * a[0];
    for (let t = 0; t < r.inChannels; ++t)
      for (let b = 0; b < r.outHeight; ++b) {
        const w = b * o - p,
          I = Math.max(0, w),
          v = Math.min(r.inHeight, d + w),
          _ = n + b * y;
        for (let n = 0; n < r.outWidth; ++n) {
          const o = n * i - h,
            d = Math.max(0, o),
            p = Math.min(r.inWidth, c + o);
          let b = f,
            y = 0,
            w = 0;
          for (let n = I; n < v; n += u) {
            const r = m + n * a[1];
            for (let n = d; n < p; n += l) {
              const o = e[r + n * a[2] + t];
              'max' === s && o > b ? (b = o) : 'avg' === s && ((y += o), w++);
            }
            if (isNaN(b)) break;
          }
          g[_ + n * k + t] = 'avg' === s ? y / w : b;
        }
      }
  }
  return m;
}
function gu(e, t, n, a, r = !1, s = !1) {
  const o = pa(a.outShape, 'int32'),
    i = a.strideHeight,
    u = a.strideWidth,
    l = a.dilationHeight,
    d = a.dilationWidth,
    c = a.effectiveFilterHeight,
    p = a.effectiveFilterWidth,
    h = a.padInfo.top,
    f = a.padInfo.left,
    m = pa(t, n, e);
  for (let e = 0; e < a.batchSize; ++e)
    for (let t = 0; t < a.inChannels; ++t)
      for (let n = 0; n < a.outHeight; ++n) {
        const g = n * i - h;
        let b = g;
        for (; b < 0; ) b += l;
        const y = Math.min(a.inHeight, c + g);
        for (let i = 0; i < a.outWidth; ++i) {
          const c = i * u - f;
          let h = c;
          for (; h < 0; ) h += d;
          const k = Math.min(a.inWidth, p + c);
          let w = Number.NEGATIVE_INFINITY,
            I = -1;
          for (let n = b; n < y; n += l) {
            const o = n - g;
            for (let i = h; i < k; i += d) {
              const u = i - c,
                l = m.get(e, n, i, t);
              l > w &&
                ((w = l),
                (I = r
                  ? s
                    ? ((e * a.inHeight + n) * a.inWidth + i) * a.inChannels + t
                    : (n * a.inWidth + i) * a.inChannels + t
                  : o * p + u));
            }
          }
          o.set(I, e, n, i, t);
        }
      }
  return o;
}
function bu(e, t, n, a, r, s) {
  const o = r.strideDepth,
    i = r.strideHeight,
    u = r.strideWidth,
    l = r.dilationDepth,
    d = r.dilationHeight,
    c = r.dilationWidth,
    p = r.effectiveFilterDepth,
    h = r.effectiveFilterHeight,
    f = r.effectiveFilterWidth,
    m = r.padInfo.front,
    g = r.padInfo.top,
    b = r.padInfo.left,
    y = 'max' === s ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
    k = pa(r.outShape, n),
    w = k.values,
    I = r.outShape[1] * r.outShape[2] * r.outShape[3] * r.outShape[4],
    v = r.outShape[2] * r.outShape[3] * r.outShape[4],
    _ = r.outShape[3] * r.outShape[4],
    x = r.outShape[4];
  for (let t = 0; t < r.batchSize; ++t) {
    const n = t * I,
      k = t * a[0];
    for (let t = 0; t < r.inChannels; ++t)
      for (let I = 0; I < r.outDepth; ++I) {
        const M = I * o - m;
        let S = M;
        for (; S < 0; ) S += l;
        const N = Math.min(r.inDepth, p + M),
          A = n + I * v;
        for (let n = 0; n < r.outHeight; ++n) {
          const o = n * i - g;
          let p = o;
          for (; p < 0; ) p += d;
          const m = Math.min(r.inHeight, h + o),
            I = A + n * _;
          for (let n = 0; n < r.outWidth; ++n) {
            const o = n * u - b;
            let i = o;
            for (; i < 0; ) i += c;
            const h = Math.min(r.inWidth, f + o),
              g = I + n * x;
            let v = y,
              _ = 0,
              M = 0;
            for (let n = S; n < N; n += l) {
              const r = k + n * a[1];
              for (let n = p; n < m; n += d) {
                const o = r + n * a[2];
                for (let n = i; n < h; n += c) {
                  const r = e[o + n * a[3] + t];
                  if (('max' === s && r > v ? (v = r) : 'avg' === s && ((_ += r), M++), isNaN(v)))
                    break;
                }
                if (isNaN(v)) break;
              }
              if (isNaN(v)) break;
            }
            w[g + t] = 'avg' === s ? _ / Math.max(M, 1) : v;
          }
        }
      }
  }
  return k;
}
const yu = {
    kernelName: z,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t;
      mi(r, 'avgPool');
      const { filterSize: s, strides: o, pad: i, dimRoundingMode: u } = a;
      d(
        Ms(o, 1),
        () =>
          `Error in avgPool: Either strides or dilations must be 1. Got strides ${o} and dilations '1'`,
      );
      const l = ms(r.shape, s, o, 1, i, u);
      let c;
      if (1 === l.filterWidth && 1 === l.filterHeight && f(l.inShape, l.outShape))
        c = vi({ inputs: { x: r }, backend: n });
      else {
        const e = n.data.get(r.dataId).values,
          t = x(r.shape),
          a = mu(e, r.shape, r.dtype, t, l, 'avg');
        c = n.makeTensorInfo(l.outShape, r.dtype, a.values);
      }
      return c;
    },
  },
  ku = {
    kernelName: q,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { filterSize: s, strides: o, pad: i, dimRoundingMode: u, dataFormat: l } = a;
      mi(r, 'avgPool3d');
      const d = gs(r.shape, s, o, 1, i, u, l),
        c = bu(n.data.get(r.dataId).values, r.shape, r.dtype, x(r.shape), d, 'avg');
      return n.makeTensorInfo(c.shape, 'float32', c.values);
    },
  },
  wu = {
    kernelName: G,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { dy: r, input: s } = t,
        { filterSize: o, strides: i, pad: u, dimRoundingMode: l } = a;
      mi([r, s], 'avgPool3DGrad');
      const d = gs(s.shape, o, i, 1, u, l),
        c = d.strideDepth,
        p = d.strideHeight,
        h = d.strideWidth,
        f = d.filterDepth,
        m = d.filterHeight,
        g = d.filterWidth,
        b = d.dilationDepth,
        y = d.dilationHeight,
        k = d.dilationWidth,
        w = d.effectiveFilterDepth,
        I = d.effectiveFilterHeight,
        v = d.effectiveFilterWidth,
        _ = w - 1 - d.padInfo.front,
        x = v - 1 - d.padInfo.left,
        M = I - 1 - d.padInfo.top,
        S = pa(s.shape, 'float32'),
        N = 1 / (f * m * g),
        A = n.bufferSync(r);
      for (let e = 0; e < d.batchSize; ++e)
        for (let t = 0; t < d.inChannels; ++t)
          for (let n = 0; n < d.inDepth; ++n)
            for (let a = 0; a < d.inHeight; ++a)
              for (let r = 0; r < d.inWidth; ++r) {
                const s = n - _,
                  o = a - M,
                  i = r - x;
                let u = 0;
                for (let n = 0; n < w; n += b) {
                  const a = (s + n) / c;
                  if (!(a < 0 || a >= d.outDepth || Math.floor(a) !== a))
                    for (let n = 0; n < I; n += y) {
                      const r = (o + n) / p;
                      if (!(r < 0 || r >= d.outHeight || Math.floor(r) !== r))
                        for (let n = 0; n < v; n += k) {
                          const s = (i + n) / h;
                          s < 0 ||
                            s >= d.outWidth ||
                            Math.floor(s) !== s ||
                            (u += A.get(e, a, r, s, t));
                        }
                    }
                }
                S.set(u * N, e, n, a, r, t);
              }
      return n.makeTensorInfo(S.shape, S.dtype, S.values);
    },
  },
  Iu = {
    kernelName: U,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { dy: r, input: s } = t,
        o = s;
      mi([r, s], 'avgPoolGrad');
      const { filterSize: i, strides: u, pad: l } = a,
        d = ms(o.shape, i, u, 1, l),
        c = d.strideHeight,
        p = d.strideWidth,
        h = d.filterHeight,
        f = d.filterWidth,
        m = d.dilationHeight,
        g = d.dilationWidth,
        b = d.effectiveFilterHeight,
        y = d.effectiveFilterWidth,
        k = y - 1 - d.padInfo.left,
        w = b - 1 - d.padInfo.top,
        I = pa(o.shape, 'float32'),
        v = 1 / (h * f),
        _ = n.data.get(r.dataId).values,
        x = pa(r.shape, 'float32', _);
      for (let e = 0; e < d.batchSize; ++e)
        for (let t = 0; t < d.inChannels; ++t)
          for (let n = 0; n < d.inHeight; ++n)
            for (let a = 0; a < d.inWidth; ++a) {
              const r = n - w,
                s = a - k;
              let o = 0;
              for (let n = 0; n < b; n += m) {
                const a = (r + n) / c;
                if (!(a < 0 || a >= d.outHeight || Math.floor(a) !== a))
                  for (let n = 0; n < y; n += g) {
                    const r = (s + n) / p;
                    r < 0 || r >= d.outWidth || Math.floor(r) !== r || (o += x.get(e, a, r, t));
                  }
              }
              I.set(o * v, e, n, a, t);
            }
      return n.makeTensorInfo(I.shape, I.dtype, I.values);
    },
  },
  vu = {
    kernelName: ge,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, scale: s, offset: o, mean: i, variance: u } = t;
      d(
        i.shape.length === u.shape.length,
        () => 'Batch normalization gradient requires mean and variance to have equal ranks.',
      ),
        d(
          null == o || i.shape.length === o.shape.length,
          () => 'Batch normalization gradient requires mean and offset to have equal ranks.',
        ),
        d(
          null == s || i.shape.length === s.shape.length,
          () => 'Batch normalization gradient requires mean and scale to have equal ranks.',
        ),
        mi([r, i, u, s, o], 'batchNorm');
      let { varianceEpsilon: l } = a;
      null == l && (l = 0.001);
      const c = n.data.get(r.dataId).values,
        p = n.data.get(i.dataId).values,
        h = n.data.get(u.dataId).values,
        f = s ? n.data.get(s.dataId).values : new Float32Array([1]),
        m = o ? n.data.get(o.dataId).values : new Float32Array([0]),
        g = new Float32Array(c.length),
        b = m.length,
        y = f.length,
        k = h.length,
        w = p.length;
      let I = 0,
        v = 0,
        _ = 0,
        x = 0;
      for (let e = 0; e < c.length; ++e)
        (g[e] = m[I++] + ((c[e] - p[v++]) * f[_++]) / Math.sqrt(h[x++] + l)),
          I >= b && (I = 0),
          v >= w && (v = 0),
          _ >= y && (_ = 0),
          x >= k && (x = 0);
      return n.makeTensorInfo(r.shape, r.dtype, g);
    },
  };
function _u(e, t, n, a, r) {
  const s = pr(a, t, n),
    o = h(n),
    i = x(a);
  if (s) {
    const n = hr(t, i);
    return 'string' === r ? e.slice(n, n + o) : e.subarray(n, n + o);
  }
  const u = pa(a, r, 'string' === r ? eo(e) : e),
    l = pa(n, r);
  for (let e = 0; e < l.size; ++e) {
    const n = l.indexToLoc(e),
      a = n.map((e, n) => e + t[n]);
    l.set(u.get(...a), ...n);
  }
  return 'string' === r ? to(l.values) : l.values;
}
function xu(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { x: r } = t,
    { begin: s, size: o } = a;
  mi(r, 'slice');
  const [i, u] = fr(r, s, o);
  !((e, t, n) => {
    const a = e.shape.length;
    d(
      a === t.length,
      () => `Error in slice${a}D: Length of begin ${t} must match the rank of the array (${a}).`,
    ),
      d(
        a === n.length,
        () => `Error in slice${a}D: Length of size ${n} must match the rank of the array (${a}).`,
      );
    for (let r = 0; r < a; ++r)
      d(
        t[r] + n[r] <= e.shape[r],
        () =>
          `Error in slice${a}D: begin[${r}] + size[${r}] (${t[r] + n[r]}) would overflow input.shape[${r}] (${e.shape[r]})`,
      );
  })(r, i, u);
  const l = _u(n.data.get(r.dataId).values, i, u, r.shape, r.dtype);
  return n.makeTensorInfo(u, r.dtype, l);
}
const Mu = { kernelName: 'Slice', backendName: 'cpu', kernelFunc: xu },
  Su = {
    kernelName: V,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { blockShape: s, crops: o } = a;
      mi([r], 'batchToSpaceND');
      const i = s.reduce((e, t) => e * t),
        u = Fs(r.shape, s, i),
        l = Es(u.length, s.length),
        d = Ts(r.shape, s, i),
        c = Ds(o, s.length),
        p = $s(d, o, s.length),
        h = Ki({ inputs: { x: r }, backend: n, attrs: { shape: u } }),
        f = ru({ inputs: { x: h }, backend: n, attrs: { perm: l } }),
        m = Ki({ inputs: { x: f }, backend: n, attrs: { shape: d } }),
        g = xu({ inputs: { x: m }, backend: n, attrs: { begin: c, size: p } });
      return (
        n.disposeIntermediateTensorInfo(h),
        n.disposeIntermediateTensorInfo(f),
        n.disposeIntermediateTensorInfo(m),
        g
      );
    },
  };
function Nu(e, t, n, a, r) {
  const s = h(a),
    o = A(r, n);
  for (let n = 0; n < e.length; n++) {
    const a = e[n];
    if (a < 0) throw new Error('Input x must be non-negative!');
    a >= r || (o[a] += s > 0 ? t[n] : 1);
  }
  return o;
}
const Au = {
    kernelName: K,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, weights: s } = t,
        { size: o } = a,
        i = Nu(n.data.get(r.dataId).values, n.data.get(s.dataId).values, s.dtype, s.shape, o);
      return n.makeTensorInfo([o], s.dtype, i);
    },
  },
  Fu = {
    kernelName: J,
    backendName: 'cpu',
    kernelFunc: qi(
      J,
      Si((e, t) => e & t),
    ),
  },
  Eu = {
    kernelName: Q,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { s0: a, s1: r } = t,
        s = n.data.get(a.dataId).values,
        o = n.data.get(r.dataId).values,
        i = Ja(Array.from(s), Array.from(o));
      return n.makeTensorInfo([i.length], 'int32', Int32Array.from(i));
    },
  },
  Tu = {
    kernelName: 'Ceil',
    backendName: 'cpu',
    kernelFunc: ki(
      'Ceil',
      bi((e) => Math.ceil(e)),
    ),
  },
  Du = yi(Z, (e, t) => {
    const n = t;
    return e > n.clipValueMax ? n.clipValueMax : e < n.clipValueMin ? n.clipValueMin : e;
  }),
  $u = { kernelName: Z, backendName: 'cpu', kernelFunc: Du },
  Ru = {
    kernelName: Y,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { x: t } = e.inputs,
        n = e.backend,
        a = new Float32Array(h(t.shape)),
        r = n.data.get(t.dataId),
        s = r.complexTensorInfos.real,
        o = r.complexTensorInfos.imag,
        i = n.data.get(s.dataId).values,
        u = n.data.get(o.dataId).values;
      for (let e = 0; e < i.length; e++) {
        const t = i[e],
          n = u[e];
        a[e] = Math.hypot(t, n);
      }
      return n.makeOutput(a, t.shape, 'float32');
    },
  };
function Cu(e, t, n, a) {
  const r = k(n, h(t));
  if (a && 'string' !== n) {
    let t = 0;
    e.forEach((e) => {
      const n = h(e.shape);
      r.set(e.vals, t), (t += n);
    });
  } else {
    let a = 0;
    e.forEach((e) => {
      const s = 'string' === n ? eo(e.vals) : e.vals;
      let o = 0;
      for (let n = 0; n < e.shape[0]; ++n) {
        const i = n * t[1] + a;
        for (let t = 0; t < e.shape[1]; ++t) r[i + t] = s[o++];
      }
      a += e.shape[1];
    });
  }
  return r;
}
function Wu(e) {
  const { inputs: t, backend: n } = e,
    { input: a } = t,
    r = n.data.get(a.dataId).complexTensorInfos.imag,
    s = n.data.get(r.dataId).values;
  return n.makeTensorInfo(r.shape, r.dtype, s);
}
const Ou = { kernelName: 'Imag', backendName: 'cpu', kernelFunc: Wu };
function Pu(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { axis: r } = a,
    s = b(r, t[0].shape)[0];
  ps(
    t.map((e) => e.shape),
    s,
  );
  let o = hs(
    t.map((e) => e.shape),
    s,
  );
  if (0 === h(o)) return n.makeTensorInfo(o, t[0].dtype, []);
  const i = t.filter((e) => h(e.shape) > 0);
  if (1 === i.length) return vi({ inputs: { x: i[0] }, backend: n });
  if ('complex64' === i[0].dtype) {
    const e = i.map((e) => Hi({ inputs: { input: e }, backend: n })),
      t = i.map((e) => Wu({ inputs: { input: e }, backend: n })),
      a = Pu({ inputs: e, backend: n, attrs: { axis: s } }),
      r = Pu({ inputs: t, backend: n, attrs: { axis: s } }),
      o = Oi({ inputs: { real: a, imag: r }, backend: n });
    return (
      e.forEach((e) => n.disposeIntermediateTensorInfo(e)),
      t.forEach((e) => n.disposeIntermediateTensorInfo(e)),
      n.disposeIntermediateTensorInfo(a),
      n.disposeIntermediateTensorInfo(r),
      o
    );
  }
  const u = i.map((e) => {
      const t = h(e.shape.slice(s));
      return Ki({ inputs: { x: e }, backend: n, attrs: { shape: [-1, t] } });
    }),
    l = u.map((e) => ({ vals: n.data.get(e.dataId).values, shape: e.shape }));
  o = hs(
    u.map((e) => e.shape),
    1,
  );
  const d = 1 === u[0].shape[0],
    c = Cu(l, o, t[0].dtype, d),
    p = hs(
      i.map((e) => e.shape),
      s,
    ),
    f = n.makeTensorInfo(p, t[0].dtype, c);
  return (u.forEach((e) => n.disposeIntermediateTensorInfo(e)), f);
}
const Bu = { kernelName: 'Concat', backendName: 'cpu', kernelFunc: Pu };
function Hu(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { x: r, filter: s } = t,
    { strides: o, pad: i, dataFormat: u, dilations: l, dimRoundingMode: d } = a;
  mi([r, s], 'conv2d');
  const c = Ss(u),
    p = bs(r.shape, s.shape, o, l, i, d, !1, c),
    h = p.filterHeight,
    f = p.filterWidth,
    m = p.dilationHeight,
    g = p.dilationWidth,
    b = p.padInfo.left,
    y = p.padInfo.top,
    k = 'channelsLast' === p.dataFormat,
    w = new ln(p.outShape, r.dtype),
    I = x(r.shape),
    v = x(s.shape),
    _ = I[0],
    M = k ? I[1] : I[2],
    S = k ? I[2] : 1,
    N = k ? 1 : I[1],
    A = w.strides[0],
    F = k ? w.strides[1] : w.strides[2],
    E = k ? w.strides[2] : 1,
    T = k ? 1 : w.strides[1],
    D = n.data.get(r.dataId).values,
    $ = n.data.get(s.dataId).values,
    R = w.values;
  for (let e = 0; e < p.batchSize; ++e) {
    const t = e * _,
      n = e * A;
    for (let e = 0; e < p.outHeight; ++e) {
      const a = n + e * F,
        r = e * p.strideHeight - y;
      for (let e = 0; e < h; ++e) {
        const n = r + e * m;
        if (n < 0 || n >= p.inHeight) continue;
        const s = e * v[0],
          o = t + n * M;
        for (let e = 0; e < p.outWidth; ++e) {
          const t = a + e * E,
            n = e * p.strideWidth - b;
          for (let e = 0; e < f; ++e) {
            const a = n + e * g;
            if (a < 0 || a >= p.inWidth) continue;
            const r = o + a * S;
            let i = s + e * v[1];
            for (let e = 0; e < p.inChannels; ++e) {
              const n = D[r + e * N];
              for (let e = 0; e < p.outChannels; ++e) R[t + e * T] += n * $[i + e];
              i += p.outChannels;
            }
          }
        }
      }
    }
  }
  return n.makeTensorInfo(w.shape, w.dtype, R);
}
const Lu = { kernelName: 'Conv2D', backendName: 'cpu', kernelFunc: Hu },
  zu = {
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, dy: s } = t,
        { strides: o, pad: i, dataFormat: u, dimRoundingMode: l, filterShape: d } = a;
      mi([r, s], 'conv2dBackpropFilter');
      const c = Ss(u),
        p = bs(r.shape, d, o, 1, i, l, !1, c),
        { strideHeight: h, strideWidth: f, filterHeight: m, filterWidth: g } = p,
        b = 'channelsLast' === p.dataFormat,
        y = new ln(p.filterShape, 'float32'),
        k = p.padInfo.left,
        w = p.padInfo.top,
        I = n.data.get(r.dataId).values,
        v = n.data.get(s.dataId).values,
        _ = new ln(r.shape, r.dtype, I),
        x = new ln(s.shape, s.dtype, v);
      for (let e = 0; e < m; ++e) {
        const t = Math.max(0, Math.ceil((w - e) / h)),
          n = Math.min(p.outHeight, (p.inHeight + w - e) / h);
        for (let a = 0; a < g; ++a) {
          const r = Math.max(0, Math.ceil((k - a) / f)),
            s = Math.min(p.outWidth, (p.inWidth + k - a) / f);
          for (let o = 0; o < p.inChannels; ++o)
            for (let i = 0; i < p.outChannels; ++i) {
              let u = 0;
              for (let l = 0; l < p.batchSize; ++l)
                for (let d = t; d < n; ++d) {
                  const t = e + d * h - w;
                  for (let e = r; e < s; ++e) {
                    const n = a + e * f - k;
                    u += b
                      ? _.get(l, t, n, o) * x.get(l, d, e, i)
                      : _.get(l, o, t, n) * x.get(l, i, d, e);
                  }
                }
              y.set(u, e, a, o, i);
            }
        }
      }
      return n.makeTensorInfo(y.shape, y.dtype, y.values);
    },
  },
  Uu = {
    kernelName: ee,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { dy: r, filter: s } = t,
        { inputShape: o, strides: i, pad: u, dataFormat: l, dimRoundingMode: d } = a;
      mi([r, s], 'conv2dBackpropInput');
      const c = x(s.shape),
        p = x(r.shape);
      let h = Ss(l);
      const f = bs(o, s.shape, i, 1, u, d, !1, h),
        m = new ln(f.inShape, 'float32'),
        g = m.values,
        b = n.data.get(r.dataId).values,
        y = n.data.get(s.dataId).values,
        [k, w, I] = c,
        {
          batchSize: v,
          filterHeight: _,
          filterWidth: M,
          inChannels: S,
          inHeight: N,
          inWidth: A,
          outChannels: F,
          outHeight: E,
          outWidth: T,
          strideHeight: D,
          strideWidth: $,
        } = f;
      h = f.dataFormat;
      const R = _ - 1 - f.padInfo.top,
        C = M - 1 - f.padInfo.left,
        W = 'channelsLast' === h,
        O = m.strides[0],
        P = W ? m.strides[1] : m.strides[2],
        B = W ? m.strides[2] : 1,
        H = W ? 1 : m.strides[1],
        L = p[0],
        z = W ? p[1] : p[2],
        U = W ? p[2] : 1,
        q = W ? 1 : p[1];
      for (let e = 0; e < v; ++e)
        for (let t = 0; t < S; ++t)
          for (let n = 0; n < N; ++n) {
            const a = n - R,
              r = Math.max(0, Math.ceil(a / D)),
              s = Math.min(E, (_ + a) / D);
            for (let o = 0; o < A; ++o) {
              const i = o - C,
                u = Math.max(0, Math.ceil(i / $)),
                l = Math.min(T, (M + i) / $);
              let d = 0;
              for (let n = r; n < s; ++n) {
                const r = n * D - a;
                for (let a = u; a < l; ++a) {
                  const s = L * e + z * n + U * a,
                    o = k * (_ - 1 - r) + w * (M - 1 - (a * $ - i)) + I * t;
                  for (let e = 0; e < F; ++e) d += b[s + q * e] * y[o + e];
                }
              }
              g[O * e + P * n + B * o + H * t] = d;
            }
          }
      return n.makeTensorInfo(m.shape, m.dtype, m.values);
    },
  },
  qu = {
    kernelName: 'Conv3D',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, filter: s } = t,
        { strides: o, pad: i, dilations: u } = a;
      mi([r, s], 'conv3d');
      const l = ys(r.shape, s.shape, o, u, i),
        {
          filterDepth: d,
          filterHeight: c,
          filterWidth: p,
          dilationDepth: h,
          dilationHeight: f,
          dilationWidth: m,
          padInfo: g,
        } = l,
        b = g.front,
        y = g.left,
        k = g.top,
        w = new ln(l.outShape, r.dtype),
        I = n.data.get(r.dataId).values,
        v = n.data.get(s.dataId).values,
        _ = w.values,
        M = x(r.shape),
        S = x(s.shape);
      for (let e = 0; e < l.batchSize; ++e) {
        const t = e * M[0],
          n = e * w.strides[0];
        for (let e = 0; e < l.outDepth; ++e) {
          const a = n + e * w.strides[1],
            r = e * l.strideDepth - b;
          for (let e = 0; e < d; ++e) {
            const n = r + e * h;
            if (n < 0 || n >= l.inDepth) continue;
            const s = e * S[0],
              o = t + n * M[1];
            for (let e = 0; e < l.outHeight; ++e) {
              const t = a + e * w.strides[2],
                n = e * l.strideHeight - k;
              for (let e = 0; e < c; ++e) {
                const a = n + e * f;
                if (a < 0 || a >= l.inHeight) continue;
                const r = s + e * S[1],
                  i = o + a * M[2];
                for (let e = 0; e < l.outWidth; ++e) {
                  const n = t + e * l.outChannels,
                    a = e * l.strideWidth - y;
                  for (let e = 0; e < p; ++e) {
                    const t = a + e * m;
                    if (t < 0 || t >= l.inWidth) continue;
                    const s = r + e * S[2],
                      o = i + t * l.inChannels;
                    let u = s;
                    for (let e = 0; e < l.inChannels; ++e) {
                      const t = I[o + e];
                      for (let e = 0; e < l.outChannels; ++e) _[n + e] += t * v[u + e];
                      u += l.outChannels;
                    }
                  }
                }
              }
            }
          }
        }
      }
      return n.makeTensorInfo(w.shape, w.dtype, w.values);
    },
  },
  Gu = {
    kernelName: te,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, dy: s } = t,
        { strides: o, pad: i, filterShape: u } = a;
      mi([r, s], 'conv3dBackpropFilterV2');
      const l = x(r.shape),
        d = x(s.shape),
        c = ys(r.shape, u, o, 1, i),
        p = c.strideDepth,
        h = c.strideHeight,
        f = c.strideWidth,
        m = c.filterDepth,
        g = c.filterHeight,
        b = c.filterWidth,
        y = new ln(c.filterShape, 'float32'),
        k = y.values,
        [w, I, v, _] = y.strides,
        M = n.data.get(s.dataId).values,
        [S, N, A, F] = d,
        E = n.data.get(r.dataId).values,
        [T, D, $, R] = l,
        C = c.padInfo.front,
        W = c.padInfo.left,
        O = c.padInfo.top;
      for (let e = 0; e < m; ++e) {
        const t = Math.max(0, Math.ceil((C - e) / p)),
          n = Math.min(c.outDepth, (c.inDepth + C - e) / p),
          a = e * w;
        for (let r = 0; r < g; ++r) {
          const s = Math.max(0, Math.ceil((O - r) / h)),
            o = Math.min(c.outHeight, (c.inHeight + O - r) / h),
            i = r * I + a;
          for (let a = 0; a < b; ++a) {
            const u = Math.max(0, Math.ceil((W - a) / f)),
              l = Math.min(c.outWidth, (c.inWidth + W - a) / f),
              d = a * v + i;
            for (let i = 0; i < c.inChannels; ++i) {
              const m = i * _ + d;
              for (let d = 0; d < c.outChannels; ++d) {
                let g = 0;
                for (let m = 0; m < c.batchSize; ++m) {
                  const c = m * T,
                    b = m * S;
                  for (let m = t; m < n; ++m) {
                    const t = (e + m * p - C) * D + c,
                      n = m * N + b;
                    for (let e = s; e < o; ++e) {
                      const s = (r + e * h - O) * $ + t,
                        o = e * A + n;
                      for (let e = u; e < l; ++e) {
                        const t = e * F + o;
                        g += E[(a + e * f - W) * R + s + i] * M[t + d];
                      }
                    }
                  }
                }
                k[m + d] = g;
              }
            }
          }
        }
      }
      return n.makeTensorInfo(y.shape, y.dtype, y.values);
    },
  },
  ju = {
    kernelName: ne,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { dy: r, filter: s } = t,
        { pad: o, strides: i, inputShape: u } = a;
      mi([r], 'conv3dBackpropInputV2');
      const l = x(r.shape),
        d = x(s.shape),
        c = ys(u, s.shape, i, 1, o),
        p = new ln(c.inShape, 'float32'),
        h = p.values,
        [f, m, g, b] = p.strides,
        y = n.data.get(r.dataId).values,
        [k, w, I, v] = l,
        _ = n.data.get(s.dataId).values,
        [M, S, N, A] = d,
        {
          batchSize: F,
          filterDepth: E,
          filterHeight: T,
          filterWidth: D,
          inChannels: $,
          inDepth: R,
          inHeight: C,
          inWidth: W,
          outChannels: O,
          outDepth: P,
          outHeight: B,
          outWidth: H,
          strideDepth: L,
          strideHeight: z,
          strideWidth: U,
        } = c,
        q = E - 1 - c.padInfo.front,
        G = T - 1 - c.padInfo.top,
        j = D - 1 - c.padInfo.left;
      for (let e = 0; e < F; ++e)
        for (let t = 0; t < $; ++t)
          for (let n = 0; n < R; ++n) {
            const a = n - q,
              r = Math.max(0, Math.ceil(a / L)),
              s = Math.min(P, (E + a) / L);
            for (let o = 0; o < C; ++o) {
              const i = o - G,
                u = Math.max(0, Math.ceil(i / z)),
                l = Math.min(B, (T + i) / z);
              for (let d = 0; d < W; ++d) {
                const c = d - j,
                  p = Math.max(0, Math.ceil(c / U)),
                  x = Math.min(H, (D + c) / U);
                let F = 0;
                for (let n = r; n < s; ++n) {
                  const r = n * L - a;
                  for (let a = u; a < l; ++a) {
                    const s = a * z - i;
                    for (let o = p; o < x; ++o) {
                      const i = k * e + w * n + I * a + v * o,
                        u = M * (E - 1 - r) + S * (T - 1 - s) + N * (D - 1 - (o * U - c)) + A * t;
                      for (let e = 0; e < O; ++e) F += y[i + e] * _[u + e];
                    }
                  }
                }
                h[f * e + m * n + g * o + b * d + t] = F;
              }
            }
          }
      return n.makeTensorInfo(p.shape, p.dtype, p.values);
    },
  },
  Vu = { kernelName: 'Cos', backendName: 'cpu', kernelFunc: yi('Cos', (e) => Math.cos(e)) },
  Ku = { kernelName: 'Cosh', backendName: 'cpu', kernelFunc: yi('Cosh', (e) => Math.cosh(e)) },
  Ju = {
    kernelName: re,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { image: r, boxes: s, boxInd: o } = t,
        { cropSize: i, method: u, extrapolationValue: l } = a,
        [d, c, p, h] = r.shape,
        f = s.shape[0],
        [m, g] = i,
        b = pa([f, m, g, h], 'float32'),
        y = n.data.get(s.dataId).values,
        k = n.data.get(o.dataId).values,
        w = n.data.get(r.dataId).values,
        I = x(r.shape),
        v = x(b.shape);
      for (let e = 0; e < f; e++) {
        const t = 4 * e,
          n = y[t],
          a = y[t + 1],
          r = y[t + 2],
          s = y[t + 3],
          o = k[e];
        if (o >= d) continue;
        const i = m > 1 ? ((r - n) * (c - 1)) / (m - 1) : 0,
          f = g > 1 ? ((s - a) * (p - 1)) / (g - 1) : 0;
        for (let t = 0; t < m; t++) {
          const d = m > 1 ? n * (c - 1) + t * i : 0.5 * (n + r) * (c - 1);
          if (d < 0 || d > c - 1)
            for (let n = 0; n < g; n++)
              for (let a = 0; a < h; a++) {
                const r = a + n * v[2] + t * v[1] + e * v[0];
                b.values[r] = l;
              }
          else if ('bilinear' === u) {
            const n = Math.floor(d),
              r = Math.ceil(d),
              i = d - n;
            for (let u = 0; u < g; u++) {
              const d = g > 1 ? a * (p - 1) + u * f : 0.5 * (a + s) * (p - 1);
              if (d < 0 || d > p - 1) {
                for (let n = 0; n < h; n++) {
                  const a = n + u * v[2] + t * v[1] + e * v[0];
                  b.values[a] = l;
                }
                continue;
              }
              const c = Math.floor(d),
                m = Math.ceil(d),
                y = d - c;
              for (let a = 0; a < h; a++) {
                let s = a + c * I[2] + n * I[1] + o * I[0];
                const l = w[s];
                s = a + m * I[2] + n * I[1] + o * I[0];
                const d = w[s];
                s = a + c * I[2] + r * I[1] + o * I[0];
                const p = w[s];
                s = a + m * I[2] + r * I[1] + o * I[0];
                const h = l + (d - l) * y,
                  f = p + (w[s] - p) * y;
                (s = a + u * v[2] + t * v[1] + e * v[0]), (b.values[s] = h + (f - h) * i);
              }
            }
          } else
            for (let n = 0; n < g; ++n) {
              const r = g > 1 ? a * (p - 1) + n * f : 0.5 * (a + s) * (p - 1);
              if (r < 0 || r > p - 1) {
                for (let a = 0; a < h; a++) {
                  const r = a + n * v[2] + t * v[1] + e * v[0];
                  b.values[r] = l;
                }
                continue;
              }
              const i = Math.round(r),
                u = Math.round(d);
              for (let a = 0; a < h; a++) {
                const r = a + i * I[2] + u * I[1] + o * I[0],
                  s = a + n * v[2] + t * v[1] + e * v[0];
                b.values[s] = w[r];
              }
            }
        }
      }
      return n.makeTensorInfo(b.shape, b.dtype, b.values);
    },
  },
  Qu = {
    kernelName: ae,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { axis: s, exclusive: o, reverse: i } = a;
      mi(r, 'cumprod');
      const u = ls([s], r.shape.length);
      let l = r;
      null != u && (l = ru({ inputs: { x: r }, backend: n, attrs: { perm: u } }));
      const d = cs(1, r.shape.length)[0];
      if (d !== l.shape.length - 1)
        throw new Error(
          `backend.cumprod in CPU expects an inner-most axis=${l.shape.length - 1} but got axis=${d}`,
        );
      const c = vn(l.dtype, 'int32'),
        p = N(h(l.shape), c),
        f = n.data.get(l.dataId).values,
        m = l.shape[l.shape.length - 1],
        g = i ? (e, t) => e + m - t - 1 : (e, t) => e + t;
      for (let e = 0; e < f.length; e += m)
        for (let t = 0; t < m; t++) {
          const n = g(e, t);
          if (0 === t) p[n] = o ? 1 : f[n];
          else {
            const a = g(e, t - 1);
            p[n] = o ? f[a] * p[a] : f[n] * p[a];
          }
        }
      const b = n.makeTensorInfo(l.shape, c, p);
      if (null != u) {
        const e = ru({ inputs: { x: b }, backend: n, attrs: { perm: ds(u) } });
        return (n.disposeIntermediateTensorInfo(b), n.disposeIntermediateTensorInfo(l), e);
      }
      return b;
    },
  },
  Zu = {
    kernelName: 'Cumsum',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { axis: s, exclusive: o, reverse: i } = a;
      mi(r, 'cumsum');
      const u = ls([s], r.shape.length);
      let l = r;
      null != u && (l = ru({ inputs: { x: r }, backend: n, attrs: { perm: u } }));
      const d = cs(1, r.shape.length)[0];
      if (d !== l.shape.length - 1)
        throw new Error(
          `backend.cumsum in CPU expects an inner-most axis=${l.shape.length - 1} but got axis=${d}`,
        );
      const c = vn(l.dtype, 'int32'),
        p = A(h(l.shape), c),
        f = n.data.get(l.dataId).values,
        m = l.shape[l.shape.length - 1],
        g = i ? (e, t) => e + m - t - 1 : (e, t) => e + t;
      for (let e = 0; e < f.length; e += m)
        for (let t = 0; t < m; t++) {
          const n = g(e, t);
          if (0 === t) p[n] = o ? 0 : f[n];
          else {
            const a = g(e, t - 1);
            p[n] = o ? f[a] + p[a] : f[n] + p[a];
          }
        }
      const b = n.makeTensorInfo(l.shape, c, p);
      if (null != u) {
        const e = ru({ inputs: { x: b }, backend: n, attrs: { perm: ds(u) } });
        return (n.disposeIntermediateTensorInfo(b), n.disposeIntermediateTensorInfo(l), e);
      }
      return b;
    },
  },
  Xu = {
    kernelName: se,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, weights: s } = t,
        { size: o, binaryOutput: i } = a;
      if (1 === r.shape.length) {
        const e = Nu(n.data.get(r.dataId).values, n.data.get(s.dataId).values, s.dtype, s.shape, o);
        return n.makeTensorInfo([o], s.dtype, e);
      }
      if (2 === r.shape.length) {
        const e = ((e, t, n, a = !1) => {
          const r = e.shape[0],
            s = e.shape[1],
            o = pa([r, n], t.dtype);
          for (let i = 0; i < r; i++)
            for (let r = 0; r < s; r++) {
              const s = e.get(i, r);
              if (s < 0) throw new Error('Input x must be non-negative!');
              s >= n ||
                (a
                  ? o.set(1, i, s)
                  : t.size > 0
                    ? o.set(o.get(i, s) + t.get(i, r), i, s)
                    : o.set(o.get(i, s) + 1, i, s));
            }
          return o;
        })(n.bufferSync(r), n.bufferSync(s), o, i);
        return n.makeTensorInfo(e.shape, s.dtype, e.values);
      }
      throw new Error(
        `Error in denseBincount: input must be at most rank 2, but got rank${r.shape.length}.`,
      );
    },
  },
  Yu = {
    kernelName: oe,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { blockSize: s, dataFormat: o } = a;
      d('NHWC' === o, () => `Only NHWC dataFormat supported on CPU for depthToSpace. Got ${o}`);
      const i = r.shape[0],
        u = r.shape[1],
        l = r.shape[2],
        c = r.shape[3],
        p = u * s,
        h = l * s,
        f = c / (s * s),
        m = n.data.get(r.dataId).values,
        g = new Float32Array(i * p * h * f);
      let b = 0;
      for (let e = 0; e < i; ++e)
        for (let t = 0; t < p; ++t) {
          const n = Math.floor(t / s),
            a = t % s;
          for (let t = 0; t < h; ++t) {
            const r = Math.floor(t / s),
              o = (a * s + (t % s)) * f;
            for (let t = 0; t < f; ++t) {
              const a = t + o + c * (r + l * (n + u * e));
              g[b++] = m[a];
            }
          }
        }
      return n.makeTensorInfo([i, p, h, f], r.dtype, g);
    },
  };
function el(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { x: r, filter: s } = t,
    { strides: o, pad: i, dilations: u, dimRoundingMode: l } = a;
  mi([r, s], 'depthwiseConv2DNative');
  const c = x(r.shape),
    p = x(s.shape);
  let h = u;
  null == h && (h = [1, 1]),
    d(
      Ms(o, h),
      () =>
        `Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${o} and dilations '${h}'`,
    );
  const f = bs(r.shape, s.shape, o, h, i, l, !0),
    { filterHeight: m, filterWidth: g, dilationHeight: b, dilationWidth: y, padInfo: k } = f,
    w = k.left,
    I = k.top,
    v = f.outChannels / f.inChannels,
    _ = new ln(f.outShape, r.dtype),
    M = n.data.get(r.dataId).values,
    S = n.data.get(s.dataId).values,
    N = _.values;
  for (let e = 0; e < f.batchSize; ++e) {
    const t = e * c[0],
      n = e * _.strides[0];
    for (let e = 0; e < f.outHeight; ++e) {
      const a = n + e * _.strides[1],
        r = e * f.strideHeight - I;
      for (let e = 0; e < m; ++e) {
        const n = r + e * b;
        if (n < 0 || n >= f.inHeight) continue;
        const s = e * p[0],
          o = t + n * c[1];
        for (let e = 0; e < f.outWidth; ++e) {
          const t = a + e * _.strides[2],
            n = e * f.strideWidth - w;
          for (let e = 0; e < g; ++e) {
            const a = n + e * y;
            if (a < 0 || a >= f.inWidth) continue;
            const r = s + e * p[1],
              i = o + a * f.inChannels;
            let u = t,
              l = r;
            for (let e = 0; e < f.inChannels; ++e) {
              const t = M[i + e];
              for (let e = 0; e < v; ++e) N[u + e] += t * S[l + e];
              (u += v), (l += v);
            }
          }
        }
      }
    }
  }
  return n.makeTensorInfo(_.shape, _.dtype, _.values);
}
const tl = { kernelName: ie, backendName: 'cpu', kernelFunc: el },
  nl = {
    kernelName: 'DepthwiseConv2dNativeBackpropFilter',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, dy: s } = t,
        { strides: o, dilations: i, pad: u, dimRoundingMode: l, filterShape: d } = a;
      mi([r, s], 'depthwiseConv2dNativeBackpropFilter');
      const c = bs(r.shape, d, o, i, u, l, !0),
        { strideHeight: p, strideWidth: h, filterHeight: f, filterWidth: m } = c,
        g = new ln(c.filterShape, 'float32'),
        b = c.padInfo.left,
        y = c.padInfo.top,
        k = c.outChannels / c.inChannels,
        w = n.data.get(r.dataId).values,
        I = new ln(r.shape, r.dtype, w),
        v = n.data.get(s.dataId).values,
        _ = new ln(s.shape, s.dtype, v);
      for (let e = 0; e < f; ++e) {
        const t = Math.max(0, Math.ceil((y - e) / p)),
          n = Math.min(c.outHeight, (c.inHeight + y - e) / p);
        for (let a = 0; a < m; ++a) {
          const r = Math.max(0, Math.ceil((b - a) / h)),
            s = Math.min(c.outWidth, (c.inWidth + b - a) / h);
          for (let o = 0; o < c.outChannels; ++o) {
            const i = Math.trunc(o / k),
              u = o % k;
            let l = 0;
            for (let u = 0; u < c.batchSize; ++u)
              for (let d = t; d < n; ++d) {
                const t = e + d * p - y;
                for (let e = r; e < s; ++e) {
                  const n = a + e * h - b;
                  l += I.get(u, t, n, i) * _.get(u, d, e, o);
                }
              }
            g.set(l, e, a, i, u);
          }
        }
      }
      return n.makeTensorInfo(g.shape, g.dtype, g.values);
    },
  },
  al = {
    kernelName: 'DepthwiseConv2dNativeBackpropInput',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { dy: r, filter: s } = t,
        { strides: o, dilations: i, pad: u, dimRoundingMode: l, inputShape: d } = a;
      mi([r, s], 'depthwiseConv2DNativeBackpropInput');
      const c = x(r.shape),
        p = x(s.shape),
        h = bs(d, s.shape, o, i, u, l, !0),
        f = new ln(h.inShape, 'float32'),
        m = f.values,
        [g, b, y] = f.strides,
        k = n.data.get(r.dataId).values,
        [w, I, v] = c,
        _ = n.data.get(s.dataId).values,
        [M, S, N] = p,
        {
          batchSize: A,
          filterHeight: F,
          filterWidth: E,
          inChannels: T,
          inHeight: D,
          inWidth: $,
          outChannels: R,
          outHeight: C,
          outWidth: W,
          strideHeight: O,
          strideWidth: P,
        } = h,
        B = F - 1 - h.padInfo.top,
        H = E - 1 - h.padInfo.left,
        L = R / T;
      for (let e = 0; e < A; ++e)
        for (let t = 0; t < T; ++t)
          for (let n = 0; n < D; ++n) {
            const a = n - B,
              r = Math.max(0, Math.ceil(a / O)),
              s = Math.min(C, (F + a) / O);
            for (let o = 0; o < $; ++o) {
              const i = o - H,
                u = Math.max(0, Math.ceil(i / P)),
                l = Math.min(W, (E + i) / P);
              let d = 0;
              for (let n = r; n < s; ++n) {
                const r = n * O - a;
                for (let a = u; a < l; ++a) {
                  const s = w * e + I * n + v * a,
                    o = M * (F - 1 - r) + S * (E - 1 - (a * P - i)) + N * t;
                  for (let e = 0; e < L; ++e) d += k[s + (t * L + e)] * _[o + e];
                }
              }
              m[g * e + b * n + y * o + t] = d;
            }
          }
      return n.makeTensorInfo(f.shape, f.dtype, f.values);
    },
  },
  rl = {
    kernelName: 'Diag',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { x: a } = t,
        r = h(a.shape),
        s = n.data.get(a.dataId).values,
        o = pa([r, r], a.dtype),
        i = o.values;
      for (let e = 0; e < s.length; e++) i[e * r + e] = s[e];
      const u = [...a.shape, ...a.shape];
      return n.makeTensorInfo(u, o.dtype, o.values);
    },
  },
  sl = {
    kernelName: ue,
    backendName: 'cpu',
    kernelFunc: ({ inputs: e, backend: t, attrs: n }) => {
      const { x: a, filter: r } = e,
        { strides: s, pad: o, dilations: i } = n,
        u = t,
        l = u.data.get(a.dataId).values,
        d = a.shape.length,
        c = u.data.get(r.dataId).values,
        p = r.shape.length,
        {
          batchSize: f,
          inHeight: m,
          inWidth: g,
          inChannels: b,
          outHeight: y,
          outWidth: w,
          padInfo: I,
          strideHeight: v,
          strideWidth: _,
          filterHeight: M,
          filterWidth: S,
          dilationHeight: N,
          dilationWidth: A,
          outShape: F,
        } = fs(a.shape, r.shape, s, o, 'NHWC', i),
        E = h(F),
        D = F.length,
        $ = k(a.dtype, E);
      for (let e = 0; e < f; ++e)
        for (let t = 0; t < y; ++t) {
          const n = t * v - I.top;
          for (let s = 0; s < w; ++s) {
            const o = s * _ - I.left;
            for (let i = 0; i < b; ++i) {
              let u = Number.MIN_SAFE_INTEGER;
              for (let t = 0; t < M; ++t) {
                const s = n + t * N;
                if (s >= 0 && s < m)
                  for (let n = 0; n < S; ++n) {
                    const h = o + n * A;
                    if (h >= 0 && h < g) {
                      const o = T([e, s, h, i], d, x(a.shape)),
                        f = T([t, n, i], p, x(r.shape)),
                        m = l[o] + c[f];
                      m > u && (u = m);
                    }
                  }
              }
              $[T([e, t, s, i], D, x(F))] = u;
            }
          }
        }
      return { dataId: u.write(Kt($, a.dtype), F, a.dtype), shape: F, dtype: a.dtype };
    },
  },
  ol = {
    kernelName: de,
    backendName: 'cpu',
    kernelFunc: ({ inputs: e, backend: t, attrs: n }) => {
      const { x: a, filter: r, dy: s } = e,
        { strides: o, pad: i, dilations: u } = n,
        l = t,
        c = S(a.shape, l.data.get(a.dataId).values),
        p = S(r.shape, l.data.get(r.dataId).values),
        {
          batchSize: h,
          inHeight: f,
          inWidth: m,
          inChannels: g,
          outHeight: b,
          outWidth: y,
          padInfo: k,
          strideHeight: w,
          strideWidth: I,
          filterHeight: v,
          filterWidth: _,
          dilationHeight: x,
          dilationWidth: M,
          outShape: N,
        } = fs(a.shape, r.shape, o, i, 'NHWC', u);
      d(
        s.rank === N.length,
        () => `Error in ${de}, dy must have the same rank as output ${N.length}, but got ${s.rank}`,
      );
      const A = S(N, l.data.get(s.dataId).values),
        E = F(r.shape, r.dtype);
      for (let e = 0; e < h; ++e)
        for (let t = 0; t < b; ++t) {
          const n = t * w - k.top;
          for (let a = 0; a < y; ++a) {
            const r = a * I - k.left;
            for (let s = 0; s < g; ++s) {
              let o = Number.MIN_SAFE_INTEGER,
                i = 0,
                u = 0;
              for (let t = 0; t < v; ++t) {
                const a = n + t * x;
                if (a >= 0 && a < f)
                  for (let n = 0; n < _; ++n) {
                    const l = r + n * M;
                    if (l >= 0 && l < m) {
                      const r = c[e][a][l][s] + p[t][n][s];
                      r > o && ((o = r), (i = t), (u = n));
                    }
                  }
              }
              E[i][u][s] += A[e][t][a][s];
            }
          }
        }
      return { dataId: l.write(Kt(E, a.dtype), r.shape, r.dtype), shape: r.shape, dtype: r.dtype };
    },
  },
  il = {
    kernelName: le,
    backendName: 'cpu',
    kernelFunc: ({ inputs: e, backend: t, attrs: n }) => {
      const { x: a, filter: r, dy: s } = e,
        { strides: o, pad: i, dilations: u } = n,
        l = t,
        c = S(a.shape, l.data.get(a.dataId).values),
        p = S(r.shape, l.data.get(r.dataId).values),
        {
          batchSize: h,
          inHeight: f,
          inWidth: m,
          inChannels: g,
          outHeight: b,
          outWidth: y,
          padInfo: k,
          strideHeight: w,
          strideWidth: I,
          filterHeight: v,
          filterWidth: _,
          dilationHeight: x,
          dilationWidth: M,
          outShape: N,
        } = fs(a.shape, r.shape, o, i, 'NHWC', u);
      d(
        s.rank === N.length,
        () => `Error in ${le}, dy must have the same rank as output ${N.length}, but got ${s.rank}`,
      );
      const A = S(N, l.data.get(s.dataId).values),
        E = F(a.shape, a.dtype);
      for (let e = 0; e < h; ++e)
        for (let t = 0; t < b; ++t) {
          const n = t * w - k.top;
          for (let a = 0; a < y; ++a) {
            const r = a * I - k.left;
            for (let s = 0; s < g; ++s) {
              let o = Number.MIN_SAFE_INTEGER,
                i = n < 0 ? 0 : n,
                u = r < 0 ? 0 : r;
              for (let t = 0; t < v; ++t) {
                const a = n + t * x;
                if (a >= 0 && a < f)
                  for (let n = 0; n < _; ++n) {
                    const l = r + n * M;
                    if (l >= 0 && l < m) {
                      const r = c[e][a][l][s] + p[t][n][s];
                      r > o && ((o = r), (i = a), (u = l));
                    }
                  }
              }
              E[e][i][u][s] += A[e][t][a][s];
            }
          }
        }
      return { dataId: l.write(Kt(E, a.dtype), a.shape, a.dtype), shape: a.shape, dtype: a.dtype };
    },
  },
  ul = {
    kernelName: 'Draw',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { image: r } = t,
        { canvas: s, options: o } = a,
        { contextOptions: i, imageOptions: u } = o || {},
        l = (null == u ? void 0 : u.alpha) || 1,
        d = (null == i ? void 0 : i.contextType) || '2d';
      if ('2d' !== d)
        throw new Error(`Context type ${i.contextType} is not supported by the CPU backend.`);
      const c = s.getContext(d, (null == i ? void 0 : i.contextAttributes) || {});
      if (null == c) throw new Error(`Could not get the context with ${d} type.`);
      const [p, h] = r.shape.slice(0, 2),
        f = 2 === r.shape.length ? 1 : r.shape[2],
        m = n.data.get(r.dataId).values,
        g = 'float32' === r.dtype ? 255 : 1,
        b = new Uint8ClampedArray(h * p * 4);
      for (let e = 0; e < p * h; ++e) {
        const t = [0, 0, 0, 255 * l];
        for (let n = 0; n < f; n++) {
          const a = m[e * f + n];
          if ('float32' === r.dtype) {
            if (a < 0 || a > 1)
              throw new Error(
                `Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${a}.`,
              );
          } else if ('int32' === r.dtype && (a < 0 || a > 255))
            throw new Error(
              `Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${a}.`,
            );
          1 === f ? ((t[0] = a * g), (t[1] = a * g), (t[2] = a * g)) : (t[n] = a * g);
        }
        const n = 4 * e;
        (b[n + 0] = Math.round(t[0])),
          (b[n + 1] = Math.round(t[1])),
          (b[n + 2] = Math.round(t[2])),
          (b[n + 3] = Math.round(t[3]));
      }
      (s.width = h), (s.height = p);
      const y = new ImageData(b, h, p);
      return (c.putImageData(y, 0, 0), r);
    },
  },
  ll = Si((e, t) => e * t),
  dl = Gi((e, t, n, a) => ({ real: e * n - t * a, imag: e * a + t * n })),
  cl = qi(Be, ll, dl),
  pl = { kernelName: Be, backendName: 'cpu', kernelFunc: cl };
function hl(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { x: r } = t,
    { axis: s, keepDims: o } = a;
  let i;
  mi(r, 'sum'),
    (i =
      'bool' === r.dtype
        ? zi({ inputs: { x: r }, backend: n, attrs: { dtype: 'int32' } })
        : vi({ inputs: { x: r }, backend: n }));
  const u = i.shape.length,
    l = b(s, i.shape),
    d = ls(l, u);
  let c = l,
    p = i;
  null != d &&
    ((p = ru({ inputs: { x: i }, backend: n, attrs: { perm: d } })), (c = cs(c.length, u))),
    us('sum', c, p.shape.length);
  const [f, m] = os(p.shape, c);
  let g = Bi(n, f, vn(p.dtype, 'int32'));
  const y = h(m),
    k = n.data.get(g.dataId).values,
    w = n.data.get(p.dataId).values;
  for (let e = 0; e < k.length; ++e) {
    const t = e * y;
    let n = 0;
    for (let e = 0; e < y; ++e) n += w[t + e];
    k[e] = n;
  }
  if (o) {
    const e = g;
    (g = Ki({ inputs: { x: g }, backend: n, attrs: { shape: is(g.shape, l) } })),
      n.disposeIntermediateTensorInfo(e);
  }
  return (n.disposeIntermediateTensorInfo(i), null != d && n.disposeIntermediateTensorInfo(p), g);
}
const fl = { kernelName: 'Sum', backendName: 'cpu', kernelFunc: hl },
  ml = {
    kernelName: 'Einsum',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { equation: r } = a,
        s = t,
        {
          allDims: o,
          summedDims: i,
          idDims: u,
        } = ((e, t) => {
          const n = ((e = e.replace(/\s/g, '')).length - e.replace(Ps, '').length) / 2;
          if (n < 1) throw new Error('Equations without an arrow are not supported.');
          if (n > 1) throw new Error('Equation must contain exactly one arrow ("->").');
          const [a, r] = e.split('->');
          d(-1 === a.indexOf('...'), () => 'The ellipsis notation ("...") is not supported yet.');
          const s = a.split(','),
            o = s.length;
          if (t !== o) throw new Error(`Expected ${o} input tensors, received ${t}`);
          if (o > 2)
            throw new Error('Support for more than 2 input tensors is not implemented yet.');
          const i = [];
          for (let e = 0; e < r.length; ++e) {
            const t = r[e];
            if (!s.some((e) => -1 !== e.indexOf(t)))
              throw new Error(
                `Output subscripts contain the label ${t} not present in the input subscripts.`,
              );
            -1 === i.indexOf(t) && i.push(t);
          }
          for (let e = 0; e < a.length; ++e) {
            const t = a[e];
            -1 === i.indexOf(t) && ',' !== t && i.push(t);
          }
          const u = new Array(s.length);
          for (let e = 0; e < o; ++e) {
            if (new Set(s[e].split('')).size !== s[e].length)
              throw new Error(
                `Found duplicate axes in input component ${s[e]}. Support for duplicate axes in input is not implemented yet.`,
              );
            u[e] = [];
            for (let t = 0; t < s[e].length; ++t) u[e].push(i.indexOf(s[e][t]));
          }
          const l = i.length,
            c = [];
          for (let e = r.length; e < l; ++e) c.push(e);
          return { allDims: i, summedDims: c, idDims: u };
        })(r, s.length);
      !((e, t, n) => {
        const a = new Array(e);
        for (let e = 0; e < n.length; ++e) {
          const r = n[e].shape;
          for (let n = 0; n < t[e].length; ++n)
            void 0 === a[t[e][n]]
              ? (a[t[e][n]] = r[n])
              : d(
                  a[t[e][n]] === r[n],
                  () =>
                    `Expected dimension ${a[t[e][n]]} at axis ${n} of input shaped ${JSON.stringify(r)}, but got dimension ${r[n]}`,
                );
        }
      })(o.length, u, s);
      const { path: l, steps: c } = ((e, t) => {
          const n = e,
            a = [];
          let r = 0;
          0 === e.length && n.push(-1), (r = e.length + 1);
          for (let e = 0; e < r; ++e) a.push([]);
          const s = [];
          for (let e = 0; e < n.length; ++e) {
            const r = Ls(t, n[e]);
            for (const t of r) -1 === s.indexOf(t) && (a[e].push(t), s.push(t));
          }
          return { path: n, steps: a };
        })(i, u),
        p = c.length;
      let h = null,
        m = o.length;
      const g = [];
      for (let e = 0; e < p; ++e) {
        for (const t of c[e]) {
          const { permutationIndices: e, expandDims: a } = Bs(m, u[t]);
          let r;
          Hs(e)
            ? (r = s[t])
            : ((r = ru({ inputs: { x: s[t] }, backend: n, attrs: { perm: e } })), g.push(r));
          const o = r.shape.slice();
          for (let e = 0; e < a.length; ++e) o.splice(a[e], 0, 1);
          f(r.shape, o) ||
            ((r = Ki({ inputs: { x: r }, backend: n, attrs: { shape: o } })), g.push(r)),
            null === h ? (h = r) : ((h = cl({ inputs: { a: r, b: h }, backend: n })), g.push(h));
        }
        e < p - 1 &&
          (l[e] >= 0 &&
            ((h = hl({
              inputs: { x: h },
              backend: n,
              attrs: { axis: l[e] - (o.length - m), keepDims: !1 },
            })),
            g.push(h)),
          m--);
      }
      for (const e of g) e !== h && n.disposeIntermediateTensorInfo(e);
      return h;
    },
  },
  gl = {
    kernelName: pe,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { dy: a, y: r } = t;
      mi([a, r], 'eluGrad');
      const s = new Float32Array(h(r.shape)),
        o = n.data.get(r.dataId).values,
        i = n.data.get(a.dataId).values;
      for (let e = 0; e < o.length; ++e) {
        const t = o[e];
        s[e] = t >= 0 ? i[e] : i[e] * (t + 1);
      }
      return n.makeTensorInfo(r.shape, 'float32', s);
    },
  },
  bl = qi(
    'Equal',
    Si((e, t) => (e === t ? 1 : 0)),
    null,
    'bool',
  ),
  yl = { kernelName: 'Equal', backendName: 'cpu', kernelFunc: bl },
  kl = {
    kernelName: 'Erf',
    backendName: 'cpu',
    kernelFunc: yi('Erf', (e) => {
      const t = Math.sign(e),
        n = Math.abs(e),
        a = 1 / (1 + 0.3275911 * n);
      return (
        t *
        (1 -
          ((((1.061405429 * a - 1.453152027) * a + 1.421413741) * a - 0.284496736) * a +
            0.254829592) *
            a *
            Math.exp(-n * n))
      );
    }),
  },
  wl = ki(
    'Exp',
    bi((e) => Math.exp(e)),
    'float32',
  ),
  Il = { kernelName: 'Exp', backendName: 'cpu', kernelFunc: wl };
function vl(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { input: r } = t,
    { dim: s } = a,
    o = r.shape.length,
    i = r.shape.slice();
  let u = s;
  return (
    s < 0 &&
      (d(-(o + 1) <= s, () => `Axis must be in the interval [${-(o + 1)}, ${o}]`), (u = o + s + 1)),
    i.splice(u, 0, 1),
    Ki({ inputs: { x: r }, backend: n, attrs: { shape: i } })
  );
}
const _l = { kernelName: he, backendName: 'cpu', kernelFunc: vl },
  xl = {
    kernelName: 'Expm1',
    backendName: 'cpu',
    kernelFunc: ki(
      'Expm1',
      bi((e) => Math.expm1(e)),
    ),
  },
  Ml = Si((e, t) => e / t),
  Sl = qi(ce, Ml),
  Nl = { kernelName: ce, backendName: 'cpu', kernelFunc: Sl },
  Al = qi(
    'Sub',
    Si((e, t) => e - t),
    Gi((e, t, n, a) => ({ real: e - n, imag: t - a })),
  ),
  Fl = { kernelName: 'Sub', backendName: 'cpu', kernelFunc: Al };
function El(e, t, n) {
  const a = e.shape,
    r = a[0],
    s = a[1],
    o = n.data.get(e.dataId),
    i = o.complexTensorInfos.real,
    u = o.complexTensorInfos.imag,
    l = [r, s],
    d = h(l),
    c = y('float32', d),
    p = y('float32', d);
  for (let e = 0; e < r; e++) {
    const a = xu({ inputs: { x: i }, backend: n, attrs: { begin: [e, 0], size: [1, s] } }),
      r = xu({ inputs: { x: u }, backend: n, attrs: { begin: [e, 0], size: [1, s] } }),
      o = Oi({ inputs: { real: a, imag: r }, backend: n }),
      { real: l, imag: d } = Tl(o, t, n),
      h = Rs(l, d);
    for (let t = 0; t < s; t++) {
      const n = Cs(h, t);
      (c[e * s + t] = n.real), (p[e * s + t] = n.imag);
    }
    n.disposeIntermediateTensorInfo(a),
      n.disposeIntermediateTensorInfo(r),
      n.disposeIntermediateTensorInfo(o);
  }
  const f = n.makeTensorInfo(l, 'float32', c),
    m = n.makeTensorInfo(l, 'float32', p),
    g = Oi({ inputs: { real: f, imag: m }, backend: n });
  return (n.disposeIntermediateTensorInfo(f), n.disposeIntermediateTensorInfo(m), g);
}
function Tl(e, t, n) {
  const a = h(e.shape),
    r = n.data.get(e.dataId),
    s = n.data.get(r.complexTensorInfos.real.dataId).values,
    o = n.data.get(r.complexTensorInfos.imag.dataId).values;
  if ((i = a) & (i - 1)) {
    const e = ((e, t, n) => {
      const a = new Float32Array(2 * t);
      for (let r = 0; r < t; r++) {
        let s = 0,
          o = 0;
        for (let a = 0; a < t; a++) {
          const i = Os(r * a, t, n),
            u = Cs(e, a);
          (s += u.real * i.real - u.imag * i.imag), (o += u.real * i.imag + u.imag * i.real);
        }
        n && ((s /= t), (o /= t)), Ws(a, s, o, r);
      }
      return a;
    })(Rs(s, o), a, t);
    return ((e) => {
      const t = new Float32Array(e.length / 2),
        n = new Float32Array(e.length / 2);
      for (let a = 0; a < e.length; a += 2) (t[a / 2] = e[a]), (n[a / 2] = e[a + 1]);
      return { real: t, imag: n };
    })(e);
  }
  {
    const r = Dl(s, o, a, t, n),
      i = [e.shape[0], e.shape[1]];
    if (t) {
      const e = n.makeTensorInfo(i, 'float32', r.real),
        t = n.makeTensorInfo(i, 'float32', r.imag),
        s = n.makeTensorInfo([], 'float32', Vt(a, 'float32')),
        o = vi({ inputs: { x: s }, backend: n }),
        u = Nl.kernelFunc({ inputs: { a: e, b: s }, backend: n }),
        l = Nl.kernelFunc({ inputs: { a: t, b: o }, backend: n }),
        d = n.data.get(u.dataId).values,
        c = n.data.get(l.dataId).values;
      return (
        n.disposeIntermediateTensorInfo(e),
        n.disposeIntermediateTensorInfo(t),
        n.disposeIntermediateTensorInfo(s),
        n.disposeIntermediateTensorInfo(o),
        n.disposeIntermediateTensorInfo(u),
        n.disposeIntermediateTensorInfo(l),
        { real: d, imag: c }
      );
    }
    return r;
  }
  var i;
}
function Dl(e, t, n, a, r) {
  if (1 === n) return { real: e, imag: t };
  const s = Rs(e, t),
    o = n / 2,
    i = ((e) => {
      const t = Math.ceil(e.length / 4),
        n = new Float32Array(t),
        a = new Float32Array(t);
      for (let t = 0; t < e.length; t += 4)
        (n[Math.floor(t / 4)] = e[t]), (a[Math.floor(t / 4)] = e[t + 1]);
      return { real: n, imag: a };
    })(s),
    u = i.real,
    l = i.imag,
    d = [u.length],
    c = r.makeTensorInfo(d, 'float32', u),
    p = r.makeTensorInfo(d, 'float32', l),
    h = Oi({ inputs: { real: c, imag: p }, backend: r }),
    f = ((e) => {
      const t = Math.floor(e.length / 4),
        n = new Float32Array(t),
        a = new Float32Array(t);
      for (let t = 2; t < e.length; t += 4)
        (n[Math.floor(t / 4)] = e[t]), (a[Math.floor(t / 4)] = e[t + 1]);
      return { real: n, imag: a };
    })(s),
    m = f.real,
    g = f.imag,
    b = [m.length],
    y = r.makeTensorInfo(b, 'float32', m),
    k = r.makeTensorInfo(b, 'float32', g),
    w = Oi({ inputs: { real: y, imag: k }, backend: r }),
    I = Dl(u, l, o, a, r),
    v = I.real,
    _ = I.imag,
    x = [v.length],
    M = r.makeTensorInfo(x, 'float32', v),
    S = r.makeTensorInfo(x, 'float32', _),
    N = Oi({ inputs: { real: M, imag: S }, backend: r }),
    A = Dl(m, g, o, a, r),
    F = A.real,
    E = A.imag,
    T = [F.length],
    D = r.makeTensorInfo(T, 'float32', F),
    $ = r.makeTensorInfo(T, 'float32', E),
    R = Oi({ inputs: { real: D, imag: $ }, backend: r }),
    C = ((e, t) => {
      const n = new Float32Array(e / 2),
        a = new Float32Array(e / 2);
      for (let r = 0; r < Math.ceil(e / 2); r++) {
        const s = (t ? 2 : -2) * Math.PI * (r / e);
        (n[r] = Math.cos(s)), (a[r] = Math.sin(s));
      }
      return { real: n, imag: a };
    })(n, a),
    W = [C.real.length],
    O = r.makeTensorInfo(W, 'float32', C.real),
    P = r.makeTensorInfo(W, 'float32', C.imag),
    B = Oi({ inputs: { real: O, imag: P }, backend: r }),
    H = cl({ inputs: { a: B, b: R }, backend: r }),
    L = ji({ inputs: { a: N, b: H }, backend: r }),
    z = Al({ inputs: { a: N, b: H }, backend: r }),
    U = Hi({ inputs: { input: L }, backend: r }),
    q = Hi({ inputs: { input: z }, backend: r }),
    G = Wu({ inputs: { input: L }, backend: r }),
    j = Wu({ inputs: { input: z }, backend: r }),
    V = Pu({ inputs: [U, q], backend: r, attrs: { axis: 0 } }),
    K = Pu({ inputs: [G, j], backend: r, attrs: { axis: 0 } }),
    J = r.data.get(V.dataId).values,
    Q = r.data.get(K.dataId).values;
  return (
    r.disposeIntermediateTensorInfo(c),
    r.disposeIntermediateTensorInfo(p),
    r.disposeIntermediateTensorInfo(h),
    r.disposeIntermediateTensorInfo(y),
    r.disposeIntermediateTensorInfo(k),
    r.disposeIntermediateTensorInfo(w),
    r.disposeIntermediateTensorInfo(M),
    r.disposeIntermediateTensorInfo(S),
    r.disposeIntermediateTensorInfo(N),
    r.disposeIntermediateTensorInfo(D),
    r.disposeIntermediateTensorInfo($),
    r.disposeIntermediateTensorInfo(R),
    r.disposeIntermediateTensorInfo(O),
    r.disposeIntermediateTensorInfo(P),
    r.disposeIntermediateTensorInfo(B),
    r.disposeIntermediateTensorInfo(H),
    r.disposeIntermediateTensorInfo(L),
    r.disposeIntermediateTensorInfo(z),
    r.disposeIntermediateTensorInfo(U),
    r.disposeIntermediateTensorInfo(G),
    r.disposeIntermediateTensorInfo(q),
    r.disposeIntermediateTensorInfo(j),
    r.disposeIntermediateTensorInfo(V),
    r.disposeIntermediateTensorInfo(K),
    { real: J, imag: Q }
  );
}
const $l = {
  kernelName: 'FFT',
  backendName: 'cpu',
  kernelFunc: (e) => {
    const { inputs: t, backend: n } = e,
      { input: a } = t,
      r = h(a.shape),
      s = a.shape[a.shape.length - 1],
      o = Ki({ inputs: { x: a }, backend: n, attrs: { shape: [r / s, s] } }),
      i = El(o, !1, n),
      u = Ki({ inputs: { x: i }, backend: n, attrs: { shape: a.shape } });
    return (n.disposeIntermediateTensorInfo(o), n.disposeIntermediateTensorInfo(i), u);
  },
};
function Rl(e) {
  const { backend: t, attrs: n } = e,
    { shape: a, value: r, dtype: s } = n,
    o = s || v(r),
    i = k(o, h(a));
  return (
    ((e, t) => {
      e.fill(t);
    })(i, r),
    t.makeTensorInfo(a, o, i)
  );
}
const Cl = { kernelName: 'Fill', backendName: 'cpu', kernelFunc: Rl },
  Wl = {
    kernelName: fe,
    backendName: 'cpu',
    kernelFunc: ({ inputs: e, attrs: t, backend: n }) => {
      const { image: a } = e,
        r = n,
        s = y(a.dtype, h(a.shape)),
        [o, i, u, l] = a.shape,
        d = r.data.get(a.dataId).values;
      for (let e = 0; e < o; e++) {
        const t = e * u * i * l;
        for (let e = 0; e < i; e++) {
          const n = e * (u * l);
          for (let e = 0; e < u; e++) {
            const a = e * l;
            for (let r = 0; r < l; r++) {
              const o = Math.round(u - e - 1),
                i = t + n + a + r;
              let c = d[i];
              o >= 0 && o < u && (c = d[t + n + o * l + r]), (s[i] = c);
            }
          }
        }
      }
      return { dataId: r.write(s, a.shape, a.dtype), shape: a.shape, dtype: a.dtype };
    },
  },
  Ol = {
    kernelName: 'Floor',
    backendName: 'cpu',
    kernelFunc: ki(
      'Floor',
      bi((e) => Math.floor(e)),
    ),
  },
  Pl = Si((e, t) => Math.floor(e / t)),
  Bl = qi(me, Pl, null, 'int32'),
  Hl = { kernelName: me, backendName: 'cpu', kernelFunc: Bl },
  Ll = {
    kernelName: It,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, filter: s, bias: o, preluActivationWeights: i } = t,
        {
          strides: u,
          pad: l,
          dataFormat: d,
          dilations: c,
          dimRoundingMode: p,
          activation: h,
          leakyreluAlpha: f,
        } = a;
      let m = Hu({
        inputs: { x: r, filter: s },
        backend: n,
        attrs: { strides: u, pad: l, dataFormat: d, dilations: c, dimRoundingMode: p },
      });
      if (o) {
        const e = m;
        if ('NCHW' === d && 1 === o.shape.length && 1 !== o.shape[0]) {
          const e = Ki({ inputs: { x: o }, backend: n, attrs: { shape: [o.shape[0], 1, 1] } });
          (m = ji({ inputs: { a: m, b: e }, backend: n })), n.disposeIntermediateTensorInfo(e);
        } else m = ji({ inputs: { a: m, b: o }, backend: n });
        n.disposeIntermediateTensorInfo(e);
      }
      if (h) {
        const e = m;
        if ('NCHW' === d && 'prelu' === h && 1 === i.shape.length && 1 !== i.shape[0]) {
          const e = Ki({ inputs: { x: i }, backend: n, attrs: { shape: [i.shape[0], 1, 1] } });
          (m = Wi(n, m, h, e, f)), n.disposeIntermediateTensorInfo(e);
        } else m = Wi(n, m, h, i, f);
        n.disposeIntermediateTensorInfo(e);
      }
      return m;
    },
  },
  zl = {
    kernelName: vt,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, filter: s, bias: o, preluActivationWeights: i } = t,
        {
          strides: u,
          pad: l,
          dataFormat: d,
          dilations: c,
          dimRoundingMode: p,
          activation: h,
          leakyreluAlpha: f,
        } = a;
      let m = el({
        inputs: { x: r, filter: s },
        backend: n,
        attrs: { strides: u, pad: l, dataFormat: d, dilations: c, dimRoundingMode: p },
      });
      if (o) {
        const e = m;
        (m = ji({ inputs: { a: m, b: o }, backend: n })), n.disposeIntermediateTensorInfo(e);
      }
      if (h) {
        const e = m;
        (m = Wi(n, m, h, i, f)), n.disposeIntermediateTensorInfo(e);
      }
      return m;
    },
  },
  Ul = {
    kernelName: ye,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { params: a, indices: r } = t,
        s = h(a.shape),
        o = r.shape,
        i = o[o.length - 1],
        [u, l, d, c] = lr(a, r);
      if (0 === l) return n.makeTensorInfo(u, a.dtype, []);
      const p = ((e, t, n, a, r, s, o, i, u) => {
        const l = pa([a, s], n);
        for (let n = 0; n < a; n++) {
          const a = [];
          let d = 0;
          for (let t = 0; t < r; t++) {
            const s = e[n * r + t];
            (d += s * o[t]), a.push(s);
          }
          if (d < 0 || d >= u / s)
            throw new Error(`Invalid indices: ${a} does not index into ${i}`);
          for (let e = 0; e < s; e++) l.values[n * s + e] = t.get(...t.indexToLoc(d * s + e));
        }
        return l;
      })(n.data.get(r.dataId).values, n.bufferSync(a), a.dtype, l, i, d, c, a.shape, s);
      return n.makeTensorInfo(u, a.dtype, p.values);
    },
  },
  ql = {
    kernelName: be,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, indices: s } = t,
        { axis: o, batchDims: i } = a;
      mi([r, s], 'gatherV2');
      const u = b(o, r.shape)[0],
        l = n.data.get(s.dataId).values,
        c = r.shape[u];
      for (let e = 0; e < l.length; ++e) {
        const t = l[e];
        d(t <= c - 1 && t >= 0, () => `GatherV2: the index value ${t} is not in [0, ${c - 1}]`);
      }
      let p = i;
      null == i && (p = 0);
      const f = h(s.shape),
        m = Ys(r, s, u, p),
        g = Ki({
          inputs: { x: r },
          backend: n,
          attrs: { shape: [m.batchSize, m.outerSize, m.dimSize, m.sliceSize] },
        }),
        y = Ki({ inputs: { x: s }, backend: n, attrs: { shape: [m.batchSize, f / m.batchSize] } }),
        k = [m.batchSize, m.outerSize, f / m.batchSize, m.sliceSize],
        w = n.bufferSync(y),
        I = ((e, t, n) => {
          const a = pa(n, e.dtype);
          for (let n = 0; n < a.size; ++n) {
            const r = a.indexToLoc(n).slice(),
              s = r[0],
              o = r[2],
              i = t.locToIndex([s, o]);
            r[2] = t.values[i];
            const u = e.locToIndex(r);
            0 <= u && u < e.values.length && (a.values[n] = e.values[u]);
          }
          return a;
        })(n.bufferSync(g), w, k);
      return (
        n.disposeIntermediateTensorInfo(g),
        n.disposeIntermediateTensorInfo(y),
        n.makeTensorInfo(m.outputShape, I.dtype, I.values)
      );
    },
  },
  Gl = Si((e, t) => (e > t ? 1 : 0)),
  jl = qi(ke, Gl, null, 'bool'),
  Vl = { kernelName: ke, backendName: 'cpu', kernelFunc: jl },
  Kl = Si((e, t) => (e >= t ? 1 : 0)),
  Jl = qi(we, Kl, null, 'bool'),
  Ql = { kernelName: we, backendName: 'cpu', kernelFunc: Jl },
  Zl = {
    kernelName: 'IFFT',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { input: a } = t,
        r = h(a.shape),
        s = a.shape[a.shape.length - 1],
        o = Ki({ inputs: { x: a }, backend: n, attrs: { shape: [r / s, s] } }),
        i = El(o, !0, n),
        u = Ki({ inputs: { x: i }, backend: n, attrs: { shape: a.shape } });
      return (n.disposeIntermediateTensorInfo(o), n.disposeIntermediateTensorInfo(i), u);
    },
  },
  Xl = {
    kernelName: ve,
    backendName: 'cpu',
    kernelFunc: yi(ve, (e) => (Number.isFinite(e) ? 1 : 0), 'bool'),
  },
  Yl = {
    kernelName: 'IsInf',
    backendName: 'cpu',
    kernelFunc: yi('IsInf', (e) => (Math.abs(e) === 1 / 0 ? 1 : 0), 'bool'),
  },
  ed = {
    kernelName: 'IsNan',
    backendName: 'cpu',
    kernelFunc: yi('IsNan', (e) => (Number.isNaN(e) ? 1 : 0), 'bool'),
  },
  td = {
    kernelName: 'Less',
    backendName: 'cpu',
    kernelFunc: qi(
      'Less',
      Si((e, t) => (e < t ? 1 : 0)),
      null,
      'bool',
    ),
  },
  nd = Si((e, t) => (e <= t ? 1 : 0)),
  ad = qi(xe, nd, null, 'bool'),
  rd = { kernelName: xe, backendName: 'cpu', kernelFunc: ad },
  sd = {
    kernelName: Me,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { backend: t, attrs: n } = e,
        { start: a, stop: r, num: s } = n,
        o = ((e, t, n) => {
          const a = (t - e) / (n - 1),
            r = A(n, 'float32');
          r[0] = e;
          for (let e = 1; e < r.length; e++) r[e] = r[e - 1] + a;
          return r;
        })(a, r, s);
      return t.makeTensorInfo([o.length], 'float32', o);
    },
  },
  od = {
    kernelName: 'Log',
    backendName: 'cpu',
    kernelFunc: ki(
      'Log',
      bi((e) => Math.log(e)),
    ),
  },
  id = { kernelName: 'Log1p', backendName: 'cpu', kernelFunc: yi('Log1p', (e) => Math.log1p(e)) },
  ud = {
    kernelName: Se,
    backendName: 'cpu',
    kernelFunc: qi(
      Se,
      Si((e, t) => e && t),
      null,
      'bool',
    ),
  },
  ld = { kernelName: Ne, backendName: 'cpu', kernelFunc: yi(Ne, (e) => (e ? 0 : 1), 'bool') },
  dd = {
    kernelName: Ae,
    backendName: 'cpu',
    kernelFunc: qi(
      Ae,
      Si((e, t) => e || t),
      null,
      'bool',
    ),
  },
  cd = {
    kernelName: 'LRN',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { depthRadius: s, bias: o, alpha: i, beta: u } = a;
      mi(r, 'LRN');
      const l = r.shape[3],
        d = l - 1,
        c = n.data.get(r.dataId).values,
        p = h(r.shape),
        f = new Float32Array(p);
      function m(e) {
        const t = e % l;
        let n = e - t + Math.max(0, t - s);
        const a = e - t + Math.min(t + s, d);
        let r = 0;
        for (; n <= a; n++) {
          const e = c[n];
          r += e * e;
        }
        return r;
      }
      for (let e = 0; e < p; e++) {
        const t = m(e),
          n = c[e] * (o + i * t) ** -u;
        f[e] = n;
      }
      return n.makeTensorInfo(r.shape, r.dtype, f);
    },
  },
  pd = {
    kernelName: Fe,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, y: s, dy: o } = t,
        { depthRadius: i, bias: u, alpha: l, beta: d } = a;
      mi(o, 'LRNGrad');
      const c = h(o.shape),
        p = o.shape[3],
        f = n.data.get(o.dataId).values,
        m = n.data.get(r.dataId).values,
        g = n.data.get(s.dataId).values,
        b = new Float32Array(c),
        y = c;
      for (let e = 0; e < y; e++) {
        const t = e % p,
          n = e - t + Math.max(0, t - i),
          a = e - t + Math.min(p, t + i + 1);
        let r = 0;
        for (let e = n; e < a; e++) r += m[e] ** 2;
        r = l * r + u;
        for (let t = n; t < a; t++) {
          let n = (-2 * l * d * m[t] * g[e]) / r;
          e === t && (n += r ** -d), (n *= f[e]), (b[t] += n);
        }
      }
      return n.makeTensorInfo(o.shape, r.dtype, b);
    },
  };
function hd(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { x: r } = t,
    { reductionIndices: s, keepDims: o } = a,
    i = n;
  let u = r.shape;
  const l = u.length,
    d = b(s, u);
  let c = d;
  const p = ls(c, l);
  let f = i.data.get(r.dataId).values;
  if (null != p) {
    const e = new Array(l);
    for (let t = 0; t < e.length; t++) e[t] = u[p[t]];
    (f = au(f, u, r.dtype, p, e)), (c = cs(c.length, l)), (u = e);
  }
  mi(r, 'max'), us('max', c, l);
  const [m, g] = os(u, c),
    k = ((e, t, n, a) => {
      const r = y(a, h(n));
      for (let n = 0; n < r.length; ++n) {
        const a = n * t;
        let s = e[a];
        for (let n = 0; n < t; ++n) {
          const t = e[a + n];
          (Number.isNaN(t) || t > s) && (s = t);
        }
        r[n] = s;
      }
      return r;
    })(f, h(g), m, r.dtype),
    w = i.write(k, m, r.dtype);
  let I = m;
  return (o && (I = is(m, d)), { dataId: w, shape: I, dtype: r.dtype });
}
const fd = { kernelName: 'Max', backendName: 'cpu', kernelFunc: hd },
  md = Si((e, t) => Math.max(e, t)),
  gd = qi(Ee, md),
  bd = { kernelName: Ee, backendName: 'cpu', kernelFunc: gd },
  yd = {
    kernelName: Te,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t;
      mi(r, 'maxPool');
      const { filterSize: s, strides: o, pad: i, dimRoundingMode: u } = a;
      d(
        Ms(o, 1),
        () =>
          `Error in maxPool: Either strides or dilations must be 1. Got strides ${o} and dilations '1'`,
      );
      const l = ms(r.shape, s, o, 1, i, u);
      let c;
      if (1 === l.filterWidth && 1 === l.filterHeight && f(l.inShape, l.outShape))
        c = vi({ inputs: { x: r }, backend: n });
      else {
        const e = n.data.get(r.dataId).values,
          t = x(r.shape),
          a = mu(e, r.shape, r.dtype, t, l, 'max');
        c = n.makeTensorInfo(l.outShape, r.dtype, a.values);
      }
      return c;
    },
  },
  kd = {
    kernelName: $e,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { filterSize: s, strides: o, pad: i, dimRoundingMode: u, dataFormat: l } = a;
      mi(r, 'maxPool3d');
      const d = gs(r.shape, s, o, 1, i, u, l),
        c = bu(n.data.get(r.dataId).values, r.shape, r.dtype, x(r.shape), d, 'max');
      return n.makeTensorInfo(c.shape, 'float32', c.values);
    },
  },
  wd = {
    kernelName: Re,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { dy: r, input: s } = t,
        { filterSize: o, strides: i, pad: u, dimRoundingMode: l } = a;
      mi([r, s], 'maxPool3DGrad');
      const d = gs(s.shape, o, i, 1, u, l),
        c = ((e, t) => {
          const n = pa(t.outShape, 'int32'),
            a = t.strideDepth,
            r = t.strideHeight,
            s = t.strideWidth,
            o = t.dilationDepth,
            i = t.dilationHeight,
            u = t.dilationWidth,
            l = t.effectiveFilterDepth,
            d = t.effectiveFilterHeight,
            c = t.effectiveFilterWidth,
            p = t.padInfo.front,
            h = t.padInfo.top,
            f = t.padInfo.left;
          for (let m = 0; m < t.batchSize; ++m)
            for (let g = 0; g < t.inChannels; ++g)
              for (let b = 0; b < t.outDepth; ++b) {
                const y = b * a - p;
                let k = y;
                for (; k < 0; ) k += o;
                const w = Math.min(t.inDepth, l + y);
                for (let a = 0; a < t.outHeight; ++a) {
                  const l = a * r - h;
                  let p = l;
                  for (; p < 0; ) p += i;
                  const I = Math.min(t.inHeight, d + l);
                  for (let r = 0; r < t.outWidth; ++r) {
                    const h = r * s - f;
                    let v = h;
                    for (; v < 0; ) v += u;
                    const _ = Math.min(t.inWidth, c + h);
                    let x = Number.NEGATIVE_INFINITY,
                      M = -1;
                    for (let t = k; t < w; t += o) {
                      const n = t - y;
                      for (let a = p; a < I; a += i) {
                        const r = a - l;
                        for (let s = v; s < _; s += u) {
                          const o = s - h,
                            i = e.get(m, t, a, s, g);
                          i >= x && ((x = i), (M = n * d * c + r * d + o));
                        }
                      }
                    }
                    n.set(M, m, b, a, r, g);
                  }
                }
              }
          return n;
        })(n.bufferSync(s), d),
        p = d.strideDepth,
        h = d.strideHeight,
        f = d.strideWidth,
        m = d.dilationDepth,
        g = d.dilationHeight,
        b = d.dilationWidth,
        y = d.effectiveFilterDepth,
        k = d.effectiveFilterHeight,
        w = d.effectiveFilterWidth,
        I = y - 1 - d.padInfo.front,
        v = w - 1 - d.padInfo.left,
        _ = k - 1 - d.padInfo.top,
        x = pa(s.shape, 'float32'),
        M = n.bufferSync(r);
      for (let e = 0; e < d.batchSize; ++e)
        for (let t = 0; t < d.inChannels; ++t)
          for (let n = 0; n < d.inDepth; ++n)
            for (let a = 0; a < d.inHeight; ++a)
              for (let r = 0; r < d.inWidth; ++r) {
                const s = n - I,
                  o = a - _,
                  i = r - v;
                let u = 0;
                for (let n = 0; n < y; n += m) {
                  const a = (s + n) / p;
                  if (!(a < 0 || a >= d.outDepth || Math.floor(a) !== a))
                    for (let r = 0; r < k; r += g) {
                      const s = (o + r) / h;
                      if (!(s < 0 || s >= d.outHeight || Math.floor(s) !== s))
                        for (let o = 0; o < w; o += b) {
                          const l = (i + o) / f;
                          if (l < 0 || l >= d.outWidth || Math.floor(l) !== l) continue;
                          const p =
                            y * k * w - 1 - c.get(e, a, s, l, t) === n * k * w + r * w + o ? 1 : 0;
                          0 !== p && (u += M.get(e, a, s, l, t) * p);
                        }
                    }
                }
                x.set(u, e, n, a, r, t);
              }
      return n.makeTensorInfo(x.shape, x.dtype, x.values);
    },
  },
  Id = {
    kernelName: De,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { dy: r, input: s, output: o } = t,
        i = s;
      mi([s, o], 'maxPoolGrad');
      const { filterSize: u, strides: l, pad: d, dimRoundingMode: c } = a,
        p = ms(i.shape, u, l, 1, d, c),
        h = n.data.get(i.dataId).values,
        f = pa(p.outShape, i.dtype, gu(h, i.shape, i.dtype, p).values),
        m = p.strideHeight,
        g = p.strideWidth,
        b = p.dilationHeight,
        y = p.dilationWidth,
        k = p.effectiveFilterHeight,
        w = p.effectiveFilterWidth,
        I = w - 1 - p.padInfo.left,
        v = k - 1 - p.padInfo.top,
        _ = pa(i.shape, 'float32'),
        x = n.data.get(r.dataId).values,
        M = pa(r.shape, 'float32', x);
      for (let e = 0; e < p.batchSize; ++e)
        for (let t = 0; t < p.inChannels; ++t)
          for (let n = 0; n < p.inHeight; ++n)
            for (let a = 0; a < p.inWidth; ++a) {
              const r = n - v,
                s = a - I;
              let o = 0;
              for (let n = 0; n < k; n += b) {
                const a = (r + n) / m;
                if (!(a < 0 || a >= p.outHeight || Math.floor(a) !== a))
                  for (let r = 0; r < w; r += y) {
                    const i = (s + r) / g;
                    if (i < 0 || i >= p.outWidth || Math.floor(i) !== i) continue;
                    const u = k * w - 1 - f.get(e, a, i, t) === n * w + r ? 1 : 0;
                    0 !== u && (o += M.get(e, a, i, t) * u);
                  }
              }
              _.set(o, e, n, a, t);
            }
      return n.makeTensorInfo(_.shape, _.dtype, _.values);
    },
  },
  vd = {
    kernelName: Ce,
    backendName: 'cpu',
    kernelFunc: ({ inputs: e, attrs: t, backend: n }) => {
      const { x: a } = e,
        { filterSize: r, strides: s, pad: o, includeBatchInIndex: i } = t,
        u = n;
      mi(a, 'MaxPoolWithArgmax');
      const l = u.data.get(a.dataId).values,
        d = ms(a.shape, r, s, [1, 1], o),
        [c, p] = ((e, t, n, a, r) => {
          const s = mu(e, 0, n, x(t), r, 'max'),
            o = gu(e, t, n, r, !0, a);
          return [s.values, o.values];
        })(l, a.shape, a.dtype, i, d),
        h = u.write(c, d.outShape, a.dtype),
        f = u.write(p, d.outShape, a.dtype);
      return [
        { dataId: h, shape: d.outShape, dtype: a.dtype },
        { dataId: f, shape: d.outShape, dtype: 'int32' },
      ];
    },
  },
  _d = {
    kernelName: 'Mean',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { axis: s, keepDims: o } = a,
        i = b(s, r.shape),
        u = h(os(r.shape, i)[1]),
        l = [],
        d = n.makeTensorInfo([], 'float32', new Float32Array([u]));
      l.push(d);
      const c = zi({ inputs: { x: r }, backend: n, attrs: { dtype: 'float32' } });
      l.push(c);
      const p = Sl({ inputs: { a: c, b: d }, backend: n });
      l.push(p);
      const f = hl({ inputs: { x: p }, backend: n, attrs: { axis: s, keepDims: o } });
      return (l.forEach((e) => n.disposeIntermediateTensorInfo(e)), f);
    },
  },
  xd = {
    kernelName: 'Min',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { axis: s, keepDims: o } = a;
      mi(r, 'min');
      const i = b(s, r.shape);
      let u = i;
      const l = ls(u, r.shape.length);
      let d = r;
      null != l &&
        ((d = ru({ inputs: { x: r }, backend: n, attrs: { perm: l } })),
        (u = cs(u.length, r.shape.length))),
        us('min', u, d.shape.length);
      const [c, p] = os(d.shape, u),
        f = h(p),
        m = A(h(c), d.dtype),
        g = n.data.get(d.dataId).values;
      for (let e = 0; e < m.length; ++e) {
        const t = e * f;
        let n = g[t];
        for (let e = 0; e < f; ++e) {
          const a = g[t + e];
          (Number.isNaN(a) || a < n) && (n = a);
        }
        m[e] = n;
      }
      null != l && n.disposeIntermediateTensorInfo(d);
      const y = n.makeTensorInfo(c, d.dtype, m);
      if (o) {
        const e = Ki({ inputs: { x: y }, backend: n, attrs: { shape: is(c, i) } });
        return (n.disposeIntermediateTensorInfo(y), e);
      }
      return y;
    },
  },
  Md = {
    kernelName: We,
    backendName: 'cpu',
    kernelFunc: qi(
      We,
      Si((e, t) => Math.min(e, t)),
    ),
  },
  Sd = {
    kernelName: Oe,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { paddings: s, mode: o } = a;
      mi(r, 'mirrorPad');
      const i = s.map((e, t) => e[0] + r.shape[t] + e[1]),
        u = s.map((e) => e[0]),
        l = s.map((e, t) => e[0] + r.shape[t]),
        d = 'reflect' === o ? 0 : 1,
        c = n.data.get(r.dataId).values,
        p = r.shape.length,
        f = x(r.shape),
        m = h(i),
        g = i.length,
        b = x(i),
        k = y(r.dtype, m);
      for (let e = 0; e < m; e++) {
        let t = D(e, g, b);
        for (let e = 0; e < g; e++)
          t[e] < u[e]
            ? (t[e] = 2 * u[e] - t[e] - d)
            : t[e] >= l[e] && (t[e] = 2 * (l[e] - 1) - t[e] + d);
        t = t.map((e, t) => e - u[t]);
        const n = T(t, p, f);
        k[e] = c[n];
      }
      return { dataId: n.write(k, i, r.dtype), shape: i, dtype: r.dtype };
    },
  },
  Nd = {
    kernelName: 'Mod',
    backendName: 'cpu',
    kernelFunc: qi(
      'Mod',
      Si((e, t) => {
        const n = e % t;
        return (e < 0 && t < 0) || (e >= 0 && t >= 0) ? n : (n + t) % t;
      }),
    ),
  };
var Ad = n(391);
function Fd(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { logits: r } = t,
    { dim: s } = a,
    o = r.shape.length;
  let i = s;
  if ((-1 === i && (i = o - 1), i !== o - 1))
    throw Error(
      `Softmax along a non-last dimension is not yet supported. Logits was rank ${o} and dim was ${i}`,
    );
  const u = b([i], r.shape),
    l = hd({ inputs: { x: r }, backend: n, attrs: { reductionIndices: u, keepDims: !1 } }),
    d = is(l.shape, u),
    c = Ki({ inputs: { x: l }, backend: n, attrs: { shape: d } }),
    p = Al({ inputs: { a: r, b: c }, backend: n }),
    h = wl({ inputs: { x: p }, backend: n }),
    f = hl({ inputs: { x: h }, backend: n, attrs: { axis: u, keepDims: !1 } }),
    m = Ki({ inputs: { x: f }, backend: n, attrs: { shape: d } }),
    g = Sl({ inputs: { a: h, b: m }, backend: n });
  return (
    n.disposeIntermediateTensorInfo(l),
    n.disposeIntermediateTensorInfo(c),
    n.disposeIntermediateTensorInfo(p),
    n.disposeIntermediateTensorInfo(h),
    n.disposeIntermediateTensorInfo(f),
    n.disposeIntermediateTensorInfo(m),
    g
  );
}
const Ed = { kernelName: rt, backendName: 'cpu', kernelFunc: Fd },
  Td = {
    kernelName: Pe,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { logits: r } = t,
        { numSamples: s, seed: o, normalized: i } = a;
      mi(r, 'multinomial');
      const u = i ? r : Fd({ inputs: { logits: r }, backend: n, attrs: { dim: -1 } }),
        l = u.shape[0],
        d = u.shape[1],
        c = n.data.get(u.dataId).values,
        p = [l, s],
        f = A(h(p), 'int32');
      for (let e = 0; e < l; ++e) {
        const t = e * d,
          n = new Float32Array(d - 1);
        n[0] = c[t];
        for (let e = 1; e < n.length; ++e) n[e] = n[e - 1] + c[t + e];
        const a = Ad.alea(o.toString()),
          r = e * s;
        for (let e = 0; e < s; ++e) {
          const t = a();
          f[r + e] = n.length;
          for (let a = 0; a < n.length; a++)
            if (t < n[a]) {
              f[r + e] = a;
              break;
            }
        }
      }
      return (i || n.disposeIntermediateTensorInfo(u), n.makeTensorInfo(p, 'int32', f));
    },
  },
  Dd = {
    kernelName: 'Neg',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { x: a } = t;
      mi(a, 'neg');
      const r = n.data.get(a.dataId).values,
        [s, o] = ((e, t, n) => {
          const a = Vt(-1, n);
          return ll([], t, a, e, n);
        })(r, a.shape, a.dtype);
      return n.makeTensorInfo(o, a.dtype, s);
    },
  },
  $d = {
    kernelName: Le,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { boxes: r, scores: s } = t,
        { maxOutputSize: o, iouThreshold: i, scoreThreshold: u } = a;
      mi(r, 'NonMaxSuppression');
      const l = n.data.get(r.dataId).values,
        d = n.data.get(s.dataId).values,
        { selectedIndices: c } = ((e, t, n, a, r) => ro(e, t, n, a, r, 0))(l, d, o, i, u);
      return n.makeTensorInfo([c.length], 'int32', new Int32Array(c));
    },
  },
  Rd = {
    kernelName: ze,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { boxes: r, scores: s } = t,
        { maxOutputSize: o, iouThreshold: i, scoreThreshold: u, padToMaxOutputSize: l } = a;
      mi(r, 'NonMaxSuppressionPadded');
      const d = n.data.get(r.dataId).values,
        c = n.data.get(s.dataId).values,
        { selectedIndices: p, validOutputs: h } = ((e, t, n, a, r, s) =>
          ro(e, t, n, a, r, 0, !1, s, !0))(d, c, o, i, u, l);
      return [
        n.makeTensorInfo([p.length], 'int32', new Int32Array(p)),
        n.makeTensorInfo([], 'int32', new Int32Array([h])),
      ];
    },
  },
  Cd = {
    kernelName: Ue,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { boxes: r, scores: s } = t,
        { maxOutputSize: o, iouThreshold: i, scoreThreshold: u, softNmsSigma: l } = a;
      mi(r, 'NonMaxSuppressionWithScore');
      const d = n.data.get(r.dataId).values,
        c = n.data.get(s.dataId).values,
        p = o,
        h = i,
        f = u,
        m = l,
        { selectedIndices: g, selectedScores: b } = ((e, t, n, a, r, s) =>
          ro(e, t, n, a, r, s, !0))(d, c, p, h, f, m);
      return [
        n.makeTensorInfo([g.length], 'int32', new Int32Array(g)),
        n.makeTensorInfo([b.length], 'float32', new Float32Array(b)),
      ];
    },
  },
  Wd = {
    kernelName: He,
    backendName: 'cpu',
    kernelFunc: qi(
      He,
      Si((e, t) => (e !== t ? 1 : 0)),
      null,
      'bool',
    ),
  },
  Od = {
    kernelName: 'OneHot',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { indices: r } = t,
        { dtype: s, depth: o, onValue: i, offValue: u } = a;
      mi(r, 'oneHot');
      const l = h(r.shape),
        d = new Float32Array(l * o);
      d.fill(u);
      const c = n.data.get(r.dataId).values;
      for (let e = 0; e < l; ++e) c[e] >= 0 && c[e] < o && (d[e * o + c[e]] = i);
      return n.makeTensorInfo([...r.shape, o], s, d);
    },
  };
function Pd(e) {
  const { inputs: t, backend: n } = e,
    { x: a } = t;
  if ('string' === a.dtype) throw new Error('zerosLike is not supported for string tensors');
  if ('complex64' === a.dtype) {
    const e = Hi({ inputs: { input: a }, backend: n }),
      t = Pd({ inputs: { x: e }, backend: n }),
      r = Wu({ inputs: { input: a }, backend: n }),
      s = Pd({ inputs: { x: r }, backend: n }),
      o = Oi({ inputs: { real: t, imag: s }, backend: n });
    return (
      n.disposeIntermediateTensorInfo(e),
      n.disposeIntermediateTensorInfo(t),
      n.disposeIntermediateTensorInfo(r),
      n.disposeIntermediateTensorInfo(s),
      o
    );
  }
  return Rl({ backend: n, attrs: { shape: a.shape, value: 0, dtype: a.dtype } });
}
const Bd = { kernelName: yt, backendName: 'cpu', kernelFunc: Pd },
  Hd = {
    kernelName: qe,
    backendName: 'cpu',
    kernelFunc: function e(t) {
      const { inputs: n, backend: a } = t,
        { x: r } = n;
      if ('string' === r.dtype) throw new Error('onesLike is not supported for string tensors');
      if ('complex64' === r.dtype) {
        const t = Hi({ inputs: { input: r }, backend: a }),
          n = e({ inputs: { x: t }, backend: a }),
          s = Wu({ inputs: { input: r }, backend: a }),
          o = Pd({ inputs: { x: s }, backend: a }),
          i = Oi({ inputs: { real: n, imag: o }, backend: a });
        return (
          a.disposeIntermediateTensorInfo(t),
          a.disposeIntermediateTensorInfo(n),
          a.disposeIntermediateTensorInfo(s),
          a.disposeIntermediateTensorInfo(o),
          i
        );
      }
      return Rl({ backend: a, attrs: { shape: r.shape, value: 1, dtype: r.dtype } });
    },
  };
function Ld(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    { axis: r } = a;
  if (1 === t.length) return vl({ inputs: { input: t[0] }, backend: n, attrs: { dim: r } });
  const s = t[0].shape,
    o = t[0].dtype;
  t.forEach((e) => {
    c(s, e.shape, 'All tensors passed to stack must have matching shapes'),
      d(o === e.dtype, () => 'All tensors passed to stack must have matching dtypes');
  });
  const i = [],
    u = Pu({
      inputs: t.map((e) => {
        const t = vl({ inputs: { input: e }, backend: n, attrs: { dim: r } });
        return (i.push(t), t);
      }),
      backend: n,
      attrs: { axis: r },
    });
  return (i.forEach((e) => n.disposeIntermediateTensorInfo(e)), u);
}
const zd = { kernelName: 'Pack', backendName: 'cpu', kernelFunc: Ld },
  Ud = {
    kernelName: 'PadV2',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { paddings: s, constantValue: o } = a;
      mi(r, 'pad');
      const i = s.map((e, t) => e[0] + r.shape[t] + e[1]),
        u = s.map((e) => e[0]),
        l = n.data.get(r.dataId).values,
        d = h(r.shape),
        c = r.shape.length,
        p = x(r.shape),
        f = h(i),
        m = i.length,
        g = x(i),
        b = y(r.dtype, f);
      0 !== o && b.fill(o);
      for (let e = 0; e < d; e++)
        b[
          T(
            D(e, c, p).map((e, t) => e + u[t]),
            m,
            g,
          )
        ] = l[e];
      return { dataId: n.write(b, i, r.dtype), shape: i, dtype: r.dtype };
    },
  },
  qd = {
    kernelName: 'Pow',
    backendName: 'cpu',
    kernelFunc: qi(
      'Pow',
      Si((e, t) => e ** t),
    ),
  },
  Gd = {
    kernelName: 'Prod',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { axis: s, keepDims: o } = a;
      mi(r, 'prod');
      const i = r.shape.length,
        u = b(s, r.shape),
        l = ls(u, i);
      let d = u,
        c = r;
      const p = [];
      null != l &&
        ((c = ru({ inputs: { x: r }, backend: n, attrs: { perm: l } })),
        p.push(c),
        (d = cs(d.length, i)));
      const f = n.data.get(c.dataId).values,
        {
          outVals: m,
          outShape: g,
          outDtype: y,
        } = ((e, t, n, a) => {
          const [r, s] = os(e, a),
            o = vn(t, 'int32'),
            i = A(h(r), o),
            u = h(s);
          for (let e = 0; e < i.length; ++e) {
            const t = e * u;
            let a = 1;
            for (let e = 0; e < u; ++e) a *= n[t + e];
            i[e] = a;
          }
          return { outVals: i, outShape: r, outDtype: o };
        })(c.shape, c.dtype, f, d);
      let k = g;
      return (
        o && (k = is(g, u)),
        p.forEach((e) => n.disposeIntermediateTensorInfo(e)),
        n.makeTensorInfo(k, y, m)
      );
    },
  };
function jd(e, t) {
  const n = e.slice(0, t);
  for (; n.length < t; ) n.push(1);
  for (let a = t; a < e.length; a++) n[t - 1] *= e[a];
  return n;
}
function Vd(e, t, n, a, r, s, o, i) {
  if (0 === e.length) throw new Error('paramsNestedSplits must be non empty');
  if (0 === t[0].length) throw new Error('Split tensors must not be scalars');
  if (
    (((e, t, n) => {
      e.forEach((e, a) => {
        if (e < 0 || e >= n) {
          const r = D(a, t.length, x(t)).join(',');
          throw new Error(`indices[${r}] = ${e} is not in [0, ${n})`);
        }
      });
    })(s, o, t[0][0] - 1),
    0 === a.length)
  )
    throw new Error('params.rank must be nonzero');
  const u = a[0],
    {
      outSplits: l,
      valueSlices: d,
      numValues: c,
    } = ((e, t, n, a) => {
      const r = [];
      let s = 0;
      const o = t.length - 1 + n.length,
        i = new Array(o).fill(null).map(() => [0]);
      !((e, t) => {
        for (let n = 0; n < e.length; ++n) {
          const a = e[n],
            r = n === e.length - 1 ? t : e[n + 1].length;
          if (0 === a.length) throw new Error('Ragged splits may not be empty');
          if (a[0] < 0) throw new Error('Ragged splits must be non-negative');
          if (a[a.length - 1] > r) throw new Error('Ragged splits must not point past values');
          for (let e = 1; e < a.length; ++e)
            if (a[e - 1] > a[e]) throw new Error('Ragged splits must be sorted in ascending order');
        }
      })(n, a);
      let u = 1;
      for (let e = 0; e < t.length - 1; ++e) {
        u *= t[e];
        const n = t[e + 1];
        for (let t = 1; t < u + 1; ++t) i[e].push(t * n);
      }
      for (let a = 0; a < e.length; ++a) {
        let o = e[a],
          u = e[a] + 1;
        for (let e = 0; e < n.length; ++e) {
          const a = n[e],
            r = e + t.length - 1;
          if (r >= 0) {
            const e = i[r],
              t = e[e.length - 1] - a[o];
            for (let e = o; e < u; ++e) i[r].push(a[e + 1] + t);
          }
          (o = a[o]), (u = a[u]);
        }
        u !== o && (r.push([o, u]), (s += u - o));
      }
      return { outSplits: i, valueSlices: r, numValues: s };
    })(s, o, e, u),
    p = ((e) => {
      const t = [];
      for (let n = 0; n < e.length; ++n) {
        const a = k('int32', e[n].length);
        t.push(a), e[n].forEach((e, t) => (a[t] = e));
      }
      return t;
    })(l),
    f = ((e, t, n, a, r) => {
      const s = t.slice();
      s[0] = r;
      const o = k(n, h(s)),
        i = e.length;
      return (
        ((e, t, n, a, r, s) => {
          const o = jd(t, 2)[1],
            i = jd(s, 2)[1];
          let u = 0;
          for (const t of n)
            for (let n = t[0]; n < t[1]; ++n) {
              for (let t = 0; t < a; ++t) r[u * i + t] = e[n * o + t];
              ++u;
            }
        })(e, t, a, 0 === i ? 0 : i / t[0], o, s),
        [o, s]
      );
    })(n, a, r, d, c);
  return [p, f[0], f[1]];
}
const Kd = {
    kernelName: 'RaggedGather',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { paramsNestedSplits: r, paramsDenseValues: s, indices: o } = t,
        { outputRaggedRank: i } = a,
        u = r.map((e) => n.data.get(e.dataId).values),
        l = r.map((e) => e.shape),
        d = n.data.get(s.dataId).values,
        c = n.data.get(o.dataId).values,
        [p, h, f] = Vd(u, l, d, s.shape, s.dtype, c, o.shape),
        m = p.map((e) => n.makeTensorInfo([e.length], 'int32', e)),
        g = n.makeTensorInfo(f, s.dtype, h);
      return m.concat([g]);
    },
  },
  Jd = {
    kernelName: 'RaggedRange',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { starts: a, limits: r, deltas: s } = t,
        o = n.data.get(a.dataId).values,
        i = n.data.get(r.dataId).values,
        u = n.data.get(s.dataId).values,
        [l, d] = ((e, t, n, a, r, s, o) => {
          if (t.length > 1) throw new Error('starts must be a scalar or vector');
          if (r.length > 1) throw new Error('limits must be a scalar or vector');
          if (o.length > 1) throw new Error('deltas must be a scalar or vector');
          const i = 0 === t.length,
            u = 0 === r.length,
            l = 0 === o.length,
            d = [];
          i || d.push(t[0]), u || d.push(r[0]), l || d.push(o[0]);
          for (let e = 1; e < d.length; ++e)
            if (d[e] !== d[e - 1])
              throw new Error('starts, limits, and deltas must have the same shape');
          const c = 0 === d.length ? 1 : d[0],
            p = k('int32', c + 1);
          p[0] = 0;
          for (let t = 0; t < c; ++t) {
            const n = i ? e[0] : e[t],
              r = u ? a[0] : a[t],
              o = l ? s[0] : s[t];
            if (0 === o) throw new Error('Requires delta != 0');
            let d;
            if ((o > 0 && r < n) || (o < 0 && r > n)) d = 0;
            else if (((d = Math.ceil(Math.abs((r - n) / o))), d > 2147483647))
              throw new Error('Requires ((limit - start) / delta) <= 2147483647');
            p[t + 1] = p[t] + d;
          }
          const h = k(n, p[c]);
          let f = 0;
          for (let t = 0; t < c; ++t) {
            const n = p[t + 1] - p[t];
            let a = i ? e[0] : e[t];
            const r = l ? s[0] : s[t];
            for (let e = 0; e < n; ++e) (h[f++] = a), (a += r);
          }
          return [p, h];
        })(o, a.shape, a.dtype, i, r.shape, u, s.shape);
      return [n.makeTensorInfo([l.length], 'int32', l), n.makeTensorInfo([d.length], a.dtype, d)];
    },
  };
var Qd = Ns;
class Zd {
  constructor(e, t, n, a, r, s, o, i, u, l) {
    var d;
    (this.shape = e),
      (this.shapeShape = t),
      (this.values = n),
      (this.valuesShape = a),
      (this.valuesDType = r),
      (this.defaultValue = s),
      (this.defaultValueShape = o),
      (this.rowPartitionValues = i),
      (this.rowPartitionValuesShapes = u),
      (this.rowPartitionTypes = ((e) => {
        const t = {
            FIRST_DIM_SIZE: Ns.FIRST_DIM_SIZE,
            VALUE_ROWIDS: Ns.VALUE_ROWIDS,
            ROW_LENGTHS: Ns.ROW_LENGTHS,
            ROW_SPLITS: Ns.ROW_SPLITS,
            ROW_LIMITS: Ns.ROW_LIMITS,
            ROW_STARTS: Ns.ROW_STARTS,
          },
          n = [];
        for (const a of e) {
          if (!(a in t)) break;
          n.push(t[a]);
        }
        return n;
      })(l)),
      (this.raggedRank =
        0 === (d = this.rowPartitionTypes).length
          ? 0
          : d[0] === Ns.FIRST_DIM_SIZE
            ? d.length - 1
            : d.length);
  }
  getRowPartitionTypeByDimension(e) {
    return this.rowPartitionTypes[0] === Qd.FIRST_DIM_SIZE
      ? this.rowPartitionTypes[e + 1]
      : this.rowPartitionTypes[e];
  }
  getRowPartitionTensor(e) {
    return this.rowPartitionTypes[0] === Qd.FIRST_DIM_SIZE
      ? this.rowPartitionValues[e + 1]
      : this.rowPartitionValues[e];
  }
  getMaxWidth(e) {
    const t = this.getRowPartitionTensor(e - 1);
    switch (this.getRowPartitionTypeByDimension(e - 1)) {
      case Qd.VALUE_ROWIDS:
        return Zd.getMaxWidthValueRowID(t);
      case Qd.ROW_SPLITS:
        return Zd.getMaxWidthRowSplit(t);
      default:
        throw new Error(
          `Cannot handle partition type ${Qd[this.getRowPartitionTypeByDimension(e - 1)]}`,
        );
    }
  }
  static getMaxWidthRowSplit(e) {
    const t = e.length;
    if (0 === t || 1 === t) return 0;
    let n = 0;
    for (let a = 0; a < t - 1; ++a) {
      const t = e[a + 1] - e[a];
      t > n && (n = t);
    }
    return n;
  }
  static getMaxWidthValueRowID(e) {
    const t = e.length;
    if (0 === t) return 0;
    let n = 0,
      a = e[0],
      r = 0;
    for (let s = 1; s < t; ++s) {
      const t = e[s];
      t !== a && ((a = t), (r = Math.max(s - n, r)), (n = s));
    }
    return Math.max(t - n, r);
  }
  tensorShapeFromTensor(e, t, n = !0) {
    if (0 === t.length) {
      if (-1 === e[0]) return [];
      throw new Error(
        'The only valid scalar shape tensor is the fully unknown shape specified as -1.',
      );
    }
    return Yd(e, n);
  }
  calculateOutputSize(e) {
    const t = this.valuesShape;
    !((e, t) => {
      if (null == e || null == t) return;
      const n = e.length,
        a = t.length;
      if (n >= a)
        throw new Error(
          `defaultValue.shape=${e} and ragged tensor flatValues.shape=${t}, are incompatible: defaultValue.rank = ${n} must be less than ragged tensor input flatValues.rank = ${a})`,
        );
      for (let r = 0; r < Math.min(n, a - 1); ++r) {
        const n = e[r],
          a = t[r + 1];
        if (n >= 0 && a >= 0 && 1 !== n && n !== a)
          throw new Error(
            `defaultValue.shape=${e}, and ragged tensor input flatValues.shape=${t} are incompatible: defaultValue.shape[${r - e.length}] = ${n} but ragged tensor input.flatValues.shape[${r - e.length}] = ${a}`,
          );
      }
    })(this.defaultValueShape, t);
    const n = this.tensorShapeFromTensor(this.shape, this.shapeShape),
      a = ((e, t, n) => {
        let a = [];
        if (null == n && null == t) return a;
        if (null == t) for (; a.length < e + n.length; ) a.push(-1);
        else a = t.slice();
        if (null == n) return a;
        if (e + n.length !== a.length)
          throw new Error(
            `rt input.shape and shape=${t} are incompatible: rt input.rank = ${e + n.length}, but shape.rank = ${a.length}`,
          );
        for (let r = 1; r < n.length; ++r) {
          const s = n[r],
            o = a[a.length - n.length + r],
            i = a[o];
          if (s >= 0)
            if (i >= 0) {
              if (i !== s)
                throw new Error(
                  `rt input.shape and shape=${t} are incompatible: rt input.shape[${r + e}] = ${s} but shape[${r + e}] = ${i}`,
                );
            } else a[o] = s;
        }
        return a;
      })(this.raggedRank, n, t),
      r = a;
    r[0] < 0 && (r[0] = e);
    for (let e = 1; e <= this.raggedRank; ++e) r[e] < 0 && (r[e] = this.getMaxWidth(e));
    return r;
  }
  calculateFirstParentOutputIndex(e, t, n) {
    const a = Math.min(e, n),
      r = [];
    let s = 0;
    for (let e = 0; e < a; ++e, s += t) r.push(s);
    for (let t = a; t < e; ++t) r.push(-1);
    return (d(r.length === e, () => 'Final length of result must be equal to firstDimension.'), r);
  }
  calculateOutputIndexRowSplit(e, t, n, a) {
    const r = e.length,
      s = [];
    for (let o = 0; o < r - 1; ++o) {
      const r = e[o + 1] - e[o];
      let i = Math.min(a, r),
        u = t[o];
      -1 === u && (i = 0);
      for (let e = 0; e < i; ++e) s.push(u), (u += n);
      for (let e = 0; e < r - i; ++e) s.push(-1);
    }
    if (r > 0 && s.length !== e[r - 1]) throw new Error('Invalid row split size.');
    return s;
  }
  calculateOutputIndexValueRowID(e, t, n, a) {
    const r = e.length,
      s = [];
    if (0 === r) return [];
    let o = 0,
      i = e[0];
    if (i >= t.length)
      throw new Error(`Got currentValueRowId=${i}, which is not less than ${t.length}`);
    let u = t[i];
    s.push(u);
    for (let l = 1; l < r; ++l) {
      const r = e[l];
      if (r === i) u >= 0 && (++o, o < a ? (u += n) : (u = -1));
      else {
        if (((o = 0), (i = r), r >= t.length))
          throw new Error(`Got nextValueRowId=${r} which is not less than ${t.length}`);
        u = t[r];
      }
      s.push(u);
    }
    if (s.length !== e.length) throw new Error('Invalid row ids.');
    return s;
  }
  calculateOutputIndex(e, t, n, a) {
    const r = this.getRowPartitionTensor(e),
      s = this.getRowPartitionTypeByDimension(e);
    switch (s) {
      case Qd.VALUE_ROWIDS:
        return this.calculateOutputIndexValueRowID(r, t, n, a);
      case Qd.ROW_SPLITS:
        if (r.length - 1 > t.length)
          throw new Error(
            `Row partition size is greater than output size: ${r.length - 1} > ${t.length}`,
          );
        return this.calculateOutputIndexRowSplit(r, t, n, a);
      default:
        throw new Error(`Unsupported partition type: ${Qd[s]}`);
    }
  }
  getFirstDimensionSize() {
    const e = this.rowPartitionValues[0];
    if (0 === this.rowPartitionTypes.length) throw new Error('No row_partition_types given.');
    const t = this.rowPartitionTypes[0];
    switch (t) {
      case Qd.FIRST_DIM_SIZE:
        return e[0];
      case Qd.VALUE_ROWIDS:
        throw new Error('Cannot handle VALUE_ROWIDS in first dimension.');
      case Qd.ROW_SPLITS:
        return this.rowPartitionValuesShapes[0][0] - 1;
      default:
        throw new Error(`Cannot handle type ${Qd[t]}`);
    }
  }
  compute() {
    if (this.rowPartitionValues[0].length <= 0)
      throw new Error('Invalid first partition input. Tensor requires at least one element.');
    const e = this.getFirstDimensionSize(),
      t = this.calculateOutputSize(e),
      n = new Array(this.raggedRank + 1);
    n[n.length - 1] = 1;
    for (let e = n.length - 2; e >= 0; --e) n[e] = n[e + 1] * t[e + 1];
    const a = Yd(t, !1),
      r = k(this.valuesDType, h(a));
    if (n[0] * t[0] > 0) {
      let s = this.calculateFirstParentOutputIndex(e, n[0], t[0]);
      for (let e = 1; e <= this.raggedRank; ++e)
        s = this.calculateOutputIndex(e - 1, s, n[e], t[e]);
      this.setOutput(this.raggedRank, s, r, a);
    }
    return [a, r];
  }
  setOutput(e, t, n, a) {
    if (0 === n.length) return;
    const r = this.values,
      s = n;
    let o = a.slice();
    o = o.slice(e + 1);
    const i = h(o),
      u = t.length;
    let l = this.defaultValue;
    if (l.length !== i && 1 !== l.length) {
      const e = this.defaultValueShape;
      Ia(() => {
        const t = kr(l, e),
          n = wr(t, o);
        l = n.dataSync();
      });
    }
    let d = 0,
      c = 0,
      p = 0;
    for (let e = 0; e <= u; ++e) {
      let a = e < u ? t[e] : -1;
      if (a !== p) {
        if (c < p) {
          const e = r.subarray(d * i);
          Xd(s.subarray(c * i), e, (p - c) * i);
        }
        if (e >= u) {
          const e = n.length;
          a = Math.floor(e / i);
        }
        if (a > p)
          if (1 === this.defaultValue.length)
            s.subarray(p * i, a * i).fill(this.defaultValue[0]), (p = a);
          else for (; a > p; ) Xd(s.slice(p * i), l, i), ++p;
        a < 0 ? ((d = e + 1), (c = p)) : ((d = e), (c = p), (p = c + 1));
      } else ++p;
    }
  }
}
function Xd(e, t, n) {
  for (let a = 0; a < n; a++) e[a] = t[a];
}
function Yd(e, t) {
  const n = [];
  for (let a of e) {
    if (a < 0) {
      if (!t) throw new Error(`Dimension ${a} must be >= 0`);
      if (a < -1) throw new Error(`Dimension ${a} must be >= -1`);
      a = -1;
    }
    n.push(a);
  }
  return n;
}
const ec = {
  kernelName: 'RaggedTensorToTensor',
  backendName: 'cpu',
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { shape: r, values: s, defaultValue: o, rowPartitionTensors: i } = t,
      { rowPartitionTypes: u } = a,
      l = n.data.get(r.dataId).values,
      d = n.data.get(s.dataId).values,
      c = n.data.get(o.dataId).values,
      p = i.map((e) => n.data.get(e.dataId).values),
      h = i.map((e) => e.shape),
      [f, m] = ((e, t, n, a, r, s, o, i, u, l) => new Zd(e, t, n, a, r, s, o, i, u, l).compute())(
        l,
        r.shape,
        d,
        s.shape,
        s.dtype,
        c,
        o.shape,
        p,
        h,
        u,
      );
    return n.makeTensorInfo(f, s.dtype, m);
  },
};
function tc(e, t, n, a) {
  if (e === t || (e < t && n < 0) || (t < e && n > 1)) return A(0, a);
  const r = A(Math.abs(Math.ceil((t - e) / n)), a);
  t < e && 1 === n && (n = -1), (r[0] = e);
  for (let e = 1; e < r.length; e++) r[e] = r[e - 1] + n;
  return r;
}
const nc = {
    kernelName: 'Range',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { backend: t, attrs: n } = e,
        { start: a, stop: r, dtype: s, step: o } = n,
        i = tc(a, r, o, s);
      return t.makeTensorInfo([i.length], s, i);
    },
  },
  ac = yi(Ge, (e) => 1 / e),
  rc = { kernelName: Ge, backendName: 'cpu', kernelFunc: ac },
  sc = {
    kernelName: Je,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { images: r } = t,
        { alignCorners: s, halfPixelCenters: o, size: i } = a;
      mi(r, 'resizeBilinear');
      const u = x(r.shape),
        [l, d] = i,
        [c, p, f, m] = r.shape,
        g = n.data.get(r.dataId).values,
        b = new Float32Array(h([c, l, d, m])),
        y = [s && l > 1 ? p - 1 : p, s && d > 1 ? f - 1 : f],
        k = [s && l > 1 ? l - 1 : l, s && d > 1 ? d - 1 : d];
      let w = 0;
      const I = y[0] / k[0],
        v = y[1] / k[1];
      for (let e = 0; e < c; e++)
        for (let t = 0; t < l; t++) {
          let n;
          n = o ? I * (t + 0.5) - 0.5 : I * t;
          const a = Math.max(0, Math.floor(n)),
            r = n - a,
            s = Math.min(p - 1, Math.ceil(n)),
            i = e * u[0] + a * u[1],
            l = e * u[0] + s * u[1];
          for (let e = 0; e < d; e++) {
            let t;
            t = o ? v * (e + 0.5) - 0.5 : v * e;
            const n = Math.max(0, Math.floor(t)),
              a = t - n,
              s = Math.min(f - 1, Math.ceil(t)),
              d = i + n * u[2],
              c = l + n * u[2],
              p = i + s * u[2],
              h = l + s * u[2];
            for (let e = 0; e < m; e++) {
              const t = g[d + e],
                n = g[c + e],
                s = t + (g[p + e] - t) * a,
                o = s + (n + (g[h + e] - n) * a - s) * r;
              b[w++] = o;
            }
          }
        }
      return n.makeTensorInfo([c, l, d, m], 'float32', b);
    },
  },
  oc = {
    kernelName: Qe,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { images: r, dy: s } = t,
        { alignCorners: o } = a;
      mi([s, r], 'resizeBilinearGrad');
      const i = x(r.shape),
        [u, l, d, c] = r.shape,
        [, p, h] = s.shape,
        f = new Float32Array(u * l * d * c),
        m = [o && p > 1 ? l - 1 : l, o && h > 1 ? d - 1 : d],
        g = [o && p > 1 ? p - 1 : p, o && h > 1 ? h - 1 : h],
        b = m[0] / g[0],
        y = m[1] / g[1],
        k = n.data.get(s.dataId).values;
      let w = 0;
      for (let e = 0; e < u; e++) {
        const t = e * i[0];
        for (let e = 0; e < p; e++) {
          const n = e * b,
            a = Math.floor(n),
            r = Math.min(Math.ceil(n), l - 1),
            s = t + a * i[1],
            o = t + r * i[1],
            u = n - a,
            p = 1 - u;
          for (let e = 0; e < h; e++) {
            const t = e * y,
              n = Math.floor(t),
              a = Math.min(Math.ceil(t), d - 1),
              r = t - n,
              l = 1 - r,
              h = s + n * i[2],
              m = s + a * i[2],
              g = o + n * i[2],
              b = o + a * i[2],
              I = p * l,
              v = p * r,
              _ = u * l,
              x = u * r;
            for (let e = 0; e < c; e++) {
              const t = k[w++];
              (f[h + e] += t * I), (f[m + e] += t * v), (f[g + e] += t * _), (f[b + e] += t * x);
            }
          }
        }
      }
      return n.makeTensorInfo([u, d, l, c], 'float32', f);
    },
  },
  ic = {
    kernelName: Ve,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { images: r } = t,
        { alignCorners: s, halfPixelCenters: o, size: i } = a;
      mi(r, 'resizeNearestNeighbor');
      const u = x(r.shape),
        [l, d] = i,
        [c, p, h, f] = r.shape,
        m = n.data.get(r.dataId).values,
        g = new Float32Array(c * l * d * f),
        b = [s && l > 1 ? p - 1 : p, s && d > 1 ? h - 1 : h],
        y = [s && l > 1 ? l - 1 : l, s && d > 1 ? d - 1 : d],
        k = b[0] / y[0],
        w = b[1] / y[1];
      let I = 0;
      for (let e = 0; e < c; e++) {
        const t = e * u[0];
        for (let e = 0; e < l; e++) {
          const n = o ? k * (e + 0.5) : k * e;
          let a = Math.min(p - 1, s ? Math.round(n) : Math.floor(n));
          o && (a = Math.max(0, a));
          const r = t + a * u[1];
          for (let e = 0; e < d; e++) {
            const t = o ? w * (e + 0.5) : w * e;
            let n = Math.min(h - 1, s ? Math.round(t) : Math.floor(t));
            o && (n = Math.max(0, n));
            const a = r + n * u[2];
            for (let e = 0; e < f; e++) {
              const t = m[a + e];
              g[I++] = t;
            }
          }
        }
      }
      return n.makeTensorInfo([c, l, d, f], r.dtype, g);
    },
  },
  uc = {
    kernelName: Ke,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { images: r, dy: s } = t,
        { alignCorners: o } = a;
      mi([s, r], 'resizeNearestNeighborGrad');
      const i = x(r.shape),
        u = x(s.shape),
        [l, d, c, p] = r.shape,
        [, h, f] = s.shape,
        m = new Float32Array(l * d * c * p),
        g = n.data.get(s.dataId).values,
        b = [o && h > 1 ? d - 1 : d, o && f > 1 ? c - 1 : c],
        y = [o && h > 1 ? h - 1 : h, o && f > 1 ? f - 1 : f],
        k = b[0] / y[0],
        w = b[1] / y[1],
        I = 1 / k,
        v = 1 / w,
        _ = 2 * Math.ceil(I) + 2,
        M = 2 * Math.ceil(v) + 2;
      for (let e = 0; e < l; e++) {
        const t = e * i[0];
        for (let e = 0; e < d; e++) {
          const n = t + e * i[1],
            a = Math.floor(e * I),
            r = Math.floor(a - _ / 2);
          for (let a = 0; a < c; a++) {
            const s = n + a * i[2],
              l = Math.floor(a * v),
              b = Math.floor(l - M / 2);
            for (let n = 0; n < p; n++) {
              let i = 0;
              for (let s = 0; s < _; s++) {
                const l = s + r;
                if (l < 0 || l >= h) continue;
                const p = t + l * u[1],
                  m = l * k;
                if (e === Math.min(d - 1, o ? Math.round(m) : Math.floor(m)))
                  for (let e = 0; e < M; e++) {
                    const t = e + b;
                    if (t < 0 || t >= f) continue;
                    const r = p + t * u[2],
                      s = t * w;
                    a === Math.min(c - 1, o ? Math.round(s) : Math.floor(s)) && (i += g[r + n]);
                  }
              }
              m[s + n] = i;
            }
          }
        }
      }
      return n.makeTensorInfo(r.shape, r.dtype, m);
    },
  },
  lc = {
    kernelName: Ze,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { dims: s } = a;
      mi(r, 'reverse');
      const o = r.shape.length,
        i = b(s, r.shape);
      if (0 === o) return vi({ inputs: { x: r }, backend: n });
      const u = new ln(r.shape, r.dtype),
        l = n.bufferSync(r);
      for (let e = 0; e < u.size; e++) {
        const t = u.indexToLoc(e),
          n = t.slice();
        i.forEach((e) => (n[e] = r.shape[e] - 1 - n[e])), u.set(l.get(...n), ...t);
      }
      return n.makeTensorInfo(u.shape, u.dtype, u.values);
    },
  },
  dc = {
    kernelName: kt,
    backendName: 'cpu',
    kernelFunc: ({ inputs: e, attrs: t, backend: n }) => {
      const { image: a } = e,
        { radians: r, fillValue: s, center: o } = t,
        i = n,
        u = y(a.dtype, h(a.shape)),
        [l, d, c, p] = a.shape,
        [f, m] = As(o, d, c),
        g = Math.sin(r),
        b = Math.cos(r),
        k = i.data.get(a.dataId).values;
      for (let e = 0; e < l; e++) {
        const t = e * c * d * p;
        for (let e = 0; e < d; e++) {
          const n = e * (c * p);
          for (let a = 0; a < c; a++) {
            const r = a * p;
            for (let o = 0; o < p; o++) {
              const i = [l, e, a, o],
                h = i[2],
                y = i[1];
              let w = (h - f) * b - (y - m) * g,
                I = (h - f) * g + (y - m) * b;
              (w = Math.round(w + f)), (I = Math.round(I + m));
              let v = s;
              'number' != typeof s && (v = 3 === o ? 255 : s[o]),
                w >= 0 && w < c && I >= 0 && I < d && (v = k[t + I * (c * p) + w * p + o]),
                (u[t + n + r + o] = v);
            }
          }
        }
      }
      return { dataId: i.write(u, a.shape, a.dtype), shape: a.shape, dtype: a.dtype };
    },
  },
  cc = {
    kernelName: 'Round',
    backendName: 'cpu',
    kernelFunc: yi('Round', (e) => {
      const t = Math.floor(e);
      return e - t < 0.5 ? Math.floor(e) : e - t > 0.5 ? Math.ceil(e) : t % 2 == 0 ? t : t + 1;
    }),
  },
  pc = {
    kernelName: 'Rsqrt',
    backendName: 'cpu',
    kernelFunc: ki(
      'Rsqrt',
      bi((e) => 1 / Math.sqrt(e)),
    ),
  };
function hc(e, t, n, a, r, s, o, i, u, l) {
  const d = [a / r, r],
    c = e.values,
    p = t.values;
  if (0 === a) return pa(n, t.dtype);
  const h = u instanceof ln ? u : pa(d, t.dtype);
  'string' == typeof u || 'number' == typeof u
    ? h.values.fill(u)
    : 'boolean' == typeof u && h.values.fill(+u);
  for (let e = 0; e < s; e++) {
    const s = [];
    let u = 0;
    for (let t = 0; t < o; t++) {
      const n = c[e * o + t];
      s.push(n), (u += n * i[t]);
    }
    if (u < 0 || u >= a / r) throw new Error(`Invalid indices: ${s} does not index into ${n}`);
    for (let n = 0; n < r; n++)
      l
        ? (h.values[u * r + n] += p[e * r + n])
        : (h.values[u * r + n] = 0 === t.rank ? p[0] : p[e * r + n]);
  }
  return h;
}
const fc = {
  kernelName: Xe,
  backendName: 'cpu',
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { indices: r, updates: s } = t,
      { shape: o } = a,
      { sliceRank: i, numUpdates: u, sliceSize: l, strides: d, outputSize: c } = dr(0, r, o),
      p = hc(n.bufferSync(r), n.bufferSync(s), o, c, l, u, i, d, 0, !0);
    return n.makeTensorInfo(o, p.dtype, p.values);
  },
};
function mc(e, t) {
  let n = 0,
    a = e.length,
    r = 0;
  for (; n < a; ) (r = Math.floor((n + a) / 2)), e[r] < t ? (n = r + 1) : (a = r);
  return a;
}
function gc(e, t) {
  let n = 0,
    a = e.length,
    r = 0;
  for (; n < a; ) (r = Math.floor((n + a) / 2)), e[r] <= t ? (n = r + 1) : (a = r);
  return a;
}
const bc = {
    kernelName: et,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { sortedSequence: r, values: s } = t,
        { side: o } = a,
        i = ((e, t, n, a, r, s) => {
          const o = k('int32', n * r);
          for (let i = 0; i < n; ++i) {
            const n = e.slice(i * a, (i + 1) * a),
              u = i * r;
            for (let e = 0; e < r; ++e) o[u + e] = 'left' === s ? mc(n, t[e + u]) : gc(n, t[e + u]);
          }
          return o;
        })(
          n.data.get(r.dataId).values,
          n.data.get(s.dataId).values,
          r.shape[0],
          r.shape[1],
          s.shape[1],
          o,
        );
      return n.makeTensorInfo(s.shape, 'int32', i);
    },
  },
  yc = {
    kernelName: 'Select',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { condition: a, t: r, e: s } = t;
      mi([a, r, s], 'select');
      const o = a.shape.length,
        i = n.data.get(a.dataId).values,
        u = n.data.get(r.dataId).values,
        l = n.data.get(s.dataId).values,
        d = vn(r.dtype, s.dtype),
        c = A(h(r.shape), d);
      let p = 0;
      const f = 0 === o || o > 1 || 1 === r.shape.length ? 1 : h(r.shape.slice(1));
      for (let e = 0; e < i.length; e++)
        for (let t = 0; t < f; t++) 1 === i[e] ? (c[p++] = u[e]) : (c[p++] = l[e]);
      return n.makeTensorInfo(r.shape, d, c);
    },
  },
  kc = {
    kernelName: 'Selu',
    backendName: 'cpu',
    kernelFunc: yi('Selu', (e) =>
      e >= 0 ? 1.0507009873554805 * e : 1.7580993408473768 * (Math.exp(e) - 1),
    ),
  },
  wc = {
    kernelName: 'Sign',
    backendName: 'cpu',
    kernelFunc: yi('Sign', (e) => (e < 0 ? -1 : e > 0 ? 1 : 0)),
  },
  Ic = { kernelName: 'Sin', backendName: 'cpu', kernelFunc: yi('Sin', (e) => Math.sin(e)) },
  vc = { kernelName: 'Sinh', backendName: 'cpu', kernelFunc: yi('Sinh', (e) => Math.sinh(e)) },
  _c = Math.log(1.1920928955078125e-7) + 2,
  xc = {
    kernelName: nt,
    backendName: 'cpu',
    kernelFunc: yi(nt, (e) => {
      const t = e > -_c,
        n = e < _c,
        a = Math.exp(e);
      let r;
      return ((r = n ? a : t ? e : Math.log(1 + a)), r);
    }),
  },
  Mc = {
    kernelName: at,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { blockShape: s, paddings: o } = a;
      mi([r], 'spaceToBatchND');
      const i = h(s),
        u = [[0, 0]];
      u.push(...o);
      for (let e = 1 + s.length; e < r.shape.length; ++e) u.push([0, 0]);
      const l = Ud.kernelFunc({
          inputs: { x: r },
          backend: n,
          attrs: { paddings: u, constantValue: 0 },
        }),
        d = Fs(l.shape, s, i, !1),
        c = Es(d.length, s.length, !1),
        p = Ts(l.shape, s, i, !1),
        f = Ki({ inputs: { x: l }, backend: n, attrs: { shape: d } }),
        m = ru({ inputs: { x: f }, backend: n, attrs: { perm: c } }),
        g = Ki({ inputs: { x: m }, backend: n, attrs: { shape: p } });
      return (
        n.disposeIntermediateTensorInfo(l),
        n.disposeIntermediateTensorInfo(f),
        n.disposeIntermediateTensorInfo(m),
        g
      );
    },
  },
  Sc = {
    kernelName: st,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { indices: a, values: r, denseShape: s, defaultValue: o } = t;
      if (1 !== s.shape.length)
        throw new Error(`Dense shape must be a vector, saw:\n        ${s.shape}`);
      if (2 !== a.shape.length)
        throw new Error(`Indices must be a matrix, saw:\n        ${a.shape}`);
      if (1 !== r.shape.length)
        throw new Error(`Values must be a vector, saw:\n        ${r.shape}`);
      if (0 !== o.shape.length)
        throw new Error(`Default value must be a scalar, saw:\n        ${o.shape}`);
      const i = n.data.get(a.dataId).values,
        u = n.data.get(r.dataId).values,
        l = n.data.get(s.dataId).values,
        d = n.data.get(o.dataId).values[0],
        [c, p, h, f, m] = ((e, t, n, a, r, s, o) => {
          const i = t[0],
            u = s[0],
            l = new Array(u),
            d = new Array(i),
            c = t[1];
          if (0 === u) {
            if (0 !== i) throw new Error(Us(i));
            return [k(n, 0), [0, c], k(r, 0), l, d];
          }
          let p = !0,
            h = 0;
          const f = new Array(u).fill(0);
          for (let t = 0; t < i; ++t) {
            const n = e[t * c];
            if (n < 0) throw new Error(qs(t, n));
            if (n >= u) throw new Error(Gs(t, n, u));
            ++f[n], (p = p && n >= h), (h = n);
          }
          let m = !0;
          for (let e = 0; e < u; ++e) {
            const t = 0 === f[e];
            (l[e] = t), (m = m && !t), (f[e] = Math.max(f[e], 1)), e > 0 && (f[e] += f[e - 1]);
          }
          if (m && p) {
            const t = e,
              n = a;
            for (let e = 0; e < i; ++e) d[e] = e;
            return [t, [i, c], n, l, d];
          }
          {
            const t = f[u - 1],
              s = k(n, t * c),
              p = k(r, t),
              h = new Array(u).fill(0);
            for (let t = 0; t < i; ++t) {
              const n = e[t * c],
                r = h[n],
                o = (0 === n ? 0 : f[n - 1]) + r;
              h[n]++;
              for (let n = 0; n < c; ++n) s[o * c + n] = e[t * c + n];
              (p[o] = a[t]), (d[t] = o);
            }
            for (let e = 0; e < u; ++e)
              if (0 === h[e]) {
                const t = 0 === e ? 0 : f[e - 1];
                s[t * c + 0] = e;
                for (let e = 1; e < c; ++e) s[t * c + e] = 0;
                p[t] = o;
              }
            return [s, [t, c], p, l, d];
          }
        })(i, a.shape, a.dtype, u, r.dtype, l, d);
      return [
        n.makeTensorInfo(p, a.dtype, c),
        n.makeTensorInfo([p[0]], r.dtype, h),
        n.makeTensorInfo([f.length], 'bool', new Uint8Array(f.map((e) => Number(e)))),
        n.makeTensorInfo([m.length], a.dtype, new Int32Array(m)),
      ];
    },
  },
  Nc = {
    kernelName: ot,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { inputIndices: a, inputShape: r, newShape: s } = t;
      if (2 !== a.shape.length)
        throw new Error(`Input indices should be a matrix but received shape\n        ${a.shape}`);
      if (1 !== r.shape.length)
        throw new Error(`Input shape should be a vector but received shape\n        ${r.shape}`);
      if (1 !== s.shape.length)
        throw new Error(`Target shape should be a vector but received shape ${s.shape}`);
      const o = Array.from(n.data.get(r.dataId).values),
        i = n.data.get(a.dataId).values,
        u = Array.from(n.data.get(s.dataId).values),
        [l, d, c] = ((e, t, n, a, r) => {
          const s = h(a),
            o = t[0],
            i = r.length,
            u = [];
          let l = 1,
            d = -1;
          for (let e = 0; e < i; ++e) {
            const t = r[e];
            if (-1 === t) {
              if (-1 !== d) throw new Error(js(d, e));
              (d = e), u.push(1);
            } else {
              if (t < 0) throw new Error(Vs(e, t));
              (l *= t), u.push(t);
            }
          }
          if (-1 !== d) {
            if (l <= 0)
              throw new Error(
                'reshape cannot infer the missing input size for an empty tensor unless all specified input sizes are non-zero',
              );
            const e = Math.trunc(s / l);
            if (l * e !== s) throw new Error(Ks(a, u));
            u[d] = e;
          }
          if (h(u) !== s) throw new Error(Js(a, u));
          const c = a.length,
            p = [];
          if (c > 0) {
            p[c - 1] = 1;
            for (let e = c - 2; e >= 0; --e) p[e] = p[e + 1] * a[e + 1];
          }
          const f = [];
          if (i > 0) {
            f[i - 1] = 1;
            for (let e = i - 2; e >= 0; --e) f[e] = f[e + 1] * u[e + 1];
          }
          const m = k(n, o * i);
          for (let t = 0; t < o; ++t) {
            let n = 0;
            for (let a = 0; a < c; ++a) n += e[t * c + a] * p[a];
            for (let e = 0; e < i; ++e) (m[t * i + e] = Math.trunc(n / f[e])), (n %= f[e]);
          }
          return [m, [o, i], u];
        })(i, a.shape, a.dtype, o, u);
      return [
        n.makeTensorInfo(d, a.dtype, l),
        n.makeTensorInfo([c.length], s.dtype, new Int32Array(c)),
      ];
    },
  };
function Ac(e, t, n, a, r, s = !1, o = 0) {
  const i = a.length,
    u = [t[0], e.length / t[0]],
    l = u[1],
    d = i > 0 ? r[i - 1] + 1 : 0;
  if (d < 0) throw new Error('segment ids must be >= 0');
  const c = t.slice();
  c[0] = d;
  const p = c.reduce((e, t) => e * t, 1),
    h = k(n, p);
  if (0 === i) return (d > 0 && h.fill(o), [h, c]);
  if (d <= 0) throw new Error('segment ids must be >= 0');
  let f = 0,
    m = 1,
    g = 0,
    b = r[f];
  for (;;) {
    let t = 0;
    if (m < i) {
      if (((t = r[m]), b === t)) {
        ++m;
        continue;
      }
      if (b >= t) throw new Error(Qs());
    }
    if (b < 0 || b >= d) throw new Error(Zs(b, d));
    b > g && h.fill(o, g * l, b * l);
    for (let t = f; t < m; ++t) {
      const n = a[t];
      if (n < 0 || n >= u[0]) throw new Error(Xs(t, a[t], u[0]));
      for (let t = 0; t < l; t++) h[b * l + t] += e[n * l + t];
    }
    if (s) for (let e = 0; e < l; e++) h[b * l + e] /= m - f;
    if (((f = m), ++m, (g = b + 1), (b = t), m > i)) break;
  }
  return (g < d && h.fill(o, g * l, d * l), [h, c]);
}
const Fc = {
    kernelName: it,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { data: a, indices: r, segmentIds: s } = t;
      if (a.shape.length < 1)
        throw new Error('Data should be at least 1 dimensional but received scalar');
      if (1 !== r.shape.length)
        throw new Error(`Indices should be a vector but received shape\n          ${r.shape}`);
      if (1 !== s.shape.length)
        throw new Error(`Segment ids should be a vector but received shape\n          ${s.shape}`);
      if (r.shape[0] !== s.shape[0])
        throw new Error('segmentIds and indices should have same size.');
      const o = n.data.get(a.dataId).values,
        i = n.data.get(r.dataId).values,
        u = n.data.get(s.dataId).values,
        [l, d] = Ac(o, a.shape, a.dtype, i, u, !0);
      return n.makeTensorInfo(d, a.dtype, l);
    },
  },
  Ec = {
    kernelName: ut,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { data: a, indices: r, segmentIds: s } = t;
      if (a.shape.length < 1)
        throw new Error('Data should be at least 1 dimensional but received scalar');
      if (1 !== r.shape.length)
        throw new Error(`Indices should be a vector but received shape\n         ${r.shape}`);
      if (1 !== s.shape.length)
        throw new Error(`Segment ids should be a vector but received shape\n         ${s.shape}`);
      if (r.shape[0] !== s.shape[0])
        throw new Error('segmentIds and indices should have same size.');
      const o = n.data.get(a.dataId).values,
        i = n.data.get(r.dataId).values,
        u = n.data.get(s.dataId).values,
        [l, d] = Ac(o, a.shape, a.dtype, i, u);
      return n.makeTensorInfo(d, a.dtype, l);
    },
  },
  Tc = {
    kernelName: lt,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { sparseIndices: r, sparseValues: s, defaultValue: o } = t,
        { outputShape: i } = a,
        { sliceRank: u, numUpdates: l, sliceSize: d, strides: c, outputSize: p } = dr(0, r, i),
        h = !1,
        f = n.bufferSync(r);
      let m;
      switch (s.dtype) {
        case 'bool':
          m = hc(f, n.bufferSync(s), i, p, d, l, u, c, Boolean(n.data.get(o.dataId).values[0]), h);
          break;
        case 'float32':
        case 'int32':
          m = hc(f, n.bufferSync(s), i, p, d, l, u, c, n.data.get(o.dataId).values[0], h);
          break;
        case 'string':
          m = hc(f, n.bufferSync(s), i, p, d, l, u, c, Zt(n.data.get(o.dataId).values[0]), h);
          break;
        default:
          throw new Error(`Unsupported type ${s.dtype}`);
      }
      return n.makeTensorInfo(i, m.dtype, m.values);
    },
  },
  Dc = {
    kernelName: 'SplitV',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { numOrSizeSplits: s, axis: o } = a,
        i = b(o, r.shape)[0],
        u = zs(r, s, i),
        l = new Array(r.shape.length).fill(0),
        d = r.shape.slice();
      return u.map((e) => {
        const t = [...d];
        t[i] = e;
        const a = xu({ inputs: { x: r }, backend: n, attrs: { begin: l, size: t } });
        return ((l[i] += e), a);
      });
    },
  },
  $c =
    (bi((e) => Math.sqrt(e)),
    { kernelName: 'Sqrt', backendName: 'cpu', kernelFunc: yi('Sqrt', (e) => Math.sqrt(e)) }),
  Rc = {
    kernelName: 'Square',
    backendName: 'cpu',
    kernelFunc: ({ inputs: e, backend: t }) => {
      const { x: n } = e,
        a = t;
      mi(n, 'square');
      const r = a.data.get(n.dataId).values,
        s = new Float32Array(r.length);
      for (let e = 0; e < r.length; ++e) {
        const t = r[e];
        s[e] = t * t;
      }
      return { dataId: a.write(s, n.shape, n.dtype), shape: n.shape, dtype: n.dtype };
    },
  },
  Cc = {
    kernelName: dt,
    backendName: 'cpu',
    kernelFunc: qi(
      dt,
      Si((e, t) => {
        const n = e - t;
        return n * n;
      }),
    ),
  },
  Wc = {
    kernelName: ct,
    backendName: 'cpu',
    kernelFunc: ki(
      ct,
      bi((e, t) => {
        const { pattern: n, replaceGlobal: a, rewrite: r } = t;
        return e.replace(new RegExp(n, a ? 'g' : ''), r);
      }),
    ),
  },
  Oc = {
    kernelName: 'Step',
    backendName: 'cpu',
    kernelFunc: yi('Step', (e, t) => {
      const n = t;
      return isNaN(e) ? NaN : e > 0 ? 1 : n.alpha;
    }),
  },
  Pc = {
    kernelName: pt,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        {
          begin: s,
          end: o,
          strides: i,
          beginMask: u,
          endMask: l,
          ellipsisMask: c,
          newAxisMask: p,
          shrinkAxisMask: h,
        } = a;
      mi(r, 'stridedSlice');
      const {
        finalShapeSparse: f,
        finalShape: m,
        isIdentity: g,
        sliceDim0: b,
        isSimpleSlice: y,
        begin: k,
        end: w,
        strides: I,
      } = mr(r.shape, s, o, i, u, l, c, p, h);
      let v;
      if (g) v = Ki({ inputs: { x: r }, backend: n, attrs: { shape: m } });
      else if (b || y) {
        d(r.shape.length >= 1, () => `Input must have rank at least 1, got: ${r.shape.length}`);
        const e = cr(k, w, I),
          t = xu({ inputs: { x: r }, backend: n, attrs: { begin: k, size: e } });
        (v = Ki({ inputs: { x: t }, backend: n, attrs: { shape: m } })),
          n.disposeIntermediateTensorInfo(t);
      } else {
        const e = ((e, t, n, a) => {
          const r = pa(e, t.dtype);
          for (let e = 0; e < r.size; e++) {
            const s = r.indexToLoc(e),
              o = new Array(s.length);
            for (let e = 0; e < o.length; e++) o[e] = s[e] * n[e] + a[e];
            r.set(t.get(...o), ...s);
          }
          return r;
        })(f, n.bufferSync(r), I, k);
        v = n.makeTensorInfo(m, e.dtype, e.values);
      }
      return v;
    },
  };
class Bc {
  constructor(e, t, n, a, r, s) {
    (this.separator = Qt(e)),
      (this.nGramWidths = t),
      (this.leftPad = Qt(n)),
      (this.rightPad = Qt(a)),
      (this.padWidth = r),
      (this.preserveShort = s);
  }
  getPadWidth(e) {
    return Math.min(this.padWidth < 0 ? e - 1 : this.padWidth, e - 1);
  }
  getNumNGrams(e, t) {
    const n = this.getPadWidth(t);
    return Math.max(0, e + 2 * n - t + 1);
  }
  createNGrams(e, t, n, a, r, s) {
    for (let o = 0; o < r; ++o) {
      const i = this.getPadWidth(s),
        u = Math.max(0, i - o),
        l = Math.max(0, i - (r - (o + 1))),
        d = s - (u + l),
        c = t + (u > 0 ? 0 : o - i);
      let p = 0;
      p += u * this.leftPad.length;
      for (let t = 0; t < d; ++t) p += e[c + t].length;
      (p += l * this.rightPad.length),
        (p += (u + l + d - 1) * this.separator.length),
        (n[a + o] = new Uint8Array(p));
      const h = n[a + o];
      let f = 0;
      const m = (e) => e.forEach((e) => (h[f++] = e));
      for (let e = 0; e < u; ++e) m(this.leftPad), m(this.separator);
      for (let t = 0; t < d - 1; ++t) m(e[c + t]), m(this.separator);
      if (d > 0) {
        m(e[c + d - 1]);
        for (let e = 0; e < l; ++e) m(this.separator), m(this.rightPad);
      } else {
        for (let e = 0; e < l - 1; ++e) m(this.rightPad), m(this.separator);
        m(this.rightPad);
      }
    }
  }
  compute(e, t) {
    const n = e.length,
      a = t.length;
    if (a > 0) {
      let e = t[0];
      if (0 !== e) throw new Error(`First split value must be 0, got ${e}`);
      for (let r = 1; r < a; ++r) {
        let a = t[r] >= e;
        if (((a = a && t[r] <= n), !a))
          throw new Error(`Invalid split value ${t[r]}, must be in [${e}, ${n}]`);
        e = t[r];
      }
      if (e !== n) throw new Error(`Last split value must be data size. Expected ${n}, got ${e}`);
    }
    const r = a - 1,
      s = k('int32', a);
    if (0 === n || 0 === a) {
      const e = new Array(n);
      for (let e = 0; e <= r; ++e) s[e] = 0;
      return [e, s];
    }
    s[0] = 0;
    for (let e = 1; e <= r; ++e) {
      const n = t[e] - t[e - 1];
      let a = 0;
      this.nGramWidths.forEach((e) => {
        a += this.getNumNGrams(n, e);
      }),
        this.preserveShort && n > 0 && 0 === a && (a = 1),
        (s[e] = s[e - 1] + a);
    }
    const o = new Array(s[r]);
    for (let n = 0; n < r; ++n) {
      const a = t[n];
      let r = s[n];
      if (
        (this.nGramWidths.forEach((s) => {
          const i = t[n + 1] - t[n],
            u = this.getNumNGrams(i, s);
          this.createNGrams(e, a, o, r, u, s), (r += u);
        }),
        this.preserveShort && r === s[n])
      ) {
        const s = t[n + 1] - t[n];
        if (0 === s) continue;
        const i = s + 2 * this.padWidth,
          u = 1;
        this.createNGrams(e, a, o, r, u, i);
      }
    }
    return [o, s];
  }
}
function Hc(e, t, n, a, r, s, o, i) {
  return new Bc(n, a, r, s, o, i).compute(e, t);
}
const Lc = {
  kernelName: ht,
  backendName: 'cpu',
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      {
        separator: r,
        nGramWidths: s,
        leftPad: o,
        rightPad: i,
        padWidth: u,
        preserveShortSequences: l,
      } = a,
      { data: d, dataSplits: c } = t,
      p = n.data.get(d.dataId).values,
      h = n.data.get(c.dataId).values,
      [f, m] = Hc(p, h, r, s, o, i, u, l);
    return [n.makeTensorInfo([f.length], 'string', f), n.makeTensorInfo(c.shape, 'int32', m)];
  },
};
function zc(e, t, n, a) {
  if (!e.length) return;
  if (0 === t.length) {
    for (let t = 0; t < e.length; ++t) a.push(e.subarray(t, t + 1));
    return;
  }
  if (1 === t.length) {
    const r = t[0];
    let s = e.indexOf(r);
    for (; -1 !== s; ) {
      const t = e.subarray(0, s);
      (n && 0 === t.length) || a.push(t), (s = (e = e.subarray(s + 1)).indexOf(r));
    }
    return void ((n && 0 === e.length) || a.push(e));
  }
  let r = 0;
  for (let s = 0; s < e.length + 1; s++)
    if (s === e.length || -1 !== t.indexOf(e[s])) {
      const t = e.subarray(r, s);
      (n && 0 === t.length) || a.push(t), (r = s + 1);
    }
}
function Uc(e, t, n) {
  const a = e.length,
    r = [];
  let s = 0,
    o = 0;
  const i = new Array(a);
  for (let u = 0; u < a; ++u) {
    const a = r.length;
    zc(e[u], t, n, r);
    const l = r.length - a;
    (i[u] = l), (s += l), (o = Math.max(o, l));
  }
  const u = k('int32', 2 * s),
    l = new Array(s),
    d = [a, o];
  let c = 0;
  for (let e = 0; e < a; ++e)
    for (let t = 0; t < i[e]; ++t) (u[2 * c] = e), (u[2 * c + 1] = t), (l[c] = r[c]), ++c;
  return [u, l, d];
}
const qc = {
  kernelName: ft,
  backendName: 'cpu',
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { skipEmpty: r } = a,
      { input: s, delimiter: o } = t;
    if ('string' !== s.dtype) throw new Error('Input must be of datatype string');
    if (1 !== s.shape.length) throw new Error(`Input must be a vector, got shape: ${s.shape}`);
    if (0 !== o.shape.length) throw new Error(`Delimiter must be a scalar, got shape: ${o.shape}`);
    const i = n.data.get(s.dataId).values,
      u = n.data.get(o.dataId).values[0],
      [l, d, c] = Uc(i, u, r),
      p = d.length;
    return [
      n.makeTensorInfo([p, 2], 'int32', l),
      n.makeTensorInfo([p], 'string', d),
      n.makeTensorInfo([2], 'int32', new Int32Array(c)),
    ];
  },
};
function Gc(e, t) {
  const n = k('int32', e.length);
  for (let a = 0; a < e.length; ++a) n[a] = jt(e[a]).modulo(t).getLowBitsUnsigned();
  return n;
}
const jc = {
    kernelName: mt,
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { numBuckets: r } = a,
        { input: s } = t;
      if ('string' !== s.dtype) throw new Error('Input must be of datatype string');
      if (r <= 0) throw new Error('Number of buckets must be at least 1');
      const o = Gc(n.data.get(s.dataId).values, r);
      return n.makeTensorInfo(s.shape, 'int32', o);
    },
  },
  Vc = { kernelName: 'Tan', backendName: 'cpu', kernelFunc: yi('Tan', (e) => Math.tan(e)) },
  Kc = yi('Tanh', (e) => Math.tanh(e)),
  Jc = (e, t) => {
    const n = t.value - e.value;
    return 0 === n ? e.index - t.index : n;
  };
function Qc(e, t, n = 0, a = e.length - 1) {
  for (; a > n; ) {
    if (a - n > 600) {
      const r = a - n + 1,
        s = t - n + 1,
        o = Math.log(r),
        i = 0.5 * Math.exp((2 * o) / 3),
        u = 0.5 * Math.sqrt((o * i * (r - i)) / r) * Math.sign(s - r / 2);
      Qc(
        e,
        t,
        Math.max(n, Math.floor(t - (s * i) / r + u)),
        Math.min(a, Math.floor(t + ((r - s) * i) / r + u)),
      );
    }
    const r = e[t];
    let s = n,
      o = a;
    for (l(e, n, t), Jc(e[a], r) > 0 && l(e, n, a); s < o; ) {
      for (l(e, s, o), s++, o--; Jc(e[s], r) < 0; ) s += 1;
      for (; Jc(e[o], r) > 0; ) o -= 1;
    }
    0 === Jc(e[n], r) ? l(e, n, o) : ((o += 1), l(e, o, a)),
      o <= t && (n = o + 1),
      t <= o && (a = o - 1);
  }
}
function Zc(e, t, n) {
  switch (n) {
    case 'reflect':
      return ((e, t) => {
        let n = e;
        if (n < 0)
          if (t <= 1) n = 0;
          else {
            const e = 2 * t;
            n < e && (n = e * Math.trunc(-n / e) + n), (n = n < -t ? n + e : -n - 1);
          }
        else if (n > t - 1)
          if (t <= 1) n = 0;
          else {
            const e = 2 * t;
            (n -= e * Math.trunc(n / e)), n >= t && (n = e - n - 1);
          }
        return u(0, n, t - 1);
      })(e, t);
    case 'wrap':
      return ((e, t) => {
        let n = e;
        if (n < 0)
          if (t <= 1) n = 0;
          else {
            const e = t - 1;
            n += t * (Math.trunc(-n / e) + 1);
          }
        else if (n > t - 1)
          if (t <= 1) n = 0;
          else {
            const e = t - 1;
            n -= t * Math.trunc(n / e);
          }
        return u(0, n, t - 1);
      })(e, t);
    case 'nearest':
      return ((e, t) => u(0, e, t - 1))(e, t);
    default:
      return e;
  }
}
function Xc(e, t, n, a, r, s, o, i, u, l, d) {
  return 0 <= i && i < t && 0 <= u && u < n ? e[o * a + i * r + u * s + l] : d;
}
function Yc(e, t, n, a, r, s, o, i, u, l, d) {
  return Xc(e, t, n, a, r, s, o, Math.round(i), Math.round(u), l, d);
}
function ep(e, t, n, a, r, s, o, i, u, l, d) {
  const c = Math.floor(i),
    p = Math.floor(u),
    h = c + 1,
    f = p + 1;
  return (
    (h - i) *
      ((f - u) * Xc(e, t, n, a, r, s, o, c, p, l, d) +
        (u - p) * Xc(e, t, n, a, r, s, o, c, f, l, d)) +
    (i - c) *
      ((f - u) * Xc(e, t, n, a, r, s, o, h, p, l, d) +
        (u - p) * Xc(e, t, n, a, r, s, o, h, f, l, d))
  );
}
function tp(e, t, n, a) {
  const r = b(t, n)[0],
    s = [1, n[0], 1];
  for (let e = 0; e < r; e++) s[0] *= n[e];
  s[1] = n[r];
  for (let e = r + 1; e < n.length; e++) s[2] *= n[e];
  const o = new Map(),
    i = new Int32Array(n[r]),
    u = new ln(s, a, e),
    l = [],
    d = 1 === s[0] && 1 === s[2];
  for (let t = 0; t < n[r]; t++) {
    let n;
    if (d) n = e[t].toString();
    else {
      const e = [];
      for (let n = 0; n < s[0]; n++) for (let a = 0; a < s[2]; a++) e.push(u.get(n, t, a));
      n = e.join(',');
    }
    const a = o.get(n);
    if (null != a) i[t] = a;
    else {
      const e = o.size;
      o.set(n, e), (i[t] = e), l.push(t);
    }
  }
  const c = s.slice();
  c[1] = o.size;
  const p = new ln(c, a);
  l.forEach((e, t) => {
    for (let n = 0; n < s[0]; n++) for (let a = 0; a < s[2]; a++) p.set(u.get(n, e, a), n, t, a);
  });
  const h = n.slice();
  return ((h[r] = c[1]), { outputValues: p.values, outputShape: h, indices: i });
}
const np = {
    kernelName: 'UnsortedSegmentSum',
    backendName: 'cpu',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, segmentIds: s } = t,
        { numSegments: o } = a;
      mi(r, 'unsortedSegmentSum');
      const i = [],
        u = [],
        l = r.shape.length - s.shape.length;
      let d = s;
      for (let e = 0; e < l; ++e) {
        const t = vl({ inputs: { input: d }, backend: n, attrs: { dim: e + 1 } });
        (d = t), u.push(t);
      }
      for (let e = 0; e < o; ++e) {
        const t = Vt(e, 'int32'),
          a = n.makeTensorInfo([], 'int32', t),
          s = bl({ inputs: { a, b: d }, backend: n }),
          o = zi({ inputs: { x: s }, backend: n, attrs: { dtype: 'float32' } }),
          l = cl({ inputs: { a: o, b: r }, backend: n }),
          c = hl({ inputs: { x: l }, backend: n, attrs: { axis: 0, keepDims: !1 } });
        i.push(c), u.push(a), u.push(s), u.push(o), u.push(l), u.push(c);
      }
      const c = Ld({ inputs: i, backend: n, attrs: { axis: 0 } });
      return (u.forEach((e) => n.disposeIntermediateTensorInfo(e)), c);
    },
  },
  ap = [
    Xi,
    Yi,
    eu,
    tu,
    Vi,
    nu,
    ou,
    iu,
    uu,
    lu,
    du,
    cu,
    pu,
    hu,
    fu,
    yu,
    ku,
    wu,
    Iu,
    Zi,
    vu,
    Su,
    Au,
    Fu,
    Eu,
    Ui,
    Tu,
    $u,
    Pi,
    Ru,
    Bu,
    Lu,
    zu,
    Uu,
    qu,
    Gu,
    ju,
    Vu,
    Ku,
    Ju,
    Qu,
    Zu,
    Xu,
    Yu,
    tl,
    nl,
    al,
    rl,
    sl,
    ol,
    il,
    ul,
    ml,
    Ii,
    gl,
    yl,
    kl,
    Il,
    _l,
    xl,
    $l,
    Cl,
    Wl,
    Ol,
    Hl,
    Ll,
    zl,
    Ul,
    ql,
    Vl,
    Ql,
    _i,
    Zl,
    Ou,
    Xl,
    Yl,
    ed,
    Mi,
    td,
    rd,
    sd,
    od,
    id,
    ud,
    ld,
    dd,
    cd,
    pd,
    fd,
    bd,
    yd,
    kd,
    wd,
    Id,
    vd,
    _d,
    xd,
    Md,
    Sd,
    Nd,
    Td,
    pl,
    Dd,
    $d,
    Rd,
    Cd,
    Wd,
    Od,
    Hd,
    zd,
    Ud,
    qd,
    Fi,
    Gd,
    Kd,
    Jd,
    ec,
    nc,
    Li,
    Nl,
    rc,
    Ti,
    $i,
    Ji,
    sc,
    oc,
    ic,
    uc,
    lc,
    dc,
    cc,
    pc,
    fc,
    bc,
    yc,
    kc,
    Ci,
    wc,
    Ic,
    vc,
    Mu,
    Ed,
    xc,
    Mc,
    Sc,
    Nc,
    Fc,
    Ec,
    Tc,
    Dc,
    $c,
    Rc,
    Cc,
    Wc,
    Oc,
    Pc,
    Lc,
    qc,
    jc,
    Fl,
    fl,
    Vc,
    { kernelName: 'Tanh', backendName: 'cpu', kernelFunc: Kc },
    {
      kernelName: Ye,
      backendName: 'cpu',
      kernelFunc: (e) => {
        const { inputs: t, backend: n } = e,
          { tensor: a, indices: r, updates: s } = t,
          {
            sliceRank: o,
            numUpdates: i,
            sliceSize: u,
            strides: l,
            outputSize: d,
          } = dr(0, r, a.shape),
          c = n.bufferSync(r),
          p = n.bufferSync(s),
          h = n.bufferSync(a),
          f = hc(c, p, a.shape, d, u, i, o, l, h, !1);
        return n.makeTensorInfo(a.shape, f.dtype, f.values);
      },
    },
    {
      kernelName: 'Tile',
      backendName: 'cpu',
      kernelFunc: (e) => {
        const { inputs: t, backend: n, attrs: a } = e,
          { x: r } = t,
          { reps: s } = a;
        mi(r, 'tile');
        const o = ((e, t) => {
          const n = new Array(e.rank);
          for (let a = 0; a < n.length; a++) n[a] = e.shape[a] * t[a];
          const a = pa(n, e.dtype);
          for (let t = 0; t < a.values.length; ++t) {
            const n = a.indexToLoc(t),
              r = new Array(e.rank);
            for (let t = 0; t < r.length; t++) r[t] = n[t] % e.shape[t];
            const s = e.locToIndex(r);
            a.values[t] = e.values[s];
          }
          return a;
        })(n.bufferSync(r), s);
        return n.makeTensorInfo(o.shape, o.dtype, o.values);
      },
    },
    {
      kernelName: 'TopK',
      backendName: 'cpu',
      kernelFunc: (e) => {
        const { inputs: t, backend: n, attrs: a } = e,
          { x: r } = t,
          { k: s, sorted: o } = a;
        mi(r, 'topk');
        const i = n.data.get(r.dataId).values,
          [u, l] = ((e, t, n, a, r) => {
            const s = t[t.length - 1],
              [o, i] = [e.length / s, s],
              u = y(n, o * a),
              l = y('int32', o * a);
            for (let t = 0; t < o; t++) {
              const n = t * i,
                s = e.subarray(n, n + i);
              let o = new Array(s.length);
              s.forEach((e, t) => (o[t] = { value: e, index: t })),
                a < o.length && (Qc(o, a), (o = o.slice(0, a))),
                r && o.sort(Jc);
              const d = t * a,
                c = u.subarray(d, d + a),
                p = l.subarray(d, d + a);
              for (let e = 0; e < a; e++) (c[e] = o[e].value), (p[e] = o[e].index);
            }
            const d = t.slice();
            return ((d[d.length - 1] = a), [pa(d, n, u), pa(d, 'int32', l)]);
          })(i, r.shape, r.dtype, s, o);
        return [
          n.makeTensorInfo(u.shape, u.dtype, u.values),
          n.makeTensorInfo(l.shape, l.dtype, l.values),
        ];
      },
    },
    {
      kernelName: gt,
      backendName: 'cpu',
      kernelFunc: (e) => {
        const { inputs: t, attrs: n, backend: a } = e,
          { image: r, transforms: s } = t,
          { interpolation: o, fillMode: i, fillValue: u, outputShape: l } = n,
          [d, c, p, f] = r.shape,
          [m, g] = null != l ? l : [c, p],
          b = [d, m, g, f],
          k = x(r.shape),
          w = k[0],
          I = k[1],
          v = k[2],
          _ = x(b),
          M = _[0],
          S = _[1],
          N = _[2],
          A = y(r.dtype, h(b));
        A.fill(u);
        const F = a.data.get(r.dataId).values,
          E = a.data.get(s.dataId).values;
        for (let e = 0; e < d; ++e) {
          const t = 1 === s.shape[0] ? E : E.subarray(8 * e, 8 * e + 8);
          for (let n = 0; n < m; ++n)
            for (let a = 0; a < g; ++a)
              for (let r = 0; r < f; ++r) {
                let s;
                const l = t[6] * a + t[7] * n + 1;
                if (0 === l) continue;
                const d = (t[0] * a + t[1] * n + t[2]) / l,
                  h = (t[3] * a + t[4] * n + t[5]) / l,
                  f = Zc(d, p, i),
                  m = Zc(h, c, i);
                switch (o) {
                  case 'nearest':
                    s = Yc(F, c, p, w, I, v, e, m, f, r, u);
                    break;
                  case 'bilinear':
                    s = ep(F, c, p, w, I, v, e, m, f, r, u);
                    break;
                  default:
                    throw new Error(
                      `Error in Transform: Expect 'nearest' or 'bilinear', but got ${o}`,
                    );
                }
                A[e * M + n * S + a * N + r] = s;
              }
          return a.makeTensorInfo(b, r.dtype, A);
        }
        return { dataId: a.write(A, b, r.dtype), shape: r.shape, dtype: r.dtype };
      },
    },
    su,
    {
      kernelName: 'Unique',
      backendName: 'cpu',
      kernelFunc: (e) => {
        const { inputs: t, attrs: n, backend: a } = e,
          { axis: r } = n,
          { x: s } = t;
        mi(s, 'unique');
        const o = a.data.get(s.dataId).values,
          { outputValues: i, outputShape: u, indices: l } = tp(o, r, s.shape, s.dtype);
        return [a.makeTensorInfo(u, s.dtype, i), a.makeTensorInfo([l.length], 'int32', l)];
      },
    },
    {
      kernelName: 'Unpack',
      backendName: 'cpu',
      kernelFunc: (e) => {
        const { inputs: t, backend: n, attrs: a } = e,
          { value: r } = t;
        let { axis: s } = a;
        s < 0 && (s += r.shape.length);
        const o = r.shape.length,
          i = r.shape[s],
          u = new Array(o - 1);
        let l = 0;
        for (let e = 0; e < o; e++) e !== s && (u[l++] = r.shape[e]);
        const d = new Array(o).fill(0),
          c = r.shape.slice();
        c[s] = 1;
        const p = new Array(i);
        for (let e = 0; e < p.length; e++) {
          d[s] = e;
          const t = xu({ inputs: { x: r }, backend: n, attrs: { begin: d, size: c } });
          (p[e] = Ki({ inputs: { x: t }, backend: n, attrs: { shape: u } })),
            n.disposeIntermediateTensorInfo(t);
        }
        return p;
      },
    },
    np,
    Bd,
  ];
for (const e of ap) Ft(e);
var rp, sp;
let op;
!((e) => {
  (e[(e.float32 = 0)] = 'float32'),
    (e[(e.int32 = 1)] = 'int32'),
    (e[(e.bool = 2)] = 'bool'),
    (e[(e.string = 3)] = 'string'),
    (e[(e.complex64 = 4)] = 'complex64');
})(rp || (rp = {})),
  ((e) => {
    (e[(e.linear = 0)] = 'linear'),
      (e[(e.relu = 1)] = 'relu'),
      (e[(e.relu6 = 2)] = 'relu6'),
      (e[(e.prelu = 3)] = 'prelu'),
      (e[(e.leakyrelu = 4)] = 'leakyrelu'),
      (e[(e.sigmoid = 5)] = 'sigmoid'),
      (e[(e.elu = 6)] = 'elu');
  })(sp || (sp = {}));
const ip = {
  kernelName: wt,
  backendName: 'wasm',
  setupFunc: (e) => {
    op = e.wasm.cwrap(wt, null, [
      'number',
      'array',
      'number',
      'number',
      'array',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { a: r, b: s, bias: o, preluActivationWeights: i } = t;
    if ('float32' !== r.dtype || 'float32' !== s.dtype)
      throw new Error('_FusedMatMul for non non-float32 tensors not yet supported.');
    const { transposeA: u, transposeB: l, activation: d, leakyreluAlpha: c } = a,
      p = n.dataIdMap.get(r.dataId).id,
      h = n.dataIdMap.get(s.dataId).id;
    let f = 0;
    if (null != o) {
      const e = n.dataIdMap.get(o.dataId);
      if (1 !== e.shape.length)
        throw new Error(`_FusedMatMul only supports rank-1 bias but got rank ${e.shape.length}.`);
      f = e.id;
    }
    const m = null == i ? 0 : n.dataIdMap.get(i.dataId).id,
      g = sp[d];
    if (null == g)
      throw new Error(`${d} activation not yet supported for FusedConv2D in the wasm backend.`);
    const b = u ? r.shape[2] : r.shape[1],
      y = l ? s.shape[1] : s.shape[2],
      k = Ja(r.shape.slice(0, -2), s.shape.slice(0, -2)),
      w = n.makeOutput([...k, b, y], r.dtype),
      I = n.dataIdMap.get(w.dataId).id,
      v = new Uint8Array(new Int32Array(r.shape).buffer),
      _ = new Uint8Array(new Int32Array(s.shape).buffer);
    return (op(p, v, r.shape.length, h, _, s.shape.length, u, l, g, f, m, c || 0, I), w);
  },
};
function up(e, t) {
  let n;
  return {
    kernelName: e,
    backendName: 'wasm',
    setupFunc: (t) => {
      n = t.wasm.cwrap(e, null, ['number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const {
          backend: a,
          inputs: { x: r },
        } = e,
        s = a.dataIdMap.get(r.dataId).id,
        o = a.makeOutput(r.shape, t || r.dtype),
        i = a.dataIdMap.get(o.dataId).id;
      return (0 === h(o.shape) || n(s, rp[r.dtype], i), o);
    },
  };
}
const lp = up('Abs'),
  dp = up('Acos'),
  cp = up('Acosh');
function pp(e, t, n) {
  let a;
  return {
    kernelName: e,
    backendName: 'wasm',
    setupFunc: (t) => {
      a = t.wasm.cwrap(e, null, [
        'number',
        'array',
        'number',
        'number',
        'array',
        'number',
        'number',
        'number',
      ]);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: r } = e,
        { a: s, b: o } = r,
        i = t.dataIdMap.get(s.dataId).id,
        u = t.dataIdMap.get(o.dataId).id,
        l = null != n ? n : s.dtype,
        d = Ja(s.shape, o.shape),
        c = t.makeOutput(d, l);
      if (0 === h(d)) return c;
      const p = new Uint8Array(new Int32Array(s.shape).buffer),
        f = new Uint8Array(new Int32Array(o.shape).buffer),
        m = t.dataIdMap.get(c.dataId).id;
      return (a(i, p, s.shape.length, u, f, o.shape.length, rp[s.dtype], m), c);
    },
  };
}
const hp = pp('Add');
let fp;
const mp = {
  kernelName: 'AddN',
  backendName: 'wasm',
  setupFunc: (e) => {
    fp = e.wasm.cwrap('AddN', null, ['array', 'number', 'number', 'number']);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n } = e,
      a = n.makeOutput(t[0].shape, t[0].dtype);
    if (0 === h(a.shape)) return a;
    const r = t.map((e) => n.dataIdMap.get(e.dataId).id),
      s = new Uint8Array(new Int32Array(r).buffer),
      o = n.dataIdMap.get(a.dataId).id;
    return (fp(s, r.length, rp[a.dtype], o), a);
  },
};
function gp(e) {
  const {
    inputs: { x: t },
    backend: n,
  } = e;
  if ('string' === t.dtype) return Zr(n.readSync(t.dataId), t.shape, t.dtype);
  const a = n.makeOutput(t.shape, t.dtype),
    r = n.typedArrayFromHeap(t);
  return (n.typedArrayFromHeap(a).set(r), a);
}
const bp = { kernelName: Ie, backendName: 'wasm', kernelFunc: gp };
let yp;
function kp(e) {
  const { inputs: t, backend: n, attrs: a } = e,
    [r, s] = ((e, t) => {
      const n = [],
        a = [];
      for (let r = 0; r < e.length; ++r) 1 !== e[r] && n.push(e[r]), 1 !== e[t[r]] && a.push(t[r]);
      for (let e = 0; e < a.length; ++e) {
        let t = -1;
        for (let n = 0; n < a.length; ++n) a[n] >= e && (-1 === t || a[t] > a[n]) && (t = n);
        a[t] = e;
      }
      return [n, a];
    })(t.x.shape, a.perm);
  let o = !0;
  for (let e = 0; e < s.length; e++) s[e] !== e && (o = !1);
  const i = ((e, t) => {
      const n = new Array(e.length);
      for (let a = 0; a < n.length; a++) n[a] = e[t[a]];
      return n;
    })(t.x.shape, a.perm),
    u = { dataId: t.x.dataId, shape: r, dtype: t.x.dtype };
  if (o) {
    const e = gp({ inputs: t, backend: n });
    return ((e.shape = i), e);
  }
  const l = n.makeOutput(i, u.dtype),
    d = n.dataIdMap.get(u.dataId).id,
    c = n.dataIdMap.get(l.dataId).id,
    p = new Uint8Array(new Int32Array(s).buffer),
    h = new Uint8Array(new Int32Array(u.shape).buffer);
  return (yp(d, h, u.shape.length, rp[u.dtype], c, p, s.length), l);
}
const wp = {
  kernelName: bt,
  backendName: 'wasm',
  kernelFunc: kp,
  setupFunc: (e) => {
    yp = e.wasm.cwrap(bt, null, [
      'number',
      'array',
      'number',
      'number',
      'number',
      'array',
      'number',
    ]);
  },
};
function Ip(e, t, n) {
  const a = e.shape,
    r = e.shape.length,
    s = b(t, a);
  let o = s;
  const i = ls(o, r);
  let u = null,
    l = !1;
  if (null != i) {
    const t = new Array(r);
    for (let e = 0; e < t.length; e++) t[e] = a[i[e]];
    (o = cs(o.length, r)), (u = kp({ inputs: { x: e }, attrs: { perm: i }, backend: n }));
    const s = n.dataIdMap.get(e.dataId).id;
    n.dataIdMap.get(u.dataId).id !== s && (l = !0);
  }
  return { transposed: u, originalAxes: s, axes: o, inputWasTransposed: l };
}
let vp;
const _p = {
  kernelName: 'All',
  backendName: 'wasm',
  setupFunc: (e) => {
    vp = e.wasm.cwrap('All', null, ['number, number, number']);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { axis: r, keepDims: s } = a,
      { x: o } = n;
    let i = t.dataIdMap.get(o.dataId).id,
      u = o;
    const { transposed: l, axes: d, originalAxes: c, inputWasTransposed: p } = Ip(o, r, t);
    p && ((u = l), (i = t.dataIdMap.get(l.dataId).id)), us('all', d, u.shape.length);
    const [f, m] = os(u.shape, d),
      g = h(m),
      b = t.makeOutput(f, o.dtype);
    if (0 !== h(u.shape)) {
      const e = t.dataIdMap.get(b.dataId).id;
      vp(i, g, e);
    }
    if ((p && t.disposeData(l.dataId), s)) {
      const e = is(b.shape, c);
      b.shape = e;
    }
    return b;
  },
};
let xp;
const Mp = {
  kernelName: 'Any',
  backendName: 'wasm',
  setupFunc: (e) => {
    xp = e.wasm.cwrap('Any', null, ['number, number, number']);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { axis: r, keepDims: s } = a,
      { x: o } = n;
    let i = t.dataIdMap.get(o.dataId).id,
      u = o;
    const { transposed: l, axes: d, originalAxes: c, inputWasTransposed: p } = Ip(o, r, t);
    p && ((u = l), (i = t.dataIdMap.get(l.dataId).id)), us('any', d, u.shape.length);
    const [f, m] = os(u.shape, d),
      g = h(m),
      b = t.makeOutput(f, o.dtype);
    if (0 !== h(u.shape)) {
      const e = t.dataIdMap.get(b.dataId).id;
      xp(i, g, e);
    }
    if ((p && t.disposeData(l.dataId), s)) {
      const e = is(b.shape, c);
      b.shape = e;
    }
    return b;
  },
};
function Sp(e) {
  let t;
  return {
    kernelName: e,
    backendName: 'wasm',
    setupFunc: (n) => {
      t = n.wasm.cwrap(e, null, ['number', 'number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { backend: n, inputs: a, attrs: r } = e,
        { axis: s } = r,
        { x: o } = a,
        i = n.dataIdMap.get(o.dataId).id;
      let u = i,
        l = o;
      const { transposed: d, axes: c, inputWasTransposed: p } = Ip(o, s, n);
      if (p) {
        const e = n.dataIdMap.get(d.dataId).id;
        e !== i && ((l = d), (u = e));
      }
      const f = l.shape.slice(0, -1),
        m = n.makeOutput(f, 'int32'),
        g = n.dataIdMap.get(m.dataId).id,
        b = h(m.shape),
        y = l.shape[c[0]];
      return (t(u, rp[l.dtype], b, y, g), p && n.disposeData(d.dataId), m);
    },
  };
}
const Np = Sp('ArgMax'),
  Ap = Sp('ArgMin'),
  Fp = up('Asin'),
  Ep = up('Asinh'),
  Tp = up('Atan'),
  Dp = pp('Atan2'),
  $p = up('Atanh');
let Rp;
const Cp = {
  kernelName: z,
  backendName: 'wasm',
  setupFunc: (e) => {
    Rp = e.wasm.cwrap(z, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, attrs: n, backend: a } = e,
      r = t.x,
      s = a.dataIdMap.get(r.dataId).id,
      { filterSize: o, strides: i, pad: u, dimRoundingMode: l } = n,
      d = ms(r.shape, o, i, 1, u, l),
      c = d.filterHeight,
      p = d.filterWidth,
      h = d.padInfo.top,
      f = d.padInfo.right,
      m = d.padInfo.bottom,
      g = d.padInfo.left,
      b = d.strideHeight,
      y = d.strideWidth,
      k = d.inChannels;
    if ('channelsLast' !== d.dataFormat)
      throw new Error(
        `wasm backend does not support dataFormat:'${d.dataFormat}'. Please use 'channelsLast'.`,
      );
    if (1 !== d.dilationWidth || 1 !== d.dilationHeight)
      throw new Error(
        `was backend only supports average pooling with dilation = [1, 1], got [${d.dilationHeight}, ${d.dilationWidth}].`,
      );
    const w = a.makeOutput(d.outShape, 'float32'),
      I = a.dataIdMap.get(w.dataId).id;
    return (Rp(s, r.shape[0], r.shape[1], r.shape[2], c, p, h, f, m, g, b, y, k, I), w);
  },
};
let Wp;
const Op = {
  kernelName: q,
  backendName: 'wasm',
  setupFunc: (e) => {
    Wp = e.wasm.cwrap('AvgPool3D', null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r } = t,
      { filterSize: s, strides: o, pad: i, dimRoundingMode: u, dataFormat: l } = a,
      d = gs(r.shape, s, o, 1, i, u, l),
      c = n.makeOutput(d.outShape, r.dtype);
    return (
      Wp(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(c.dataId).id,
        d.batchSize,
        d.inChannels,
        d.inDepth,
        d.inHeight,
        d.inWidth,
        d.outDepth,
        d.outHeight,
        d.outWidth,
        d.strideDepth,
        d.strideHeight,
        d.strideWidth,
        d.dilationDepth,
        d.dilationHeight,
        d.dilationWidth,
        d.effectiveFilterDepth,
        d.effectiveFilterHeight,
        d.effectiveFilterWidth,
        d.padInfo.front,
        d.padInfo.top,
        d.padInfo.left,
      ),
      c
    );
  },
};
let Pp;
const Bp = {
  kernelName: G,
  backendName: 'wasm',
  setupFunc: (e) => {
    Pp = e.wasm.cwrap('AvgPool3DGrad', null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { dy: r, input: s } = t,
      { filterSize: o, strides: i, pad: u, dimRoundingMode: l } = a,
      d = gs(s.shape, o, i, 1, u, l),
      c = n.makeOutput(s.shape, s.dtype);
    return (
      Pp(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(c.dataId).id,
        d.batchSize,
        d.inChannels,
        d.inDepth,
        d.inHeight,
        d.inWidth,
        d.outDepth,
        d.outHeight,
        d.outWidth,
        d.strideDepth,
        d.strideHeight,
        d.strideWidth,
        d.dilationDepth,
        d.dilationHeight,
        d.dilationWidth,
        d.effectiveFilterDepth,
        d.effectiveFilterHeight,
        d.effectiveFilterWidth,
        d.padInfo.front,
        d.padInfo.top,
        d.padInfo.left,
        d.filterDepth,
        d.filterHeight,
        d.filterWidth,
      ),
      c
    );
  },
};
let Hp;
const Lp = {
  kernelName: U,
  backendName: 'wasm',
  setupFunc: (e) => {
    Hp = e.wasm.cwrap('AvgPoolGrad', null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { dy: r, input: s } = t,
      { filterSize: o, strides: i, pad: u } = a,
      l = ms(s.shape, o, i, 1, u),
      d = n.makeOutput(s.shape, s.dtype);
    return (
      Hp(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(d.dataId).id,
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
      d
    );
  },
};
function zp(e) {
  const { inputs: t, attrs: n } = e,
    { x: a } = t,
    { shape: r } = n,
    s = h(a.shape),
    o = g(r, s);
  return (
    d(
      s === h(o),
      () =>
        `new shape: ${o}, old shape: ${a.shape}. New shape and old shape must have the same number of elements.`,
    ),
    e.backend.incRef(a.dataId),
    { dataId: a.dataId, shape: o, dtype: a.dtype }
  );
}
const Up = { kernelName: je, backendName: 'wasm', kernelFunc: zp };
let qp;
const Gp = {
  kernelName: j,
  backendName: 'wasm',
  setupFunc: (e) => {
    qp = e.wasm.cwrap(j, null, [
      'number',
      'array',
      'number',
      'number',
      'array',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { a: r, b: s } = t,
      { transposeA: o, transposeB: i } = a;
    if ('float32' !== r.dtype || 'float32' !== s.dtype)
      throw new Error('BatchMatMul for non non-float32 tensors not yet supported.');
    const u = r.shape.length,
      l = s.shape.length,
      c = o ? r.shape[u - 2] : r.shape[u - 1],
      p = i ? s.shape[l - 1] : s.shape[l - 2],
      f = o ? r.shape[u - 1] : r.shape[u - 2],
      m = i ? s.shape[l - 2] : s.shape[l - 1],
      g = r.shape.slice(0, -2),
      b = s.shape.slice(0, -2),
      y = h(g),
      k = h(b),
      w = Ja(r.shape.slice(0, -2), s.shape.slice(0, -2)).concat([f, m]);
    d(
      c === p,
      () =>
        `Error in matMul: inner shapes (${c}) and (${p}) of Tensors with shapes ${r.shape} and ${s.shape} and transposeA=${o} and transposeB=${i} must match.`,
    );
    const I = i ? [k, m, p] : [k, p, m],
      v = zp({ inputs: { x: r }, backend: n, attrs: { shape: o ? [y, c, f] : [y, f, c] } }),
      _ = zp({ inputs: { x: s }, backend: n, attrs: { shape: I } }),
      x = n.dataIdMap.get(v.dataId).id,
      M = n.dataIdMap.get(_.dataId).id,
      S = o ? v.shape[2] : v.shape[1],
      N = i ? _.shape[1] : _.shape[2],
      A = Math.max(y, k),
      F = n.makeOutput([A, S, N], v.dtype),
      E = n.dataIdMap.get(F.dataId).id,
      T = new Uint8Array(new Int32Array(v.shape).buffer),
      D = new Uint8Array(new Int32Array(_.shape).buffer);
    return (
      qp(x, T, v.shape.length, M, D, _.shape.length, o, i, E),
      n.disposeData(v.dataId),
      n.disposeData(_.dataId),
      (F.shape = w),
      F
    );
  },
};
function jp(e) {
  const {
      inputs: { x: t },
      attrs: { begin: n, size: a },
      backend: r,
    } = e,
    [s, o] = fr(t, n, a),
    i = pr(t.shape, s, o),
    u = r.readSync(t.dataId),
    l = r.makeOutput(o, t.dtype),
    d = x(t.shape),
    c = r.dataIdMap.get(l.dataId);
  if (i) {
    const e = hr(s, d);
    return (
      'string' === t.dtype
        ? (c.stringBytes = u.slice(e, e + h(o)))
        : r.typedArrayFromHeap(l).set(u.subarray(e, e + h(o))),
      l
    );
  }
  if ('string' === t.dtype) {
    const e = _u(u, s, o, t.shape, t.dtype);
    return ((c.stringBytes = e), l);
  }
  const p = r.typedArrayFromHeap(l),
    f = t.shape.length;
  if (2 === f)
    !((e, t, n, a, r) => {
      let s = 0;
      const o = a[0],
        i = a[1],
        u = o + r[0];
      for (let a = o; a < u; a++) {
        const o = a * t + i;
        n.set(e.subarray(o, o + r[1]), s), (s += r[1]);
      }
    })(u, d[0], p, s, o);
  else if (3 === f)
    !((e, t, n, a, r, s) => {
      let o = 0;
      const i = r[0],
        u = r[1],
        l = r[2],
        d = i + s[0],
        c = u + s[1];
      for (let r = i; r < d; r++)
        for (let i = u; i < c; i++) {
          const u = r * t + i * n + l;
          a.set(e.subarray(u, u + s[2]), o), (o += s[2]);
        }
    })(u, d[0], d[1], p, s, o);
  else if (4 === f)
    !((e, t, n, a, r, s, o) => {
      let i = 0;
      const u = s[0],
        l = s[1],
        d = s[2],
        c = u + o[0],
        p = l + o[1],
        h = d + o[2],
        f = s[3];
      for (let s = u; s < c; s++)
        for (let u = l; u < p; u++)
          for (let l = d; l < h; l++) {
            const d = s * t + u * n + l * a + f;
            r.set(e.subarray(d, d + o[3]), i), (i += o[3]);
          }
    })(u, d[0], d[1], d[2], p, s, o);
  else {
    const e = _u(u, s, o, t.shape, t.dtype);
    p.set(e);
  }
  return l;
}
const Vp = { kernelName: 'Slice', backendName: 'wasm', kernelFunc: jp },
  Kp = {
    kernelName: V,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { blockShape: s, crops: o } = a,
        i = s.reduce((e, t) => e * t),
        u = Fs(r.shape, s, i),
        l = Es(u.length, s.length),
        d = Ts(r.shape, s, i),
        c = Ds(o, s.length),
        p = $s(d, o, s.length),
        h = zp({ inputs: { x: r }, backend: n, attrs: { shape: u } }),
        f = kp({ inputs: { x: h }, backend: n, attrs: { perm: l } }),
        m = zp({ inputs: { x: f }, backend: n, attrs: { shape: d } }),
        g = jp({ inputs: { x: m }, backend: n, attrs: { begin: c, size: p } });
      return (n.disposeData(h.dataId), n.disposeData(f.dataId), n.disposeData(m.dataId), g);
    },
  };
let Jp;
const Qp = {
    kernelName: K,
    backendName: 'wasm',
    setupFunc: (e) => {
      Jp = e.wasm.cwrap(K, null, ['number', 'number', 'boolean', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { x: r, weights: s } = n,
        { size: o } = a,
        i = 0 !== s.shape.reduce((e, t) => e * t, 1),
        u = 1 === r.shape.length ? [o] : [r.shape[0], o],
        l = t.makeOutput(u, s.dtype);
      function d(e) {
        return t.dataIdMap.get(e.dataId).id;
      }
      return (Jp(d(r), o, i, d(s), rp[s.dtype], d(l)), l);
    },
  },
  Zp = pp(J),
  Xp = {
    kernelName: Q,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { s0: a, s1: r } = t,
        s = n.typedArrayFromHeap(a),
        o = n.typedArrayFromHeap(r),
        i = Ja(Array.from(s), Array.from(o));
      return n.makeOutput([i.length], 'int32', void 0, new Int32Array(i));
    },
  };
function Yp(e) {
  const {
      inputs: { x: t },
      attrs: { dtype: n },
      backend: a,
    } = e,
    r = a.makeOutput(t.shape, n),
    s = a.typedArrayFromHeap(t);
  return (a.typedArrayFromHeap(r).set(s), r);
}
const eh = { kernelName: 'Cast', backendName: 'wasm', kernelFunc: Yp },
  th = up('Ceil');
let nh;
const ah = {
  kernelName: Z,
  backendName: 'wasm',
  setupFunc: (e) => {
    nh = e.wasm.cwrap(Z, null, ['number', 'number', 'number', 'number']);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r } = t,
      { clipValueMin: s, clipValueMax: o } = a,
      i = n.dataIdMap.get(r.dataId).id,
      u = n.makeOutput(r.shape, r.dtype),
      l = n.dataIdMap.get(u.dataId).id;
    return (nh(i, s, o, l), u);
  },
};
function rh(e) {
  const { inputs: t, backend: n } = e,
    a = b(e.attrs.axis, t[0].shape)[0];
  ps(
    t.map((e) => e.shape),
    a,
  );
  let r = hs(
    t.map((e) => e.shape),
    a,
  );
  const s = t.filter((e) => h(e.shape) > 0);
  if (1 === s.length) return gp({ inputs: { x: s[0] }, backend: n });
  const o = n.makeOutput(r, t[0].dtype);
  if (0 === h(r)) return o;
  if ('string' === s[0].dtype) {
    const e = s.map((e) => {
        const t = h(e.shape.slice(a));
        return zp({ inputs: { x: e }, backend: n, attrs: { shape: [-1, t] } });
      }),
      i = e.map((e) => ({ vals: n.readSync(e.dataId), shape: e.shape }));
    r = hs(
      e.map((e) => e.shape),
      1,
    );
    const u = 1 === e[0].shape[0],
      l = Cu(i, r, t[0].dtype, u),
      d = hs(
        s.map((e) => e.shape),
        a,
      );
    return (
      (o.shape = d),
      (n.dataIdMap.get(o.dataId).stringBytes = to(l)),
      e.forEach((e) => n.disposeData(e.dataId)),
      o
    );
  }
  const i = h(s[0].shape.slice(0, a));
  let u = 0;
  const l = s.map((e) => {
      const t = h(e.shape.slice(a));
      return ((u += t), t);
    }),
    d = s.map((e) => n.typedArrayFromHeap(e)),
    c = n.typedArrayFromHeap(o);
  for (let e = 0; e < i; e++) {
    let t = e * u;
    for (let n = 0; n < d.length; n++) {
      const a = l[n],
        r = e * a,
        s = d[n].subarray(r, r + a);
      c.set(s, t), (t += a);
    }
  }
  return o;
}
const sh = { kernelName: 'Concat', backendName: 'wasm', kernelFunc: rh };
let oh;
const ih = {
  kernelName: 'Conv2D',
  backendName: 'wasm',
  setupFunc: (e) => {
    oh = e.wasm.cwrap('Conv2D', null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, attrs: n, backend: a } = e,
      { x: r, filter: s } = t,
      o = a.dataIdMap.get(r.dataId).id,
      i = a.dataIdMap.get(s.dataId).id,
      { strides: u, dilations: l, pad: d, dimRoundingMode: c, dataFormat: p } = n,
      h = Ss(p),
      f = bs(r.shape, s.shape, u, l, d, c, !1, h),
      m = f.filterHeight,
      g = f.filterWidth,
      b = f.padInfo.top,
      y = f.padInfo.right,
      k = f.padInfo.bottom,
      w = f.padInfo.left,
      I = f.dilationHeight,
      v = f.dilationWidth,
      _ = f.strideHeight,
      x = f.strideWidth,
      M = f.inChannels,
      S = f.outChannels,
      N = 'SAME' === f.padInfo.type ? 1 : 0;
    if ('channelsLast' !== f.dataFormat)
      throw new Error(
        `wasm backend Conv2D does not support dataFormat:'${f.dataFormat}'. Please use 'channelsLast'.`,
      );
    const A = a.makeOutput(f.outShape, 'float32'),
      F = a.dataIdMap.get(A.dataId).id;
    return (
      oh(o, r.shape[0], r.shape[1], r.shape[2], i, m, g, b, y, k, w, N, I, v, _, x, M, S, F), A
    );
  },
};
let uh;
const lh = {
  kernelName: ee,
  backendName: 'wasm',
  setupFunc: (e) => {
    uh = e.wasm.cwrap(ee, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { dy: r, filter: s } = n,
      { strides: o, pad: i, dataFormat: u, dimRoundingMode: l, inputShape: d } = a,
      c = Ss(u),
      p = bs(d, s.shape, o, 1, i, l, !1, c),
      {
        batchSize: h,
        filterHeight: f,
        filterWidth: m,
        inChannels: g,
        inHeight: b,
        inWidth: y,
        outChannels: k,
        outHeight: w,
        outWidth: I,
        strideHeight: v,
        strideWidth: _,
      } = p,
      M = f - 1 - p.padInfo.top,
      S = m - 1 - p.padInfo.left,
      N = 'channelsLast' === p.dataFormat,
      A = x(p.inShape),
      F = x(r.shape),
      [E, T, D] = x(s.shape),
      $ = A[0],
      R = N ? A[1] : A[2],
      C = N ? A[2] : 1,
      W = N ? 1 : A[1],
      O = F[0],
      P = N ? F[1] : F[2],
      B = N ? F[2] : 1,
      H = N ? 1 : F[1],
      L = t.makeOutput(p.inShape, 'float32'),
      z = t.dataIdMap.get(L.dataId).id,
      U = t.dataIdMap.get(r.dataId).id,
      q = t.dataIdMap.get(s.dataId).id;
    return (uh(U, q, h, f, m, b, y, g, w, I, k, v, _, M, S, E, T, D, $, R, C, W, O, P, B, H, z), L);
  },
};
let dh;
const ch = {
  kernelName: 'Conv3D',
  backendName: 'wasm',
  setupFunc: (e) => {
    dh = e.wasm.cwrap('Conv3D', null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r, filter: s } = t,
      { strides: o, pad: i, dilations: u } = a;
    if ('float32' !== r.dtype) throw new Error(`Tensor x must have dtype float32, got ${r.dtype}`);
    if ('float32' !== s.dtype)
      throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);
    const l = ys(r.shape, s.shape, o, u, i),
      d = n.makeOutput(l.outShape, r.dtype);
    return (
      dh(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(s.dataId).id,
        n.dataIdMap.get(d.dataId).id,
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
      d
    );
  },
};
let ph;
const hh = {
  kernelName: te,
  backendName: 'wasm',
  setupFunc: (e) => {
    ph = e.wasm.cwrap(te, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r, dy: s } = t,
      { strides: o, pad: i, filterShape: u } = a;
    if ('float32' !== r.dtype) throw new Error(`Tensor dy must have dtype float32, got ${r.dtype}`);
    if ('float32' !== s.dtype)
      throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);
    const l = ys(r.shape, u, o, 1, i),
      d = n.makeOutput(l.filterShape, s.dtype);
    return (
      ph(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(s.dataId).id,
        n.dataIdMap.get(d.dataId).id,
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
      d
    );
  },
};
let fh;
const mh = {
    kernelName: ne,
    backendName: 'wasm',
    setupFunc: (e) => {
      fh = e.wasm.cwrap(ne, null, [
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
      ]);
    },
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { dy: r, filter: s } = t,
        { pad: o, strides: i, inputShape: u } = a;
      if ('float32' !== r.dtype)
        throw new Error(`Tensor dy must have dtype float32, got ${r.dtype}`);
      if ('float32' !== s.dtype)
        throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);
      const l = ys(u, s.shape, i, 1, o),
        d = n.makeOutput(l.inShape, r.dtype);
      return (
        fh(
          n.dataIdMap.get(s.dataId).id,
          n.dataIdMap.get(r.dataId).id,
          n.dataIdMap.get(d.dataId).id,
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
        d
      );
    },
  },
  gh = up('Cos'),
  bh = up('Cosh');
var yh;
let kh;
!((e) => {
  (e[(e.bilinear = 0)] = 'bilinear'), (e[(e.nearest = 1)] = 'nearest');
})(yh || (yh = {}));
const wh = {
  kernelName: re,
  backendName: 'wasm',
  setupFunc: (e) => {
    kh = e.wasm.cwrap(re, null, [
      'number',
      'number',
      'number',
      'number',
      'array',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { method: r, extrapolationValue: s, cropSize: o } = a,
      { image: i, boxes: u, boxInd: l } = n,
      d = u.shape[0],
      [c, p] = o,
      h = [d, c, p, i.shape[3]];
    let f,
      m = t.dataIdMap.get(i.dataId);
    'float32' !== i.dtype &&
      ((f = Yp({ backend: t, inputs: { x: i }, attrs: { dtype: 'float32' } })),
      (m = t.dataIdMap.get(f.dataId)));
    const g = m.id,
      b = t.dataIdMap.get(u.dataId).id,
      y = t.dataIdMap.get(l.dataId).id,
      k = t.makeOutput(h, 'float32'),
      w = t.dataIdMap.get(k.dataId).id,
      I = new Uint8Array(new Int32Array(i.shape).buffer);
    return (kh(g, b, y, d, I, c, p, yh[r], s, w), null != f && t.disposeData(f.dataId), k);
  },
};
let Ih;
const vh = {
  kernelName: ae,
  backendName: 'wasm',
  setupFunc: (e) => {
    Ih = e.wasm.cwrap(ae, null, ['number', 'number', 'number', 'number', 'number', 'number']);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r } = t,
      { axis: s, exclusive: o, reverse: i } = a,
      u = r.shape.length;
    d(
      'float32' === r.dtype || 'int32' === r.dtype,
      () => `cumprod does not support ${r.dtype} tensors in the WASM backend`,
    );
    const l = ls([s], u);
    let c = r;
    null !== l && (c = kp({ inputs: { x: r }, attrs: { perm: l }, backend: n }));
    const p = cs(1, u)[0];
    us('cumprod', [p], u);
    const h = n.makeOutput(c.shape, c.dtype),
      f = c.shape[p],
      m = n.dataIdMap.get(c.dataId).id,
      g = n.dataIdMap.get(h.dataId).id;
    Ih(m, o ? 1 : 0, i ? 1 : 0, f, g, rp[r.dtype]);
    let b = h;
    return (
      null !== l &&
        ((b = kp({ inputs: { x: h }, attrs: { perm: ds(l) }, backend: n })),
        n.disposeData(c.dataId),
        n.disposeData(h.dataId)),
      b
    );
  },
};
let _h;
const xh = {
  kernelName: 'Cumsum',
  backendName: 'wasm',
  setupFunc: (e) => {
    _h = e.wasm.cwrap('Cumsum', null, ['number', 'number', 'number', 'number', 'number', 'number']);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r } = t,
      { axis: s, exclusive: o, reverse: i } = a,
      u = r.shape.length;
    d(
      'float32' === r.dtype || 'int32' === r.dtype,
      () => `cumsum does not support ${r.dtype} tensors in the WASM backend`,
    );
    const l = ls([s], u);
    let c = r;
    null !== l && (c = kp({ inputs: { x: r }, attrs: { perm: l }, backend: n }));
    const p = cs(1, u)[0];
    us('cumsum', [p], u);
    const h = n.makeOutput(c.shape, c.dtype),
      f = c.shape[p],
      m = n.dataIdMap.get(c.dataId).id,
      g = n.dataIdMap.get(h.dataId).id;
    _h(m, o ? 1 : 0, i ? 1 : 0, f, g, rp[r.dtype]);
    let b = h;
    return (
      null !== l &&
        ((b = kp({ inputs: { x: h }, attrs: { perm: ds(l) }, backend: n })),
        n.disposeData(c.dataId),
        n.disposeData(h.dataId)),
      b
    );
  },
};
let Mh;
const Sh = {
  kernelName: se,
  backendName: 'wasm',
  setupFunc: (e) => {
    Mh = e.wasm.cwrap('DenseBincount', null, [
      'number',
      'array',
      'number',
      'number',
      'boolean',
      'number',
      'number',
      'boolean',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { x: r, weights: s } = n,
      { size: o, binaryOutput: i } = a,
      u = 0 !== s.shape.reduce((e, t) => e * t, 1),
      l = 1 === r.shape.length ? [o] : [r.shape[0], o],
      d = t.makeOutput(l, s.dtype);
    function c(e) {
      return t.dataIdMap.get(e.dataId).id;
    }
    return (
      Mh(
        c(r),
        new Uint8Array(new Int32Array(r.shape).buffer),
        r.shape.length,
        o,
        u,
        c(s),
        rp[s.dtype],
        i,
        c(d),
      ),
      d
    );
  },
};
let Nh;
const Ah = {
  kernelName: oe,
  backendName: 'wasm',
  setupFunc: (e) => {
    Nh = e.wasm.cwrap(oe, null, [
      'number',
      'number',
      'number',
      'array',
      'number',
      'array',
      'array',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { x: r } = n,
      { blockSize: s, dataFormat: o } = a,
      i = r.shape[0],
      u = ('NHWC' === o ? r.shape[1] : r.shape[2]) * s,
      l = ('NHWC' === o ? r.shape[2] : r.shape[3]) * s,
      d = ('NHWC' === o ? r.shape[3] : r.shape[1]) / (s * s),
      c = 'NHWC' === o ? [i, u, l, d] : [i, d, u, l],
      p = t.makeOutput(c, 'float32'),
      h = t.dataIdMap.get(r.dataId).id,
      f = new Uint8Array(new Int32Array(x(r.shape)).buffer),
      m = new Uint8Array(new Int32Array(c).buffer),
      g = new Uint8Array(new Int32Array(x(c)).buffer),
      b = t.dataIdMap.get(p.dataId).id;
    return (Nh(h, s, 'NHWC' === o ? 1 : 0, f, r.shape.length - 1, m, g, c.length, b), p);
  },
};
let Fh;
const Eh = {
  kernelName: ie,
  backendName: 'wasm',
  setupFunc: (e) => {
    Fh = e.wasm.cwrap(ie, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, attrs: n, backend: a } = e,
      { x: r, filter: s } = t,
      o = a.dataIdMap.get(r.dataId).id,
      i = a.dataIdMap.get(s.dataId).id,
      { strides: u, dilations: l, pad: d, dimRoundingMode: c } = n,
      p = l ?? [1, 1],
      h = bs(r.shape, s.shape, u, p, d, c, !0),
      f = h.filterHeight,
      m = h.filterWidth,
      g = h.padInfo.top,
      b = h.padInfo.right,
      y = h.padInfo.bottom,
      k = h.padInfo.left,
      w = h.dilationHeight,
      I = h.dilationWidth,
      v = h.strideHeight,
      _ = h.strideWidth,
      x = h.inChannels,
      M = h.outChannels,
      S = 'SAME' === h.padInfo.type ? 1 : 0;
    if ('channelsLast' !== h.dataFormat)
      throw new Error(
        `wasm backend DepthwiseConv2dNative does not support dataFormat:'${h.dataFormat}'. Please use 'channelsLast'.`,
      );
    const N = a.makeOutput(h.outShape, 'float32'),
      A = a.dataIdMap.get(N.dataId).id;
    return (
      Fh(o, r.shape[0], r.shape[1], r.shape[2], i, f, m, g, b, y, k, S, w, I, v, _, x, M, A), N
    );
  },
};
let Th;
const Dh = {
  kernelName: 'Diag',
  backendName: 'wasm',
  setupFunc: (e) => {
    Th = e.wasm.cwrap('Diag', null, ['number', 'number', 'number', 'number']);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n } = e,
      { x: a } = t,
      r = h(a.shape),
      s = n.makeOutput([...a.shape, ...a.shape], a.dtype);
    return (Th(n.dataIdMap.get(a.dataId).id, rp[a.dtype], r, n.dataIdMap.get(s.dataId).id), s);
  },
};
let $h;
const Rh = {
  kernelName: ue,
  backendName: 'wasm',
  setupFunc: (e) => {
    $h = e.wasm.cwrap(ue, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r, filter: s } = t,
      { strides: o, pad: i, dilations: u } = a;
    if (r.dtype !== s.dtype)
      throw new Error(
        `Dilation2D error: x must have the same dtype as filter. Got ${r.dtype} and ${s.dtype}`,
      );
    const l = fs(r.shape, s.shape, o, i, 'NHWC', u),
      d = n.makeOutput(l.outShape, r.dtype);
    return (
      $h(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(s.dataId).id,
        n.dataIdMap.get(d.dataId).id,
        rp[r.dtype],
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
      d
    );
  },
};
let Ch;
const Wh = {
  kernelName: de,
  backendName: 'wasm',
  setupFunc: (e) => {
    Ch = e.wasm.cwrap(de, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r, filter: s, dy: o } = t,
      { strides: i, pad: u, dilations: l } = a;
    if (r.dtype !== s.dtype || r.dtype !== o.dtype)
      throw new Error(
        `Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ${r.dtype}, ${s.dtype}, and ${o.dtype}`,
      );
    const d = fs(r.shape, s.shape, i, u, 'NHWC', l),
      c = n.makeOutput(s.shape, s.dtype);
    return (
      Ch(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(s.dataId).id,
        n.dataIdMap.get(o.dataId).id,
        n.dataIdMap.get(c.dataId).id,
        rp[r.dtype],
        d.batchSize,
        d.inChannels,
        d.inHeight,
        d.inWidth,
        d.outHeight,
        d.outWidth,
        d.strideHeight,
        d.strideWidth,
        d.dilationHeight,
        d.dilationWidth,
        d.filterHeight,
        d.filterWidth,
        d.padInfo.top,
        d.padInfo.left,
      ),
      c
    );
  },
};
let Oh;
const Ph = {
    kernelName: le,
    backendName: 'wasm',
    setupFunc: (e) => {
      Oh = e.wasm.cwrap(le, null, [
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
      ]);
    },
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r, filter: s, dy: o } = t,
        { strides: i, pad: u, dilations: l } = a;
      if (r.dtype !== s.dtype || r.dtype !== o.dtype)
        throw new Error(
          `Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ${r.dtype}, ${s.dtype}, and ${o.dtype}`,
        );
      const d = fs(r.shape, s.shape, i, u, 'NHWC', l),
        c = n.makeOutput(r.shape, r.dtype);
      return (
        Oh(
          n.dataIdMap.get(r.dataId).id,
          n.dataIdMap.get(s.dataId).id,
          n.dataIdMap.get(o.dataId).id,
          n.dataIdMap.get(c.dataId).id,
          rp[r.dtype],
          d.batchSize,
          d.inChannels,
          d.inHeight,
          d.inWidth,
          d.outHeight,
          d.outWidth,
          d.strideHeight,
          d.strideWidth,
          d.dilationHeight,
          d.dilationWidth,
          d.filterHeight,
          d.filterWidth,
          d.padInfo.top,
          d.padInfo.left,
        ),
        c
      );
    },
  },
  Bh = up('Elu');
let Hh;
const Lh = {
    kernelName: pe,
    backendName: 'wasm',
    setupFunc: (e) => {
      Hh = e.wasm.cwrap(pe, null, ['number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { dy: a, y: r } = t,
        s = n.makeOutput(r.shape, 'float32'),
        o = (e) => n.dataIdMap.get(e.dataId).id;
      return (Hh(o(r), o(a), o(s)), s);
    },
  },
  zh = pp('Equal', 0, 'bool'),
  Uh = up('Erf'),
  qh = up('Exp', 'float32');
function Gh(e) {
  const { inputs: t, attrs: n, backend: a } = e,
    { input: r } = t,
    { dim: s } = n,
    o = r.shape.length,
    i = r.shape.slice();
  let u = s;
  return (
    s < 0 &&
      (d(-(o + 1) <= s, () => `Axis must be in the interval [${-(o + 1)}, ${o}]`), (u = o + s + 1)),
    i.splice(u, 0, 1),
    zp({ inputs: { x: r }, backend: a, attrs: { shape: i } })
  );
}
const jh = { kernelName: he, backendName: 'wasm', kernelFunc: Gh },
  Vh = up('Expm1', 'float32');
function Kh(e) {
  const {
    attrs: { shape: t, value: n },
    backend: a,
  } = e;
  let {
    attrs: { dtype: r },
  } = e;
  r = r || v(n);
  const s = a.makeOutput(t, r);
  return (a.typedArrayFromHeap(s).fill(n), s);
}
const Jh = { kernelName: 'Fill', backendName: 'wasm', kernelFunc: Kh };
let Qh;
const Zh = {
    kernelName: fe,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { image: a } = t,
        r = n.makeOutput(a.shape, a.dtype),
        s = n.dataIdMap.get(a.dataId).id,
        o = n.dataIdMap.get(r.dataId).id,
        [i, u, l, d] = a.shape;
      return (Qh(s, i, u, l, d, o), r);
    },
    setupFunc: (e) => {
      Qh = e.wasm.cwrap(fe, null, ['number', 'number', 'number', 'number', 'number', 'number']);
    },
  },
  Xh = up('Floor'),
  Yh = pp(me);
let ef;
const tf = {
  kernelName: ge,
  backendName: 'wasm',
  setupFunc: (e) => {
    ef = e.wasm.cwrap(ge, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { varianceEpsilon: r } = a,
      { x: s, mean: o, variance: i, offset: u, scale: l } = n,
      d = t.dataIdMap.get(s.dataId).id,
      c = t.dataIdMap.get(o.dataId).id,
      p = t.dataIdMap.get(i.dataId).id,
      f = null != u ? t.dataIdMap.get(u.dataId).id : 0,
      m = null != l ? t.dataIdMap.get(l.dataId).id : 0,
      g = t.makeOutput(s.shape, s.dtype);
    if (0 === h(s.shape)) return g;
    const b = t.dataIdMap.get(g.dataId).id;
    return (ef(d, c, p, f, m, r, b), g);
  },
};
let nf;
const af = {
  kernelName: It,
  backendName: 'wasm',
  setupFunc: (e) => {
    nf = e.wasm.cwrap(It, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, attrs: n, backend: a } = e,
      { x: r, filter: s, bias: o, preluActivationWeights: i } = t,
      {
        strides: u,
        pad: l,
        dilations: d,
        dataFormat: c,
        dimRoundingMode: p,
        activation: h,
        leakyreluAlpha: f,
      } = n,
      m = bs(r.shape, s.shape, u, d, l, p),
      g = sp[h];
    if (null == g)
      throw new Error(`${h} activation not yet supported for FusedConv2D in the wasm backend.`);
    const b = a.dataIdMap.get(r.dataId).id,
      y = a.dataIdMap.get(s.dataId).id,
      k = m.outChannels;
    let w = 0;
    if (null != o) {
      const e = a.dataIdMap.get(o.dataId);
      if (1 !== e.shape.length)
        throw new Error(`FusedConv2D only supports rank-1 bias but got rank ${e.shape.length}.`);
      if (e.shape[0] !== k)
        throw new Error(
          `FusedConv2D bias shape (${e.shape}) does not match the number of output channels (${k})`,
        );
      w = e.id;
    }
    const I = m.filterHeight,
      v = m.filterWidth,
      _ = m.padInfo.top,
      x = m.padInfo.right,
      M = m.padInfo.bottom,
      S = m.padInfo.left,
      N = m.dilationHeight,
      A = m.dilationWidth,
      F = m.strideHeight,
      E = m.strideWidth,
      T = m.inChannels,
      D = 'SAME' === m.padInfo.type ? 1 : 0,
      $ = m.batchSize,
      R = m.inHeight,
      C = m.inWidth;
    if ('NHWC' !== c)
      throw new Error(
        `wasm backend FusedConv2D does not support dataFormat:'${c}'. Please use 'NHWC'.`,
      );
    const W = a.makeOutput(m.outShape, 'float32'),
      O = a.dataIdMap.get(W.dataId).id,
      P = null == i ? 0 : a.dataIdMap.get(i.dataId).id;
    return (nf(b, $, R, C, y, I, v, w, _, x, M, S, D, N, A, F, E, T, k, g, P, f || 0, O), W);
  },
};
let rf;
const sf = {
  kernelName: vt,
  backendName: 'wasm',
  setupFunc: (e) => {
    rf = e.wasm.cwrap(vt, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, attrs: n, backend: a } = e,
      { x: r, filter: s, bias: o, preluActivationWeights: i } = t,
      {
        strides: u,
        pad: l,
        dilations: d,
        dataFormat: c,
        dimRoundingMode: p,
        activation: h,
        leakyreluAlpha: f,
      } = n,
      m = bs(r.shape, s.shape, u, d, l, p, !0),
      g = sp[h];
    if (null == g)
      throw new Error(
        `${h} activation not yet supported for FusedDepthwiseConv2D in the wasm backend.`,
      );
    const b = a.dataIdMap.get(r.dataId).id,
      y = a.dataIdMap.get(s.dataId).id,
      k = m.outChannels;
    let w = 0;
    if (null != o) {
      const e = a.dataIdMap.get(o.dataId);
      if (1 !== e.shape.length)
        throw new Error(
          `FusedDepthwiseConv2D only supports rank-1 bias but got rank ${e.shape.length}.`,
        );
      if (e.shape[0] !== k)
        throw new Error(
          `FusedDepthwiseConv2D bias shape (${e.shape}) does not match the number of output channels (${k})`,
        );
      w = e.id;
    }
    const I = m.filterHeight,
      v = m.filterWidth,
      _ = m.padInfo.top,
      x = m.padInfo.right,
      M = m.padInfo.bottom,
      S = m.padInfo.left,
      N = m.dilationHeight,
      A = m.dilationWidth,
      F = m.strideHeight,
      E = m.strideWidth,
      T = m.inChannels,
      D = 'SAME' === m.padInfo.type ? 1 : 0,
      $ = m.batchSize,
      R = m.inHeight,
      C = m.inWidth;
    if ('NHWC' !== c)
      throw new Error(
        `wasm backend FusedDepthwiseConv2D does not support dataFormat:'${c}'. Please use 'NHWC'.`,
      );
    const W = a.makeOutput(m.outShape, 'float32'),
      O = a.dataIdMap.get(W.dataId).id,
      P = null == i ? 0 : a.dataIdMap.get(i.dataId).id;
    return (rf(b, $, R, C, y, I, v, w, _, x, M, S, D, N, A, F, E, T, k, g, P, f || 0, O), W);
  },
};
let of;
const uf = {
  kernelName: ye,
  backendName: 'wasm',
  setupFunc: (e) => {
    of = e.wasm.cwrap(ye, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'array',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n } = e,
      { params: a, indices: r } = n,
      [s, o, i, u] = lr(a, r),
      l = t.makeOutput(s, a.dtype);
    if (0 === o) return l;
    const d = r.shape,
      c = d[d.length - 1],
      p = t.dataIdMap.get(a.dataId).id,
      h = t.dataIdMap.get(r.dataId).id,
      f = new Uint8Array(new Int32Array(u).buffer),
      m = t.dataIdMap.get(l.dataId).id;
    return (of(p, rp[a.dtype], h, o, c, i, f, m), l);
  },
};
let lf;
const df = {
    kernelName: be,
    backendName: 'wasm',
    setupFunc: (e) => {
      lf = e.wasm.cwrap('Gather', null, [
        'number',
        'number',
        'array',
        'number',
        'number',
        'number',
        'array',
        'number',
      ]);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { x: r, indices: s } = n,
        { axis: o, batchDims: i } = a,
        u = b(o, r.shape)[0],
        l = t.readSync(s.dataId),
        c = r.shape[u];
      for (let e = 0; e < l.length; ++e) {
        const t = l[e];
        d(t <= c - 1 && t >= 0, () => `GatherV2: the index value ${t} is not in [0, ${c - 1}]`);
      }
      const p = Ys(r, s, u, i),
        f = zp({
          inputs: { x: r },
          attrs: { shape: [p.batchSize, p.outerSize, p.dimSize, p.sliceSize] },
          backend: t,
        }),
        m = h(s.shape),
        g = zp({ inputs: { x: s }, attrs: { shape: [p.batchSize, m / p.batchSize] }, backend: t }),
        y = [p.batchSize, p.outerSize, m / p.batchSize, p.sliceSize],
        k = t.makeOutput(y, r.dtype);
      if (0 === h(r.shape)) return k;
      const w = f.shape.length - 1,
        I = t.dataIdMap.get(f.dataId).id,
        v = t.dataIdMap.get(g.dataId).id,
        _ = t.dataIdMap.get(k.dataId).id,
        M = new Uint8Array(new Int32Array(x(f.shape)).buffer),
        S = new Uint8Array(new Int32Array(x(y)).buffer);
      return (
        lf(I, rp[r.dtype], M, w, v, p.batchSize, S, _),
        t.disposeData(f.dataId),
        t.disposeData(g.dataId),
        (k.shape = p.outputShape),
        k
      );
    },
  },
  cf = pp(ke, 0, 'bool'),
  pf = pp(we, 0, 'bool'),
  hf = up(ve, 'bool'),
  ff = up('IsInf', 'bool'),
  mf = up('IsNan', 'bool');
let gf;
const bf = {
    kernelName: _e,
    backendName: 'wasm',
    setupFunc: (e) => {
      gf = e.wasm.cwrap(_e, null, ['number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const {
          inputs: { x: t },
          attrs: { alpha: n },
          backend: a,
        } = e,
        r = a.dataIdMap.get(t.dataId).id,
        s = a.makeOutput(t.shape, 'float32');
      if (0 !== h(t.shape)) {
        const e = a.dataIdMap.get(s.dataId).id;
        gf(r, rp[t.dtype], n, e);
      }
      return s;
    },
  },
  yf = pp('Less', 0, 'bool'),
  kf = pp(xe, 0, 'bool');
let wf;
const If = {
    kernelName: Me,
    backendName: 'wasm',
    setupFunc: (e) => {
      wf = e.wasm.cwrap(Me, null, ['number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { attrs: t, backend: n } = e,
        { start: a, stop: r, num: s } = t,
        o = Math.floor(s),
        i = n.makeOutput([o], 'float32');
      return (wf(n.dataIdMap.get(i.dataId).id, a, r, o), i);
    },
  },
  vf = up('Log'),
  _f = up('Log1p'),
  xf = pp(Se, 0, 'bool'),
  Mf = up(Ne),
  Sf = pp(Ae, 0, 'bool'),
  Nf = pp('LogicalXor', 0, 'bool');
let Af;
const Ff = {
  kernelName: 'LRN',
  backendName: 'wasm',
  setupFunc: (e) => {
    Af = e.wasm.cwrap('LRN', null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r } = t,
      { depthRadius: s, bias: o, alpha: i, beta: u } = a;
    if ('float32' !== r.dtype) throw new Error('LRN error: x must have dtype float32');
    const l = n.makeOutput(r.shape, r.dtype);
    return (
      Af(n.dataIdMap.get(r.dataId).id, n.dataIdMap.get(l.dataId).id, r.shape[3], s, o, i, u), l
    );
  },
};
let Ef;
const Tf = {
  kernelName: Fe,
  backendName: 'wasm',
  setupFunc: (e) => {
    Ef = e.wasm.cwrap(Fe, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r, y: s, dy: o } = t,
      { depthRadius: i, bias: u, alpha: l, beta: d } = a;
    if ('float32' !== r.dtype || 'float32' !== s.dtype || 'float32' !== o.dtype)
      throw new Error('LRNGrad error: x, y, and dy must have dtype float32');
    const c = n.makeOutput(r.shape, r.dtype);
    return (
      Ef(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(s.dataId).id,
        n.dataIdMap.get(o.dataId).id,
        n.dataIdMap.get(c.dataId).id,
        o.shape[3],
        i,
        u,
        l,
        d,
      ),
      c
    );
  },
};
let Df;
const $f = {
    kernelName: 'Max',
    backendName: 'wasm',
    setupFunc: (e) => {
      Df = e.wasm.cwrap('Max', null, ['number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { reductionIndices: r, keepDims: s } = a,
        { x: o } = n;
      let i = t.dataIdMap.get(o.dataId).id,
        u = o;
      const { transposed: l, axes: d, originalAxes: c, inputWasTransposed: p } = Ip(o, r, t);
      p && ((u = l), (i = t.dataIdMap.get(l.dataId).id)), us('max', d, u.shape.length);
      const [f, m] = os(u.shape, d),
        g = h(m),
        b = t.makeOutput(f, o.dtype);
      if (0 !== h(u.shape)) {
        const e = t.dataIdMap.get(b.dataId).id;
        Df(i, rp[o.dtype], g, e);
      }
      if ((p && t.disposeData(l.dataId), s)) {
        const e = is(b.shape, c);
        b.shape = e;
      }
      return b;
    },
  },
  Rf = pp(Ee);
let Cf;
const Wf = {
  kernelName: Te,
  backendName: 'wasm',
  setupFunc: (e) => {
    Cf = e.wasm.cwrap(Te, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, attrs: n, backend: a } = e,
      r = t.x,
      s = a.dataIdMap.get(r.dataId).id;
    d(
      'float32' === r.dtype,
      () => `Error in MaxPool: only float32 input is supported. Got ${r.dtype}.`,
    );
    const { filterSize: o, strides: i, pad: u, dimRoundingMode: l } = n,
      c = ms(r.shape, o, i, 1, u, l),
      p = c.filterHeight,
      h = c.filterWidth,
      f = c.padInfo.top,
      m = c.padInfo.right,
      g = c.padInfo.bottom,
      b = c.padInfo.left,
      y = c.dilationHeight,
      k = c.dilationWidth,
      w = c.strideHeight,
      I = c.strideWidth,
      v = c.inChannels,
      _ = c.outChannels;
    if ('channelsLast' !== c.dataFormat)
      throw new Error(
        `wasm backend does not support dataFormat:'${c.dataFormat}'. Please use 'channelsLast'.`,
      );
    const x = a.makeOutput(c.outShape, 'float32'),
      M = a.dataIdMap.get(x.dataId).id;
    return (Cf(s, r.shape[0], r.shape[1], r.shape[2], p, h, f, m, g, b, y, k, w, I, v, _, M), x);
  },
};
let Of;
const Pf = {
  kernelName: $e,
  backendName: 'wasm',
  setupFunc: (e) => {
    Of = e.wasm.cwrap('MaxPool3D', null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r } = t,
      { filterSize: s, strides: o, pad: i, dimRoundingMode: u, dataFormat: l } = a,
      d = gs(r.shape, s, o, 1, i, u, l),
      c = n.makeOutput(d.outShape, r.dtype);
    return (
      Of(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(c.dataId).id,
        d.batchSize,
        d.inChannels,
        d.inDepth,
        d.inHeight,
        d.inWidth,
        d.outDepth,
        d.outHeight,
        d.outWidth,
        d.strideDepth,
        d.strideHeight,
        d.strideWidth,
        d.dilationDepth,
        d.dilationHeight,
        d.dilationWidth,
        d.effectiveFilterDepth,
        d.effectiveFilterHeight,
        d.effectiveFilterWidth,
        d.padInfo.front,
        d.padInfo.top,
        d.padInfo.left,
      ),
      c
    );
  },
};
let Bf;
const Hf = {
  kernelName: Re,
  backendName: 'wasm',
  setupFunc: (e) => {
    Bf = e.wasm.cwrap('MaxPool3DGrad', null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { dy: r, input: s } = t,
      { filterSize: o, strides: i, pad: u, dimRoundingMode: l } = a,
      d = gs(s.shape, o, i, 1, u, l),
      c = n.makeOutput(s.shape, s.dtype);
    return (
      Bf(
        n.dataIdMap.get(s.dataId).id,
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(c.dataId).id,
        d.batchSize,
        d.inChannels,
        d.inDepth,
        d.inHeight,
        d.inWidth,
        d.outDepth,
        d.outHeight,
        d.outWidth,
        d.strideDepth,
        d.strideHeight,
        d.strideWidth,
        d.dilationDepth,
        d.dilationHeight,
        d.dilationWidth,
        d.effectiveFilterDepth,
        d.effectiveFilterHeight,
        d.effectiveFilterWidth,
        d.padInfo.front,
        d.padInfo.top,
        d.padInfo.left,
      ),
      c
    );
  },
};
let Lf;
const zf = {
  kernelName: De,
  backendName: 'wasm',
  setupFunc: (e) => {
    Lf = e.wasm.cwrap('MaxPoolGrad', null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { dy: r, input: s } = t,
      { filterSize: o, strides: i, pad: u, dimRoundingMode: l } = a,
      d = ms(s.shape, o, i, 1, u, l),
      c = n.makeOutput(s.shape, s.dtype);
    return (
      Lf(
        n.dataIdMap.get(s.dataId).id,
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(c.dataId).id,
        d.batchSize,
        d.inChannels,
        d.inHeight,
        d.inWidth,
        d.outHeight,
        d.outWidth,
        d.strideHeight,
        d.strideWidth,
        d.dilationHeight,
        d.dilationWidth,
        d.effectiveFilterHeight,
        d.effectiveFilterWidth,
        d.padInfo.top,
        d.padInfo.left,
      ),
      c
    );
  },
};
let Uf;
const qf = {
  kernelName: Ce,
  backendName: 'wasm',
  setupFunc: (e) => {
    Uf = e.wasm.cwrap('MaxPoolWithArgmax', null, [
      'number',
      'number',
      'number',
      'number',
      'boolean',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r } = t,
      { filterSize: s, strides: o, pad: i, includeBatchInIndex: u } = a;
    d(
      4 === r.shape.length,
      () => `Error in maxPool: input must be rank 4 but got rank ${r.shape.length}.`,
    );
    const l = [1, 1];
    d(
      Ms(o, l),
      () =>
        `Error in maxPool: Either strides or dilations must be 1. Got strides ${o} and dilations '${l}'`,
    );
    const c = ms(r.shape, s, o, [1, 1], i),
      p = n.makeOutput(c.outShape, r.dtype),
      h = n.makeOutput(c.outShape, 'int32');
    return (
      Uf(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(p.dataId).id,
        n.dataIdMap.get(h.dataId).id,
        rp[r.dtype],
        u,
        c.batchSize,
        c.inChannels,
        c.inHeight,
        c.inWidth,
        c.outHeight,
        c.outWidth,
        c.strideHeight,
        c.strideWidth,
        c.dilationHeight,
        c.dilationWidth,
        c.effectiveFilterHeight,
        c.effectiveFilterWidth,
        c.padInfo.top,
        c.padInfo.left,
      ),
      [p, h]
    );
  },
};
let Gf;
const jf = {
  kernelName: 'Mean',
  backendName: 'wasm',
  setupFunc: (e) => {
    Gf = e.wasm.cwrap('Mean', null, ['number, number, number']);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { axis: r, keepDims: s } = a,
      { x: o } = n,
      i = t.dataIdMap.get(o.dataId).id;
    let u = i,
      l = o;
    const { transposed: d, axes: c, originalAxes: p, inputWasTransposed: f } = Ip(o, r, t);
    let m = c;
    if (f) {
      const e = t.dataIdMap.get(d.dataId).id;
      e !== i && ((l = d), (u = e), (m = cs(m.length, l.shape.length)));
    }
    us('mean', m, l.shape.length);
    const [g, b] = os(l.shape, m),
      y = h(b);
    let k = l;
    'float32' !== l.dtype &&
      ((k = Yp({ backend: t, inputs: { x: l }, attrs: { dtype: 'float32' } })),
      (u = t.dataIdMap.get(k.dataId).id));
    const w = t.makeOutput(g, 'float32');
    if (0 !== h(l.shape)) {
      const e = t.dataIdMap.get(w.dataId).id;
      Gf(u, y, e);
    }
    if ((f && t.disposeData(d.dataId), s)) {
      const e = is(w.shape, p);
      w.shape = e;
    }
    return ('float32' !== l.dtype && t.disposeData(k.dataId), w);
  },
};
let Vf;
const Kf = {
    kernelName: 'Min',
    backendName: 'wasm',
    setupFunc: (e) => {
      Vf = e.wasm.cwrap('Min', null, ['number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { axis: r, keepDims: s } = a,
        { x: o } = n,
        i = t.dataIdMap.get(o.dataId).id;
      let u = i,
        l = o;
      const { transposed: d, axes: c, originalAxes: p, inputWasTransposed: f } = Ip(o, r, t);
      if (f) {
        const e = t.dataIdMap.get(d.dataId).id;
        e !== i && ((l = d), (u = e));
      }
      us('min', c, l.shape.length);
      const [m, g] = os(l.shape, c),
        b = h(g),
        y = t.makeOutput(m, l.dtype);
      if (0 !== h(l.shape)) {
        const e = t.dataIdMap.get(y.dataId).id;
        Vf(u, rp[o.dtype], b, e);
      }
      if ((f && t.disposeData(d.dataId), s)) {
        const e = is(y.shape, p);
        y.shape = e;
      }
      return y;
    },
  },
  Jf = pp(We);
var Qf;
let Zf;
!((e) => {
  (e[(e.reflect = 0)] = 'reflect'), (e[(e.symmetric = 1)] = 'symmetric');
})(Qf || (Qf = {}));
const Xf = {
  kernelName: Oe,
  backendName: 'wasm',
  kernelFunc: (e) => {
    const {
        inputs: { x: t },
        backend: n,
        attrs: { paddings: a, mode: r },
      } = e,
      s = a.map((e, n) => e[0] + t.shape[n] + e[1]),
      o = n.dataIdMap.get(t.dataId).id,
      i = n.makeOutput(s, t.dtype),
      u = n.dataIdMap.get(i.dataId).id,
      l = new Uint8Array(new Int32Array(t.shape).buffer),
      d = a.map((e) => e[0]),
      c = a.map((e) => e[1]),
      p = new Uint8Array(new Int32Array(d).buffer),
      h = new Uint8Array(new Int32Array(c).buffer);
    return (Zf(o, l, t.shape.length, rp[t.dtype], p, h, Qf[r], u), i);
  },
  setupFunc: (e) => {
    Zf = e.wasm.cwrap(Oe, null, [
      'number',
      'array',
      'number',
      'number',
      'array',
      'array',
      'number',
      'number',
    ]);
  },
};
let Yf;
function em(e) {
  const {
      backend: t,
      inputs: { logits: n },
      attrs: { dim: a },
    } = e,
    r = t.dataIdMap.get(n.dataId).id,
    s = t.makeOutput(n.shape, n.dtype),
    o = t.dataIdMap.get(s.dataId).id,
    i = n.shape[a],
    u = h(n.shape) / i;
  return (0 === h(s.shape) || Yf(r, o, i, u), s);
}
const tm = {
  kernelName: rt,
  backendName: 'wasm',
  setupFunc: (e) => {
    Yf = e.wasm.cwrap(rt, null, ['number', 'number', 'number', 'number']);
  },
  kernelFunc: em,
};
let nm;
const am = {
    kernelName: Pe,
    backendName: 'wasm',
    setupFunc: (e) => {
      nm = e.wasm.cwrap(Pe, null, ['number', 'number', 'number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { logits: r } = t,
        { numSamples: s, seed: o, normalized: i } = a;
      if ('float32' !== r.dtype)
        throw new Error(`Tensor logits must have dtype float32, got ${r.dtype}`);
      const u = i
          ? r
          : em({ inputs: { logits: r }, backend: n, attrs: { dim: r.shape.length - 1 } }),
        [l, d] = u.shape,
        c = n.makeOutput([l, s], 'int32');
      return (
        nm(n.dataIdMap.get(u.dataId).id, l, d, s, o, n.dataIdMap.get(c.dataId).id),
        i || n.disposeData(u.dataId),
        c
      );
    },
  },
  rm = pp('Mod'),
  sm = pp(Be),
  om = up('Neg');
function im(e, t) {
  const n = new Int32Array(e.wasm.HEAPU8.buffer, t, 4),
    a = n[0],
    r = n[1],
    s = n[2],
    o = n[3];
  return (
    e.wasm._free(t), { pSelectedIndices: a, selectedSize: r, pSelectedScores: s, pValidOutputs: o }
  );
}
let um;
const lm = {
  kernelName: Le,
  backendName: 'wasm',
  setupFunc: (e) => {
    um = e.wasm.cwrap(Le, 'number', ['number', 'number', 'number', 'number', 'number']);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { iouThreshold: r, maxOutputSize: s, scoreThreshold: o } = a,
      { boxes: i, scores: u } = n,
      l = t.dataIdMap.get(i.dataId).id,
      d = t.dataIdMap.get(u.dataId).id,
      c = um(l, d, s, r, o),
      { pSelectedIndices: p, selectedSize: h, pSelectedScores: f, pValidOutputs: m } = im(t, c);
    return (t.wasm._free(f), t.wasm._free(m), t.makeOutput([h], 'int32', p));
  },
};
let dm;
const cm = {
  kernelName: ze,
  backendName: 'wasm',
  setupFunc: (e) => {
    dm = e.wasm.cwrap(ze, 'number', ['number', 'number', 'number', 'number', 'number', 'bool']);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { iouThreshold: r, maxOutputSize: s, scoreThreshold: o, padToMaxOutputSize: i } = a,
      { boxes: u, scores: l } = n,
      d = t.dataIdMap.get(u.dataId).id,
      c = t.dataIdMap.get(l.dataId).id,
      p = dm(d, c, s, r, o, i),
      { pSelectedIndices: h, selectedSize: f, pSelectedScores: m, pValidOutputs: g } = im(t, p);
    return (t.wasm._free(m), [t.makeOutput([f], 'int32', h), t.makeOutput([], 'int32', g)]);
  },
};
let pm;
const hm = {
    kernelName: Ue,
    backendName: 'wasm',
    setupFunc: (e) => {
      pm = e.wasm.cwrap(Ue, 'number', ['number', 'number', 'number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { iouThreshold: r, maxOutputSize: s, scoreThreshold: o, softNmsSigma: i } = a,
        { boxes: u, scores: l } = n,
        d = t.dataIdMap.get(u.dataId).id,
        c = t.dataIdMap.get(l.dataId).id,
        p = pm(d, c, s, r, o, i),
        { pSelectedIndices: h, selectedSize: f, pSelectedScores: m, pValidOutputs: g } = im(t, p);
      return (t.wasm._free(g), [t.makeOutput([f], 'int32', h), t.makeOutput([f], 'float32', m)]);
    },
  },
  fm = pp(He, 0, 'bool');
let mm;
const gm = {
    kernelName: 'OneHot',
    backendName: 'wasm',
    setupFunc: (e) => {
      mm = e.wasm.cwrap('OneHot', null, ['number', 'number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { indices: r } = t,
        { dtype: s, depth: o, onValue: i, offValue: u } = a,
        l = n.makeOutput([...r.shape, o], s),
        d = n.dataIdMap.get(l.dataId).id,
        c = n.dataIdMap.get(r.dataId).id;
      return (mm(c, o, i, u, d), l);
    },
  },
  bm = {
    kernelName: qe,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const {
          inputs: { x: t },
          backend: n,
        } = e,
        a = n.makeOutput(t.shape, t.dtype);
      return (n.typedArrayFromHeap(a).fill(1), a);
    },
  },
  ym = {
    kernelName: 'Pack',
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { axis: r } = a;
      if (1 === t.length) return Gh({ inputs: { input: t[0] }, backend: n, attrs: { dim: r } });
      const s = t[0].shape,
        o = t[0].dtype;
      t.forEach((e) => {
        c(s, e.shape, 'All tensors passed to stack must have matching shapes'),
          d(o === e.dtype, () => 'All tensors passed to stack must have matching dtypes');
      });
      const i = [],
        u = rh({
          inputs: t.map((e) => {
            const t = Gh({ inputs: { input: e }, backend: n, attrs: { dim: r } });
            return (i.push(t), t);
          }),
          backend: n,
          attrs: { axis: r },
        });
      return (i.forEach((e) => n.disposeData(e.dataId)), u);
    },
  };
let km;
const wm = {
    kernelName: 'PadV2',
    backendName: 'wasm',
    kernelFunc: (e) => {
      const {
          inputs: { x: t },
          backend: n,
          attrs: { paddings: a, constantValue: r },
        } = e,
        s = a.map((e, n) => e[0] + t.shape[n] + e[1]);
      if (0 === h(t.shape))
        return Kh({ backend: n, attrs: { shape: s, value: r, dtype: t.dtype } });
      const o = n.dataIdMap.get(t.dataId).id,
        i = n.makeOutput(s, t.dtype),
        u = n.dataIdMap.get(i.dataId).id,
        l = new Uint8Array(new Int32Array(t.shape).buffer),
        d = a.map((e) => e[0]),
        c = a.map((e) => e[1]),
        p = new Uint8Array(new Int32Array(d).buffer),
        f = new Uint8Array(new Int32Array(c).buffer);
      return (km(o, l, t.shape.length, rp[t.dtype], p, f, r, u), i);
    },
    setupFunc: (e) => {
      km = e.wasm.cwrap('PadV2', null, [
        'number',
        'array',
        'number',
        'number',
        'array',
        'array',
        'number',
        'number',
      ]);
    },
  },
  Im = pp('Pow');
let vm;
const _m = {
  kernelName: 'Prelu',
  backendName: 'wasm',
  setupFunc: (e) => {
    vm = e.wasm.cwrap('Prelu', null, ['number', 'number', 'number']);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n } = e,
      { x: a, alpha: r } = t,
      s = n.dataIdMap.get(a.dataId).id,
      o = n.dataIdMap.get(r.dataId).id;
    let i = s;
    const u = a;
    let l = u;
    'float32' !== u.dtype &&
      ((l = Yp({ backend: n, inputs: { x: a }, attrs: { dtype: 'float32' } })),
      (i = n.dataIdMap.get(l.dataId).id));
    const d = n.makeOutput(a.shape, 'float32'),
      c = n.dataIdMap.get(d.dataId).id;
    return (vm(i, o, c), 'float32' !== u.dtype && n.disposeData(l.dataId), d);
  },
};
let xm;
const Mm = {
    kernelName: 'Prod',
    backendName: 'wasm',
    setupFunc: (e) => {
      xm = e.wasm.cwrap('Prod', null, ['number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { axis: r, keepDims: s } = a,
        { x: o } = n,
        i = t.dataIdMap.get(o.dataId).id;
      let u = i,
        l = o;
      const { transposed: d, axes: c, originalAxes: p, inputWasTransposed: f } = Ip(o, r, t);
      let m = c;
      if (f) {
        const e = t.dataIdMap.get(d.dataId).id;
        e !== i && ((l = d), (u = e), (m = cs(m.length, l.shape.length)));
      }
      us('prod', m, l.shape.length);
      const [g, b] = os(l.shape, m),
        y = h(b),
        k = t.makeOutput(g, l.dtype);
      if (0 !== h(l.shape)) {
        const e = t.dataIdMap.get(k.dataId).id;
        xm(u, y, rp[k.dtype], e);
      }
      if ((f && t.disposeData(d.dataId), s)) {
        const e = is(k.shape, p);
        k.shape = e;
      }
      return k;
    },
  },
  Sm = {
    kernelName: 'Range',
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { backend: t, attrs: n } = e,
        { start: a, stop: r, step: s, dtype: o } = n,
        i = tc(a, r, s, o),
        u = t.makeOutput([i.length], o);
      return (t.typedArrayFromHeap(u).set(i), u);
    },
  },
  Nm = pp(ce),
  Am = up(Ge),
  Fm = up('Relu'),
  Em = up('Relu6');
let Tm;
const Dm = {
  kernelName: Je,
  backendName: 'wasm',
  setupFunc: (e) => {
    Tm = e.wasm.cwrap(Je, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { images: r } = n,
      { alignCorners: s, halfPixelCenters: o, size: i } = a,
      [u, l] = i,
      [d, c, p, f] = r.shape,
      m = [d, u, l, f];
    let g,
      b = t.dataIdMap.get(r.dataId);
    'float32' !== b.dtype &&
      ((g = Yp({ backend: t, inputs: { x: r }, attrs: { dtype: 'float32' } })),
      (b = t.dataIdMap.get(g.dataId)));
    const y = b.id,
      k = t.makeOutput(m, 'float32');
    if (0 === h(r.shape)) return k;
    const w = t.dataIdMap.get(k.dataId).id;
    return (
      Tm(y, d, c, p, f, u, l, s ? 1 : 0, o ? 1 : 0, w), null != g && t.disposeData(g.dataId), k
    );
  },
};
let $m;
const Rm = {
  kernelName: Qe,
  backendName: 'wasm',
  setupFunc: (e) => {
    $m = e.wasm.cwrap(Qe, null, ['number', 'number', 'number', 'array', 'array', 'boolean']);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { images: r, dy: s } = t,
      { alignCorners: o } = a,
      i = n.makeOutput(r.shape, 'float32');
    let u,
      l = n.dataIdMap.get(r.dataId);
    return (
      'float32' !== l.dtype &&
        ((u = Yp({ backend: n, inputs: { x: r }, attrs: { dtype: 'float32' } })),
        (l = n.dataIdMap.get(u.dataId))),
      $m(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(s.dataId).id,
        n.dataIdMap.get(i.dataId).id,
        new Uint8Array(new Int32Array(r.shape).buffer),
        new Uint8Array(new Int32Array(s.shape).buffer),
        o,
      ),
      null != u && n.disposeData(u.dataId),
      i
    );
  },
};
let Cm;
const Wm = {
  kernelName: Ve,
  backendName: 'wasm',
  setupFunc: (e) => {
    Cm = e.wasm.cwrap(Ve, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { images: r } = n,
      { alignCorners: s, halfPixelCenters: o, size: i } = a,
      [u, l] = i,
      [d, c, p, f] = r.shape,
      m = [d, u, l, f],
      g = t.makeOutput(m, 'float32');
    if (0 === h(r.shape)) return g;
    let b,
      y = t.dataIdMap.get(r.dataId);
    'float32' !== y.dtype &&
      ((b = Yp({ backend: t, inputs: { x: r }, attrs: { dtype: 'float32' } })),
      (y = t.dataIdMap.get(b.dataId)));
    const k = y.id,
      w = t.dataIdMap.get(g.dataId).id;
    return (
      Cm(k, d, c, p, f, u, l, s ? 1 : 0, o ? 1 : 0, w), null != b && t.disposeData(b.dataId), g
    );
  },
};
let Om;
const Pm = {
  kernelName: Ke,
  backendName: 'wasm',
  setupFunc: (e) => {
    Om = e.wasm.cwrap(Ke, null, ['number', 'number', 'number', 'array', 'array', 'boolean']);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { images: r, dy: s } = t,
      { alignCorners: o } = a,
      i = n.makeOutput(r.shape, 'float32');
    let u,
      l = n.dataIdMap.get(r.dataId);
    return (
      'float32' !== l.dtype &&
        ((u = Yp({ backend: n, inputs: { x: r }, attrs: { dtype: 'float32' } })),
        (l = n.dataIdMap.get(u.dataId))),
      Om(
        n.dataIdMap.get(r.dataId).id,
        n.dataIdMap.get(s.dataId).id,
        n.dataIdMap.get(i.dataId).id,
        new Uint8Array(new Int32Array(r.shape).buffer),
        new Uint8Array(new Int32Array(s.shape).buffer),
        o,
      ),
      null != u && n.disposeData(u.dataId),
      i
    );
  },
};
let Bm;
const Hm = {
  kernelName: Ze,
  backendName: 'wasm',
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r } = t,
      { dims: s } = a,
      o = b(s, r.shape);
    if (0 === r.shape.length) return gp({ inputs: { x: r }, backend: n });
    const i = n.makeOutput(r.shape, r.dtype),
      u = n.dataIdMap.get(r.dataId).id,
      l = n.dataIdMap.get(i.dataId).id,
      d = new Uint8Array(new Int32Array(o).buffer),
      c = new Uint8Array(new Int32Array(r.shape).buffer);
    Bm(u, d, o.length, c, r.shape.length, l);
    const p = zp({ inputs: { x: i }, attrs: { shape: r.shape }, backend: n });
    return (n.disposeData(i.dataId), p);
  },
  setupFunc: (e) => {
    Bm = e.wasm.cwrap(Ze, null, ['number', 'array', 'number', 'array', 'number', 'number']);
  },
};
let Lm;
const zm = {
    kernelName: kt,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { image: r } = t,
        { radians: s, fillValue: o, center: i } = a,
        u = n.makeOutput(r.shape, r.dtype),
        l = n.dataIdMap.get(r.dataId).id,
        d = n.dataIdMap.get(u.dataId).id,
        [c, p, h, f] = r.shape,
        [m, g] = As(i, p, h),
        b = 'number' == typeof o ? [o, o, o, 0 === o ? 0 : 255] : [...o, 255],
        y = new Uint8Array(new Int32Array(b).buffer);
      return (Lm(l, c, p, h, f, s, m, g, y, b.length, d), u);
    },
    setupFunc: (e) => {
      Lm = e.wasm.cwrap(kt, null, [
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'array',
        'number',
        'number',
      ]);
    },
  },
  Um = up('Round'),
  qm = up('Rsqrt');
let Gm;
const jm = {
  kernelName: Xe,
  backendName: 'wasm',
  setupFunc: (e) => {
    Gm = e.wasm.cwrap(Xe, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'array',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { indices: r, updates: s } = n,
      { shape: o } = a,
      i = t.makeOutput(o, s.dtype);
    if (0 === h(o)) return i;
    const { sliceRank: u, numUpdates: l, sliceSize: d, strides: c, outputSize: p } = dr(0, r, o),
      f = t.dataIdMap.get(r.dataId).id,
      m = t.dataIdMap.get(s.dataId).id,
      g = new Uint8Array(new Int32Array(c).buffer),
      b = t.dataIdMap.get(i.dataId).id;
    return (Gm(f, m, rp[s.dtype], u, l, d, g, p, b), i);
  },
};
let Vm;
const Km = {
  kernelName: et,
  backendName: 'wasm',
  setupFunc: (e) => {
    Vm = e.wasm.cwrap(et, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'bool',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { sortedSequence: r, values: s } = t,
      { side: o } = a;
    if (r.dtype !== s.dtype)
      throw new Error(
        `SearchSorted error: sorted_sequence must have the same dtype as values. Got ${r.dtype} and ${s.dtype}`,
      );
    const i = n.makeOutput(s.shape, 'int32');
    function u(e) {
      return n.dataIdMap.get(e.dataId).id;
    }
    return (Vm(u(r), u(s), r.shape[0], r.shape[1], s.shape[1], rp[r.dtype], 'left' === o, u(i)), i);
  },
};
let Jm;
const Qm = {
    kernelName: 'Select',
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { inputs: t, backend: n } = e,
        { condition: a, t: r, e: s } = t,
        o = n.dataIdMap.get(a.dataId).id,
        i = n.dataIdMap.get(r.dataId).id,
        u = n.dataIdMap.get(s.dataId).id,
        l = n.makeOutput(r.shape, r.dtype),
        d = n.dataIdMap.get(l.dataId).id,
        c = a.shape.length,
        p = r.shape.length,
        f = 0 === c || c > 1 || 1 === p ? 1 : h(r.shape.slice(1));
      return (Jm(o, i, u, f, d), l);
    },
    setupFunc: (e) => {
      Jm = e.wasm.cwrap('SelectV2', null, ['number', 'number', 'number', 'number', 'number']);
    },
  },
  Zm = up('Selu');
let Xm;
const Ym = {
    kernelName: 'Sigmoid',
    backendName: 'wasm',
    setupFunc: (e) => {
      Xm = e.wasm.cwrap(tt, null, ['number', 'number']);
    },
    kernelFunc: (e) => {
      const {
          backend: t,
          inputs: { x: n },
        } = e,
        a = t.dataIdMap.get(n.dataId).id,
        r = t.makeOutput(n.shape, n.dtype),
        s = t.dataIdMap.get(r.dataId).id;
      return (0 === h(r.shape) || Xm(a, s), r);
    },
  },
  eg = up('Sign'),
  tg = up('Sin'),
  ng = up('Sinh'),
  ag = up(nt),
  rg = {
    kernelName: at,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { inputs: t, backend: n, attrs: a } = e,
        { x: r } = t,
        { blockShape: s, paddings: o } = a,
        i = h(s),
        u = [[0, 0]];
      u.push(...o);
      for (let e = 1 + s.length; e < r.shape.length; ++e) u.push([0, 0]);
      const l = wm.kernelFunc({
          inputs: { x: r },
          backend: n,
          attrs: { paddings: u, constantValue: 0 },
        }),
        d = Fs(l.shape, s, i, !1),
        c = Es(d.length, s.length, !1),
        p = Ts(l.shape, s, i, !1),
        f = zp({ inputs: { x: l }, backend: n, attrs: { shape: d } }),
        m = kp({ inputs: { x: f }, backend: n, attrs: { perm: c } }),
        g = zp({ inputs: { x: m }, backend: n, attrs: { shape: p } });
      return (n.disposeData(l.dataId), n.disposeData(f.dataId), n.disposeData(m.dataId), g);
    },
  };
let sg;
const og = {
  kernelName: st,
  backendName: 'wasm',
  setupFunc: (e) => {
    sg = e.wasm.cwrap('SparseFillEmptyRows', 'number', [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n } = e,
      { indices: a, values: r, denseShape: s, defaultValue: o } = n,
      i = a.shape[0],
      u = a.shape[1],
      l = t.readSync(s.dataId)[0],
      d = [i + l, u],
      c = t.dataIdMap.get(a.dataId).id,
      p = t.dataIdMap.get(r.dataId).id,
      h = t.dataIdMap.get(o.dataId).id,
      f = t.makeOutput(d, a.dtype),
      m = t.dataIdMap.get(f.dataId).id,
      g = t.makeOutput(d.slice(0, 1), r.dtype),
      b = t.dataIdMap.get(g.dataId).id,
      y = t.makeOutput([l], 'bool'),
      k = t.dataIdMap.get(y.dataId).id,
      w = t.makeOutput([i], a.dtype),
      I = t.dataIdMap.get(w.dataId).id,
      v = t.makeOutput([4], 'int32'),
      _ = t.dataIdMap.get(v.dataId).id,
      x = sg(c, p, rp[r.dtype], i, l, u, h, m, b, k, I, _),
      M = t.readSync(v.dataId);
    let S;
    switch (M[0]) {
      case 1:
        S = Us(M[1]);
        break;
      case 2:
        S = qs(M[1], M[2]);
        break;
      case 3:
        S = Gs(M[1], M[2], M[3]);
        break;
      default:
        S = '';
    }
    if ((t.disposeData(v.dataId), S))
      throw (
        t.disposeData(f.dataId),
        t.disposeData(g.dataId),
        t.disposeData(y.dataId),
        t.disposeData(w.dataId),
        new Error(S)
      );
    let N = f,
      A = g;
    return (
      x !== d[0] &&
        ((N = jp({ inputs: { x: f }, attrs: { begin: 0, size: [x, u] }, backend: t })),
        (A = jp({ inputs: { x: g }, attrs: { begin: 0, size: x }, backend: t })),
        t.disposeData(f.dataId),
        t.disposeData(g.dataId)),
      [N, A, y, w]
    );
  },
};
let ig;
const ug = {
  kernelName: ot,
  backendName: 'wasm',
  setupFunc: (e) => {
    ig = e.wasm.cwrap(ot, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n } = e,
      { inputIndices: a, inputShape: r, newShape: s } = n;
    if (2 !== a.shape.length)
      throw new Error(`Input indices should be a matrix but received shape\n        ${a.shape}`);
    if (1 !== r.shape.length)
      throw new Error(`Input shape should be a vector but received shape\n        ${r.shape}`);
    if (1 !== s.shape.length)
      throw new Error(`Target shape should be a vector but received shape ${s.shape}`);
    const o = t.dataIdMap.get(a.dataId).id,
      i = t.dataIdMap.get(r.dataId).id,
      u = t.dataIdMap.get(s.dataId).id,
      l = a.shape[0],
      d = h(s.shape),
      c = t.makeOutput([l, d], a.dtype),
      p = t.dataIdMap.get(c.dataId).id,
      f = t.makeOutput([d], s.dtype),
      m = t.dataIdMap.get(f.dataId).id,
      g = t.makeOutput([3], 'int32'),
      b = t.dataIdMap.get(g.dataId).id;
    ig(o, i, u, l, p, m, b);
    const y = t.readSync(g.dataId);
    let k;
    switch (y[0]) {
      case 0:
        k = js(y[1], y[2]);
        break;
      case 1:
        k = Vs(y[1], y[2]);
        break;
      case 2:
        k =
          'reshape cannot infer the missing input size for an empty tensor unless all specified input sizes are non-zero';
        break;
      case 3:
        k = Ks(Array.from(t.readSync(r.dataId)), Array.from(t.readSync(f.dataId)));
        break;
      case 4:
        k = Js(Array.from(t.readSync(r.dataId)), Array.from(t.readSync(f.dataId)));
        break;
      default:
        k = '';
    }
    if ((t.disposeData(g.dataId), k))
      throw (t.disposeData(c.dataId), t.disposeData(f.dataId), new Error(k));
    return [c, f];
  },
};
let lg;
function dg(e) {
  lg = e.wasm.cwrap('SparseSegmentReduction', null, [
    'number',
    'number',
    'number',
    'number',
    'number',
    'number',
    'number',
    'number',
    'number',
  ]);
}
function cg(e, t) {
  const { backend: n, inputs: a } = e,
    { data: r, indices: s, segmentIds: o } = a,
    i = s.shape[0],
    u = n.readSync(o.dataId, i - 1, i)[0],
    l = i > 0 ? u + 1 : 0;
  if (l < 0) throw new Error('segment ids must be >= 0');
  const d = r.shape.slice();
  d[0] = l;
  const c = n.dataIdMap.get(r.dataId).id,
    p = n.dataIdMap.get(s.dataId).id,
    h = n.dataIdMap.get(o.dataId).id,
    f = n.makeOutput(d, r.dtype),
    m = n.dataIdMap.get(f.dataId).id,
    g = n.makeOutput([4], 'int32'),
    b = n.dataIdMap.get(g.dataId).id;
  lg(c, rp[r.dtype], r.shape[0], p, h, m, b, t, 0);
  const y = n.readSync(g.dataId);
  let k;
  switch (y[0]) {
    case 0:
      k = 'segment ids must be >= 0';
      break;
    case 1:
      k = 'segment ids are not increasing';
      break;
    case 2:
      k = Zs(y[1], y[2]);
      break;
    case 3:
      k = Xs(y[1], y[2], y[3]);
      break;
    default:
      k = '';
  }
  if ((n.disposeData(g.dataId), k)) throw (n.disposeData(f.dataId), new Error(k));
  return f;
}
const pg = { kernelName: it, backendName: 'wasm', setupFunc: dg, kernelFunc: (e) => cg(e, !0) },
  hg = { kernelName: ut, backendName: 'wasm', setupFunc: dg, kernelFunc: (e) => cg(e, !1) };
let fg;
const mg = {
    kernelName: lt,
    backendName: 'wasm',
    setupFunc: (e) => {
      fg = e.wasm.cwrap(lt, null, [
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'array',
        'number',
        'number',
      ]);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { sparseIndices: r, sparseValues: s, defaultValue: o } = n,
        { outputShape: i } = a,
        u = t.makeOutput(i, o.dtype);
      if (0 === h(i)) return u;
      const { sliceRank: l, numUpdates: d, sliceSize: c, strides: p, outputSize: f } = dr(0, r, i),
        m = t.dataIdMap.get(r.dataId).id,
        g = t.dataIdMap.get(s.dataId).id,
        b = t.dataIdMap.get(o.dataId).id,
        y = new Uint8Array(new Int32Array(p).buffer),
        k = t.dataIdMap.get(u.dataId).id;
      return (fg(m, g, s.shape.length, b, rp[o.dtype], l, d, c, y, f, k), u);
    },
  },
  gg = {
    kernelName: 'SplitV',
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { inputs: t, attrs: n, backend: a } = e,
        { x: r } = t,
        { numOrSizeSplits: s, axis: o } = n,
        i = b(o, r.shape)[0],
        u = zs(r, s, i),
        l = new Array(r.shape.length).fill(0),
        d = r.shape.slice();
      return u.map((e) => {
        const t = [...d];
        t[i] = e;
        const n = jp({ inputs: { x: r }, attrs: { begin: l, size: t }, backend: a });
        return ((l[i] += e), n);
      });
    },
  },
  bg = up('Sqrt'),
  yg = up('Square'),
  kg = pp(dt);
let wg;
const Ig = {
  kernelName: 'Step',
  backendName: 'wasm',
  setupFunc: (e) => {
    wg = e.wasm.cwrap('Step', null, ['number', 'number', 'number', 'number']);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { alpha: r } = a,
      { x: s } = n,
      o = t.dataIdMap.get(s.dataId).id,
      i = t.makeOutput(s.shape, s.dtype),
      u = t.dataIdMap.get(i.dataId).id;
    return (wg(o, r, rp[s.dtype], u), i);
  },
};
let vg;
const _g = {
    kernelName: pt,
    backendName: 'wasm',
    setupFunc: (e) => {
      vg = e.wasm.cwrap(pt, null, [
        'number',
        'array',
        'number',
        'array',
        'array',
        'array',
        'array',
        'array',
        'number',
        'number',
      ]);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { x: r } = n,
        {
          begin: s,
          end: o,
          strides: i,
          beginMask: u,
          endMask: l,
          ellipsisMask: c,
          newAxisMask: p,
          shrinkAxisMask: h,
        } = a,
        {
          finalShapeSparse: f,
          finalShape: m,
          isIdentity: g,
          sliceDim0: b,
          isSimpleSlice: y,
          begin: k,
          end: w,
          strides: I,
        } = mr(r.shape, s, o, i, u, l, c, p, h);
      let v;
      if (g) v = zp({ inputs: { x: r }, backend: t, attrs: { shape: m } });
      else if (b || y) {
        d(r.shape.length >= 1, () => `Input must have rank at least 1, got: ${r.shape.length}`);
        const e = cr(k, w, I),
          n = jp({ inputs: { x: r }, backend: t, attrs: { begin: k, size: e } });
        (v = zp({ inputs: { x: n }, backend: t, attrs: { shape: m } })), t.disposeData(n.dataId);
      } else {
        const e = t.makeOutput(f, 'float32'),
          n = t.dataIdMap.get(r.dataId).id,
          a = new Uint8Array(new Int32Array(x(r.shape)).buffer),
          s = new Uint8Array(new Int32Array(k).buffer),
          o = new Uint8Array(new Int32Array(w).buffer),
          i = new Uint8Array(new Int32Array(I).buffer),
          u = new Uint8Array(new Int32Array(f).buffer),
          l = new Uint8Array(new Int32Array(x(f)).buffer),
          d = t.dataIdMap.get(e.dataId).id;
        vg(n, a, r.shape.length, s, o, i, u, l, f.length, d),
          (v = zp({ inputs: { x: e }, backend: t, attrs: { shape: m } })),
          t.disposeData(e.dataId);
      }
      return v;
    },
  },
  xg = {
    kernelName: ht,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { data: r, dataSplits: s } = n,
        {
          separator: o,
          nGramWidths: i,
          leftPad: u,
          rightPad: l,
          padWidth: d,
          preserveShortSequences: c,
        } = a,
        p = t.readSync(r.dataId),
        h = t.readSync(s.dataId),
        [f, m] = Hc(p, h, o, i, u, l, d, c),
        g = t.makeOutput([f.length], 'string');
      t.dataIdMap.get(g.dataId).stringBytes = f;
      const b = t.makeOutput(s.shape, 'int32');
      return (t.typedArrayFromHeap(b).set(m), [g, b]);
    },
  },
  Mg = {
    kernelName: ft,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { input: r, delimiter: s } = n,
        { skipEmpty: o } = a,
        i = t.readSync(r.dataId),
        u = t.readSync(s.dataId),
        [l, d, c] = Uc(i, u[0], o),
        p = d.length,
        h = t.makeOutput([p, 2], 'int32');
      t.typedArrayFromHeap(h).set(l);
      const f = t.makeOutput([p], 'string');
      t.dataIdMap.get(f.dataId).stringBytes = d;
      const m = t.makeOutput([2], 'int32');
      return (t.typedArrayFromHeap(m).set(c), [h, f, m]);
    },
  },
  Sg = {
    kernelName: mt,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { input: r } = n,
        { numBuckets: s } = a,
        o = Gc(t.readSync(r.dataId), s),
        i = t.makeOutput(r.shape, 'int32');
      return (t.typedArrayFromHeap(i).set(o), i);
    },
  },
  Ng = pp('Sub');
let Ag;
const Fg = {
    kernelName: 'Sum',
    backendName: 'wasm',
    setupFunc: (e) => {
      Ag = e.wasm.cwrap('Sum', null, ['number', 'number', 'number', 'number']);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { axis: r, keepDims: s } = a,
        { x: o } = n,
        i = t.dataIdMap.get(o.dataId).id;
      let u = i,
        l = o;
      const { transposed: d, axes: c, originalAxes: p, inputWasTransposed: f } = Ip(o, r, t);
      let m = c;
      if (f) {
        const e = t.dataIdMap.get(d.dataId).id;
        e !== i && ((l = d), (u = e), (m = cs(m.length, l.shape.length)));
      }
      us('sum', m, l.shape.length);
      const [g, b] = os(l.shape, m),
        y = h(b),
        k = t.makeOutput(g, l.dtype);
      if (0 !== h(l.shape)) {
        const e = t.dataIdMap.get(k.dataId).id;
        Ag(u, y, rp[k.dtype], e);
      }
      if ((f && t.disposeData(d.dataId), s)) {
        const e = is(k.shape, p);
        k.shape = e;
      }
      return k;
    },
  },
  Eg = up('Tan'),
  Tg = up('Tanh');
let Dg;
const $g = {
  kernelName: Ye,
  backendName: 'wasm',
  setupFunc: (e) => {
    Dg = e.wasm.cwrap(Ye, null, [
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'array',
      'number',
      'number',
      'number',
    ]);
  },
  kernelFunc: (e) => {
    const { backend: t, inputs: n, attrs: a } = e,
      { tensor: r, indices: s, updates: o } = n,
      {} = a,
      i = t.makeOutput(r.shape, r.dtype);
    if (0 === h(r.shape)) return i;
    const {
        sliceRank: u,
        numUpdates: l,
        sliceSize: d,
        strides: c,
        outputSize: p,
      } = dr(0, s, r.shape),
      f = t.dataIdMap.get(s.dataId).id,
      m = t.dataIdMap.get(o.dataId).id,
      g = t.dataIdMap.get(r.dataId).id,
      b = new Uint8Array(new Int32Array(c).buffer),
      y = t.dataIdMap.get(i.dataId).id;
    return (Dg(f, m, rp[o.dtype], u, l, d, b, p, y, g), i);
  },
};
let Rg;
const Cg = {
  kernelName: 'Tile',
  backendName: 'wasm',
  setupFunc: (e) => {
    Rg = e.wasm.cwrap('Tile', null, ['number', 'array', 'number', 'array', 'number', 'number']);
  },
  kernelFunc: (e) => {
    const { inputs: t, backend: n, attrs: a } = e,
      { x: r } = t,
      s = n.dataIdMap.get(r.dataId).id,
      { reps: o } = a,
      i = new Array(r.shape.length);
    for (let e = 0; e < i.length; e++) i[e] = r.shape[e] * o[e];
    const u = new Uint8Array(new Int32Array(r.shape).buffer),
      l = new Uint8Array(new Int32Array(i).buffer),
      d = n.makeOutput(i, r.dtype),
      c = n.dataIdMap.get(d.dataId).id;
    return (Rg(s, u, r.shape.length, l, i.length, rp[d.dtype], c), d);
  },
};
let Wg;
let Og;
const Pg = {
    kernelName: gt,
    backendName: 'wasm',
    setupFunc: (e) => {
      Og = e.wasm.cwrap(gt, null, [
        'number',
        'number',
        'bool',
        'number',
        'number',
        'number',
        'number',
        'number',
        'number',
        'array',
        'number',
        'array',
        'number',
        'number',
        'number',
        'number',
        'number',
      ]);
    },
    kernelFunc: (e) => {
      const { backend: t, inputs: n, attrs: a } = e,
        { image: r, transforms: s } = n,
        { interpolation: o, fillMode: i, fillValue: u, outputShape: l } = a,
        [d, c, p, h] = r.shape,
        [f, m] = null != l ? l : [c, p],
        g = [d, f, m, h],
        b = new Uint8Array(new Int32Array(x(r.shape)).buffer),
        y = new Uint8Array(new Int32Array(x(g)).buffer),
        k = t.makeOutput(g, r.dtype),
        w = t.dataIdMap.get(k.dataId).id,
        I = t.dataIdMap.get(r.dataId).id,
        v = t.dataIdMap.get(s.dataId).id,
        _ = 'nearest' === o ? 1 : 2;
      let M;
      switch (i) {
        case 'constant':
        default:
          M = 1;
          break;
        case 'reflect':
          M = 2;
          break;
        case 'wrap':
          M = 3;
          break;
        case 'nearest':
          M = 4;
      }
      return (
        Og(
          I,
          v,
          s.shape[0] > 1,
          d,
          f,
          m,
          h,
          p,
          c,
          b,
          r.shape.length - 1,
          y,
          g.length - 1,
          _,
          M,
          u,
          w,
        ),
        k
      );
    },
  },
  Bg = {
    kernelName: yt,
    backendName: 'wasm',
    kernelFunc: (e) => {
      const {
          inputs: { x: t },
          backend: n,
        } = e,
        a = n.makeOutput(t.shape, t.dtype);
      return (n.typedArrayFromHeap(a).fill(0), a);
    },
  },
  Hg = [
    ip,
    lp,
    dp,
    cp,
    hp,
    mp,
    _p,
    Mp,
    Np,
    Ap,
    Fp,
    Ep,
    Tp,
    Dp,
    $p,
    Cp,
    Lp,
    Op,
    Bp,
    Gp,
    Kp,
    Qp,
    Zp,
    Xp,
    eh,
    th,
    ah,
    sh,
    ih,
    lh,
    ch,
    hh,
    mh,
    gh,
    bh,
    wh,
    vh,
    xh,
    Sh,
    Ah,
    Eh,
    Dh,
    Rh,
    Wh,
    Ph,
    Bh,
    Lh,
    zh,
    Uh,
    qh,
    jh,
    Vh,
    Jh,
    Zh,
    Xh,
    Yh,
    tf,
    af,
    sf,
    uf,
    df,
    cf,
    pf,
    bp,
    hf,
    ff,
    mf,
    bf,
    yf,
    kf,
    If,
    _f,
    vf,
    xf,
    Mf,
    Sf,
    Nf,
    Ff,
    Tf,
    $f,
    Rf,
    Wf,
    Pf,
    Hf,
    zf,
    qf,
    jf,
    Kf,
    Jf,
    Xf,
    am,
    rm,
    sm,
    om,
    lm,
    cm,
    hm,
    fm,
    gm,
    bm,
    ym,
    wm,
    Im,
    _m,
    Mm,
    Sm,
    Nm,
    Am,
    Fm,
    Em,
    Up,
    Dm,
    Rm,
    Wm,
    Pm,
    Hm,
    zm,
    Um,
    qm,
    jm,
    Km,
    Qm,
    Zm,
    Ym,
    eg,
    tg,
    ng,
    Vp,
    tm,
    ag,
    rg,
    og,
    ug,
    pg,
    hg,
    mg,
    gg,
    bg,
    yg,
    kg,
    Ig,
    _g,
    xg,
    Mg,
    Sg,
    Ng,
    Fg,
    Eg,
    Tg,
    $g,
    Cg,
    {
      kernelName: 'TopK',
      backendName: 'wasm',
      setupFunc: (e) => {
        Wg = e.wasm.cwrap('TopK', null, [
          'number',
          'array',
          'number',
          'number',
          'number',
          'bool',
          'number',
          'number',
        ]);
      },
      kernelFunc: ({ inputs: e, backend: t, attrs: n }) => {
        const { x: a } = e,
          { k: r, sorted: s } = n,
          o = t.dataIdMap.get(a.dataId).id,
          i = new Uint8Array(new Int32Array(a.shape).buffer),
          u = a.shape.slice();
        u[u.length - 1] = r;
        const l = t.makeOutput(u, a.dtype),
          d = t.dataIdMap.get(l.dataId).id,
          c = t.makeOutput(u, 'int32'),
          p = t.dataIdMap.get(c.dataId).id;
        return (Wg(o, i, a.shape.length, rp[a.dtype], r, s, d, p), [l, c]);
      },
    },
    Pg,
    wp,
    {
      kernelName: 'Unique',
      backendName: 'wasm',
      kernelFunc: (e) => {
        const { inputs: t, attrs: n, backend: a } = e,
          { axis: r } = n,
          { x: s } = t,
          {
            outputValues: o,
            outputShape: i,
            indices: u,
          } = tp(a.readSync(s.dataId), r, s.shape, s.dtype);
        return [a.makeOutput(i, s.dtype, void 0, o), a.makeOutput([u.length], 'int32', void 0, u)];
      },
    },
    {
      kernelName: 'Unpack',
      backendName: 'wasm',
      kernelFunc: (e) => {
        const { inputs: t, backend: n, attrs: a } = e,
          { value: r } = t;
        let { axis: s } = a;
        s < 0 && (s += r.shape.length);
        const o = r.shape[s],
          i = r.shape.length,
          u = new Array(i - 1);
        let l = 0;
        for (let e = 0; e < i; e++) e !== s && (u[l++] = r.shape[e]);
        const d = new Array(o),
          c = new Array(i).fill(0),
          p = r.shape.slice();
        p[s] = 1;
        for (let e = 0; e < d.length; e++)
          (c[s] = e), (d[e] = jp({ inputs: { x: r }, attrs: { begin: c, size: p }, backend: n }));
        return d.map(({ dataId: e, dtype: t }) => ({ dataId: e, dtype: t, shape: u }));
      },
    },
    Bg,
  ];
for (const e of Hg) Ft(e);
const Lg = O();
Lg.registerFlag('WASM_HAS_SIMD_SUPPORT', async () => {
  try {
    return WebAssembly.validate(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0, 65, 0, 253, 15,
        26, 11,
      ]),
    );
  } catch (e) {
    return !1;
  }
}),
  Lg.registerFlag('WASM_HAS_MULTITHREAD_SUPPORT', async () => {
    if (Lg.get('IS_NODE')) return !1;
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
    } catch (e) {
      return !1;
    }
  });
var zg = n(417),
  Ug = n.n(zg),
  qg = n(593),
  Gg = n(805),
  jg = n.n(Gg);
const Vg = Ug() || zg,
  Kg = jg() || Gg;
class Jg extends o {
  constructor(e) {
    super(),
      (this.wasm = e),
      (this.dataIdNextNumber = 1),
      this.wasm.tfjs.initWithThreadsCount(ab),
      (rb = this.wasm.tfjs.getThreadsCount()),
      (this.dataIdMap = new s(this, wa()));
  }
  write(e, t, n) {
    const a = { id: this.dataIdNextNumber++ };
    return (this.move(a, e, t, n, 1), a);
  }
  numDataIds() {
    return this.dataIdMap.numDataIds();
  }
  async time(e) {
    const t = Jt();
    return (e(), { kernelMs: Jt() - t });
  }
  move(e, t, n, a, r) {
    const s = this.dataIdNextNumber++;
    if ('string' === a) {
      const o = t;
      return void this.dataIdMap.set(e, {
        id: s,
        stringBytes: o,
        shape: n,
        dtype: a,
        memoryOffset: null,
        refCount: r,
      });
    }
    const o = h(n),
      i = o * w(a),
      u = this.wasm._malloc(i) >>> 0;
    this.dataIdMap.set(e, { id: s, memoryOffset: u, shape: n, dtype: a, refCount: r }),
      this.wasm.tfjs.registerTensor(s, o, u),
      null != t && this.wasm.HEAPU8.set(new Uint8Array(t.buffer, t.byteOffset, i), u);
  }
  async read(e) {
    return this.readSync(e);
  }
  readSync(e, t, n) {
    const { memoryOffset: a, dtype: r, shape: s, stringBytes: o } = this.dataIdMap.get(e);
    if ('string' === r)
      return (null != t && 0 !== t) || !(null == n || n >= o.length) ? o.slice(t, n) : o;
    (t = t || 0), (n = n || h(s));
    const i = w(r);
    return ((e, t) => {
      switch (t) {
        case 'float32':
          return new Float32Array(e);
        case 'int32':
          return new Int32Array(e);
        case 'bool':
          return new Uint8Array(e);
        default:
          throw new Error(`Unknown dtype ${t}`);
      }
    })(this.wasm.HEAPU8.slice(a + t * i, a + n * i).buffer, r);
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
    null != t && t.refCount++;
  }
  floatPrecision() {
    return 32;
  }
  getMemoryOffset(e) {
    return this.dataIdMap.get(e).memoryOffset;
  }
  dispose() {
    this.wasm.tfjs.dispose(),
      'PThread' in this.wasm && this.wasm.PThread.terminateAllThreads(),
      (this.wasm = null);
  }
  memory() {
    return { unreliable: !1 };
  }
  makeOutput(e, t, n, a) {
    let r;
    if (null == n) r = this.write(null != a ? a : null, e, t);
    else {
      const a = this.dataIdNextNumber++;
      (r = { id: a }),
        this.dataIdMap.set(r, { id: a, memoryOffset: n, shape: e, dtype: t, refCount: 1 });
      const s = h(e);
      this.wasm.tfjs.registerTensor(a, s, n);
    }
    return { dataId: r, shape: e, dtype: t };
  }
  typedArrayFromHeap({ shape: e, dtype: t, dataId: n }) {
    const a = this.wasm.HEAPU8.buffer,
      { memoryOffset: r } = this.dataIdMap.get(n),
      s = h(e);
    switch (t) {
      case 'float32':
        return new Float32Array(a, r, s);
      case 'int32':
        return new Int32Array(a, r, s);
      case 'bool':
        return new Uint8Array(a, r, s);
      default:
        throw new Error(`Unknown dtype ${t}`);
    }
  }
}
function Qg(e, t, n) {
  if (null != Xg) return Xg;
  let a = 'tfjs-backend-wasm.wasm';
  return (
    e && t
      ? (a = 'tfjs-backend-wasm-threaded-simd.wasm')
      : e && (a = 'tfjs-backend-wasm-simd.wasm'),
    null != eb && null != eb[a] ? eb[a] : n + a
  );
}
const Zg = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
];
let Xg = null,
  Yg = null,
  eb = {},
  tb = !1,
  nb = !1,
  ab = -1,
  rb = null;
xa(
  'wasm',
  async () => {
    const { wasm: e } = await (async () => {
      const [e, t] = await Promise.all([
        O().getAsync('WASM_HAS_SIMD_SUPPORT'),
        O().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'),
      ]);
      return new Promise((n, a) => {
        const r = {
          locateFile: (n, a) => {
            if (n.endsWith('.worker.js')) {
              const e = qg.$.replace(/\n/g, '\\n'),
                t = new Blob([e], { type: 'application/javascript' });
              return URL.createObjectURL(t);
            }
            return n.endsWith('.wasm') ? Qg(e, t, null != Yg ? Yg : a) : a + n;
          },
        };
        var s;
        nb &&
          (r.instantiateWasm =
            ((s = Qg(e, t, null != Yg ? Yg : '')),
            (e, t) => (
              ((e) => O().platform.fetch(e, { credentials: 'same-origin' }))(s).then((n) => {
                n.ok || e.env.a(`failed to load wasm binary file at '${s}'`),
                  n.arrayBuffer().then((n) => {
                    WebAssembly.instantiate(n, e).then((e) => {
                      t(e.instance, e.module);
                    });
                  });
              }),
              {}
            )));
        let o,
          i = !1;
        (r.onAbort = () => {
          i ||
            tb ||
            ((tb = !0),
            a({
              message:
                'Make sure the server can serve the `.wasm` file relative to the bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers',
            }));
        }),
          t && e && null == Xg
            ? ((r.mainScriptUrlOrBlob = new Blob(
                ['var WasmBackendModuleThreadedSimd = ' + Vg.toString()],
                { type: 'text/javascript' },
              )),
              (o = Vg(r)))
            : (o = Kg(r)),
          o
            .then((e) => {
              (i = !0),
                (tb = !1),
                (e.tfjs = {
                  init: e.cwrap('init', null, []),
                  initWithThreadsCount: e.cwrap('init_with_threads_count', null, ['number']),
                  getThreadsCount: e.cwrap('get_threads_count', 'number', []),
                  registerTensor: e.cwrap('register_tensor', null, ['number', 'number', 'number']),
                  disposeData: e.cwrap('dispose_data', null, ['number']),
                  dispose: e.cwrap('dispose', null, []),
                }),
                n({ wasm: e });
            })
            .catch(a);
      });
    })();
    return new Jg(e);
  },
  2,
),
  ((e, t = !1) => {
    if (tb)
      throw new Error(
        'The WASM backend was already initialized. Make sure you call `setWasmPaths()` before you call `tf.setBackend()` or `tf.ready()`',
      );
    if ('string' == typeof e) Yg = e;
    else {
      eb = e;
      const t = Zg.filter((e) => null == eb[e]);
      if (t.length > 0)
        throw new Error(
          `There were no entries found for the following binaries: ${t.join(',')}. Please either call setWasmPaths with a map providing a path for each binary, or with a string indicating the directory where all the binaries can be found.`,
        );
    }
    nb = t;
  })(new URL('./', document.baseURI).href);
const sb = document.getElementById('status'),
  ob = document.getElementById('result');
(async () => {
  const e = new URLSearchParams(location.search).get('backend') ?? '',
    t = await (async (e = {}) => {
      const { platform: t, forcedName: n } = ((e) => ({
          platform: e.platform ?? (void 0 === pi() ? 'browser' : 'node'),
          forcedName: di(e.env ?? pi()?.env ?? {}),
        }))(e),
        a = void 0 === e.log ? (e) => console.info(e) : e.log;
      O().set('PROD', !0);
      const r = [],
        s = void 0 === n ? ii[t] : [n];
      for (const e of s) {
        const s = await fi(e, t);
        if (void 0 === s) {
          const s = `backend: ${e} (${void 0 !== n ? `forced by ${ui}=${e}` : 0 === r.length ? 'the best available' : r.map((e) => `${e.name} skipped: ${e.reason}`).join('; ')})`;
          return (
            a && a(s), { name: e, forced: void 0 !== n, platform: t, skipped: r, message: s }
          );
        }
        if (void 0 !== n) throw new li(`${ui}=${e} was requested, but ${s}.`);
        r.push({ name: e, reason: s });
      }
      throw new li(
        `no TensorFlow.js backend could start: ${r.map((e) => `${e.name}: ${e.reason}`).join('; ')}.`,
      );
    })({ env: { MHA_BACKEND: e } }),
    n = Co({ dModel: 64, numHeads: 8, seed: 1 }),
    a = mo([2, 10, 64], 2),
    r = ((e, t = e) => {
      for (const [n, a] of [
        ['seqQ', e],
        ['seqK', t],
      ])
        if (!Number.isInteger(a) || a < 1)
          throw new Error(`causalMask: argument '${n}' must be a positive integer, got ${a}`);
      return Ia(() => {
        const n = kr(Ur(0, e, 1, 'int32'), [e, 1]),
          a = kr(Ur(0, t, 1, 'int32'), [1, t]),
          r = Fr(a, n);
        return kr(r, [1, 1, e, t]);
      });
    })(10),
    { output: s, weights: o } = Go(n, a, a, a, { numHeads: 8, mask: r }),
    i = await si({
      task: { vocabSize: 6, minLen: 2, maxLen: 5 },
      model: { dModel: 16, numHeads: 2, dFF: 32, numLayers: 1 },
      steps: 5,
      batchSize: 8,
      learningRate: 0.01,
      seed: 1,
    }),
    u = {
      backend: t.name,
      outputShape: s.shape,
      weightsShape: o.shape,
      output: Array.from(s.dataSync()),
      weights: Array.from(o.dataSync()),
      losses: i.losses,
    };
  return (va([s, o, a, r, ...Object.values(n), ...i.variables]), u);
})().then(
  (e) => {
    (sb.textContent = `done on ${e.backend}: losses ${e.losses.map((e) => e.toFixed(4)).join(', ')}`),
      (ob.textContent = JSON.stringify(e));
  },
  (e) => {
    (sb.textContent = `failed: ${e instanceof Error ? e.message : String(e)}`),
      (ob.textContent = JSON.stringify({ error: String(e?.stack ?? e) }));
  },
);
