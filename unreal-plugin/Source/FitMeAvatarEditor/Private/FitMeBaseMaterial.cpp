#include "FitMeBaseMaterial.h"

#include "AssetRegistry/AssetRegistryModule.h"
#include "Engine/Texture2D.h"
#include "FileHelpers.h"
#include "FitMe/Core/UnrealConvention.h"
#include "FitMeAvatarModule.h"
#include "FitMeTextures.h"
#include "Factories/MaterialFactoryNew.h"
#include "MaterialEditingLibrary.h"
#include "Materials/Material.h"
#include "Materials/MaterialExpressionMultiply.h"
#include "Materials/MaterialExpressionScalarParameter.h"
#include "Materials/MaterialExpressionTextureSampleParameter2D.h"
#include "Materials/MaterialExpressionVectorParameter.h"

namespace
{
namespace P = fitme::core::material_params;

/**
 * A 4x4 texture of one colour under /Game/FitMe/, the default of a texture parameter. The material
 * compiler refuses a default whose compression and sRGB settings do not match the parameter's
 * sampler type, so the defaults are made here with the settings of the maps that replace them
 * (FFitMeTextures::ApplyRole) rather than borrowed from engine content.
 */
UTexture2D* FindOrCreateDefault(const TCHAR* Name, FColor Fill, fitme::core::TextureRole Role, TArray<UPackage*>& Packages)
{
	const FString PackageName = FString(TEXT("/Game/FitMe/")) + Name;
	if (UTexture2D* Existing = LoadObject<UTexture2D>(nullptr, *(PackageName + TEXT(".") + Name), nullptr, LOAD_NoWarn))
	{
		return Existing;
	}
	UPackage* Package = CreatePackage(*PackageName);
	UTexture2D* Texture = NewObject<UTexture2D>(Package, Name, RF_Public | RF_Standalone);
	TArray<FColor> Pixels;
	Pixels.Init(Fill, 16);
	// FColor's memory order is B, G, R, A: TSF_BGRA8.
	Texture->Source.Init(4, 4, 1, 1, TSF_BGRA8, reinterpret_cast<const uint8*>(Pixels.GetData()));
	FFitMeTextures::ApplyRole(Texture, Role);
	Texture->PostEditChange();
	FAssetRegistryModule::AssetCreated(Texture);
	Packages.Add(Package);
	return Texture;
}

template <typename T>
T* AddExpression(UMaterial* Material, int32 X, int32 Y)
{
	return Cast<T>(UMaterialEditingLibrary::CreateMaterialExpression(Material, T::StaticClass(), X, Y));
}

UMaterialExpressionTextureSampleParameter2D* AddTexture(UMaterial* Material, const char* Name, EMaterialSamplerType Sampler, UTexture2D* Default, int32 Y)
{
	auto* Expression = AddExpression<UMaterialExpressionTextureSampleParameter2D>(Material, -700, Y);
	Expression->ParameterName = FName(Name);
	Expression->SamplerType = Sampler;
	Expression->Texture = Default;
	return Expression;
}

UMaterialExpressionScalarParameter* AddScalar(UMaterial* Material, const char* Name, float Default, int32 Y)
{
	auto* Expression = AddExpression<UMaterialExpressionScalarParameter>(Material, -700, Y);
	Expression->ParameterName = FName(Name);
	Expression->DefaultValue = Default;
	return Expression;
}

/** Output = From.FromOutput * Factor, wired into Property. */
void MultiplyInto(UMaterial* Material, UMaterialExpression* From, const FString& FromOutput, UMaterialExpression* Factor, EMaterialProperty Property, int32 Y)
{
	auto* Multiply = AddExpression<UMaterialExpressionMultiply>(Material, -300, Y);
	UMaterialEditingLibrary::ConnectMaterialExpressions(From, FromOutput, Multiply, TEXT("A"));
	UMaterialEditingLibrary::ConnectMaterialExpressions(Factor, FString(), Multiply, TEXT("B"));
	UMaterialEditingLibrary::ConnectMaterialProperty(Multiply, FString(), Property);
}
}

UMaterial* FFitMeBaseMaterial::FindOrCreate()
{
	if (UMaterial* Existing = LoadObject<UMaterial>(nullptr, FFitMeAvatarModule::BaseMaterialPath, nullptr, LOAD_NoWarn))
	{
		return Existing;
	}
	TArray<UPackage*> Packages;
	// Sampler types match the settings FFitMeTextures::ApplyRole gives the avatars' maps: Color
	// (sRGB, TC_Default), Masks (linear, TC_Masks), Normal (linear, TC_Normalmap).
	using fitme::core::TextureRole;
	UTexture2D* White = FindOrCreateDefault(TEXT("T_FitMeDefault_White"), FColor::White, TextureRole::kColor, Packages);
	UTexture2D* WhiteMask = FindOrCreateDefault(TEXT("T_FitMeDefault_WhiteMask"), FColor::White, TextureRole::kLinear, Packages);
	UTexture2D* FlatNormal = FindOrCreateDefault(TEXT("T_FitMeDefault_FlatNormal"), FColor(128, 128, 255), TextureRole::kNormalMap, Packages);

	UPackage* Package = CreatePackage(PackageName);
	Packages.Add(Package);
	UMaterialFactoryNew* Factory = NewObject<UMaterialFactoryNew>();
	UMaterial* Material = Cast<UMaterial>(Factory->FactoryCreateNew(UMaterial::StaticClass(), Package, AssetName, RF_Public | RF_Standalone, nullptr, GWarn));
	if (Material == nullptr)
	{
		return nullptr;
	}
	// Saved avatars with morph targets are skeletal meshes: a cooked game renders a material only
	// with the vertex factories its usage flags name (the editor would add them and dirty the asset).
	Material->bUsedWithSkeletalMesh = true;
	Material->bUsedWithMorphTargets = true;

	auto* Albedo = AddTexture(Material, P::kAlbedoMap, SAMPLERTYPE_Color, White, -400);
	auto* Tint = AddExpression<UMaterialExpressionVectorParameter>(Material, -700, -150);
	Tint->ParameterName = FName(P::kBaseColorTint);
	Tint->DefaultValue = FLinearColor::White;
	MultiplyInto(Material, Albedo, TEXT("RGB"), Tint, MP_BaseColor, -300);

	auto* Specular = AddTexture(Material, P::kSpecularMap, SAMPLERTYPE_Masks, WhiteMask, 0);
	auto* SpecularScale = AddScalar(Material, P::kSpecularScale, 0.5f, 250);
	MultiplyInto(Material, Specular, TEXT("R"), SpecularScale, MP_Specular, 100);

	auto* Roughness = AddTexture(Material, P::kRoughnessMap, SAMPLERTYPE_Masks, WhiteMask, 400);
	auto* RoughnessScale = AddScalar(Material, P::kRoughness, 0.6f, 650);
	MultiplyInto(Material, Roughness, TEXT("R"), RoughnessScale, MP_Roughness, 500);

	auto* Metallic = AddScalar(Material, P::kMetallic, 0.f, 800);
	UMaterialEditingLibrary::ConnectMaterialProperty(Metallic, FString(), MP_Metallic);

	auto* Normal = AddTexture(Material, P::kNormalMap, SAMPLERTYPE_Normal, FlatNormal, 950);
	UMaterialEditingLibrary::ConnectMaterialProperty(Normal, TEXT("RGB"), MP_Normal);

	UMaterialEditingLibrary::RecompileMaterial(Material);
	FAssetRegistryModule::AssetCreated(Material);
	Package->MarkPackageDirty();
	UEditorLoadingAndSavingUtils::SavePackages(Packages, /*bOnlyDirty*/ false);
	return Material;
}
