// Declaration-only surface of UE 5.3's CoreUObject module the glue uses: UObject, classes,
// packages, object creation and loading, object pointers, and the reflection macros, which
// UnrealHeaderTool reads and the compiler sees (almost) empty: UCLASS/UPROPERTY/... expand to
// nothing, GENERATED_BODY() to the StaticClass/StaticStruct the generated code declares.
#pragma once

#include "UE/Core.h"

#define UCLASS(...)
#define USTRUCT(...)
#define UENUM(...)
#define UINTERFACE(...)
#define UPROPERTY(...)
#define UFUNCTION(...)
#define UMETA(...)
#define UPARAM(...)
// The generated body's declarations without its access specifiers: a UCLASS (class) stays private
// after it, as UHT's body leaves it, and a USTRUCT (struct) public.
#define GENERATED_BODY() \
	static class UClass* StaticClass(); \
	static class UScriptStruct* StaticStruct();
#define GENERATED_USTRUCT_BODY() \
	static class UScriptStruct* StaticStruct();
#define GENERATED_UCLASS_BODY() GENERATED_BODY() public:

enum EObjectFlags : uint32
{
	RF_NoFlags = 0x00000000,
	RF_Public = 0x00000001,
	RF_Standalone = 0x00000002,
	RF_MarkAsNative = 0x00000004,
	RF_Transactional = 0x00000008,
	RF_ClassDefaultObject = 0x00000010,
	RF_ArchetypeObject = 0x00000020,
	RF_Transient = 0x00000040,
};
inline constexpr EObjectFlags operator|(EObjectFlags A, EObjectFlags B) { return static_cast<EObjectFlags>(static_cast<uint32>(A) | static_cast<uint32>(B)); }

enum ELoadFlags : uint32
{
	LOAD_None = 0x00000000,
	LOAD_Async = 0x00000001,
	LOAD_NoWarn = 0x00000002,
	LOAD_EditorOnly = 0x00000004,
	LOAD_Quiet = 0x00002000,
};

class UObject;
class UClass;
class UPackage;
class UWorld;

class UObjectBase
{
public:
	virtual ~UObjectBase();
	UClass* GetClass() const;
	UObject* GetOuter() const;
	FName GetFName() const;
};

class UObject : public UObjectBase
{
public:
	static UClass* StaticClass();
	UObject();
	FString GetName() const;
	FString GetPathName(const UObject* StopOuter = nullptr) const;
	UPackage* GetPackage() const;
	UPackage* GetOutermost() const;
	bool MarkPackageDirty() const;
	virtual void PostEditChange();
	virtual void PostLoad();
	virtual void BeginDestroy();
	virtual UWorld* GetWorld() const;
	void AddToRoot();
	void RemoveFromRoot();
	bool IsValidLowLevel() const;
};

class UField : public UObject {};
class UStruct : public UField {};
class UClass : public UStruct
{
public:
	static UClass* StaticClass();
};
class UScriptStruct : public UStruct {};

class UPackage : public UObject
{
public:
	static UClass* StaticClass();
	void FullyLoad();
	bool IsDirty() const;
	void SetDirtyFlag(bool bIsDirty);
};

UPackage* CreatePackage(const TCHAR* PackageName);
UPackage* GetTransientPackage();

template <typename T> class TSubclassOf
{
public:
	TSubclassOf();
	TSubclassOf(UClass* From);
	UClass* Get() const;
	operator UClass*() const;
};

template <typename T> class TObjectPtr
{
public:
	TObjectPtr();
	TObjectPtr(std::nullptr_t);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TObjectPtr(U* Object);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TObjectPtr(const TObjectPtr<U>& Other);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TObjectPtr& operator=(U* Object);
	TObjectPtr& operator=(std::nullptr_t);
	T* Get() const;
	operator T*() const;
	T* operator->() const;
	T& operator*() const;
	explicit operator bool() const;
};

template <typename T> class TWeakObjectPtr
{
public:
	TWeakObjectPtr();
	TWeakObjectPtr(std::nullptr_t);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TWeakObjectPtr(U* Object);
	TWeakObjectPtr& operator=(T* Object);
	T* Get() const;
	bool IsValid() const;
	void Reset();
	T* operator->() const;
};

template <typename T> class TStrongObjectPtr
{
public:
	TStrongObjectPtr();
	explicit TStrongObjectPtr(T* InObject);
	T* Get() const;
	void Reset(T* InNewObject = nullptr);
	bool IsValid() const;
	T* operator->() const;
	explicit operator bool() const;
};

template <typename T> T* NewObject(UObject* Outer = (UObject*)GetTransientPackage())
{
	static_assert(std::is_base_of<UObject, T>::value, "NewObject: T is not a UObject");
	return nullptr;
}
template <typename T> T* NewObject(UObject* Outer, FName Name, EObjectFlags Flags = RF_NoFlags, UObject* Template = nullptr, bool bCopyTransientsFromClassDefaults = false)
{
	static_assert(std::is_base_of<UObject, T>::value, "NewObject: T is not a UObject");
	return nullptr;
}
template <typename T> T* NewObject(UObject* Outer, const UClass* Class, FName Name = NAME_None, EObjectFlags Flags = RF_NoFlags);

template <typename T> T* LoadObject(UObject* Outer, const TCHAR* Name, const TCHAR* Filename = nullptr, uint32 LoadFlags = LOAD_None, class UPackageMap* Sandbox = nullptr)
{
	static_assert(std::is_base_of<UObject, T>::value, "LoadObject: T is not a UObject");
	return nullptr;
}
template <typename T> T* FindObject(UObject* Outer, const TCHAR* Name, bool ExactClass = false);

template <typename To, typename From> To* Cast(From* Src)
{
	static_assert(std::is_base_of<UObject, To>::value, "Cast: the target is not a UObject");
	return nullptr;
}
template <typename To, typename From> To* CastChecked(From* Src);
