#pragma once

#include "CoreMinimal.h"
#include "Modules/ModuleInterface.h"

class SDockTab;
class FSpawnTabArgs;

/**
 * Adds "FitMe Avatar" to the level editor's toolbar and Tools menu (a dockable panel to generate an
 * avatar from photos and save it as assets) and lets the runtime module create the base material.
 */
class FFitMeAvatarEditorModule : public IModuleInterface
{
public:
	static const FName TabName;

	virtual void StartupModule() override;
	virtual void ShutdownModule() override;

private:
	void RegisterMenus();
	TSharedRef<SDockTab> SpawnTab(const FSpawnTabArgs& Args);
};
