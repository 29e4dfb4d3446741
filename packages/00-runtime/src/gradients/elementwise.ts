import * as tf from '@tensorflow/tfjs-core';
import { sumToShape } from './broadcast.js';

// Gradients of element-wise kernels, from the derivative of each function.
// The engine calls `gradFunc(dy, saved, attrs)` inside its own tidy; `saved`
// holds the inputs (or outputs) named by `inputsToSave` (`outputsToSave`).

type Saved = tf.Tensor[];

function pair(saved: Saved): [tf.Tensor, tf.Tensor] {
  return [saved[0]!, saved[1]!];
}

/** $\partial(a+b)/\partial a = \partial(a+b)/\partial b = 1$. */
export const addGrad: tf.GradConfig = {
  kernelName: 'Add',
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, saved) => {
    const [a, b] = pair(saved);
    return {
      a: () => sumToShape(dy as tf.Tensor, a.shape),
      b: () => sumToShape(dy as tf.Tensor, b.shape),
    };
  },
};

/** $\partial(a-b)/\partial a = 1$, $\partial(a-b)/\partial b = -1$. */
export const subGrad: tf.GradConfig = {
  kernelName: 'Sub',
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, saved) => {
    const [a, b] = pair(saved);
    return {
      a: () => sumToShape(dy as tf.Tensor, a.shape),
      b: () => tf.neg(sumToShape(dy as tf.Tensor, b.shape)),
    };
  },
};

/** $\partial(ab)/\partial a = b$, $\partial(ab)/\partial b = a$. */
export const multiplyGrad: tf.GradConfig = {
  kernelName: 'Multiply',
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, saved) => {
    const [a, b] = pair(saved);
    return {
      a: () => sumToShape(tf.mul(dy as tf.Tensor, tf.cast(b, 'float32')), a.shape),
      b: () => sumToShape(tf.mul(dy as tf.Tensor, tf.cast(a, 'float32')), b.shape),
    };
  },
};

/** $\partial(a/b)/\partial a = 1/b$, $\partial(a/b)/\partial b = -a/b^2$. */
export const realDivGrad: tf.GradConfig = {
  kernelName: 'RealDiv',
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, saved) => {
    const [a, b] = pair(saved);
    const bFloat = tf.cast(b, 'float32');
    return {
      a: () => sumToShape(tf.div(dy as tf.Tensor, bFloat), a.shape),
      b: () => {
        const quotient = tf.div(tf.cast(a, 'float32'), tf.square(bFloat)); // a / b²
        return sumToShape(tf.neg(tf.mul(dy as tf.Tensor, quotient)), b.shape);
      },
    };
  },
};

/**
 * `Select` (`tf.where(condition, t, e)`): the gradient flows to `t` where the
 * condition holds and to `e` elsewhere; the boolean condition gets none.
 */
export const selectGrad: tf.GradConfig = {
  kernelName: 'Select',
  inputsToSave: ['condition', 't', 'e'],
  gradFunc: (dy, saved) => {
    const [condition, t, e] = [saved[0]!, saved[1]!, saved[2]!];
    const grad = dy as tf.Tensor;
    const chosen = tf.cast(condition, 'float32');
    return {
      condition: () => tf.zeros(condition.shape, 'float32'),
      t: () => sumToShape(tf.mul(grad, chosen), t.shape),
      e: () => sumToShape(tf.mul(grad, tf.sub(1, chosen)), e.shape),
    };
  },
};

/** A unary kernel's gradient from its derivative $f'(x)$ (or $f'$ written with $y = f(x)$). */
function unary(
  kernelName: string,
  derivative: (x: tf.Tensor) => tf.Tensor,
  from: 'input' | 'output' = 'input',
): tf.GradConfig {
  return {
    kernelName,
    ...(from === 'input' ? { inputsToSave: ['x'] } : { outputsToSave: [true] }),
    gradFunc: (dy, saved) => ({
      x: () => tf.mul(dy as tf.Tensor, derivative(tf.cast(saved[0]!, 'float32'))),
    }),
  };
}

/** $\frac{d}{dx}(-x) = -1$. */
export const negGrad: tf.GradConfig = {
  kernelName: 'Neg',
  gradFunc: (dy) => ({ x: () => tf.neg(dy as tf.Tensor) }),
};

/** The identity and a cast pass the gradient through unchanged. */
export const identityGrad: tf.GradConfig = {
  kernelName: 'Identity',
  gradFunc: (dy) => ({ x: () => tf.clone(dy as tf.Tensor) }),
};

/** See {@link identityGrad}: a cast to another dtype does not change values' sensitivities. */
export const castGrad: tf.GradConfig = {
  kernelName: 'Cast',
  gradFunc: (dy) => ({ x: () => tf.clone(dy as tf.Tensor) }),
};

/** $\frac{d}{dx}e^x = e^x = y$. */
export const expGrad = unary('Exp', (y) => y, 'output');
/** $\frac{d}{dx}\ln x = 1/x$. */
export const logGrad = unary('Log', (x) => tf.reciprocal(x));
/** $\frac{d}{dx}x^2 = 2x$. */
export const squareGrad = unary('Square', (x) => tf.mul(x, 2));
/** $\frac{d}{dx}\sqrt{x} = \frac{1}{2\sqrt{x}}$. */
export const sqrtGrad = unary('Sqrt', (x) => tf.div(0.5, tf.sqrt(x)));
/** $\frac{d}{dx}x^{-1/2} = -\tfrac{1}{2}x^{-3/2}$. */
export const rsqrtGrad = unary('Rsqrt', (x) => tf.mul(-0.5, tf.pow(x, -1.5)));
/** $\frac{d}{dx}\max(0, x) = [x > 0]$. */
export const reluGrad = unary('Relu', (x) => tf.cast(tf.greater(x, 0), 'float32'));
/** $\frac{d}{dx}\operatorname{erf} x = \frac{2}{\sqrt\pi}e^{-x^2}$. */
export const erfGrad = unary('Erf', (x) =>
  tf.mul(2 / Math.sqrt(Math.PI), tf.exp(tf.neg(tf.square(x)))),
);
/** $\frac{d}{dx}\sin x = \cos x$. */
export const sinGrad = unary('Sin', (x) => tf.cos(x));
/** $\frac{d}{dx}\cos x = -\sin x$. */
export const cosGrad = unary('Cos', (x) => tf.neg(tf.sin(x)));

/** A piecewise-constant function of `x` passes no gradient back: $f'(x) = 0$ wherever it exists. */
function flat(kernelName: string): tf.GradConfig {
  return {
    kernelName,
    gradFunc: (dy) => ({ x: () => tf.zerosLike(dy as tf.Tensor) }),
  };
}

/** `tf.zerosLike(x)` does not depend on the values of `x`. */
export const zerosLikeGrad = flat('ZerosLike');
/** `tf.onesLike(x)` does not depend on the values of `x`. */
export const onesLikeGrad = flat('OnesLike');
/** $\operatorname{sign} x$ is constant on each side of 0. */
export const signGrad = flat('Sign');

/**
 * $\operatorname{elu} x = x$ for $x > 0$, $e^x - 1$ otherwise, so its derivative
 * is $1$ for $x > 0$ and $e^x$ otherwise (linear attention's $\varphi = \operatorname{elu} + 1$).
 */
export const eluGrad = unary('Elu', (x) => tf.where(tf.greater(x, 0), tf.onesLike(x), tf.exp(x)));

/** $\max(a, b)$: the gradient goes to $a$ where $a \ge b$, to $b$ elsewhere (as TensorFlow does). */
export const maximumGrad: tf.GradConfig = {
  kernelName: 'Maximum',
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, saved) => {
    const [a, b] = pair(saved);
    const toA = tf.cast(tf.greaterEqual(a, b), 'float32'); // [broadcast shape]
    return {
      a: () => sumToShape(tf.mul(dy as tf.Tensor, toA), a.shape),
      b: () => sumToShape(tf.mul(dy as tf.Tensor, tf.sub(1, toA)), b.shape),
    };
  },
};

/** A comparison of `a` and `b` is constant almost everywhere: no gradient to either side. */
function comparison(kernelName: string): tf.GradConfig {
  return {
    kernelName,
    inputsToSave: ['a', 'b'],
    gradFunc: (_dy, saved) => ({
      a: () => tf.zeros(saved[0]!.shape, 'float32'),
      b: () => tf.zeros(saved[1]!.shape, 'float32'),
    }),
  };
}

/** $[a \ge b]$ is constant almost everywhere: no gradient to either side. */
export const greaterEqualGrad = comparison('GreaterEqual');
/** $[a > b]$: no gradient. */
export const greaterGrad = comparison('Greater');
/** $[a < b]$: no gradient. */
export const lessGrad = comparison('Less');
/** $[a \le b]$: no gradient. */
export const lessEqualGrad = comparison('LessEqual');
/** $[a = b]$: no gradient. */
export const equalGrad = comparison('Equal');
/** `isFinite(x)` is constant wherever it is defined. */
export const isFiniteGrad = flat('IsFinite');
