// In-editor automation tests for the editor module (Session Frontend > Automation, filter "FitMe").
#include "Misc/AutomationTest.h"

#if WITH_DEV_AUTOMATION_TESTS

#include "Engine/StaticMesh.h"
#include "Engine/Texture2D.h"
#include "FitMe/Core/UnrealConvention.h"
#include "FitMeAssetSaver.h"
#include "FitMeBaseMaterial.h"
#include "IImageWrapper.h"
#include "IImageWrapperModule.h"
#include "Materials/Material.h"
#include "Materials/MaterialInstanceConstant.h"
#include "Modules/ModuleManager.h"

// A macro, not a typed constant: EAutomationTestFlags is a namespaced enum up to UE 5.4 and an enum class from 5.5.
#define FITME_EDITOR_TEST_FLAGS (EAutomationTestFlags::EditorContext | EAutomationTestFlags::EngineFilter)

namespace
{
bool HasParameter(const TArray<FMaterialParameterInfo>& Infos, const char* Name)
{
	return Infos.ContainsByPredicate([Name](const FMaterialParameterInfo& Info) { return Info.Name == FName(Name); });
}
}

IMPLEMENT_SIMPLE_AUTOMATION_TEST(FFitMeBaseMaterialTest, "FitMe.Editor.BaseMaterial", FITME_EDITOR_TEST_FLAGS)

bool FFitMeBaseMaterialTest::RunTest(const FString& Parameters)
{
	namespace P = fitme::core::material_params;
	UMaterial* Material = FFitMeBaseMaterial::FindOrCreate();
	if (!TestNotNull(TEXT("M_FitMeSkin exists or was created"), Material))
	{
		return false;
	}
	TArray<FMaterialParameterInfo> Textures, Scalars, Vectors;
	TArray<FGuid> Ids;
	Material->GetAllTextureParameterInfo(Textures, Ids);
	Material->GetAllScalarParameterInfo(Scalars, Ids);
	Material->GetAllVectorParameterInfo(Vectors, Ids);
	for (const char* Name : {P::kAlbedoMap, P::kSpecularMap, P::kRoughnessMap, P::kNormalMap})
	{
		TestTrue(FString::Printf(TEXT("texture parameter %hs"), Name), HasParameter(Textures, Name));
	}
	for (const char* Name : {P::kSpecularScale, P::kRoughness, P::kMetallic})
	{
		TestTrue(FString::Printf(TEXT("scalar parameter %hs"), Name), HasParameter(Scalars, Name));
	}
	TestTrue(TEXT("vector parameter BaseColorTint"), HasParameter(Vectors, P::kBaseColorTint));
	return true;
}

IMPLEMENT_SIMPLE_AUTOMATION_TEST(FFitMeSaveAssetsTest, "FitMe.Editor.SaveAssets", FITME_EDITOR_TEST_FLAGS)

bool FFitMeSaveAssetsTest::RunTest(const FString& Parameters)
{
	// A one-triangle avatar with a 2x2 albedo, through the same saver the panel uses.
	fitme::core::AvatarResult Avatar;
	Avatar.job_id = "automation";
	fitme::core::PrimitiveData Prim;
	Prim.positions = {0.f, 0.f, 0.f, 0.1f, 0.f, 0.f, 0.f, 0.1f, 0.f};
	Prim.normals = {0.f, 0.f, 1.f, 0.f, 0.f, 1.f, 0.f, 0.f, 1.f};
	Prim.uvs = {0.f, 1.f, 1.f, 1.f, 0.f, 0.f};
	Prim.indices = {0, 1, 2};
	Avatar.mesh.primitives.push_back(Prim);
	fitme::core::MaterialData Material;
	Material.base_color_texture = 1;
	Avatar.mesh.materials.push_back(Material);
	// A second level of detail (the same triangle): saved as LOD1 of the same static mesh.
	Avatar.lods.push_back(Avatar.mesh);
	Avatar.lods[0].lod = 1;

	IImageWrapperModule& Wrappers = FModuleManager::LoadModuleChecked<IImageWrapperModule>(TEXT("ImageWrapper"));
	TSharedPtr<IImageWrapper> Png = Wrappers.CreateImageWrapper(EImageFormat::PNG);
	const uint8 Rgba[16] = {255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255};
	Png->SetRaw(Rgba, sizeof(Rgba), 2, 2, ERGBFormat::RGBA, 8);
	const TArray64<uint8> Encoded = Png->GetCompressed();
	fitme::core::TextureData Albedo;
	Albedo.texture_id = 1;
	Albedo.kind = fitme::wire::MapKind::kAlbedo;
	Albedo.color_space = fitme::wire::ColorSpace::kSrgb;
	Albedo.width = 2;
	Albedo.height = 2;
	Albedo.bytes.assign(Encoded.GetData(), Encoded.GetData() + Encoded.Num());
	Avatar.textures.push_back(Albedo);

	FFitMeSavedAvatar Saved;
	FString Error;
	if (!TestTrue(FString::Printf(TEXT("saved (%s)"), *Error), FFitMeAssetSaver::Save(Avatar, TEXT("AutomationTest"), Saved, Error)))
	{
		return false;
	}
	TestEqual(TEXT("folder"), Saved.Folder, FString(TEXT("/Game/FitMe/AutomationTest")));
	UStaticMesh* Mesh = Cast<UStaticMesh>(Saved.Mesh);
	if (TestNotNull(TEXT("a static mesh (no morph targets)"), Mesh))
	{
		TestEqual(TEXT("one triangle"), Mesh->GetNumTriangles(0), 1);
		TestEqual(TEXT("two levels of detail"), Mesh->GetNumLODs(), 2);
		TestTrue(TEXT("LOD1 from screen size 0.3"), FMath::IsNearlyEqual(Mesh->GetSourceModel(1).ScreenSize.Default, 0.3f, 1e-4f));
		// 10 cm along glTF x is Unreal +Y 10 cm.
		TestTrue(TEXT("bounds in centimetres, glTF x on Unreal Y"), FMath::IsNearlyEqual(Mesh->GetBoundingBox().Max.Y, 10.0, 1e-3));
	}
	if (TestEqual(TEXT("one texture"), Saved.Textures.Num(), 1))
	{
		TestTrue(TEXT("albedo is sRGB"), Saved.Textures[0]->SRGB);
	}
	UTexture* Bound = nullptr;
	if (TestNotNull(TEXT("material instance"), Saved.Material))
	{
		Saved.Material->GetTextureParameterValue(FMaterialParameterInfo(FName(fitme::core::material_params::kAlbedoMap)), Bound);
		// TestTrue, not TestEqual: TestEqual's overloads for arbitrary types differ between engine versions.
		TestTrue(TEXT("albedo bound to the instance"), Bound != nullptr && Bound == static_cast<UTexture*>(Saved.Textures.Num() ? Saved.Textures[0] : nullptr));
	}
	return true;
}

#endif
