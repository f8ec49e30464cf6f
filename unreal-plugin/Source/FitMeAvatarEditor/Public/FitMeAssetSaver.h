#pragma once

#include "CoreMinimal.h"
#include "FitMe/Core/AvatarData.h"

class UMaterialInstanceConstant;
class UTexture2D;

/** What FFitMeAssetSaver::Save wrote. */
struct FFitMeSavedAvatar
{
	FString Folder;  // /Game/FitMe/<Name>
	UObject* Mesh = nullptr;  // UStaticMesh, or USkeletalMesh when the avatar has morph targets
	UMaterialInstanceConstant* Material = nullptr;
	TArray<UTexture2D*> Textures;
};

/**
 * Saves a finished avatar as assets under /Game/FitMe/<Name>/: T_<Name>_<Map> textures (sRGB albedo,
 * linear masks, TC_Normalmap normals with green flipped), MI_<Name> (a constant instance of
 * M_FitMeSkin) and SM_<Name>, or SK_<Name> with a one-bone skeleton and one morph target per
 * blendshape when the model has them (ARKit names, for Live Link Face).
 */
struct FITMEAVATAREDITOR_API FFitMeAssetSaver
{
	static bool Save(const fitme::core::AvatarResult& Avatar, const FString& Name, FFitMeSavedAvatar& Out, FString& OutError);
};
