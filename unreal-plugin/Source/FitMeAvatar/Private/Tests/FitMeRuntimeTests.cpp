// In-editor automation tests (Session Frontend > Automation, filter "FitMe"). The same core is
// tested without Unreal by unreal-plugin/Tests/run.sh; these check it against Unreal's own math,
// image codecs, materials and sockets.
#include "Misc/AutomationTest.h"

#if WITH_DEV_AUTOMATION_TESTS

#include "Engine/Texture2D.h"
#include "FitMe/Core/UnrealConvention.h"
#include "FitMeAvatar.h"
#include "FitMeClient.h"
#include "FitMeTextures.h"
#include "IImageWrapper.h"
#include "IImageWrapperModule.h"
#include "Interfaces/IPluginManager.h"
#include "Math/Matrix.h"
#include "Misc/Paths.h"
#include "Modules/ModuleManager.h"

// A macro, not a typed constant: EAutomationTestFlags is a namespaced enum (EAutomationTestFlags::Type)
// up to UE 5.4 and an enum class from 5.5, and the bare expression suits both.
#define FITME_TEST_FLAGS (EAutomationTestFlags::EditorContext | EAutomationTestFlags::ClientContext | EAutomationTestFlags::EngineFilter)
// The daemon test needs the base material, which only the editor creates (a game needs it cooked).
#define FITME_EDITOR_TEST_FLAGS (EAutomationTestFlags::EditorContext | EAutomationTestFlags::EngineFilter)

namespace
{
FVector ToVector(const fitme::core::Vec3f& V) { return FVector(V.x, V.y, V.z); }
}

IMPLEMENT_SIMPLE_AUTOMATION_TEST(FFitMeUnrealConventionTest, "FitMe.Core.UnrealConvention", FITME_TEST_FLAGS)

bool FFitMeUnrealConventionTest::RunTest(const FString& Parameters)
{
	// One glTF triangle facing the viewer, counter-clockwise, UVs upright, tangent along +u, w = +1.
	fitme::core::MeshData Mesh;
	fitme::core::PrimitiveData P;
	P.positions = {0.1f, 0.2f, 0.3f, 0.6f, 0.2f, 0.3f, 0.1f, 0.7f, 0.3f};
	P.normals = {0.f, 0.f, 1.f, 0.f, 0.f, 1.f, 0.f, 0.f, 1.f};
	P.tangents = {1.f, 0.f, 0.f, 1.f, 1.f, 0.f, 0.f, 1.f, 1.f, 0.f, 0.f, 1.f};
	P.uvs = {0.f, 1.f, 1.f, 1.f, 0.f, 0.f};
	P.indices = {0, 1, 2};
	Mesh.primitives.push_back(P);
	std::vector<fitme::core::UnrealSection> Sections;
	fitme::core::ErrorInfo Error;
	if (!TestTrue(TEXT("conversion succeeds"), fitme::core::ToUnrealSections(Mesh, Sections, Error)))
	{
		return false;
	}
	const fitme::core::UnrealSection& S = Sections[0];

	// The same basis glTFRuntime builds by default, through Unreal's own matrix code.
	const FMatrix Basis = FBasisVectorMatrix(FVector(0, 0, -1), FVector(1, 0, 0), FVector(0, 1, 0), FVector::ZeroVector);
	for (int32 V = 0; V < 3; ++V)
	{
		// TransformPosition returns an FVector4, which converts to FVector only explicitly.
		const FVector Expected = FVector(Basis.TransformPosition(FVector(P.positions[3 * V], P.positions[3 * V + 1], P.positions[3 * V + 2]))) * 100.0;
		TestTrue(FString::Printf(TEXT("vertex %d matches glTFRuntime's basis"), V), ToVector(S.positions[V]).Equals(Expected, 1e-3));
	}
	const FVector A = ToVector(S.positions[0]), B = ToVector(S.positions[1]), C = ToVector(S.positions[2]);
	const FVector N = ToVector(S.normals[0]);
	TestTrue(TEXT("kept index order is a front face: (C - A) x (B - A) along the normal"), FVector::DotProduct(FVector::CrossProduct(C - A, B - A), N) > 0.0);
	const FVector TangentY = FVector::CrossProduct(N, ToVector(S.tangents[0])) * S.binormal_signs[0];
	TestTrue(TEXT("TangentY = (TangentZ ^ TangentX) * sign points along +v (DirectX normal maps)"), FVector::DotProduct(TangentY, A - C) > 0.0);
	return true;
}

IMPLEMENT_SIMPLE_AUTOMATION_TEST(FFitMeNormalMapTest, "FitMe.Textures.NormalMapGreenFlip", FITME_TEST_FLAGS)

bool FFitMeNormalMapTest::RunTest(const FString& Parameters)
{
	// A 2x1 RGBA PNG made with Unreal's own encoder: a flat normal and a tilted one.
	IImageWrapperModule& Wrappers = FModuleManager::LoadModuleChecked<IImageWrapperModule>(TEXT("ImageWrapper"));
	TSharedPtr<IImageWrapper> Png = Wrappers.CreateImageWrapper(EImageFormat::PNG);
	const uint8 Rgba[8] = {128, 128, 255, 255, 128, 200, 220, 255};
	Png->SetRaw(Rgba, sizeof(Rgba), 2, 1, ERGBFormat::RGBA, 8);
	const TArray64<uint8> Encoded = Png->GetCompressed();

	fitme::core::TextureData Map;
	Map.texture_id = 1;
	Map.kind = fitme::wire::MapKind::kNormal;
	Map.color_space = fitme::wire::ColorSpace::kLinear;
	Map.bytes.assign(Encoded.GetData(), Encoded.GetData() + Encoded.Num());
	FImage Image;
	FString Error;
	if (!TestTrue(TEXT("decodes"), FFitMeTextures::DecodeToBGRA8(Map, Image, Error)))
	{
		return false;
	}
	// BGRA: green at byte 1.
	TestEqual(TEXT("green of the flat normal"), static_cast<int32>(Image.RawData[1]), 255 - 128);
	TestEqual(TEXT("green of the tilted normal"), static_cast<int32>(Image.RawData[5]), 255 - 200);
	TestEqual(TEXT("red kept"), static_cast<int32>(Image.RawData[6]), 128);

	UTexture2D* Texture = FFitMeTextures::CreateTransient(Map, Error);
	if (TestNotNull(TEXT("texture"), Texture))
	{
		TestFalse(TEXT("normal maps are linear"), Texture->SRGB);
		TestEqual(TEXT("normal map compression"), static_cast<int32>(Texture->CompressionSettings), static_cast<int32>(TC_Normalmap));
	}
	Map.kind = fitme::wire::MapKind::kAlbedo;
	Map.color_space = fitme::wire::ColorSpace::kSrgb;
	FImage Albedo;
	FFitMeTextures::DecodeToBGRA8(Map, Albedo, Error);
	TestEqual(TEXT("albedo green untouched"), static_cast<int32>(Albedo.RawData[5]), 200);
	return true;
}

/** What the daemon test's callbacks share with its latent commands. */
struct FFitMeDaemonTestState
{
	TSharedPtr<FFitMeClient> Client;
	bool bDone = false;
};

/** Polls until the avatar arrives or the time runs out, then lets the connection go. */
class FFitMeWaitForAvatar : public IAutomationLatentCommand
{
public:
	FFitMeWaitForAvatar(FAutomationTestBase* InTest, TSharedRef<FFitMeDaemonTestState> InState, double InDeadline)
		: Test(InTest), State(InState), Deadline(InDeadline) {}

	virtual bool Update() override
	{
		const bool bTimedOut = FPlatformTime::Seconds() > Deadline;
		if (!State->bDone && !bTimedOut)
		{
			return false;
		}
		if (!State->bDone)
		{
			Test->AddError(TEXT("no avatar within 300 s; is the daemon running (`npx fitme serve`)?"));
		}
		State->Client->Disconnect();
		State->Client.Reset();  // breaks the client -> callbacks -> state cycle
		return true;
	}

private:
	FAutomationTestBase* Test;
	TSharedRef<FFitMeDaemonTestState> State;
	double Deadline;
};

IMPLEMENT_SIMPLE_AUTOMATION_TEST(FFitMeDaemonTest, "FitMe.Daemon.GenerateAvatar", FITME_EDITOR_TEST_FLAGS)

bool FFitMeDaemonTest::RunTest(const FString& Parameters)
{
	// Needs `npx fitme serve` running with its default token file; FITME_TEST_PHOTO picks the photo.
	FString Photo = FPlatformMisc::GetEnvironmentVariable(TEXT("FITME_TEST_PHOTO"));
	if (Photo.IsEmpty())
	{
		const TSharedPtr<IPlugin> Plugin = IPluginManager::Get().FindPlugin(TEXT("FitMeAvatar"));
		Photo = FPaths::Combine(Plugin.IsValid() ? Plugin->GetBaseDir() : FString(), TEXT("../samples/grace_hopper.jpg"));
	}
	TSharedRef<FFitMeDaemonTestState> State = MakeShared<FFitMeDaemonTestState>();
	FFitMeClient::FCallbacks Callbacks;
	Callbacks.OnReady = [this, State, Photo](const fitme::core::ServerInfo&)
	{
		FString Error;
		if (State->Client->Generate({Photo}, fitme::core::GenerateOptions(), Error) == 0)
		{
			AddError(Error);
			State->bDone = true;
		}
	};
	Callbacks.OnCompleted = [this, State](uint64, fitme::core::AvatarResult&& Result)
	{
		FString Error;
		UFitMeAvatar* Avatar = UFitMeAvatar::Create(GetTransientPackage(), MoveTemp(Result), Error);
		TestNotNull(*FString::Printf(TEXT("avatar %s"), *Error), Avatar);
		if (Avatar)
		{
			TestNotNull(TEXT("albedo texture"), Avatar->AlbedoMap.Get());
			TestNotNull(TEXT("material"), Avatar->Material.Get());
			TestTrue(TEXT("mesh sections"), Avatar->GetSections().size() > 0);
		}
		State->bDone = true;
	};
	Callbacks.OnJobFailed = [this, State](uint64, const FString& Code, const FString& Message)
	{
		AddError(Code + TEXT(": ") + Message);
		State->bDone = true;
	};
	Callbacks.OnError = [this, State](const FString& Code, const FString& Message)
	{
		AddError(Code + TEXT(": ") + Message);
		State->bDone = true;
	};
	State->Client = MakeShared<FFitMeClient>(FString(), FString(), MoveTemp(Callbacks));
	FString Error;
	if (!State->Client->Connect(Error))
	{
		AddError(Error);
		State->Client.Reset();
		return false;
	}
	ADD_LATENT_AUTOMATION_COMMAND(FFitMeWaitForAvatar(this, State, FPlatformTime::Seconds() + 300.0));
	return true;
}

#endif
