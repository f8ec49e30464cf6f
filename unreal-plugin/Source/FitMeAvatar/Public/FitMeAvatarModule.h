#pragma once

#include "CoreMinimal.h"
#include "Modules/ModuleInterface.h"

class UMaterialInterface;

DECLARE_LOG_CATEGORY_EXTERN(LogFitMe, Log, All);

/**
 * The runtime module. It finds the base material the avatars use: the asset at kBaseMaterialPath,
 * which the editor module creates in code on first use (a packaged game needs it cooked, see the
 * Docs). The editor module registers that factory here, so runtime code never depends on the editor.
 */
class FITMEAVATAR_API FFitMeAvatarModule : public IModuleInterface
{
public:
	static constexpr const TCHAR* BaseMaterialPath = TEXT("/Game/FitMe/M_FitMeSkin.M_FitMeSkin");

	static FFitMeAvatarModule& Get();

	/** The base material, created through the registered factory when the asset does not exist yet. */
	UMaterialInterface* GetBaseMaterial(FString& OutError);

	void SetBaseMaterialFactory(TFunction<UMaterialInterface*()> Factory) { BaseMaterialFactory = MoveTemp(Factory); }

private:
	TFunction<UMaterialInterface*()> BaseMaterialFactory;
};
