// Declaration-only surface of UE 5.3's Engine, ImageCore, ImageWrapper, WebSockets, Projects and
// ProceduralMeshComponent modules as far as the glue uses them (UE C++ API reference signatures).
#pragma once

#include "UE/CoreUObject.h"

// ---- Textures (Engine/Texture.h, Engine/Texture2D.h, TextureDefines.h) ----
enum TextureCompressionSettings : int
{
	TC_Default = 0,
	TC_Normalmap = 1,
	TC_Masks = 2,
	TC_Grayscale = 3,
	TC_Displacementmap = 4,
	TC_VectorDisplacementmap = 5,
	TC_HDR = 6,
	TC_EditorIcon = 7,
	TC_Alpha = 8,
	TC_DistanceFieldFont = 9,
	TC_HDR_Compressed = 10,
	TC_BC7 = 11,
};
enum EPixelFormat : uint8 { PF_Unknown = 0, PF_A32B32G32R32F = 1, PF_B8G8R8A8 = 2, PF_G8 = 3, PF_R8G8B8A8 = 32 };
enum ETextureSourceFormat : int { TSF_Invalid = 0, TSF_G8 = 1, TSF_BGRA8 = 2, TSF_BGRE8 = 3, TSF_RGBA16 = 4, TSF_RGBA16F = 5 };
enum EBulkDataLockFlags : uint32 { LOCK_READ_ONLY = 1, LOCK_READ_WRITE = 2 };

template <typename TEnum> class TEnumAsByte
{
public:
	TEnumAsByte();
	TEnumAsByte(TEnum InValue);
	TEnumAsByte& operator=(TEnum InValue);
	operator TEnum() const;
	TEnum GetValue() const;
};

struct FByteBulkData
{
	void* Lock(uint32 LockFlags);
	const void* LockReadOnly() const;
	void Unlock() const;
	int64 GetBulkDataSize() const;
};

struct FTexture2DMipMap
{
	int32 SizeX;
	int32 SizeY;
	FByteBulkData BulkData;
};

struct FTexturePlatformData
{
	int32 SizeX;
	int32 SizeY;
	TIndirectArray<FTexture2DMipMap> Mips;
};

struct FTextureSource
{
	void Init(int32 NewSizeX, int32 NewSizeY, int32 NewNumSlices, int32 NewNumMips, ETextureSourceFormat NewFormat, const uint8* NewData = nullptr);
	int32 GetSizeX() const;
	int32 GetSizeY() const;
};

class UTexture : public UObject
{
public:
	static UClass* StaticClass();
	uint8 SRGB : 1;
	TEnumAsByte<TextureCompressionSettings> CompressionSettings;
	FTextureSource Source;
	void UpdateResource();
};

class UTexture2D : public UTexture
{
public:
	static UClass* StaticClass();
	static UTexture2D* CreateTransient(int32 InSizeX, int32 InSizeY, EPixelFormat InFormat = PF_B8G8R8A8, const FName InName = NAME_None);
	FTexturePlatformData* GetPlatformData();
	const FTexturePlatformData* GetPlatformData() const;
	int32 GetSizeX() const;
	int32 GetSizeY() const;
};

// ---- Materials (Materials/*.h, MaterialShared.h, SceneTypes.h) ----
enum EMaterialSamplerType : int
{
	SAMPLERTYPE_Color = 0,
	SAMPLERTYPE_Grayscale = 1,
	SAMPLERTYPE_Alpha = 2,
	SAMPLERTYPE_Normal = 3,
	SAMPLERTYPE_Masks = 4,
	SAMPLERTYPE_DistanceFieldFont = 5,
	SAMPLERTYPE_LinearColor = 6,
	SAMPLERTYPE_LinearGrayscale = 7,
};
enum EMaterialProperty : int
{
	MP_EmissiveColor = 0,
	MP_Opacity,
	MP_OpacityMask,
	MP_DiffuseColor,
	MP_SpecularColor,
	MP_BaseColor,
	MP_Metallic,
	MP_Specular,
	MP_Roughness,
	MP_Anisotropy,
	MP_Normal,
	MP_Tangent,
	MP_WorldPositionOffset,
	MP_AmbientOcclusion = 14,
};
enum EMaterialParameterAssociation : int { LayerParameter, BlendParameter, GlobalParameter };

struct FHashedMaterialParameterInfo;
struct FMaterialParameterInfo
{
	FName Name;
	TEnumAsByte<EMaterialParameterAssociation> Association;
	int32 Index;
	FMaterialParameterInfo();
	explicit FMaterialParameterInfo(const TCHAR* InName, EMaterialParameterAssociation InAssociation = GlobalParameter, int32 InIndex = INDEX_NONE);
	explicit FMaterialParameterInfo(FName InName, EMaterialParameterAssociation InAssociation = GlobalParameter, int32 InIndex = INDEX_NONE);
};
struct FHashedMaterialParameterInfo
{
	FHashedMaterialParameterInfo(const FMaterialParameterInfo& Rhs);
	explicit FHashedMaterialParameterInfo(const FName& InName, EMaterialParameterAssociation InAssociation = GlobalParameter, int32 InIndex = INDEX_NONE);
};

class UMaterialInterface : public UObject
{
public:
	static UClass* StaticClass();
	virtual void GetAllTextureParameterInfo(TArray<FMaterialParameterInfo>& OutParameterInfo, TArray<FGuid>& OutParameterIds) const;
	virtual void GetAllScalarParameterInfo(TArray<FMaterialParameterInfo>& OutParameterInfo, TArray<FGuid>& OutParameterIds) const;
	virtual void GetAllVectorParameterInfo(TArray<FMaterialParameterInfo>& OutParameterInfo, TArray<FGuid>& OutParameterIds) const;
	virtual bool GetTextureParameterValue(const FHashedMaterialParameterInfo& ParameterInfo, UTexture*& OutValue, bool bOveriddenOnly = false) const;
};

class UMaterial : public UMaterialInterface
{
public:
	static UClass* StaticClass();
	uint8 bUsedWithSkeletalMesh : 1;
	uint8 bUsedWithMorphTargets : 1;
	uint8 bUsedWithStaticLighting : 1;
	uint8 TwoSided : 1;
};

class UMaterialInstance : public UMaterialInterface
{
public:
	static UClass* StaticClass();
	TObjectPtr<UMaterialInterface> Parent;
};

class UMaterialInstanceConstant : public UMaterialInstance
{
public:
	static UClass* StaticClass();
};

class UMaterialInstanceDynamic : public UMaterialInstance
{
public:
	static UClass* StaticClass();
	static UMaterialInstanceDynamic* Create(UMaterialInterface* ParentMaterial, UObject* InOuter);
	static UMaterialInstanceDynamic* Create(UMaterialInterface* ParentMaterial, UObject* InOuter, FName Name);
	void SetScalarParameterValue(FName ParameterName, float Value);
	void SetVectorParameterValue(FName ParameterName, const FLinearColor& Value);
	void SetTextureParameterValue(FName ParameterName, UTexture* Value);
};

class UMaterialExpression : public UObject
{
public:
	static UClass* StaticClass();
	int32 MaterialExpressionEditorX;
	int32 MaterialExpressionEditorY;
};
class UMaterialExpressionMultiply : public UMaterialExpression
{
public:
	static UClass* StaticClass();
};
class UMaterialExpressionParameter : public UMaterialExpression
{
public:
	static UClass* StaticClass();
	FName ParameterName;
	FName Group;
};
class UMaterialExpressionScalarParameter : public UMaterialExpressionParameter
{
public:
	static UClass* StaticClass();
	float DefaultValue;
};
class UMaterialExpressionVectorParameter : public UMaterialExpressionParameter
{
public:
	static UClass* StaticClass();
	FLinearColor DefaultValue;
};
class UMaterialExpressionTextureBase : public UMaterialExpression
{
public:
	static UClass* StaticClass();
	TObjectPtr<UTexture> Texture;
	TEnumAsByte<EMaterialSamplerType> SamplerType;
};
class UMaterialExpressionTextureSample : public UMaterialExpressionTextureBase
{
public:
	static UClass* StaticClass();
};
class UMaterialExpressionTextureSampleParameter : public UMaterialExpressionTextureSample
{
public:
	static UClass* StaticClass();
	FName ParameterName;
	FName Group;
};
class UMaterialExpressionTextureSampleParameter2D : public UMaterialExpressionTextureSampleParameter
{
public:
	static UClass* StaticClass();
};

// ---- Meshes (Engine/StaticMesh.h, Engine/SkeletalMesh.h, ...) ----
struct FPerPlatformFloat
{
	float Default;
	FPerPlatformFloat();
	FPerPlatformFloat(float InDefaultValue);
	FPerPlatformFloat& operator=(float InDefaultValue);
	float GetDefault() const;
};

struct FMeshReductionSettings
{
	float PercentTriangles;
	uint32 MaxNumOfTriangles;
	float PercentVertices;
	uint32 MaxNumOfVerts;
	float MaxDeviation;
	float PixelError;
	float WeldingThreshold;
	float HardAngleThreshold;
	int32 BaseLODModel;
	FMeshReductionSettings();
};

struct FStaticMeshSourceModel
{
	FPerPlatformFloat ScreenSize;
	FMeshReductionSettings ReductionSettings;
};

struct FStaticMaterial
{
	TObjectPtr<UMaterialInterface> MaterialInterface;
	FName MaterialSlotName;
	FName ImportedMaterialSlotName;
	FStaticMaterial();
	FStaticMaterial(UMaterialInterface* InMaterialInterface, FName InMaterialSlotName = NAME_None, FName InImportedMaterialSlotName = NAME_None);
};

class FMeshDescription;

class UStreamableRenderAsset : public UObject {};

class UStaticMesh : public UStreamableRenderAsset
{
public:
	static UClass* StaticClass();
	/** Deprecated member (5.7 has SetAutoComputeLODScreenSize), still public in 5.3. */
	uint8 bAutoComputeLODScreenSize : 1;
	struct FBuildMeshDescriptionsParams
	{
		FBuildMeshDescriptionsParams();
		bool bMarkPackageDirty;
		bool bUseHashAsGuid;
		bool bBuildSimpleCollision;
		bool bCommitMeshDescription;
		bool bFastBuild;
		bool bAllowCpuAccess;
	};
	TArray<FStaticMaterial>& GetStaticMaterials();
	const TArray<FStaticMaterial>& GetStaticMaterials() const;
	void SetNumSourceModels(const int32 Num);
	int32 GetNumSourceModels() const;
	FStaticMeshSourceModel& GetSourceModel(int32 Index);
	const FStaticMeshSourceModel& GetSourceModel(int32 Index) const;
	bool BuildFromMeshDescriptions(const TArray<const FMeshDescription*>& MeshDescriptions, const FBuildMeshDescriptionsParams& Params = FBuildMeshDescriptionsParams());
	int32 GetNumTriangles(int32 LODIndex) const;
	int32 GetNumLODs() const;
	FBox GetBoundingBox() const;
	void Build(bool bInSilent = false, TArray<FText>* OutErrors = nullptr);
};

class USkeletalMesh;
struct FMeshBoneInfo
{
	FName Name;
	int32 ParentIndex;
	FMeshBoneInfo();
	FMeshBoneInfo(const FName& InName, const FString& InExportName, int32 InParentIndex);
};
struct FReferenceSkeleton
{
	int32 GetNum() const;
	int32 GetRawBoneNum() const;
};
class USkeleton;
struct FReferenceSkeletonModifier
{
	FReferenceSkeletonModifier(FReferenceSkeleton& InRefSkel, const USkeleton* InSkeleton);
	FReferenceSkeletonModifier(USkeletalMesh* InSkeletalMesh);
	~FReferenceSkeletonModifier();
	void Add(const FMeshBoneInfo& BoneInfo, const FTransform& BonePose, const bool bAllowMultipleRoots = false);
};

class USkeleton : public UObject
{
public:
	static UClass* StaticClass();
	bool MergeAllBonesToBoneTree(const USkeletalMesh* InSkelMesh, bool bShowProgress = true);
};

struct FSkeletalMaterial
{
	TObjectPtr<UMaterialInterface> MaterialInterface;
	FName MaterialSlotName;
	FName ImportedMaterialSlotName;
	FSkeletalMaterial();
	FSkeletalMaterial(UMaterialInterface* InMaterialInterface, FName InMaterialSlotName = NAME_None, FName InImportedMaterialSlotName = NAME_None);
};

struct FSkeletalMeshOptimizationSettings
{
	float NumOfTrianglesPercentage;
	float NumOfVertPercentage;
	uint32 MaxNumOfTriangles;
	uint32 MaxNumOfVerts;
	int32 BaseLOD;
	FSkeletalMeshOptimizationSettings();
};

struct FSkeletalMeshLODInfo
{
	FPerPlatformFloat ScreenSize;
	float LODHysteresis;
	uint8 bHasBeenSimplified : 1;
	FSkeletalMeshOptimizationSettings ReductionSettings;
};

class FSkeletalMeshLODModel
{
public:
	FSkeletalMeshLODModel();
};

class FSkeletalMeshModel
{
public:
	TIndirectArray<FSkeletalMeshLODModel> LODModels;
};

class USkinnedAsset : public UStreamableRenderAsset {};

class USkeletalMesh : public USkinnedAsset
{
public:
	static UClass* StaticClass();
	struct FCommitMeshDescriptionParams
	{
		FCommitMeshDescriptionParams();
		bool bMarkPackageDirty;
		bool bForceUpdate;
	};
	FReferenceSkeleton& GetRefSkeleton();
	const FReferenceSkeleton& GetRefSkeleton() const;
	TArray<FSkeletalMaterial>& GetMaterials();
	const TArray<FSkeletalMaterial>& GetMaterials() const;
	FSkeletalMeshModel* GetImportedModel() const;
	FSkeletalMeshLODInfo& AddLODInfo();
	FSkeletalMeshLODInfo* GetLODInfo(int32 Index);
	int32 GetLODNum() const;
	FMeshDescription* CreateMeshDescription(int32 LODIndex);
	FMeshDescription* CreateMeshDescription(int32 LODIndex, FMeshDescription&& InMeshDescription);
	void CommitMeshDescription(int32 InLODIndex, const FCommitMeshDescriptionParams& InParams = FCommitMeshDescriptionParams());
	void CalculateInvRefMatrices();
	void SetSkeleton(USkeleton* InSkeleton);
	USkeleton* GetSkeleton();
	void Build();
};

// ---- Components ----
class UActorComponent : public UObject {};
class USceneComponent : public UActorComponent {};
class UPrimitiveComponent : public USceneComponent
{
public:
	virtual void SetMaterial(int32 ElementIndex, UMaterialInterface* Material);
	virtual UMaterialInterface* GetMaterial(int32 ElementIndex) const;
};
class UMeshComponent : public UPrimitiveComponent {};

// ProceduralMeshComponent plugin (ProceduralMeshComponent.h)
struct FProcMeshTangent
{
	FVector TangentX;
	bool bFlipTangentY;
	FProcMeshTangent();
	FProcMeshTangent(float X, float Y, float Z);
	FProcMeshTangent(FVector InTangentX, bool bInFlipTangentY);
};

class UProceduralMeshComponent : public UMeshComponent
{
public:
	static UClass* StaticClass();
	void CreateMeshSection_LinearColor(int32 SectionIndex, const TArray<FVector>& Vertices, const TArray<int32>& Triangles, const TArray<FVector>& Normals,
		const TArray<FVector2D>& UV0, const TArray<FLinearColor>& VertexColors, const TArray<FProcMeshTangent>& Tangents, bool bCreateCollision, bool bSRGBConversion = false);
	void UpdateMeshSection_LinearColor(int32 SectionIndex, const TArray<FVector>& Vertices, const TArray<FVector>& Normals, const TArray<FVector2D>& UV0,
		const TArray<FLinearColor>& VertexColors, const TArray<FProcMeshTangent>& Tangents, bool bSRGBConversion = false);
	void ClearMeshSection(int32 SectionIndex);
	void ClearAllMeshSections();
	int32 GetNumSections() const;
};

// ---- Blueprint async actions (Kismet/BlueprintAsyncActionBase.h) ----
class UBlueprintAsyncActionBase : public UObject
{
public:
	static UClass* StaticClass();
	virtual void Activate();
	virtual void RegisterWithGameInstance(const UObject* WorldContextObject);
	virtual void SetReadyToDestroy();
};

// ---- ImageCore (ImageCore.h) ----
enum class EGammaSpace : uint8 { Linear, Pow22, sRGB, Invalid };
namespace ERawImageFormat
{
enum Type : uint8 { G8, BGRA8, BGRE8, RGBA16, RGBA16F, RGBA32F, G16, R16F, R32F, MAX, Invalid = 0xFF };
}
struct FImageInfo
{
	int32 SizeX = 0;
	int32 SizeY = 0;
	int32 NumSlices = 0;
	ERawImageFormat::Type Format = ERawImageFormat::Invalid;
	EGammaSpace GammaSpace = EGammaSpace::Invalid;
	int64 GetNumPixels() const;
};
struct FImage : public FImageInfo
{
	TArray64<uint8> RawData;
	FImage();
	void CopyTo(FImage& DestImage, ERawImageFormat::Type DestFormat, EGammaSpace DestGammaSpace) const;
};

// ---- ImageWrapper (IImageWrapper.h, IImageWrapperModule.h) ----
enum class EImageFormat : int8 { Invalid = -1, PNG = 0, JPEG, GrayscaleJPEG, BMP, ICO, EXR, ICNS, TGA, HDR, TIFF, DDS, UEJPEG, GrayscaleUEJPEG };
enum class ERGBFormat : int8 { Invalid = -1, RGBA = 0, BGRA = 1, Gray = 2, RGBAF = 3, BGRE = 4, GrayF = 5 };
class IImageWrapper
{
public:
	virtual ~IImageWrapper();
	virtual bool SetCompressed(const void* InCompressedData, int64 InCompressedSize) = 0;
	virtual bool SetRaw(const void* InRawData, int64 InRawSize, const int32 InWidth, const int32 InHeight, const ERGBFormat InFormat, const int32 InBitDepth, const int32 InBytesPerRow = 0) = 0;
	virtual TArray64<uint8> GetCompressed(int32 Quality = 0) = 0;
	virtual bool GetRaw(const ERGBFormat InFormat, int32 InBitDepth, TArray64<uint8>& OutRawData) = 0;
	bool GetRawImage(FImage& OutImage);
	virtual int64 GetWidth() const = 0;
	virtual int64 GetHeight() const = 0;
};
class IImageWrapperModule : public IModuleInterface
{
public:
	virtual TSharedPtr<IImageWrapper> CreateImageWrapper(const EImageFormat InFormat) = 0;
	virtual EImageFormat DetectImageFormat(const void* InCompressedData, int64 InCompressedSize) = 0;
};

// ---- WebSockets (IWebSocket.h, WebSocketsModule.h) ----
class IWebSocket
{
public:
	virtual ~IWebSocket();
	virtual void Connect() = 0;
	virtual void Close(int32 Code = 1000, const FString& Reason = FString()) = 0;
	virtual bool IsConnected() = 0;
	virtual void Send(const FString& Data) = 0;
	virtual void Send(const void* Data, SIZE_T Size, bool bIsBinary = false) = 0;
	typedef TMulticastDelegate<void()> FWebSocketConnectedEvent;
	typedef TMulticastDelegate<void(const FString& /* Error */)> FWebSocketConnectionErrorEvent;
	typedef TMulticastDelegate<void(int32 /* StatusCode */, const FString& /* Reason */, bool /* bWasClean */)> FWebSocketClosedEvent;
	typedef TMulticastDelegate<void(const FString& /* MessageString */)> FWebSocketMessageEvent;
	typedef TMulticastDelegate<void(const void* /* Data */, SIZE_T /* Size */, SIZE_T /* BytesRemaining */)> FWebSocketRawMessageEvent;
	virtual FWebSocketConnectedEvent& OnConnected() = 0;
	virtual FWebSocketConnectionErrorEvent& OnConnectionError() = 0;
	virtual FWebSocketClosedEvent& OnClosed() = 0;
	virtual FWebSocketMessageEvent& OnMessage() = 0;
	virtual FWebSocketRawMessageEvent& OnRawMessage() = 0;
};
class FWebSocketsModule : public IModuleInterface
{
public:
	static FWebSocketsModule& Get();
	TSharedRef<IWebSocket> CreateWebSocket(const FString& Url, const FString& Protocol = FString(), const TMap<FString, FString>& UpgradeHeaders = TMap<FString, FString>());
	TSharedRef<IWebSocket> CreateWebSocket(const FString& Url, const TArray<FString>& Protocols, const TMap<FString, FString>& UpgradeHeaders = TMap<FString, FString>());
};

// ---- Projects (Interfaces/IPluginManager.h) ----
class IPlugin
{
public:
	virtual ~IPlugin();
	virtual const FString& GetName() const = 0;
	virtual FString GetBaseDir() const = 0;
	virtual FString GetContentDir() const = 0;
};
class IPluginManager
{
public:
	virtual ~IPluginManager();
	static IPluginManager& Get();
	virtual TSharedPtr<IPlugin> FindPlugin(const FStringView Name) = 0;
};
