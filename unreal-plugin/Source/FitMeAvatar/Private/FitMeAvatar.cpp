#include "FitMeAvatar.h"

#include "Engine/Texture2D.h"
#include "FitMeAvatarModule.h"
#include "FitMeStrings.h"
#include "FitMeTextures.h"
#include "Materials/MaterialInstanceDynamic.h"
#include "ProceduralMeshComponent.h"

namespace
{
FVector ToVector(const fitme::core::Vec3f& V) { return FVector(V.x, V.y, V.z); }

void SectionStreams(const fitme::core::UnrealSection& S, TArray<FVector>& Normals, TArray<FVector2D>& UVs, TArray<FProcMeshTangent>& Tangents)
{
	Normals.Reset(static_cast<int32>(S.normals.size()));
	for (const fitme::core::Vec3f& N : S.normals) { Normals.Add(ToVector(N)); }
	UVs.Reset(static_cast<int32>(S.uvs.size()));
	for (const fitme::core::Vec2f& UV : S.uvs) { UVs.Add(FVector2D(UV.x, UV.y)); }
	Tangents.Reset(static_cast<int32>(S.tangents.size()));
	for (size_t I = 0; I < S.tangents.size(); ++I)
	{
		Tangents.Add(FProcMeshTangent(ToVector(S.tangents[I]), S.binormal_signs[I] < 0.f));
	}
}
}

UFitMeAvatar* UFitMeAvatar::Create(UObject* Outer, fitme::core::AvatarResult&& InResult, FString& OutError)
{
	UFitMeAvatar* Avatar = NewObject<UFitMeAvatar>(Outer);
	Avatar->Result = MoveTemp(InResult);
	fitme::core::ErrorInfo Error;
	if (!fitme::core::ToUnrealLods(Avatar->Result, Avatar->Lods, Error))
	{
		OutError = FitMeStrings::ToFString(Error.message);
		return nullptr;
	}
	Avatar->NumLODs = static_cast<int32>(Avatar->Lods.size());
	Avatar->JobId = FitMeStrings::ToFString(Avatar->Result.job_id);
	for (const std::string& Name : Avatar->Result.mesh.target_names)
	{
		Avatar->MorphTargetNames.Add(FName(*FitMeStrings::ToFString(Name)));
	}

	const fitme::core::UnrealMaterialValues Values = Avatar->GetMaterialValues(0);
	const auto Make = [&OutError](const fitme::core::TextureData* Map) -> UTexture2D*
	{
		return Map ? FFitMeTextures::CreateTransient(*Map, OutError) : nullptr;
	};
	Avatar->AlbedoMap = Make(Values.albedo);
	Avatar->SpecularMap = Make(Values.specular);
	Avatar->NormalMap = Make(Values.normal);
	Avatar->RoughnessMap = Make(Values.roughness_map);
	if (!OutError.IsEmpty())
	{
		return nullptr;
	}

	UMaterialInterface* Base = FFitMeAvatarModule::Get().GetBaseMaterial(OutError);
	if (Base == nullptr)
	{
		return nullptr;
	}
	UMaterialInstanceDynamic* Instance = UMaterialInstanceDynamic::Create(Base, Avatar);
	WireMaterial(Values, Avatar->AlbedoMap, Avatar->SpecularMap, Avatar->NormalMap, Avatar->RoughnessMap,
		[Instance](FName Name, float Value) { Instance->SetScalarParameterValue(Name, Value); },
		[Instance](FName Name, const FLinearColor& Value) { Instance->SetVectorParameterValue(Name, Value); },
		[Instance](FName Name, UTexture2D* Value) { Instance->SetTextureParameterValue(Name, Value); });
	Avatar->Material = Instance;
	return Avatar;
}

fitme::core::UnrealMaterialValues UFitMeAvatar::GetMaterialValues(uint32 Index) const
{
	if (Index < Result.mesh.materials.size())
	{
		return fitme::core::ToUnrealMaterial(Result.mesh.materials[Index], Result);
	}
	return fitme::core::UnrealMaterialValues();
}

const std::vector<fitme::core::UnrealSection>* UFitMeAvatar::SectionsOf(int32 LOD) const
{
	return LOD >= 0 && LOD < static_cast<int32>(Lods.size()) ? &Lods[LOD] : nullptr;
}

bool UFitMeAvatar::BuildProceduralMesh(UProceduralMeshComponent* Target, bool bCreateCollision, int32 LOD)
{
	const std::vector<fitme::core::UnrealSection>* Level = SectionsOf(LOD);
	if (Target == nullptr || Level == nullptr)
	{
		return false;
	}
	const std::vector<fitme::core::UnrealSection>& Sections = *Level;
	Target->ClearAllMeshSections();
	for (int32 Index = 0; Index < static_cast<int32>(Sections.size()); ++Index)
	{
		const fitme::core::UnrealSection& S = Sections[Index];
		TArray<FVector> Vertices;
		Vertices.Reserve(static_cast<int32>(S.positions.size()));
		for (const fitme::core::Vec3f& P : S.positions) { Vertices.Add(ToVector(P)); }
		TArray<int32> Triangles;
		Triangles.Reserve(static_cast<int32>(S.indices.size()));
		for (const uint32_t I : S.indices) { Triangles.Add(static_cast<int32>(I)); }
		TArray<FVector> Normals;
		TArray<FVector2D> UVs;
		TArray<FProcMeshTangent> Tangents;
		SectionStreams(S, Normals, UVs, Tangents);
		Target->CreateMeshSection_LinearColor(Index, Vertices, Triangles, Normals, UVs, TArray<FLinearColor>(), Tangents, bCreateCollision);
		Target->SetMaterial(Index, Material);
	}
	return Sections.size() > 0;
}

bool UFitMeAvatar::ApplyMorphTargetWeights(UProceduralMeshComponent* Target, const TMap<FName, float>& Weights, int32 LOD)
{
	const std::vector<fitme::core::UnrealSection>* Level = SectionsOf(LOD);
	if (Target == nullptr || Level == nullptr || Target->GetNumSections() != static_cast<int32>(Level->size()))
	{
		return false;
	}
	const std::vector<fitme::core::UnrealSection>& Sections = *Level;
	for (int32 Index = 0; Index < static_cast<int32>(Sections.size()); ++Index)
	{
		const fitme::core::UnrealSection& S = Sections[Index];
		TArray<FVector> Vertices;
		Vertices.Reserve(static_cast<int32>(S.positions.size()));
		for (const fitme::core::Vec3f& P : S.positions) { Vertices.Add(ToVector(P)); }
		TArray<FVector> Normals;
		TArray<FVector2D> UVs;
		TArray<FProcMeshTangent> Tangents;
		SectionStreams(S, Normals, UVs, Tangents);
		for (const fitme::core::UnrealMorphTarget& Morph : S.targets)
		{
			const float* Weight = Weights.Find(FName(*FitMeStrings::ToFString(Morph.name)));
			if (Weight == nullptr || *Weight == 0.f)
			{
				continue;
			}
			for (int32 V = 0; V < Vertices.Num(); ++V) { Vertices[V] += ToVector(Morph.position_deltas[V]) * *Weight; }
			for (int32 V = 0; V < Normals.Num() && V < static_cast<int32>(Morph.normal_deltas.size()); ++V)
			{
				Normals[V] += ToVector(Morph.normal_deltas[V]) * *Weight;
			}
		}
		for (FVector& N : Normals) { N = N.GetSafeNormal(); }
		Target->UpdateMeshSection_LinearColor(Index, Vertices, Normals, UVs, TArray<FLinearColor>(), Tangents);
	}
	return true;
}
