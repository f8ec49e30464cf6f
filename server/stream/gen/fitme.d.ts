import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace fitme. */
export namespace fitme {

    /** Namespace v1. */
    namespace v1 {

        /** Properties of an Envelope. */
        interface IEnvelope {

            /** Envelope requestId */
            requestId?: (number|Long|null);

            /** Envelope hello */
            hello?: (fitme.v1.IHello|null);

            /** Envelope welcome */
            welcome?: (fitme.v1.IWelcome|null);

            /** Envelope generate */
            generate?: (fitme.v1.IGenerateAvatar|null);

            /** Envelope accepted */
            accepted?: (fitme.v1.IJobAccepted|null);

            /** Envelope progress */
            progress?: (fitme.v1.IProgress|null);

            /** Envelope preview */
            preview?: (fitme.v1.IPreview|null);

            /** Envelope mesh */
            mesh?: (fitme.v1.IMesh|null);

            /** Envelope textureBegin */
            textureBegin?: (fitme.v1.ITextureBegin|null);

            /** Envelope textureChunk */
            textureChunk?: (fitme.v1.ITextureChunk|null);

            /** Envelope completed */
            completed?: (fitme.v1.IJobCompleted|null);

            /** Envelope failure */
            failure?: (fitme.v1.IFailure|null);

            /** Envelope cancel */
            cancel?: (fitme.v1.ICancelJob|null);

            /** Envelope fetch */
            fetch?: (fitme.v1.IFetchResult|null);

            /** Envelope warning */
            warning?: (fitme.v1.IWarning|null);
        }

        /** Represents an Envelope. */
        class Envelope implements IEnvelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IEnvelope);

            /** Envelope requestId. */
            public requestId: (number|Long);

            /** Envelope hello. */
            public hello?: (fitme.v1.IHello|null);

            /** Envelope welcome. */
            public welcome?: (fitme.v1.IWelcome|null);

            /** Envelope generate. */
            public generate?: (fitme.v1.IGenerateAvatar|null);

            /** Envelope accepted. */
            public accepted?: (fitme.v1.IJobAccepted|null);

            /** Envelope progress. */
            public progress?: (fitme.v1.IProgress|null);

            /** Envelope preview. */
            public preview?: (fitme.v1.IPreview|null);

            /** Envelope mesh. */
            public mesh?: (fitme.v1.IMesh|null);

            /** Envelope textureBegin. */
            public textureBegin?: (fitme.v1.ITextureBegin|null);

            /** Envelope textureChunk. */
            public textureChunk?: (fitme.v1.ITextureChunk|null);

            /** Envelope completed. */
            public completed?: (fitme.v1.IJobCompleted|null);

            /** Envelope failure. */
            public failure?: (fitme.v1.IFailure|null);

            /** Envelope cancel. */
            public cancel?: (fitme.v1.ICancelJob|null);

            /** Envelope fetch. */
            public fetch?: (fitme.v1.IFetchResult|null);

            /** Envelope warning. */
            public warning?: (fitme.v1.IWarning|null);

            /** Envelope body. */
            public body?: ("hello"|"welcome"|"generate"|"accepted"|"progress"|"preview"|"mesh"|"textureBegin"|"textureChunk"|"completed"|"failure"|"cancel"|"fetch"|"warning");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            public static create(properties?: fitme.v1.IEnvelope): fitme.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link fitme.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IEnvelope, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Envelope;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Envelope
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Hello. */
        interface IHello {

            /** Hello protocolVersion */
            protocolVersion?: (number|null);

            /** Hello clientName */
            clientName?: (string|null);

            /** Hello clientVersion */
            clientVersion?: (string|null);

            /** Hello token */
            token?: (string|null);

            /** Hello sparseMorphTargets */
            sparseMorphTargets?: (boolean|null);
        }

        /** Represents a Hello. */
        class Hello implements IHello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IHello);

            /** Hello protocolVersion. */
            public protocolVersion: number;

            /** Hello clientName. */
            public clientName: string;

            /** Hello clientVersion. */
            public clientVersion: string;

            /** Hello token. */
            public token: string;

            /** Hello sparseMorphTargets. */
            public sparseMorphTargets: boolean;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            public static create(properties?: fitme.v1.IHello): fitme.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link fitme.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IHello, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Hello;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Hello
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Welcome. */
        interface IWelcome {

            /** Welcome protocolVersion */
            protocolVersion?: (number|null);

            /** Welcome serverVersion */
            serverVersion?: (string|null);

            /** Welcome models */
            models?: (fitme.v1.IModelInfo[]|null);

            /** Welcome defaultModel */
            defaultModel?: (string|null);

            /** Welcome backend */
            backend?: (string|null);

            /** Welcome limits */
            limits?: (fitme.v1.ILimits|null);
        }

        /** Represents a Welcome. */
        class Welcome implements IWelcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IWelcome);

            /** Welcome protocolVersion. */
            public protocolVersion: number;

            /** Welcome serverVersion. */
            public serverVersion: string;

            /** Welcome models. */
            public models: fitme.v1.IModelInfo[];

            /** Welcome defaultModel. */
            public defaultModel: string;

            /** Welcome backend. */
            public backend: string;

            /** Welcome limits. */
            public limits?: (fitme.v1.ILimits|null);

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            public static create(properties?: fitme.v1.IWelcome): fitme.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link fitme.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IWelcome, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Welcome;

            /**
             * Verifies a Welcome message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Welcome
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Welcome;

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @param message Welcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Welcome to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Welcome
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ModelInfo. */
        interface IModelInfo {

            /** ModelInfo id */
            id?: (string|null);

            /** ModelInfo description */
            description?: (string|null);

            /** ModelInfo vertexCount */
            vertexCount?: (number|null);

            /** ModelInfo triangleCount */
            triangleCount?: (number|null);

            /** ModelInfo morphTargetNames */
            morphTargetNames?: (string[]|null);
        }

        /** Represents a ModelInfo. */
        class ModelInfo implements IModelInfo {

            /**
             * Constructs a new ModelInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IModelInfo);

            /** ModelInfo id. */
            public id: string;

            /** ModelInfo description. */
            public description: string;

            /** ModelInfo vertexCount. */
            public vertexCount: number;

            /** ModelInfo triangleCount. */
            public triangleCount: number;

            /** ModelInfo morphTargetNames. */
            public morphTargetNames: string[];

            /**
             * Creates a new ModelInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelInfo instance
             */
            public static create(properties?: fitme.v1.IModelInfo): fitme.v1.ModelInfo;

            /**
             * Encodes the specified ModelInfo message. Does not implicitly {@link fitme.v1.ModelInfo.verify|verify} messages.
             * @param message ModelInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IModelInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ModelInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.ModelInfo;

            /**
             * Verifies a ModelInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ModelInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelInfo
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.ModelInfo;

            /**
             * Creates a plain object from a ModelInfo message. Also converts values to other types if specified.
             * @param message ModelInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.ModelInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ModelInfo
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Limits. */
        interface ILimits {

            /** Limits maxFrameBytes */
            maxFrameBytes?: (number|null);

            /** Limits maxPhotos */
            maxPhotos?: (number|null);

            /** Limits maxPhotoPixels */
            maxPhotoPixels?: (number|Long|null);

            /** Limits minTextureSize */
            minTextureSize?: (number|null);

            /** Limits maxTextureSize */
            maxTextureSize?: (number|null);

            /** Limits maxChunkBytes */
            maxChunkBytes?: (number|null);

            /** Limits maxQueuedJobs */
            maxQueuedJobs?: (number|null);
        }

        /** Represents a Limits. */
        class Limits implements ILimits {

            /**
             * Constructs a new Limits.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.ILimits);

            /** Limits maxFrameBytes. */
            public maxFrameBytes: number;

            /** Limits maxPhotos. */
            public maxPhotos: number;

            /** Limits maxPhotoPixels. */
            public maxPhotoPixels: (number|Long);

            /** Limits minTextureSize. */
            public minTextureSize: number;

            /** Limits maxTextureSize. */
            public maxTextureSize: number;

            /** Limits maxChunkBytes. */
            public maxChunkBytes: number;

            /** Limits maxQueuedJobs. */
            public maxQueuedJobs: number;

            /**
             * Creates a new Limits instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Limits instance
             */
            public static create(properties?: fitme.v1.ILimits): fitme.v1.Limits;

            /**
             * Encodes the specified Limits message. Does not implicitly {@link fitme.v1.Limits.verify|verify} messages.
             * @param message Limits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.ILimits, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Limits message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Limits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Limits;

            /**
             * Verifies a Limits message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Limits message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Limits
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Limits;

            /**
             * Creates a plain object from a Limits message. Also converts values to other types if specified.
             * @param message Limits
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Limits, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Limits to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Limits
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GenerateAvatar. */
        interface IGenerateAvatar {

            /** GenerateAvatar photos */
            photos?: (fitme.v1.IPhoto[]|null);

            /** GenerateAvatar options */
            options?: (fitme.v1.IOptions|null);
        }

        /** Represents a GenerateAvatar. */
        class GenerateAvatar implements IGenerateAvatar {

            /**
             * Constructs a new GenerateAvatar.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IGenerateAvatar);

            /** GenerateAvatar photos. */
            public photos: fitme.v1.IPhoto[];

            /** GenerateAvatar options. */
            public options?: (fitme.v1.IOptions|null);

            /**
             * Creates a new GenerateAvatar instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GenerateAvatar instance
             */
            public static create(properties?: fitme.v1.IGenerateAvatar): fitme.v1.GenerateAvatar;

            /**
             * Encodes the specified GenerateAvatar message. Does not implicitly {@link fitme.v1.GenerateAvatar.verify|verify} messages.
             * @param message GenerateAvatar message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IGenerateAvatar, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GenerateAvatar message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GenerateAvatar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.GenerateAvatar;

            /**
             * Verifies a GenerateAvatar message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GenerateAvatar message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GenerateAvatar
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.GenerateAvatar;

            /**
             * Creates a plain object from a GenerateAvatar message. Also converts values to other types if specified.
             * @param message GenerateAvatar
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.GenerateAvatar, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GenerateAvatar to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GenerateAvatar
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Photo. */
        interface IPhoto {

            /** Photo data */
            data?: (Uint8Array|null);

            /** Photo name */
            name?: (string|null);

            /** Photo faceIndex */
            faceIndex?: (number|null);
        }

        /** Represents a Photo. */
        class Photo implements IPhoto {

            /**
             * Constructs a new Photo.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IPhoto);

            /** Photo data. */
            public data: Uint8Array;

            /** Photo name. */
            public name: string;

            /** Photo faceIndex. */
            public faceIndex: number;

            /**
             * Creates a new Photo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Photo instance
             */
            public static create(properties?: fitme.v1.IPhoto): fitme.v1.Photo;

            /**
             * Encodes the specified Photo message. Does not implicitly {@link fitme.v1.Photo.verify|verify} messages.
             * @param message Photo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IPhoto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Photo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Photo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Photo;

            /**
             * Verifies a Photo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Photo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Photo
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Photo;

            /**
             * Creates a plain object from a Photo message. Also converts values to other types if specified.
             * @param message Photo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Photo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Photo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Photo
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Options. */
        interface IOptions {

            /** Options model */
            model?: (string|null);

            /** Options textureSize */
            textureSize?: (number|null);

            /** Options maps */
            maps?: (fitme.v1.MapKind[]|null);

            /** Options preview */
            preview?: (boolean|null);

            /** Options previewRateHz */
            previewRateHz?: (number|null);

            /** Options previewVertices */
            previewVertices?: (boolean|null);

            /** Options reflectancePreset */
            reflectancePreset?: (fitme.v1.ReflectancePreset|null);
        }

        /** Represents an Options. */
        class Options implements IOptions {

            /**
             * Constructs a new Options.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IOptions);

            /** Options model. */
            public model: string;

            /** Options textureSize. */
            public textureSize: number;

            /** Options maps. */
            public maps: fitme.v1.MapKind[];

            /** Options preview. */
            public preview: boolean;

            /** Options previewRateHz. */
            public previewRateHz: number;

            /** Options previewVertices. */
            public previewVertices: boolean;

            /** Options reflectancePreset. */
            public reflectancePreset: fitme.v1.ReflectancePreset;

            /**
             * Creates a new Options instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Options instance
             */
            public static create(properties?: fitme.v1.IOptions): fitme.v1.Options;

            /**
             * Encodes the specified Options message. Does not implicitly {@link fitme.v1.Options.verify|verify} messages.
             * @param message Options message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Options message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Options
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Options;

            /**
             * Verifies an Options message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Options message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Options
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Options;

            /**
             * Creates a plain object from an Options message. Also converts values to other types if specified.
             * @param message Options
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Options, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Options to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Options
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** ReflectancePreset enum. */
        enum ReflectancePreset {
            REFLECTANCE_PRESET_DEFAULT = 0,
            REFLECTANCE_PRESET_FAST = 1,
            REFLECTANCE_PRESET_QUALITY = 2
        }

        /** Properties of a CancelJob. */
        interface ICancelJob {

            /** CancelJob jobId */
            jobId?: (string|null);
        }

        /** Represents a CancelJob. */
        class CancelJob implements ICancelJob {

            /**
             * Constructs a new CancelJob.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.ICancelJob);

            /** CancelJob jobId. */
            public jobId: string;

            /**
             * Creates a new CancelJob instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelJob instance
             */
            public static create(properties?: fitme.v1.ICancelJob): fitme.v1.CancelJob;

            /**
             * Encodes the specified CancelJob message. Does not implicitly {@link fitme.v1.CancelJob.verify|verify} messages.
             * @param message CancelJob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.ICancelJob, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelJob message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CancelJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.CancelJob;

            /**
             * Verifies a CancelJob message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelJob message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelJob
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.CancelJob;

            /**
             * Creates a plain object from a CancelJob message. Also converts values to other types if specified.
             * @param message CancelJob
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.CancelJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelJob to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for CancelJob
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FetchResult. */
        interface IFetchResult {

            /** FetchResult jobId */
            jobId?: (string|null);

            /** FetchResult skipTextures */
            skipTextures?: (boolean|null);
        }

        /** Represents a FetchResult. */
        class FetchResult implements IFetchResult {

            /**
             * Constructs a new FetchResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IFetchResult);

            /** FetchResult jobId. */
            public jobId: string;

            /** FetchResult skipTextures. */
            public skipTextures: boolean;

            /**
             * Creates a new FetchResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FetchResult instance
             */
            public static create(properties?: fitme.v1.IFetchResult): fitme.v1.FetchResult;

            /**
             * Encodes the specified FetchResult message. Does not implicitly {@link fitme.v1.FetchResult.verify|verify} messages.
             * @param message FetchResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IFetchResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FetchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.FetchResult;

            /**
             * Verifies a FetchResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FetchResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FetchResult
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.FetchResult;

            /**
             * Creates a plain object from a FetchResult message. Also converts values to other types if specified.
             * @param message FetchResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.FetchResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FetchResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FetchResult
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a JobAccepted. */
        interface IJobAccepted {

            /** JobAccepted jobId */
            jobId?: (string|null);

            /** JobAccepted queuePosition */
            queuePosition?: (number|null);
        }

        /** Represents a JobAccepted. */
        class JobAccepted implements IJobAccepted {

            /**
             * Constructs a new JobAccepted.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IJobAccepted);

            /** JobAccepted jobId. */
            public jobId: string;

            /** JobAccepted queuePosition. */
            public queuePosition: number;

            /**
             * Creates a new JobAccepted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobAccepted instance
             */
            public static create(properties?: fitme.v1.IJobAccepted): fitme.v1.JobAccepted;

            /**
             * Encodes the specified JobAccepted message. Does not implicitly {@link fitme.v1.JobAccepted.verify|verify} messages.
             * @param message JobAccepted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IJobAccepted, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobAccepted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns JobAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.JobAccepted;

            /**
             * Verifies a JobAccepted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobAccepted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobAccepted
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.JobAccepted;

            /**
             * Creates a plain object from a JobAccepted message. Also converts values to other types if specified.
             * @param message JobAccepted
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.JobAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobAccepted to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for JobAccepted
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Stage enum. */
        enum Stage {
            STAGE_UNSPECIFIED = 0,
            STAGE_QUEUED = 1,
            STAGE_DECODE = 2,
            STAGE_DETECT = 3,
            STAGE_GEOMETRY = 4,
            STAGE_REFLECTANCE = 5,
            STAGE_EXPORT = 6,
            STAGE_STREAM = 7
        }

        /** Properties of a Progress. */
        interface IProgress {

            /** Progress jobId */
            jobId?: (string|null);

            /** Progress stage */
            stage?: (fitme.v1.Stage|null);

            /** Progress fraction */
            fraction?: (number|null);

            /** Progress message */
            message?: (string|null);
        }

        /** Represents a Progress. */
        class Progress implements IProgress {

            /**
             * Constructs a new Progress.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IProgress);

            /** Progress jobId. */
            public jobId: string;

            /** Progress stage. */
            public stage: fitme.v1.Stage;

            /** Progress fraction. */
            public fraction: number;

            /** Progress message. */
            public message: string;

            /**
             * Creates a new Progress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Progress instance
             */
            public static create(properties?: fitme.v1.IProgress): fitme.v1.Progress;

            /**
             * Encodes the specified Progress message. Does not implicitly {@link fitme.v1.Progress.verify|verify} messages.
             * @param message Progress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IProgress, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Progress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Progress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Progress;

            /**
             * Verifies a Progress message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Progress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Progress
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Progress;

            /**
             * Creates a plain object from a Progress message. Also converts values to other types if specified.
             * @param message Progress
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Progress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Progress to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Progress
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Preview. */
        interface IPreview {

            /** Preview jobId */
            jobId?: (string|null);

            /** Preview iteration */
            iteration?: (number|null);

            /** Preview image */
            image?: (Uint8Array|null);

            /** Preview imageEncoding */
            imageEncoding?: (string|null);

            /** Preview width */
            width?: (number|null);

            /** Preview height */
            height?: (number|null);

            /** Preview photoIndex */
            photoIndex?: (number|null);

            /** Preview positions */
            positions?: (number[]|null);

            /** Preview maps */
            maps?: (fitme.v1.IPreviewMap[]|null);
        }

        /** Represents a Preview. */
        class Preview implements IPreview {

            /**
             * Constructs a new Preview.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IPreview);

            /** Preview jobId. */
            public jobId: string;

            /** Preview iteration. */
            public iteration: number;

            /** Preview image. */
            public image: Uint8Array;

            /** Preview imageEncoding. */
            public imageEncoding: string;

            /** Preview width. */
            public width: number;

            /** Preview height. */
            public height: number;

            /** Preview photoIndex. */
            public photoIndex: number;

            /** Preview positions. */
            public positions: number[];

            /** Preview maps. */
            public maps: fitme.v1.IPreviewMap[];

            /**
             * Creates a new Preview instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Preview instance
             */
            public static create(properties?: fitme.v1.IPreview): fitme.v1.Preview;

            /**
             * Encodes the specified Preview message. Does not implicitly {@link fitme.v1.Preview.verify|verify} messages.
             * @param message Preview message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IPreview, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Preview message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Preview
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Preview;

            /**
             * Verifies a Preview message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Preview message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Preview
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Preview;

            /**
             * Creates a plain object from a Preview message. Also converts values to other types if specified.
             * @param message Preview
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Preview, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Preview to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Preview
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PreviewMap. */
        interface IPreviewMap {

            /** PreviewMap kind */
            kind?: (fitme.v1.MapKind|null);

            /** PreviewMap width */
            width?: (number|null);

            /** PreviewMap height */
            height?: (number|null);

            /** PreviewMap encoding */
            encoding?: (string|null);

            /** PreviewMap colorSpace */
            colorSpace?: (fitme.v1.ColorSpace|null);

            /** PreviewMap data */
            data?: (Uint8Array|null);
        }

        /** Represents a PreviewMap. */
        class PreviewMap implements IPreviewMap {

            /**
             * Constructs a new PreviewMap.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IPreviewMap);

            /** PreviewMap kind. */
            public kind: fitme.v1.MapKind;

            /** PreviewMap width. */
            public width: number;

            /** PreviewMap height. */
            public height: number;

            /** PreviewMap encoding. */
            public encoding: string;

            /** PreviewMap colorSpace. */
            public colorSpace: fitme.v1.ColorSpace;

            /** PreviewMap data. */
            public data: Uint8Array;

            /**
             * Creates a new PreviewMap instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PreviewMap instance
             */
            public static create(properties?: fitme.v1.IPreviewMap): fitme.v1.PreviewMap;

            /**
             * Encodes the specified PreviewMap message. Does not implicitly {@link fitme.v1.PreviewMap.verify|verify} messages.
             * @param message PreviewMap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IPreviewMap, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PreviewMap message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PreviewMap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.PreviewMap;

            /**
             * Verifies a PreviewMap message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PreviewMap message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PreviewMap
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.PreviewMap;

            /**
             * Creates a plain object from a PreviewMap message. Also converts values to other types if specified.
             * @param message PreviewMap
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.PreviewMap, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PreviewMap to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PreviewMap
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Warning. */
        interface IWarning {

            /** Warning jobId */
            jobId?: (string|null);

            /** Warning code */
            code?: (string|null);

            /** Warning message */
            message?: (string|null);
        }

        /** Represents a Warning. */
        class Warning implements IWarning {

            /**
             * Constructs a new Warning.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IWarning);

            /** Warning jobId. */
            public jobId: string;

            /** Warning code. */
            public code: string;

            /** Warning message. */
            public message: string;

            /**
             * Creates a new Warning instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Warning instance
             */
            public static create(properties?: fitme.v1.IWarning): fitme.v1.Warning;

            /**
             * Encodes the specified Warning message. Does not implicitly {@link fitme.v1.Warning.verify|verify} messages.
             * @param message Warning message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IWarning, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Warning message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Warning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Warning;

            /**
             * Verifies a Warning message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Warning message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Warning
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Warning;

            /**
             * Creates a plain object from a Warning message. Also converts values to other types if specified.
             * @param message Warning
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Warning, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Warning to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Warning
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Mesh. */
        interface IMesh {

            /** Mesh jobId */
            jobId?: (string|null);

            /** Mesh name */
            name?: (string|null);

            /** Mesh primitives */
            primitives?: (fitme.v1.IPrimitive[]|null);

            /** Mesh materials */
            materials?: (fitme.v1.IMaterial[]|null);

            /** Mesh targetNames */
            targetNames?: (string[]|null);

            /** Mesh lod */
            lod?: (number|null);
        }

        /** Represents a Mesh. */
        class Mesh implements IMesh {

            /**
             * Constructs a new Mesh.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IMesh);

            /** Mesh jobId. */
            public jobId: string;

            /** Mesh name. */
            public name: string;

            /** Mesh primitives. */
            public primitives: fitme.v1.IPrimitive[];

            /** Mesh materials. */
            public materials: fitme.v1.IMaterial[];

            /** Mesh targetNames. */
            public targetNames: string[];

            /** Mesh lod. */
            public lod: number;

            /**
             * Creates a new Mesh instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mesh instance
             */
            public static create(properties?: fitme.v1.IMesh): fitme.v1.Mesh;

            /**
             * Encodes the specified Mesh message. Does not implicitly {@link fitme.v1.Mesh.verify|verify} messages.
             * @param message Mesh message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IMesh, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mesh message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Mesh
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Mesh;

            /**
             * Verifies a Mesh message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Mesh message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Mesh
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Mesh;

            /**
             * Creates a plain object from a Mesh message. Also converts values to other types if specified.
             * @param message Mesh
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Mesh, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Mesh to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Mesh
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Primitive. */
        interface IPrimitive {

            /** Primitive name */
            name?: (string|null);

            /** Primitive positions */
            positions?: (number[]|null);

            /** Primitive normals */
            normals?: (number[]|null);

            /** Primitive tangents */
            tangents?: (number[]|null);

            /** Primitive uvs */
            uvs?: (number[]|null);

            /** Primitive indices */
            indices?: (number[]|null);

            /** Primitive material */
            material?: (number|null);

            /** Primitive targets */
            targets?: (fitme.v1.IMorphTarget[]|null);
        }

        /** Represents a Primitive. */
        class Primitive implements IPrimitive {

            /**
             * Constructs a new Primitive.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IPrimitive);

            /** Primitive name. */
            public name: string;

            /** Primitive positions. */
            public positions: number[];

            /** Primitive normals. */
            public normals: number[];

            /** Primitive tangents. */
            public tangents: number[];

            /** Primitive uvs. */
            public uvs: number[];

            /** Primitive indices. */
            public indices: number[];

            /** Primitive material. */
            public material: number;

            /** Primitive targets. */
            public targets: fitme.v1.IMorphTarget[];

            /**
             * Creates a new Primitive instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Primitive instance
             */
            public static create(properties?: fitme.v1.IPrimitive): fitme.v1.Primitive;

            /**
             * Encodes the specified Primitive message. Does not implicitly {@link fitme.v1.Primitive.verify|verify} messages.
             * @param message Primitive message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IPrimitive, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Primitive message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Primitive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Primitive;

            /**
             * Verifies a Primitive message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Primitive message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Primitive
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Primitive;

            /**
             * Creates a plain object from a Primitive message. Also converts values to other types if specified.
             * @param message Primitive
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Primitive, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Primitive to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Primitive
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a MorphTarget. */
        interface IMorphTarget {

            /** MorphTarget positionDeltas */
            positionDeltas?: (number[]|null);

            /** MorphTarget normalDeltas */
            normalDeltas?: (number[]|null);

            /** MorphTarget vertices */
            vertices?: (number[]|null);
        }

        /** Represents a MorphTarget. */
        class MorphTarget implements IMorphTarget {

            /**
             * Constructs a new MorphTarget.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IMorphTarget);

            /** MorphTarget positionDeltas. */
            public positionDeltas: number[];

            /** MorphTarget normalDeltas. */
            public normalDeltas: number[];

            /** MorphTarget vertices. */
            public vertices: number[];

            /**
             * Creates a new MorphTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MorphTarget instance
             */
            public static create(properties?: fitme.v1.IMorphTarget): fitme.v1.MorphTarget;

            /**
             * Encodes the specified MorphTarget message. Does not implicitly {@link fitme.v1.MorphTarget.verify|verify} messages.
             * @param message MorphTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IMorphTarget, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MorphTarget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns MorphTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.MorphTarget;

            /**
             * Verifies a MorphTarget message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MorphTarget message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MorphTarget
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.MorphTarget;

            /**
             * Creates a plain object from a MorphTarget message. Also converts values to other types if specified.
             * @param message MorphTarget
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.MorphTarget, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MorphTarget to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for MorphTarget
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Material. */
        interface IMaterial {

            /** Material name */
            name?: (string|null);

            /** Material baseColorFactor */
            baseColorFactor?: (number[]|null);

            /** Material metallic */
            metallic?: (number|null);

            /** Material roughness */
            roughness?: (number|null);

            /** Material specularFactor */
            specularFactor?: (number|null);

            /** Material baseColorTexture */
            baseColorTexture?: (number|null);

            /** Material normalTexture */
            normalTexture?: (number|null);

            /** Material specularTexture */
            specularTexture?: (number|null);

            /** Material roughnessTexture */
            roughnessTexture?: (number|null);
        }

        /** Represents a Material. */
        class Material implements IMaterial {

            /**
             * Constructs a new Material.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IMaterial);

            /** Material name. */
            public name: string;

            /** Material baseColorFactor. */
            public baseColorFactor: number[];

            /** Material metallic. */
            public metallic: number;

            /** Material roughness. */
            public roughness: number;

            /** Material specularFactor. */
            public specularFactor: number;

            /** Material baseColorTexture. */
            public baseColorTexture: number;

            /** Material normalTexture. */
            public normalTexture: number;

            /** Material specularTexture. */
            public specularTexture: number;

            /** Material roughnessTexture. */
            public roughnessTexture: number;

            /**
             * Creates a new Material instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Material instance
             */
            public static create(properties?: fitme.v1.IMaterial): fitme.v1.Material;

            /**
             * Encodes the specified Material message. Does not implicitly {@link fitme.v1.Material.verify|verify} messages.
             * @param message Material message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IMaterial, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Material message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Material
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Material;

            /**
             * Verifies a Material message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Material message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Material
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Material;

            /**
             * Creates a plain object from a Material message. Also converts values to other types if specified.
             * @param message Material
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Material, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Material to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Material
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** MapKind enum. */
        enum MapKind {
            MAP_KIND_UNSPECIFIED = 0,
            MAP_KIND_ALBEDO = 1,
            MAP_KIND_SPECULAR = 2,
            MAP_KIND_NORMAL = 3,
            MAP_KIND_ROUGHNESS = 4,
            MAP_KIND_CONFIDENCE = 5
        }

        /** ColorSpace enum. */
        enum ColorSpace {
            COLOR_SPACE_UNSPECIFIED = 0,
            COLOR_SPACE_SRGB = 1,
            COLOR_SPACE_LINEAR = 2
        }

        /** Properties of a TextureBegin. */
        interface ITextureBegin {

            /** TextureBegin jobId */
            jobId?: (string|null);

            /** TextureBegin textureId */
            textureId?: (number|null);

            /** TextureBegin kind */
            kind?: (fitme.v1.MapKind|null);

            /** TextureBegin width */
            width?: (number|null);

            /** TextureBegin height */
            height?: (number|null);

            /** TextureBegin encoding */
            encoding?: (string|null);

            /** TextureBegin colorSpace */
            colorSpace?: (fitme.v1.ColorSpace|null);

            /** TextureBegin bitDepth */
            bitDepth?: (number|null);

            /** TextureBegin channels */
            channels?: (number|null);

            /** TextureBegin totalBytes */
            totalBytes?: (number|Long|null);

            /** TextureBegin chunkCount */
            chunkCount?: (number|null);

            /** TextureBegin crc32 */
            crc32?: (number|null);

            /** TextureBegin sha256 */
            sha256?: (Uint8Array|null);
        }

        /** Represents a TextureBegin. */
        class TextureBegin implements ITextureBegin {

            /**
             * Constructs a new TextureBegin.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.ITextureBegin);

            /** TextureBegin jobId. */
            public jobId: string;

            /** TextureBegin textureId. */
            public textureId: number;

            /** TextureBegin kind. */
            public kind: fitme.v1.MapKind;

            /** TextureBegin width. */
            public width: number;

            /** TextureBegin height. */
            public height: number;

            /** TextureBegin encoding. */
            public encoding: string;

            /** TextureBegin colorSpace. */
            public colorSpace: fitme.v1.ColorSpace;

            /** TextureBegin bitDepth. */
            public bitDepth: number;

            /** TextureBegin channels. */
            public channels: number;

            /** TextureBegin totalBytes. */
            public totalBytes: (number|Long);

            /** TextureBegin chunkCount. */
            public chunkCount: number;

            /** TextureBegin crc32. */
            public crc32: number;

            /** TextureBegin sha256. */
            public sha256: Uint8Array;

            /**
             * Creates a new TextureBegin instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TextureBegin instance
             */
            public static create(properties?: fitme.v1.ITextureBegin): fitme.v1.TextureBegin;

            /**
             * Encodes the specified TextureBegin message. Does not implicitly {@link fitme.v1.TextureBegin.verify|verify} messages.
             * @param message TextureBegin message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.ITextureBegin, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TextureBegin message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TextureBegin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.TextureBegin;

            /**
             * Verifies a TextureBegin message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TextureBegin message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TextureBegin
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.TextureBegin;

            /**
             * Creates a plain object from a TextureBegin message. Also converts values to other types if specified.
             * @param message TextureBegin
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.TextureBegin, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TextureBegin to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TextureBegin
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TextureChunk. */
        interface ITextureChunk {

            /** TextureChunk jobId */
            jobId?: (string|null);

            /** TextureChunk textureId */
            textureId?: (number|null);

            /** TextureChunk index */
            index?: (number|null);

            /** TextureChunk offset */
            offset?: (number|Long|null);

            /** TextureChunk data */
            data?: (Uint8Array|null);

            /** TextureChunk crc32 */
            crc32?: (number|null);
        }

        /** Represents a TextureChunk. */
        class TextureChunk implements ITextureChunk {

            /**
             * Constructs a new TextureChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.ITextureChunk);

            /** TextureChunk jobId. */
            public jobId: string;

            /** TextureChunk textureId. */
            public textureId: number;

            /** TextureChunk index. */
            public index: number;

            /** TextureChunk offset. */
            public offset: (number|Long);

            /** TextureChunk data. */
            public data: Uint8Array;

            /** TextureChunk crc32. */
            public crc32: number;

            /**
             * Creates a new TextureChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TextureChunk instance
             */
            public static create(properties?: fitme.v1.ITextureChunk): fitme.v1.TextureChunk;

            /**
             * Encodes the specified TextureChunk message. Does not implicitly {@link fitme.v1.TextureChunk.verify|verify} messages.
             * @param message TextureChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.ITextureChunk, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TextureChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TextureChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.TextureChunk;

            /**
             * Verifies a TextureChunk message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TextureChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TextureChunk
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.TextureChunk;

            /**
             * Creates a plain object from a TextureChunk message. Also converts values to other types if specified.
             * @param message TextureChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.TextureChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TextureChunk to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TextureChunk
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a JobCompleted. */
        interface IJobCompleted {

            /** JobCompleted jobId */
            jobId?: (string|null);

            /** JobCompleted summary */
            summary?: (fitme.v1.ISummary|null);

            /** JobCompleted photos */
            photos?: (fitme.v1.IPhotoFit[]|null);
        }

        /** Represents a JobCompleted. */
        class JobCompleted implements IJobCompleted {

            /**
             * Constructs a new JobCompleted.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IJobCompleted);

            /** JobCompleted jobId. */
            public jobId: string;

            /** JobCompleted summary. */
            public summary?: (fitme.v1.ISummary|null);

            /** JobCompleted photos. */
            public photos: fitme.v1.IPhotoFit[];

            /**
             * Creates a new JobCompleted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobCompleted instance
             */
            public static create(properties?: fitme.v1.IJobCompleted): fitme.v1.JobCompleted;

            /**
             * Encodes the specified JobCompleted message. Does not implicitly {@link fitme.v1.JobCompleted.verify|verify} messages.
             * @param message JobCompleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IJobCompleted, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobCompleted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns JobCompleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.JobCompleted;

            /**
             * Verifies a JobCompleted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobCompleted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobCompleted
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.JobCompleted;

            /**
             * Creates a plain object from a JobCompleted message. Also converts values to other types if specified.
             * @param message JobCompleted
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.JobCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobCompleted to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for JobCompleted
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Summary. */
        interface ISummary {

            /** Summary model */
            model?: (string|null);

            /** Summary vertexCount */
            vertexCount?: (number|null);

            /** Summary triangleCount */
            triangleCount?: (number|null);

            /** Summary textureSize */
            textureSize?: (number|null);

            /** Summary durationMs */
            durationMs?: (number|null);

            /** Summary timings */
            timings?: (fitme.v1.IStageTiming[]|null);

            /** Summary warnings */
            warnings?: (string[]|null);

            /** Summary glbSha256 */
            glbSha256?: (string|null);

            /** Summary reflectancePreset */
            reflectancePreset?: (fitme.v1.ReflectancePreset|null);

            /** Summary reflectanceIterations */
            reflectanceIterations?: (number|null);
        }

        /** Represents a Summary. */
        class Summary implements ISummary {

            /**
             * Constructs a new Summary.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.ISummary);

            /** Summary model. */
            public model: string;

            /** Summary vertexCount. */
            public vertexCount: number;

            /** Summary triangleCount. */
            public triangleCount: number;

            /** Summary textureSize. */
            public textureSize: number;

            /** Summary durationMs. */
            public durationMs: number;

            /** Summary timings. */
            public timings: fitme.v1.IStageTiming[];

            /** Summary warnings. */
            public warnings: string[];

            /** Summary glbSha256. */
            public glbSha256: string;

            /** Summary reflectancePreset. */
            public reflectancePreset: fitme.v1.ReflectancePreset;

            /** Summary reflectanceIterations. */
            public reflectanceIterations: number;

            /**
             * Creates a new Summary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Summary instance
             */
            public static create(properties?: fitme.v1.ISummary): fitme.v1.Summary;

            /**
             * Encodes the specified Summary message. Does not implicitly {@link fitme.v1.Summary.verify|verify} messages.
             * @param message Summary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.ISummary, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Summary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Summary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Summary;

            /**
             * Verifies a Summary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Summary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Summary
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Summary;

            /**
             * Creates a plain object from a Summary message. Also converts values to other types if specified.
             * @param message Summary
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Summary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Summary to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Summary
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StageTiming. */
        interface IStageTiming {

            /** StageTiming stage */
            stage?: (fitme.v1.Stage|null);

            /** StageTiming ms */
            ms?: (number|null);
        }

        /** Represents a StageTiming. */
        class StageTiming implements IStageTiming {

            /**
             * Constructs a new StageTiming.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IStageTiming);

            /** StageTiming stage. */
            public stage: fitme.v1.Stage;

            /** StageTiming ms. */
            public ms: number;

            /**
             * Creates a new StageTiming instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StageTiming instance
             */
            public static create(properties?: fitme.v1.IStageTiming): fitme.v1.StageTiming;

            /**
             * Encodes the specified StageTiming message. Does not implicitly {@link fitme.v1.StageTiming.verify|verify} messages.
             * @param message StageTiming message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IStageTiming, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StageTiming message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StageTiming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.StageTiming;

            /**
             * Verifies a StageTiming message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StageTiming message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StageTiming
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.StageTiming;

            /**
             * Creates a plain object from a StageTiming message. Also converts values to other types if specified.
             * @param message StageTiming
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.StageTiming, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StageTiming to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for StageTiming
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PhotoFit. */
        interface IPhotoFit {

            /** PhotoFit photoIndex */
            photoIndex?: (number|null);

            /** PhotoFit camera */
            camera?: (fitme.v1.ICamera|null);

            /** PhotoFit lighting */
            lighting?: (fitme.v1.ILighting|null);

            /** PhotoFit landmarks */
            landmarks?: (number[]|null);

            /** PhotoFit landmarkError */
            landmarkError?: (number|null);

            /** PhotoFit coverage */
            coverage?: (number|null);
        }

        /** Represents a PhotoFit. */
        class PhotoFit implements IPhotoFit {

            /**
             * Constructs a new PhotoFit.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IPhotoFit);

            /** PhotoFit photoIndex. */
            public photoIndex: number;

            /** PhotoFit camera. */
            public camera?: (fitme.v1.ICamera|null);

            /** PhotoFit lighting. */
            public lighting?: (fitme.v1.ILighting|null);

            /** PhotoFit landmarks. */
            public landmarks: number[];

            /** PhotoFit landmarkError. */
            public landmarkError: number;

            /** PhotoFit coverage. */
            public coverage: number;

            /**
             * Creates a new PhotoFit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PhotoFit instance
             */
            public static create(properties?: fitme.v1.IPhotoFit): fitme.v1.PhotoFit;

            /**
             * Encodes the specified PhotoFit message. Does not implicitly {@link fitme.v1.PhotoFit.verify|verify} messages.
             * @param message PhotoFit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IPhotoFit, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PhotoFit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PhotoFit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.PhotoFit;

            /**
             * Verifies a PhotoFit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PhotoFit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PhotoFit
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.PhotoFit;

            /**
             * Creates a plain object from a PhotoFit message. Also converts values to other types if specified.
             * @param message PhotoFit
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.PhotoFit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PhotoFit to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PhotoFit
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Camera. */
        interface ICamera {

            /** Camera width */
            width?: (number|null);

            /** Camera height */
            height?: (number|null);

            /** Camera fx */
            fx?: (number|null);

            /** Camera fy */
            fy?: (number|null);

            /** Camera cx */
            cx?: (number|null);

            /** Camera cy */
            cy?: (number|null);

            /** Camera rotation */
            rotation?: (number[]|null);

            /** Camera translation */
            translation?: (number[]|null);
        }

        /** Represents a Camera. */
        class Camera implements ICamera {

            /**
             * Constructs a new Camera.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.ICamera);

            /** Camera width. */
            public width: number;

            /** Camera height. */
            public height: number;

            /** Camera fx. */
            public fx: number;

            /** Camera fy. */
            public fy: number;

            /** Camera cx. */
            public cx: number;

            /** Camera cy. */
            public cy: number;

            /** Camera rotation. */
            public rotation: number[];

            /** Camera translation. */
            public translation: number[];

            /**
             * Creates a new Camera instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Camera instance
             */
            public static create(properties?: fitme.v1.ICamera): fitme.v1.Camera;

            /**
             * Encodes the specified Camera message. Does not implicitly {@link fitme.v1.Camera.verify|verify} messages.
             * @param message Camera message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.ICamera, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Camera message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Camera
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Camera;

            /**
             * Verifies a Camera message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Camera message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Camera
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Camera;

            /**
             * Creates a plain object from a Camera message. Also converts values to other types if specified.
             * @param message Camera
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Camera, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Camera to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Camera
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Lighting. */
        interface ILighting {

            /** Lighting sh */
            sh?: (number[]|null);
        }

        /** Represents a Lighting. */
        class Lighting implements ILighting {

            /**
             * Constructs a new Lighting.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.ILighting);

            /** Lighting sh. */
            public sh: number[];

            /**
             * Creates a new Lighting instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Lighting instance
             */
            public static create(properties?: fitme.v1.ILighting): fitme.v1.Lighting;

            /**
             * Encodes the specified Lighting message. Does not implicitly {@link fitme.v1.Lighting.verify|verify} messages.
             * @param message Lighting message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.ILighting, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Lighting message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Lighting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Lighting;

            /**
             * Verifies a Lighting message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Lighting message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Lighting
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Lighting;

            /**
             * Creates a plain object from a Lighting message. Also converts values to other types if specified.
             * @param message Lighting
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Lighting, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Lighting to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Lighting
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** ErrorCode enum. */
        enum ErrorCode {
            ERROR_CODE_UNSPECIFIED = 0,
            ERROR_CODE_INTERNAL = 1,
            ERROR_CODE_BAD_FRAME = 2,
            ERROR_CODE_FRAME_TOO_LARGE = 3,
            ERROR_CODE_HANDSHAKE_REQUIRED = 4,
            ERROR_CODE_UNSUPPORTED_PROTOCOL = 5,
            ERROR_CODE_UNAUTHORIZED = 6,
            ERROR_CODE_ORIGIN_REFUSED = 7,
            ERROR_CODE_INVALID_REQUEST = 8,
            ERROR_CODE_UNKNOWN_MODEL = 9,
            ERROR_CODE_QUEUE_FULL = 10,
            ERROR_CODE_NOT_AN_IMAGE = 11,
            ERROR_CODE_IMAGE_TRUNCATED = 12,
            ERROR_CODE_IMAGE_TOO_LARGE = 13,
            ERROR_CODE_NO_FACE = 14,
            ERROR_CODE_FACE_TOO_SMALL = 15,
            ERROR_CODE_FACE_INDEX_OUT_OF_RANGE = 16,
            ERROR_CODE_DIFFERENT_PEOPLE = 17,
            ERROR_CODE_CANCELLED = 18,
            ERROR_CODE_JOB_NOT_FOUND = 19,
            ERROR_CODE_SHUTTING_DOWN = 20
        }

        /** Properties of a Failure. */
        interface IFailure {

            /** Failure jobId */
            jobId?: (string|null);

            /** Failure code */
            code?: (fitme.v1.ErrorCode|null);

            /** Failure message */
            message?: (string|null);

            /** Failure photoIndex */
            photoIndex?: (number|null);

            /** Failure hasPhotoIndex */
            hasPhotoIndex?: (boolean|null);
        }

        /** Represents a Failure. */
        class Failure implements IFailure {

            /**
             * Constructs a new Failure.
             * @param [properties] Properties to set
             */
            constructor(properties?: fitme.v1.IFailure);

            /** Failure jobId. */
            public jobId: string;

            /** Failure code. */
            public code: fitme.v1.ErrorCode;

            /** Failure message. */
            public message: string;

            /** Failure photoIndex. */
            public photoIndex: number;

            /** Failure hasPhotoIndex. */
            public hasPhotoIndex: boolean;

            /**
             * Creates a new Failure instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Failure instance
             */
            public static create(properties?: fitme.v1.IFailure): fitme.v1.Failure;

            /**
             * Encodes the specified Failure message. Does not implicitly {@link fitme.v1.Failure.verify|verify} messages.
             * @param message Failure message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: fitme.v1.IFailure, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Failure message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Failure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fitme.v1.Failure;

            /**
             * Verifies a Failure message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Failure message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Failure
             */
            public static fromObject(object: { [k: string]: any }): fitme.v1.Failure;

            /**
             * Creates a plain object from a Failure message. Also converts values to other types if specified.
             * @param message Failure
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: fitme.v1.Failure, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Failure to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Failure
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
