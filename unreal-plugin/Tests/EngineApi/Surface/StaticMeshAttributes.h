// StaticMeshAttributes.h: declared in UE/MeshDescription.h (see there).
// module: StaticMeshDescription
#pragma once
#include "UE/MeshDescription.h"
