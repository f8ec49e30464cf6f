#include "FitMeAvatarModule.h"

#include "Materials/MaterialInterface.h"
#include "Modules/ModuleManager.h"

DEFINE_LOG_CATEGORY(LogFitMe);

FFitMeAvatarModule& FFitMeAvatarModule::Get()
{
	return FModuleManager::LoadModuleChecked<FFitMeAvatarModule>(TEXT("FitMeAvatar"));
}

UMaterialInterface* FFitMeAvatarModule::GetBaseMaterial(FString& OutError)
{
	if (UMaterialInterface* Existing = LoadObject<UMaterialInterface>(nullptr, BaseMaterialPath, nullptr, LOAD_NoWarn))
	{
		return Existing;
	}
	if (BaseMaterialFactory)
	{
		if (UMaterialInterface* Created = BaseMaterialFactory())
		{
			return Created;
		}
	}
	OutError = FString::Printf(TEXT("the base material %s is missing: open the project in the editor once (the FitMe Avatar panel creates it) ")
		TEXT("and add /Game/FitMe to \"Additional Asset Directories to Cook\" for packaged builds"), BaseMaterialPath);
	return nullptr;
}

IMPLEMENT_MODULE(FFitMeAvatarModule, FitMeAvatar)
