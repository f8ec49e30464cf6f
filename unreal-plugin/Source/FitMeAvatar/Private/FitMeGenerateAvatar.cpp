#include "FitMeGenerateAvatar.h"

#include "Engine/Texture2D.h"
#include "FitMeAvatar.h"
#include "FitMeClient.h"
#include "FitMeStrings.h"
#include "FitMeTextures.h"

namespace
{
FString StageName(fitme::wire::Stage Stage)
{
	const char* Name = fitme::wire::EnumName(Stage);
	FString Out = FitMeStrings::ToFString(Name ? Name : "STAGE_UNKNOWN");
	Out.RemoveFromStart(TEXT("STAGE_"));
	return Out.ToLower();
}
}

UFitMeGenerateAvatar* UFitMeGenerateAvatar::GenerateAvatar(UObject* WorldContextObject, const TArray<FString>& PhotoPaths, const FFitMeAvatarOptions& Options)
{
	UFitMeGenerateAvatar* Action = NewObject<UFitMeGenerateAvatar>();
	Action->PhotoPaths = PhotoPaths;
	Action->Options = Options;
	Action->RegisterWithGameInstance(WorldContextObject);
	return Action;
}

FString UFitMeGenerateAvatar::Status() const
{
	return Message.IsEmpty() ? Stage : FString::Printf(TEXT("%s: %s"), *Stage, *Message);
}

void UFitMeGenerateAvatar::Activate()
{
	TWeakObjectPtr<UFitMeGenerateAvatar> Weak(this);
	FFitMeClient::FCallbacks Callbacks;
	Callbacks.OnReady = [Weak](const fitme::core::ServerInfo&)
	{
		UFitMeGenerateAvatar* Self = Weak.Get();
		if (Self == nullptr || Self->Request != 0)
		{
			return;  // a reconnect: the session fetches the running job again by itself
		}
		FString Error;
		Self->Request = Self->Client->Generate(Self->PhotoPaths, Self->Options.ToCore(), Error);
		if (Self->Request == 0)
		{
			Self->Fail(TEXT("INVALID_REQUEST"), Error);
		}
		else if (Self->bCancelRequested)
		{
			Self->Cancel();
		}
	};
	Callbacks.OnProgress = [Weak](uint64, const fitme::wire::Progress& P)
	{
		if (UFitMeGenerateAvatar* Self = Weak.Get())
		{
			Self->Progress = P.fraction;
			Self->Stage = StageName(P.stage);
			Self->Message = FitMeStrings::ToFString(P.message);
			Self->OnProgress.Broadcast(Self->Progress, Self->Status(), Self->PreviewTexture, nullptr, FString(), FString());
		}
	};
	Callbacks.OnPreview = [Weak](uint64, const fitme::wire::Preview& P)
	{
		UFitMeGenerateAvatar* Self = Weak.Get();
		FImage Image;
		FString Error;
		if (Self == nullptr || !FFitMeTextures::DecodeToBGRA8(P.image.data, static_cast<int64>(P.image.size), Image, Error))
		{
			return;
		}
		Self->PreviewTexture = FFitMeTextures::CreateTransient(Image, fitme::core::TextureRole::kColor);
		Self->OnPreview.Broadcast(Self->Progress, Self->Status(), Self->PreviewTexture, nullptr, FString(), FString());
	};
	Callbacks.OnCompleted = [Weak](uint64, fitme::core::AvatarResult&& Result)
	{
		UFitMeGenerateAvatar* Self = Weak.Get();
		if (Self == nullptr)
		{
			return;
		}
		FString Error;
		UFitMeAvatar* Avatar = UFitMeAvatar::Create(Self, MoveTemp(Result), Error);
		if (Avatar == nullptr)
		{
			Self->Fail(TEXT("ASSET_CONVERSION"), Error);
			return;
		}
		Self->OnCompleted.Broadcast(1.f, TEXT("done"), Self->PreviewTexture, Avatar, FString(), FString());
		Self->Finish();
	};
	Callbacks.OnJobFailed = [Weak](uint64, const FString& Code, const FString& Text)
	{
		if (UFitMeGenerateAvatar* Self = Weak.Get()) { Self->Fail(Code, Text); }
	};
	Callbacks.OnError = [Weak](const FString& Code, const FString& Text)
	{
		if (UFitMeGenerateAvatar* Self = Weak.Get()) { Self->Fail(Code, Text); }
	};

	Client = MakeShared<FFitMeClient>(Options.DaemonUrl, Options.TokenFile, MoveTemp(Callbacks));
	FString Error;
	if (!Client->Connect(Error))
	{
		Fail(TEXT("TOKEN_NOT_FOUND"), Error);
	}
}

void UFitMeGenerateAvatar::Cancel()
{
	bCancelRequested = true;
	FString Error;
	if (Client.IsValid() && Request != 0)
	{
		Client->Cancel(Request, Error);
	}
}

void UFitMeGenerateAvatar::Fail(const FString& Code, const FString& Text)
{
	if (bFinished)
	{
		return;
	}
	OnFailed.Broadcast(Progress, Status(), PreviewTexture, nullptr, Code, Text);
	Finish();
}

void UFitMeGenerateAvatar::Finish()
{
	bFinished = true;
	if (Client.IsValid())
	{
		Client->Disconnect();
	}
	SetReadyToDestroy();
}
