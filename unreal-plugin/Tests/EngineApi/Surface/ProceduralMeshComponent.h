// ProceduralMeshComponent.h: declared in UE/Engine.h (see there).
// module: ProceduralMeshComponent
#pragma once
#include "UE/Engine.h"
