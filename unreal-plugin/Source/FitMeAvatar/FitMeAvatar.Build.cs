// Runtime module: the engine-agnostic core (Public/FitMe/Core, header-only C++17) plus thin glue:
// the IWebSocket transport, the Blueprint async node, textures, the procedural mesh and materials.
using UnrealBuildTool;

public class FitMeAvatar : ModuleRules
{
	public FitMeAvatar(ReadOnlyTargetRules Target) : base(Target)
	{
		PCHUsage = PCHUsageMode.UseExplicitOrSharedPCHs;

		PublicDependencyModuleNames.AddRange(new string[]
		{
			"Core",
			"CoreUObject",
			"Engine",
			"ProceduralMeshComponent",
			"ImageCore",
		});

		PrivateDependencyModuleNames.AddRange(new string[]
		{
			"WebSockets",
			"ImageWrapper",
			"Projects",
		});
	}
}
