// ToolMenus.h: declared in UE/Slate.h (see there).
// module: ToolMenus
#pragma once
#include "UE/Slate.h"
