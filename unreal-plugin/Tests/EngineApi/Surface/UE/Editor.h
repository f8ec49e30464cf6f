// Declaration-only surface of UE 5.3's editor modules the editor glue uses: UnrealEd (factories,
// GEditor, FileHelpers), AssetRegistry, MaterialEditor (MaterialEditingLibrary) and DesktopPlatform.
#pragma once

#include "UE/Engine.h"

class FFeedbackContext;

// Factories (Factories/Factory.h, MaterialFactoryNew.h, MaterialInstanceConstantFactoryNew.h)
class UFactory : public UObject
{
public:
	static UClass* StaticClass();
	virtual UObject* FactoryCreateNew(UClass* InClass, UObject* InParent, FName InName, EObjectFlags Flags, UObject* Context, FFeedbackContext* Warn);
};
class UMaterialFactoryNew : public UFactory
{
public:
	static UClass* StaticClass();
	TObjectPtr<UTexture> InitialTexture;
};
class UMaterialInstanceConstantFactoryNew : public UFactory
{
public:
	static UClass* StaticClass();
	TObjectPtr<UMaterialInterface> InitialParent;
};

// AssetRegistry/AssetRegistryModule.h
class FAssetRegistryModule : public IModuleInterface
{
public:
	static void AssetCreated(UObject* NewAsset);
	static void AssetDeleted(UObject* DeletedAsset);
};

// FileHelpers.h
class UEditorLoadingAndSavingUtils : public UObject
{
public:
	static bool SavePackages(const TArray<UPackage*>& PackagesToSave, bool bOnlyDirty);
	static bool SaveDirtyPackages(const bool bSaveMapPackages, const bool bSaveContentPackages);
};

// Editor.h (UnrealEd)
class UEditorEngine : public UObject
{
public:
	virtual void SyncBrowserToObjects(const TArray<UObject*>& InObjectsToSync, bool bFocusContentBrowser = true);
};
extern UEditorEngine* GEditor;

// MaterialEditingLibrary.h (MaterialEditor)
class UMaterialEditingLibrary : public UObject
{
public:
	static UMaterialExpression* CreateMaterialExpression(UMaterial* Material, TSubclassOf<UMaterialExpression> ExpressionClass, int32 NodePosX = 0, int32 NodePosY = 0);
	static bool ConnectMaterialProperty(UMaterialExpression* FromExpression, FString FromOutputName, EMaterialProperty Property);
	static bool ConnectMaterialExpressions(UMaterialExpression* FromExpression, FString FromOutputName, UMaterialExpression* ToExpression, FString ToInputName);
	static void RecompileMaterial(UMaterial* Material);
	static bool SetMaterialInstanceScalarParameterValue(UMaterialInstanceConstant* Instance, FName ParameterName, float Value, EMaterialParameterAssociation Association = EMaterialParameterAssociation::GlobalParameter);
	static bool SetMaterialInstanceVectorParameterValue(UMaterialInstanceConstant* Instance, FName ParameterName, FLinearColor Value, EMaterialParameterAssociation Association = EMaterialParameterAssociation::GlobalParameter);
	static bool SetMaterialInstanceTextureParameterValue(UMaterialInstanceConstant* Instance, FName ParameterName, UTexture* Value, EMaterialParameterAssociation Association = EMaterialParameterAssociation::GlobalParameter);
	static void UpdateMaterialInstance(UMaterialInstanceConstant* Instance);
};

// DesktopPlatformModule.h, IDesktopPlatform.h
namespace EFileDialogFlags
{
enum Type : uint32 { None = 0x00, Multiple = 0x01 };
}
class IDesktopPlatform
{
public:
	virtual ~IDesktopPlatform();
	virtual bool OpenFileDialog(const void* ParentWindowHandle, const FString& DialogTitle, const FString& DefaultPath, const FString& DefaultFile,
		const FString& FileTypes, uint32 Flags, TArray<FString>& OutFilenames) = 0;
	virtual bool OpenDirectoryDialog(const void* ParentWindowHandle, const FString& DialogTitle, const FString& DefaultPath, FString& OutFolderName) = 0;
};
class FDesktopPlatformModule : public IModuleInterface
{
public:
	static IDesktopPlatform* Get();
};
