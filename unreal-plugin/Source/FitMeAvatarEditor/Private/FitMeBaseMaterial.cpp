#include "FitMeBaseMaterial.h"

#include "AssetRegistry/AssetRegistryModule.h"
#include "Engine/Texture2D.h"
#include "FileHelpers.h"
#include "FitMe/Core/UnrealConvention.h"
#include "FitMeAvatarModule.h"
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

const TCHAR* const WhiteTexture = TEXT("/Engine/EngineResources/WhiteSquareTexture.WhiteSquareTexture");
const TCHAR* const FlatNormalTexture = TEXT("/Engine/EngineMaterials/FlatNormal.FlatNormal");

template <typename T>
T* AddExpression(UMaterial* Material, int32 X, int32 Y)
{
	return Cast<T>(UMaterialEditingLibrary::CreateMaterialExpression(Material, T::StaticClass(), X, Y));
}

UMaterialExpressionTextureSampleParameter2D* AddTexture(UMaterial* Material, const char* Name, EMaterialSamplerType Sampler, const TCHAR* Default, int32 Y)
{
	auto* Expression = AddExpression<UMaterialExpressionTextureSampleParameter2D>(Material, -700, Y);
	Expression->ParameterName = FName(Name);
	Expression->SamplerType = Sampler;
	Expression->Texture = LoadObject<UTexture2D>(nullptr, Default);
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
	UPackage* Package = CreatePackage(PackageName);
	UMaterialFactoryNew* Factory = NewObject<UMaterialFactoryNew>();
	UMaterial* Material = Cast<UMaterial>(Factory->FactoryCreateNew(UMaterial::StaticClass(), Package, AssetName, RF_Public | RF_Standalone, nullptr, GWarn));
	if (Material == nullptr)
	{
		return nullptr;
	}

	auto* Albedo = AddTexture(Material, P::kAlbedoMap, SAMPLERTYPE_Color, WhiteTexture, -400);
	auto* Tint = AddExpression<UMaterialExpressionVectorParameter>(Material, -700, -150);
	Tint->ParameterName = FName(P::kBaseColorTint);
	Tint->DefaultValue = FLinearColor::White;
	MultiplyInto(Material, Albedo, TEXT("RGB"), Tint, MP_BaseColor, -300);

	auto* Specular = AddTexture(Material, P::kSpecularMap, SAMPLERTYPE_LinearColor, WhiteTexture, 0);
	auto* SpecularScale = AddScalar(Material, P::kSpecularScale, 0.5f, 250);
	MultiplyInto(Material, Specular, TEXT("R"), SpecularScale, MP_Specular, 100);

	auto* Roughness = AddTexture(Material, P::kRoughnessMap, SAMPLERTYPE_LinearColor, WhiteTexture, 400);
	auto* RoughnessScale = AddScalar(Material, P::kRoughness, 0.6f, 650);
	MultiplyInto(Material, Roughness, TEXT("R"), RoughnessScale, MP_Roughness, 500);

	auto* Metallic = AddScalar(Material, P::kMetallic, 0.f, 800);
	UMaterialEditingLibrary::ConnectMaterialProperty(Metallic, FString(), MP_Metallic);

	auto* Normal = AddTexture(Material, P::kNormalMap, SAMPLERTYPE_Normal, FlatNormalTexture, 950);
	UMaterialEditingLibrary::ConnectMaterialProperty(Normal, TEXT("RGB"), MP_Normal);

	UMaterialEditingLibrary::RecompileMaterial(Material);
	FAssetRegistryModule::AssetCreated(Material);
	Package->MarkPackageDirty();
	UEditorLoadingAndSavingUtils::SavePackages({Package}, /*bOnlyDirty*/ false);
	return Material;
}
