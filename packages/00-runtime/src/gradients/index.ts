export { GRADIENTS, registerGradients } from './register.js';
