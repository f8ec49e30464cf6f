// Runtime/Launch/Resources/Version.h: declared in UE/Core.h (see there).
// module: - (the engine source root; no module dependency)
#pragma once
#include "UE/Core.h"
