#pragma once

#include "CoreMinimal.h"

class UMaterial;

/**
 * The avatars' base material, M_FitMeSkin, built in code on first use and saved under /Game/FitMe/
 * (a .uasset cannot be authored outside the editor). Its parameters are the names in
 * fitme::core::material_params:
 *   Base Color = AlbedoMap.rgb * BaseColorTint        (sampler Color: sRGB map)
 *   Specular   = SpecularMap.r * SpecularScale        (sampler Masks: linear, TC_Masks; Unreal's F0 = 0.08 * Specular)
 *   Roughness  = RoughnessMap.r * Roughness           (sampler Masks; white map when the avatar has none)
 *   Metallic   = Metallic
 *   Normal     = NormalMap                            (sampler Normal: TC_Normalmap, DirectX convention)
 * The parameters' default textures (T_FitMeDefault_*) are created and saved next to it.
 */
struct FITMEAVATAREDITOR_API FFitMeBaseMaterial
{
	static constexpr const TCHAR* PackageName = TEXT("/Game/FitMe/M_FitMeSkin");
	static constexpr const TCHAR* AssetName = TEXT("M_FitMeSkin");

	/** Loads the asset, or builds, compiles and saves it when it does not exist yet. */
	static UMaterial* FindOrCreate();
};
