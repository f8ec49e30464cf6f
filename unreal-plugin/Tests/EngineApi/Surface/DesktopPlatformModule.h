// DesktopPlatformModule.h: declared in UE/Editor.h (see there).
// module: DesktopPlatform
#pragma once
#include "UE/Editor.h"
