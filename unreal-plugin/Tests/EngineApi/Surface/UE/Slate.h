// Declaration-only surface of UE 5.3's SlateCore, Slate, InputCore, ToolMenus and the tab manager as
// far as the editor panel uses them. Slate's declarative syntax is kept: SNew(W) is
// `MakeTDecl<W>(...) <<= W::FArguments()`, so `.Attr(...)`, `[ child ]` and `+ W::Slot()` apply to
// the arguments, as in the engine. Each argument is declared the way SLATE_ATTRIBUTE/SLATE_ARGUMENT/
// SLATE_EVENT/SLATE_DEFAULT_SLOT declare it (Name, Name_Lambda, Name(this, &Method)); a lambda must
// match the attribute's type or the event's signature.
#pragma once

#include "UE/CoreUObject.h"

class SWidget;
class FSlateBrush;

template <typename T> class TAttribute
{
public:
	TAttribute();
	template <typename U, typename = std::enable_if_t<std::is_convertible<U, T>::value>> TAttribute(const U& InValue);
	template <typename F> static TAttribute CreateLambda(F&& Func)
	{
		static_assert(std::is_convertible<std::invoke_result_t<F&>, T>::value, "TAttribute::CreateLambda: the lambda's result is not the attribute's type");
		return TAttribute();
	}
	const T& Get() const;
	bool IsSet() const;
};

class FReply
{
public:
	static FReply Handled();
	static FReply Unhandled();
};

enum EHorizontalAlignment : int { HAlign_Fill = 0, HAlign_Left = 1, HAlign_Center = 2, HAlign_Right = 3 };
enum EVerticalAlignment : int { VAlign_Fill = 0, VAlign_Top = 1, VAlign_Center = 2, VAlign_Bottom = 3 };
enum class ECheckBoxState : uint8 { Unchecked, Checked, Undetermined };
namespace ETextCommit
{
enum Type : int { Default, OnEnter, OnUserMovedFocus, OnCleared };
}
struct FOptionalSize
{
	FOptionalSize();
	FOptionalSize(const float SpecifiedSize);
};
class IToolTip;

// The argument kinds of SLATE_BEGIN_ARGS blocks.
#define SURFACE_ARGUMENT(Type, Name) FArguments& Name(Type InArg);
#define SURFACE_ATTRIBUTE(Type, Name) \
	FArguments& Name(const TAttribute<Type>& InAttribute); \
	template <typename F> FArguments& Name##_Lambda(F&& InFunctor) \
	{ \
		static_assert(std::is_convertible<std::invoke_result_t<F&>, Type>::value, #Name "_Lambda: the lambda's result is not " #Type); \
		return *this; \
	} \
	template <typename U> FArguments& Name(U* InUserObject, Type (U::*InFunc)() const); \
	template <typename U> FArguments& Name(U* InUserObject, Type (U::*InFunc)());
#define SURFACE_EVENT(DelegateType, Name) \
	FArguments& Name(const DelegateType& InDelegate); \
	template <typename F> FArguments& Name##_Lambda(F&& InFunctor) \
	{ \
		static_assert(DelegateType::template Accepts<F>, #Name "_Lambda: the lambda does not match " #DelegateType); \
		return *this; \
	} \
	template <typename U> FArguments& Name(U* InUserObject, typename DelegateType::template TMethodPtr<U> InFunc); \
	template <typename U> FArguments& Name(U* InUserObject, typename DelegateType::template TConstMethodPtr<U> InFunc);
#define SURFACE_DEFAULT_SLOT FArguments& operator[](const TSharedRef<SWidget>& InChild);
// SWidget's own arguments, which every widget's FArguments has (TSlateBaseNamedArgs).
#define SURFACE_COMMON_ARGS \
	SURFACE_ATTRIBUTE(bool, IsEnabled) \
	SURFACE_ATTRIBUTE(FText, ToolTipText) \
	SURFACE_ATTRIBUTE(TSharedPtr<IToolTip>, ToolTip)

template <typename W> struct TSlateBaseNamedArgs
{
	typedef W WidgetType;
};

#define SLATE_BEGIN_ARGS(WidgetType) \
public: \
	struct FArguments : public TSlateBaseNamedArgs<WidgetType> \
	{ \
		typedef FArguments WidgetArgsType; \
		SURFACE_COMMON_ARGS \
		FArguments()
#define SLATE_END_ARGS() \
	};
#define SLATE_ATTRIBUTE(Type, Name) SURFACE_ATTRIBUTE(Type, Name)
#define SLATE_ARGUMENT(Type, Name) SURFACE_ARGUMENT(Type, Name)
#define SLATE_EVENT(DelegateType, Name) SURFACE_EVENT(DelegateType, Name)
#define SLATE_DEFAULT_SLOT(DeclarationType, SlotName) SURFACE_DEFAULT_SLOT

class SWidget : public TSharedFromThis<SWidget>
{
public:
	virtual ~SWidget();
	void SetEnabled(const TAttribute<bool>& InEnabledState);
	void SetToolTipText(const TAttribute<FText>& ToolTipText);
};
class SLeafWidget : public SWidget {};
class SPanel : public SWidget {};

struct FCompoundWidgetOneChildSlot
{
	FCompoundWidgetOneChildSlot& operator[](const TSharedRef<SWidget>& InChildWidget);
	FCompoundWidgetOneChildSlot& Padding(const FMargin& InPadding);
};

class SCompoundWidget : public SWidget
{
protected:
	SCompoundWidget();
	FCompoundWidgetOneChildSlot ChildSlot;
};

// SNew / SAssignNew (Widgets/DeclarativeSyntaxSupport.h).
template <typename W> struct TSlateDecl
{
	template <typename... RequiredArgs> explicit TSlateDecl(RequiredArgs&&... InRequiredArgs);
	TSlateDecl&& Expose(TSharedPtr<W>& OutVarToInit) &&;
	TSlateDecl&& Expose(TSharedRef<W>& OutVarToInit) &&;
	TSharedRef<W> operator<<=(const typename W::FArguments& InArgs) const;
};
template <typename W, typename... RequiredArgs> TSlateDecl<W> MakeTDecl(RequiredArgs&&... InRequiredArgs);
#define SNew(WidgetType, ...) MakeTDecl<WidgetType>(__VA_ARGS__) <<= typename WidgetType::FArguments()
#define SAssignNew(ExposeAs, WidgetType, ...) MakeTDecl<WidgetType>(__VA_ARGS__).Expose(ExposeAs) <<= typename WidgetType::FArguments()

// ---- Boxes (Widgets/SBoxPanel.h, Widgets/Layout/SBox.h) ----
#define SURFACE_SLOT_PADDING \
	FSlotArguments& Padding(float Uniform); \
	FSlotArguments& Padding(float Horizontal, float Vertical); \
	FSlotArguments& Padding(float Left, float Top, float Right, float Bottom); \
	FSlotArguments& Padding(const TAttribute<FMargin>& InPadding); \
	FSlotArguments& HAlign(EHorizontalAlignment InHAlignment); \
	FSlotArguments& VAlign(EVerticalAlignment InVAlignment); \
	FSlotArguments& operator[](const TSharedRef<SWidget>& InChildWidget);

class SHorizontalBox : public SPanel
{
public:
	struct FSlot
	{
		struct FSlotArguments
		{
			FSlotArguments& AutoWidth();
			FSlotArguments& FillWidth(const TAttribute<float>& InStretchCoefficient);
			FSlotArguments& MaxWidth(const TAttribute<float>& InMaxWidth);
			SURFACE_SLOT_PADDING
		};
	};
	static FSlot::FSlotArguments Slot();
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		FArguments& operator+(FSlot::FSlotArguments& SlotToAdd);
		FArguments& operator+(FSlot::FSlotArguments&& SlotToAdd);
	};
};

class SVerticalBox : public SPanel
{
public:
	struct FSlot
	{
		struct FSlotArguments
		{
			FSlotArguments& AutoHeight();
			FSlotArguments& FillHeight(const TAttribute<float>& InStretchCoefficient);
			FSlotArguments& MaxHeight(const TAttribute<float>& InMaxHeight);
			SURFACE_SLOT_PADDING
		};
	};
	static FSlot::FSlotArguments Slot();
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		FArguments& operator+(FSlot::FSlotArguments& SlotToAdd);
		FArguments& operator+(FSlot::FSlotArguments&& SlotToAdd);
	};
};

class SBox : public SPanel
{
public:
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(FOptionalSize, WidthOverride)
		SURFACE_ATTRIBUTE(FOptionalSize, HeightOverride)
		SURFACE_ATTRIBUTE(FOptionalSize, MinDesiredWidth)
		SURFACE_ATTRIBUTE(FOptionalSize, MinDesiredHeight)
		SURFACE_ATTRIBUTE(FOptionalSize, MaxDesiredWidth)
		SURFACE_ATTRIBUTE(FOptionalSize, MaxDesiredHeight)
		SURFACE_ARGUMENT(EHorizontalAlignment, HAlign)
		SURFACE_ARGUMENT(EVerticalAlignment, VAlign)
		SURFACE_ATTRIBUTE(FMargin, Padding)
		SURFACE_DEFAULT_SLOT
	};
};

// ---- Text, buttons, inputs ----
class STextBlock : public SLeafWidget
{
public:
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(FText, Text)
		SURFACE_ATTRIBUTE(bool, AutoWrapText)
		SURFACE_ATTRIBUTE(float, WrapTextAt)
	};
	void SetText(const TAttribute<FText>& InText);
};

typedef TDelegate<FReply()> FOnClicked;
class SButton : public SCompoundWidget
{
public:
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(FText, Text)
		SURFACE_EVENT(FOnClicked, OnClicked)
		SURFACE_ARGUMENT(EHorizontalAlignment, HAlign)
		SURFACE_ARGUMENT(EVerticalAlignment, VAlign)
		SURFACE_DEFAULT_SLOT
	};
};

typedef TDelegate<void(ECheckBoxState)> FOnCheckStateChanged;
class SCheckBox : public SCompoundWidget
{
public:
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(ECheckBoxState, IsChecked)
		SURFACE_EVENT(FOnCheckStateChanged, OnCheckStateChanged)
		SURFACE_DEFAULT_SLOT
	};
};

typedef TDelegate<void(const FText&)> FOnTextChanged;
typedef TDelegate<void(const FText&, ETextCommit::Type)> FOnTextCommitted;
class SEditableTextBox : public SCompoundWidget
{
public:
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(FText, Text)
		SURFACE_ATTRIBUTE(FText, HintText)
		SURFACE_EVENT(FOnTextChanged, OnTextChanged)
		SURFACE_EVENT(FOnTextCommitted, OnTextCommitted)
	};
};

template <typename NumericType> class SSpinBox : public SCompoundWidget
{
public:
	typedef TDelegate<void(NumericType)> FOnValueChanged;
	typedef TDelegate<void(NumericType, ETextCommit::Type)> FOnValueCommitted;
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(NumericType, Value)
		SURFACE_ATTRIBUTE(TOptional<NumericType>, MinValue)
		SURFACE_ATTRIBUTE(TOptional<NumericType>, MaxValue)
		SURFACE_ATTRIBUTE(TOptional<NumericType>, MinSliderValue)
		SURFACE_ATTRIBUTE(TOptional<NumericType>, MaxSliderValue)
		SURFACE_ATTRIBUTE(NumericType, Delta)
		SURFACE_EVENT(FOnValueChanged, OnValueChanged)
		SURFACE_EVENT(FOnValueCommitted, OnValueCommitted)
	};
};

template <typename OptionType> class SSegmentedControl : public SCompoundWidget
{
public:
	typedef TDelegate<void(OptionType)> FOnValueChanged;
	struct FSlot
	{
		struct FSlotArguments
		{
			FSlotArguments& Text(const TAttribute<FText>& InText);
			FSlotArguments& ToolTip(const TAttribute<FText>& InToolTip);
			FSlotArguments& Icon(const TAttribute<const FSlateBrush*>& InBrush);
			FSlotArguments& HAlign(EHorizontalAlignment InHAlignment);
			FSlotArguments& VAlign(EVerticalAlignment InVAlignment);
			FSlotArguments& operator[](const TSharedRef<SWidget>& InChildWidget);
		};
	};
	static typename FSlot::FSlotArguments Slot(const OptionType& InValue);
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(OptionType, Value)
		SURFACE_EVENT(FOnValueChanged, OnValueChanged)
		FArguments& operator+(typename FSlot::FSlotArguments& SlotToAdd);
		FArguments& operator+(typename FSlot::FSlotArguments&& SlotToAdd);
	};
};

class SProgressBar : public SLeafWidget
{
public:
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(TOptional<float>, Percent)
	};
};

// ---- Images and brushes (Widgets/Images/SImage.h, Styling/SlateBrush.h) ----
class FSlateBrush
{
public:
	FSlateBrush();
	FVector2D ImageSize;
	void SetResourceObject(UObject* InResourceObject);
	UObject* GetResourceObject() const;
};

class SImage : public SLeafWidget
{
public:
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(const FSlateBrush*, Image)
		SURFACE_ATTRIBUTE(FLinearColor, ColorAndOpacity)
	};
	void SetImage(TAttribute<const FSlateBrush*> InImage);
};

// ---- Lists (Widgets/Views/SListView.h, STableRow.h) ----
class ITableRow
{
public:
	virtual ~ITableRow();
};
class STableViewBase : public SCompoundWidget {};
template <typename ItemType> class STableRow : public ITableRow, public SCompoundWidget
{
public:
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ATTRIBUTE(FMargin, Padding)
		SURFACE_DEFAULT_SLOT
	};
	void Construct(const FArguments& InArgs, const TSharedRef<STableViewBase>& InOwnerTableView);
};
template <typename ItemType> class SListView : public STableViewBase
{
public:
	typedef TDelegate<TSharedRef<ITableRow>(ItemType, const TSharedRef<STableViewBase>&)> FOnGenerateRow;
	typedef TDelegate<void(ItemType, int /* ESelectInfo::Type */)> FOnSelectionChanged;
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ARGUMENT(const TArray<ItemType>*, ListItemsSource)
		SURFACE_EVENT(FOnGenerateRow, OnGenerateRow)
		SURFACE_EVENT(FOnSelectionChanged, OnSelectionChanged)
	};
	void RequestListRefresh();
};

// ---- Docking tabs (Widgets/Docking/SDockTab.h, Framework/Docking/TabManager.h) ----
enum ETabRole : uint8 { MajorTab, PanelTab, NomadTab, DocumentTab, NumRoles };
class SDockTab : public SCompoundWidget
{
public:
	struct FArguments
	{
		SURFACE_COMMON_ARGS
		SURFACE_ARGUMENT(ETabRole, TabRole)
		SURFACE_ATTRIBUTE(FText, Label)
		SURFACE_DEFAULT_SLOT
	};
};
class FSpawnTabArgs
{
public:
	const class FTabId& GetTabId() const;
};
typedef TDelegate<TSharedRef<SDockTab>(const FSpawnTabArgs&)> FOnSpawnTab;
typedef TDelegate<bool(const FSpawnTabArgs&)> FCanSpawnTab;
namespace ETabSpawnerMenuType
{
enum Type : int { Enabled, Disabled, Hidden };
}
class FTabId
{
public:
	FTabId();
	FTabId(const FName& InTabType);
};
class FTabSpawnerEntry
{
public:
	FTabSpawnerEntry& SetDisplayName(const FText& InLegibleName);
	FTabSpawnerEntry& SetTooltipText(const FText& InTooltipText);
	FTabSpawnerEntry& SetMenuType(const TAttribute<ETabSpawnerMenuType::Type>& InMenuType);
	FTabSpawnerEntry& SetIcon(const class FSlateIcon& InIcon);
};
class FTabManager
{
public:
	TSharedPtr<SDockTab> TryInvokeTab(const FTabId& TabId, bool bInvokeAsInactive = false);
};
class FGlobalTabmanager : public FTabManager
{
public:
	static const TSharedRef<FGlobalTabmanager>& Get();
	FTabSpawnerEntry& RegisterNomadTabSpawner(const FName TabId, const FOnSpawnTab& OnSpawnTab, const FCanSpawnTab& CanSpawnTab = FCanSpawnTab());
	void UnregisterNomadTabSpawner(const FName TabId);
};

// ---- Slate application (Framework/Application/SlateApplication.h) ----
class FSlateApplication
{
public:
	static FSlateApplication& Get();
	static bool IsInitialized();
	const void* FindBestParentWindowHandleForDialogs(const TSharedPtr<SWidget>& InWidget, const uint32 InFlags = 0);
};

// ---- Styles and menus (Styling/AppStyle.h, Textures/SlateIcon.h, ToolMenus.h, Framework/Commands/UIAction.h) ----
class FAppStyle
{
public:
	static const FName& GetAppStyleSetName();
};
class FSlateIcon
{
public:
	FSlateIcon();
	FSlateIcon(const FName InStyleSetName, const FName InStyleName);
};
typedef TDelegate<void()> FExecuteAction;
typedef TDelegate<bool()> FCanExecuteAction;
struct FUIAction
{
	FUIAction();
	FUIAction(FExecuteAction InitExecuteAction);
	FUIAction(FExecuteAction InitExecuteAction, FCanExecuteAction InitCanExecuteAction);
};
struct FToolUIActionChoice
{
	FToolUIActionChoice();
	FToolUIActionChoice(const FUIAction& InAction);
};
namespace EUserInterfaceActionType
{
enum Type : int { None, Button, ToggleButton, RadioButton, Check, CollapsedButton };
}
struct FToolMenuOwner
{
	FToolMenuOwner();
	FToolMenuOwner(const void* InPointer);
	FToolMenuOwner(const FName InName);
};
struct FToolMenuOwnerScoped
{
	FToolMenuOwnerScoped(const FToolMenuOwner InOwner);
	~FToolMenuOwnerScoped();
};
struct FToolMenuEntry
{
	static FToolMenuEntry InitToolBarButton(const FName InName, const FToolUIActionChoice& InAction, const TAttribute<FText>& InLabel = TAttribute<FText>(),
		const TAttribute<FText>& InToolTip = TAttribute<FText>(), const TAttribute<FSlateIcon>& InIcon = TAttribute<FSlateIcon>(),
		const EUserInterfaceActionType::Type UserInterfaceActionType = EUserInterfaceActionType::Button, FName InTutorialHighlightName = NAME_None);
	static FToolMenuEntry InitMenuEntry(const FName InName, const TAttribute<FText>& InLabel, const TAttribute<FText>& InToolTip, const TAttribute<FSlateIcon>& InIcon,
		const FToolUIActionChoice& InAction, const EUserInterfaceActionType::Type UserInterfaceActionType = EUserInterfaceActionType::Button, const FName InTutorialHighlightName = NAME_None);
};
struct FToolMenuSection
{
	FToolMenuEntry& AddEntry(const FToolMenuEntry& Args);
	FToolMenuEntry& AddMenuEntry(const FName InName, const TAttribute<FText>& InLabel, const TAttribute<FText>& InToolTip, const TAttribute<FSlateIcon>& InIcon,
		const FToolUIActionChoice& InAction, const EUserInterfaceActionType::Type UserInterfaceActionType = EUserInterfaceActionType::Button, const FName InTutorialHighlightName = NAME_None);
};
class UToolMenu : public UObject
{
public:
	FToolMenuSection& FindOrAddSection(const FName SectionName);
	FToolMenuSection& AddSection(const FName SectionName, const TAttribute<FText>& InLabel = TAttribute<FText>());
};
class UToolMenus : public UObject
{
public:
	static UToolMenus* Get();
	static FDelegateHandle RegisterStartupCallback(const FSimpleMulticastDelegate::FDelegate& InDelegate);
	static void UnRegisterStartupCallback(FDelegateHandle InHandle);
	static void UnRegisterStartupCallback(const void* UserPointer);
	static void UnregisterOwner(FToolMenuOwner Owner);
	UToolMenu* ExtendMenu(const FName Name);
};
