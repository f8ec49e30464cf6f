// ImageCore.h: declared in UE/Engine.h (see there).
// module: ImageCore
#pragma once
#include "UE/Engine.h"
