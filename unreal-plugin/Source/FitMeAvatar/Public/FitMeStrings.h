#pragma once

#include "CoreMinimal.h"

#include <string>
#include <string_view>

/** UTF-8 (the core's strings and the wire's views) to and from FString. */
namespace FitMeStrings
{
inline FString ToFString(std::string_view Utf8)
{
	const FUTF8ToTCHAR Converted(Utf8.data(), static_cast<int32>(Utf8.size()));
	return FString(Converted.Length(), Converted.Get());
}

inline std::string ToUtf8(const FString& Text)
{
	const FTCHARToUTF8 Converted(*Text);
	return std::string(Converted.Get(), static_cast<size_t>(Converted.Length()));
}
}
