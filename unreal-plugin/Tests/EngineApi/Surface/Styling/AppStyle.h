// Styling/AppStyle.h: declared in UE/Slate.h (see there).
// module: SlateCore
#pragma once
#include "UE/Slate.h"
