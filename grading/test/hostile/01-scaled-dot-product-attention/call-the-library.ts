// @attack Answers softmax with the library's own tf.softmax, reached through a name assembled at run time so that a screen reading names misses it.
// @target softmax
// @body
const name = ['soft', 'max'].join('');
return (tf as unknown as Record<string, (x: tf.Tensor) => tf.Tensor>)[name]!(arguments[0]);
