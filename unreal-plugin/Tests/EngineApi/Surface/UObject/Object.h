// UObject/Object.h: declared in UE/CoreUObject.h (see there).
// module: CoreUObject
#pragma once
#include "UE/CoreUObject.h"
