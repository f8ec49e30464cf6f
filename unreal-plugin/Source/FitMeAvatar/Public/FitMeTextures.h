#pragma once

#include "CoreMinimal.h"
#include "FitMe/Core/AvatarData.h"
#include "FitMe/Core/UnrealConvention.h"
#include "ImageCore.h"

class UTexture2D;

/** Turns the daemon's encoded maps (PNG) into Unreal textures with the right colour handling. */
struct FITMEAVATAR_API FFitMeTextures
{
	/** Decodes a map to 8-bit BGRA; a normal map is converted to Unreal's green-down convention. */
	static bool DecodeToBGRA8(const fitme::core::TextureData& Map, FImage& OutImage, FString& OutError);

	/** Decodes any encoded image (the live preview's JPEG) to 8-bit BGRA. */
	static bool DecodeToBGRA8(const uint8* Data, int64 Size, FImage& OutImage, FString& OutError);

	/** A transient texture for use at runtime: sRGB albedo, linear masks, TC_Normalmap normals. */
	static UTexture2D* CreateTransient(const fitme::core::TextureData& Map, FString& OutError);

	/** A transient texture from decoded BGRA8 pixels (previews use the colour role). */
	static UTexture2D* CreateTransient(const FImage& Image, fitme::core::TextureRole Role);

	/** sRGB, compression and sampling settings for a map's role. */
	static void ApplyRole(UTexture2D* Texture, fitme::core::TextureRole Role);
};
