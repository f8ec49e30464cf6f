#include "FitMeAssetSaver.h"

#include "Animation/Skeleton.h"
#include "AssetRegistry/AssetRegistryModule.h"
#include "BoneWeights.h"
#include "Engine/SkeletalMesh.h"
#include "Engine/SkinnedAssetCommon.h"
#include "Engine/StaticMesh.h"
#include "Engine/StaticMeshSourceData.h"
#include "Engine/Texture2D.h"
#include "Factories/MaterialInstanceConstantFactoryNew.h"
#include "FileHelpers.h"
#include "FitMe/Core/LevelsOfDetail.h"
#include "FitMe/Core/UnrealConvention.h"
#include "FitMeAvatar.h"
#include "FitMeBaseMaterial.h"
#include "FitMeStrings.h"
#include "FitMeTextures.h"
#include "MaterialEditingLibrary.h"
#include "Materials/Material.h"
#include "Materials/MaterialInstanceConstant.h"
#include "MeshDescription.h"
#include "Misc/Paths.h"
#include "Rendering/SkeletalMeshModel.h"
#include "ReferenceSkeleton.h"
#include "Runtime/Launch/Resources/Version.h"
#include "SkeletalMeshAttributes.h"
#include "StaticMeshAttributes.h"

namespace
{
using fitme::core::UnrealSection;

FString MapName(fitme::wire::MapKind Kind)
{
	FString Name = FitMeStrings::ToFString(fitme::wire::EnumName(Kind) ? fitme::wire::EnumName(Kind) : "MAP_KIND_UNKNOWN");
	Name.RemoveFromStart(TEXT("MAP_KIND_"));
	return Name.Left(1) + Name.RightChop(1).ToLower();
}

UPackage* NewAssetPackage(const FString& Folder, const FString& AssetName, TArray<UPackage*>& Packages)
{
	UPackage* Package = CreatePackage(*(Folder / AssetName));
	Package->FullyLoad();
	Packages.Add(Package);
	return Package;
}

template <typename T>
void Registered(T* Asset)
{
	FAssetRegistryModule::AssetCreated(Asset);
	Asset->MarkPackageDirty();
}

UTexture2D* SaveTexture(const fitme::core::TextureData& Map, const FString& Folder, const FString& Name, TArray<UPackage*>& Packages, FString& OutError)
{
	FImage Image;
	if (!FFitMeTextures::DecodeToBGRA8(Map, Image, OutError))
	{
		return nullptr;
	}
	const FString AssetName = FString::Printf(TEXT("T_%s_%s"), *Name, *MapName(Map.kind));
	UTexture2D* Texture = NewObject<UTexture2D>(NewAssetPackage(Folder, AssetName, Packages), *AssetName, RF_Public | RF_Standalone);
	Texture->Source.Init(Image.SizeX, Image.SizeY, 1, 1, TSF_BGRA8, Image.RawData.GetData());
	FFitMeTextures::ApplyRole(Texture, fitme::core::RoleOf(Map));
	Texture->PostEditChange();
	Registered(Texture);
	return Texture;
}

/** One polygon group per section; one vertex instance per source vertex, so attributes stay per vertex. */
template <typename FAttributes>
void FillMeshDescription(const std::vector<UnrealSection>& Sections, FMeshDescription& Mesh, FAttributes& Attributes, TArray<FName>& SlotNames,
	TArray<TArray<FVertexID>>& SectionVertices)
{
	TVertexAttributesRef<FVector3f> Positions = Attributes.GetVertexPositions();
	TVertexInstanceAttributesRef<FVector3f> Normals = Attributes.GetVertexInstanceNormals();
	TVertexInstanceAttributesRef<FVector3f> Tangents = Attributes.GetVertexInstanceTangents();
	TVertexInstanceAttributesRef<float> Signs = Attributes.GetVertexInstanceBinormalSigns();
	TVertexInstanceAttributesRef<FVector2f> UVs = Attributes.GetVertexInstanceUVs();
	TPolygonGroupAttributesRef<FName> GroupSlots = Attributes.GetPolygonGroupMaterialSlotNames();
	UVs.SetNumChannels(1);
	for (size_t S = 0; S < Sections.size(); ++S)
	{
		const UnrealSection& Section = Sections[S];
		const FPolygonGroupID Group = Mesh.CreatePolygonGroup();
		const FName Slot(*FString::Printf(TEXT("Section%d"), static_cast<int32>(S)));
		GroupSlots[Group] = Slot;
		SlotNames.Add(Slot);
		TArray<FVertexID>& Vertices = SectionVertices.AddDefaulted_GetRef();
		TArray<FVertexInstanceID> Instances;
		for (size_t V = 0; V < Section.positions.size(); ++V)
		{
			const fitme::core::Vec3f& P = Section.positions[V];
			const FVertexID Vertex = Mesh.CreateVertex();
			Positions[Vertex] = FVector3f(P.x, P.y, P.z);
			const FVertexInstanceID Instance = Mesh.CreateVertexInstance(Vertex);
			if (V < Section.normals.size()) { Normals[Instance] = FVector3f(Section.normals[V].x, Section.normals[V].y, Section.normals[V].z); }
			if (V < Section.tangents.size())
			{
				Tangents[Instance] = FVector3f(Section.tangents[V].x, Section.tangents[V].y, Section.tangents[V].z);
				Signs[Instance] = Section.binormal_signs[V];
			}
			if (V < Section.uvs.size()) { UVs.Set(Instance, 0, FVector2f(Section.uvs[V].x, Section.uvs[V].y)); }
			Vertices.Add(Vertex);
			Instances.Add(Instance);
		}
		for (size_t I = 0; I + 2 < Section.indices.size(); I += 3)
		{
			const FVertexInstanceID Corners[3] = {Instances[Section.indices[I]], Instances[Section.indices[I + 1]], Instances[Section.indices[I + 2]]};
			Mesh.CreateTriangle(Group, MakeArrayView(Corners, 3));
		}
	}
}

using FLods = std::vector<std::vector<UnrealSection>>;

/** One material slot per section; every level has LOD0's sections with the same materials (checked by the core), so the slots are LOD0's. */
template <typename FAttributes>
TArray<FMeshDescription> LodDescriptions(const FLods& Lods, TArray<FName>& SlotNames, TArray<TArray<TArray<FVertexID>>>& LodVertices)
{
	TArray<FMeshDescription> Descriptions;
	Descriptions.SetNum(static_cast<int32>(Lods.size()));
	LodVertices.SetNum(static_cast<int32>(Lods.size()));
	for (int32 L = 0; L < Descriptions.Num(); ++L)
	{
		FAttributes Attributes(Descriptions[L]);
		Attributes.Register();
		TArray<FName> Slots;
		FillMeshDescription(Lods[L], Descriptions[L], Attributes, Slots, LodVertices[L]);
		if (L == 0)
		{
			SlotNames = Slots;
		}
	}
	return Descriptions;
}

// Every level as a source model of its own (glTFRuntime's LoadStaticMeshLODs does the same at
// runtime): BuildFromMeshDescriptions takes one FMeshDescription per LOD, commits each to its source
// model and builds. The source models are made first (BuildFromMeshDescriptions' own
// SetNumSourceModels then keeps them): SetNumSourceModels gives every new LOD above 0 a reduction of
// LOD0 (PercentTriangles 0.5^LOD, BaseLODModel 0), under which the build would replace the level by
// a simplified LOD0, so each LOD is reset to no reduction from itself; and the screen sizes are set
// with the automatic ones off, so the build keeps them.
UStaticMesh* SaveStaticMesh(const FLods& Lods, UMaterialInterface* Material, const FString& Folder, const FString& Name, TArray<UPackage*>& Packages)
{
	TArray<FName> Slots;
	TArray<TArray<TArray<FVertexID>>> Vertices;
	TArray<FMeshDescription> Descriptions = LodDescriptions<FStaticMeshAttributes>(Lods, Slots, Vertices);
	TArray<const FMeshDescription*> Levels;
	for (const FMeshDescription& Description : Descriptions)
	{
		Levels.Add(&Description);
	}

	const FString AssetName = TEXT("SM_") + Name;
	UStaticMesh* Mesh = NewObject<UStaticMesh>(NewAssetPackage(Folder, AssetName, Packages), *AssetName, RF_Public | RF_Standalone);
	for (const FName& Slot : Slots)
	{
		Mesh->GetStaticMaterials().Add(FStaticMaterial(Material, Slot, Slot));
	}
	const std::vector<float> ScreenSizes = fitme::core::LodScreenSizes(Lods.size());
	Mesh->SetNumSourceModels(Levels.Num());
#if ENGINE_MAJOR_VERSION > 5 || (ENGINE_MAJOR_VERSION == 5 && ENGINE_MINOR_VERSION >= 7)
	Mesh->SetAutoComputeLODScreenSize(false);
#else
	Mesh->bAutoComputeLODScreenSize = false;
#endif
	for (int32 L = 0; L < Levels.Num(); ++L)
	{
		FStaticMeshSourceModel& Source = Mesh->GetSourceModel(L);
		Source.ScreenSize = ScreenSizes[L];
		Source.ReductionSettings = FMeshReductionSettings();
		Source.ReductionSettings.PercentTriangles = 1.f;
		Source.ReductionSettings.PercentVertices = 1.f;
		Source.ReductionSettings.MaxDeviation = 0.f;
		Source.ReductionSettings.BaseLODModel = L;
	}
	UStaticMesh::FBuildMeshDescriptionsParams Params;
	Params.bBuildSimpleCollision = false;
	Params.bCommitMeshDescription = true;  // keeps the descriptions as the source models, so the asset saves
	Mesh->BuildFromMeshDescriptions(Levels, Params);
	Registered(Mesh);
	return Mesh;
}

// UE 5.3+ mesh-description path for skeletal meshes: one root bone every vertex is bound to, one
// morph target per blendshape, on every level. Each level gets its own LOD model, LOD info and
// committed mesh description; USkeletalMesh::Build then builds each LOD from its description, and
// the skeletal mesh builder rebuilds the morph targets per LOD (FLODUtilities::BuildMorphTargets
// with that LOD index), so every UMorphTarget gets one FMorphTargetLODModel per level. The LOD
// infos' reduction settings are reset to the defaults, which keep every triangle: AddLODInfo may
// fill in a reduction for a new LOD (from the project's LOD settings or the previous level), and an
// active reduction would replace the level with a simplified LOD0 (without its own morph deltas).
USkeletalMesh* SaveSkeletalMesh(const FLods& Lods, UMaterialInterface* Material, const FString& Folder, const FString& Name, TArray<UPackage*>& Packages)
{
	TArray<FName> Slots;
	TArray<TArray<TArray<FVertexID>>> LodVertices;
	TArray<FMeshDescription> Descriptions = LodDescriptions<FSkeletalMeshAttributes>(Lods, Slots, LodVertices);
	const UE::AnimationCore::FBoneWeight Full(0, 1.f);
	for (int32 L = 0; L < Descriptions.Num(); ++L)
	{
		FSkeletalMeshAttributes Attributes(Descriptions[L]);
		const FBoneID Root = Attributes.CreateBone();
		Attributes.GetBoneNames().Set(Root, FName(TEXT("root")));
		Attributes.GetBoneParentIndices().Set(Root, INDEX_NONE);
		Attributes.GetBonePoses().Set(Root, FTransform::Identity);
		FSkinWeightsVertexAttributesRef Weights = Attributes.GetVertexSkinWeights();
		const TArray<TArray<FVertexID>>& Vertices = LodVertices[L];
		for (const TArray<FVertexID>& Section : Vertices)
		{
			for (const FVertexID Vertex : Section)
			{
				Weights.Set(Vertex, MakeArrayView(&Full, 1));
			}
		}
		const std::vector<UnrealSection>& Sections = Lods[L];
		for (size_t S = 0; S < Sections.size(); ++S)
		{
			for (const fitme::core::UnrealMorphTarget& Target : Sections[S].targets)
			{
				const FName TargetName(*FitMeStrings::ToFString(Target.name));
				Attributes.RegisterMorphTargetAttribute(TargetName, /*bIncludeNormals*/ false);
				TVertexAttributesRef<FVector3f> Deltas = Attributes.GetVertexMorphPositionDelta(TargetName);
				for (int32 V = 0; V < Vertices[S].Num(); ++V)
				{
					const fitme::core::Vec3f& D = Target.position_deltas[V];
					Deltas[Vertices[S][V]] = FVector3f(D.x, D.y, D.z);
				}
			}
		}
	}

	const FString AssetName = TEXT("SK_") + Name;
	const FString SkeletonName = TEXT("SKEL_") + Name;
	USkeleton* Skeleton = NewObject<USkeleton>(NewAssetPackage(Folder, SkeletonName, Packages), *SkeletonName, RF_Public | RF_Standalone);
	USkeletalMesh* Mesh = NewObject<USkeletalMesh>(NewAssetPackage(Folder, AssetName, Packages), *AssetName, RF_Public | RF_Standalone);
	{
		FReferenceSkeletonModifier Modifier(Mesh->GetRefSkeleton(), Skeleton);
		Modifier.Add(FMeshBoneInfo(FName(TEXT("root")), TEXT("root"), INDEX_NONE), FTransform::Identity);
	}
	for (const FName& Slot : Slots)
	{
		Mesh->GetMaterials().Add(FSkeletalMaterial(Material, Slot, Slot));
	}
	const std::vector<float> ScreenSizes = fitme::core::LodScreenSizes(Lods.size());
	for (int32 L = 0; L < Descriptions.Num(); ++L)
	{
		Mesh->GetImportedModel()->LODModels.Add(new FSkeletalMeshLODModel());
		FSkeletalMeshLODInfo& Info = Mesh->AddLODInfo();
		Info.ScreenSize = ScreenSizes[L];
		Info.bHasBeenSimplified = false;
		Info.ReductionSettings = FSkeletalMeshOptimizationSettings();  // keeps every triangle and vertex
		Info.ReductionSettings.BaseLOD = L;
		Mesh->CreateMeshDescription(L, MoveTemp(Descriptions[L]));
		Mesh->CommitMeshDescription(L);
	}
	Mesh->CalculateInvRefMatrices();
	Skeleton->MergeAllBonesToBoneTree(Mesh);
	Mesh->SetSkeleton(Skeleton);
	Mesh->Build();
	Mesh->PostEditChange();
	Registered(Skeleton);
	Registered(Mesh);
	return Mesh;
}
}

bool FFitMeAssetSaver::Save(const fitme::core::AvatarResult& Avatar, const FString& InName, FFitMeSavedAvatar& Out, FString& OutError)
{
	const FString Name = FPaths::MakeValidFileName(InName.IsEmpty() ? FString(TEXT("Avatar")) : InName, TEXT('_'));
	Out = FFitMeSavedAvatar();
	Out.Folder = FString(TEXT("/Game/FitMe/")) + Name;

	FLods Lods;
	fitme::core::ErrorInfo Error;
	if (!fitme::core::ToUnrealLods(Avatar, Lods, Error))
	{
		OutError = FitMeStrings::ToFString(Error.message);
		return false;
	}
	UMaterial* Base = FFitMeBaseMaterial::FindOrCreate();
	if (Base == nullptr)
	{
		OutError = TEXT("could not create the base material /Game/FitMe/M_FitMeSkin");
		return false;
	}

	TArray<UPackage*> Packages;
	TMap<uint32, UTexture2D*> TexturesById;
	for (const fitme::core::TextureData& Map : Avatar.textures)
	{
		UTexture2D* Texture = SaveTexture(Map, Out.Folder, Name, Packages, OutError);
		if (Texture == nullptr)
		{
			return false;
		}
		TexturesById.Add(Map.texture_id, Texture);
		Out.Textures.Add(Texture);
	}

	const fitme::core::UnrealMaterialValues Values = Avatar.mesh.materials.empty()
		? fitme::core::UnrealMaterialValues()
		: fitme::core::ToUnrealMaterial(Avatar.mesh.materials[0], Avatar);
	const auto Find = [&TexturesById](const fitme::core::TextureData* Map) -> UTexture2D*
	{
		UTexture2D* const* Found = Map ? TexturesById.Find(Map->texture_id) : nullptr;
		return Found ? *Found : nullptr;
	};
	const FString MaterialName = TEXT("MI_") + Name;
	UMaterialInstanceConstantFactoryNew* Factory = NewObject<UMaterialInstanceConstantFactoryNew>();
	Factory->InitialParent = Base;
	UMaterialInstanceConstant* Instance = Cast<UMaterialInstanceConstant>(Factory->FactoryCreateNew(UMaterialInstanceConstant::StaticClass(),
		NewAssetPackage(Out.Folder, MaterialName, Packages), *MaterialName, RF_Public | RF_Standalone, nullptr, GWarn));
	if (Instance == nullptr)
	{
		OutError = FString::Printf(TEXT("could not create the material instance %s/%s"), *Out.Folder, *MaterialName);
		return false;
	}
	UFitMeAvatar::WireMaterial(Values, Find(Values.albedo), Find(Values.specular), Find(Values.normal), Find(Values.roughness_map),
		[Instance](FName Param, float Value) { UMaterialEditingLibrary::SetMaterialInstanceScalarParameterValue(Instance, Param, Value); },
		[Instance](FName Param, const FLinearColor& Value) { UMaterialEditingLibrary::SetMaterialInstanceVectorParameterValue(Instance, Param, Value); },
		[Instance](FName Param, UTexture2D* Value) { UMaterialEditingLibrary::SetMaterialInstanceTextureParameterValue(Instance, Param, Value); });
	Instance->PostEditChange();
	Registered(Instance);
	Out.Material = Instance;

	const bool bHasMorphTargets = !Avatar.mesh.target_names.empty();
	Out.Mesh = bHasMorphTargets ? static_cast<UObject*>(SaveSkeletalMesh(Lods, Instance, Out.Folder, Name, Packages))
	                            : static_cast<UObject*>(SaveStaticMesh(Lods, Instance, Out.Folder, Name, Packages));
	if (!UEditorLoadingAndSavingUtils::SavePackages(Packages, /*bOnlyDirty*/ false))
	{
		OutError = FString::Printf(TEXT("could not save the assets under %s (is the Content folder writable?)"), *Out.Folder);
		return false;
	}
	return true;
}
