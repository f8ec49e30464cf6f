#pragma once

#include "CoreMinimal.h"
#include "Containers/Ticker.h"
#include "FitMe/Core/Session.h"

class FFitMeWebSocketTransport;

/**
 * One connection to the FitMe daemon for the Blueprint node and the editor panel: reads the token
 * file, owns the WebSocket transport and the core session, reconnects after a dropped connection
 * (the session then fetches interrupted jobs again) and reports on the game thread.
 */
class FITMEAVATAR_API FFitMeClient : public TSharedFromThis<FFitMeClient>, private fitme::core::SessionListener
{
public:
	struct FCallbacks
	{
		TFunction<void(const fitme::core::ServerInfo& Server)> OnReady;
		TFunction<void(uint64 Request, const fitme::wire::Progress& Progress)> OnProgress;
		TFunction<void(uint64 Request, const fitme::wire::Preview& Preview)> OnPreview;
		TFunction<void(uint64 Request, fitme::core::AvatarResult&& Result)> OnCompleted;
		/** A job failed (Code is stable: NO_FACE, CANCELLED, CHECKSUM_MISMATCH, ...). */
		TFunction<void(uint64 Request, const FString& Code, const FString& Message)> OnJobFailed;
		/** The connection failed and will not come back by itself (daemon not running, wrong token, ...). */
		TFunction<void(const FString& Code, const FString& Message)> OnError;
	};

	/** Empty Url: ws://127.0.0.1:7468. Empty TokenFile: the daemon's default (FITME_HOME, then the platform's). */
	FFitMeClient(FString InUrl, FString InTokenFile, FCallbacks InCallbacks);
	virtual ~FFitMeClient() override;

	/** Reads the token and opens the connection; OnReady or OnError follows. */
	bool Connect(FString& OutError);
	void Disconnect();
	bool IsReady() const { return Session.IsValid() && Session->state() == fitme::core::SessionState::kReady; }

	/** Reads the photos from disk and sends the request; returns its id, or 0 with OutError set. */
	uint64 Generate(const TArray<FString>& PhotoPaths, const fitme::core::GenerateOptions& Options, FString& OutError);
	bool Cancel(uint64 Request, FString& OutError);

	static FString DefaultTokenFile();

private:
	// fitme::core::SessionListener
	virtual void OnReady(const fitme::core::ServerInfo& Server) override;
	virtual void OnProgress(uint64_t Request, const fitme::wire::Progress& Progress) override;
	virtual void OnPreview(uint64_t Request, const fitme::wire::Preview& Preview) override;
	virtual void OnJobCompleted(uint64_t Request, fitme::core::AvatarResult&& Result) override;
	virtual void OnJobFailed(uint64_t Request, const std::string& JobId, const fitme::core::ErrorInfo& Error) override;
	virtual void OnSessionError(const fitme::core::ErrorInfo& Error) override;

	void Open();
	void HandleClosed(int32 StatusCode, const FString& Reason);
	/** True when another attempt was scheduled; false once they are used up. */
	bool ScheduleReconnect();
	bool TryReconnect(float DeltaTime);

	FString Url;
	FString TokenFile;
	std::string Token;
	FCallbacks Callbacks;
	TUniquePtr<FFitMeWebSocketTransport> Transport;
	TUniquePtr<fitme::core::Session> Session;
	bool bClosing = false;
	int32 ReconnectAttempts = 0;
	FTSTicker::FDelegateHandle ReconnectHandle;
};
