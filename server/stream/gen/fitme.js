/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const fitme = $root.fitme = (() => {

    /**
     * Namespace fitme.
     * @exports fitme
     * @namespace
     */
    const fitme = {};

    fitme.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof fitme
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @memberof fitme.v1
             * @interface IEnvelope
             * @property {number|Long|null} [requestId] Envelope requestId
             * @property {fitme.v1.IHello|null} [hello] Envelope hello
             * @property {fitme.v1.IWelcome|null} [welcome] Envelope welcome
             * @property {fitme.v1.IGenerateAvatar|null} [generate] Envelope generate
             * @property {fitme.v1.IJobAccepted|null} [accepted] Envelope accepted
             * @property {fitme.v1.IProgress|null} [progress] Envelope progress
             * @property {fitme.v1.IPreview|null} [preview] Envelope preview
             * @property {fitme.v1.IMesh|null} [mesh] Envelope mesh
             * @property {fitme.v1.ITextureBegin|null} [textureBegin] Envelope textureBegin
             * @property {fitme.v1.ITextureChunk|null} [textureChunk] Envelope textureChunk
             * @property {fitme.v1.IJobCompleted|null} [completed] Envelope completed
             * @property {fitme.v1.IFailure|null} [failure] Envelope failure
             * @property {fitme.v1.ICancelJob|null} [cancel] Envelope cancel
             * @property {fitme.v1.IFetchResult|null} [fetch] Envelope fetch
             * @property {fitme.v1.IWarning|null} [warning] Envelope warning
             */

            /**
             * Constructs a new Envelope.
             * @memberof fitme.v1
             * @classdesc Represents an Envelope.
             * @implements IEnvelope
             * @constructor
             * @param {fitme.v1.IEnvelope=} [properties] Properties to set
             */
            function Envelope(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Envelope requestId.
             * @member {number|Long} requestId
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope hello.
             * @member {fitme.v1.IHello|null|undefined} hello
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope welcome.
             * @member {fitme.v1.IWelcome|null|undefined} welcome
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.welcome = null;

            /**
             * Envelope generate.
             * @member {fitme.v1.IGenerateAvatar|null|undefined} generate
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.generate = null;

            /**
             * Envelope accepted.
             * @member {fitme.v1.IJobAccepted|null|undefined} accepted
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.accepted = null;

            /**
             * Envelope progress.
             * @member {fitme.v1.IProgress|null|undefined} progress
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.progress = null;

            /**
             * Envelope preview.
             * @member {fitme.v1.IPreview|null|undefined} preview
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.preview = null;

            /**
             * Envelope mesh.
             * @member {fitme.v1.IMesh|null|undefined} mesh
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.mesh = null;

            /**
             * Envelope textureBegin.
             * @member {fitme.v1.ITextureBegin|null|undefined} textureBegin
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.textureBegin = null;

            /**
             * Envelope textureChunk.
             * @member {fitme.v1.ITextureChunk|null|undefined} textureChunk
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.textureChunk = null;

            /**
             * Envelope completed.
             * @member {fitme.v1.IJobCompleted|null|undefined} completed
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.completed = null;

            /**
             * Envelope failure.
             * @member {fitme.v1.IFailure|null|undefined} failure
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.failure = null;

            /**
             * Envelope cancel.
             * @member {fitme.v1.ICancelJob|null|undefined} cancel
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.cancel = null;

            /**
             * Envelope fetch.
             * @member {fitme.v1.IFetchResult|null|undefined} fetch
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.fetch = null;

            /**
             * Envelope warning.
             * @member {fitme.v1.IWarning|null|undefined} warning
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Envelope.prototype.warning = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"hello"|"welcome"|"generate"|"accepted"|"progress"|"preview"|"mesh"|"textureBegin"|"textureChunk"|"completed"|"failure"|"cancel"|"fetch"|"warning"|undefined} body
             * @memberof fitme.v1.Envelope
             * @instance
             */
            Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "welcome", "generate", "accepted", "progress", "preview", "mesh", "textureBegin", "textureChunk", "completed", "failure", "cancel", "fetch", "warning"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Envelope
             * @static
             * @param {fitme.v1.IEnvelope=} [properties] Properties to set
             * @returns {fitme.v1.Envelope} Envelope instance
             */
            Envelope.create = function create(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link fitme.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Envelope
             * @static
             * @param {fitme.v1.IEnvelope} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello"))
                    $root.fitme.v1.Hello.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.welcome != null && Object.hasOwnProperty.call(message, "welcome"))
                    $root.fitme.v1.Welcome.encode(message.welcome, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.generate != null && Object.hasOwnProperty.call(message, "generate"))
                    $root.fitme.v1.GenerateAvatar.encode(message.generate, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.accepted != null && Object.hasOwnProperty.call(message, "accepted"))
                    $root.fitme.v1.JobAccepted.encode(message.accepted, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.progress != null && Object.hasOwnProperty.call(message, "progress"))
                    $root.fitme.v1.Progress.encode(message.progress, writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.preview != null && Object.hasOwnProperty.call(message, "preview"))
                    $root.fitme.v1.Preview.encode(message.preview, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.mesh != null && Object.hasOwnProperty.call(message, "mesh"))
                    $root.fitme.v1.Mesh.encode(message.mesh, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.textureBegin != null && Object.hasOwnProperty.call(message, "textureBegin"))
                    $root.fitme.v1.TextureBegin.encode(message.textureBegin, writer.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (message.textureChunk != null && Object.hasOwnProperty.call(message, "textureChunk"))
                    $root.fitme.v1.TextureChunk.encode(message.textureChunk, writer.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (message.completed != null && Object.hasOwnProperty.call(message, "completed"))
                    $root.fitme.v1.JobCompleted.encode(message.completed, writer.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (message.failure != null && Object.hasOwnProperty.call(message, "failure"))
                    $root.fitme.v1.Failure.encode(message.failure, writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.cancel != null && Object.hasOwnProperty.call(message, "cancel"))
                    $root.fitme.v1.CancelJob.encode(message.cancel, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.fetch != null && Object.hasOwnProperty.call(message, "fetch"))
                    $root.fitme.v1.FetchResult.encode(message.fetch, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.warning != null && Object.hasOwnProperty.call(message, "warning"))
                    $root.fitme.v1.Warning.encode(message.warning, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Envelope} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Envelope();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.requestId = reader.uint64();
                            break;
                        }
                    case 10: {
                            message.hello = $root.fitme.v1.Hello.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.welcome = $root.fitme.v1.Welcome.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.generate = $root.fitme.v1.GenerateAvatar.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.accepted = $root.fitme.v1.JobAccepted.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 14: {
                            message.progress = $root.fitme.v1.Progress.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.preview = $root.fitme.v1.Preview.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.mesh = $root.fitme.v1.Mesh.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 17: {
                            message.textureBegin = $root.fitme.v1.TextureBegin.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 18: {
                            message.textureChunk = $root.fitme.v1.TextureChunk.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 19: {
                            message.completed = $root.fitme.v1.JobCompleted.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 20: {
                            message.failure = $root.fitme.v1.Failure.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 21: {
                            message.cancel = $root.fitme.v1.CancelJob.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 22: {
                            message.fetch = $root.fitme.v1.FetchResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 23: {
                            message.warning = $root.fitme.v1.Warning.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof fitme.v1.Envelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId) && !(message.requestId && $util.isInteger(message.requestId.low) && $util.isInteger(message.requestId.high)))
                        return "requestId: integer|Long expected";
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.Hello.verify(message.hello, long + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.welcome != null && Object.hasOwnProperty.call(message, "welcome")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.Welcome.verify(message.welcome, long + 1);
                        if (error)
                            return "welcome." + error;
                    }
                }
                if (message.generate != null && Object.hasOwnProperty.call(message, "generate")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.GenerateAvatar.verify(message.generate, long + 1);
                        if (error)
                            return "generate." + error;
                    }
                }
                if (message.accepted != null && Object.hasOwnProperty.call(message, "accepted")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.JobAccepted.verify(message.accepted, long + 1);
                        if (error)
                            return "accepted." + error;
                    }
                }
                if (message.progress != null && Object.hasOwnProperty.call(message, "progress")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.Progress.verify(message.progress, long + 1);
                        if (error)
                            return "progress." + error;
                    }
                }
                if (message.preview != null && Object.hasOwnProperty.call(message, "preview")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.Preview.verify(message.preview, long + 1);
                        if (error)
                            return "preview." + error;
                    }
                }
                if (message.mesh != null && Object.hasOwnProperty.call(message, "mesh")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.Mesh.verify(message.mesh, long + 1);
                        if (error)
                            return "mesh." + error;
                    }
                }
                if (message.textureBegin != null && Object.hasOwnProperty.call(message, "textureBegin")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.TextureBegin.verify(message.textureBegin, long + 1);
                        if (error)
                            return "textureBegin." + error;
                    }
                }
                if (message.textureChunk != null && Object.hasOwnProperty.call(message, "textureChunk")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.TextureChunk.verify(message.textureChunk, long + 1);
                        if (error)
                            return "textureChunk." + error;
                    }
                }
                if (message.completed != null && Object.hasOwnProperty.call(message, "completed")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.JobCompleted.verify(message.completed, long + 1);
                        if (error)
                            return "completed." + error;
                    }
                }
                if (message.failure != null && Object.hasOwnProperty.call(message, "failure")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.Failure.verify(message.failure, long + 1);
                        if (error)
                            return "failure." + error;
                    }
                }
                if (message.cancel != null && Object.hasOwnProperty.call(message, "cancel")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.CancelJob.verify(message.cancel, long + 1);
                        if (error)
                            return "cancel." + error;
                    }
                }
                if (message.fetch != null && Object.hasOwnProperty.call(message, "fetch")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.FetchResult.verify(message.fetch, long + 1);
                        if (error)
                            return "fetch." + error;
                    }
                }
                if (message.warning != null && Object.hasOwnProperty.call(message, "warning")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.fitme.v1.Warning.verify(message.warning, long + 1);
                        if (error)
                            return "warning." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Envelope} Envelope
             */
            Envelope.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Envelope: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Envelope();
                if (object.requestId != null)
                    if ($util.Long)
                        message.requestId = $util.Long.fromValue(object.requestId, true);
                    else if (typeof object.requestId === "string")
                        message.requestId = parseInt(object.requestId, 10);
                    else if (typeof object.requestId === "number")
                        message.requestId = object.requestId;
                    else if (typeof object.requestId === "object")
                        message.requestId = new $util.LongBits(object.requestId.low >>> 0, object.requestId.high >>> 0).toNumber(true);
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw TypeError(".fitme.v1.Envelope.hello: object expected");
                    message.hello = $root.fitme.v1.Hello.fromObject(object.hello, long + 1);
                }
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw TypeError(".fitme.v1.Envelope.welcome: object expected");
                    message.welcome = $root.fitme.v1.Welcome.fromObject(object.welcome, long + 1);
                }
                if (object.generate != null) {
                    if (!$util.isObject(object.generate))
                        throw TypeError(".fitme.v1.Envelope.generate: object expected");
                    message.generate = $root.fitme.v1.GenerateAvatar.fromObject(object.generate, long + 1);
                }
                if (object.accepted != null) {
                    if (!$util.isObject(object.accepted))
                        throw TypeError(".fitme.v1.Envelope.accepted: object expected");
                    message.accepted = $root.fitme.v1.JobAccepted.fromObject(object.accepted, long + 1);
                }
                if (object.progress != null) {
                    if (!$util.isObject(object.progress))
                        throw TypeError(".fitme.v1.Envelope.progress: object expected");
                    message.progress = $root.fitme.v1.Progress.fromObject(object.progress, long + 1);
                }
                if (object.preview != null) {
                    if (!$util.isObject(object.preview))
                        throw TypeError(".fitme.v1.Envelope.preview: object expected");
                    message.preview = $root.fitme.v1.Preview.fromObject(object.preview, long + 1);
                }
                if (object.mesh != null) {
                    if (!$util.isObject(object.mesh))
                        throw TypeError(".fitme.v1.Envelope.mesh: object expected");
                    message.mesh = $root.fitme.v1.Mesh.fromObject(object.mesh, long + 1);
                }
                if (object.textureBegin != null) {
                    if (!$util.isObject(object.textureBegin))
                        throw TypeError(".fitme.v1.Envelope.textureBegin: object expected");
                    message.textureBegin = $root.fitme.v1.TextureBegin.fromObject(object.textureBegin, long + 1);
                }
                if (object.textureChunk != null) {
                    if (!$util.isObject(object.textureChunk))
                        throw TypeError(".fitme.v1.Envelope.textureChunk: object expected");
                    message.textureChunk = $root.fitme.v1.TextureChunk.fromObject(object.textureChunk, long + 1);
                }
                if (object.completed != null) {
                    if (!$util.isObject(object.completed))
                        throw TypeError(".fitme.v1.Envelope.completed: object expected");
                    message.completed = $root.fitme.v1.JobCompleted.fromObject(object.completed, long + 1);
                }
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw TypeError(".fitme.v1.Envelope.failure: object expected");
                    message.failure = $root.fitme.v1.Failure.fromObject(object.failure, long + 1);
                }
                if (object.cancel != null) {
                    if (!$util.isObject(object.cancel))
                        throw TypeError(".fitme.v1.Envelope.cancel: object expected");
                    message.cancel = $root.fitme.v1.CancelJob.fromObject(object.cancel, long + 1);
                }
                if (object.fetch != null) {
                    if (!$util.isObject(object.fetch))
                        throw TypeError(".fitme.v1.Envelope.fetch: object expected");
                    message.fetch = $root.fitme.v1.FetchResult.fromObject(object.fetch, long + 1);
                }
                if (object.warning != null) {
                    if (!$util.isObject(object.warning))
                        throw TypeError(".fitme.v1.Envelope.warning: object expected");
                    message.warning = $root.fitme.v1.Warning.fromObject(object.warning, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Envelope
             * @static
             * @param {fitme.v1.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requestId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.requestId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.requestId = typeof message.requestId === "number" ? BigInt(message.requestId) : $util.Long.fromBits(message.requestId.low >>> 0, message.requestId.high >>> 0, true).toBigInt();
                    else if (typeof message.requestId === "number")
                        object.requestId = options.longs === String ? String(message.requestId) : message.requestId;
                    else
                        object.requestId = options.longs === String ? $util.Long.prototype.toString.call(message.requestId) : options.longs === Number ? new $util.LongBits(message.requestId.low >>> 0, message.requestId.high >>> 0).toNumber(true) : message.requestId;
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.fitme.v1.Hello.toObject(message.hello, options, q + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.welcome != null && Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.fitme.v1.Welcome.toObject(message.welcome, options, q + 1);
                    if (options.oneofs)
                        object.body = "welcome";
                }
                if (message.generate != null && Object.hasOwnProperty.call(message, "generate")) {
                    object.generate = $root.fitme.v1.GenerateAvatar.toObject(message.generate, options, q + 1);
                    if (options.oneofs)
                        object.body = "generate";
                }
                if (message.accepted != null && Object.hasOwnProperty.call(message, "accepted")) {
                    object.accepted = $root.fitme.v1.JobAccepted.toObject(message.accepted, options, q + 1);
                    if (options.oneofs)
                        object.body = "accepted";
                }
                if (message.progress != null && Object.hasOwnProperty.call(message, "progress")) {
                    object.progress = $root.fitme.v1.Progress.toObject(message.progress, options, q + 1);
                    if (options.oneofs)
                        object.body = "progress";
                }
                if (message.preview != null && Object.hasOwnProperty.call(message, "preview")) {
                    object.preview = $root.fitme.v1.Preview.toObject(message.preview, options, q + 1);
                    if (options.oneofs)
                        object.body = "preview";
                }
                if (message.mesh != null && Object.hasOwnProperty.call(message, "mesh")) {
                    object.mesh = $root.fitme.v1.Mesh.toObject(message.mesh, options, q + 1);
                    if (options.oneofs)
                        object.body = "mesh";
                }
                if (message.textureBegin != null && Object.hasOwnProperty.call(message, "textureBegin")) {
                    object.textureBegin = $root.fitme.v1.TextureBegin.toObject(message.textureBegin, options, q + 1);
                    if (options.oneofs)
                        object.body = "textureBegin";
                }
                if (message.textureChunk != null && Object.hasOwnProperty.call(message, "textureChunk")) {
                    object.textureChunk = $root.fitme.v1.TextureChunk.toObject(message.textureChunk, options, q + 1);
                    if (options.oneofs)
                        object.body = "textureChunk";
                }
                if (message.completed != null && Object.hasOwnProperty.call(message, "completed")) {
                    object.completed = $root.fitme.v1.JobCompleted.toObject(message.completed, options, q + 1);
                    if (options.oneofs)
                        object.body = "completed";
                }
                if (message.failure != null && Object.hasOwnProperty.call(message, "failure")) {
                    object.failure = $root.fitme.v1.Failure.toObject(message.failure, options, q + 1);
                    if (options.oneofs)
                        object.body = "failure";
                }
                if (message.cancel != null && Object.hasOwnProperty.call(message, "cancel")) {
                    object.cancel = $root.fitme.v1.CancelJob.toObject(message.cancel, options, q + 1);
                    if (options.oneofs)
                        object.body = "cancel";
                }
                if (message.fetch != null && Object.hasOwnProperty.call(message, "fetch")) {
                    object.fetch = $root.fitme.v1.FetchResult.toObject(message.fetch, options, q + 1);
                    if (options.oneofs)
                        object.body = "fetch";
                }
                if (message.warning != null && Object.hasOwnProperty.call(message, "warning")) {
                    object.warning = $root.fitme.v1.Warning.toObject(message.warning, options, q + 1);
                    if (options.oneofs)
                        object.body = "warning";
                }
                return object;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof fitme.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Envelope
             * @function getTypeUrl
             * @memberof fitme.v1.Envelope
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Envelope.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Envelope";
            };

            return Envelope;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @memberof fitme.v1
             * @interface IHello
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {string|null} [clientName] Hello clientName
             * @property {string|null} [clientVersion] Hello clientVersion
             * @property {string|null} [token] Hello token
             * @property {boolean|null} [sparseMorphTargets] Hello sparseMorphTargets
             */

            /**
             * Constructs a new Hello.
             * @memberof fitme.v1
             * @classdesc Represents a Hello.
             * @implements IHello
             * @constructor
             * @param {fitme.v1.IHello=} [properties] Properties to set
             */
            function Hello(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof fitme.v1.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello clientName.
             * @member {string} clientName
             * @memberof fitme.v1.Hello
             * @instance
             */
            Hello.prototype.clientName = "";

            /**
             * Hello clientVersion.
             * @member {string} clientVersion
             * @memberof fitme.v1.Hello
             * @instance
             */
            Hello.prototype.clientVersion = "";

            /**
             * Hello token.
             * @member {string} token
             * @memberof fitme.v1.Hello
             * @instance
             */
            Hello.prototype.token = "";

            /**
             * Hello sparseMorphTargets.
             * @member {boolean} sparseMorphTargets
             * @memberof fitme.v1.Hello
             * @instance
             */
            Hello.prototype.sparseMorphTargets = false;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Hello
             * @static
             * @param {fitme.v1.IHello=} [properties] Properties to set
             * @returns {fitme.v1.Hello} Hello instance
             */
            Hello.create = function create(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link fitme.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Hello
             * @static
             * @param {fitme.v1.IHello} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.clientName != null && Object.hasOwnProperty.call(message, "clientName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientName);
                if (message.clientVersion != null && Object.hasOwnProperty.call(message, "clientVersion"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientVersion);
                if (message.token != null && Object.hasOwnProperty.call(message, "token"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.token);
                if (message.sparseMorphTargets != null && Object.hasOwnProperty.call(message, "sparseMorphTargets"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.sparseMorphTargets);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Hello} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Hello();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.protocolVersion = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.clientName = reader.string();
                            break;
                        }
                    case 3: {
                            message.clientVersion = reader.string();
                            break;
                        }
                    case 4: {
                            message.token = reader.string();
                            break;
                        }
                    case 5: {
                            message.sparseMorphTargets = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof fitme.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.clientName != null && Object.hasOwnProperty.call(message, "clientName"))
                    if (!$util.isString(message.clientName))
                        return "clientName: string expected";
                if (message.clientVersion != null && Object.hasOwnProperty.call(message, "clientVersion"))
                    if (!$util.isString(message.clientVersion))
                        return "clientVersion: string expected";
                if (message.token != null && Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.sparseMorphTargets != null && Object.hasOwnProperty.call(message, "sparseMorphTargets"))
                    if (typeof message.sparseMorphTargets !== "boolean")
                        return "sparseMorphTargets: boolean expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Hello} Hello
             */
            Hello.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Hello: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Hello();
                if (object.protocolVersion != null)
                    message.protocolVersion = object.protocolVersion >>> 0;
                if (object.clientName != null)
                    message.clientName = String(object.clientName);
                if (object.clientVersion != null)
                    message.clientVersion = String(object.clientVersion);
                if (object.token != null)
                    message.token = String(object.token);
                if (object.sparseMorphTargets != null)
                    message.sparseMorphTargets = Boolean(object.sparseMorphTargets);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Hello
             * @static
             * @param {fitme.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.clientName = "";
                    object.clientVersion = "";
                    object.token = "";
                    object.sparseMorphTargets = false;
                }
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.clientName != null && Object.hasOwnProperty.call(message, "clientName"))
                    object.clientName = message.clientName;
                if (message.clientVersion != null && Object.hasOwnProperty.call(message, "clientVersion"))
                    object.clientVersion = message.clientVersion;
                if (message.token != null && Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.sparseMorphTargets != null && Object.hasOwnProperty.call(message, "sparseMorphTargets"))
                    object.sparseMorphTargets = message.sparseMorphTargets;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof fitme.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Hello
             * @function getTypeUrl
             * @memberof fitme.v1.Hello
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Hello.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Hello";
            };

            return Hello;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @memberof fitme.v1
             * @interface IWelcome
             * @property {number|null} [protocolVersion] Welcome protocolVersion
             * @property {string|null} [serverVersion] Welcome serverVersion
             * @property {Array.<fitme.v1.IModelInfo>|null} [models] Welcome models
             * @property {string|null} [defaultModel] Welcome defaultModel
             * @property {string|null} [backend] Welcome backend
             * @property {fitme.v1.ILimits|null} [limits] Welcome limits
             */

            /**
             * Constructs a new Welcome.
             * @memberof fitme.v1
             * @classdesc Represents a Welcome.
             * @implements IWelcome
             * @constructor
             * @param {fitme.v1.IWelcome=} [properties] Properties to set
             */
            function Welcome(properties) {
                this.models = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Welcome protocolVersion.
             * @member {number} protocolVersion
             * @memberof fitme.v1.Welcome
             * @instance
             */
            Welcome.prototype.protocolVersion = 0;

            /**
             * Welcome serverVersion.
             * @member {string} serverVersion
             * @memberof fitme.v1.Welcome
             * @instance
             */
            Welcome.prototype.serverVersion = "";

            /**
             * Welcome models.
             * @member {Array.<fitme.v1.IModelInfo>} models
             * @memberof fitme.v1.Welcome
             * @instance
             */
            Welcome.prototype.models = $util.emptyArray;

            /**
             * Welcome defaultModel.
             * @member {string} defaultModel
             * @memberof fitme.v1.Welcome
             * @instance
             */
            Welcome.prototype.defaultModel = "";

            /**
             * Welcome backend.
             * @member {string} backend
             * @memberof fitme.v1.Welcome
             * @instance
             */
            Welcome.prototype.backend = "";

            /**
             * Welcome limits.
             * @member {fitme.v1.ILimits|null|undefined} limits
             * @memberof fitme.v1.Welcome
             * @instance
             */
            Welcome.prototype.limits = null;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Welcome
             * @static
             * @param {fitme.v1.IWelcome=} [properties] Properties to set
             * @returns {fitme.v1.Welcome} Welcome instance
             */
            Welcome.create = function create(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link fitme.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Welcome
             * @static
             * @param {fitme.v1.IWelcome} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.serverVersion != null && Object.hasOwnProperty.call(message, "serverVersion"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.serverVersion);
                if (message.models != null && message.models.length)
                    for (let i = 0; i < message.models.length; ++i)
                        $root.fitme.v1.ModelInfo.encode(message.models[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.defaultModel != null && Object.hasOwnProperty.call(message, "defaultModel"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.defaultModel);
                if (message.backend != null && Object.hasOwnProperty.call(message, "backend"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.backend);
                if (message.limits != null && Object.hasOwnProperty.call(message, "limits"))
                    $root.fitme.v1.Limits.encode(message.limits, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Welcome} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Welcome();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.protocolVersion = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.serverVersion = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.models && message.models.length))
                                message.models = [];
                            message.models.push($root.fitme.v1.ModelInfo.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            message.defaultModel = reader.string();
                            break;
                        }
                    case 5: {
                            message.backend = reader.string();
                            break;
                        }
                    case 6: {
                            message.limits = $root.fitme.v1.Limits.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Welcome message.
             * @function verify
             * @memberof fitme.v1.Welcome
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Welcome.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.serverVersion != null && Object.hasOwnProperty.call(message, "serverVersion"))
                    if (!$util.isString(message.serverVersion))
                        return "serverVersion: string expected";
                if (message.models != null && Object.hasOwnProperty.call(message, "models")) {
                    if (!Array.isArray(message.models))
                        return "models: array expected";
                    for (let i = 0; i < message.models.length; ++i) {
                        let error = $root.fitme.v1.ModelInfo.verify(message.models[i], long + 1);
                        if (error)
                            return "models." + error;
                    }
                }
                if (message.defaultModel != null && Object.hasOwnProperty.call(message, "defaultModel"))
                    if (!$util.isString(message.defaultModel))
                        return "defaultModel: string expected";
                if (message.backend != null && Object.hasOwnProperty.call(message, "backend"))
                    if (!$util.isString(message.backend))
                        return "backend: string expected";
                if (message.limits != null && Object.hasOwnProperty.call(message, "limits")) {
                    let error = $root.fitme.v1.Limits.verify(message.limits, long + 1);
                    if (error)
                        return "limits." + error;
                }
                return null;
            };

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Welcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Welcome} Welcome
             */
            Welcome.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Welcome: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Welcome();
                if (object.protocolVersion != null)
                    message.protocolVersion = object.protocolVersion >>> 0;
                if (object.serverVersion != null)
                    message.serverVersion = String(object.serverVersion);
                if (object.models) {
                    if (!Array.isArray(object.models))
                        throw TypeError(".fitme.v1.Welcome.models: array expected");
                    message.models = [];
                    for (let i = 0; i < object.models.length; ++i) {
                        if (!$util.isObject(object.models[i]))
                            throw TypeError(".fitme.v1.Welcome.models: object expected");
                        message.models[i] = $root.fitme.v1.ModelInfo.fromObject(object.models[i], long + 1);
                    }
                }
                if (object.defaultModel != null)
                    message.defaultModel = String(object.defaultModel);
                if (object.backend != null)
                    message.backend = String(object.backend);
                if (object.limits != null) {
                    if (!$util.isObject(object.limits))
                        throw TypeError(".fitme.v1.Welcome.limits: object expected");
                    message.limits = $root.fitme.v1.Limits.fromObject(object.limits, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Welcome
             * @static
             * @param {fitme.v1.Welcome} message Welcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Welcome.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.models = [];
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.serverVersion = "";
                    object.defaultModel = "";
                    object.backend = "";
                    object.limits = null;
                }
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.serverVersion != null && Object.hasOwnProperty.call(message, "serverVersion"))
                    object.serverVersion = message.serverVersion;
                if (message.models && message.models.length) {
                    object.models = [];
                    for (let j = 0; j < message.models.length; ++j)
                        object.models[j] = $root.fitme.v1.ModelInfo.toObject(message.models[j], options, q + 1);
                }
                if (message.defaultModel != null && Object.hasOwnProperty.call(message, "defaultModel"))
                    object.defaultModel = message.defaultModel;
                if (message.backend != null && Object.hasOwnProperty.call(message, "backend"))
                    object.backend = message.backend;
                if (message.limits != null && Object.hasOwnProperty.call(message, "limits"))
                    object.limits = $root.fitme.v1.Limits.toObject(message.limits, options, q + 1);
                return object;
            };

            /**
             * Converts this Welcome to JSON.
             * @function toJSON
             * @memberof fitme.v1.Welcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Welcome.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Welcome
             * @function getTypeUrl
             * @memberof fitme.v1.Welcome
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Welcome.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Welcome";
            };

            return Welcome;
        })();

        v1.ModelInfo = (function() {

            /**
             * Properties of a ModelInfo.
             * @memberof fitme.v1
             * @interface IModelInfo
             * @property {string|null} [id] ModelInfo id
             * @property {string|null} [description] ModelInfo description
             * @property {number|null} [vertexCount] ModelInfo vertexCount
             * @property {number|null} [triangleCount] ModelInfo triangleCount
             * @property {Array.<string>|null} [morphTargetNames] ModelInfo morphTargetNames
             */

            /**
             * Constructs a new ModelInfo.
             * @memberof fitme.v1
             * @classdesc Represents a ModelInfo.
             * @implements IModelInfo
             * @constructor
             * @param {fitme.v1.IModelInfo=} [properties] Properties to set
             */
            function ModelInfo(properties) {
                this.morphTargetNames = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ModelInfo id.
             * @member {string} id
             * @memberof fitme.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.id = "";

            /**
             * ModelInfo description.
             * @member {string} description
             * @memberof fitme.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.description = "";

            /**
             * ModelInfo vertexCount.
             * @member {number} vertexCount
             * @memberof fitme.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.vertexCount = 0;

            /**
             * ModelInfo triangleCount.
             * @member {number} triangleCount
             * @memberof fitme.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.triangleCount = 0;

            /**
             * ModelInfo morphTargetNames.
             * @member {Array.<string>} morphTargetNames
             * @memberof fitme.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.morphTargetNames = $util.emptyArray;

            /**
             * Creates a new ModelInfo instance using the specified properties.
             * @function create
             * @memberof fitme.v1.ModelInfo
             * @static
             * @param {fitme.v1.IModelInfo=} [properties] Properties to set
             * @returns {fitme.v1.ModelInfo} ModelInfo instance
             */
            ModelInfo.create = function create(properties) {
                return new ModelInfo(properties);
            };

            /**
             * Encodes the specified ModelInfo message. Does not implicitly {@link fitme.v1.ModelInfo.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.ModelInfo
             * @static
             * @param {fitme.v1.IModelInfo} message ModelInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.vertexCount != null && Object.hasOwnProperty.call(message, "vertexCount"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.vertexCount);
                if (message.triangleCount != null && Object.hasOwnProperty.call(message, "triangleCount"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.triangleCount);
                if (message.morphTargetNames != null && message.morphTargetNames.length)
                    for (let i = 0; i < message.morphTargetNames.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.morphTargetNames[i]);
                return writer;
            };

            /**
             * Decodes a ModelInfo message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.ModelInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.ModelInfo} ModelInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.ModelInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.description = reader.string();
                            break;
                        }
                    case 3: {
                            message.vertexCount = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.triangleCount = reader.uint32();
                            break;
                        }
                    case 5: {
                            if (!(message.morphTargetNames && message.morphTargetNames.length))
                                message.morphTargetNames = [];
                            message.morphTargetNames.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ModelInfo message.
             * @function verify
             * @memberof fitme.v1.ModelInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelInfo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.vertexCount != null && Object.hasOwnProperty.call(message, "vertexCount"))
                    if (!$util.isInteger(message.vertexCount))
                        return "vertexCount: integer expected";
                if (message.triangleCount != null && Object.hasOwnProperty.call(message, "triangleCount"))
                    if (!$util.isInteger(message.triangleCount))
                        return "triangleCount: integer expected";
                if (message.morphTargetNames != null && Object.hasOwnProperty.call(message, "morphTargetNames")) {
                    if (!Array.isArray(message.morphTargetNames))
                        return "morphTargetNames: array expected";
                    for (let i = 0; i < message.morphTargetNames.length; ++i)
                        if (!$util.isString(message.morphTargetNames[i]))
                            return "morphTargetNames: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ModelInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.ModelInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.ModelInfo} ModelInfo
             */
            ModelInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.ModelInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.ModelInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.ModelInfo();
                if (object.id != null)
                    message.id = String(object.id);
                if (object.description != null)
                    message.description = String(object.description);
                if (object.vertexCount != null)
                    message.vertexCount = object.vertexCount >>> 0;
                if (object.triangleCount != null)
                    message.triangleCount = object.triangleCount >>> 0;
                if (object.morphTargetNames) {
                    if (!Array.isArray(object.morphTargetNames))
                        throw TypeError(".fitme.v1.ModelInfo.morphTargetNames: array expected");
                    message.morphTargetNames = [];
                    for (let i = 0; i < object.morphTargetNames.length; ++i)
                        message.morphTargetNames[i] = String(object.morphTargetNames[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ModelInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.ModelInfo
             * @static
             * @param {fitme.v1.ModelInfo} message ModelInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.morphTargetNames = [];
                if (options.defaults) {
                    object.id = "";
                    object.description = "";
                    object.vertexCount = 0;
                    object.triangleCount = 0;
                }
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.vertexCount != null && Object.hasOwnProperty.call(message, "vertexCount"))
                    object.vertexCount = message.vertexCount;
                if (message.triangleCount != null && Object.hasOwnProperty.call(message, "triangleCount"))
                    object.triangleCount = message.triangleCount;
                if (message.morphTargetNames && message.morphTargetNames.length) {
                    object.morphTargetNames = [];
                    for (let j = 0; j < message.morphTargetNames.length; ++j)
                        object.morphTargetNames[j] = message.morphTargetNames[j];
                }
                return object;
            };

            /**
             * Converts this ModelInfo to JSON.
             * @function toJSON
             * @memberof fitme.v1.ModelInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ModelInfo
             * @function getTypeUrl
             * @memberof fitme.v1.ModelInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ModelInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.ModelInfo";
            };

            return ModelInfo;
        })();

        v1.Limits = (function() {

            /**
             * Properties of a Limits.
             * @memberof fitme.v1
             * @interface ILimits
             * @property {number|null} [maxFrameBytes] Limits maxFrameBytes
             * @property {number|null} [maxPhotos] Limits maxPhotos
             * @property {number|Long|null} [maxPhotoPixels] Limits maxPhotoPixels
             * @property {number|null} [minTextureSize] Limits minTextureSize
             * @property {number|null} [maxTextureSize] Limits maxTextureSize
             * @property {number|null} [maxChunkBytes] Limits maxChunkBytes
             * @property {number|null} [maxQueuedJobs] Limits maxQueuedJobs
             */

            /**
             * Constructs a new Limits.
             * @memberof fitme.v1
             * @classdesc Represents a Limits.
             * @implements ILimits
             * @constructor
             * @param {fitme.v1.ILimits=} [properties] Properties to set
             */
            function Limits(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Limits maxFrameBytes.
             * @member {number} maxFrameBytes
             * @memberof fitme.v1.Limits
             * @instance
             */
            Limits.prototype.maxFrameBytes = 0;

            /**
             * Limits maxPhotos.
             * @member {number} maxPhotos
             * @memberof fitme.v1.Limits
             * @instance
             */
            Limits.prototype.maxPhotos = 0;

            /**
             * Limits maxPhotoPixels.
             * @member {number|Long} maxPhotoPixels
             * @memberof fitme.v1.Limits
             * @instance
             */
            Limits.prototype.maxPhotoPixels = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Limits minTextureSize.
             * @member {number} minTextureSize
             * @memberof fitme.v1.Limits
             * @instance
             */
            Limits.prototype.minTextureSize = 0;

            /**
             * Limits maxTextureSize.
             * @member {number} maxTextureSize
             * @memberof fitme.v1.Limits
             * @instance
             */
            Limits.prototype.maxTextureSize = 0;

            /**
             * Limits maxChunkBytes.
             * @member {number} maxChunkBytes
             * @memberof fitme.v1.Limits
             * @instance
             */
            Limits.prototype.maxChunkBytes = 0;

            /**
             * Limits maxQueuedJobs.
             * @member {number} maxQueuedJobs
             * @memberof fitme.v1.Limits
             * @instance
             */
            Limits.prototype.maxQueuedJobs = 0;

            /**
             * Creates a new Limits instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Limits
             * @static
             * @param {fitme.v1.ILimits=} [properties] Properties to set
             * @returns {fitme.v1.Limits} Limits instance
             */
            Limits.create = function create(properties) {
                return new Limits(properties);
            };

            /**
             * Encodes the specified Limits message. Does not implicitly {@link fitme.v1.Limits.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Limits
             * @static
             * @param {fitme.v1.ILimits} message Limits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Limits.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.maxFrameBytes != null && Object.hasOwnProperty.call(message, "maxFrameBytes"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxFrameBytes);
                if (message.maxPhotos != null && Object.hasOwnProperty.call(message, "maxPhotos"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxPhotos);
                if (message.maxPhotoPixels != null && Object.hasOwnProperty.call(message, "maxPhotoPixels"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxPhotoPixels);
                if (message.minTextureSize != null && Object.hasOwnProperty.call(message, "minTextureSize"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.minTextureSize);
                if (message.maxTextureSize != null && Object.hasOwnProperty.call(message, "maxTextureSize"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxTextureSize);
                if (message.maxChunkBytes != null && Object.hasOwnProperty.call(message, "maxChunkBytes"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxChunkBytes);
                if (message.maxQueuedJobs != null && Object.hasOwnProperty.call(message, "maxQueuedJobs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.maxQueuedJobs);
                return writer;
            };

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Limits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Limits} Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Limits.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Limits();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.maxFrameBytes = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.maxPhotos = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.maxPhotoPixels = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.minTextureSize = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.maxTextureSize = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.maxChunkBytes = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.maxQueuedJobs = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Limits message.
             * @function verify
             * @memberof fitme.v1.Limits
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Limits.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.maxFrameBytes != null && Object.hasOwnProperty.call(message, "maxFrameBytes"))
                    if (!$util.isInteger(message.maxFrameBytes))
                        return "maxFrameBytes: integer expected";
                if (message.maxPhotos != null && Object.hasOwnProperty.call(message, "maxPhotos"))
                    if (!$util.isInteger(message.maxPhotos))
                        return "maxPhotos: integer expected";
                if (message.maxPhotoPixels != null && Object.hasOwnProperty.call(message, "maxPhotoPixels"))
                    if (!$util.isInteger(message.maxPhotoPixels) && !(message.maxPhotoPixels && $util.isInteger(message.maxPhotoPixels.low) && $util.isInteger(message.maxPhotoPixels.high)))
                        return "maxPhotoPixels: integer|Long expected";
                if (message.minTextureSize != null && Object.hasOwnProperty.call(message, "minTextureSize"))
                    if (!$util.isInteger(message.minTextureSize))
                        return "minTextureSize: integer expected";
                if (message.maxTextureSize != null && Object.hasOwnProperty.call(message, "maxTextureSize"))
                    if (!$util.isInteger(message.maxTextureSize))
                        return "maxTextureSize: integer expected";
                if (message.maxChunkBytes != null && Object.hasOwnProperty.call(message, "maxChunkBytes"))
                    if (!$util.isInteger(message.maxChunkBytes))
                        return "maxChunkBytes: integer expected";
                if (message.maxQueuedJobs != null && Object.hasOwnProperty.call(message, "maxQueuedJobs"))
                    if (!$util.isInteger(message.maxQueuedJobs))
                        return "maxQueuedJobs: integer expected";
                return null;
            };

            /**
             * Creates a Limits message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Limits
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Limits} Limits
             */
            Limits.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Limits)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Limits: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Limits();
                if (object.maxFrameBytes != null)
                    message.maxFrameBytes = object.maxFrameBytes >>> 0;
                if (object.maxPhotos != null)
                    message.maxPhotos = object.maxPhotos >>> 0;
                if (object.maxPhotoPixels != null)
                    if ($util.Long)
                        message.maxPhotoPixels = $util.Long.fromValue(object.maxPhotoPixels, true);
                    else if (typeof object.maxPhotoPixels === "string")
                        message.maxPhotoPixels = parseInt(object.maxPhotoPixels, 10);
                    else if (typeof object.maxPhotoPixels === "number")
                        message.maxPhotoPixels = object.maxPhotoPixels;
                    else if (typeof object.maxPhotoPixels === "object")
                        message.maxPhotoPixels = new $util.LongBits(object.maxPhotoPixels.low >>> 0, object.maxPhotoPixels.high >>> 0).toNumber(true);
                if (object.minTextureSize != null)
                    message.minTextureSize = object.minTextureSize >>> 0;
                if (object.maxTextureSize != null)
                    message.maxTextureSize = object.maxTextureSize >>> 0;
                if (object.maxChunkBytes != null)
                    message.maxChunkBytes = object.maxChunkBytes >>> 0;
                if (object.maxQueuedJobs != null)
                    message.maxQueuedJobs = object.maxQueuedJobs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Limits message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Limits
             * @static
             * @param {fitme.v1.Limits} message Limits
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Limits.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.maxFrameBytes = 0;
                    object.maxPhotos = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxPhotoPixels = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.maxPhotoPixels = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.minTextureSize = 0;
                    object.maxTextureSize = 0;
                    object.maxChunkBytes = 0;
                    object.maxQueuedJobs = 0;
                }
                if (message.maxFrameBytes != null && Object.hasOwnProperty.call(message, "maxFrameBytes"))
                    object.maxFrameBytes = message.maxFrameBytes;
                if (message.maxPhotos != null && Object.hasOwnProperty.call(message, "maxPhotos"))
                    object.maxPhotos = message.maxPhotos;
                if (message.maxPhotoPixels != null && Object.hasOwnProperty.call(message, "maxPhotoPixels"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.maxPhotoPixels = typeof message.maxPhotoPixels === "number" ? BigInt(message.maxPhotoPixels) : $util.Long.fromBits(message.maxPhotoPixels.low >>> 0, message.maxPhotoPixels.high >>> 0, true).toBigInt();
                    else if (typeof message.maxPhotoPixels === "number")
                        object.maxPhotoPixels = options.longs === String ? String(message.maxPhotoPixels) : message.maxPhotoPixels;
                    else
                        object.maxPhotoPixels = options.longs === String ? $util.Long.prototype.toString.call(message.maxPhotoPixels) : options.longs === Number ? new $util.LongBits(message.maxPhotoPixels.low >>> 0, message.maxPhotoPixels.high >>> 0).toNumber(true) : message.maxPhotoPixels;
                if (message.minTextureSize != null && Object.hasOwnProperty.call(message, "minTextureSize"))
                    object.minTextureSize = message.minTextureSize;
                if (message.maxTextureSize != null && Object.hasOwnProperty.call(message, "maxTextureSize"))
                    object.maxTextureSize = message.maxTextureSize;
                if (message.maxChunkBytes != null && Object.hasOwnProperty.call(message, "maxChunkBytes"))
                    object.maxChunkBytes = message.maxChunkBytes;
                if (message.maxQueuedJobs != null && Object.hasOwnProperty.call(message, "maxQueuedJobs"))
                    object.maxQueuedJobs = message.maxQueuedJobs;
                return object;
            };

            /**
             * Converts this Limits to JSON.
             * @function toJSON
             * @memberof fitme.v1.Limits
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Limits.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Limits
             * @function getTypeUrl
             * @memberof fitme.v1.Limits
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Limits.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Limits";
            };

            return Limits;
        })();

        v1.GenerateAvatar = (function() {

            /**
             * Properties of a GenerateAvatar.
             * @memberof fitme.v1
             * @interface IGenerateAvatar
             * @property {Array.<fitme.v1.IPhoto>|null} [photos] GenerateAvatar photos
             * @property {fitme.v1.IOptions|null} [options] GenerateAvatar options
             */

            /**
             * Constructs a new GenerateAvatar.
             * @memberof fitme.v1
             * @classdesc Represents a GenerateAvatar.
             * @implements IGenerateAvatar
             * @constructor
             * @param {fitme.v1.IGenerateAvatar=} [properties] Properties to set
             */
            function GenerateAvatar(properties) {
                this.photos = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GenerateAvatar photos.
             * @member {Array.<fitme.v1.IPhoto>} photos
             * @memberof fitme.v1.GenerateAvatar
             * @instance
             */
            GenerateAvatar.prototype.photos = $util.emptyArray;

            /**
             * GenerateAvatar options.
             * @member {fitme.v1.IOptions|null|undefined} options
             * @memberof fitme.v1.GenerateAvatar
             * @instance
             */
            GenerateAvatar.prototype.options = null;

            /**
             * Creates a new GenerateAvatar instance using the specified properties.
             * @function create
             * @memberof fitme.v1.GenerateAvatar
             * @static
             * @param {fitme.v1.IGenerateAvatar=} [properties] Properties to set
             * @returns {fitme.v1.GenerateAvatar} GenerateAvatar instance
             */
            GenerateAvatar.create = function create(properties) {
                return new GenerateAvatar(properties);
            };

            /**
             * Encodes the specified GenerateAvatar message. Does not implicitly {@link fitme.v1.GenerateAvatar.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.GenerateAvatar
             * @static
             * @param {fitme.v1.IGenerateAvatar} message GenerateAvatar message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerateAvatar.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.photos != null && message.photos.length)
                    for (let i = 0; i < message.photos.length; ++i)
                        $root.fitme.v1.Photo.encode(message.photos[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.fitme.v1.Options.encode(message.options, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a GenerateAvatar message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.GenerateAvatar
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.GenerateAvatar} GenerateAvatar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerateAvatar.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.GenerateAvatar();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.photos && message.photos.length))
                                message.photos = [];
                            message.photos.push($root.fitme.v1.Photo.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.options = $root.fitme.v1.Options.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GenerateAvatar message.
             * @function verify
             * @memberof fitme.v1.GenerateAvatar
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GenerateAvatar.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.photos != null && Object.hasOwnProperty.call(message, "photos")) {
                    if (!Array.isArray(message.photos))
                        return "photos: array expected";
                    for (let i = 0; i < message.photos.length; ++i) {
                        let error = $root.fitme.v1.Photo.verify(message.photos[i], long + 1);
                        if (error)
                            return "photos." + error;
                    }
                }
                if (message.options != null && Object.hasOwnProperty.call(message, "options")) {
                    let error = $root.fitme.v1.Options.verify(message.options, long + 1);
                    if (error)
                        return "options." + error;
                }
                return null;
            };

            /**
             * Creates a GenerateAvatar message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.GenerateAvatar
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.GenerateAvatar} GenerateAvatar
             */
            GenerateAvatar.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.GenerateAvatar)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.GenerateAvatar: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.GenerateAvatar();
                if (object.photos) {
                    if (!Array.isArray(object.photos))
                        throw TypeError(".fitme.v1.GenerateAvatar.photos: array expected");
                    message.photos = [];
                    for (let i = 0; i < object.photos.length; ++i) {
                        if (!$util.isObject(object.photos[i]))
                            throw TypeError(".fitme.v1.GenerateAvatar.photos: object expected");
                        message.photos[i] = $root.fitme.v1.Photo.fromObject(object.photos[i], long + 1);
                    }
                }
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw TypeError(".fitme.v1.GenerateAvatar.options: object expected");
                    message.options = $root.fitme.v1.Options.fromObject(object.options, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GenerateAvatar message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.GenerateAvatar
             * @static
             * @param {fitme.v1.GenerateAvatar} message GenerateAvatar
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GenerateAvatar.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.photos = [];
                if (options.defaults)
                    object.options = null;
                if (message.photos && message.photos.length) {
                    object.photos = [];
                    for (let j = 0; j < message.photos.length; ++j)
                        object.photos[j] = $root.fitme.v1.Photo.toObject(message.photos[j], options, q + 1);
                }
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.fitme.v1.Options.toObject(message.options, options, q + 1);
                return object;
            };

            /**
             * Converts this GenerateAvatar to JSON.
             * @function toJSON
             * @memberof fitme.v1.GenerateAvatar
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GenerateAvatar.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GenerateAvatar
             * @function getTypeUrl
             * @memberof fitme.v1.GenerateAvatar
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GenerateAvatar.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.GenerateAvatar";
            };

            return GenerateAvatar;
        })();

        v1.Photo = (function() {

            /**
             * Properties of a Photo.
             * @memberof fitme.v1
             * @interface IPhoto
             * @property {Uint8Array|null} [data] Photo data
             * @property {string|null} [name] Photo name
             * @property {number|null} [faceIndex] Photo faceIndex
             */

            /**
             * Constructs a new Photo.
             * @memberof fitme.v1
             * @classdesc Represents a Photo.
             * @implements IPhoto
             * @constructor
             * @param {fitme.v1.IPhoto=} [properties] Properties to set
             */
            function Photo(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Photo data.
             * @member {Uint8Array} data
             * @memberof fitme.v1.Photo
             * @instance
             */
            Photo.prototype.data = $util.newBuffer([]);

            /**
             * Photo name.
             * @member {string} name
             * @memberof fitme.v1.Photo
             * @instance
             */
            Photo.prototype.name = "";

            /**
             * Photo faceIndex.
             * @member {number} faceIndex
             * @memberof fitme.v1.Photo
             * @instance
             */
            Photo.prototype.faceIndex = 0;

            /**
             * Creates a new Photo instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Photo
             * @static
             * @param {fitme.v1.IPhoto=} [properties] Properties to set
             * @returns {fitme.v1.Photo} Photo instance
             */
            Photo.create = function create(properties) {
                return new Photo(properties);
            };

            /**
             * Encodes the specified Photo message. Does not implicitly {@link fitme.v1.Photo.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Photo
             * @static
             * @param {fitme.v1.IPhoto} message Photo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Photo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.faceIndex != null && Object.hasOwnProperty.call(message, "faceIndex"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.faceIndex);
                return writer;
            };

            /**
             * Decodes a Photo message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Photo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Photo} Photo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Photo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Photo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.data = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.name = reader.string();
                            break;
                        }
                    case 3: {
                            message.faceIndex = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Photo message.
             * @function verify
             * @memberof fitme.v1.Photo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Photo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.faceIndex != null && Object.hasOwnProperty.call(message, "faceIndex"))
                    if (!$util.isInteger(message.faceIndex))
                        return "faceIndex: integer expected";
                return null;
            };

            /**
             * Creates a Photo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Photo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Photo} Photo
             */
            Photo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Photo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Photo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Photo();
                if (object.data != null)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
                if (object.name != null)
                    message.name = String(object.name);
                if (object.faceIndex != null)
                    message.faceIndex = object.faceIndex >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Photo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Photo
             * @static
             * @param {fitme.v1.Photo} message Photo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Photo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.name = "";
                    object.faceIndex = 0;
                }
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === Array ? Array.prototype.slice.call(message.data) : message.data;
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.faceIndex != null && Object.hasOwnProperty.call(message, "faceIndex"))
                    object.faceIndex = message.faceIndex;
                return object;
            };

            /**
             * Converts this Photo to JSON.
             * @function toJSON
             * @memberof fitme.v1.Photo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Photo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Photo
             * @function getTypeUrl
             * @memberof fitme.v1.Photo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Photo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Photo";
            };

            return Photo;
        })();

        v1.Options = (function() {

            /**
             * Properties of an Options.
             * @memberof fitme.v1
             * @interface IOptions
             * @property {string|null} [model] Options model
             * @property {number|null} [textureSize] Options textureSize
             * @property {Array.<fitme.v1.MapKind>|null} [maps] Options maps
             * @property {boolean|null} [preview] Options preview
             * @property {number|null} [previewRateHz] Options previewRateHz
             * @property {boolean|null} [previewVertices] Options previewVertices
             * @property {fitme.v1.ReflectancePreset|null} [reflectancePreset] Options reflectancePreset
             */

            /**
             * Constructs a new Options.
             * @memberof fitme.v1
             * @classdesc Represents an Options.
             * @implements IOptions
             * @constructor
             * @param {fitme.v1.IOptions=} [properties] Properties to set
             */
            function Options(properties) {
                this.maps = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Options model.
             * @member {string} model
             * @memberof fitme.v1.Options
             * @instance
             */
            Options.prototype.model = "";

            /**
             * Options textureSize.
             * @member {number} textureSize
             * @memberof fitme.v1.Options
             * @instance
             */
            Options.prototype.textureSize = 0;

            /**
             * Options maps.
             * @member {Array.<fitme.v1.MapKind>} maps
             * @memberof fitme.v1.Options
             * @instance
             */
            Options.prototype.maps = $util.emptyArray;

            /**
             * Options preview.
             * @member {boolean} preview
             * @memberof fitme.v1.Options
             * @instance
             */
            Options.prototype.preview = false;

            /**
             * Options previewRateHz.
             * @member {number} previewRateHz
             * @memberof fitme.v1.Options
             * @instance
             */
            Options.prototype.previewRateHz = 0;

            /**
             * Options previewVertices.
             * @member {boolean} previewVertices
             * @memberof fitme.v1.Options
             * @instance
             */
            Options.prototype.previewVertices = false;

            /**
             * Options reflectancePreset.
             * @member {fitme.v1.ReflectancePreset} reflectancePreset
             * @memberof fitme.v1.Options
             * @instance
             */
            Options.prototype.reflectancePreset = 0;

            /**
             * Creates a new Options instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Options
             * @static
             * @param {fitme.v1.IOptions=} [properties] Properties to set
             * @returns {fitme.v1.Options} Options instance
             */
            Options.create = function create(properties) {
                return new Options(properties);
            };

            /**
             * Encodes the specified Options message. Does not implicitly {@link fitme.v1.Options.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Options
             * @static
             * @param {fitme.v1.IOptions} message Options message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Options.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.textureSize != null && Object.hasOwnProperty.call(message, "textureSize"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.textureSize);
                if (message.maps != null && message.maps.length) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork();
                    for (let i = 0; i < message.maps.length; ++i)
                        writer.int32(message.maps[i]);
                    writer.ldelim();
                }
                if (message.preview != null && Object.hasOwnProperty.call(message, "preview"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.preview);
                if (message.previewRateHz != null && Object.hasOwnProperty.call(message, "previewRateHz"))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.previewRateHz);
                if (message.previewVertices != null && Object.hasOwnProperty.call(message, "previewVertices"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.previewVertices);
                if (message.reflectancePreset != null && Object.hasOwnProperty.call(message, "reflectancePreset"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.reflectancePreset);
                return writer;
            };

            /**
             * Decodes an Options message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Options
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Options} Options
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Options.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Options();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.model = reader.string();
                            break;
                        }
                    case 2: {
                            message.textureSize = reader.uint32();
                            break;
                        }
                    case 3: {
                            if (!(message.maps && message.maps.length))
                                message.maps = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.maps.push(reader.int32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.maps.push(reader.int32());
                            break;
                        }
                    case 4: {
                            message.preview = reader.bool();
                            break;
                        }
                    case 5: {
                            message.previewRateHz = reader.float();
                            break;
                        }
                    case 6: {
                            message.previewVertices = reader.bool();
                            break;
                        }
                    case 7: {
                            message.reflectancePreset = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an Options message.
             * @function verify
             * @memberof fitme.v1.Options
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Options.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.textureSize != null && Object.hasOwnProperty.call(message, "textureSize"))
                    if (!$util.isInteger(message.textureSize))
                        return "textureSize: integer expected";
                if (message.maps != null && Object.hasOwnProperty.call(message, "maps")) {
                    if (!Array.isArray(message.maps))
                        return "maps: array expected";
                    for (let i = 0; i < message.maps.length; ++i)
                        switch (message.maps[i]) {
                        default:
                            return "maps: enum value[] expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                        case 5:
                            break;
                        }
                }
                if (message.preview != null && Object.hasOwnProperty.call(message, "preview"))
                    if (typeof message.preview !== "boolean")
                        return "preview: boolean expected";
                if (message.previewRateHz != null && Object.hasOwnProperty.call(message, "previewRateHz"))
                    if (typeof message.previewRateHz !== "number")
                        return "previewRateHz: number expected";
                if (message.previewVertices != null && Object.hasOwnProperty.call(message, "previewVertices"))
                    if (typeof message.previewVertices !== "boolean")
                        return "previewVertices: boolean expected";
                if (message.reflectancePreset != null && Object.hasOwnProperty.call(message, "reflectancePreset"))
                    switch (message.reflectancePreset) {
                    default:
                        return "reflectancePreset: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                return null;
            };

            /**
             * Creates an Options message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Options
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Options} Options
             */
            Options.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Options)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Options: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Options();
                if (object.model != null)
                    message.model = String(object.model);
                if (object.textureSize != null)
                    message.textureSize = object.textureSize >>> 0;
                if (object.maps) {
                    if (!Array.isArray(object.maps))
                        throw TypeError(".fitme.v1.Options.maps: array expected");
                    message.maps = [];
                    for (let i = 0; i < object.maps.length; ++i)
                        switch (object.maps[i]) {
                        default:
                            if (typeof object.maps[i] === "number") {
                                message.maps[i] = object.maps[i];
                                break;
                            }
                        case "MAP_KIND_UNSPECIFIED":
                        case 0:
                            message.maps[i] = 0;
                            break;
                        case "MAP_KIND_ALBEDO":
                        case 1:
                            message.maps[i] = 1;
                            break;
                        case "MAP_KIND_SPECULAR":
                        case 2:
                            message.maps[i] = 2;
                            break;
                        case "MAP_KIND_NORMAL":
                        case 3:
                            message.maps[i] = 3;
                            break;
                        case "MAP_KIND_ROUGHNESS":
                        case 4:
                            message.maps[i] = 4;
                            break;
                        case "MAP_KIND_CONFIDENCE":
                        case 5:
                            message.maps[i] = 5;
                            break;
                        }
                }
                if (object.preview != null)
                    message.preview = Boolean(object.preview);
                if (object.previewRateHz != null)
                    message.previewRateHz = Number(object.previewRateHz);
                if (object.previewVertices != null)
                    message.previewVertices = Boolean(object.previewVertices);
                switch (object.reflectancePreset) {
                default:
                    if (typeof object.reflectancePreset === "number") {
                        message.reflectancePreset = object.reflectancePreset;
                        break;
                    }
                    break;
                case "REFLECTANCE_PRESET_DEFAULT":
                case 0:
                    message.reflectancePreset = 0;
                    break;
                case "REFLECTANCE_PRESET_FAST":
                case 1:
                    message.reflectancePreset = 1;
                    break;
                case "REFLECTANCE_PRESET_QUALITY":
                case 2:
                    message.reflectancePreset = 2;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from an Options message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Options
             * @static
             * @param {fitme.v1.Options} message Options
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Options.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.maps = [];
                if (options.defaults) {
                    object.model = "";
                    object.textureSize = 0;
                    object.preview = false;
                    object.previewRateHz = 0;
                    object.previewVertices = false;
                    object.reflectancePreset = options.enums === String ? "REFLECTANCE_PRESET_DEFAULT" : 0;
                }
                if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.textureSize != null && Object.hasOwnProperty.call(message, "textureSize"))
                    object.textureSize = message.textureSize;
                if (message.maps && message.maps.length) {
                    object.maps = [];
                    for (let j = 0; j < message.maps.length; ++j)
                        object.maps[j] = options.enums === String ? $root.fitme.v1.MapKind[message.maps[j]] === undefined ? message.maps[j] : $root.fitme.v1.MapKind[message.maps[j]] : message.maps[j];
                }
                if (message.preview != null && Object.hasOwnProperty.call(message, "preview"))
                    object.preview = message.preview;
                if (message.previewRateHz != null && Object.hasOwnProperty.call(message, "previewRateHz"))
                    object.previewRateHz = options.json && !isFinite(message.previewRateHz) ? String(message.previewRateHz) : message.previewRateHz;
                if (message.previewVertices != null && Object.hasOwnProperty.call(message, "previewVertices"))
                    object.previewVertices = message.previewVertices;
                if (message.reflectancePreset != null && Object.hasOwnProperty.call(message, "reflectancePreset"))
                    object.reflectancePreset = options.enums === String ? $root.fitme.v1.ReflectancePreset[message.reflectancePreset] === undefined ? message.reflectancePreset : $root.fitme.v1.ReflectancePreset[message.reflectancePreset] : message.reflectancePreset;
                return object;
            };

            /**
             * Converts this Options to JSON.
             * @function toJSON
             * @memberof fitme.v1.Options
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Options.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Options
             * @function getTypeUrl
             * @memberof fitme.v1.Options
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Options.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Options";
            };

            return Options;
        })();

        /**
         * ReflectancePreset enum.
         * @name fitme.v1.ReflectancePreset
         * @enum {number}
         * @property {number} REFLECTANCE_PRESET_DEFAULT=0 REFLECTANCE_PRESET_DEFAULT value
         * @property {number} REFLECTANCE_PRESET_FAST=1 REFLECTANCE_PRESET_FAST value
         * @property {number} REFLECTANCE_PRESET_QUALITY=2 REFLECTANCE_PRESET_QUALITY value
         */
        v1.ReflectancePreset = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "REFLECTANCE_PRESET_DEFAULT"] = 0;
            values[valuesById[1] = "REFLECTANCE_PRESET_FAST"] = 1;
            values[valuesById[2] = "REFLECTANCE_PRESET_QUALITY"] = 2;
            return values;
        })();

        v1.CancelJob = (function() {

            /**
             * Properties of a CancelJob.
             * @memberof fitme.v1
             * @interface ICancelJob
             * @property {string|null} [jobId] CancelJob jobId
             */

            /**
             * Constructs a new CancelJob.
             * @memberof fitme.v1
             * @classdesc Represents a CancelJob.
             * @implements ICancelJob
             * @constructor
             * @param {fitme.v1.ICancelJob=} [properties] Properties to set
             */
            function CancelJob(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CancelJob jobId.
             * @member {string} jobId
             * @memberof fitme.v1.CancelJob
             * @instance
             */
            CancelJob.prototype.jobId = "";

            /**
             * Creates a new CancelJob instance using the specified properties.
             * @function create
             * @memberof fitme.v1.CancelJob
             * @static
             * @param {fitme.v1.ICancelJob=} [properties] Properties to set
             * @returns {fitme.v1.CancelJob} CancelJob instance
             */
            CancelJob.create = function create(properties) {
                return new CancelJob(properties);
            };

            /**
             * Encodes the specified CancelJob message. Does not implicitly {@link fitme.v1.CancelJob.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.CancelJob
             * @static
             * @param {fitme.v1.ICancelJob} message CancelJob message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelJob.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                return writer;
            };

            /**
             * Decodes a CancelJob message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.CancelJob
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.CancelJob} CancelJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelJob.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.CancelJob();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a CancelJob message.
             * @function verify
             * @memberof fitme.v1.CancelJob
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelJob.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                return null;
            };

            /**
             * Creates a CancelJob message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.CancelJob
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.CancelJob} CancelJob
             */
            CancelJob.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.CancelJob)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.CancelJob: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.CancelJob();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                return message;
            };

            /**
             * Creates a plain object from a CancelJob message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.CancelJob
             * @static
             * @param {fitme.v1.CancelJob} message CancelJob
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelJob.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.jobId = "";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                return object;
            };

            /**
             * Converts this CancelJob to JSON.
             * @function toJSON
             * @memberof fitme.v1.CancelJob
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelJob.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CancelJob
             * @function getTypeUrl
             * @memberof fitme.v1.CancelJob
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CancelJob.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.CancelJob";
            };

            return CancelJob;
        })();

        v1.FetchResult = (function() {

            /**
             * Properties of a FetchResult.
             * @memberof fitme.v1
             * @interface IFetchResult
             * @property {string|null} [jobId] FetchResult jobId
             * @property {boolean|null} [skipTextures] FetchResult skipTextures
             */

            /**
             * Constructs a new FetchResult.
             * @memberof fitme.v1
             * @classdesc Represents a FetchResult.
             * @implements IFetchResult
             * @constructor
             * @param {fitme.v1.IFetchResult=} [properties] Properties to set
             */
            function FetchResult(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FetchResult jobId.
             * @member {string} jobId
             * @memberof fitme.v1.FetchResult
             * @instance
             */
            FetchResult.prototype.jobId = "";

            /**
             * FetchResult skipTextures.
             * @member {boolean} skipTextures
             * @memberof fitme.v1.FetchResult
             * @instance
             */
            FetchResult.prototype.skipTextures = false;

            /**
             * Creates a new FetchResult instance using the specified properties.
             * @function create
             * @memberof fitme.v1.FetchResult
             * @static
             * @param {fitme.v1.IFetchResult=} [properties] Properties to set
             * @returns {fitme.v1.FetchResult} FetchResult instance
             */
            FetchResult.create = function create(properties) {
                return new FetchResult(properties);
            };

            /**
             * Encodes the specified FetchResult message. Does not implicitly {@link fitme.v1.FetchResult.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.FetchResult
             * @static
             * @param {fitme.v1.IFetchResult} message FetchResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.skipTextures != null && Object.hasOwnProperty.call(message, "skipTextures"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.skipTextures);
                return writer;
            };

            /**
             * Decodes a FetchResult message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.FetchResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.FetchResult} FetchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.FetchResult();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.skipTextures = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a FetchResult message.
             * @function verify
             * @memberof fitme.v1.FetchResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FetchResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.skipTextures != null && Object.hasOwnProperty.call(message, "skipTextures"))
                    if (typeof message.skipTextures !== "boolean")
                        return "skipTextures: boolean expected";
                return null;
            };

            /**
             * Creates a FetchResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.FetchResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.FetchResult} FetchResult
             */
            FetchResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.FetchResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.FetchResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.FetchResult();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.skipTextures != null)
                    message.skipTextures = Boolean(object.skipTextures);
                return message;
            };

            /**
             * Creates a plain object from a FetchResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.FetchResult
             * @static
             * @param {fitme.v1.FetchResult} message FetchResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FetchResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.skipTextures = false;
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.skipTextures != null && Object.hasOwnProperty.call(message, "skipTextures"))
                    object.skipTextures = message.skipTextures;
                return object;
            };

            /**
             * Converts this FetchResult to JSON.
             * @function toJSON
             * @memberof fitme.v1.FetchResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FetchResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FetchResult
             * @function getTypeUrl
             * @memberof fitme.v1.FetchResult
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FetchResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.FetchResult";
            };

            return FetchResult;
        })();

        v1.JobAccepted = (function() {

            /**
             * Properties of a JobAccepted.
             * @memberof fitme.v1
             * @interface IJobAccepted
             * @property {string|null} [jobId] JobAccepted jobId
             * @property {number|null} [queuePosition] JobAccepted queuePosition
             */

            /**
             * Constructs a new JobAccepted.
             * @memberof fitme.v1
             * @classdesc Represents a JobAccepted.
             * @implements IJobAccepted
             * @constructor
             * @param {fitme.v1.IJobAccepted=} [properties] Properties to set
             */
            function JobAccepted(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * JobAccepted jobId.
             * @member {string} jobId
             * @memberof fitme.v1.JobAccepted
             * @instance
             */
            JobAccepted.prototype.jobId = "";

            /**
             * JobAccepted queuePosition.
             * @member {number} queuePosition
             * @memberof fitme.v1.JobAccepted
             * @instance
             */
            JobAccepted.prototype.queuePosition = 0;

            /**
             * Creates a new JobAccepted instance using the specified properties.
             * @function create
             * @memberof fitme.v1.JobAccepted
             * @static
             * @param {fitme.v1.IJobAccepted=} [properties] Properties to set
             * @returns {fitme.v1.JobAccepted} JobAccepted instance
             */
            JobAccepted.create = function create(properties) {
                return new JobAccepted(properties);
            };

            /**
             * Encodes the specified JobAccepted message. Does not implicitly {@link fitme.v1.JobAccepted.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.JobAccepted
             * @static
             * @param {fitme.v1.IJobAccepted} message JobAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobAccepted.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.queuePosition != null && Object.hasOwnProperty.call(message, "queuePosition"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.queuePosition);
                return writer;
            };

            /**
             * Decodes a JobAccepted message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.JobAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.JobAccepted} JobAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobAccepted.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.JobAccepted();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.queuePosition = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a JobAccepted message.
             * @function verify
             * @memberof fitme.v1.JobAccepted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobAccepted.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.queuePosition != null && Object.hasOwnProperty.call(message, "queuePosition"))
                    if (!$util.isInteger(message.queuePosition))
                        return "queuePosition: integer expected";
                return null;
            };

            /**
             * Creates a JobAccepted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.JobAccepted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.JobAccepted} JobAccepted
             */
            JobAccepted.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.JobAccepted)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.JobAccepted: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.JobAccepted();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.queuePosition != null)
                    message.queuePosition = object.queuePosition >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a JobAccepted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.JobAccepted
             * @static
             * @param {fitme.v1.JobAccepted} message JobAccepted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobAccepted.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.queuePosition = 0;
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.queuePosition != null && Object.hasOwnProperty.call(message, "queuePosition"))
                    object.queuePosition = message.queuePosition;
                return object;
            };

            /**
             * Converts this JobAccepted to JSON.
             * @function toJSON
             * @memberof fitme.v1.JobAccepted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobAccepted.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for JobAccepted
             * @function getTypeUrl
             * @memberof fitme.v1.JobAccepted
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            JobAccepted.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.JobAccepted";
            };

            return JobAccepted;
        })();

        /**
         * Stage enum.
         * @name fitme.v1.Stage
         * @enum {number}
         * @property {number} STAGE_UNSPECIFIED=0 STAGE_UNSPECIFIED value
         * @property {number} STAGE_QUEUED=1 STAGE_QUEUED value
         * @property {number} STAGE_DECODE=2 STAGE_DECODE value
         * @property {number} STAGE_DETECT=3 STAGE_DETECT value
         * @property {number} STAGE_GEOMETRY=4 STAGE_GEOMETRY value
         * @property {number} STAGE_REFLECTANCE=5 STAGE_REFLECTANCE value
         * @property {number} STAGE_EXPORT=6 STAGE_EXPORT value
         * @property {number} STAGE_STREAM=7 STAGE_STREAM value
         */
        v1.Stage = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "STAGE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "STAGE_QUEUED"] = 1;
            values[valuesById[2] = "STAGE_DECODE"] = 2;
            values[valuesById[3] = "STAGE_DETECT"] = 3;
            values[valuesById[4] = "STAGE_GEOMETRY"] = 4;
            values[valuesById[5] = "STAGE_REFLECTANCE"] = 5;
            values[valuesById[6] = "STAGE_EXPORT"] = 6;
            values[valuesById[7] = "STAGE_STREAM"] = 7;
            return values;
        })();

        v1.Progress = (function() {

            /**
             * Properties of a Progress.
             * @memberof fitme.v1
             * @interface IProgress
             * @property {string|null} [jobId] Progress jobId
             * @property {fitme.v1.Stage|null} [stage] Progress stage
             * @property {number|null} [fraction] Progress fraction
             * @property {string|null} [message] Progress message
             */

            /**
             * Constructs a new Progress.
             * @memberof fitme.v1
             * @classdesc Represents a Progress.
             * @implements IProgress
             * @constructor
             * @param {fitme.v1.IProgress=} [properties] Properties to set
             */
            function Progress(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Progress jobId.
             * @member {string} jobId
             * @memberof fitme.v1.Progress
             * @instance
             */
            Progress.prototype.jobId = "";

            /**
             * Progress stage.
             * @member {fitme.v1.Stage} stage
             * @memberof fitme.v1.Progress
             * @instance
             */
            Progress.prototype.stage = 0;

            /**
             * Progress fraction.
             * @member {number} fraction
             * @memberof fitme.v1.Progress
             * @instance
             */
            Progress.prototype.fraction = 0;

            /**
             * Progress message.
             * @member {string} message
             * @memberof fitme.v1.Progress
             * @instance
             */
            Progress.prototype.message = "";

            /**
             * Creates a new Progress instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Progress
             * @static
             * @param {fitme.v1.IProgress=} [properties] Properties to set
             * @returns {fitme.v1.Progress} Progress instance
             */
            Progress.create = function create(properties) {
                return new Progress(properties);
            };

            /**
             * Encodes the specified Progress message. Does not implicitly {@link fitme.v1.Progress.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Progress
             * @static
             * @param {fitme.v1.IProgress} message Progress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Progress.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.stage != null && Object.hasOwnProperty.call(message, "stage"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.stage);
                if (message.fraction != null && Object.hasOwnProperty.call(message, "fraction"))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.fraction);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                return writer;
            };

            /**
             * Decodes a Progress message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Progress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Progress} Progress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Progress.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Progress();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.stage = reader.int32();
                            break;
                        }
                    case 3: {
                            message.fraction = reader.float();
                            break;
                        }
                    case 4: {
                            message.message = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Progress message.
             * @function verify
             * @memberof fitme.v1.Progress
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Progress.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.stage != null && Object.hasOwnProperty.call(message, "stage"))
                    switch (message.stage) {
                    default:
                        return "stage: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                        break;
                    }
                if (message.fraction != null && Object.hasOwnProperty.call(message, "fraction"))
                    if (typeof message.fraction !== "number")
                        return "fraction: number expected";
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a Progress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Progress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Progress} Progress
             */
            Progress.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Progress)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Progress: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Progress();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                switch (object.stage) {
                default:
                    if (typeof object.stage === "number") {
                        message.stage = object.stage;
                        break;
                    }
                    break;
                case "STAGE_UNSPECIFIED":
                case 0:
                    message.stage = 0;
                    break;
                case "STAGE_QUEUED":
                case 1:
                    message.stage = 1;
                    break;
                case "STAGE_DECODE":
                case 2:
                    message.stage = 2;
                    break;
                case "STAGE_DETECT":
                case 3:
                    message.stage = 3;
                    break;
                case "STAGE_GEOMETRY":
                case 4:
                    message.stage = 4;
                    break;
                case "STAGE_REFLECTANCE":
                case 5:
                    message.stage = 5;
                    break;
                case "STAGE_EXPORT":
                case 6:
                    message.stage = 6;
                    break;
                case "STAGE_STREAM":
                case 7:
                    message.stage = 7;
                    break;
                }
                if (object.fraction != null)
                    message.fraction = Number(object.fraction);
                if (object.message != null)
                    message.message = String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a Progress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Progress
             * @static
             * @param {fitme.v1.Progress} message Progress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Progress.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.stage = options.enums === String ? "STAGE_UNSPECIFIED" : 0;
                    object.fraction = 0;
                    object.message = "";
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.stage != null && Object.hasOwnProperty.call(message, "stage"))
                    object.stage = options.enums === String ? $root.fitme.v1.Stage[message.stage] === undefined ? message.stage : $root.fitme.v1.Stage[message.stage] : message.stage;
                if (message.fraction != null && Object.hasOwnProperty.call(message, "fraction"))
                    object.fraction = options.json && !isFinite(message.fraction) ? String(message.fraction) : message.fraction;
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Progress to JSON.
             * @function toJSON
             * @memberof fitme.v1.Progress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Progress.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Progress
             * @function getTypeUrl
             * @memberof fitme.v1.Progress
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Progress.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Progress";
            };

            return Progress;
        })();

        v1.Preview = (function() {

            /**
             * Properties of a Preview.
             * @memberof fitme.v1
             * @interface IPreview
             * @property {string|null} [jobId] Preview jobId
             * @property {number|null} [iteration] Preview iteration
             * @property {Uint8Array|null} [image] Preview image
             * @property {string|null} [imageEncoding] Preview imageEncoding
             * @property {number|null} [width] Preview width
             * @property {number|null} [height] Preview height
             * @property {number|null} [photoIndex] Preview photoIndex
             * @property {Array.<number>|null} [positions] Preview positions
             * @property {Array.<fitme.v1.IPreviewMap>|null} [maps] Preview maps
             */

            /**
             * Constructs a new Preview.
             * @memberof fitme.v1
             * @classdesc Represents a Preview.
             * @implements IPreview
             * @constructor
             * @param {fitme.v1.IPreview=} [properties] Properties to set
             */
            function Preview(properties) {
                this.positions = [];
                this.maps = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Preview jobId.
             * @member {string} jobId
             * @memberof fitme.v1.Preview
             * @instance
             */
            Preview.prototype.jobId = "";

            /**
             * Preview iteration.
             * @member {number} iteration
             * @memberof fitme.v1.Preview
             * @instance
             */
            Preview.prototype.iteration = 0;

            /**
             * Preview image.
             * @member {Uint8Array} image
             * @memberof fitme.v1.Preview
             * @instance
             */
            Preview.prototype.image = $util.newBuffer([]);

            /**
             * Preview imageEncoding.
             * @member {string} imageEncoding
             * @memberof fitme.v1.Preview
             * @instance
             */
            Preview.prototype.imageEncoding = "";

            /**
             * Preview width.
             * @member {number} width
             * @memberof fitme.v1.Preview
             * @instance
             */
            Preview.prototype.width = 0;

            /**
             * Preview height.
             * @member {number} height
             * @memberof fitme.v1.Preview
             * @instance
             */
            Preview.prototype.height = 0;

            /**
             * Preview photoIndex.
             * @member {number} photoIndex
             * @memberof fitme.v1.Preview
             * @instance
             */
            Preview.prototype.photoIndex = 0;

            /**
             * Preview positions.
             * @member {Array.<number>} positions
             * @memberof fitme.v1.Preview
             * @instance
             */
            Preview.prototype.positions = $util.emptyArray;

            /**
             * Preview maps.
             * @member {Array.<fitme.v1.IPreviewMap>} maps
             * @memberof fitme.v1.Preview
             * @instance
             */
            Preview.prototype.maps = $util.emptyArray;

            /**
             * Creates a new Preview instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Preview
             * @static
             * @param {fitme.v1.IPreview=} [properties] Properties to set
             * @returns {fitme.v1.Preview} Preview instance
             */
            Preview.create = function create(properties) {
                return new Preview(properties);
            };

            /**
             * Encodes the specified Preview message. Does not implicitly {@link fitme.v1.Preview.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Preview
             * @static
             * @param {fitme.v1.IPreview} message Preview message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Preview.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.iteration != null && Object.hasOwnProperty.call(message, "iteration"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.iteration);
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.image);
                if (message.imageEncoding != null && Object.hasOwnProperty.call(message, "imageEncoding"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.imageEncoding);
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.width);
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.height);
                if (message.photoIndex != null && Object.hasOwnProperty.call(message, "photoIndex"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.photoIndex);
                if (message.positions != null && message.positions.length) {
                    writer.uint32(/* id 8, wireType 2 =*/66).fork();
                    for (let i = 0; i < message.positions.length; ++i)
                        writer.float(message.positions[i]);
                    writer.ldelim();
                }
                if (message.maps != null && message.maps.length)
                    for (let i = 0; i < message.maps.length; ++i)
                        $root.fitme.v1.PreviewMap.encode(message.maps[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Preview message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Preview
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Preview} Preview
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Preview.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Preview();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.iteration = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.image = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.imageEncoding = reader.string();
                            break;
                        }
                    case 5: {
                            message.width = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.height = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.photoIndex = reader.uint32();
                            break;
                        }
                    case 8: {
                            if (!(message.positions && message.positions.length))
                                message.positions = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.positions.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.positions.push(reader.float());
                            break;
                        }
                    case 9: {
                            if (!(message.maps && message.maps.length))
                                message.maps = [];
                            message.maps.push($root.fitme.v1.PreviewMap.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Preview message.
             * @function verify
             * @memberof fitme.v1.Preview
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Preview.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.iteration != null && Object.hasOwnProperty.call(message, "iteration"))
                    if (!$util.isInteger(message.iteration))
                        return "iteration: integer expected";
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                if (message.imageEncoding != null && Object.hasOwnProperty.call(message, "imageEncoding"))
                    if (!$util.isString(message.imageEncoding))
                        return "imageEncoding: string expected";
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.photoIndex != null && Object.hasOwnProperty.call(message, "photoIndex"))
                    if (!$util.isInteger(message.photoIndex))
                        return "photoIndex: integer expected";
                if (message.positions != null && Object.hasOwnProperty.call(message, "positions")) {
                    if (!Array.isArray(message.positions))
                        return "positions: array expected";
                    for (let i = 0; i < message.positions.length; ++i)
                        if (typeof message.positions[i] !== "number")
                            return "positions: number[] expected";
                }
                if (message.maps != null && Object.hasOwnProperty.call(message, "maps")) {
                    if (!Array.isArray(message.maps))
                        return "maps: array expected";
                    for (let i = 0; i < message.maps.length; ++i) {
                        let error = $root.fitme.v1.PreviewMap.verify(message.maps[i], long + 1);
                        if (error)
                            return "maps." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Preview message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Preview
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Preview} Preview
             */
            Preview.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Preview)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Preview: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Preview();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.iteration != null)
                    message.iteration = object.iteration >>> 0;
                if (object.image != null)
                    if (typeof object.image === "string")
                        $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                    else if (object.image.length >= 0)
                        message.image = object.image;
                if (object.imageEncoding != null)
                    message.imageEncoding = String(object.imageEncoding);
                if (object.width != null)
                    message.width = object.width >>> 0;
                if (object.height != null)
                    message.height = object.height >>> 0;
                if (object.photoIndex != null)
                    message.photoIndex = object.photoIndex >>> 0;
                if (object.positions) {
                    if (!Array.isArray(object.positions))
                        throw TypeError(".fitme.v1.Preview.positions: array expected");
                    message.positions = [];
                    for (let i = 0; i < object.positions.length; ++i)
                        message.positions[i] = Number(object.positions[i]);
                }
                if (object.maps) {
                    if (!Array.isArray(object.maps))
                        throw TypeError(".fitme.v1.Preview.maps: array expected");
                    message.maps = [];
                    for (let i = 0; i < object.maps.length; ++i) {
                        if (!$util.isObject(object.maps[i]))
                            throw TypeError(".fitme.v1.Preview.maps: object expected");
                        message.maps[i] = $root.fitme.v1.PreviewMap.fromObject(object.maps[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Preview message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Preview
             * @static
             * @param {fitme.v1.Preview} message Preview
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Preview.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.positions = [];
                    object.maps = [];
                }
                if (options.defaults) {
                    object.jobId = "";
                    object.iteration = 0;
                    if (options.bytes === String)
                        object.image = "";
                    else {
                        object.image = [];
                        if (options.bytes !== Array)
                            object.image = $util.newBuffer(object.image);
                    }
                    object.imageEncoding = "";
                    object.width = 0;
                    object.height = 0;
                    object.photoIndex = 0;
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.iteration != null && Object.hasOwnProperty.call(message, "iteration"))
                    object.iteration = message.iteration;
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    object.image = options.bytes === String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === Array ? Array.prototype.slice.call(message.image) : message.image;
                if (message.imageEncoding != null && Object.hasOwnProperty.call(message, "imageEncoding"))
                    object.imageEncoding = message.imageEncoding;
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.photoIndex != null && Object.hasOwnProperty.call(message, "photoIndex"))
                    object.photoIndex = message.photoIndex;
                if (message.positions && message.positions.length) {
                    object.positions = [];
                    for (let j = 0; j < message.positions.length; ++j)
                        object.positions[j] = options.json && !isFinite(message.positions[j]) ? String(message.positions[j]) : message.positions[j];
                }
                if (message.maps && message.maps.length) {
                    object.maps = [];
                    for (let j = 0; j < message.maps.length; ++j)
                        object.maps[j] = $root.fitme.v1.PreviewMap.toObject(message.maps[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this Preview to JSON.
             * @function toJSON
             * @memberof fitme.v1.Preview
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Preview.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Preview
             * @function getTypeUrl
             * @memberof fitme.v1.Preview
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Preview.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Preview";
            };

            return Preview;
        })();

        v1.PreviewMap = (function() {

            /**
             * Properties of a PreviewMap.
             * @memberof fitme.v1
             * @interface IPreviewMap
             * @property {fitme.v1.MapKind|null} [kind] PreviewMap kind
             * @property {number|null} [width] PreviewMap width
             * @property {number|null} [height] PreviewMap height
             * @property {string|null} [encoding] PreviewMap encoding
             * @property {fitme.v1.ColorSpace|null} [colorSpace] PreviewMap colorSpace
             * @property {Uint8Array|null} [data] PreviewMap data
             */

            /**
             * Constructs a new PreviewMap.
             * @memberof fitme.v1
             * @classdesc Represents a PreviewMap.
             * @implements IPreviewMap
             * @constructor
             * @param {fitme.v1.IPreviewMap=} [properties] Properties to set
             */
            function PreviewMap(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PreviewMap kind.
             * @member {fitme.v1.MapKind} kind
             * @memberof fitme.v1.PreviewMap
             * @instance
             */
            PreviewMap.prototype.kind = 0;

            /**
             * PreviewMap width.
             * @member {number} width
             * @memberof fitme.v1.PreviewMap
             * @instance
             */
            PreviewMap.prototype.width = 0;

            /**
             * PreviewMap height.
             * @member {number} height
             * @memberof fitme.v1.PreviewMap
             * @instance
             */
            PreviewMap.prototype.height = 0;

            /**
             * PreviewMap encoding.
             * @member {string} encoding
             * @memberof fitme.v1.PreviewMap
             * @instance
             */
            PreviewMap.prototype.encoding = "";

            /**
             * PreviewMap colorSpace.
             * @member {fitme.v1.ColorSpace} colorSpace
             * @memberof fitme.v1.PreviewMap
             * @instance
             */
            PreviewMap.prototype.colorSpace = 0;

            /**
             * PreviewMap data.
             * @member {Uint8Array} data
             * @memberof fitme.v1.PreviewMap
             * @instance
             */
            PreviewMap.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new PreviewMap instance using the specified properties.
             * @function create
             * @memberof fitme.v1.PreviewMap
             * @static
             * @param {fitme.v1.IPreviewMap=} [properties] Properties to set
             * @returns {fitme.v1.PreviewMap} PreviewMap instance
             */
            PreviewMap.create = function create(properties) {
                return new PreviewMap(properties);
            };

            /**
             * Encodes the specified PreviewMap message. Does not implicitly {@link fitme.v1.PreviewMap.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.PreviewMap
             * @static
             * @param {fitme.v1.IPreviewMap} message PreviewMap message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PreviewMap.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.width);
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.height);
                if (message.encoding != null && Object.hasOwnProperty.call(message, "encoding"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.encoding);
                if (message.colorSpace != null && Object.hasOwnProperty.call(message, "colorSpace"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.colorSpace);
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.data);
                return writer;
            };

            /**
             * Decodes a PreviewMap message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.PreviewMap
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.PreviewMap} PreviewMap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PreviewMap.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.PreviewMap();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.kind = reader.int32();
                            break;
                        }
                    case 2: {
                            message.width = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.height = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.encoding = reader.string();
                            break;
                        }
                    case 5: {
                            message.colorSpace = reader.int32();
                            break;
                        }
                    case 6: {
                            message.data = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a PreviewMap message.
             * @function verify
             * @memberof fitme.v1.PreviewMap
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PreviewMap.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    switch (message.kind) {
                    default:
                        return "kind: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                        break;
                    }
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.encoding != null && Object.hasOwnProperty.call(message, "encoding"))
                    if (!$util.isString(message.encoding))
                        return "encoding: string expected";
                if (message.colorSpace != null && Object.hasOwnProperty.call(message, "colorSpace"))
                    switch (message.colorSpace) {
                    default:
                        return "colorSpace: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            /**
             * Creates a PreviewMap message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.PreviewMap
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.PreviewMap} PreviewMap
             */
            PreviewMap.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.PreviewMap)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.PreviewMap: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.PreviewMap();
                switch (object.kind) {
                default:
                    if (typeof object.kind === "number") {
                        message.kind = object.kind;
                        break;
                    }
                    break;
                case "MAP_KIND_UNSPECIFIED":
                case 0:
                    message.kind = 0;
                    break;
                case "MAP_KIND_ALBEDO":
                case 1:
                    message.kind = 1;
                    break;
                case "MAP_KIND_SPECULAR":
                case 2:
                    message.kind = 2;
                    break;
                case "MAP_KIND_NORMAL":
                case 3:
                    message.kind = 3;
                    break;
                case "MAP_KIND_ROUGHNESS":
                case 4:
                    message.kind = 4;
                    break;
                case "MAP_KIND_CONFIDENCE":
                case 5:
                    message.kind = 5;
                    break;
                }
                if (object.width != null)
                    message.width = object.width >>> 0;
                if (object.height != null)
                    message.height = object.height >>> 0;
                if (object.encoding != null)
                    message.encoding = String(object.encoding);
                switch (object.colorSpace) {
                default:
                    if (typeof object.colorSpace === "number") {
                        message.colorSpace = object.colorSpace;
                        break;
                    }
                    break;
                case "COLOR_SPACE_UNSPECIFIED":
                case 0:
                    message.colorSpace = 0;
                    break;
                case "COLOR_SPACE_SRGB":
                case 1:
                    message.colorSpace = 1;
                    break;
                case "COLOR_SPACE_LINEAR":
                case 2:
                    message.colorSpace = 2;
                    break;
                }
                if (object.data != null)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a PreviewMap message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.PreviewMap
             * @static
             * @param {fitme.v1.PreviewMap} message PreviewMap
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PreviewMap.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === String ? "MAP_KIND_UNSPECIFIED" : 0;
                    object.width = 0;
                    object.height = 0;
                    object.encoding = "";
                    object.colorSpace = options.enums === String ? "COLOR_SPACE_UNSPECIFIED" : 0;
                    if (options.bytes === String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === String ? $root.fitme.v1.MapKind[message.kind] === undefined ? message.kind : $root.fitme.v1.MapKind[message.kind] : message.kind;
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.encoding != null && Object.hasOwnProperty.call(message, "encoding"))
                    object.encoding = message.encoding;
                if (message.colorSpace != null && Object.hasOwnProperty.call(message, "colorSpace"))
                    object.colorSpace = options.enums === String ? $root.fitme.v1.ColorSpace[message.colorSpace] === undefined ? message.colorSpace : $root.fitme.v1.ColorSpace[message.colorSpace] : message.colorSpace;
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === Array ? Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this PreviewMap to JSON.
             * @function toJSON
             * @memberof fitme.v1.PreviewMap
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PreviewMap.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PreviewMap
             * @function getTypeUrl
             * @memberof fitme.v1.PreviewMap
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PreviewMap.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.PreviewMap";
            };

            return PreviewMap;
        })();

        v1.Warning = (function() {

            /**
             * Properties of a Warning.
             * @memberof fitme.v1
             * @interface IWarning
             * @property {string|null} [jobId] Warning jobId
             * @property {string|null} [code] Warning code
             * @property {string|null} [message] Warning message
             */

            /**
             * Constructs a new Warning.
             * @memberof fitme.v1
             * @classdesc Represents a Warning.
             * @implements IWarning
             * @constructor
             * @param {fitme.v1.IWarning=} [properties] Properties to set
             */
            function Warning(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Warning jobId.
             * @member {string} jobId
             * @memberof fitme.v1.Warning
             * @instance
             */
            Warning.prototype.jobId = "";

            /**
             * Warning code.
             * @member {string} code
             * @memberof fitme.v1.Warning
             * @instance
             */
            Warning.prototype.code = "";

            /**
             * Warning message.
             * @member {string} message
             * @memberof fitme.v1.Warning
             * @instance
             */
            Warning.prototype.message = "";

            /**
             * Creates a new Warning instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Warning
             * @static
             * @param {fitme.v1.IWarning=} [properties] Properties to set
             * @returns {fitme.v1.Warning} Warning instance
             */
            Warning.create = function create(properties) {
                return new Warning(properties);
            };

            /**
             * Encodes the specified Warning message. Does not implicitly {@link fitme.v1.Warning.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Warning
             * @static
             * @param {fitme.v1.IWarning} message Warning message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Warning.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                return writer;
            };

            /**
             * Decodes a Warning message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Warning
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Warning} Warning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Warning.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Warning();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.code = reader.string();
                            break;
                        }
                    case 3: {
                            message.message = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Warning message.
             * @function verify
             * @memberof fitme.v1.Warning
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Warning.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a Warning message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Warning
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Warning} Warning
             */
            Warning.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Warning)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Warning: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Warning();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.code != null)
                    message.code = String(object.code);
                if (object.message != null)
                    message.message = String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a Warning message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Warning
             * @static
             * @param {fitme.v1.Warning} message Warning
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Warning.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.code = "";
                    object.message = "";
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Warning to JSON.
             * @function toJSON
             * @memberof fitme.v1.Warning
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Warning.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Warning
             * @function getTypeUrl
             * @memberof fitme.v1.Warning
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Warning.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Warning";
            };

            return Warning;
        })();

        v1.Mesh = (function() {

            /**
             * Properties of a Mesh.
             * @memberof fitme.v1
             * @interface IMesh
             * @property {string|null} [jobId] Mesh jobId
             * @property {string|null} [name] Mesh name
             * @property {Array.<fitme.v1.IPrimitive>|null} [primitives] Mesh primitives
             * @property {Array.<fitme.v1.IMaterial>|null} [materials] Mesh materials
             * @property {Array.<string>|null} [targetNames] Mesh targetNames
             * @property {number|null} [lod] Mesh lod
             */

            /**
             * Constructs a new Mesh.
             * @memberof fitme.v1
             * @classdesc Represents a Mesh.
             * @implements IMesh
             * @constructor
             * @param {fitme.v1.IMesh=} [properties] Properties to set
             */
            function Mesh(properties) {
                this.primitives = [];
                this.materials = [];
                this.targetNames = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Mesh jobId.
             * @member {string} jobId
             * @memberof fitme.v1.Mesh
             * @instance
             */
            Mesh.prototype.jobId = "";

            /**
             * Mesh name.
             * @member {string} name
             * @memberof fitme.v1.Mesh
             * @instance
             */
            Mesh.prototype.name = "";

            /**
             * Mesh primitives.
             * @member {Array.<fitme.v1.IPrimitive>} primitives
             * @memberof fitme.v1.Mesh
             * @instance
             */
            Mesh.prototype.primitives = $util.emptyArray;

            /**
             * Mesh materials.
             * @member {Array.<fitme.v1.IMaterial>} materials
             * @memberof fitme.v1.Mesh
             * @instance
             */
            Mesh.prototype.materials = $util.emptyArray;

            /**
             * Mesh targetNames.
             * @member {Array.<string>} targetNames
             * @memberof fitme.v1.Mesh
             * @instance
             */
            Mesh.prototype.targetNames = $util.emptyArray;

            /**
             * Mesh lod.
             * @member {number} lod
             * @memberof fitme.v1.Mesh
             * @instance
             */
            Mesh.prototype.lod = 0;

            /**
             * Creates a new Mesh instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Mesh
             * @static
             * @param {fitme.v1.IMesh=} [properties] Properties to set
             * @returns {fitme.v1.Mesh} Mesh instance
             */
            Mesh.create = function create(properties) {
                return new Mesh(properties);
            };

            /**
             * Encodes the specified Mesh message. Does not implicitly {@link fitme.v1.Mesh.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Mesh
             * @static
             * @param {fitme.v1.IMesh} message Mesh message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mesh.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.primitives != null && message.primitives.length)
                    for (let i = 0; i < message.primitives.length; ++i)
                        $root.fitme.v1.Primitive.encode(message.primitives[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.materials != null && message.materials.length)
                    for (let i = 0; i < message.materials.length; ++i)
                        $root.fitme.v1.Material.encode(message.materials[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.targetNames != null && message.targetNames.length)
                    for (let i = 0; i < message.targetNames.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.targetNames[i]);
                if (message.lod != null && Object.hasOwnProperty.call(message, "lod"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.lod);
                return writer;
            };

            /**
             * Decodes a Mesh message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Mesh
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Mesh} Mesh
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mesh.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Mesh();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.name = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.primitives && message.primitives.length))
                                message.primitives = [];
                            message.primitives.push($root.fitme.v1.Primitive.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            if (!(message.materials && message.materials.length))
                                message.materials = [];
                            message.materials.push($root.fitme.v1.Material.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            if (!(message.targetNames && message.targetNames.length))
                                message.targetNames = [];
                            message.targetNames.push(reader.string());
                            break;
                        }
                    case 6: {
                            message.lod = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Mesh message.
             * @function verify
             * @memberof fitme.v1.Mesh
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Mesh.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.primitives != null && Object.hasOwnProperty.call(message, "primitives")) {
                    if (!Array.isArray(message.primitives))
                        return "primitives: array expected";
                    for (let i = 0; i < message.primitives.length; ++i) {
                        let error = $root.fitme.v1.Primitive.verify(message.primitives[i], long + 1);
                        if (error)
                            return "primitives." + error;
                    }
                }
                if (message.materials != null && Object.hasOwnProperty.call(message, "materials")) {
                    if (!Array.isArray(message.materials))
                        return "materials: array expected";
                    for (let i = 0; i < message.materials.length; ++i) {
                        let error = $root.fitme.v1.Material.verify(message.materials[i], long + 1);
                        if (error)
                            return "materials." + error;
                    }
                }
                if (message.targetNames != null && Object.hasOwnProperty.call(message, "targetNames")) {
                    if (!Array.isArray(message.targetNames))
                        return "targetNames: array expected";
                    for (let i = 0; i < message.targetNames.length; ++i)
                        if (!$util.isString(message.targetNames[i]))
                            return "targetNames: string[] expected";
                }
                if (message.lod != null && Object.hasOwnProperty.call(message, "lod"))
                    if (!$util.isInteger(message.lod))
                        return "lod: integer expected";
                return null;
            };

            /**
             * Creates a Mesh message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Mesh
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Mesh} Mesh
             */
            Mesh.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Mesh)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Mesh: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Mesh();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.name != null)
                    message.name = String(object.name);
                if (object.primitives) {
                    if (!Array.isArray(object.primitives))
                        throw TypeError(".fitme.v1.Mesh.primitives: array expected");
                    message.primitives = [];
                    for (let i = 0; i < object.primitives.length; ++i) {
                        if (!$util.isObject(object.primitives[i]))
                            throw TypeError(".fitme.v1.Mesh.primitives: object expected");
                        message.primitives[i] = $root.fitme.v1.Primitive.fromObject(object.primitives[i], long + 1);
                    }
                }
                if (object.materials) {
                    if (!Array.isArray(object.materials))
                        throw TypeError(".fitme.v1.Mesh.materials: array expected");
                    message.materials = [];
                    for (let i = 0; i < object.materials.length; ++i) {
                        if (!$util.isObject(object.materials[i]))
                            throw TypeError(".fitme.v1.Mesh.materials: object expected");
                        message.materials[i] = $root.fitme.v1.Material.fromObject(object.materials[i], long + 1);
                    }
                }
                if (object.targetNames) {
                    if (!Array.isArray(object.targetNames))
                        throw TypeError(".fitme.v1.Mesh.targetNames: array expected");
                    message.targetNames = [];
                    for (let i = 0; i < object.targetNames.length; ++i)
                        message.targetNames[i] = String(object.targetNames[i]);
                }
                if (object.lod != null)
                    message.lod = object.lod >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Mesh message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Mesh
             * @static
             * @param {fitme.v1.Mesh} message Mesh
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Mesh.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.primitives = [];
                    object.materials = [];
                    object.targetNames = [];
                }
                if (options.defaults) {
                    object.jobId = "";
                    object.name = "";
                    object.lod = 0;
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.primitives && message.primitives.length) {
                    object.primitives = [];
                    for (let j = 0; j < message.primitives.length; ++j)
                        object.primitives[j] = $root.fitme.v1.Primitive.toObject(message.primitives[j], options, q + 1);
                }
                if (message.materials && message.materials.length) {
                    object.materials = [];
                    for (let j = 0; j < message.materials.length; ++j)
                        object.materials[j] = $root.fitme.v1.Material.toObject(message.materials[j], options, q + 1);
                }
                if (message.targetNames && message.targetNames.length) {
                    object.targetNames = [];
                    for (let j = 0; j < message.targetNames.length; ++j)
                        object.targetNames[j] = message.targetNames[j];
                }
                if (message.lod != null && Object.hasOwnProperty.call(message, "lod"))
                    object.lod = message.lod;
                return object;
            };

            /**
             * Converts this Mesh to JSON.
             * @function toJSON
             * @memberof fitme.v1.Mesh
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Mesh.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Mesh
             * @function getTypeUrl
             * @memberof fitme.v1.Mesh
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Mesh.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Mesh";
            };

            return Mesh;
        })();

        v1.Primitive = (function() {

            /**
             * Properties of a Primitive.
             * @memberof fitme.v1
             * @interface IPrimitive
             * @property {string|null} [name] Primitive name
             * @property {Array.<number>|null} [positions] Primitive positions
             * @property {Array.<number>|null} [normals] Primitive normals
             * @property {Array.<number>|null} [tangents] Primitive tangents
             * @property {Array.<number>|null} [uvs] Primitive uvs
             * @property {Array.<number>|null} [indices] Primitive indices
             * @property {number|null} [material] Primitive material
             * @property {Array.<fitme.v1.IMorphTarget>|null} [targets] Primitive targets
             */

            /**
             * Constructs a new Primitive.
             * @memberof fitme.v1
             * @classdesc Represents a Primitive.
             * @implements IPrimitive
             * @constructor
             * @param {fitme.v1.IPrimitive=} [properties] Properties to set
             */
            function Primitive(properties) {
                this.positions = [];
                this.normals = [];
                this.tangents = [];
                this.uvs = [];
                this.indices = [];
                this.targets = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Primitive name.
             * @member {string} name
             * @memberof fitme.v1.Primitive
             * @instance
             */
            Primitive.prototype.name = "";

            /**
             * Primitive positions.
             * @member {Array.<number>} positions
             * @memberof fitme.v1.Primitive
             * @instance
             */
            Primitive.prototype.positions = $util.emptyArray;

            /**
             * Primitive normals.
             * @member {Array.<number>} normals
             * @memberof fitme.v1.Primitive
             * @instance
             */
            Primitive.prototype.normals = $util.emptyArray;

            /**
             * Primitive tangents.
             * @member {Array.<number>} tangents
             * @memberof fitme.v1.Primitive
             * @instance
             */
            Primitive.prototype.tangents = $util.emptyArray;

            /**
             * Primitive uvs.
             * @member {Array.<number>} uvs
             * @memberof fitme.v1.Primitive
             * @instance
             */
            Primitive.prototype.uvs = $util.emptyArray;

            /**
             * Primitive indices.
             * @member {Array.<number>} indices
             * @memberof fitme.v1.Primitive
             * @instance
             */
            Primitive.prototype.indices = $util.emptyArray;

            /**
             * Primitive material.
             * @member {number} material
             * @memberof fitme.v1.Primitive
             * @instance
             */
            Primitive.prototype.material = 0;

            /**
             * Primitive targets.
             * @member {Array.<fitme.v1.IMorphTarget>} targets
             * @memberof fitme.v1.Primitive
             * @instance
             */
            Primitive.prototype.targets = $util.emptyArray;

            /**
             * Creates a new Primitive instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Primitive
             * @static
             * @param {fitme.v1.IPrimitive=} [properties] Properties to set
             * @returns {fitme.v1.Primitive} Primitive instance
             */
            Primitive.create = function create(properties) {
                return new Primitive(properties);
            };

            /**
             * Encodes the specified Primitive message. Does not implicitly {@link fitme.v1.Primitive.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Primitive
             * @static
             * @param {fitme.v1.IPrimitive} message Primitive message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Primitive.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.positions != null && message.positions.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.positions.length; ++i)
                        writer.float(message.positions[i]);
                    writer.ldelim();
                }
                if (message.normals != null && message.normals.length) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork();
                    for (let i = 0; i < message.normals.length; ++i)
                        writer.float(message.normals[i]);
                    writer.ldelim();
                }
                if (message.tangents != null && message.tangents.length) {
                    writer.uint32(/* id 4, wireType 2 =*/34).fork();
                    for (let i = 0; i < message.tangents.length; ++i)
                        writer.float(message.tangents[i]);
                    writer.ldelim();
                }
                if (message.uvs != null && message.uvs.length) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork();
                    for (let i = 0; i < message.uvs.length; ++i)
                        writer.float(message.uvs[i]);
                    writer.ldelim();
                }
                if (message.indices != null && message.indices.length) {
                    writer.uint32(/* id 6, wireType 2 =*/50).fork();
                    for (let i = 0; i < message.indices.length; ++i)
                        writer.uint32(message.indices[i]);
                    writer.ldelim();
                }
                if (message.material != null && Object.hasOwnProperty.call(message, "material"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.material);
                if (message.targets != null && message.targets.length)
                    for (let i = 0; i < message.targets.length; ++i)
                        $root.fitme.v1.MorphTarget.encode(message.targets[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Primitive message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Primitive
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Primitive} Primitive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Primitive.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Primitive();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.positions && message.positions.length))
                                message.positions = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.positions.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.positions.push(reader.float());
                            break;
                        }
                    case 3: {
                            if (!(message.normals && message.normals.length))
                                message.normals = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.normals.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.normals.push(reader.float());
                            break;
                        }
                    case 4: {
                            if (!(message.tangents && message.tangents.length))
                                message.tangents = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.tangents.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.tangents.push(reader.float());
                            break;
                        }
                    case 5: {
                            if (!(message.uvs && message.uvs.length))
                                message.uvs = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.uvs.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.uvs.push(reader.float());
                            break;
                        }
                    case 6: {
                            if (!(message.indices && message.indices.length))
                                message.indices = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.indices.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.indices.push(reader.uint32());
                            break;
                        }
                    case 7: {
                            message.material = reader.uint32();
                            break;
                        }
                    case 8: {
                            if (!(message.targets && message.targets.length))
                                message.targets = [];
                            message.targets.push($root.fitme.v1.MorphTarget.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Primitive message.
             * @function verify
             * @memberof fitme.v1.Primitive
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Primitive.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.positions != null && Object.hasOwnProperty.call(message, "positions")) {
                    if (!Array.isArray(message.positions))
                        return "positions: array expected";
                    for (let i = 0; i < message.positions.length; ++i)
                        if (typeof message.positions[i] !== "number")
                            return "positions: number[] expected";
                }
                if (message.normals != null && Object.hasOwnProperty.call(message, "normals")) {
                    if (!Array.isArray(message.normals))
                        return "normals: array expected";
                    for (let i = 0; i < message.normals.length; ++i)
                        if (typeof message.normals[i] !== "number")
                            return "normals: number[] expected";
                }
                if (message.tangents != null && Object.hasOwnProperty.call(message, "tangents")) {
                    if (!Array.isArray(message.tangents))
                        return "tangents: array expected";
                    for (let i = 0; i < message.tangents.length; ++i)
                        if (typeof message.tangents[i] !== "number")
                            return "tangents: number[] expected";
                }
                if (message.uvs != null && Object.hasOwnProperty.call(message, "uvs")) {
                    if (!Array.isArray(message.uvs))
                        return "uvs: array expected";
                    for (let i = 0; i < message.uvs.length; ++i)
                        if (typeof message.uvs[i] !== "number")
                            return "uvs: number[] expected";
                }
                if (message.indices != null && Object.hasOwnProperty.call(message, "indices")) {
                    if (!Array.isArray(message.indices))
                        return "indices: array expected";
                    for (let i = 0; i < message.indices.length; ++i)
                        if (!$util.isInteger(message.indices[i]))
                            return "indices: integer[] expected";
                }
                if (message.material != null && Object.hasOwnProperty.call(message, "material"))
                    if (!$util.isInteger(message.material))
                        return "material: integer expected";
                if (message.targets != null && Object.hasOwnProperty.call(message, "targets")) {
                    if (!Array.isArray(message.targets))
                        return "targets: array expected";
                    for (let i = 0; i < message.targets.length; ++i) {
                        let error = $root.fitme.v1.MorphTarget.verify(message.targets[i], long + 1);
                        if (error)
                            return "targets." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Primitive message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Primitive
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Primitive} Primitive
             */
            Primitive.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Primitive)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Primitive: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Primitive();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.positions) {
                    if (!Array.isArray(object.positions))
                        throw TypeError(".fitme.v1.Primitive.positions: array expected");
                    message.positions = [];
                    for (let i = 0; i < object.positions.length; ++i)
                        message.positions[i] = Number(object.positions[i]);
                }
                if (object.normals) {
                    if (!Array.isArray(object.normals))
                        throw TypeError(".fitme.v1.Primitive.normals: array expected");
                    message.normals = [];
                    for (let i = 0; i < object.normals.length; ++i)
                        message.normals[i] = Number(object.normals[i]);
                }
                if (object.tangents) {
                    if (!Array.isArray(object.tangents))
                        throw TypeError(".fitme.v1.Primitive.tangents: array expected");
                    message.tangents = [];
                    for (let i = 0; i < object.tangents.length; ++i)
                        message.tangents[i] = Number(object.tangents[i]);
                }
                if (object.uvs) {
                    if (!Array.isArray(object.uvs))
                        throw TypeError(".fitme.v1.Primitive.uvs: array expected");
                    message.uvs = [];
                    for (let i = 0; i < object.uvs.length; ++i)
                        message.uvs[i] = Number(object.uvs[i]);
                }
                if (object.indices) {
                    if (!Array.isArray(object.indices))
                        throw TypeError(".fitme.v1.Primitive.indices: array expected");
                    message.indices = [];
                    for (let i = 0; i < object.indices.length; ++i)
                        message.indices[i] = object.indices[i] >>> 0;
                }
                if (object.material != null)
                    message.material = object.material >>> 0;
                if (object.targets) {
                    if (!Array.isArray(object.targets))
                        throw TypeError(".fitme.v1.Primitive.targets: array expected");
                    message.targets = [];
                    for (let i = 0; i < object.targets.length; ++i) {
                        if (!$util.isObject(object.targets[i]))
                            throw TypeError(".fitme.v1.Primitive.targets: object expected");
                        message.targets[i] = $root.fitme.v1.MorphTarget.fromObject(object.targets[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Primitive message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Primitive
             * @static
             * @param {fitme.v1.Primitive} message Primitive
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Primitive.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.positions = [];
                    object.normals = [];
                    object.tangents = [];
                    object.uvs = [];
                    object.indices = [];
                    object.targets = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.material = 0;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.positions && message.positions.length) {
                    object.positions = [];
                    for (let j = 0; j < message.positions.length; ++j)
                        object.positions[j] = options.json && !isFinite(message.positions[j]) ? String(message.positions[j]) : message.positions[j];
                }
                if (message.normals && message.normals.length) {
                    object.normals = [];
                    for (let j = 0; j < message.normals.length; ++j)
                        object.normals[j] = options.json && !isFinite(message.normals[j]) ? String(message.normals[j]) : message.normals[j];
                }
                if (message.tangents && message.tangents.length) {
                    object.tangents = [];
                    for (let j = 0; j < message.tangents.length; ++j)
                        object.tangents[j] = options.json && !isFinite(message.tangents[j]) ? String(message.tangents[j]) : message.tangents[j];
                }
                if (message.uvs && message.uvs.length) {
                    object.uvs = [];
                    for (let j = 0; j < message.uvs.length; ++j)
                        object.uvs[j] = options.json && !isFinite(message.uvs[j]) ? String(message.uvs[j]) : message.uvs[j];
                }
                if (message.indices && message.indices.length) {
                    object.indices = [];
                    for (let j = 0; j < message.indices.length; ++j)
                        object.indices[j] = message.indices[j];
                }
                if (message.material != null && Object.hasOwnProperty.call(message, "material"))
                    object.material = message.material;
                if (message.targets && message.targets.length) {
                    object.targets = [];
                    for (let j = 0; j < message.targets.length; ++j)
                        object.targets[j] = $root.fitme.v1.MorphTarget.toObject(message.targets[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this Primitive to JSON.
             * @function toJSON
             * @memberof fitme.v1.Primitive
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Primitive.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Primitive
             * @function getTypeUrl
             * @memberof fitme.v1.Primitive
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Primitive.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Primitive";
            };

            return Primitive;
        })();

        v1.MorphTarget = (function() {

            /**
             * Properties of a MorphTarget.
             * @memberof fitme.v1
             * @interface IMorphTarget
             * @property {Array.<number>|null} [positionDeltas] MorphTarget positionDeltas
             * @property {Array.<number>|null} [normalDeltas] MorphTarget normalDeltas
             * @property {Array.<number>|null} [vertices] MorphTarget vertices
             */

            /**
             * Constructs a new MorphTarget.
             * @memberof fitme.v1
             * @classdesc Represents a MorphTarget.
             * @implements IMorphTarget
             * @constructor
             * @param {fitme.v1.IMorphTarget=} [properties] Properties to set
             */
            function MorphTarget(properties) {
                this.positionDeltas = [];
                this.normalDeltas = [];
                this.vertices = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * MorphTarget positionDeltas.
             * @member {Array.<number>} positionDeltas
             * @memberof fitme.v1.MorphTarget
             * @instance
             */
            MorphTarget.prototype.positionDeltas = $util.emptyArray;

            /**
             * MorphTarget normalDeltas.
             * @member {Array.<number>} normalDeltas
             * @memberof fitme.v1.MorphTarget
             * @instance
             */
            MorphTarget.prototype.normalDeltas = $util.emptyArray;

            /**
             * MorphTarget vertices.
             * @member {Array.<number>} vertices
             * @memberof fitme.v1.MorphTarget
             * @instance
             */
            MorphTarget.prototype.vertices = $util.emptyArray;

            /**
             * Creates a new MorphTarget instance using the specified properties.
             * @function create
             * @memberof fitme.v1.MorphTarget
             * @static
             * @param {fitme.v1.IMorphTarget=} [properties] Properties to set
             * @returns {fitme.v1.MorphTarget} MorphTarget instance
             */
            MorphTarget.create = function create(properties) {
                return new MorphTarget(properties);
            };

            /**
             * Encodes the specified MorphTarget message. Does not implicitly {@link fitme.v1.MorphTarget.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.MorphTarget
             * @static
             * @param {fitme.v1.IMorphTarget} message MorphTarget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MorphTarget.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.positionDeltas != null && message.positionDeltas.length) {
                    writer.uint32(/* id 1, wireType 2 =*/10).fork();
                    for (let i = 0; i < message.positionDeltas.length; ++i)
                        writer.float(message.positionDeltas[i]);
                    writer.ldelim();
                }
                if (message.normalDeltas != null && message.normalDeltas.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.normalDeltas.length; ++i)
                        writer.float(message.normalDeltas[i]);
                    writer.ldelim();
                }
                if (message.vertices != null && message.vertices.length) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork();
                    for (let i = 0; i < message.vertices.length; ++i)
                        writer.uint32(message.vertices[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Decodes a MorphTarget message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.MorphTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.MorphTarget} MorphTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MorphTarget.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.MorphTarget();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.positionDeltas && message.positionDeltas.length))
                                message.positionDeltas = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.positionDeltas.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.positionDeltas.push(reader.float());
                            break;
                        }
                    case 2: {
                            if (!(message.normalDeltas && message.normalDeltas.length))
                                message.normalDeltas = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.normalDeltas.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.normalDeltas.push(reader.float());
                            break;
                        }
                    case 3: {
                            if (!(message.vertices && message.vertices.length))
                                message.vertices = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.vertices.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.vertices.push(reader.uint32());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a MorphTarget message.
             * @function verify
             * @memberof fitme.v1.MorphTarget
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MorphTarget.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.positionDeltas != null && Object.hasOwnProperty.call(message, "positionDeltas")) {
                    if (!Array.isArray(message.positionDeltas))
                        return "positionDeltas: array expected";
                    for (let i = 0; i < message.positionDeltas.length; ++i)
                        if (typeof message.positionDeltas[i] !== "number")
                            return "positionDeltas: number[] expected";
                }
                if (message.normalDeltas != null && Object.hasOwnProperty.call(message, "normalDeltas")) {
                    if (!Array.isArray(message.normalDeltas))
                        return "normalDeltas: array expected";
                    for (let i = 0; i < message.normalDeltas.length; ++i)
                        if (typeof message.normalDeltas[i] !== "number")
                            return "normalDeltas: number[] expected";
                }
                if (message.vertices != null && Object.hasOwnProperty.call(message, "vertices")) {
                    if (!Array.isArray(message.vertices))
                        return "vertices: array expected";
                    for (let i = 0; i < message.vertices.length; ++i)
                        if (!$util.isInteger(message.vertices[i]))
                            return "vertices: integer[] expected";
                }
                return null;
            };

            /**
             * Creates a MorphTarget message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.MorphTarget
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.MorphTarget} MorphTarget
             */
            MorphTarget.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.MorphTarget)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.MorphTarget: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.MorphTarget();
                if (object.positionDeltas) {
                    if (!Array.isArray(object.positionDeltas))
                        throw TypeError(".fitme.v1.MorphTarget.positionDeltas: array expected");
                    message.positionDeltas = [];
                    for (let i = 0; i < object.positionDeltas.length; ++i)
                        message.positionDeltas[i] = Number(object.positionDeltas[i]);
                }
                if (object.normalDeltas) {
                    if (!Array.isArray(object.normalDeltas))
                        throw TypeError(".fitme.v1.MorphTarget.normalDeltas: array expected");
                    message.normalDeltas = [];
                    for (let i = 0; i < object.normalDeltas.length; ++i)
                        message.normalDeltas[i] = Number(object.normalDeltas[i]);
                }
                if (object.vertices) {
                    if (!Array.isArray(object.vertices))
                        throw TypeError(".fitme.v1.MorphTarget.vertices: array expected");
                    message.vertices = [];
                    for (let i = 0; i < object.vertices.length; ++i)
                        message.vertices[i] = object.vertices[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from a MorphTarget message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.MorphTarget
             * @static
             * @param {fitme.v1.MorphTarget} message MorphTarget
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MorphTarget.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.positionDeltas = [];
                    object.normalDeltas = [];
                    object.vertices = [];
                }
                if (message.positionDeltas && message.positionDeltas.length) {
                    object.positionDeltas = [];
                    for (let j = 0; j < message.positionDeltas.length; ++j)
                        object.positionDeltas[j] = options.json && !isFinite(message.positionDeltas[j]) ? String(message.positionDeltas[j]) : message.positionDeltas[j];
                }
                if (message.normalDeltas && message.normalDeltas.length) {
                    object.normalDeltas = [];
                    for (let j = 0; j < message.normalDeltas.length; ++j)
                        object.normalDeltas[j] = options.json && !isFinite(message.normalDeltas[j]) ? String(message.normalDeltas[j]) : message.normalDeltas[j];
                }
                if (message.vertices && message.vertices.length) {
                    object.vertices = [];
                    for (let j = 0; j < message.vertices.length; ++j)
                        object.vertices[j] = message.vertices[j];
                }
                return object;
            };

            /**
             * Converts this MorphTarget to JSON.
             * @function toJSON
             * @memberof fitme.v1.MorphTarget
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MorphTarget.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for MorphTarget
             * @function getTypeUrl
             * @memberof fitme.v1.MorphTarget
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            MorphTarget.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.MorphTarget";
            };

            return MorphTarget;
        })();

        v1.Material = (function() {

            /**
             * Properties of a Material.
             * @memberof fitme.v1
             * @interface IMaterial
             * @property {string|null} [name] Material name
             * @property {Array.<number>|null} [baseColorFactor] Material baseColorFactor
             * @property {number|null} [metallic] Material metallic
             * @property {number|null} [roughness] Material roughness
             * @property {number|null} [specularFactor] Material specularFactor
             * @property {number|null} [baseColorTexture] Material baseColorTexture
             * @property {number|null} [normalTexture] Material normalTexture
             * @property {number|null} [specularTexture] Material specularTexture
             * @property {number|null} [roughnessTexture] Material roughnessTexture
             */

            /**
             * Constructs a new Material.
             * @memberof fitme.v1
             * @classdesc Represents a Material.
             * @implements IMaterial
             * @constructor
             * @param {fitme.v1.IMaterial=} [properties] Properties to set
             */
            function Material(properties) {
                this.baseColorFactor = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Material name.
             * @member {string} name
             * @memberof fitme.v1.Material
             * @instance
             */
            Material.prototype.name = "";

            /**
             * Material baseColorFactor.
             * @member {Array.<number>} baseColorFactor
             * @memberof fitme.v1.Material
             * @instance
             */
            Material.prototype.baseColorFactor = $util.emptyArray;

            /**
             * Material metallic.
             * @member {number} metallic
             * @memberof fitme.v1.Material
             * @instance
             */
            Material.prototype.metallic = 0;

            /**
             * Material roughness.
             * @member {number} roughness
             * @memberof fitme.v1.Material
             * @instance
             */
            Material.prototype.roughness = 0;

            /**
             * Material specularFactor.
             * @member {number} specularFactor
             * @memberof fitme.v1.Material
             * @instance
             */
            Material.prototype.specularFactor = 0;

            /**
             * Material baseColorTexture.
             * @member {number} baseColorTexture
             * @memberof fitme.v1.Material
             * @instance
             */
            Material.prototype.baseColorTexture = 0;

            /**
             * Material normalTexture.
             * @member {number} normalTexture
             * @memberof fitme.v1.Material
             * @instance
             */
            Material.prototype.normalTexture = 0;

            /**
             * Material specularTexture.
             * @member {number} specularTexture
             * @memberof fitme.v1.Material
             * @instance
             */
            Material.prototype.specularTexture = 0;

            /**
             * Material roughnessTexture.
             * @member {number} roughnessTexture
             * @memberof fitme.v1.Material
             * @instance
             */
            Material.prototype.roughnessTexture = 0;

            /**
             * Creates a new Material instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Material
             * @static
             * @param {fitme.v1.IMaterial=} [properties] Properties to set
             * @returns {fitme.v1.Material} Material instance
             */
            Material.create = function create(properties) {
                return new Material(properties);
            };

            /**
             * Encodes the specified Material message. Does not implicitly {@link fitme.v1.Material.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Material
             * @static
             * @param {fitme.v1.IMaterial} message Material message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Material.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.baseColorFactor != null && message.baseColorFactor.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.baseColorFactor.length; ++i)
                        writer.float(message.baseColorFactor[i]);
                    writer.ldelim();
                }
                if (message.metallic != null && Object.hasOwnProperty.call(message, "metallic"))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.metallic);
                if (message.roughness != null && Object.hasOwnProperty.call(message, "roughness"))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.roughness);
                if (message.specularFactor != null && Object.hasOwnProperty.call(message, "specularFactor"))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.specularFactor);
                if (message.baseColorTexture != null && Object.hasOwnProperty.call(message, "baseColorTexture"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.baseColorTexture);
                if (message.normalTexture != null && Object.hasOwnProperty.call(message, "normalTexture"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.normalTexture);
                if (message.specularTexture != null && Object.hasOwnProperty.call(message, "specularTexture"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.specularTexture);
                if (message.roughnessTexture != null && Object.hasOwnProperty.call(message, "roughnessTexture"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.roughnessTexture);
                return writer;
            };

            /**
             * Decodes a Material message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Material
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Material} Material
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Material.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Material();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.baseColorFactor && message.baseColorFactor.length))
                                message.baseColorFactor = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.baseColorFactor.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.baseColorFactor.push(reader.float());
                            break;
                        }
                    case 3: {
                            message.metallic = reader.float();
                            break;
                        }
                    case 4: {
                            message.roughness = reader.float();
                            break;
                        }
                    case 5: {
                            message.specularFactor = reader.float();
                            break;
                        }
                    case 6: {
                            message.baseColorTexture = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.normalTexture = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.specularTexture = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.roughnessTexture = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Material message.
             * @function verify
             * @memberof fitme.v1.Material
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Material.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.baseColorFactor != null && Object.hasOwnProperty.call(message, "baseColorFactor")) {
                    if (!Array.isArray(message.baseColorFactor))
                        return "baseColorFactor: array expected";
                    for (let i = 0; i < message.baseColorFactor.length; ++i)
                        if (typeof message.baseColorFactor[i] !== "number")
                            return "baseColorFactor: number[] expected";
                }
                if (message.metallic != null && Object.hasOwnProperty.call(message, "metallic"))
                    if (typeof message.metallic !== "number")
                        return "metallic: number expected";
                if (message.roughness != null && Object.hasOwnProperty.call(message, "roughness"))
                    if (typeof message.roughness !== "number")
                        return "roughness: number expected";
                if (message.specularFactor != null && Object.hasOwnProperty.call(message, "specularFactor"))
                    if (typeof message.specularFactor !== "number")
                        return "specularFactor: number expected";
                if (message.baseColorTexture != null && Object.hasOwnProperty.call(message, "baseColorTexture"))
                    if (!$util.isInteger(message.baseColorTexture))
                        return "baseColorTexture: integer expected";
                if (message.normalTexture != null && Object.hasOwnProperty.call(message, "normalTexture"))
                    if (!$util.isInteger(message.normalTexture))
                        return "normalTexture: integer expected";
                if (message.specularTexture != null && Object.hasOwnProperty.call(message, "specularTexture"))
                    if (!$util.isInteger(message.specularTexture))
                        return "specularTexture: integer expected";
                if (message.roughnessTexture != null && Object.hasOwnProperty.call(message, "roughnessTexture"))
                    if (!$util.isInteger(message.roughnessTexture))
                        return "roughnessTexture: integer expected";
                return null;
            };

            /**
             * Creates a Material message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Material
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Material} Material
             */
            Material.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Material)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Material: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Material();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.baseColorFactor) {
                    if (!Array.isArray(object.baseColorFactor))
                        throw TypeError(".fitme.v1.Material.baseColorFactor: array expected");
                    message.baseColorFactor = [];
                    for (let i = 0; i < object.baseColorFactor.length; ++i)
                        message.baseColorFactor[i] = Number(object.baseColorFactor[i]);
                }
                if (object.metallic != null)
                    message.metallic = Number(object.metallic);
                if (object.roughness != null)
                    message.roughness = Number(object.roughness);
                if (object.specularFactor != null)
                    message.specularFactor = Number(object.specularFactor);
                if (object.baseColorTexture != null)
                    message.baseColorTexture = object.baseColorTexture >>> 0;
                if (object.normalTexture != null)
                    message.normalTexture = object.normalTexture >>> 0;
                if (object.specularTexture != null)
                    message.specularTexture = object.specularTexture >>> 0;
                if (object.roughnessTexture != null)
                    message.roughnessTexture = object.roughnessTexture >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Material message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Material
             * @static
             * @param {fitme.v1.Material} message Material
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Material.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.baseColorFactor = [];
                if (options.defaults) {
                    object.name = "";
                    object.metallic = 0;
                    object.roughness = 0;
                    object.specularFactor = 0;
                    object.baseColorTexture = 0;
                    object.normalTexture = 0;
                    object.specularTexture = 0;
                    object.roughnessTexture = 0;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.baseColorFactor && message.baseColorFactor.length) {
                    object.baseColorFactor = [];
                    for (let j = 0; j < message.baseColorFactor.length; ++j)
                        object.baseColorFactor[j] = options.json && !isFinite(message.baseColorFactor[j]) ? String(message.baseColorFactor[j]) : message.baseColorFactor[j];
                }
                if (message.metallic != null && Object.hasOwnProperty.call(message, "metallic"))
                    object.metallic = options.json && !isFinite(message.metallic) ? String(message.metallic) : message.metallic;
                if (message.roughness != null && Object.hasOwnProperty.call(message, "roughness"))
                    object.roughness = options.json && !isFinite(message.roughness) ? String(message.roughness) : message.roughness;
                if (message.specularFactor != null && Object.hasOwnProperty.call(message, "specularFactor"))
                    object.specularFactor = options.json && !isFinite(message.specularFactor) ? String(message.specularFactor) : message.specularFactor;
                if (message.baseColorTexture != null && Object.hasOwnProperty.call(message, "baseColorTexture"))
                    object.baseColorTexture = message.baseColorTexture;
                if (message.normalTexture != null && Object.hasOwnProperty.call(message, "normalTexture"))
                    object.normalTexture = message.normalTexture;
                if (message.specularTexture != null && Object.hasOwnProperty.call(message, "specularTexture"))
                    object.specularTexture = message.specularTexture;
                if (message.roughnessTexture != null && Object.hasOwnProperty.call(message, "roughnessTexture"))
                    object.roughnessTexture = message.roughnessTexture;
                return object;
            };

            /**
             * Converts this Material to JSON.
             * @function toJSON
             * @memberof fitme.v1.Material
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Material.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Material
             * @function getTypeUrl
             * @memberof fitme.v1.Material
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Material.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Material";
            };

            return Material;
        })();

        /**
         * MapKind enum.
         * @name fitme.v1.MapKind
         * @enum {number}
         * @property {number} MAP_KIND_UNSPECIFIED=0 MAP_KIND_UNSPECIFIED value
         * @property {number} MAP_KIND_ALBEDO=1 MAP_KIND_ALBEDO value
         * @property {number} MAP_KIND_SPECULAR=2 MAP_KIND_SPECULAR value
         * @property {number} MAP_KIND_NORMAL=3 MAP_KIND_NORMAL value
         * @property {number} MAP_KIND_ROUGHNESS=4 MAP_KIND_ROUGHNESS value
         * @property {number} MAP_KIND_CONFIDENCE=5 MAP_KIND_CONFIDENCE value
         */
        v1.MapKind = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "MAP_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MAP_KIND_ALBEDO"] = 1;
            values[valuesById[2] = "MAP_KIND_SPECULAR"] = 2;
            values[valuesById[3] = "MAP_KIND_NORMAL"] = 3;
            values[valuesById[4] = "MAP_KIND_ROUGHNESS"] = 4;
            values[valuesById[5] = "MAP_KIND_CONFIDENCE"] = 5;
            return values;
        })();

        /**
         * ColorSpace enum.
         * @name fitme.v1.ColorSpace
         * @enum {number}
         * @property {number} COLOR_SPACE_UNSPECIFIED=0 COLOR_SPACE_UNSPECIFIED value
         * @property {number} COLOR_SPACE_SRGB=1 COLOR_SPACE_SRGB value
         * @property {number} COLOR_SPACE_LINEAR=2 COLOR_SPACE_LINEAR value
         */
        v1.ColorSpace = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "COLOR_SPACE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COLOR_SPACE_SRGB"] = 1;
            values[valuesById[2] = "COLOR_SPACE_LINEAR"] = 2;
            return values;
        })();

        v1.TextureBegin = (function() {

            /**
             * Properties of a TextureBegin.
             * @memberof fitme.v1
             * @interface ITextureBegin
             * @property {string|null} [jobId] TextureBegin jobId
             * @property {number|null} [textureId] TextureBegin textureId
             * @property {fitme.v1.MapKind|null} [kind] TextureBegin kind
             * @property {number|null} [width] TextureBegin width
             * @property {number|null} [height] TextureBegin height
             * @property {string|null} [encoding] TextureBegin encoding
             * @property {fitme.v1.ColorSpace|null} [colorSpace] TextureBegin colorSpace
             * @property {number|null} [bitDepth] TextureBegin bitDepth
             * @property {number|null} [channels] TextureBegin channels
             * @property {number|Long|null} [totalBytes] TextureBegin totalBytes
             * @property {number|null} [chunkCount] TextureBegin chunkCount
             * @property {number|null} [crc32] TextureBegin crc32
             * @property {Uint8Array|null} [sha256] TextureBegin sha256
             */

            /**
             * Constructs a new TextureBegin.
             * @memberof fitme.v1
             * @classdesc Represents a TextureBegin.
             * @implements ITextureBegin
             * @constructor
             * @param {fitme.v1.ITextureBegin=} [properties] Properties to set
             */
            function TextureBegin(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TextureBegin jobId.
             * @member {string} jobId
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.jobId = "";

            /**
             * TextureBegin textureId.
             * @member {number} textureId
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.textureId = 0;

            /**
             * TextureBegin kind.
             * @member {fitme.v1.MapKind} kind
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.kind = 0;

            /**
             * TextureBegin width.
             * @member {number} width
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.width = 0;

            /**
             * TextureBegin height.
             * @member {number} height
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.height = 0;

            /**
             * TextureBegin encoding.
             * @member {string} encoding
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.encoding = "";

            /**
             * TextureBegin colorSpace.
             * @member {fitme.v1.ColorSpace} colorSpace
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.colorSpace = 0;

            /**
             * TextureBegin bitDepth.
             * @member {number} bitDepth
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.bitDepth = 0;

            /**
             * TextureBegin channels.
             * @member {number} channels
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.channels = 0;

            /**
             * TextureBegin totalBytes.
             * @member {number|Long} totalBytes
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TextureBegin chunkCount.
             * @member {number} chunkCount
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.chunkCount = 0;

            /**
             * TextureBegin crc32.
             * @member {number} crc32
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.crc32 = 0;

            /**
             * TextureBegin sha256.
             * @member {Uint8Array} sha256
             * @memberof fitme.v1.TextureBegin
             * @instance
             */
            TextureBegin.prototype.sha256 = $util.newBuffer([]);

            /**
             * Creates a new TextureBegin instance using the specified properties.
             * @function create
             * @memberof fitme.v1.TextureBegin
             * @static
             * @param {fitme.v1.ITextureBegin=} [properties] Properties to set
             * @returns {fitme.v1.TextureBegin} TextureBegin instance
             */
            TextureBegin.create = function create(properties) {
                return new TextureBegin(properties);
            };

            /**
             * Encodes the specified TextureBegin message. Does not implicitly {@link fitme.v1.TextureBegin.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.TextureBegin
             * @static
             * @param {fitme.v1.ITextureBegin} message TextureBegin message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TextureBegin.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.textureId != null && Object.hasOwnProperty.call(message, "textureId"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.textureId);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.width);
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.height);
                if (message.encoding != null && Object.hasOwnProperty.call(message, "encoding"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.encoding);
                if (message.colorSpace != null && Object.hasOwnProperty.call(message, "colorSpace"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.colorSpace);
                if (message.bitDepth != null && Object.hasOwnProperty.call(message, "bitDepth"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.bitDepth);
                if (message.channels != null && Object.hasOwnProperty.call(message, "channels"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.channels);
                if (message.totalBytes != null && Object.hasOwnProperty.call(message, "totalBytes"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.totalBytes);
                if (message.chunkCount != null && Object.hasOwnProperty.call(message, "chunkCount"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.chunkCount);
                if (message.crc32 != null && Object.hasOwnProperty.call(message, "crc32"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.crc32);
                if (message.sha256 != null && Object.hasOwnProperty.call(message, "sha256"))
                    writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.sha256);
                return writer;
            };

            /**
             * Decodes a TextureBegin message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.TextureBegin
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.TextureBegin} TextureBegin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TextureBegin.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.TextureBegin();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.textureId = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.kind = reader.int32();
                            break;
                        }
                    case 4: {
                            message.width = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.height = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.encoding = reader.string();
                            break;
                        }
                    case 7: {
                            message.colorSpace = reader.int32();
                            break;
                        }
                    case 8: {
                            message.bitDepth = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.channels = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.totalBytes = reader.uint64();
                            break;
                        }
                    case 11: {
                            message.chunkCount = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.crc32 = reader.uint32();
                            break;
                        }
                    case 13: {
                            message.sha256 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a TextureBegin message.
             * @function verify
             * @memberof fitme.v1.TextureBegin
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TextureBegin.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.textureId != null && Object.hasOwnProperty.call(message, "textureId"))
                    if (!$util.isInteger(message.textureId))
                        return "textureId: integer expected";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    switch (message.kind) {
                    default:
                        return "kind: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                        break;
                    }
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.encoding != null && Object.hasOwnProperty.call(message, "encoding"))
                    if (!$util.isString(message.encoding))
                        return "encoding: string expected";
                if (message.colorSpace != null && Object.hasOwnProperty.call(message, "colorSpace"))
                    switch (message.colorSpace) {
                    default:
                        return "colorSpace: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.bitDepth != null && Object.hasOwnProperty.call(message, "bitDepth"))
                    if (!$util.isInteger(message.bitDepth))
                        return "bitDepth: integer expected";
                if (message.channels != null && Object.hasOwnProperty.call(message, "channels"))
                    if (!$util.isInteger(message.channels))
                        return "channels: integer expected";
                if (message.totalBytes != null && Object.hasOwnProperty.call(message, "totalBytes"))
                    if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                        return "totalBytes: integer|Long expected";
                if (message.chunkCount != null && Object.hasOwnProperty.call(message, "chunkCount"))
                    if (!$util.isInteger(message.chunkCount))
                        return "chunkCount: integer expected";
                if (message.crc32 != null && Object.hasOwnProperty.call(message, "crc32"))
                    if (!$util.isInteger(message.crc32))
                        return "crc32: integer expected";
                if (message.sha256 != null && Object.hasOwnProperty.call(message, "sha256"))
                    if (!(message.sha256 && typeof message.sha256.length === "number" || $util.isString(message.sha256)))
                        return "sha256: buffer expected";
                return null;
            };

            /**
             * Creates a TextureBegin message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.TextureBegin
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.TextureBegin} TextureBegin
             */
            TextureBegin.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.TextureBegin)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.TextureBegin: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.TextureBegin();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.textureId != null)
                    message.textureId = object.textureId >>> 0;
                switch (object.kind) {
                default:
                    if (typeof object.kind === "number") {
                        message.kind = object.kind;
                        break;
                    }
                    break;
                case "MAP_KIND_UNSPECIFIED":
                case 0:
                    message.kind = 0;
                    break;
                case "MAP_KIND_ALBEDO":
                case 1:
                    message.kind = 1;
                    break;
                case "MAP_KIND_SPECULAR":
                case 2:
                    message.kind = 2;
                    break;
                case "MAP_KIND_NORMAL":
                case 3:
                    message.kind = 3;
                    break;
                case "MAP_KIND_ROUGHNESS":
                case 4:
                    message.kind = 4;
                    break;
                case "MAP_KIND_CONFIDENCE":
                case 5:
                    message.kind = 5;
                    break;
                }
                if (object.width != null)
                    message.width = object.width >>> 0;
                if (object.height != null)
                    message.height = object.height >>> 0;
                if (object.encoding != null)
                    message.encoding = String(object.encoding);
                switch (object.colorSpace) {
                default:
                    if (typeof object.colorSpace === "number") {
                        message.colorSpace = object.colorSpace;
                        break;
                    }
                    break;
                case "COLOR_SPACE_UNSPECIFIED":
                case 0:
                    message.colorSpace = 0;
                    break;
                case "COLOR_SPACE_SRGB":
                case 1:
                    message.colorSpace = 1;
                    break;
                case "COLOR_SPACE_LINEAR":
                case 2:
                    message.colorSpace = 2;
                    break;
                }
                if (object.bitDepth != null)
                    message.bitDepth = object.bitDepth >>> 0;
                if (object.channels != null)
                    message.channels = object.channels >>> 0;
                if (object.totalBytes != null)
                    if ($util.Long)
                        message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                    else if (typeof object.totalBytes === "string")
                        message.totalBytes = parseInt(object.totalBytes, 10);
                    else if (typeof object.totalBytes === "number")
                        message.totalBytes = object.totalBytes;
                    else if (typeof object.totalBytes === "object")
                        message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                if (object.chunkCount != null)
                    message.chunkCount = object.chunkCount >>> 0;
                if (object.crc32 != null)
                    message.crc32 = object.crc32 >>> 0;
                if (object.sha256 != null)
                    if (typeof object.sha256 === "string")
                        $util.base64.decode(object.sha256, message.sha256 = $util.newBuffer($util.base64.length(object.sha256)), 0);
                    else if (object.sha256.length >= 0)
                        message.sha256 = object.sha256;
                return message;
            };

            /**
             * Creates a plain object from a TextureBegin message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.TextureBegin
             * @static
             * @param {fitme.v1.TextureBegin} message TextureBegin
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TextureBegin.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.textureId = 0;
                    object.kind = options.enums === String ? "MAP_KIND_UNSPECIFIED" : 0;
                    object.width = 0;
                    object.height = 0;
                    object.encoding = "";
                    object.colorSpace = options.enums === String ? "COLOR_SPACE_UNSPECIFIED" : 0;
                    object.bitDepth = 0;
                    object.channels = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.totalBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.chunkCount = 0;
                    object.crc32 = 0;
                    if (options.bytes === String)
                        object.sha256 = "";
                    else {
                        object.sha256 = [];
                        if (options.bytes !== Array)
                            object.sha256 = $util.newBuffer(object.sha256);
                    }
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.textureId != null && Object.hasOwnProperty.call(message, "textureId"))
                    object.textureId = message.textureId;
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === String ? $root.fitme.v1.MapKind[message.kind] === undefined ? message.kind : $root.fitme.v1.MapKind[message.kind] : message.kind;
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.encoding != null && Object.hasOwnProperty.call(message, "encoding"))
                    object.encoding = message.encoding;
                if (message.colorSpace != null && Object.hasOwnProperty.call(message, "colorSpace"))
                    object.colorSpace = options.enums === String ? $root.fitme.v1.ColorSpace[message.colorSpace] === undefined ? message.colorSpace : $root.fitme.v1.ColorSpace[message.colorSpace] : message.colorSpace;
                if (message.bitDepth != null && Object.hasOwnProperty.call(message, "bitDepth"))
                    object.bitDepth = message.bitDepth;
                if (message.channels != null && Object.hasOwnProperty.call(message, "channels"))
                    object.channels = message.channels;
                if (message.totalBytes != null && Object.hasOwnProperty.call(message, "totalBytes"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.totalBytes = typeof message.totalBytes === "number" ? BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.totalBytes === "number")
                        object.totalBytes = options.longs === String ? String(message.totalBytes) : message.totalBytes;
                    else
                        object.totalBytes = options.longs === String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                if (message.chunkCount != null && Object.hasOwnProperty.call(message, "chunkCount"))
                    object.chunkCount = message.chunkCount;
                if (message.crc32 != null && Object.hasOwnProperty.call(message, "crc32"))
                    object.crc32 = message.crc32;
                if (message.sha256 != null && Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = options.bytes === String ? $util.base64.encode(message.sha256, 0, message.sha256.length) : options.bytes === Array ? Array.prototype.slice.call(message.sha256) : message.sha256;
                return object;
            };

            /**
             * Converts this TextureBegin to JSON.
             * @function toJSON
             * @memberof fitme.v1.TextureBegin
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TextureBegin.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TextureBegin
             * @function getTypeUrl
             * @memberof fitme.v1.TextureBegin
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TextureBegin.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.TextureBegin";
            };

            return TextureBegin;
        })();

        v1.TextureChunk = (function() {

            /**
             * Properties of a TextureChunk.
             * @memberof fitme.v1
             * @interface ITextureChunk
             * @property {string|null} [jobId] TextureChunk jobId
             * @property {number|null} [textureId] TextureChunk textureId
             * @property {number|null} [index] TextureChunk index
             * @property {number|Long|null} [offset] TextureChunk offset
             * @property {Uint8Array|null} [data] TextureChunk data
             * @property {number|null} [crc32] TextureChunk crc32
             */

            /**
             * Constructs a new TextureChunk.
             * @memberof fitme.v1
             * @classdesc Represents a TextureChunk.
             * @implements ITextureChunk
             * @constructor
             * @param {fitme.v1.ITextureChunk=} [properties] Properties to set
             */
            function TextureChunk(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TextureChunk jobId.
             * @member {string} jobId
             * @memberof fitme.v1.TextureChunk
             * @instance
             */
            TextureChunk.prototype.jobId = "";

            /**
             * TextureChunk textureId.
             * @member {number} textureId
             * @memberof fitme.v1.TextureChunk
             * @instance
             */
            TextureChunk.prototype.textureId = 0;

            /**
             * TextureChunk index.
             * @member {number} index
             * @memberof fitme.v1.TextureChunk
             * @instance
             */
            TextureChunk.prototype.index = 0;

            /**
             * TextureChunk offset.
             * @member {number|Long} offset
             * @memberof fitme.v1.TextureChunk
             * @instance
             */
            TextureChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TextureChunk data.
             * @member {Uint8Array} data
             * @memberof fitme.v1.TextureChunk
             * @instance
             */
            TextureChunk.prototype.data = $util.newBuffer([]);

            /**
             * TextureChunk crc32.
             * @member {number} crc32
             * @memberof fitme.v1.TextureChunk
             * @instance
             */
            TextureChunk.prototype.crc32 = 0;

            /**
             * Creates a new TextureChunk instance using the specified properties.
             * @function create
             * @memberof fitme.v1.TextureChunk
             * @static
             * @param {fitme.v1.ITextureChunk=} [properties] Properties to set
             * @returns {fitme.v1.TextureChunk} TextureChunk instance
             */
            TextureChunk.create = function create(properties) {
                return new TextureChunk(properties);
            };

            /**
             * Encodes the specified TextureChunk message. Does not implicitly {@link fitme.v1.TextureChunk.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.TextureChunk
             * @static
             * @param {fitme.v1.ITextureChunk} message TextureChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TextureChunk.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.textureId != null && Object.hasOwnProperty.call(message, "textureId"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.textureId);
                if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.index);
                if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.offset);
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.data);
                if (message.crc32 != null && Object.hasOwnProperty.call(message, "crc32"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.crc32);
                return writer;
            };

            /**
             * Decodes a TextureChunk message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.TextureChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.TextureChunk} TextureChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TextureChunk.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.TextureChunk();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.textureId = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.index = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.offset = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.data = reader.bytes();
                            break;
                        }
                    case 6: {
                            message.crc32 = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a TextureChunk message.
             * @function verify
             * @memberof fitme.v1.TextureChunk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TextureChunk.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.textureId != null && Object.hasOwnProperty.call(message, "textureId"))
                    if (!$util.isInteger(message.textureId))
                        return "textureId: integer expected";
                if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                    if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                        return "offset: integer|Long expected";
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                if (message.crc32 != null && Object.hasOwnProperty.call(message, "crc32"))
                    if (!$util.isInteger(message.crc32))
                        return "crc32: integer expected";
                return null;
            };

            /**
             * Creates a TextureChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.TextureChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.TextureChunk} TextureChunk
             */
            TextureChunk.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.TextureChunk)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.TextureChunk: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.TextureChunk();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.textureId != null)
                    message.textureId = object.textureId >>> 0;
                if (object.index != null)
                    message.index = object.index >>> 0;
                if (object.offset != null)
                    if ($util.Long)
                        message.offset = $util.Long.fromValue(object.offset, true);
                    else if (typeof object.offset === "string")
                        message.offset = parseInt(object.offset, 10);
                    else if (typeof object.offset === "number")
                        message.offset = object.offset;
                    else if (typeof object.offset === "object")
                        message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.data != null)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
                if (object.crc32 != null)
                    message.crc32 = object.crc32 >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TextureChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.TextureChunk
             * @static
             * @param {fitme.v1.TextureChunk} message TextureChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TextureChunk.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.textureId = 0;
                    object.index = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (options.bytes === String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.crc32 = 0;
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.textureId != null && Object.hasOwnProperty.call(message, "textureId"))
                    object.textureId = message.textureId;
                if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.offset = typeof message.offset === "number" ? BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === String ? String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === String ? $util.Long.prototype.toString.call(message.offset) : options.longs === Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === Array ? Array.prototype.slice.call(message.data) : message.data;
                if (message.crc32 != null && Object.hasOwnProperty.call(message, "crc32"))
                    object.crc32 = message.crc32;
                return object;
            };

            /**
             * Converts this TextureChunk to JSON.
             * @function toJSON
             * @memberof fitme.v1.TextureChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TextureChunk.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TextureChunk
             * @function getTypeUrl
             * @memberof fitme.v1.TextureChunk
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TextureChunk.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.TextureChunk";
            };

            return TextureChunk;
        })();

        v1.JobCompleted = (function() {

            /**
             * Properties of a JobCompleted.
             * @memberof fitme.v1
             * @interface IJobCompleted
             * @property {string|null} [jobId] JobCompleted jobId
             * @property {fitme.v1.ISummary|null} [summary] JobCompleted summary
             * @property {Array.<fitme.v1.IPhotoFit>|null} [photos] JobCompleted photos
             */

            /**
             * Constructs a new JobCompleted.
             * @memberof fitme.v1
             * @classdesc Represents a JobCompleted.
             * @implements IJobCompleted
             * @constructor
             * @param {fitme.v1.IJobCompleted=} [properties] Properties to set
             */
            function JobCompleted(properties) {
                this.photos = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * JobCompleted jobId.
             * @member {string} jobId
             * @memberof fitme.v1.JobCompleted
             * @instance
             */
            JobCompleted.prototype.jobId = "";

            /**
             * JobCompleted summary.
             * @member {fitme.v1.ISummary|null|undefined} summary
             * @memberof fitme.v1.JobCompleted
             * @instance
             */
            JobCompleted.prototype.summary = null;

            /**
             * JobCompleted photos.
             * @member {Array.<fitme.v1.IPhotoFit>} photos
             * @memberof fitme.v1.JobCompleted
             * @instance
             */
            JobCompleted.prototype.photos = $util.emptyArray;

            /**
             * Creates a new JobCompleted instance using the specified properties.
             * @function create
             * @memberof fitme.v1.JobCompleted
             * @static
             * @param {fitme.v1.IJobCompleted=} [properties] Properties to set
             * @returns {fitme.v1.JobCompleted} JobCompleted instance
             */
            JobCompleted.create = function create(properties) {
                return new JobCompleted(properties);
            };

            /**
             * Encodes the specified JobCompleted message. Does not implicitly {@link fitme.v1.JobCompleted.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.JobCompleted
             * @static
             * @param {fitme.v1.IJobCompleted} message JobCompleted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobCompleted.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.summary != null && Object.hasOwnProperty.call(message, "summary"))
                    $root.fitme.v1.Summary.encode(message.summary, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.photos != null && message.photos.length)
                    for (let i = 0; i < message.photos.length; ++i)
                        $root.fitme.v1.PhotoFit.encode(message.photos[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a JobCompleted message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.JobCompleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.JobCompleted} JobCompleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobCompleted.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.JobCompleted();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.summary = $root.fitme.v1.Summary.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            if (!(message.photos && message.photos.length))
                                message.photos = [];
                            message.photos.push($root.fitme.v1.PhotoFit.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a JobCompleted message.
             * @function verify
             * @memberof fitme.v1.JobCompleted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobCompleted.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.summary != null && Object.hasOwnProperty.call(message, "summary")) {
                    let error = $root.fitme.v1.Summary.verify(message.summary, long + 1);
                    if (error)
                        return "summary." + error;
                }
                if (message.photos != null && Object.hasOwnProperty.call(message, "photos")) {
                    if (!Array.isArray(message.photos))
                        return "photos: array expected";
                    for (let i = 0; i < message.photos.length; ++i) {
                        let error = $root.fitme.v1.PhotoFit.verify(message.photos[i], long + 1);
                        if (error)
                            return "photos." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a JobCompleted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.JobCompleted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.JobCompleted} JobCompleted
             */
            JobCompleted.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.JobCompleted)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.JobCompleted: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.JobCompleted();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.summary != null) {
                    if (!$util.isObject(object.summary))
                        throw TypeError(".fitme.v1.JobCompleted.summary: object expected");
                    message.summary = $root.fitme.v1.Summary.fromObject(object.summary, long + 1);
                }
                if (object.photos) {
                    if (!Array.isArray(object.photos))
                        throw TypeError(".fitme.v1.JobCompleted.photos: array expected");
                    message.photos = [];
                    for (let i = 0; i < object.photos.length; ++i) {
                        if (!$util.isObject(object.photos[i]))
                            throw TypeError(".fitme.v1.JobCompleted.photos: object expected");
                        message.photos[i] = $root.fitme.v1.PhotoFit.fromObject(object.photos[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a JobCompleted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.JobCompleted
             * @static
             * @param {fitme.v1.JobCompleted} message JobCompleted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobCompleted.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.photos = [];
                if (options.defaults) {
                    object.jobId = "";
                    object.summary = null;
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.summary != null && Object.hasOwnProperty.call(message, "summary"))
                    object.summary = $root.fitme.v1.Summary.toObject(message.summary, options, q + 1);
                if (message.photos && message.photos.length) {
                    object.photos = [];
                    for (let j = 0; j < message.photos.length; ++j)
                        object.photos[j] = $root.fitme.v1.PhotoFit.toObject(message.photos[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this JobCompleted to JSON.
             * @function toJSON
             * @memberof fitme.v1.JobCompleted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobCompleted.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for JobCompleted
             * @function getTypeUrl
             * @memberof fitme.v1.JobCompleted
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            JobCompleted.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.JobCompleted";
            };

            return JobCompleted;
        })();

        v1.Summary = (function() {

            /**
             * Properties of a Summary.
             * @memberof fitme.v1
             * @interface ISummary
             * @property {string|null} [model] Summary model
             * @property {number|null} [vertexCount] Summary vertexCount
             * @property {number|null} [triangleCount] Summary triangleCount
             * @property {number|null} [textureSize] Summary textureSize
             * @property {number|null} [durationMs] Summary durationMs
             * @property {Array.<fitme.v1.IStageTiming>|null} [timings] Summary timings
             * @property {Array.<string>|null} [warnings] Summary warnings
             * @property {string|null} [glbSha256] Summary glbSha256
             * @property {fitme.v1.ReflectancePreset|null} [reflectancePreset] Summary reflectancePreset
             * @property {number|null} [reflectanceIterations] Summary reflectanceIterations
             */

            /**
             * Constructs a new Summary.
             * @memberof fitme.v1
             * @classdesc Represents a Summary.
             * @implements ISummary
             * @constructor
             * @param {fitme.v1.ISummary=} [properties] Properties to set
             */
            function Summary(properties) {
                this.timings = [];
                this.warnings = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Summary model.
             * @member {string} model
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.model = "";

            /**
             * Summary vertexCount.
             * @member {number} vertexCount
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.vertexCount = 0;

            /**
             * Summary triangleCount.
             * @member {number} triangleCount
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.triangleCount = 0;

            /**
             * Summary textureSize.
             * @member {number} textureSize
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.textureSize = 0;

            /**
             * Summary durationMs.
             * @member {number} durationMs
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.durationMs = 0;

            /**
             * Summary timings.
             * @member {Array.<fitme.v1.IStageTiming>} timings
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.timings = $util.emptyArray;

            /**
             * Summary warnings.
             * @member {Array.<string>} warnings
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.warnings = $util.emptyArray;

            /**
             * Summary glbSha256.
             * @member {string} glbSha256
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.glbSha256 = "";

            /**
             * Summary reflectancePreset.
             * @member {fitme.v1.ReflectancePreset} reflectancePreset
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.reflectancePreset = 0;

            /**
             * Summary reflectanceIterations.
             * @member {number} reflectanceIterations
             * @memberof fitme.v1.Summary
             * @instance
             */
            Summary.prototype.reflectanceIterations = 0;

            /**
             * Creates a new Summary instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Summary
             * @static
             * @param {fitme.v1.ISummary=} [properties] Properties to set
             * @returns {fitme.v1.Summary} Summary instance
             */
            Summary.create = function create(properties) {
                return new Summary(properties);
            };

            /**
             * Encodes the specified Summary message. Does not implicitly {@link fitme.v1.Summary.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Summary
             * @static
             * @param {fitme.v1.ISummary} message Summary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Summary.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.vertexCount != null && Object.hasOwnProperty.call(message, "vertexCount"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.vertexCount);
                if (message.triangleCount != null && Object.hasOwnProperty.call(message, "triangleCount"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.triangleCount);
                if (message.textureSize != null && Object.hasOwnProperty.call(message, "textureSize"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.textureSize);
                if (message.durationMs != null && Object.hasOwnProperty.call(message, "durationMs"))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.durationMs);
                if (message.timings != null && message.timings.length)
                    for (let i = 0; i < message.timings.length; ++i)
                        $root.fitme.v1.StageTiming.encode(message.timings[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.warnings != null && message.warnings.length)
                    for (let i = 0; i < message.warnings.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.warnings[i]);
                if (message.glbSha256 != null && Object.hasOwnProperty.call(message, "glbSha256"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.glbSha256);
                if (message.reflectancePreset != null && Object.hasOwnProperty.call(message, "reflectancePreset"))
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.reflectancePreset);
                if (message.reflectanceIterations != null && Object.hasOwnProperty.call(message, "reflectanceIterations"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.reflectanceIterations);
                return writer;
            };

            /**
             * Decodes a Summary message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Summary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Summary} Summary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Summary.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Summary();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.model = reader.string();
                            break;
                        }
                    case 2: {
                            message.vertexCount = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.triangleCount = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.textureSize = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.durationMs = reader.double();
                            break;
                        }
                    case 6: {
                            if (!(message.timings && message.timings.length))
                                message.timings = [];
                            message.timings.push($root.fitme.v1.StageTiming.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 7: {
                            if (!(message.warnings && message.warnings.length))
                                message.warnings = [];
                            message.warnings.push(reader.string());
                            break;
                        }
                    case 8: {
                            message.glbSha256 = reader.string();
                            break;
                        }
                    case 9: {
                            message.reflectancePreset = reader.int32();
                            break;
                        }
                    case 10: {
                            message.reflectanceIterations = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Summary message.
             * @function verify
             * @memberof fitme.v1.Summary
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Summary.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.vertexCount != null && Object.hasOwnProperty.call(message, "vertexCount"))
                    if (!$util.isInteger(message.vertexCount))
                        return "vertexCount: integer expected";
                if (message.triangleCount != null && Object.hasOwnProperty.call(message, "triangleCount"))
                    if (!$util.isInteger(message.triangleCount))
                        return "triangleCount: integer expected";
                if (message.textureSize != null && Object.hasOwnProperty.call(message, "textureSize"))
                    if (!$util.isInteger(message.textureSize))
                        return "textureSize: integer expected";
                if (message.durationMs != null && Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof message.durationMs !== "number")
                        return "durationMs: number expected";
                if (message.timings != null && Object.hasOwnProperty.call(message, "timings")) {
                    if (!Array.isArray(message.timings))
                        return "timings: array expected";
                    for (let i = 0; i < message.timings.length; ++i) {
                        let error = $root.fitme.v1.StageTiming.verify(message.timings[i], long + 1);
                        if (error)
                            return "timings." + error;
                    }
                }
                if (message.warnings != null && Object.hasOwnProperty.call(message, "warnings")) {
                    if (!Array.isArray(message.warnings))
                        return "warnings: array expected";
                    for (let i = 0; i < message.warnings.length; ++i)
                        if (!$util.isString(message.warnings[i]))
                            return "warnings: string[] expected";
                }
                if (message.glbSha256 != null && Object.hasOwnProperty.call(message, "glbSha256"))
                    if (!$util.isString(message.glbSha256))
                        return "glbSha256: string expected";
                if (message.reflectancePreset != null && Object.hasOwnProperty.call(message, "reflectancePreset"))
                    switch (message.reflectancePreset) {
                    default:
                        return "reflectancePreset: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.reflectanceIterations != null && Object.hasOwnProperty.call(message, "reflectanceIterations"))
                    if (!$util.isInteger(message.reflectanceIterations))
                        return "reflectanceIterations: integer expected";
                return null;
            };

            /**
             * Creates a Summary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Summary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Summary} Summary
             */
            Summary.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Summary)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Summary: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Summary();
                if (object.model != null)
                    message.model = String(object.model);
                if (object.vertexCount != null)
                    message.vertexCount = object.vertexCount >>> 0;
                if (object.triangleCount != null)
                    message.triangleCount = object.triangleCount >>> 0;
                if (object.textureSize != null)
                    message.textureSize = object.textureSize >>> 0;
                if (object.durationMs != null)
                    message.durationMs = Number(object.durationMs);
                if (object.timings) {
                    if (!Array.isArray(object.timings))
                        throw TypeError(".fitme.v1.Summary.timings: array expected");
                    message.timings = [];
                    for (let i = 0; i < object.timings.length; ++i) {
                        if (!$util.isObject(object.timings[i]))
                            throw TypeError(".fitme.v1.Summary.timings: object expected");
                        message.timings[i] = $root.fitme.v1.StageTiming.fromObject(object.timings[i], long + 1);
                    }
                }
                if (object.warnings) {
                    if (!Array.isArray(object.warnings))
                        throw TypeError(".fitme.v1.Summary.warnings: array expected");
                    message.warnings = [];
                    for (let i = 0; i < object.warnings.length; ++i)
                        message.warnings[i] = String(object.warnings[i]);
                }
                if (object.glbSha256 != null)
                    message.glbSha256 = String(object.glbSha256);
                switch (object.reflectancePreset) {
                default:
                    if (typeof object.reflectancePreset === "number") {
                        message.reflectancePreset = object.reflectancePreset;
                        break;
                    }
                    break;
                case "REFLECTANCE_PRESET_DEFAULT":
                case 0:
                    message.reflectancePreset = 0;
                    break;
                case "REFLECTANCE_PRESET_FAST":
                case 1:
                    message.reflectancePreset = 1;
                    break;
                case "REFLECTANCE_PRESET_QUALITY":
                case 2:
                    message.reflectancePreset = 2;
                    break;
                }
                if (object.reflectanceIterations != null)
                    message.reflectanceIterations = object.reflectanceIterations >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Summary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Summary
             * @static
             * @param {fitme.v1.Summary} message Summary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Summary.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.timings = [];
                    object.warnings = [];
                }
                if (options.defaults) {
                    object.model = "";
                    object.vertexCount = 0;
                    object.triangleCount = 0;
                    object.textureSize = 0;
                    object.durationMs = 0;
                    object.glbSha256 = "";
                    object.reflectancePreset = options.enums === String ? "REFLECTANCE_PRESET_DEFAULT" : 0;
                    object.reflectanceIterations = 0;
                }
                if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.vertexCount != null && Object.hasOwnProperty.call(message, "vertexCount"))
                    object.vertexCount = message.vertexCount;
                if (message.triangleCount != null && Object.hasOwnProperty.call(message, "triangleCount"))
                    object.triangleCount = message.triangleCount;
                if (message.textureSize != null && Object.hasOwnProperty.call(message, "textureSize"))
                    object.textureSize = message.textureSize;
                if (message.durationMs != null && Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = options.json && !isFinite(message.durationMs) ? String(message.durationMs) : message.durationMs;
                if (message.timings && message.timings.length) {
                    object.timings = [];
                    for (let j = 0; j < message.timings.length; ++j)
                        object.timings[j] = $root.fitme.v1.StageTiming.toObject(message.timings[j], options, q + 1);
                }
                if (message.warnings && message.warnings.length) {
                    object.warnings = [];
                    for (let j = 0; j < message.warnings.length; ++j)
                        object.warnings[j] = message.warnings[j];
                }
                if (message.glbSha256 != null && Object.hasOwnProperty.call(message, "glbSha256"))
                    object.glbSha256 = message.glbSha256;
                if (message.reflectancePreset != null && Object.hasOwnProperty.call(message, "reflectancePreset"))
                    object.reflectancePreset = options.enums === String ? $root.fitme.v1.ReflectancePreset[message.reflectancePreset] === undefined ? message.reflectancePreset : $root.fitme.v1.ReflectancePreset[message.reflectancePreset] : message.reflectancePreset;
                if (message.reflectanceIterations != null && Object.hasOwnProperty.call(message, "reflectanceIterations"))
                    object.reflectanceIterations = message.reflectanceIterations;
                return object;
            };

            /**
             * Converts this Summary to JSON.
             * @function toJSON
             * @memberof fitme.v1.Summary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Summary.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Summary
             * @function getTypeUrl
             * @memberof fitme.v1.Summary
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Summary.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Summary";
            };

            return Summary;
        })();

        v1.StageTiming = (function() {

            /**
             * Properties of a StageTiming.
             * @memberof fitme.v1
             * @interface IStageTiming
             * @property {fitme.v1.Stage|null} [stage] StageTiming stage
             * @property {number|null} [ms] StageTiming ms
             */

            /**
             * Constructs a new StageTiming.
             * @memberof fitme.v1
             * @classdesc Represents a StageTiming.
             * @implements IStageTiming
             * @constructor
             * @param {fitme.v1.IStageTiming=} [properties] Properties to set
             */
            function StageTiming(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StageTiming stage.
             * @member {fitme.v1.Stage} stage
             * @memberof fitme.v1.StageTiming
             * @instance
             */
            StageTiming.prototype.stage = 0;

            /**
             * StageTiming ms.
             * @member {number} ms
             * @memberof fitme.v1.StageTiming
             * @instance
             */
            StageTiming.prototype.ms = 0;

            /**
             * Creates a new StageTiming instance using the specified properties.
             * @function create
             * @memberof fitme.v1.StageTiming
             * @static
             * @param {fitme.v1.IStageTiming=} [properties] Properties to set
             * @returns {fitme.v1.StageTiming} StageTiming instance
             */
            StageTiming.create = function create(properties) {
                return new StageTiming(properties);
            };

            /**
             * Encodes the specified StageTiming message. Does not implicitly {@link fitme.v1.StageTiming.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.StageTiming
             * @static
             * @param {fitme.v1.IStageTiming} message StageTiming message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StageTiming.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.stage != null && Object.hasOwnProperty.call(message, "stage"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.stage);
                if (message.ms != null && Object.hasOwnProperty.call(message, "ms"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.ms);
                return writer;
            };

            /**
             * Decodes a StageTiming message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.StageTiming
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.StageTiming} StageTiming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StageTiming.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.StageTiming();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.stage = reader.int32();
                            break;
                        }
                    case 2: {
                            message.ms = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a StageTiming message.
             * @function verify
             * @memberof fitme.v1.StageTiming
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StageTiming.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.stage != null && Object.hasOwnProperty.call(message, "stage"))
                    switch (message.stage) {
                    default:
                        return "stage: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                        break;
                    }
                if (message.ms != null && Object.hasOwnProperty.call(message, "ms"))
                    if (typeof message.ms !== "number")
                        return "ms: number expected";
                return null;
            };

            /**
             * Creates a StageTiming message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.StageTiming
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.StageTiming} StageTiming
             */
            StageTiming.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.StageTiming)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.StageTiming: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.StageTiming();
                switch (object.stage) {
                default:
                    if (typeof object.stage === "number") {
                        message.stage = object.stage;
                        break;
                    }
                    break;
                case "STAGE_UNSPECIFIED":
                case 0:
                    message.stage = 0;
                    break;
                case "STAGE_QUEUED":
                case 1:
                    message.stage = 1;
                    break;
                case "STAGE_DECODE":
                case 2:
                    message.stage = 2;
                    break;
                case "STAGE_DETECT":
                case 3:
                    message.stage = 3;
                    break;
                case "STAGE_GEOMETRY":
                case 4:
                    message.stage = 4;
                    break;
                case "STAGE_REFLECTANCE":
                case 5:
                    message.stage = 5;
                    break;
                case "STAGE_EXPORT":
                case 6:
                    message.stage = 6;
                    break;
                case "STAGE_STREAM":
                case 7:
                    message.stage = 7;
                    break;
                }
                if (object.ms != null)
                    message.ms = Number(object.ms);
                return message;
            };

            /**
             * Creates a plain object from a StageTiming message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.StageTiming
             * @static
             * @param {fitme.v1.StageTiming} message StageTiming
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StageTiming.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.stage = options.enums === String ? "STAGE_UNSPECIFIED" : 0;
                    object.ms = 0;
                }
                if (message.stage != null && Object.hasOwnProperty.call(message, "stage"))
                    object.stage = options.enums === String ? $root.fitme.v1.Stage[message.stage] === undefined ? message.stage : $root.fitme.v1.Stage[message.stage] : message.stage;
                if (message.ms != null && Object.hasOwnProperty.call(message, "ms"))
                    object.ms = options.json && !isFinite(message.ms) ? String(message.ms) : message.ms;
                return object;
            };

            /**
             * Converts this StageTiming to JSON.
             * @function toJSON
             * @memberof fitme.v1.StageTiming
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StageTiming.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for StageTiming
             * @function getTypeUrl
             * @memberof fitme.v1.StageTiming
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StageTiming.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.StageTiming";
            };

            return StageTiming;
        })();

        v1.PhotoFit = (function() {

            /**
             * Properties of a PhotoFit.
             * @memberof fitme.v1
             * @interface IPhotoFit
             * @property {number|null} [photoIndex] PhotoFit photoIndex
             * @property {fitme.v1.ICamera|null} [camera] PhotoFit camera
             * @property {fitme.v1.ILighting|null} [lighting] PhotoFit lighting
             * @property {Array.<number>|null} [landmarks] PhotoFit landmarks
             * @property {number|null} [landmarkError] PhotoFit landmarkError
             * @property {number|null} [coverage] PhotoFit coverage
             */

            /**
             * Constructs a new PhotoFit.
             * @memberof fitme.v1
             * @classdesc Represents a PhotoFit.
             * @implements IPhotoFit
             * @constructor
             * @param {fitme.v1.IPhotoFit=} [properties] Properties to set
             */
            function PhotoFit(properties) {
                this.landmarks = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PhotoFit photoIndex.
             * @member {number} photoIndex
             * @memberof fitme.v1.PhotoFit
             * @instance
             */
            PhotoFit.prototype.photoIndex = 0;

            /**
             * PhotoFit camera.
             * @member {fitme.v1.ICamera|null|undefined} camera
             * @memberof fitme.v1.PhotoFit
             * @instance
             */
            PhotoFit.prototype.camera = null;

            /**
             * PhotoFit lighting.
             * @member {fitme.v1.ILighting|null|undefined} lighting
             * @memberof fitme.v1.PhotoFit
             * @instance
             */
            PhotoFit.prototype.lighting = null;

            /**
             * PhotoFit landmarks.
             * @member {Array.<number>} landmarks
             * @memberof fitme.v1.PhotoFit
             * @instance
             */
            PhotoFit.prototype.landmarks = $util.emptyArray;

            /**
             * PhotoFit landmarkError.
             * @member {number} landmarkError
             * @memberof fitme.v1.PhotoFit
             * @instance
             */
            PhotoFit.prototype.landmarkError = 0;

            /**
             * PhotoFit coverage.
             * @member {number} coverage
             * @memberof fitme.v1.PhotoFit
             * @instance
             */
            PhotoFit.prototype.coverage = 0;

            /**
             * Creates a new PhotoFit instance using the specified properties.
             * @function create
             * @memberof fitme.v1.PhotoFit
             * @static
             * @param {fitme.v1.IPhotoFit=} [properties] Properties to set
             * @returns {fitme.v1.PhotoFit} PhotoFit instance
             */
            PhotoFit.create = function create(properties) {
                return new PhotoFit(properties);
            };

            /**
             * Encodes the specified PhotoFit message. Does not implicitly {@link fitme.v1.PhotoFit.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.PhotoFit
             * @static
             * @param {fitme.v1.IPhotoFit} message PhotoFit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PhotoFit.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.photoIndex != null && Object.hasOwnProperty.call(message, "photoIndex"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.photoIndex);
                if (message.camera != null && Object.hasOwnProperty.call(message, "camera"))
                    $root.fitme.v1.Camera.encode(message.camera, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.lighting != null && Object.hasOwnProperty.call(message, "lighting"))
                    $root.fitme.v1.Lighting.encode(message.lighting, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.landmarks != null && message.landmarks.length) {
                    writer.uint32(/* id 4, wireType 2 =*/34).fork();
                    for (let i = 0; i < message.landmarks.length; ++i)
                        writer.float(message.landmarks[i]);
                    writer.ldelim();
                }
                if (message.landmarkError != null && Object.hasOwnProperty.call(message, "landmarkError"))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.landmarkError);
                if (message.coverage != null && Object.hasOwnProperty.call(message, "coverage"))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.coverage);
                return writer;
            };

            /**
             * Decodes a PhotoFit message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.PhotoFit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.PhotoFit} PhotoFit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PhotoFit.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.PhotoFit();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.photoIndex = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.camera = $root.fitme.v1.Camera.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.lighting = $root.fitme.v1.Lighting.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            if (!(message.landmarks && message.landmarks.length))
                                message.landmarks = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.landmarks.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.landmarks.push(reader.float());
                            break;
                        }
                    case 5: {
                            message.landmarkError = reader.float();
                            break;
                        }
                    case 6: {
                            message.coverage = reader.float();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a PhotoFit message.
             * @function verify
             * @memberof fitme.v1.PhotoFit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PhotoFit.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.photoIndex != null && Object.hasOwnProperty.call(message, "photoIndex"))
                    if (!$util.isInteger(message.photoIndex))
                        return "photoIndex: integer expected";
                if (message.camera != null && Object.hasOwnProperty.call(message, "camera")) {
                    let error = $root.fitme.v1.Camera.verify(message.camera, long + 1);
                    if (error)
                        return "camera." + error;
                }
                if (message.lighting != null && Object.hasOwnProperty.call(message, "lighting")) {
                    let error = $root.fitme.v1.Lighting.verify(message.lighting, long + 1);
                    if (error)
                        return "lighting." + error;
                }
                if (message.landmarks != null && Object.hasOwnProperty.call(message, "landmarks")) {
                    if (!Array.isArray(message.landmarks))
                        return "landmarks: array expected";
                    for (let i = 0; i < message.landmarks.length; ++i)
                        if (typeof message.landmarks[i] !== "number")
                            return "landmarks: number[] expected";
                }
                if (message.landmarkError != null && Object.hasOwnProperty.call(message, "landmarkError"))
                    if (typeof message.landmarkError !== "number")
                        return "landmarkError: number expected";
                if (message.coverage != null && Object.hasOwnProperty.call(message, "coverage"))
                    if (typeof message.coverage !== "number")
                        return "coverage: number expected";
                return null;
            };

            /**
             * Creates a PhotoFit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.PhotoFit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.PhotoFit} PhotoFit
             */
            PhotoFit.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.PhotoFit)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.PhotoFit: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.PhotoFit();
                if (object.photoIndex != null)
                    message.photoIndex = object.photoIndex >>> 0;
                if (object.camera != null) {
                    if (!$util.isObject(object.camera))
                        throw TypeError(".fitme.v1.PhotoFit.camera: object expected");
                    message.camera = $root.fitme.v1.Camera.fromObject(object.camera, long + 1);
                }
                if (object.lighting != null) {
                    if (!$util.isObject(object.lighting))
                        throw TypeError(".fitme.v1.PhotoFit.lighting: object expected");
                    message.lighting = $root.fitme.v1.Lighting.fromObject(object.lighting, long + 1);
                }
                if (object.landmarks) {
                    if (!Array.isArray(object.landmarks))
                        throw TypeError(".fitme.v1.PhotoFit.landmarks: array expected");
                    message.landmarks = [];
                    for (let i = 0; i < object.landmarks.length; ++i)
                        message.landmarks[i] = Number(object.landmarks[i]);
                }
                if (object.landmarkError != null)
                    message.landmarkError = Number(object.landmarkError);
                if (object.coverage != null)
                    message.coverage = Number(object.coverage);
                return message;
            };

            /**
             * Creates a plain object from a PhotoFit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.PhotoFit
             * @static
             * @param {fitme.v1.PhotoFit} message PhotoFit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PhotoFit.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.landmarks = [];
                if (options.defaults) {
                    object.photoIndex = 0;
                    object.camera = null;
                    object.lighting = null;
                    object.landmarkError = 0;
                    object.coverage = 0;
                }
                if (message.photoIndex != null && Object.hasOwnProperty.call(message, "photoIndex"))
                    object.photoIndex = message.photoIndex;
                if (message.camera != null && Object.hasOwnProperty.call(message, "camera"))
                    object.camera = $root.fitme.v1.Camera.toObject(message.camera, options, q + 1);
                if (message.lighting != null && Object.hasOwnProperty.call(message, "lighting"))
                    object.lighting = $root.fitme.v1.Lighting.toObject(message.lighting, options, q + 1);
                if (message.landmarks && message.landmarks.length) {
                    object.landmarks = [];
                    for (let j = 0; j < message.landmarks.length; ++j)
                        object.landmarks[j] = options.json && !isFinite(message.landmarks[j]) ? String(message.landmarks[j]) : message.landmarks[j];
                }
                if (message.landmarkError != null && Object.hasOwnProperty.call(message, "landmarkError"))
                    object.landmarkError = options.json && !isFinite(message.landmarkError) ? String(message.landmarkError) : message.landmarkError;
                if (message.coverage != null && Object.hasOwnProperty.call(message, "coverage"))
                    object.coverage = options.json && !isFinite(message.coverage) ? String(message.coverage) : message.coverage;
                return object;
            };

            /**
             * Converts this PhotoFit to JSON.
             * @function toJSON
             * @memberof fitme.v1.PhotoFit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PhotoFit.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PhotoFit
             * @function getTypeUrl
             * @memberof fitme.v1.PhotoFit
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PhotoFit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.PhotoFit";
            };

            return PhotoFit;
        })();

        v1.Camera = (function() {

            /**
             * Properties of a Camera.
             * @memberof fitme.v1
             * @interface ICamera
             * @property {number|null} [width] Camera width
             * @property {number|null} [height] Camera height
             * @property {number|null} [fx] Camera fx
             * @property {number|null} [fy] Camera fy
             * @property {number|null} [cx] Camera cx
             * @property {number|null} [cy] Camera cy
             * @property {Array.<number>|null} [rotation] Camera rotation
             * @property {Array.<number>|null} [translation] Camera translation
             */

            /**
             * Constructs a new Camera.
             * @memberof fitme.v1
             * @classdesc Represents a Camera.
             * @implements ICamera
             * @constructor
             * @param {fitme.v1.ICamera=} [properties] Properties to set
             */
            function Camera(properties) {
                this.rotation = [];
                this.translation = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Camera width.
             * @member {number} width
             * @memberof fitme.v1.Camera
             * @instance
             */
            Camera.prototype.width = 0;

            /**
             * Camera height.
             * @member {number} height
             * @memberof fitme.v1.Camera
             * @instance
             */
            Camera.prototype.height = 0;

            /**
             * Camera fx.
             * @member {number} fx
             * @memberof fitme.v1.Camera
             * @instance
             */
            Camera.prototype.fx = 0;

            /**
             * Camera fy.
             * @member {number} fy
             * @memberof fitme.v1.Camera
             * @instance
             */
            Camera.prototype.fy = 0;

            /**
             * Camera cx.
             * @member {number} cx
             * @memberof fitme.v1.Camera
             * @instance
             */
            Camera.prototype.cx = 0;

            /**
             * Camera cy.
             * @member {number} cy
             * @memberof fitme.v1.Camera
             * @instance
             */
            Camera.prototype.cy = 0;

            /**
             * Camera rotation.
             * @member {Array.<number>} rotation
             * @memberof fitme.v1.Camera
             * @instance
             */
            Camera.prototype.rotation = $util.emptyArray;

            /**
             * Camera translation.
             * @member {Array.<number>} translation
             * @memberof fitme.v1.Camera
             * @instance
             */
            Camera.prototype.translation = $util.emptyArray;

            /**
             * Creates a new Camera instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Camera
             * @static
             * @param {fitme.v1.ICamera=} [properties] Properties to set
             * @returns {fitme.v1.Camera} Camera instance
             */
            Camera.create = function create(properties) {
                return new Camera(properties);
            };

            /**
             * Encodes the specified Camera message. Does not implicitly {@link fitme.v1.Camera.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Camera
             * @static
             * @param {fitme.v1.ICamera} message Camera message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Camera.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.width);
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.height);
                if (message.fx != null && Object.hasOwnProperty.call(message, "fx"))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.fx);
                if (message.fy != null && Object.hasOwnProperty.call(message, "fy"))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.fy);
                if (message.cx != null && Object.hasOwnProperty.call(message, "cx"))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.cx);
                if (message.cy != null && Object.hasOwnProperty.call(message, "cy"))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.cy);
                if (message.rotation != null && message.rotation.length) {
                    writer.uint32(/* id 7, wireType 2 =*/58).fork();
                    for (let i = 0; i < message.rotation.length; ++i)
                        writer.float(message.rotation[i]);
                    writer.ldelim();
                }
                if (message.translation != null && message.translation.length) {
                    writer.uint32(/* id 8, wireType 2 =*/66).fork();
                    for (let i = 0; i < message.translation.length; ++i)
                        writer.float(message.translation[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Decodes a Camera message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Camera
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Camera} Camera
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Camera.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Camera();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.width = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.height = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.fx = reader.float();
                            break;
                        }
                    case 4: {
                            message.fy = reader.float();
                            break;
                        }
                    case 5: {
                            message.cx = reader.float();
                            break;
                        }
                    case 6: {
                            message.cy = reader.float();
                            break;
                        }
                    case 7: {
                            if (!(message.rotation && message.rotation.length))
                                message.rotation = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.rotation.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.rotation.push(reader.float());
                            break;
                        }
                    case 8: {
                            if (!(message.translation && message.translation.length))
                                message.translation = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.translation.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.translation.push(reader.float());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Camera message.
             * @function verify
             * @memberof fitme.v1.Camera
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Camera.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.fx != null && Object.hasOwnProperty.call(message, "fx"))
                    if (typeof message.fx !== "number")
                        return "fx: number expected";
                if (message.fy != null && Object.hasOwnProperty.call(message, "fy"))
                    if (typeof message.fy !== "number")
                        return "fy: number expected";
                if (message.cx != null && Object.hasOwnProperty.call(message, "cx"))
                    if (typeof message.cx !== "number")
                        return "cx: number expected";
                if (message.cy != null && Object.hasOwnProperty.call(message, "cy"))
                    if (typeof message.cy !== "number")
                        return "cy: number expected";
                if (message.rotation != null && Object.hasOwnProperty.call(message, "rotation")) {
                    if (!Array.isArray(message.rotation))
                        return "rotation: array expected";
                    for (let i = 0; i < message.rotation.length; ++i)
                        if (typeof message.rotation[i] !== "number")
                            return "rotation: number[] expected";
                }
                if (message.translation != null && Object.hasOwnProperty.call(message, "translation")) {
                    if (!Array.isArray(message.translation))
                        return "translation: array expected";
                    for (let i = 0; i < message.translation.length; ++i)
                        if (typeof message.translation[i] !== "number")
                            return "translation: number[] expected";
                }
                return null;
            };

            /**
             * Creates a Camera message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Camera
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Camera} Camera
             */
            Camera.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Camera)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Camera: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Camera();
                if (object.width != null)
                    message.width = object.width >>> 0;
                if (object.height != null)
                    message.height = object.height >>> 0;
                if (object.fx != null)
                    message.fx = Number(object.fx);
                if (object.fy != null)
                    message.fy = Number(object.fy);
                if (object.cx != null)
                    message.cx = Number(object.cx);
                if (object.cy != null)
                    message.cy = Number(object.cy);
                if (object.rotation) {
                    if (!Array.isArray(object.rotation))
                        throw TypeError(".fitme.v1.Camera.rotation: array expected");
                    message.rotation = [];
                    for (let i = 0; i < object.rotation.length; ++i)
                        message.rotation[i] = Number(object.rotation[i]);
                }
                if (object.translation) {
                    if (!Array.isArray(object.translation))
                        throw TypeError(".fitme.v1.Camera.translation: array expected");
                    message.translation = [];
                    for (let i = 0; i < object.translation.length; ++i)
                        message.translation[i] = Number(object.translation[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Camera message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Camera
             * @static
             * @param {fitme.v1.Camera} message Camera
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Camera.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.rotation = [];
                    object.translation = [];
                }
                if (options.defaults) {
                    object.width = 0;
                    object.height = 0;
                    object.fx = 0;
                    object.fy = 0;
                    object.cx = 0;
                    object.cy = 0;
                }
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.fx != null && Object.hasOwnProperty.call(message, "fx"))
                    object.fx = options.json && !isFinite(message.fx) ? String(message.fx) : message.fx;
                if (message.fy != null && Object.hasOwnProperty.call(message, "fy"))
                    object.fy = options.json && !isFinite(message.fy) ? String(message.fy) : message.fy;
                if (message.cx != null && Object.hasOwnProperty.call(message, "cx"))
                    object.cx = options.json && !isFinite(message.cx) ? String(message.cx) : message.cx;
                if (message.cy != null && Object.hasOwnProperty.call(message, "cy"))
                    object.cy = options.json && !isFinite(message.cy) ? String(message.cy) : message.cy;
                if (message.rotation && message.rotation.length) {
                    object.rotation = [];
                    for (let j = 0; j < message.rotation.length; ++j)
                        object.rotation[j] = options.json && !isFinite(message.rotation[j]) ? String(message.rotation[j]) : message.rotation[j];
                }
                if (message.translation && message.translation.length) {
                    object.translation = [];
                    for (let j = 0; j < message.translation.length; ++j)
                        object.translation[j] = options.json && !isFinite(message.translation[j]) ? String(message.translation[j]) : message.translation[j];
                }
                return object;
            };

            /**
             * Converts this Camera to JSON.
             * @function toJSON
             * @memberof fitme.v1.Camera
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Camera.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Camera
             * @function getTypeUrl
             * @memberof fitme.v1.Camera
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Camera.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Camera";
            };

            return Camera;
        })();

        v1.Lighting = (function() {

            /**
             * Properties of a Lighting.
             * @memberof fitme.v1
             * @interface ILighting
             * @property {Array.<number>|null} [sh] Lighting sh
             */

            /**
             * Constructs a new Lighting.
             * @memberof fitme.v1
             * @classdesc Represents a Lighting.
             * @implements ILighting
             * @constructor
             * @param {fitme.v1.ILighting=} [properties] Properties to set
             */
            function Lighting(properties) {
                this.sh = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Lighting sh.
             * @member {Array.<number>} sh
             * @memberof fitme.v1.Lighting
             * @instance
             */
            Lighting.prototype.sh = $util.emptyArray;

            /**
             * Creates a new Lighting instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Lighting
             * @static
             * @param {fitme.v1.ILighting=} [properties] Properties to set
             * @returns {fitme.v1.Lighting} Lighting instance
             */
            Lighting.create = function create(properties) {
                return new Lighting(properties);
            };

            /**
             * Encodes the specified Lighting message. Does not implicitly {@link fitme.v1.Lighting.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Lighting
             * @static
             * @param {fitme.v1.ILighting} message Lighting message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Lighting.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.sh != null && message.sh.length) {
                    writer.uint32(/* id 1, wireType 2 =*/10).fork();
                    for (let i = 0; i < message.sh.length; ++i)
                        writer.float(message.sh[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Decodes a Lighting message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Lighting
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Lighting} Lighting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Lighting.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Lighting();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.sh && message.sh.length))
                                message.sh = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.sh.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.sh.push(reader.float());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Lighting message.
             * @function verify
             * @memberof fitme.v1.Lighting
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Lighting.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.sh != null && Object.hasOwnProperty.call(message, "sh")) {
                    if (!Array.isArray(message.sh))
                        return "sh: array expected";
                    for (let i = 0; i < message.sh.length; ++i)
                        if (typeof message.sh[i] !== "number")
                            return "sh: number[] expected";
                }
                return null;
            };

            /**
             * Creates a Lighting message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Lighting
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Lighting} Lighting
             */
            Lighting.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Lighting)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Lighting: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Lighting();
                if (object.sh) {
                    if (!Array.isArray(object.sh))
                        throw TypeError(".fitme.v1.Lighting.sh: array expected");
                    message.sh = [];
                    for (let i = 0; i < object.sh.length; ++i)
                        message.sh[i] = Number(object.sh[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Lighting message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Lighting
             * @static
             * @param {fitme.v1.Lighting} message Lighting
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Lighting.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.sh = [];
                if (message.sh && message.sh.length) {
                    object.sh = [];
                    for (let j = 0; j < message.sh.length; ++j)
                        object.sh[j] = options.json && !isFinite(message.sh[j]) ? String(message.sh[j]) : message.sh[j];
                }
                return object;
            };

            /**
             * Converts this Lighting to JSON.
             * @function toJSON
             * @memberof fitme.v1.Lighting
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Lighting.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Lighting
             * @function getTypeUrl
             * @memberof fitme.v1.Lighting
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Lighting.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Lighting";
            };

            return Lighting;
        })();

        /**
         * ErrorCode enum.
         * @name fitme.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} ERROR_CODE_INTERNAL=1 ERROR_CODE_INTERNAL value
         * @property {number} ERROR_CODE_BAD_FRAME=2 ERROR_CODE_BAD_FRAME value
         * @property {number} ERROR_CODE_FRAME_TOO_LARGE=3 ERROR_CODE_FRAME_TOO_LARGE value
         * @property {number} ERROR_CODE_HANDSHAKE_REQUIRED=4 ERROR_CODE_HANDSHAKE_REQUIRED value
         * @property {number} ERROR_CODE_UNSUPPORTED_PROTOCOL=5 ERROR_CODE_UNSUPPORTED_PROTOCOL value
         * @property {number} ERROR_CODE_UNAUTHORIZED=6 ERROR_CODE_UNAUTHORIZED value
         * @property {number} ERROR_CODE_ORIGIN_REFUSED=7 ERROR_CODE_ORIGIN_REFUSED value
         * @property {number} ERROR_CODE_INVALID_REQUEST=8 ERROR_CODE_INVALID_REQUEST value
         * @property {number} ERROR_CODE_UNKNOWN_MODEL=9 ERROR_CODE_UNKNOWN_MODEL value
         * @property {number} ERROR_CODE_QUEUE_FULL=10 ERROR_CODE_QUEUE_FULL value
         * @property {number} ERROR_CODE_NOT_AN_IMAGE=11 ERROR_CODE_NOT_AN_IMAGE value
         * @property {number} ERROR_CODE_IMAGE_TRUNCATED=12 ERROR_CODE_IMAGE_TRUNCATED value
         * @property {number} ERROR_CODE_IMAGE_TOO_LARGE=13 ERROR_CODE_IMAGE_TOO_LARGE value
         * @property {number} ERROR_CODE_NO_FACE=14 ERROR_CODE_NO_FACE value
         * @property {number} ERROR_CODE_FACE_TOO_SMALL=15 ERROR_CODE_FACE_TOO_SMALL value
         * @property {number} ERROR_CODE_FACE_INDEX_OUT_OF_RANGE=16 ERROR_CODE_FACE_INDEX_OUT_OF_RANGE value
         * @property {number} ERROR_CODE_DIFFERENT_PEOPLE=17 ERROR_CODE_DIFFERENT_PEOPLE value
         * @property {number} ERROR_CODE_CANCELLED=18 ERROR_CODE_CANCELLED value
         * @property {number} ERROR_CODE_JOB_NOT_FOUND=19 ERROR_CODE_JOB_NOT_FOUND value
         * @property {number} ERROR_CODE_SHUTTING_DOWN=20 ERROR_CODE_SHUTTING_DOWN value
         */
        v1.ErrorCode = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ERROR_CODE_INTERNAL"] = 1;
            values[valuesById[2] = "ERROR_CODE_BAD_FRAME"] = 2;
            values[valuesById[3] = "ERROR_CODE_FRAME_TOO_LARGE"] = 3;
            values[valuesById[4] = "ERROR_CODE_HANDSHAKE_REQUIRED"] = 4;
            values[valuesById[5] = "ERROR_CODE_UNSUPPORTED_PROTOCOL"] = 5;
            values[valuesById[6] = "ERROR_CODE_UNAUTHORIZED"] = 6;
            values[valuesById[7] = "ERROR_CODE_ORIGIN_REFUSED"] = 7;
            values[valuesById[8] = "ERROR_CODE_INVALID_REQUEST"] = 8;
            values[valuesById[9] = "ERROR_CODE_UNKNOWN_MODEL"] = 9;
            values[valuesById[10] = "ERROR_CODE_QUEUE_FULL"] = 10;
            values[valuesById[11] = "ERROR_CODE_NOT_AN_IMAGE"] = 11;
            values[valuesById[12] = "ERROR_CODE_IMAGE_TRUNCATED"] = 12;
            values[valuesById[13] = "ERROR_CODE_IMAGE_TOO_LARGE"] = 13;
            values[valuesById[14] = "ERROR_CODE_NO_FACE"] = 14;
            values[valuesById[15] = "ERROR_CODE_FACE_TOO_SMALL"] = 15;
            values[valuesById[16] = "ERROR_CODE_FACE_INDEX_OUT_OF_RANGE"] = 16;
            values[valuesById[17] = "ERROR_CODE_DIFFERENT_PEOPLE"] = 17;
            values[valuesById[18] = "ERROR_CODE_CANCELLED"] = 18;
            values[valuesById[19] = "ERROR_CODE_JOB_NOT_FOUND"] = 19;
            values[valuesById[20] = "ERROR_CODE_SHUTTING_DOWN"] = 20;
            return values;
        })();

        v1.Failure = (function() {

            /**
             * Properties of a Failure.
             * @memberof fitme.v1
             * @interface IFailure
             * @property {string|null} [jobId] Failure jobId
             * @property {fitme.v1.ErrorCode|null} [code] Failure code
             * @property {string|null} [message] Failure message
             * @property {number|null} [photoIndex] Failure photoIndex
             * @property {boolean|null} [hasPhotoIndex] Failure hasPhotoIndex
             */

            /**
             * Constructs a new Failure.
             * @memberof fitme.v1
             * @classdesc Represents a Failure.
             * @implements IFailure
             * @constructor
             * @param {fitme.v1.IFailure=} [properties] Properties to set
             */
            function Failure(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Failure jobId.
             * @member {string} jobId
             * @memberof fitme.v1.Failure
             * @instance
             */
            Failure.prototype.jobId = "";

            /**
             * Failure code.
             * @member {fitme.v1.ErrorCode} code
             * @memberof fitme.v1.Failure
             * @instance
             */
            Failure.prototype.code = 0;

            /**
             * Failure message.
             * @member {string} message
             * @memberof fitme.v1.Failure
             * @instance
             */
            Failure.prototype.message = "";

            /**
             * Failure photoIndex.
             * @member {number} photoIndex
             * @memberof fitme.v1.Failure
             * @instance
             */
            Failure.prototype.photoIndex = 0;

            /**
             * Failure hasPhotoIndex.
             * @member {boolean} hasPhotoIndex
             * @memberof fitme.v1.Failure
             * @instance
             */
            Failure.prototype.hasPhotoIndex = false;

            /**
             * Creates a new Failure instance using the specified properties.
             * @function create
             * @memberof fitme.v1.Failure
             * @static
             * @param {fitme.v1.IFailure=} [properties] Properties to set
             * @returns {fitme.v1.Failure} Failure instance
             */
            Failure.create = function create(properties) {
                return new Failure(properties);
            };

            /**
             * Encodes the specified Failure message. Does not implicitly {@link fitme.v1.Failure.verify|verify} messages.
             * @function encode
             * @memberof fitme.v1.Failure
             * @static
             * @param {fitme.v1.IFailure} message Failure message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Failure.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.code);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.photoIndex != null && Object.hasOwnProperty.call(message, "photoIndex"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.photoIndex);
                if (message.hasPhotoIndex != null && Object.hasOwnProperty.call(message, "hasPhotoIndex"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.hasPhotoIndex);
                return writer;
            };

            /**
             * Decodes a Failure message from the specified reader or buffer.
             * @function decode
             * @memberof fitme.v1.Failure
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fitme.v1.Failure} Failure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Failure.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.fitme.v1.Failure();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.code = reader.int32();
                            break;
                        }
                    case 3: {
                            message.message = reader.string();
                            break;
                        }
                    case 4: {
                            message.photoIndex = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.hasPhotoIndex = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Failure message.
             * @function verify
             * @memberof fitme.v1.Failure
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Failure.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    switch (message.code) {
                    default:
                        return "code: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                    case 8:
                    case 9:
                    case 10:
                    case 11:
                    case 12:
                    case 13:
                    case 14:
                    case 15:
                    case 16:
                    case 17:
                    case 18:
                    case 19:
                    case 20:
                        break;
                    }
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.photoIndex != null && Object.hasOwnProperty.call(message, "photoIndex"))
                    if (!$util.isInteger(message.photoIndex))
                        return "photoIndex: integer expected";
                if (message.hasPhotoIndex != null && Object.hasOwnProperty.call(message, "hasPhotoIndex"))
                    if (typeof message.hasPhotoIndex !== "boolean")
                        return "hasPhotoIndex: boolean expected";
                return null;
            };

            /**
             * Creates a Failure message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof fitme.v1.Failure
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {fitme.v1.Failure} Failure
             */
            Failure.fromObject = function fromObject(object, long) {
                if (object instanceof $root.fitme.v1.Failure)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".fitme.v1.Failure: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.fitme.v1.Failure();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                switch (object.code) {
                default:
                    if (typeof object.code === "number") {
                        message.code = object.code;
                        break;
                    }
                    break;
                case "ERROR_CODE_UNSPECIFIED":
                case 0:
                    message.code = 0;
                    break;
                case "ERROR_CODE_INTERNAL":
                case 1:
                    message.code = 1;
                    break;
                case "ERROR_CODE_BAD_FRAME":
                case 2:
                    message.code = 2;
                    break;
                case "ERROR_CODE_FRAME_TOO_LARGE":
                case 3:
                    message.code = 3;
                    break;
                case "ERROR_CODE_HANDSHAKE_REQUIRED":
                case 4:
                    message.code = 4;
                    break;
                case "ERROR_CODE_UNSUPPORTED_PROTOCOL":
                case 5:
                    message.code = 5;
                    break;
                case "ERROR_CODE_UNAUTHORIZED":
                case 6:
                    message.code = 6;
                    break;
                case "ERROR_CODE_ORIGIN_REFUSED":
                case 7:
                    message.code = 7;
                    break;
                case "ERROR_CODE_INVALID_REQUEST":
                case 8:
                    message.code = 8;
                    break;
                case "ERROR_CODE_UNKNOWN_MODEL":
                case 9:
                    message.code = 9;
                    break;
                case "ERROR_CODE_QUEUE_FULL":
                case 10:
                    message.code = 10;
                    break;
                case "ERROR_CODE_NOT_AN_IMAGE":
                case 11:
                    message.code = 11;
                    break;
                case "ERROR_CODE_IMAGE_TRUNCATED":
                case 12:
                    message.code = 12;
                    break;
                case "ERROR_CODE_IMAGE_TOO_LARGE":
                case 13:
                    message.code = 13;
                    break;
                case "ERROR_CODE_NO_FACE":
                case 14:
                    message.code = 14;
                    break;
                case "ERROR_CODE_FACE_TOO_SMALL":
                case 15:
                    message.code = 15;
                    break;
                case "ERROR_CODE_FACE_INDEX_OUT_OF_RANGE":
                case 16:
                    message.code = 16;
                    break;
                case "ERROR_CODE_DIFFERENT_PEOPLE":
                case 17:
                    message.code = 17;
                    break;
                case "ERROR_CODE_CANCELLED":
                case 18:
                    message.code = 18;
                    break;
                case "ERROR_CODE_JOB_NOT_FOUND":
                case 19:
                    message.code = 19;
                    break;
                case "ERROR_CODE_SHUTTING_DOWN":
                case 20:
                    message.code = 20;
                    break;
                }
                if (object.message != null)
                    message.message = String(object.message);
                if (object.photoIndex != null)
                    message.photoIndex = object.photoIndex >>> 0;
                if (object.hasPhotoIndex != null)
                    message.hasPhotoIndex = Boolean(object.hasPhotoIndex);
                return message;
            };

            /**
             * Creates a plain object from a Failure message. Also converts values to other types if specified.
             * @function toObject
             * @memberof fitme.v1.Failure
             * @static
             * @param {fitme.v1.Failure} message Failure
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Failure.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.code = options.enums === String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.photoIndex = 0;
                    object.hasPhotoIndex = false;
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === String ? $root.fitme.v1.ErrorCode[message.code] === undefined ? message.code : $root.fitme.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.photoIndex != null && Object.hasOwnProperty.call(message, "photoIndex"))
                    object.photoIndex = message.photoIndex;
                if (message.hasPhotoIndex != null && Object.hasOwnProperty.call(message, "hasPhotoIndex"))
                    object.hasPhotoIndex = message.hasPhotoIndex;
                return object;
            };

            /**
             * Converts this Failure to JSON.
             * @function toJSON
             * @memberof fitme.v1.Failure
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Failure.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Failure
             * @function getTypeUrl
             * @memberof fitme.v1.Failure
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Failure.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/fitme.v1.Failure";
            };

            return Failure;
        })();

        return v1;
    })();

    return fitme;
})();

export { $root as default };
