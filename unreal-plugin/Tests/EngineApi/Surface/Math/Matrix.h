// Math/Matrix.h: declared in UE/Core.h (see there).
// module: Core
#pragma once
#include "UE/Core.h"
