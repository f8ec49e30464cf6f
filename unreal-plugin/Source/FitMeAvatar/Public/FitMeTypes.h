#pragma once

#include "CoreMinimal.h"
#include "FitMe/Core/Session.h"
#include "FitMeStrings.h"

#include "FitMeTypes.generated.h"

/** How long and how finely the daemon fits the reflectance maps (ReflectancePreset in fitme.proto). */
UENUM(BlueprintType)
enum class EFitMeReflectancePreset : uint8
{
	/** Balanced: about 5 s a photo. */
	Default,
	/** A quick look: coarser maps, no fitted normal map. */
	Fast,
	/** Finer maps, about twice as long as Default. */
	Quality,
};

/** What to ask the daemon for; every field has a sensible default. */
USTRUCT(BlueprintType)
struct FITMEAVATAR_API FFitMeAvatarOptions
{
	GENERATED_BODY()

	/** Face model id; empty uses the daemon's default (`npx fitme models` lists them). */
	UPROPERTY(EditAnywhere, BlueprintReadWrite, Category = "FitMe")
	FString Model;

	/** Width and height of the texture maps, 256..4096; 0 uses the daemon's default (1024). */
	UPROPERTY(EditAnywhere, BlueprintReadWrite, Category = "FitMe", meta = (ClampMin = "0", ClampMax = "4096"))
	int32 TextureSize = 1024;

	/** How long and how finely the reflectance maps are fitted. */
	UPROPERTY(EditAnywhere, BlueprintReadWrite, Category = "FitMe")
	EFitMeReflectancePreset ReflectancePreset = EFitMeReflectancePreset::Default;

	/** Stream preview images of the fit while it runs (the OnPreview pin). */
	UPROPERTY(EditAnywhere, BlueprintReadWrite, Category = "FitMe")
	bool bLivePreview = true;

	/** Preview frames per second; 0 uses the daemon's default (2). */
	UPROPERTY(EditAnywhere, BlueprintReadWrite, Category = "FitMe", meta = (ClampMin = "0", ClampMax = "30"))
	float PreviewRateHz = 2.f;

	/** Daemon address; empty uses ws://127.0.0.1:7468. */
	UPROPERTY(EditAnywhere, BlueprintReadWrite, Category = "FitMe|Connection")
	FString DaemonUrl;

	/** Token file; empty uses the daemon's default location (FITME_HOME, then the user's config folder). */
	UPROPERTY(EditAnywhere, BlueprintReadWrite, Category = "FitMe|Connection")
	FString TokenFile;

	fitme::core::GenerateOptions ToCore() const
	{
		fitme::core::GenerateOptions Out;
		Out.model = FitMeStrings::ToUtf8(Model);
		Out.texture_size = static_cast<uint32_t>(FMath::Max(0, TextureSize));
		Out.reflectance_preset = ToWire(ReflectancePreset);
		Out.preview = bLivePreview;
		Out.preview_rate_hz = PreviewRateHz;
		return Out;
	}

	static fitme::wire::ReflectancePreset ToWire(EFitMeReflectancePreset Preset)
	{
		switch (Preset)
		{
		case EFitMeReflectancePreset::Fast: return fitme::wire::ReflectancePreset::kFast;
		case EFitMeReflectancePreset::Quality: return fitme::wire::ReflectancePreset::kQuality;
		default: return fitme::wire::ReflectancePreset::kDefault;
		}
	}
};
