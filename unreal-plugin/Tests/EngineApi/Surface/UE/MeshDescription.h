// Declaration-only surface of UE 5.3's MeshDescription, StaticMeshDescription,
// SkeletalMeshDescription and AnimationCore (BoneWeights.h) modules as far as the editor glue uses them.
#pragma once

#include "UE/CoreUObject.h"

struct FElementID
{
	FElementID();
	explicit FElementID(int32 InValue);
	int32 GetValue() const;
};
struct FVertexID : FElementID { using FElementID::FElementID; };
struct FVertexInstanceID : FElementID { using FElementID::FElementID; };
struct FEdgeID : FElementID { using FElementID::FElementID; };
struct FTriangleID : FElementID { using FElementID::FElementID; };
struct FPolygonID : FElementID { using FElementID::FElementID; };
struct FPolygonGroupID : FElementID { using FElementID::FElementID; };
struct FBoneID : FElementID { using FElementID::FElementID; };

template <typename ElementIDType, typename AttributeType> class TMeshAttributesRef
{
public:
	AttributeType& operator[](const ElementIDType ElementID) const;
	AttributeType Get(const ElementIDType ElementID, const int32 AttributeIndex = 0) const;
	void Set(const ElementIDType ElementID, const AttributeType& Value) const;
	void Set(const ElementIDType ElementID, const int32 AttributeIndex, const AttributeType& Value) const;
	int32 GetNumChannels() const;
	void SetNumChannels(const int32 NumChannels) const;
	bool IsValid() const;
};
template <typename T> using TVertexAttributesRef = TMeshAttributesRef<FVertexID, T>;
template <typename T> using TVertexInstanceAttributesRef = TMeshAttributesRef<FVertexInstanceID, T>;
template <typename T> using TPolygonGroupAttributesRef = TMeshAttributesRef<FPolygonGroupID, T>;
template <typename T> using TBoneAttributesRef = TMeshAttributesRef<FBoneID, T>;

class FMeshDescription
{
public:
	FMeshDescription();
	FMeshDescription(const FMeshDescription&);
	FMeshDescription(FMeshDescription&&);
	FMeshDescription& operator=(const FMeshDescription&);
	FMeshDescription& operator=(FMeshDescription&&);
	FVertexID CreateVertex();
	FVertexInstanceID CreateVertexInstance(const FVertexID VertexID);
	FPolygonGroupID CreatePolygonGroup();
	FTriangleID CreateTriangle(FPolygonGroupID PolygonGroupID, TArrayView<const FVertexInstanceID> VertexInstanceIDs, TArray<FEdgeID>* OutEdgeIDs = nullptr);
	FPolygonID CreatePolygon(FPolygonGroupID PolygonGroupID, TArrayView<const FVertexInstanceID> VertexInstanceIDs, TArray<FEdgeID>* OutEdgeIDs = nullptr);
	int32 Vertices_Num() const;
	int32 Triangles_Num() const;
};

class FMeshAttributes
{
public:
	explicit FMeshAttributes(FMeshDescription& InMeshDescription);
	virtual ~FMeshAttributes();
	virtual void Register(bool bKeepExistingAttribute = false);
	TVertexAttributesRef<FVector3f> GetVertexPositions();
	TPolygonGroupAttributesRef<FName> GetPolygonGroupMaterialSlotNames();
};

class FStaticMeshAttributes : public FMeshAttributes
{
public:
	explicit FStaticMeshAttributes(FMeshDescription& InMeshDescription);
	virtual void Register(bool bKeepExistingAttribute = false) override;
	TVertexInstanceAttributesRef<FVector3f> GetVertexInstanceNormals();
	TVertexInstanceAttributesRef<FVector3f> GetVertexInstanceTangents();
	TVertexInstanceAttributesRef<float> GetVertexInstanceBinormalSigns();
	TVertexInstanceAttributesRef<FVector4f> GetVertexInstanceColors();
	TVertexInstanceAttributesRef<FVector2f> GetVertexInstanceUVs();
};

namespace UE::AnimationCore
{
typedef uint16 FBoneIndexType;
class FBoneWeight
{
public:
	FBoneWeight();
	FBoneWeight(FBoneIndexType InBoneIndex, float InWeight);
	FBoneIndexType GetBoneIndex() const;
	float GetWeight() const;
};
}

class FSkinWeightsVertexAttributesRef
{
public:
	void Set(const FVertexID InVertexID, const TArrayView<const UE::AnimationCore::FBoneWeight> InWeights);
	int32 Num() const;
};

class FSkeletalMeshAttributes : public FStaticMeshAttributes
{
public:
	typedef TBoneAttributesRef<FName> FBoneNameAttributesRef;
	typedef TBoneAttributesRef<int32> FBoneParentIndexAttributesRef;
	typedef TBoneAttributesRef<FTransform> FBonePoseAttributesRef;
	explicit FSkeletalMeshAttributes(FMeshDescription& InMeshDescription);
	virtual void Register(bool bKeepExistingAttribute = false) override;
	FBoneID CreateBone();
	FBoneNameAttributesRef GetBoneNames();
	FBoneParentIndexAttributesRef GetBoneParentIndices();
	FBonePoseAttributesRef GetBonePoses();
	FSkinWeightsVertexAttributesRef GetVertexSkinWeights(const FName InProfile = NAME_None);
	bool RegisterMorphTargetAttribute(const FName InMorphTargetName, const bool bIncludeNormals);
	TVertexAttributesRef<FVector3f> GetVertexMorphPositionDelta(const FName InMorphTargetName);
	TVertexInstanceAttributesRef<FVector3f> GetVertexInstanceMorphNormalDelta(const FName InMorphTargetName);
};
