// Editor module: the FitMe Avatar panel (toolbar and Tools menu), the base material built in code,
// and saving results as assets under /Game/FitMe/<Name>/. Editor-only dependencies live here only.
using UnrealBuildTool;

public class FitMeAvatarEditor : ModuleRules
{
	public FitMeAvatarEditor(ReadOnlyTargetRules Target) : base(Target)
	{
		PCHUsage = PCHUsageMode.UseExplicitOrSharedPCHs;

		PublicDependencyModuleNames.AddRange(new string[]
		{
			"Core",
			"CoreUObject",
			"Engine",
			"FitMeAvatar",
		});

		PrivateDependencyModuleNames.AddRange(new string[]
		{
			"UnrealEd",
			"Slate",
			"SlateCore",
			"InputCore",
			"ToolMenus",
			"MaterialEditor",
			"AssetRegistry",
			"DesktopPlatform",
			"MeshDescription",
			"StaticMeshDescription",
			"SkeletalMeshDescription",
			"AnimationCore",
			"ImageCore",
			"ImageWrapper",
		});
	}
}
