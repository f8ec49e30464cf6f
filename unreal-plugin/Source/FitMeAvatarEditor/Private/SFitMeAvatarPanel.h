#pragma once

#include "CoreMinimal.h"
#include "FitMe/Core/AvatarData.h"
#include "FitMeTypes.h"
#include "Styling/SlateBrush.h"
#include "UObject/StrongObjectPtr.h"
#include "Widgets/SCompoundWidget.h"
#include "Widgets/Views/SListView.h"

class FFitMeClient;
class UTexture2D;

/** The FitMe Avatar panel: pick photos, set options, Generate Avatar, watch progress and the live preview, cancel; the result is saved under /Game/FitMe/<Name>/. */
class SFitMeAvatarPanel : public SCompoundWidget
{
public:
	SLATE_BEGIN_ARGS(SFitMeAvatarPanel) {}
	SLATE_END_ARGS()

	void Construct(const FArguments& InArgs);
	virtual ~SFitMeAvatarPanel() override;

private:
	FReply AddPhotos();
	FReply ClearPhotos();
	FReply Generate();
	FReply Cancel();
	bool IsRunning() const { return Client.IsValid(); }
	void Save(fitme::core::AvatarResult&& Result);
	void Finish(const FText& Text);

	TArray<TSharedPtr<FString>> Photos;
	TSharedPtr<SListView<TSharedPtr<FString>>> PhotoList;
	int32 TextureSize = 1024;
	EFitMeReflectancePreset ReflectancePreset = EFitMeReflectancePreset::Default;
	bool bLivePreview = true;
	FString AvatarName = TEXT("Avatar");
	float Progress = 0.f;
	FText Status;
	TSharedPtr<FFitMeClient> Client;
	uint64 Request = 0;
	TStrongObjectPtr<UTexture2D> PreviewTexture;
	FSlateBrush PreviewBrush;
};
