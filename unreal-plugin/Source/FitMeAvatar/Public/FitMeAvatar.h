#pragma once

#include "CoreMinimal.h"
#include "FitMe/Core/AvatarData.h"
#include "FitMe/Core/LevelsOfDetail.h"
#include "FitMe/Core/UnrealConvention.h"
#include "UObject/Object.h"

#include "FitMeAvatar.generated.h"

class UMaterialInstanceDynamic;
class UMaterialInterface;
class UProceduralMeshComponent;
class UTexture2D;

/**
 * A finished avatar in Unreal's conventions (centimetres, Z up, left-handed): its maps as
 * textures, a dynamic instance of the FitMe base material wired to them, and the mesh, ready for a
 * UProceduralMeshComponent at runtime (the editor panel saves it as assets instead).
 */
UCLASS(BlueprintType)
class FITMEAVATAR_API UFitMeAvatar : public UObject
{
	GENERATED_BODY()

public:
	/** Converts a finished job; nullptr with OutError set when the mesh or a map is unusable. */
	static UFitMeAvatar* Create(UObject* Outer, fitme::core::AvatarResult&& Result, FString& OutError);

	/** The daemon's job id: FetchResult with it gets the same avatar again without fitting. */
	UPROPERTY(BlueprintReadOnly, Category = "FitMe")
	FString JobId;

	UPROPERTY(BlueprintReadOnly, Category = "FitMe")
	TObjectPtr<UTexture2D> AlbedoMap;

	UPROPERTY(BlueprintReadOnly, Category = "FitMe")
	TObjectPtr<UTexture2D> SpecularMap;

	UPROPERTY(BlueprintReadOnly, Category = "FitMe")
	TObjectPtr<UTexture2D> NormalMap;

	UPROPERTY(BlueprintReadOnly, Category = "FitMe")
	TObjectPtr<UTexture2D> RoughnessMap;

	/** The base material (M_FitMeSkin) with this avatar's maps and values. */
	UPROPERTY(BlueprintReadOnly, Category = "FitMe")
	TObjectPtr<UMaterialInstanceDynamic> Material;

	/** Blendshape names (ARKit names such as jawOpen when the model has them); empty otherwise. */
	UPROPERTY(BlueprintReadOnly, Category = "FitMe")
	TArray<FName> MorphTargetNames;

	/** Levels of detail: 1 without, 3 for an ICT-FaceKit head (LOD0 full, LOD1 ~25% and LOD2 ~8% of the triangles). */
	UPROPERTY(BlueprintReadOnly, Category = "FitMe")
	int32 NumLODs = 1;

	/**
	 * Fills Target with level of detail `LOD` of the head (one section per primitive) and assigns
	 * Material. A procedural mesh has no LODs of its own: pick the level yourself (e.g. by distance)
	 * and call this again; every level has the same sections, materials and morph target names.
	 */
	UFUNCTION(BlueprintCallable, Category = "FitMe")
	bool BuildProceduralMesh(UProceduralMeshComponent* Target, bool bCreateCollision = false, int32 LOD = 0);

	/** Blends the morph targets of level `LOD` (the one Target shows) on the CPU (e.g. with Live Link Face's ARKit curve values, 0..1). */
	UFUNCTION(BlueprintCallable, Category = "FitMe")
	bool ApplyMorphTargetWeights(UProceduralMeshComponent* Target, const TMap<FName, float>& Weights, int32 LOD = 0);

	const fitme::core::AvatarResult& GetResult() const { return Result; }
	/** LOD0's sections. */
	const std::vector<fitme::core::UnrealSection>& GetSections() const
	{
		static const std::vector<fitme::core::UnrealSection> None;
		return Lods.empty() ? None : Lods[0];
	}
	/** Every level's sections, LOD0 first. */
	const std::vector<std::vector<fitme::core::UnrealSection>>& GetLodSections() const { return Lods; }

	/** The material values of primitive material `Index` (defaults when the mesh has none). */
	fitme::core::UnrealMaterialValues GetMaterialValues(uint32 Index) const;

	/** Sets the base material's parameters on a dynamic or constant instance through `Set*`. */
	template <typename FSetScalar, typename FSetVector, typename FSetTexture>
	static void WireMaterial(const fitme::core::UnrealMaterialValues& Values, UTexture2D* Albedo, UTexture2D* Specular,
		UTexture2D* Normal, UTexture2D* Roughness, FSetScalar SetScalar, FSetVector SetVector, FSetTexture SetTexture)
	{
		namespace P = fitme::core::material_params;
		SetVector(FName(P::kBaseColorTint), FLinearColor(Values.base_color_tint[0], Values.base_color_tint[1], Values.base_color_tint[2], Values.base_color_tint[3]));
		SetScalar(FName(P::kSpecularScale), Values.specular_scale);
		SetScalar(FName(P::kRoughness), Values.roughness);
		SetScalar(FName(P::kMetallic), Values.metallic);
		if (Albedo) { SetTexture(FName(P::kAlbedoMap), Albedo); }
		if (Specular) { SetTexture(FName(P::kSpecularMap), Specular); }
		if (Normal) { SetTexture(FName(P::kNormalMap), Normal); }
		if (Roughness) { SetTexture(FName(P::kRoughnessMap), Roughness); }
	}

private:
	const std::vector<fitme::core::UnrealSection>* SectionsOf(int32 LOD) const;

	fitme::core::AvatarResult Result;
	std::vector<std::vector<fitme::core::UnrealSection>> Lods;
};
