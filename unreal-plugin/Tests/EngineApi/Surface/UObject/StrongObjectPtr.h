// UObject/StrongObjectPtr.h: declared in UE/CoreUObject.h (see there).
#pragma once
#include "UE/CoreUObject.h"
