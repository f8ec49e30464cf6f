#include "FitMeWebSocketTransport.h"

#include "Async/Async.h"
#include "IWebSocket.h"
#include "Modules/ModuleManager.h"
#include "WebSocketsModule.h"

FFitMeWebSocketTransport::FFitMeWebSocketTransport(const FString& Url, FHandlers InHandlers)
	: Sink(MakeShared<FSink, ESPMode::ThreadSafe>())
{
	Sink->Handlers = MoveTemp(InHandlers);
	FWebSocketsModule& WebSockets = FModuleManager::LoadModuleChecked<FWebSocketsModule>(TEXT("WebSockets"));
	Socket = WebSockets.CreateWebSocket(Url);

	Socket->OnConnected().AddLambda([this]()
	{
		Post([](FSink& S) { S.Handlers.OnConnected(); });
	});
	Socket->OnConnectionError().AddLambda([this](const FString& Error)
	{
		Post([Error](FSink& S) { S.Handlers.OnConnectionError(Error); });
	});
	Socket->OnClosed().AddLambda([this](int32 StatusCode, const FString& Reason, bool /*bWasClean*/)
	{
		Post([StatusCode, Reason](FSink& S) { S.Handlers.OnClosed(StatusCode, Reason); });
	});
	// One Envelope per binary frame, unfragmented (fitme.proto): the frame is complete when the
	// current fragment has no bytes remaining.
	Socket->OnRawMessage().AddLambda([this](const void* Data, SIZE_T Size, SIZE_T BytesRemaining)
	{
		if (Incoming.Num() + static_cast<int64>(Size) + static_cast<int64>(BytesRemaining) > MaxFrameBytes)
		{
			Incoming.Empty();
			Socket->Close(1009, TEXT("frame too large"));
			return;
		}
		Incoming.Append(static_cast<const uint8*>(Data), static_cast<int32>(Size));
		if (BytesRemaining == 0)
		{
			Post([Frame = MoveTemp(Incoming)](FSink& S) mutable { S.Handlers.OnFrame(MoveTemp(Frame)); });
			Incoming = TArray<uint8>();
		}
	});
}

FFitMeWebSocketTransport::~FFitMeWebSocketTransport()
{
	if (Socket.IsValid())
	{
		Socket->OnConnected().Clear();
		Socket->OnConnectionError().Clear();
		Socket->OnClosed().Clear();
		Socket->OnRawMessage().Clear();
		if (Socket->IsConnected())
		{
			Socket->Close();
		}
	}
}

void FFitMeWebSocketTransport::Post(TUniqueFunction<void(FSink&)> Event)
{
	TWeakPtr<FSink, ESPMode::ThreadSafe> Weak = Sink;
	AsyncTask(ENamedThreads::GameThread, [Weak, Event = MoveTemp(Event)]() mutable
	{
		if (TSharedPtr<FSink, ESPMode::ThreadSafe> Alive = Weak.Pin())
		{
			Event(*Alive);
		}
	});
}

void FFitMeWebSocketTransport::Connect()
{
	Socket->Connect();
}

void FFitMeWebSocketTransport::Close()
{
	if (Socket->IsConnected())
	{
		Socket->Close(1000, TEXT("done"));
	}
}

bool FFitMeWebSocketTransport::SendFrame(const uint8_t* Data, size_t Size)
{
	if (!Socket->IsConnected())
	{
		return false;
	}
	Socket->Send(Data, Size, /*bIsBinary*/ true);
	return true;
}
