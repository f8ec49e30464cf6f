// Declaration-only surface of the Unreal Engine 5.3 Core module the plugin's glue uses: platform
// types, strings, containers, smart pointers, delegates, math, logging, modules and paths, with the
// signatures of the UE C++ API reference (dev.epicgames.com/documentation/en-us/unreal-engine/API).
// Nothing here is defined: the glue is compiled with -fsyntax-only against it, so a misspelt name,
// a wrong argument list or type, or a missing include of the glue fails, while what the calls do is
// not checked (see ../README.md). Templates that the glue passes callables to check the callable's
// signature with static_assert, as the engine's own overload resolution would reject it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <utility>

// ---- Platform types (GenericPlatform.h; Linux: TCHAR is char16_t, TEXT is u"") ----
typedef unsigned char uint8;
typedef unsigned short int uint16;
typedef unsigned int uint32;
typedef unsigned long long uint64;
typedef signed char int8;
typedef signed short int int16;
typedef signed int int32;
typedef signed long long int64;
typedef char ANSICHAR;
typedef char16_t TCHAR;
typedef char UTF8CHAR_SURFACE_UNUSED;
typedef __SIZE_TYPE__ SIZE_T;
#define TEXT(x) u##x
#define UTF8_TO_TCHAR(x) ((const TCHAR*)FUTF8ToTCHAR((const ANSICHAR*)(x)).Get())
#define INDEX_NONE (-1)
#define FORCEINLINE inline
#define ENGINE_MAJOR_VERSION 5
#define ENGINE_MINOR_VERSION 3
#define WITH_EDITOR 1
#define WITH_EDITORONLY_DATA 1
#define WITH_DEV_AUTOMATION_TESTS 1
#define LOCTEXT(Key, Text) FText::SurfaceLocalized(LOCTEXT_NAMESPACE, TEXT(Key), TEXT(Text))
#define NSLOCTEXT(Namespace, Key, Text) FText::SurfaceLocalized(TEXT(Namespace), TEXT(Key), TEXT(Text))

enum EForceInit { ForceInit, ForceInitToZero };
enum ENoInit { NoInit };

template <typename T> std::remove_reference_t<T>&& MoveTemp(T&& Obj);
template <typename T> T&& Forward(std::remove_reference_t<T>& Obj);

// CoreMinimal.h includes UObject/UObjectHierarchyFwd.h: the UObject classes are declared (not defined).
class UObjectBase;
class UObjectBaseUtility;
class UObject;
class UField;
class UStruct;
class UClass;
class UScriptStruct;
class UEnum;
class UPackage;

// ---- Strings and names ----
class FString
{
public:
	FString();
	FString(const FString&);
	FString(FString&&);
	FString(const TCHAR* Str);
	FString(const ANSICHAR* Str);
	FString(int32 InCount, const TCHAR* InSrc);
	FString& operator=(const FString&);
	FString& operator=(FString&&);
	FString& operator=(const TCHAR*);
	const TCHAR* operator*() const;
	bool IsEmpty() const;
	int32 Len() const;
	FString ToLower() const;
	FString ToUpper() const;
	FString Left(int32 Count) const;
	FString Right(int32 Count) const;
	FString RightChop(int32 Count) const;
	FString LeftChop(int32 Count) const;
	bool RemoveFromStart(const TCHAR* InPrefix);
	bool RemoveFromStart(const FString& InPrefix);
	bool StartsWith(const TCHAR* InPrefix) const;
	bool StartsWith(const FString& InPrefix) const;
	bool Contains(const TCHAR* SubStr) const;
	FString& Append(const FString& Text);
	FString& operator+=(const FString& Str);
	FString& operator+=(const TCHAR* Str);
	template <typename... Types> static FString Printf(const TCHAR* Fmt, Types... Args);
	friend FString operator+(const FString& Lhs, const FString& Rhs);
	friend FString operator+(const FString& Lhs, const TCHAR* Rhs);
	friend FString operator+(const TCHAR* Lhs, const FString& Rhs);
	friend FString operator/(const FString& Lhs, const FString& Rhs);
	friend FString operator/(const FString& Lhs, const TCHAR* Rhs);
	friend bool operator==(const FString& Lhs, const FString& Rhs);
	friend bool operator!=(const FString& Lhs, const FString& Rhs);
	friend bool operator==(const FString& Lhs, const TCHAR* Rhs);
};

class FStringView
{
public:
	FStringView(const TCHAR* Str);
	FStringView(const FString& Str);
};

enum EFindName { FNAME_Find, FNAME_Add };
enum EName { NAME_None = 0 };

class FName
{
public:
	FName();
	FName(EName);
	FName(const TCHAR* Name, EFindName FindType = FNAME_Add);
	FName(const ANSICHAR* Name, EFindName FindType = FNAME_Add);
	explicit FName(const FString& Name, EFindName FindType = FNAME_Add);
	FString ToString() const;
	bool IsNone() const;
	bool operator==(const FName& Other) const;
	bool operator!=(const FName& Other) const;
};

class FTextFormat;
class FText
{
public:
	FText();
	static FText FromString(const FString& String);
	static FText FromString(FString&& String);
	static FText FromName(const FName& Val);
	static FText GetEmpty();
	template <typename... ArgTypes> static FText Format(FTextFormat Fmt, ArgTypes... Args);
	const FString& ToString() const;
	bool IsEmpty() const;
	/** What LOCTEXT expands to here (the engine's expansion is FText::AsLocalizable_Advanced). */
	static FText SurfaceLocalized(const ANSICHAR* Namespace, const TCHAR* Key, const TCHAR* Source);
};

class FTextFormat
{
public:
	FTextFormat(const FText& InText);
};

// StringConv.h: UTF-8 <-> TCHAR conversions (Get() of FTCHARToUTF8 is ANSICHAR*, as UE 5's TStringConversion keeps it).
class FUTF8ToTCHAR
{
public:
	explicit FUTF8ToTCHAR(const ANSICHAR* Source);
	FUTF8ToTCHAR(const ANSICHAR* Source, int32 SourceLen);
	const TCHAR* Get() const;
	int32 Length() const;
};

class FTCHARToUTF8
{
public:
	explicit FTCHARToUTF8(const TCHAR* Source);
	FTCHARToUTF8(const TCHAR* Source, int32 SourceLen);
	const ANSICHAR* Get() const;
	int32 Length() const;
};

// ---- Containers ----
class FDefaultAllocator;
class FDefaultAllocator64;

template <typename T> class TArrayView
{
public:
	TArrayView();
	TArrayView(T* Data, int32 Num);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U (*)[], T (*)[]>::value>> TArrayView(const TArrayView<U>& Other);
	int32 Num() const;
	T* GetData() const;
	T& operator[](int32 Index) const;
	T* begin() const;
	T* end() const;
};
template <typename T> TArrayView<T> MakeArrayView(T* Pointer, int32 Size);

template <typename T, typename Allocator = FDefaultAllocator> class TArray
{
public:
	typedef std::conditional_t<std::is_same<Allocator, FDefaultAllocator64>::value, int64, int32> SizeType;
	TArray();
	TArray(const TArray&);
	TArray(TArray&&);
	TArray(std::initializer_list<T> InitList);
	TArray(const T* Ptr, SizeType Count);
	TArray& operator=(const TArray&);
	TArray& operator=(TArray&&);
	TArray& operator=(std::initializer_list<T> InitList);
	SizeType Num() const;
	bool IsEmpty() const;
	bool IsValidIndex(SizeType Index) const;
	T* GetData();
	const T* GetData() const;
	T& operator[](SizeType Index);
	const T& operator[](SizeType Index) const;
	T& Last();
	SizeType Add(const T& Item);
	SizeType Add(T&& Item);
	template <typename... ArgsType> SizeType Emplace(ArgsType&&... Args);
	SizeType AddDefaulted();
	T& AddDefaulted_GetRef();
	SizeType AddUnique(const T& Item);
	void Append(const T* Ptr, SizeType Count);
	void Append(const TArray& Source);
	void Reserve(SizeType Number);
	void Reset(SizeType NewSize = 0);
	void Empty(SizeType Slack = 0);
	void SetNum(SizeType NewNum);
	void SetNumZeroed(SizeType NewNum);
	void Init(const T& Element, SizeType Number);
	void RemoveAt(SizeType Index);
	SizeType Remove(const T& Item);
	bool Contains(const T& Item) const;
	template <typename Predicate> bool ContainsByPredicate(Predicate Pred) const
	{
		static_assert(std::is_invocable_r<bool, Predicate, const T&>::value, "TArray::ContainsByPredicate: the predicate takes const T&");
		return false;
	}
	SizeType Find(const T& Item) const;
	T* begin();
	T* end();
	const T* begin() const;
	const T* end() const;
};
template <typename T> using TArray64 = TArray<T, FDefaultAllocator64>;

template <typename T> class TIndirectArray
{
public:
	int32 Num() const;
	T& operator[](int32 Index);
	const T& operator[](int32 Index) const;
	int32 Add(T* Item);
	void Empty();
};

template <typename KeyType, typename ValueType> class TMap
{
public:
	TMap();
	ValueType& Add(const KeyType& Key, const ValueType& Value);
	ValueType* Find(const KeyType& Key);
	const ValueType* Find(const KeyType& Key) const;
	bool Contains(const KeyType& Key) const;
	int32 Num() const;
	int32 Remove(const KeyType& Key);
	ValueType& operator[](const KeyType& Key);
};

template <typename T> class TOptional
{
public:
	TOptional();
	TOptional(const T& Value);
	TOptional(T&& Value);
	bool IsSet() const;
	const T& GetValue() const;
	void Reset();
};

template <typename FuncType> class TFunction;
template <typename Ret, typename... Params> class TFunction<Ret(Params...)>
{
public:
	TFunction(std::nullptr_t = nullptr);
	template <typename F, typename = std::enable_if_t<!std::is_same<std::decay_t<F>, TFunction>::value && std::is_invocable_r<Ret, F&, Params...>::value>>
	TFunction(F&& Func) {}
	TFunction(const TFunction&);
	TFunction(TFunction&&);
	TFunction& operator=(const TFunction&);
	TFunction& operator=(TFunction&&);
	TFunction& operator=(std::nullptr_t);
	explicit operator bool() const;
	Ret operator()(Params... Args) const;
};

template <typename FuncType> class TUniqueFunction;
template <typename Ret, typename... Params> class TUniqueFunction<Ret(Params...)>
{
public:
	TUniqueFunction(std::nullptr_t = nullptr);
	template <typename F, typename = std::enable_if_t<!std::is_same<std::decay_t<F>, TUniqueFunction>::value && std::is_invocable_r<Ret, F&, Params...>::value>>
	TUniqueFunction(F&& Func) {}
	TUniqueFunction(TUniqueFunction&&);
	TUniqueFunction& operator=(TUniqueFunction&&);
	explicit operator bool() const;
	Ret operator()(Params... Args) const;
};

// ---- Smart pointers (Templates/SharedPointer.h, UniquePtr.h) ----
enum class ESPMode : uint8 { NotThreadSafe = 0, ThreadSafe = 1 };

template <typename T, ESPMode Mode = ESPMode::ThreadSafe> class TSharedPtr;
template <typename T, ESPMode Mode = ESPMode::ThreadSafe> class TWeakPtr;

template <typename T, ESPMode Mode = ESPMode::ThreadSafe> class TSharedRef
{
public:
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TSharedRef(const TSharedRef<U, Mode>& Other);
	TSharedRef(const TSharedRef&);
	TSharedRef& operator=(const TSharedRef&);
	T* operator->() const;
	T& operator*() const;
	T& Get() const;
	TSharedPtr<T, Mode> ToSharedPtr() const;
};

template <typename T, ESPMode Mode> class TSharedPtr
{
public:
	TSharedPtr(std::nullptr_t = nullptr);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TSharedPtr(const TSharedPtr<U, Mode>& Other);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TSharedPtr(const TSharedRef<U, Mode>& Other);
	TSharedPtr(const TSharedPtr&);
	TSharedPtr(TSharedPtr&&);
	TSharedPtr& operator=(const TSharedPtr&);
	TSharedPtr& operator=(TSharedPtr&&);
	TSharedPtr& operator=(std::nullptr_t);
	T* operator->() const;
	T& operator*() const;
	T* Get() const;
	bool IsValid() const;
	explicit operator bool() const;
	void Reset();
	TSharedRef<T, Mode> ToSharedRef() const;
};

template <typename T, ESPMode Mode> class TWeakPtr
{
public:
	TWeakPtr(std::nullptr_t = nullptr);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TWeakPtr(const TSharedPtr<U, Mode>& Other);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TWeakPtr(const TSharedRef<U, Mode>& Other);
	TWeakPtr(const TWeakPtr&);
	TWeakPtr& operator=(const TWeakPtr&);
	TSharedPtr<T, Mode> Pin() const;
	bool IsValid() const;
	void Reset();
};

template <typename T, ESPMode Mode = ESPMode::ThreadSafe> class TSharedFromThis
{
public:
	TSharedRef<T, Mode> AsShared();
	TSharedRef<T const, Mode> AsShared() const;
	TWeakPtr<T, Mode> AsWeak();
protected:
	TSharedFromThis();
};

template <typename T, ESPMode Mode = ESPMode::ThreadSafe, typename... Args> TSharedRef<T, Mode> MakeShared(Args&&... Params);
template <typename T> TSharedPtr<T> MakeShareable(T* Object);
template <typename To, typename From, ESPMode Mode> TSharedRef<To, Mode> StaticCastSharedRef(const TSharedRef<From, Mode>& InSharedRef);
template <typename To, typename From, ESPMode Mode> TSharedPtr<To, Mode> StaticCastSharedPtr(const TSharedPtr<From, Mode>& InSharedPtr);

template <typename T> class TUniquePtr
{
public:
	TUniquePtr(std::nullptr_t = nullptr);
	explicit TUniquePtr(T* Ptr);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TUniquePtr(TUniquePtr<U>&& Other);
	TUniquePtr(TUniquePtr&&);
	TUniquePtr(const TUniquePtr&) = delete;
	TUniquePtr& operator=(TUniquePtr&&);
	template <typename U, typename = std::enable_if_t<std::is_convertible<U*, T*>::value>> TUniquePtr& operator=(TUniquePtr<U>&& Other);
	TUniquePtr& operator=(std::nullptr_t);
	T* operator->() const;
	T& operator*() const;
	T* Get() const;
	bool IsValid() const;
	explicit operator bool() const;
	void Reset(T* InPtr = nullptr);
};
template <typename T, typename... TArgs> TUniquePtr<T> MakeUnique(TArgs&&... Args);

// ---- Delegates (Delegates/Delegate.h) ----
class FDelegateHandle
{
public:
	FDelegateHandle();
	bool IsValid() const;
	void Reset();
};

template <typename FuncType, typename UserPolicy = void> class TDelegate;
template <typename Ret, typename... Params, typename UserPolicy> class TDelegate<Ret(Params...), UserPolicy>
{
public:
	template <typename U> using TMethodPtr = Ret (U::*)(Params...);
	template <typename U> using TConstMethodPtr = Ret (U::*)(Params...) const;
	/** Whether a callable of type F binds to this delegate (the engine's CreateLambda would compile). */
	template <typename F> static constexpr bool Accepts = std::is_invocable_r<Ret, F&, Params...>::value;

	TDelegate();
	TDelegate(std::nullptr_t);
	template <typename F> static TDelegate CreateLambda(F&& Functor)
	{
		static_assert(Accepts<F>, "TDelegate::CreateLambda: the lambda does not match the delegate's signature");
		return TDelegate();
	}
	template <typename F> static TDelegate CreateStatic(F&& Function)
	{
		static_assert(Accepts<F>, "TDelegate::CreateStatic: the function does not match the delegate's signature");
		return TDelegate();
	}
	template <typename U> static TDelegate CreateSP(U* InUserObject, TMethodPtr<U> InFunc);
	template <typename U> static TDelegate CreateSP(const U* InUserObject, TConstMethodPtr<U> InFunc);
	template <typename U, ESPMode Mode> static TDelegate CreateSP(const TSharedRef<U, Mode>& InUserObjectRef, TMethodPtr<U> InFunc);
	template <typename U> static TDelegate CreateRaw(U* InUserObject, TMethodPtr<U> InFunc);
	template <typename U> static TDelegate CreateRaw(const U* InUserObject, TConstMethodPtr<U> InFunc);
	template <typename U> static TDelegate CreateUObject(U* InUserObject, TMethodPtr<U> InFunc);
	template <typename F> void BindLambda(F&& Functor)
	{
		static_assert(Accepts<F>, "TDelegate::BindLambda: the lambda does not match the delegate's signature");
	}
	bool IsBound() const;
	void Unbind();
	Ret Execute(Params... Args) const;
	bool ExecuteIfBound(Params... Args) const;
};

template <typename FuncType, typename UserPolicy = void> class TMulticastDelegate;
template <typename... Params, typename UserPolicy> class TMulticastDelegate<void(Params...), UserPolicy>
{
public:
	typedef TDelegate<void(Params...), UserPolicy> FDelegate;
	FDelegateHandle Add(const FDelegate& InNewDelegate);
	template <typename F> FDelegateHandle AddLambda(F&& InFunctor)
	{
		static_assert(FDelegate::template Accepts<F>, "TMulticastDelegate::AddLambda: the lambda does not match the event's signature");
		return FDelegateHandle();
	}
	template <typename U> FDelegateHandle AddSP(U* InUserObject, typename FDelegate::template TMethodPtr<U> InFunc);
	template <typename U> FDelegateHandle AddRaw(U* InUserObject, typename FDelegate::template TMethodPtr<U> InFunc);
	bool Remove(FDelegateHandle Handle);
	bool RemoveAll(const void* InUserObject);
	void Clear();
	bool IsBound() const;
	void Broadcast(Params... Args) const;
};

typedef TDelegate<void()> FSimpleDelegate;
typedef TMulticastDelegate<void()> FSimpleMulticastDelegate;

// DECLARE_DYNAMIC_MULTICAST_DELEGATE_*: a Blueprint-assignable event with Broadcast(params).
#define DECLARE_DYNAMIC_MULTICAST_DELEGATE(Name) \
	struct Name { void Broadcast() const; bool IsBound() const; void Clear(); };
#define DECLARE_DYNAMIC_MULTICAST_DELEGATE_OneParam(Name, T1, N1) \
	struct Name { void Broadcast(T1 N1) const; bool IsBound() const; void Clear(); };
#define DECLARE_DYNAMIC_MULTICAST_DELEGATE_TwoParams(Name, T1, N1, T2, N2) \
	struct Name { void Broadcast(T1 N1, T2 N2) const; bool IsBound() const; void Clear(); };
#define DECLARE_DYNAMIC_MULTICAST_DELEGATE_SixParams(Name, T1, N1, T2, N2, T3, N3, T4, N4, T5, N5, T6, N6) \
	struct Name { void Broadcast(T1 N1, T2 N2, T3 N3, T4 N4, T5 N5, T6 N6) const; bool IsBound() const; void Clear(); };

// Containers/Ticker.h
typedef TDelegate<bool(float)> FTickerDelegate;
class FTSTicker
{
public:
	/** Not the delegates' FDelegateHandle: a handle of the ticker's own. */
	class FDelegateHandle
	{
	public:
		FDelegateHandle();
	};
	static FTSTicker& GetCoreTicker();
	FDelegateHandle AddTicker(const FTickerDelegate& InDelegate, float InDelay = 0.0f);
	static void RemoveTicker(FDelegateHandle Handle);
};

// ---- Math (Math/*.h; UE 5 vectors are double) ----
namespace UE::Math
{
template <typename T> struct TVector4;
template <typename T> struct TVector
{
	T X, Y, Z;
	static const TVector ZeroVector;
	static const TVector OneVector;
	TVector();
	explicit TVector(T InF);
	TVector(T InX, T InY, T InZ);
	explicit TVector(EForceInit);
	/** explicit in Vector.h: a TVector4 (e.g. TMatrix::TransformPosition's result) is not a TVector. */
	explicit TVector(const TVector4<T>& V);
	template <typename U, typename = std::enable_if_t<!std::is_same<T, U>::value>> explicit TVector(const TVector<U>& From);
	TVector operator+(const TVector& V) const;
	TVector operator-(const TVector& V) const;
	TVector operator-() const;
	TVector operator*(T Scale) const;
	TVector operator/(T Scale) const;
	TVector& operator+=(const TVector& V);
	TVector& operator-=(const TVector& V);
	TVector& operator*=(T Scale);
	bool Equals(const TVector& V, T Tolerance = 1.e-4) const;
	TVector GetSafeNormal(T Tolerance = 1.e-8, const TVector& ResultIfZero = ZeroVector) const;
	T Size() const;
	static T DotProduct(const TVector& A, const TVector& B);
	static TVector CrossProduct(const TVector& A, const TVector& B);
};
template <typename T> struct TVector2
{
	T X, Y;
	TVector2();
	TVector2(T InX, T InY);
	template <typename U, typename = std::enable_if_t<!std::is_same<T, U>::value>> explicit TVector2(const TVector2<U>& From);
};
template <typename T> struct TVector4
{
	T X, Y, Z, W;
	TVector4(const TVector<T>& InVector);
	TVector4(T InX = 0, T InY = 0, T InZ = 0, T InW = 1);
	TVector4 operator*(T Scale) const;
	TVector4 operator+(const TVector4& V) const;
};
template <typename T> struct TBox
{
	TVector<T> Min, Max;
	TBox();
	TBox(const TVector<T>& InMin, const TVector<T>& InMax);
};
template <typename T> struct TMatrix
{
	T M[4][4];
	TMatrix();
	TVector4<T> TransformPosition(const TVector<T>& V) const;
	TVector4<T> TransformVector(const TVector<T>& V) const;
	TMatrix operator*(const TMatrix& Other) const;
};
template <typename T> struct TBasisVectorMatrix : TMatrix<T>
{
	TBasisVectorMatrix(const TVector<T>& XAxis, const TVector<T>& YAxis, const TVector<T>& ZAxis, const TVector<T>& Origin);
};
template <typename T> struct TQuat
{
	T X, Y, Z, W;
	static const TQuat Identity;
};
template <typename T> struct TTransform
{
	static const TTransform Identity;
	TTransform();
	explicit TTransform(const TVector<T>& InTranslation);
	TVector<T> GetLocation() const;
};
}
using FVector = UE::Math::TVector<double>;
using FVector3f = UE::Math::TVector<float>;
using FVector3d = UE::Math::TVector<double>;
using FVector2D = UE::Math::TVector2<double>;
using FVector2f = UE::Math::TVector2<float>;
using FVector4 = UE::Math::TVector4<double>;
using FVector4f = UE::Math::TVector4<float>;
using FBox = UE::Math::TBox<double>;
using FMatrix = UE::Math::TMatrix<double>;
using FBasisVectorMatrix = UE::Math::TBasisVectorMatrix<double>;
using FQuat = UE::Math::TQuat<double>;
using FTransform = UE::Math::TTransform<double>;

struct FLinearColor
{
	float R, G, B, A;
	static const FLinearColor White;
	static const FLinearColor Black;
	FLinearColor();
	FLinearColor(float InR, float InG, float InB, float InA = 1.0f);
};

struct FColor
{
	uint8 B, G, R, A;
	static const FColor White;
	static const FColor Black;
	FColor();
	FColor(uint8 InR, uint8 InG, uint8 InB, uint8 InA = 255);
};

struct FGuid
{
	uint32 A, B, C, D;
	FGuid();
	static FGuid NewGuid();
};

struct FMargin
{
	FMargin();
	FMargin(float UniformMargin);
	FMargin(float Horizontal, float Vertical);
	FMargin(float Left, float Top, float Right, float Bottom);
};

struct FMath
{
	template <typename T> static T Max(const T A, const T B);
	template <typename T> static T Min(const T A, const T B);
	template <typename T> static T Clamp(const T X, const T MinValue, const T MaxValue);
	template <typename T> static T Abs(const T A);
	static float Pow(float A, float B);
	static double Pow(double A, double B);
	static float Sqrt(float Value);
	static bool IsNearlyEqual(float A, float B, float ErrorTolerance = 1.e-8f);
	static bool IsNearlyEqual(double A, double B, double ErrorTolerance = 1.e-8);
	static int32 RoundToInt(float F);
};

// ---- HAL / Misc ----
struct FMemory
{
	static void* Memcpy(void* Dest, const void* Src, SIZE_T Count);
	static void* Memzero(void* Dest, SIZE_T Count);
	static void* Malloc(SIZE_T Count, uint32 Alignment = 0);
	static void Free(void* Original);
};

struct FPlatformTime
{
	static double Seconds();
};

struct FPlatformMisc
{
	static FString GetEnvironmentVariable(const TCHAR* VariableName);
};

class FPaths
{
public:
	static FString GetCleanFilename(const FString& InPath);
	static FString GetBaseFilename(const FString& InPath, bool bRemovePath = true);
	static FString GetExtension(const FString& InPath, bool bIncludeDot = false);
	static FString MakeValidFileName(const FString& InString, const TCHAR InReplacementChar = 0);
	static FString ProjectDir();
	static FString ProjectContentDir();
	static bool FileExists(const FString& InPath);
	template <typename... PathTypes> static FString Combine(PathTypes&&... InPaths);
};

struct FFileHelper
{
	static bool LoadFileToString(FString& Result, const TCHAR* Filename, uint32 VerifyFlags = 0, uint32 ReadFlags = 0);
	static bool LoadFileToArray(TArray<uint8>& Result, const TCHAR* Filename, uint32 Flags = 0);
	static bool SaveStringToFile(const FString& String, const TCHAR* Filename);
	static bool SaveArrayToFile(const TArray<uint8>& Array, const TCHAR* Filename);
};

class FFeedbackContext;
extern FFeedbackContext* GWarn;

// ---- Logging (Logging/LogMacros.h) ----
namespace ELogVerbosity
{
enum Type : uint8 { NoLogging = 0, Fatal, Error, Warning, Display, Log, Verbose, VeryVerbose, All = VeryVerbose };
}
struct FLogCategoryBase
{
	FLogCategoryBase(const TCHAR* CategoryName, ELogVerbosity::Type DefaultVerbosity, ELogVerbosity::Type CompileTimeVerbosity);
};
template <ELogVerbosity::Type DefaultVerbosity, ELogVerbosity::Type CompileTimeVerbosity> struct FLogCategory : FLogCategoryBase
{
	FLogCategory(const TCHAR* CategoryName);
};
#define DECLARE_LOG_CATEGORY_EXTERN(CategoryName, DefaultVerbosity, CompileTimeVerbosity) \
	extern struct FLogCategory##CategoryName : public FLogCategory<ELogVerbosity::DefaultVerbosity, ELogVerbosity::CompileTimeVerbosity> \
	{ FLogCategory##CategoryName() : FLogCategory(TEXT(#CategoryName)) {} } CategoryName;
#define DEFINE_LOG_CATEGORY(CategoryName) FLogCategory##CategoryName CategoryName;
// The category must exist and the verbosity be one of ELogVerbosity's; the format is a TEXT() literal.
#define UE_LOG(CategoryName, Verbosity, Format, ...) \
	((void)static_cast<const FLogCategoryBase&>(CategoryName), (void)ELogVerbosity::Verbosity, (void)FString::Printf(Format, ##__VA_ARGS__))

// ---- Async (Async/Async.h) ----
namespace ENamedThreads
{
enum Type : int32 { UnusedAnchor = -1, RHIThread, GameThread, ActualRenderingThread, AnyThread = 0xff };
}
void AsyncTask(ENamedThreads::Type Thread, TUniqueFunction<void()> Function);

// ---- Modules (Modules/ModuleInterface.h, ModuleManager.h) ----
class IModuleInterface
{
public:
	virtual ~IModuleInterface();
	virtual void StartupModule();
	virtual void PreUnloadCallback();
	virtual void PostLoadCallback();
	virtual void ShutdownModule();
	virtual bool SupportsDynamicReloading();
};

class FModuleManager
{
public:
	static FModuleManager& Get();
	bool IsModuleLoaded(const FName InModuleName) const;
	IModuleInterface* LoadModule(const FName InModuleName);
	template <typename TModuleInterface> static TModuleInterface& LoadModuleChecked(const FName InModuleName)
	{
		static_assert(std::is_base_of<IModuleInterface, TModuleInterface>::value, "LoadModuleChecked: not a module interface");
		return *static_cast<TModuleInterface*>(nullptr);
	}
	template <typename TModuleInterface> static TModuleInterface* LoadModulePtr(const FName InModuleName);
	template <typename TModuleInterface> static TModuleInterface& GetModuleChecked(const FName InModuleName);
};
#define IMPLEMENT_MODULE(ModuleImplClass, ModuleName) \
	static_assert(std::is_base_of<IModuleInterface, ModuleImplClass>::value, #ModuleImplClass " is not a module"); \
	extern "C" IModuleInterface* InitializeModule_##ModuleName();

// ---- Automation (Misc/AutomationTest.h) ----
namespace EAutomationTestFlags
{
enum Type : uint32
{
	EditorContext = 0x00000001,
	ClientContext = 0x00000002,
	ServerContext = 0x00000004,
	CommandletContext = 0x00000008,
	ApplicationContextMask = EditorContext | ClientContext | ServerContext | CommandletContext,
	SmokeFilter = 0x01000000,
	EngineFilter = 0x02000000,
	ProductFilter = 0x04000000,
	PerfFilter = 0x08000000,
	StressFilter = 0x10000000,
	NegativeFilter = 0x20000000,
};
}

class FAutomationTestBase
{
public:
	FAutomationTestBase(const FString& InName, const bool bInComplexTask);
	virtual ~FAutomationTestBase();
	virtual uint32 GetTestFlags() const = 0;
	virtual bool RunTest(const FString& Parameters) = 0;
	virtual void AddError(const FString& InError, int32 StackOffset = 0);
	virtual void AddWarning(const FString& InWarning, int32 StackOffset = 0);
	virtual void AddInfo(const FString& InLogItem, int32 StackOffset = 0, bool bCaptureStack = false);
	bool TestTrue(const TCHAR* What, bool Value);
	bool TestTrue(const FString& What, bool Value);
	bool TestFalse(const TCHAR* What, bool Value);
	bool TestFalse(const FString& What, bool Value);
	bool TestEqual(const TCHAR* What, const int32 Actual, const int32 Expected);
	bool TestEqual(const TCHAR* What, const int64 Actual, const int64 Expected);
	bool TestEqual(const TCHAR* What, const float Actual, const float Expected, float Tolerance = 1.e-4f);
	bool TestEqual(const TCHAR* What, const double Actual, const double Expected, double Tolerance = 1.e-4);
	bool TestEqual(const TCHAR* What, const FString& Actual, const FString& Expected);
	bool TestEqual(const TCHAR* What, const TCHAR* Actual, const TCHAR* Expected);
	bool TestEqual(const FString& What, const int32 Actual, const int32 Expected);
	template <typename ValueType> bool TestNotNull(const TCHAR* What, const ValueType* Pointer);
	template <typename ValueType> bool TestNotNull(const FString& What, const ValueType* Pointer);
	template <typename ValueType> bool TestNull(const TCHAR* What, const ValueType* Pointer);
};

class IAutomationLatentCommand
{
public:
	virtual ~IAutomationLatentCommand();
	virtual bool Update() = 0;
protected:
	IAutomationLatentCommand();
};

class FAutomationTestFramework
{
public:
	static FAutomationTestFramework& Get();
	void EnqueueLatentCommand(TSharedPtr<IAutomationLatentCommand> NewCommand);
};

#define IMPLEMENT_SIMPLE_AUTOMATION_TEST(TClass, PrettyName, TFlags) \
	class TClass : public FAutomationTestBase \
	{ \
	public: \
		TClass(const FString& InName) : FAutomationTestBase(InName, false) {} \
		virtual uint32 GetTestFlags() const override { return static_cast<uint32>(TFlags); } \
		virtual FString GetTestSourceFileName() const; \
	protected: \
		virtual bool RunTest(const FString& Parameters) override; \
		static const TCHAR* SurfacePrettyName() { return TEXT(PrettyName); } \
	};
#define ADD_LATENT_AUTOMATION_COMMAND(ClassDeclaration) \
	FAutomationTestFramework::Get().EnqueueLatentCommand(MakeShareable(new ClassDeclaration))
