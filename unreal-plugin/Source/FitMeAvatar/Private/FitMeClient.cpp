#include "FitMeClient.h"

#include "FitMe/Core/DaemonEndpoint.h"
#include "FitMeAvatarModule.h"
#include "FitMeStrings.h"
#include "FitMeWebSocketTransport.h"
#include "HAL/PlatformMisc.h"
#include "Misc/FileHelper.h"
#include "Misc/Paths.h"

namespace
{
constexpr int32 MaxReconnectAttempts = 6;

using FitMeStrings::ToFString;
std::string ToStd(const FString& S) { return FitMeStrings::ToUtf8(S); }
}

FFitMeClient::FFitMeClient(FString InUrl, FString InTokenFile, FCallbacks InCallbacks)
	: Url(InUrl.IsEmpty() ? ToFString(fitme::core::DefaultDaemonUrl()) : MoveTemp(InUrl))
	, TokenFile(InTokenFile.IsEmpty() ? DefaultTokenFile() : MoveTemp(InTokenFile))
	, Callbacks(MoveTemp(InCallbacks))
{
}

FFitMeClient::~FFitMeClient()
{
	FTSTicker::GetCoreTicker().RemoveTicker(ReconnectHandle);
}

FString FFitMeClient::DefaultTokenFile()
{
	const auto GetEnv = [](const char* Name) { return ToStd(FPlatformMisc::GetEnvironmentVariable(UTF8_TO_TCHAR(Name))); };
	return ToFString(fitme::core::DaemonTokenPath(fitme::core::CurrentHostOs(), GetEnv));
}

bool FFitMeClient::Connect(FString& OutError)
{
	FString Contents;
	if (!FFileHelper::LoadFileToString(Contents, *TokenFile))
	{
		OutError = ToFString(fitme::core::TokenNotFound(ToStd(TokenFile)).message);
		return false;
	}
	fitme::core::ErrorInfo Error;
	if (!fitme::core::ParseToken(ToStd(Contents), ToStd(TokenFile), Token, Error))
	{
		OutError = ToFString(Error.message);
		return false;
	}
	bClosing = false;
	ReconnectAttempts = 0;
	Open();
	return true;
}

void FFitMeClient::Open()
{
	TWeakPtr<FFitMeClient> Weak = AsShared();
	FFitMeWebSocketTransport::FHandlers Handlers;
	Handlers.OnConnected = [Weak]()
	{
		if (TSharedPtr<FFitMeClient> Self = Weak.Pin()) { Self->Session->OnConnected(Self->Token); }
	};
	Handlers.OnConnectionError = [Weak](const FString& Error)
	{
		if (TSharedPtr<FFitMeClient> Self = Weak.Pin()) { Self->Session->OnConnectFailed(ToStd(Self->Url), ToStd(Error)); }
	};
	Handlers.OnClosed = [Weak](int32 StatusCode, const FString& Reason)
	{
		if (TSharedPtr<FFitMeClient> Self = Weak.Pin()) { Self->HandleClosed(StatusCode, Reason); }
	};
	Handlers.OnFrame = [Weak](TArray<uint8>&& Frame)
	{
		if (TSharedPtr<FFitMeClient> Self = Weak.Pin()) { Self->Session->OnFrame(Frame.GetData(), static_cast<size_t>(Frame.Num())); }
	};
	Transport = MakeUnique<FFitMeWebSocketTransport>(Url, MoveTemp(Handlers));
	if (!Session.IsValid())
	{
		fitme::core::ClientIdentity Identity;
		Identity.name = "fitme-unreal";
		Identity.version = "0.1.0";
		Session = MakeUnique<fitme::core::Session>(*Transport, *this, Identity);
	}
	else
	{
		// The session outlives a reconnect (it remembers the interrupted jobs); only the socket is new.
		Session->RebindTransport(*Transport);
	}
	Transport->Connect();
}

void FFitMeClient::Disconnect()
{
	bClosing = true;
	FTSTicker::GetCoreTicker().RemoveTicker(ReconnectHandle);
	if (Transport.IsValid())
	{
		Transport->Close();
	}
}

uint64 FFitMeClient::Generate(const TArray<FString>& PhotoPaths, const fitme::core::GenerateOptions& Options, FString& OutError)
{
	if (!IsReady())
	{
		OutError = TEXT("not connected to the FitMe daemon yet");
		return 0;
	}
	TArray<TArray<uint8>> Files;
	std::vector<fitme::core::PhotoInput> Photos;
	Files.Reserve(PhotoPaths.Num());
	for (const FString& Path : PhotoPaths)
	{
		TArray<uint8>& Bytes = Files.AddDefaulted_GetRef();
		if (!FFileHelper::LoadFileToArray(Bytes, *Path))
		{
			OutError = FString::Printf(TEXT("cannot read the photo %s"), *Path);
			return 0;
		}
		fitme::core::PhotoInput Photo;
		Photo.data = Bytes.GetData();
		Photo.size = static_cast<size_t>(Bytes.Num());
		Photo.name = ToStd(FPaths::GetCleanFilename(Path));
		Photos.push_back(Photo);
	}
	fitme::core::ErrorInfo Error;
	const uint64 Request = Session->Generate(Photos, Options, Error);
	if (Request == 0)
	{
		OutError = ToFString(Error.message);
	}
	return Request;
}

bool FFitMeClient::Cancel(uint64 Request, FString& OutError)
{
	fitme::core::ErrorInfo Error;
	if (!Session.IsValid() || !Session->Cancel(Request, Error))
	{
		OutError = ToFString(Error.message);
		return false;
	}
	return true;
}

void FFitMeClient::HandleClosed(int32 StatusCode, const FString& Reason)
{
	Session->OnDisconnected(StatusCode, ToStd(Reason));
}

bool FFitMeClient::ScheduleReconnect()
{
	if (ReconnectAttempts >= MaxReconnectAttempts)
	{
		return false;
	}
	// The daemon keeps fitting while nobody listens; come back with back-off and fetch the job again.
	const float Delay = FMath::Min(30.f, FMath::Pow(2.f, static_cast<float>(ReconnectAttempts)));
	++ReconnectAttempts;
	ReconnectHandle = FTSTicker::GetCoreTicker().AddTicker(FTickerDelegate::CreateSP(this, &FFitMeClient::TryReconnect), Delay);
	return true;
}

bool FFitMeClient::TryReconnect(float /*DeltaTime*/)
{
	if (!bClosing)
	{
		Open();
	}
	return false;
}

void FFitMeClient::OnReady(const fitme::core::ServerInfo& Server)
{
	ReconnectAttempts = 0;
	if (Callbacks.OnReady) { Callbacks.OnReady(Server); }
}

void FFitMeClient::OnProgress(uint64_t Request, const fitme::wire::Progress& Progress)
{
	if (Callbacks.OnProgress) { Callbacks.OnProgress(Request, Progress); }
}

void FFitMeClient::OnPreview(uint64_t Request, const fitme::wire::Preview& Preview)
{
	if (Callbacks.OnPreview) { Callbacks.OnPreview(Request, Preview); }
}

void FFitMeClient::OnJobCompleted(uint64_t Request, fitme::core::AvatarResult&& Result)
{
	if (Callbacks.OnCompleted) { Callbacks.OnCompleted(Request, MoveTemp(Result)); }
}

void FFitMeClient::OnJobFailed(uint64_t Request, const std::string& /*JobId*/, const fitme::core::ErrorInfo& Error)
{
	if (Callbacks.OnJobFailed) { Callbacks.OnJobFailed(Request, ToFString(Error.code), ToFString(Error.message)); }
}

void FFitMeClient::OnSessionError(const fitme::core::ErrorInfo& Error)
{
	UE_LOG(LogFitMe, Warning, TEXT("%s: %s"), *ToFString(Error.code), *ToFString(Error.message));
	// A lost connection (or a failed attempt to restore it) while jobs are in flight is retried;
	// a refused handshake, a daemon that never ran and everything else are final.
	const bool bRecoverable = Error.code == fitme::core::errors::kDisconnected ||
		(Error.code == fitme::core::errors::kDaemonNotRunning && ReconnectAttempts > 0);
	if (bRecoverable && !bClosing && !Session->InterruptedJobs().empty() && ScheduleReconnect())
	{
		return;
	}
	if (Callbacks.OnError)
	{
		Callbacks.OnError(ToFString(Error.code), ToFString(Error.message));
	}
}
