#pragma once

#include "CoreMinimal.h"

class UMaterial;

/**
 * The avatars' base material, M_FitMeSkin, built in code on first use and saved under /Game/FitMe/
 * (a .uasset cannot be authored outside the editor). Its parameters are the names in
 * fitme::core::material_params:
 *   Base Color = AlbedoMap.rgb * BaseColorTint        (sRGB map)
 *   Specular   = SpecularMap.r * SpecularScale        (linear; Unreal's F0 = 0.08 * Specular)
 *   Roughness  = RoughnessMap.r * Roughness           (linear; white map when the avatar has none)
 *   Metallic   = Metallic
 *   Normal     = NormalMap                            (TC_Normalmap, DirectX convention)
 */
struct FITMEAVATAREDITOR_API FFitMeBaseMaterial
{
	static constexpr const TCHAR* PackageName = TEXT("/Game/FitMe/M_FitMeSkin");
	static constexpr const TCHAR* AssetName = TEXT("M_FitMeSkin");

	/** Loads the asset, or builds, compiles and saves it when it does not exist yet. */
	static UMaterial* FindOrCreate();
};
