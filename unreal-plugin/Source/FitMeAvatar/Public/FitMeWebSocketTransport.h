#pragma once

#include "CoreMinimal.h"
#include "FitMe/Core/Session.h"

class IWebSocket;

/**
 * The core's Transport over Unreal's IWebSocket (WebSockets module). It reassembles each message
 * from OnRawMessage fragments and hands complete frames, and every other socket event, to the game
 * thread with AsyncTask(ENamedThreads::GameThread, ...), where the session runs. Handlers never run
 * inside the socket's own callbacks, so they may destroy the transport.
 */
class FITMEAVATAR_API FFitMeWebSocketTransport : public fitme::core::Transport
{
public:
	struct FHandlers
	{
		TFunction<void()> OnConnected;
		TFunction<void(const FString& Error)> OnConnectionError;
		TFunction<void(int32 StatusCode, const FString& Reason)> OnClosed;
		TFunction<void(TArray<uint8>&& Frame)> OnFrame;
	};

	/** Frames larger than this close the connection (1009); a 4096² map is sent in 1 MiB chunks. */
	static constexpr int64 MaxFrameBytes = 64ll << 20;

	FFitMeWebSocketTransport(const FString& Url, FHandlers InHandlers);
	virtual ~FFitMeWebSocketTransport() override;

	void Connect();
	void Close();

	virtual bool SendFrame(const uint8_t* Data, size_t Size) override;

private:
	/** Shared with the tasks queued for the game thread, which drop their event once it is gone. */
	struct FSink
	{
		FHandlers Handlers;
	};

	void Post(TUniqueFunction<void(FSink&)> Event);

	TSharedPtr<IWebSocket> Socket;
	TSharedRef<FSink, ESPMode::ThreadSafe> Sink;
	/** The message being received; touched only on the thread that runs the socket's callbacks. */
	TArray<uint8> Incoming;
};
