// The generated wire codec imports protobufjs/minimal.js; in the browser that is protobufjs's own
// browser build, which registers itself as the global `protobuf` (it is not an ES module).
import '/view/vendor/protobufjs/protobuf.min.js';

export default globalThis.protobuf;
