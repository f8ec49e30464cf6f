// ReferenceSkeleton.h: declared in UE/Engine.h (see there).
// module: Engine
#pragma once
#include "UE/Engine.h"
