#include "FitMeAvatarEditorModule.h"

#include "FitMeAvatarModule.h"
#include "FitMeBaseMaterial.h"
#include "Framework/Docking/TabManager.h"
#include "Materials/Material.h"
#include "SFitMeAvatarPanel.h"
#include "Styling/AppStyle.h"
#include "ToolMenus.h"
#include "Widgets/Docking/SDockTab.h"

#define LOCTEXT_NAMESPACE "FitMeAvatarEditor"

const FName FFitMeAvatarEditorModule::TabName(TEXT("FitMeAvatar"));

void FFitMeAvatarEditorModule::StartupModule()
{
	FFitMeAvatarModule::Get().SetBaseMaterialFactory([]() -> UMaterialInterface* { return FFitMeBaseMaterial::FindOrCreate(); });

	FGlobalTabmanager::Get()->RegisterNomadTabSpawner(TabName, FOnSpawnTab::CreateRaw(this, &FFitMeAvatarEditorModule::SpawnTab))
		.SetDisplayName(LOCTEXT("TabTitle", "FitMe Avatar"))
		.SetTooltipText(LOCTEXT("TabTooltip", "Generate a 3D head from photos with the local FitMe daemon"))
		.SetMenuType(ETabSpawnerMenuType::Hidden);

	UToolMenus::RegisterStartupCallback(FSimpleMulticastDelegate::FDelegate::CreateRaw(this, &FFitMeAvatarEditorModule::RegisterMenus));
}

void FFitMeAvatarEditorModule::ShutdownModule()
{
	UToolMenus::UnRegisterStartupCallback(this);
	UToolMenus::UnregisterOwner(this);
	FGlobalTabmanager::Get()->UnregisterNomadTabSpawner(TabName);
	if (FModuleManager::Get().IsModuleLoaded(TEXT("FitMeAvatar")))
	{
		FFitMeAvatarModule::Get().SetBaseMaterialFactory(nullptr);
	}
}

void FFitMeAvatarEditorModule::RegisterMenus()
{
	FToolMenuOwnerScoped Owner(this);
	const FUIAction Open(FExecuteAction::CreateLambda([]() { FGlobalTabmanager::Get()->TryInvokeTab(TabName); }));
	const FSlateIcon Icon(FAppStyle::GetAppStyleSetName(), TEXT("ClassIcon.SkeletalMesh"));

	UToolMenu* Tools = UToolMenus::Get()->ExtendMenu(TEXT("LevelEditor.MainMenu.Tools"));
	FToolMenuSection& ToolsSection = Tools->FindOrAddSection(TEXT("FitMe"));
	ToolsSection.AddMenuEntry(TEXT("OpenFitMeAvatar"), LOCTEXT("MenuLabel", "FitMe Avatar"),
		LOCTEXT("MenuTooltip", "Generate an avatar from photos"), Icon, Open);

	UToolMenu* Toolbar = UToolMenus::Get()->ExtendMenu(TEXT("LevelEditor.LevelEditorToolBar.PlayToolBar"));
	FToolMenuSection& ToolbarSection = Toolbar->FindOrAddSection(TEXT("PluginTools"));
	ToolbarSection.AddEntry(FToolMenuEntry::InitToolBarButton(TEXT("FitMeAvatar"), Open, LOCTEXT("ToolbarLabel", "FitMe"),
		LOCTEXT("ToolbarTooltip", "Open the FitMe Avatar panel"), Icon));
}

TSharedRef<SDockTab> FFitMeAvatarEditorModule::SpawnTab(const FSpawnTabArgs& /*Args*/)
{
	return SNew(SDockTab).TabRole(ETabRole::NomadTab)[SNew(SFitMeAvatarPanel)];
}

#undef LOCTEXT_NAMESPACE

IMPLEMENT_MODULE(FFitMeAvatarEditorModule, FitMeAvatarEditor)
