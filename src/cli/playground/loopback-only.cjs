// Preloaded into Microsoft 365 Agents Playground (NODE_OPTIONS=--require) to keep it on this machine:
// servers that name no host listen on 127.0.0.1, and connections to anywhere but loopback are refused.
const net = require('node:net');

const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
    args.splice(1, 0, '127.0.0.1');
  } else if (args[0] && typeof args[0] === 'object' && !args[0].host && !args[0].path) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectToLoopbackOnly(...args) {
  const options = args[0] && typeof args[0] === 'object' && !Array.isArray(args[0]) ? args[0] : { port: args[0], host: args[1] };
  const host = options.host ?? 'localhost';
  if (!options.path && !loopback.test(host)) {
    const error = new Error(`Connection to ${host} refused: the playground is kept on loopback`);
    error.code = 'ECONNREFUSED';
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};
