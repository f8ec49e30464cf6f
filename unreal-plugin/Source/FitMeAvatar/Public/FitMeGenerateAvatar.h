#pragma once

#include "CoreMinimal.h"
#include "FitMeTypes.h"
#include "Kismet/BlueprintAsyncActionBase.h"

#include "FitMeGenerateAvatar.generated.h"

class FFitMeClient;
class UFitMeAvatar;
class UTexture2D;

/**
 * One signature for every pin so the node shows the same outputs on each: Progress (0..1), Status
 * (the stage and the daemon's message), Preview (latest live preview image), Avatar (on
 * OnCompleted), ErrorCode and ErrorMessage (on OnFailed).
 */
DECLARE_DYNAMIC_MULTICAST_DELEGATE_SixParams(FFitMeAvatarPin, float, Progress, const FString&, Status, UTexture2D*, Preview,
	UFitMeAvatar*, Avatar, const FString&, ErrorCode, const FString&, ErrorMessage);

/**
 * The "Generate FitMe Avatar" Blueprint node: sends the photos to the local FitMe daemon and fires
 * OnProgress while it fits, OnPreview with each live preview image, then OnCompleted with the avatar
 * or OnFailed with a stable error code and a message a person can act on. The "Async Task" pin is
 * this object: call Cancel on it to stop the job.
 */
UCLASS(meta = (ExposedAsyncProxy = "AsyncTask"))
class FITMEAVATAR_API UFitMeGenerateAvatar : public UBlueprintAsyncActionBase
{
	GENERATED_BODY()

public:
	UFUNCTION(BlueprintCallable, Category = "FitMe", meta = (BlueprintInternalUseOnly = "true", WorldContext = "WorldContextObject",
		DisplayName = "Generate FitMe Avatar", Keywords = "fitme avatar face head photo"))
	static UFitMeGenerateAvatar* GenerateAvatar(UObject* WorldContextObject, const TArray<FString>& PhotoPaths, const FFitMeAvatarOptions& Options);

	UPROPERTY(BlueprintAssignable)
	FFitMeAvatarPin OnProgress;

	UPROPERTY(BlueprintAssignable)
	FFitMeAvatarPin OnPreview;

	UPROPERTY(BlueprintAssignable)
	FFitMeAvatarPin OnCompleted;

	UPROPERTY(BlueprintAssignable)
	FFitMeAvatarPin OnFailed;

	/** Asks the daemon to stop; OnFailed follows with ErrorCode CANCELLED. */
	UFUNCTION(BlueprintCallable, Category = "FitMe")
	void Cancel();

	virtual void Activate() override;

private:
	void Fail(const FString& Code, const FString& Message);
	void Finish();
	FString Status() const;

	TArray<FString> PhotoPaths;
	FFitMeAvatarOptions Options;
	TSharedPtr<FFitMeClient> Client;
	uint64 Request = 0;
	bool bCancelRequested = false;
	bool bFinished = false;
	float Progress = 0.f;
	FString Stage;
	FString Message;

	UPROPERTY()
	TObjectPtr<UTexture2D> PreviewTexture;
};
