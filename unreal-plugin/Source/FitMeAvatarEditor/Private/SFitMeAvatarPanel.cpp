#include "SFitMeAvatarPanel.h"

#include "Async/Async.h"
#include "DesktopPlatformModule.h"
#include "Editor.h"
#include "Engine/Texture2D.h"
#include "FitMeAssetSaver.h"
#include "FitMeClient.h"
#include "FitMeStrings.h"
#include "FitMeTextures.h"
#include "FitMeTypes.h"
#include "Framework/Application/SlateApplication.h"
#include "IDesktopPlatform.h"
#include "Widgets/Images/SImage.h"
#include "Widgets/Input/SButton.h"
#include "Widgets/Input/SCheckBox.h"
#include "Widgets/Input/SEditableTextBox.h"
#include "Widgets/Input/SSegmentedControl.h"
#include "Widgets/Input/SSpinBox.h"
#include "Widgets/Layout/SBox.h"
#include "Widgets/Notifications/SProgressBar.h"
#include "Widgets/Text/STextBlock.h"

#define LOCTEXT_NAMESPACE "SFitMeAvatarPanel"

void SFitMeAvatarPanel::Construct(const FArguments& /*InArgs*/)
{
	Status = LOCTEXT("Idle", "Add one or more photos of one person, then Generate Avatar. The FitMe daemon must be running (npx fitme serve).");
	const auto Row = [](const FText& Label, TSharedRef<SWidget> Content)
	{
		return SNew(SHorizontalBox)
			+ SHorizontalBox::Slot().AutoWidth().VAlign(VAlign_Center).Padding(0, 0, 8, 0)[SNew(SBox).WidthOverride(110)[SNew(STextBlock).Text(Label)]]
			+ SHorizontalBox::Slot().FillWidth(1.f).VAlign(VAlign_Center)[Content];
	};

	ChildSlot
	[
		SNew(SVerticalBox)
		+ SVerticalBox::Slot().AutoHeight().Padding(8)
		[
			SNew(SHorizontalBox)
			+ SHorizontalBox::Slot().AutoWidth()[SNew(SButton).Text(LOCTEXT("AddPhotos", "Add photos...")).OnClicked(this, &SFitMeAvatarPanel::AddPhotos)
				.IsEnabled_Lambda([this]() { return !IsRunning(); })]
			+ SHorizontalBox::Slot().AutoWidth().Padding(4, 0)[SNew(SButton).Text(LOCTEXT("Clear", "Clear")).OnClicked(this, &SFitMeAvatarPanel::ClearPhotos)
				.IsEnabled_Lambda([this]() { return !IsRunning(); })]
		]
		+ SVerticalBox::Slot().MaxHeight(120).Padding(8, 0)
		[
			SAssignNew(PhotoList, SListView<TSharedPtr<FString>>)
			.ListItemsSource(&Photos)
			.OnGenerateRow_Lambda([](TSharedPtr<FString> Item, const TSharedRef<STableViewBase>& Owner)
			{
				return SNew(STableRow<TSharedPtr<FString>>, Owner)[SNew(STextBlock).Text(FText::FromString(*Item))];
			})
		]
		+ SVerticalBox::Slot().AutoHeight().Padding(8, 4)
		[
			Row(LOCTEXT("TextureSize", "Texture size"), SNew(SSpinBox<int32>).MinValue(256).MaxValue(4096).Delta(256)
				.Value_Lambda([this]() { return TextureSize; }).OnValueChanged_Lambda([this](int32 V) { TextureSize = V; }))
		]
		+ SVerticalBox::Slot().AutoHeight().Padding(8, 4)
		[
			Row(LOCTEXT("Preset", "Reflectance fit"), SNew(SSegmentedControl<EFitMeReflectancePreset>)
				.Value_Lambda([this]() { return ReflectancePreset; }).OnValueChanged_Lambda([this](EFitMeReflectancePreset V) { ReflectancePreset = V; })
				+ SSegmentedControl<EFitMeReflectancePreset>::Slot(EFitMeReflectancePreset::Fast).Text(LOCTEXT("PresetFast", "Fast"))
				+ SSegmentedControl<EFitMeReflectancePreset>::Slot(EFitMeReflectancePreset::Default).Text(LOCTEXT("PresetDefault", "Default"))
				+ SSegmentedControl<EFitMeReflectancePreset>::Slot(EFitMeReflectancePreset::Quality).Text(LOCTEXT("PresetQuality", "Quality"))
					.ToolTip(LOCTEXT("PresetQualityTip", "Finer maps; about twice as long as Default")))
		]
		+ SVerticalBox::Slot().AutoHeight().Padding(8, 4)
		[
			Row(LOCTEXT("Preview", "Live preview"), SNew(SCheckBox)
				.IsChecked_Lambda([this]() { return bLivePreview ? ECheckBoxState::Checked : ECheckBoxState::Unchecked; })
				.OnCheckStateChanged_Lambda([this](ECheckBoxState S) { bLivePreview = S == ECheckBoxState::Checked; }))
		]
		+ SVerticalBox::Slot().AutoHeight().Padding(8, 4)
		[
			Row(LOCTEXT("Name", "Save as"), SNew(SEditableTextBox).Text_Lambda([this]() { return FText::FromString(AvatarName); })
				.OnTextCommitted_Lambda([this](const FText& T, ETextCommit::Type) { AvatarName = T.ToString(); })
				.ToolTipText(LOCTEXT("NameTip", "Assets go to /Game/FitMe/<name>/")))
		]
		+ SVerticalBox::Slot().AutoHeight().Padding(8)
		[
			SNew(SHorizontalBox)
			+ SHorizontalBox::Slot().AutoWidth()[SNew(SButton).Text(LOCTEXT("Generate", "Generate Avatar")).OnClicked(this, &SFitMeAvatarPanel::Generate)
				.IsEnabled_Lambda([this]() { return !IsRunning() && Photos.Num() > 0; })]
			+ SHorizontalBox::Slot().AutoWidth().Padding(4, 0)[SNew(SButton).Text(LOCTEXT("Cancel", "Cancel")).OnClicked(this, &SFitMeAvatarPanel::Cancel)
				.IsEnabled_Lambda([this]() { return IsRunning(); })]
		]
		+ SVerticalBox::Slot().AutoHeight().Padding(8, 0)[SNew(SProgressBar).Percent_Lambda([this]() { return TOptional<float>(Progress); })]
		+ SVerticalBox::Slot().AutoHeight().Padding(8)[SNew(STextBlock).AutoWrapText(true).Text_Lambda([this]() { return Status; })]
		+ SVerticalBox::Slot().FillHeight(1.f).Padding(8)
		[
			SNew(SBox).MaxDesiredWidth(512).MaxDesiredHeight(512)[SNew(SImage).Image(&PreviewBrush)]
		]
	];
}

SFitMeAvatarPanel::~SFitMeAvatarPanel()
{
	if (Client.IsValid())
	{
		Client->Disconnect();
	}
}

FReply SFitMeAvatarPanel::AddPhotos()
{
	IDesktopPlatform* Desktop = FDesktopPlatformModule::Get();
	TArray<FString> Files;
	if (Desktop && Desktop->OpenFileDialog(FSlateApplication::Get().FindBestParentWindowHandleForDialogs(AsShared()),
			LOCTEXT("PickPhotos", "Photos of one person").ToString(), FString(), FString(),
			TEXT("Images (*.jpg;*.jpeg;*.png;*.webp;*.tif;*.tiff)|*.jpg;*.jpeg;*.png;*.webp;*.tif;*.tiff"), EFileDialogFlags::Multiple, Files))
	{
		for (const FString& File : Files)
		{
			Photos.Add(MakeShared<FString>(File));
		}
		PhotoList->RequestListRefresh();
	}
	return FReply::Handled();
}

FReply SFitMeAvatarPanel::ClearPhotos()
{
	Photos.Empty();
	PhotoList->RequestListRefresh();
	return FReply::Handled();
}

FReply SFitMeAvatarPanel::Generate()
{
	FFitMeAvatarOptions Options;
	Options.TextureSize = TextureSize;
	Options.ReflectancePreset = ReflectancePreset;
	Options.bLivePreview = bLivePreview;
	TArray<FString> Paths;
	for (const TSharedPtr<FString>& Photo : Photos)
	{
		Paths.Add(*Photo);
	}
	Progress = 0.f;
	Request = 0;

	TWeakPtr<SFitMeAvatarPanel> Weak = StaticCastSharedRef<SFitMeAvatarPanel>(AsShared());
	FFitMeClient::FCallbacks Callbacks;
	Callbacks.OnReady = [Weak, Paths, Options](const fitme::core::ServerInfo& Server)
	{
		TSharedPtr<SFitMeAvatarPanel> Self = Weak.Pin();
		if (!Self.IsValid() || Self->Request != 0)
		{
			return;
		}
		FString Error;
		Self->Request = Self->Client->Generate(Paths, Options.ToCore(), Error);
		Self->Status = Self->Request != 0
			? FText::Format(LOCTEXT("Sent", "Sent to the daemon ({0}, {1} backend)."), FText::FromString(FitMeStrings::ToFString(Server.server_version)),
				FText::FromString(FitMeStrings::ToFString(Server.backend)))
			: FText::FromString(Error);
		if (Self->Request == 0)
		{
			Self->Finish(FText::FromString(Error));
		}
	};
	Callbacks.OnProgress = [Weak](uint64, const fitme::wire::Progress& P)
	{
		if (TSharedPtr<SFitMeAvatarPanel> Self = Weak.Pin())
		{
			Self->Progress = P.fraction;
			Self->Status = FText::FromString(FitMeStrings::ToFString(P.message));
		}
	};
	Callbacks.OnPreview = [Weak](uint64, const fitme::wire::Preview& P)
	{
		TSharedPtr<SFitMeAvatarPanel> Self = Weak.Pin();
		FImage Image;
		FString Error;
		if (Self.IsValid() && FFitMeTextures::DecodeToBGRA8(P.image.data, static_cast<int64>(P.image.size), Image, Error))
		{
			Self->PreviewTexture.Reset(FFitMeTextures::CreateTransient(Image, fitme::core::TextureRole::kColor));
			Self->PreviewBrush.SetResourceObject(Self->PreviewTexture.Get());
			Self->PreviewBrush.ImageSize = FVector2D(Image.SizeX, Image.SizeY);
		}
	};
	Callbacks.OnCompleted = [Weak](uint64, fitme::core::AvatarResult&& Result)
	{
		if (TSharedPtr<SFitMeAvatarPanel> Self = Weak.Pin()) { Self->Save(MoveTemp(Result)); }
	};
	Callbacks.OnJobFailed = [Weak](uint64, const FString& Code, const FString& Message)
	{
		if (TSharedPtr<SFitMeAvatarPanel> Self = Weak.Pin()) { Self->Finish(FText::FromString(Code + TEXT(": ") + Message)); }
	};
	Callbacks.OnError = [Weak](const FString& Code, const FString& Message)
	{
		if (TSharedPtr<SFitMeAvatarPanel> Self = Weak.Pin()) { Self->Finish(FText::FromString(Code + TEXT(": ") + Message)); }
	};

	Client = MakeShared<FFitMeClient>(Options.DaemonUrl, Options.TokenFile, MoveTemp(Callbacks));
	FString Error;
	if (!Client->Connect(Error))
	{
		Finish(FText::FromString(Error));
		return FReply::Handled();
	}
	Status = LOCTEXT("Connecting", "Connecting to the FitMe daemon...");
	return FReply::Handled();
}

FReply SFitMeAvatarPanel::Cancel()
{
	FString Error;
	if (Client.IsValid() && Request != 0 && !Client->Cancel(Request, Error))
	{
		Status = FText::FromString(Error);
	}
	return FReply::Handled();
}

void SFitMeAvatarPanel::Save(fitme::core::AvatarResult&& Result)
{
	FFitMeSavedAvatar Saved;
	FString Error;
	if (!FFitMeAssetSaver::Save(Result, AvatarName, Saved, Error))
	{
		Finish(FText::FromString(Error));
		return;
	}
	Progress = 1.f;
	TArray<UObject*> Assets = {Saved.Mesh, Saved.Material};
	GEditor->SyncBrowserToObjects(Assets);
	Finish(FText::Format(LOCTEXT("Saved", "Saved to {0} (job {1})."), FText::FromString(Saved.Folder), FText::FromString(FitMeStrings::ToFString(Result.job_id))));
}

void SFitMeAvatarPanel::Finish(const FText& Text)
{
	Status = Text;
	if (Client.IsValid())
	{
		Client->Disconnect();
		// Called from inside the client's own callbacks: let it go on the next tick, not now.
		AsyncTask(ENamedThreads::GameThread, [Finished = MoveTemp(Client)]() {});
	}
}

#undef LOCTEXT_NAMESPACE
